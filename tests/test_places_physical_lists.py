"""places_physical_lists.tsv: complete lists of China's physical geography (rivers, ranges, passes, lakes, coast),
found with no grammatical cue; collisions with ordinary words and other place names left out."""

import pytest

from pipeline import extract_text
from pipeline.normalize.places import place_lexicon


def _spans(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("一九三八年春，徒骇河与马颊河之间的村庄多被日军占据。", [(7, 10, "LOC", "徒骇河"), (11, 14, "LOC", "马颊河")]),
    ("罗文峪、冷口一线的守军奉命后撤。", [(0, 3, "LOC", "罗文峪"), (4, 6, "LOC", "冷口")]),
    ("骆马湖以东尽是水网。", [(0, 3, "LOC", "骆马湖")]),
    ("商队从玉门关到萧关走了一月。", [(3, 6, "LOC", "玉门关"), (7, 9, "LOC", "萧关")]),
])
def test_listed_names_are_loc(text, expected):
    assert [s for s in _spans(text) if s[2] != "DATE"] == expected


def test_range_forms_and_collisions():
    # 太行山区 is the whole range's hill country; 临沂山区 holds no 沂山 (left out of the list)
    assert _spans("游击队在临沂山区和太行山区坚持斗争。") == [(4, 6, "GPE", "临沂"), (9, 13, "LOC", "太行山区")]
    # 文武关系 holds no 武关, 堵河道 no 堵河: both left out of the list
    assert _spans("双方文武关系紧张，民工封堵河道。") == []


def test_existing_lists_win():
    lexicon = place_lexicon()
    assert lexicon["饶河"].label == "GPE"       # a county: the river of the same name is left to context
    assert lexicon["渤海"].source == "world"    # already in places_world.tsv, not repeated
    assert lexicon["滏阳河"].label == "LOC" and lexicon["滏阳河"].source == "physical"
