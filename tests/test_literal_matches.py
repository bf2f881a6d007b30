"""literal_matches finds what re.finditer finds for an alternation of literal words."""

import re

import pytest

from pipeline.rules.literal_matches import literal_matches, word_end, word_start
from pipeline.rules.trie import trie_regex


def test_the_longest_word_at_each_place_as_a_trie_pattern_finds():
    text = "王大成到后，王大与王大成之弟同行；王大成。"
    words = ["王大", "王大成"]
    assert literal_matches(text, sorted(words, key=len, reverse=True)) == [(0, 3), (6, 8), (9, 12), (17, 20)]
    assert literal_matches(text, sorted(words, key=len, reverse=True)) == \
        [m.span() for m in re.finditer(trie_regex(words), text)]


def test_the_first_word_in_order_wins_where_two_fit_as_in_an_alternation():
    text = "Ma'ab met Ma and Mao; Ma-Li left."
    words = sorted(["Ma", "Ma'ab", "Mao"])
    expected = [m.span() for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])",
                                              text)]
    assert literal_matches(text, words, word_start, word_end) == expected == [(0, 2), (10, 12), (17, 20)]


def test_a_match_is_not_overlapped_by_the_next():
    assert literal_matches("aaaa", ["aa"]) == [(0, 2), (2, 4)]
    assert literal_matches("abcbc", ["bcb", "cbc"]) == [(1, 4)]


@pytest.mark.parametrize("text", ["", "no names here", "Slim-Stilwell Stilwell's men, Stilwell_2 Stilwell"])
def test_word_edges_as_the_look_arounds(text):
    pattern = re.compile(r"(?<![\w-])Stilwell(?![\w-])")
    assert literal_matches(text, ["Stilwell"], word_start, word_end) == [m.span() for m in pattern.finditer(text)]
