"""ancestral_hall_names_zh (session 32, w32zhorgfac): a hall or shrine with a two-character name of its own is one
FAC. Sentences written for these tests; the names are made up."""

import pytest

from pipeline import extract_text
from pipeline.rules.ancestral_hall_names_zh import find_ancestral_hall_names


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, span", [
    ("学生们在白石乡木三祠举办画展。", "木三祠"),        # after a township: a numeral inside the name
    ("党支部在村旁金星祠堂开设了夜校。", "金星祠堂"),    # after a word of position
    ("游击队埋伏在金星祠堂附近。", "金星祠堂"),          # after a preposition
    ("他在上河方李家祠住了三年。", "李家祠"),            # a surname and 家 without 堂
    ("位于村口的原赵家祠堂。", "赵家祠堂"),              # 原 outside
])
def test_named_halls(text, span):
    assert (span, "FAC") in _spans(text)


def test_candidate_offsets():
    text = "学生们在白石乡木三祠举办画展。"
    assert [(text[c.start:c.end], c.label) for c in find_ancestral_hall_names(text)] == [("木三祠", "FAC")]


@pytest.mark.parametrize("text", [
    "村民修建祠堂。",            # a verb before the head
    "日军烧毁祠堂。",
    "当地祠堂被毁。",            # a word of place, no name
    "这座祠堂建于明代。",        # a determiner and a measure word
    "他们去梓溪村的祠堂捉人。",  # a particle before the head
    "在越南倡办学校、义祠、会馆。",  # a one-character name
    "村里的祠庙很多。",          # 祠 opening a word
])
def test_no_hall(text):
    assert find_ancestral_hall_names(text) == []
