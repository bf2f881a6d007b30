"""char_places.IndexedText (`word in text` from the kept character places) and the places of a literal of two
characters or more in a long text (char_places.literal_positions, scan._literal_hits): the same answers as str's own."""

import random

from pipeline.rules import scan
from pipeline.rules.char_places import IndexedText, literal_positions


def _found(text: str, literal: str) -> list[int]:
    found, at = [], text.find(literal)
    while at != -1:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def _texts():
    rng = random.Random(7)
    common = "的了军师在"            # common characters: more than _MANY_PLACES places each
    rare = "甲乙丙丁戊己庚辛壬癸"       # a few places each
    for _ in range(3):
        chars = [rng.choice(common) if rng.random() < 0.8 else rng.choice(rare) for _ in range(3000)]
        yield "".join(chars) + "哈哈哈"


def _literals(text: str):
    rng = random.Random(11)
    yield from ("哈哈", "哈哈哈", "哈哈哈哈", "军师", "甲乙", "子丑", "的子", "", "的", "子")
    for _ in range(300):
        at = rng.randrange(len(text) - 4)
        yield text[at:at + rng.randint(2, 4)]                      # present
        yield text[at] + rng.choice("的军甲子") + text[at + 2:at + 3]  # often absent


def test_indexed_text_contains_as_str():
    for text in _texts():
        indexed = IndexedText(text)
        for literal in _literals(text):
            assert (literal in indexed) == (literal in text), literal
            assert (literal in indexed) == (literal in text), literal   # the kept answer


def test_short_indexed_text_is_str():
    text = IndexedText("第三师在甲村。")
    assert "师在" in text and "在甲" in text and "甲师" not in text and "" in text
    assert text[0:2] == "第三" and type(text[0:2]) is str


def test_literal_positions_in_long_text():
    for text in _texts():
        for literal in _literals(text):
            if literal:
                assert literal_positions(text, literal) == _found(text, literal), literal
        assert literal_positions(text, "哈哈") == [3000, 3001]       # overlapping places included


def test_literal_hits_bound():
    text = next(_texts())
    hits = scan._literal_hits(text, ("甲乙", "丙丁"), 10 ** 6)
    assert hits == sorted(_found(text, "甲乙") + _found(text, "丙丁"))
    assert scan._literal_hits(text, ("的军",), 3) is None
    assert scan._literal_hits(text, ("子丑",), 0) == []
