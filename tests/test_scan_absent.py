"""A scan ends before it starts when the text lacks what every match needs (pipeline.rules.scan:
opening_characters, requirement, text_characters), with the same matches as finditer."""

import random
import re

from pipeline.rules import scan
from pipeline.rules.scan import (anchored_finditer, char_positions, literal_finditer, opening_characters,
                                 rare_finditer, requirement, text_characters)


def test_opening_characters_of_listed_characters_alternatives_and_short_ranges():
    assert opening_characters(re.compile("集团|战争")) == frozenset("集战")
    assert opening_characters(re.compile("(?<=[被在])(?:甲|乙丙)")) == frozenset("甲乙")
    assert opening_characters(re.compile("个?人")) == frozenset("个人")
    assert opening_characters(re.compile("[0-9]年")) == frozenset("0123456789")
    assert opening_characters(re.compile("[一-鿿]县")) is None      # a wide range: unknown
    assert opening_characters(re.compile("x?")) is None             # may match the empty string
    assert opening_characters(re.compile("(?i)ab")) is None         # ignoring case


def test_requirement_wherever_it_stands():
    assert requirement(re.compile("(第[一二]次)?([直奉])([直奉])战争")) == (None, ("战争",))
    # the longest literals win (the place names of the first group, not 行营|行辕)
    assert requirement(re.compile("(军事委员会|军委会|国民政府)([一-鿿]{2,4}?)(行营|行辕)")) \
        == (None, tuple(sorted(("国民政府", "军事委员会", "军委会"))))
    assert requirement(re.compile("[一-鿿]{2}县")) == (frozenset("县"), None)
    assert requirement(re.compile("[一-鿿]{2}(?:县|自治州)")) == (frozenset("县自"), None)   # first characters
    assert requirement(re.compile("[一-鿿]{2,3}")) == (None, None)


def test_char_positions_are_finditer_of_the_class():
    text = "甲乙丙甲。乙丁甲"
    assert char_positions(text, {"甲", "乙"}) == [m.start() for m in re.finditer("[甲乙]", text)] == [0, 1, 3, 5, 7]
    assert char_positions(text, {"戊"}) == []


def test_text_characters_follow_the_text():
    assert text_characters("甲乙甲") == frozenset("甲乙")
    assert text_characters("丙") == frozenset("丙")


def test_same_matches_as_finditer_where_the_anchor_or_literals_are_missing_or_present(monkeypatch):
    monkeypatch.setattr(scan, "_LITERAL_COST", 1)
    anchored = [
        (re.compile("([甲乙]{1,2})(?:战争|战役)"), re.compile("战争|战役"), 3),
        (re.compile("(?<=[，。])([甲乙丙]{2})(?=[0-9]年)"), re.compile("[0-9]"), 2),
        (re.compile("[甲乙]军第[一二]师"), re.compile("军第"), 1),
    ]
    rare = re.compile("[战役](?=[甲乙])")
    literal = re.compile("([甲乙丙]{1,2})军第(?=[一二])")
    pieces = ["甲", "乙", "丙", "战", "争", "战争", "战役", "役", "，", "。", "1", "9", "年", "军", "第", "一", "二", "师"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        for pattern, anchor, reach in anchored:
            assert [m.span() for m in anchored_finditer(pattern, text, anchor, reach)] \
                == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
        assert [m.span() for m in rare_finditer(rare, text)] == [m.span() for m in rare.finditer(text)], text
        assert [m.span() for m in literal_finditer(literal, text)] == [m.span() for m in literal.finditer(text)], text


def test_re_keeps_the_patterns_used_at_every_document(monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    assert scan.keep_compiled_patterns(4096) and re._MAXCACHE == 4096
    monkeypatch.setattr(re, "_MAXCACHE", 10000)
    assert scan.keep_compiled_patterns(4096) and re._MAXCACHE == 10000     # never lowered
