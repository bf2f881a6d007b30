"""pipeline.rules.name_scans gives exactly the matches of the per-document patterns it replaces."""

import re

from pipeline.rules.name_scans import char_then_matches, longest_occurrences
from pipeline.rules.trie import trie_regex


def _trie_spans(text, names):
    return [m.span() for m in re.finditer(trie_regex(names), text)]


def test_longest_occurrences_prefers_the_longest_name_and_skips_overlaps():
    text = "山本率部前进，山本五十六下令，山本五郎与本五十同行，山本本山。"
    names = {"山本", "山本五十六", "本五十", "本山"}
    assert longest_occurrences(text, names) == _trie_spans(text, names)
    assert longest_occurrences(text, names)[1] == (7, 12)   # 山本五十六, not 山本


def test_longest_occurrences_without_a_name_in_the_text():
    assert longest_occurrences("第三师团进攻长沙。", {"山本"}) == []


def test_char_then_matches_is_the_pattern_of_the_chars_and_the_words_after():
    after = "部(?![队署分门下属长落位件族])|所部|亲自|遂|即令"
    text = "汤所部向西，所部撤退，汤部队集结，蒋亲自督战，汤部遂即令撤退。汤遂"
    chars = {"汤", "蒋", "所"}
    expected = [m.span() for m in re.finditer("([" + "".join(chars) + "])(?:" + after + ")", text)]
    assert char_then_matches(text, chars, re.compile("(?:" + after + ")")) == expected
    assert (0, 3) in expected and all(text[s] != "所" or s != 1 for s, _ in expected)


def test_char_then_matches_none():
    assert char_then_matches("汤部队集结。", {"汤"}, re.compile("(?:部(?![队]))")) == []
