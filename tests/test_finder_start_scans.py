"""Finder scans rewritten to start from the characters or literals every match must hold give exactly the plain
pattern's finditer (same matches, order, groups), on the development texts and on random texts built from the
pattern's own literals."""

import glob
import json
import random
import re

import pytest

from pipeline.rules import (english_cbi_forms, english_mononyms, english_period_forms, english_place_context,
                            english_royal_colonial_units, english_short_name_variants, english_unit_tails_columns,
                            local_record_names_zh)

# the development texts (never the clean sets real-heldout5 and above)
_DEV_FILES = sorted(glob.glob("tests/heldout/real/real-dev*.jsonl") + glob.glob("tests/heldout/real/audit*.jsonl"))


def _dev_texts() -> list[str]:
    texts = []
    for path in _DEV_FILES:
        with open(path, encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def _matches(found) -> list:
    return [(m.span(), m.groups()) for m in found]


# name: (the plain pattern, the rewritten scan, pieces written for the random texts besides the pattern's literals)
SCANS = {
    "case names": (local_record_names_zh._CASE_RE, local_record_names_zh.case_finditer,
                   ["据", "據", "伊", "伊父", "伊堂弟", "地保", "保正", "殴毙", "报称", "供稱", "张三", "李四", "王", "赵",
                    "，", "。", "人", "一案", "\n"]),
    "apposition after": (english_mononyms.APPOS_AFTER_RE, english_mononyms.appos_after_finditer,
                         ["Li", "Chen Lin", "O'Neil", "Sun\u2019s", ",", ", ", ",\t", " ", "a", "an", "a ", "an ",
                          "leader", "officers", "general", "-", "x", "\n"] + 8 * ["Li, a leader", "Chen Lin, an officer", "O'Neil, a young general", ", a leader"]),
    "lower air head": (english_cbi_forms.LOWER_AIR_HEAD_RE, english_cbi_forms.lower_air_head_finditer,
                       ["the ", "The ", "and ", "of ", "his ", ", ", "& ", "on the ", "23", "5", "23rd", "5th", "1st", "2d",
                        ".", " ", "\t", "Fighter", "Bomb", "Troop Carrier", "x", "-", "\n"]
                       + 6 * ["the 23rd Fighter group", "of the 5th. Bomb squadrons", ", 1st Air Commando force"]),
    "stopped ordinal": (english_cbi_forms.STOPPED_ORDINAL_RE, english_cbi_forms.stopped_ordinal_finditer,
                        ["the ", "The ", "and ", "of ", "his ", ", ", "& ", "on the ", "23", "5", "23rd", "5th.", "1st.",
                         "2d.", ".", " ", "\t", "Fighter", "Bomb", "Troop Carrier", "group", "Wings", "x", "-", "\n"]
                        + 6 * ["the 23rd. Fighter Group", "of the 5th. and 7th Bomb Squadrons", ", 1st. Air Commando force"]),
    "ordinal list": (english_royal_colonial_units.ORDINAL_LIST_RE, english_royal_colonial_units.ordinal_list_finditer,
                     ["3d", "19th", "8th", "31st", "Third", "first", ", ", ",", " ", " and ", " or ", " & ", "Divisions",
                      "batteries", "Corps", "Wings", "wings", "Independent Mixed ", "Tank ", "Marines", "x", "-", "\n"]
                     + 6 * ["the 3d, 19th, or 8th Divisions", "31st and 58th batteries", "2nd or 5th Marines"]),
    "colonial": (english_royal_colonial_units.COLONIAL_RE, english_royal_colonial_units.colonial_finditer,
                 ["Natal", "Cape", "The", "Imperial", " ", "\t", "Light Horse", "Mounted Rifles", "Mounted Riflemen",
                  "Volunteers", "Volunteer Rifles", "Carbineers", "Naval Volunteers", "Horse", "x", "-", "'", "\n"]
                 + 6 * ["Border Mounted Rifles", "The Natal Carbineers", "Durban Light Horse"]),
    "possessive force": (english_royal_colonial_units.POSSESSIVE_FORCE_RE,
                         english_royal_colonial_units.possessive_force_finditer,
                         ["Lumsden", "Roberts", "'s", "'", "\u2019s", " ", "Horse", "Light Horse", "Scouts", "Guides",
                          "Mounted Infantry", "Mounted Rifles", "x", "-", "\n"]
                         + 6 * ["Lumsden's Horse", "Roberts' Horse", "Rimington\u2019s Guides"]),
    "arm count": (english_period_forms._ARM_COUNT, english_period_forms.arm_count_finditer,
                  ["17", "3", "1,200", "Three", "twelve", "twenty-five", " ", "\t", "dead ", "fully armed ", "Fusiliers",
                   "Sepoys", "Volunteers", "PoWs", "P.W.s", "O.Rs", "other ranks", "Other Ranks", "British ", "x", ",",
                   "-", ".", "\n"] + 16 * ["17 Auxiliaries", "three dead Volunteers", "35 PoWs", "40 British other ranks"]),
    "spaced ordinal": (english_cbi_forms.SPACED_ORDINAL_RE, english_cbi_forms.spaced_ordinal_finditer,
                       ["Twenty", "twenty", "Thirty", "ninety", "First", "third", " ", "\t", "Fighter", "Group", "-", "x",
                        "\n"] + 6 * ["the Twenty Third Air Force", "seventy fifth Bomb Group", "Forty Second Street"]),
    "caps word": (english_cbi_forms.CAPS_WORD_RE, english_cbi_forms.caps_word_finditer,
                  ["RANGOON", "BURMA", "ABC", "US", "A", "B", " ", "\t", "&", ".", "-", "1", "x", "Burma", "\n",
                   "MYITKYINA", "AIR FORCE", "AB CD"]),
}


def _literals(pattern: re.Pattern) -> list[str]:
    """The pattern's runs of CJK characters, split at its alternation bars, and their single characters."""
    words = re.findall(r"[\u3400-\u9fff]+|(?<![\\\w])[a-z]{3,}", pattern.pattern)
    return sorted(set(words) | {ch for word in words for ch in word} - {"\u4e00", "\u9fff"})


@pytest.mark.parametrize("name", sorted(SCANS))
def test_scan_gives_finditers_matches_on_the_development_texts(name):
    pattern, scan, _ = SCANS[name]
    texts = _dev_texts()
    assert len(texts) > 300
    matched = 0
    for text in texts:
        expected = _matches(pattern.finditer(text))
        assert _matches(scan(text)) == expected, text[:80]
        matched += bool(expected)
    assert matched >= _DEV_MATCHES.get(name, 1)


# scans whose pattern matches no development text (the random texts test them on matches)
_DEV_MATCHES = {"apposition after": 0, "stopped ordinal": 0, "spaced ordinal": 0}


@pytest.mark.parametrize("name", sorted(SCANS))
def test_scan_gives_finditers_matches_on_random_texts(name):
    pattern, scan, own = SCANS[name]
    pieces = _literals(pattern) + own
    rng = random.Random(name)
    matched = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        expected = _matches(pattern.finditer(text))
        assert _matches(scan(text)) == expected, text
        matched += bool(expected)
    assert matched >= 100      # the texts hold matches (and overlapping candidates), not only misses


def _mention_cases(texts, rng):
    """(text, names) pairs: a few of the text's capitalised words (names as _mentions gathers them)."""
    for text in texts:
        words = sorted(set(re.findall(r"[A-Z][\w'\u2019.-]*", text)))
        if words:
            names = {w.translate(english_mononyms._QUOTE) for w in rng.sample(words, min(len(words), rng.randrange(1, 8)))}
            yield text, names


def test_mention_spans_give_the_mention_patterns_matches_on_the_development_texts():
    rng = random.Random("mentions")
    cases = 0
    for text, names in _mention_cases(_dev_texts(), rng):
        expected = [m.span() for m in english_mononyms.mention_pattern(names).finditer(text)]
        assert english_mononyms.mention_spans(text, names) == expected, (sorted(names), text[:80])
        cases += bool(expected)
    assert cases > 100


def test_mention_spans_give_the_mention_patterns_matches_on_random_texts():
    rng = random.Random("mention pieces")
    names_pool = ["Li", "Lin", "Lina", "O'Neil", "O'Ne", "Chen", "Chen-Li", "Sun's", "A.B", "Ma"]
    pieces = names_pool + ["O\u2019Neil", "Sun\u2019s", "\u2019s", "'s", "'ve", "'", "\u2019", "-", ".", " ", "a", "\u00e9",
                           "_", "9", ", ", "\n", "x"]
    matched = 0
    for _ in range(3000):
        names = set(rng.sample(names_pool, rng.randrange(1, 5)))
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        expected = [m.span() for m in english_mononyms.mention_pattern(names).finditer(text)]
        assert english_mononyms.mention_spans(text, names) == expected, (sorted(names), text)
        matched += bool(expected)
    assert matched >= 100


def _before_windows(text: str):
    """(lo, hi) windows as find_place_context reads them: the 24 characters before each word's start, and before
    each line's end."""
    for m in re.finditer(r"(?<![\w-])\w|\n", text):
        yield max(0, m.start() - 24), m.start()
        yield max(0, m.start() - 24), m.start() + 1


def _to_from_windows(text: str):
    """(before, context) pairs as find_place_context reads them: up to 60 characters before each `to` or `from`, and
    the word itself."""
    for m in re.finditer(r"(?i:to|from)\b", text):
        yield text[max(0, m.start() - 60):m.end()], m.group()


def _check_before_words(texts) -> int:
    found = 0
    for text in texts:
        for lo, hi in _before_windows(text):
            expected = english_place_context._NOT_PLACE_BEFORE.search(text, lo, hi) is not None
            assert english_place_context.not_place_before(text, lo, hi) == expected, (text[lo:hi],)
            found += expected
        for before, context in _to_from_windows(text):
            expected = english_place_context._MOTION_BEFORE.search(before) is not None
            assert english_place_context.motion_before(before, context) == expected, (before,)
            found += expected
    return found


def test_words_before_a_place_give_the_searchs_answer_on_the_development_texts():
    assert _check_before_words(_dev_texts()) > 100


def test_words_before_a_place_give_the_searchs_answer_on_random_texts():
    rng = random.Random("words before")
    pieces = ["studied", "Studied", "restudied", "published", "reported", "wrote", "withdrew", "withdrawn", "back",
              "miles", "km", "reinforcements", "then", "THEN", "to", "To", "from", "FROM", " ", "  ", "\t", "\n", " \n",
              "x", "at", "in", "-", ",", "Bago", "Tun"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20))) for _ in range(3000)]
    assert _check_before_words(texts) > 200


def _check_tails(cases) -> int:
    found = 0
    for text, tail, pos in cases:
        expected = [m.span(1) for m in english_unit_tails_columns.tail_pattern(tail).finditer(text, pos)]
        assert [m.span(1) for m in english_unit_tails_columns.tail_repeats(text, tail, pos)] == expected, (tail, text)
        found += bool(expected)
    return found


def test_unit_tail_repeats_give_the_tail_patterns_matches():
    rng = random.Random("tails")
    cases = []
    for text in _dev_texts():      # the tails of each run of capitalised words, searched after the run
        for m in re.finditer(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+", text):
            words = m.group().split()
            cases += [(text, words[k:], m.end()) for k in range(1, len(words))]
    assert _check_tails(cases) > 10
    words = ["Winnipeg", "Grenadiers", "Royal", "Rifles", "Independent", "Regiment"]
    pieces = words + ["the ", "The ", " ", "\t", "-", "'", "x", "\n", ", "] + 4 * ["the Grenadiers", "The Royal Rifles"]
    random_cases = []
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25)))
        start = rng.randrange(len(words))
        random_cases.append((text, words[start:start + rng.randrange(1, 3)], rng.randrange(len(text) + 1)))
    assert _check_tails(random_cases) > 20


def test_short_name_variants_give_the_short_name_patterns_matches():
    def check(cases) -> int:
        found = 0
        for text, first, last in cases:
            expected = [m.span() for m in english_short_name_variants.short_name_pattern(first, last).finditer(text)]
            assert [m.span() for m in english_short_name_variants.short_name_finditer(text, first, last)] == expected
            found += bool(expected)
        return found
    cases = []
    for text in _dev_texts():      # the first and last words of each run of three or four capitalised words
        for m in re.finditer(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){2,3}", text):
            words = m.group().split()
            cases.append((text, words[0], words[-1]))
            cases.append((text, words[0], words[1]))
    assert check(cases) > 100
    rng = random.Random("short names")
    pieces = ["John", "Smith", "Henry", "Jo", "Smithson", " ", "  ", "\t", " \t", "-", "'", "x", "\n"] + 3 * ["John Smith", "John \tSmith"]
    assert check(("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 15))), "John", "Smith")
                 for _ in range(3000)) > 100
