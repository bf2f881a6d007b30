"""region_risings_zh (session 32, w32zhorgfac): a rising named by a region of province abbreviations and a bearing,
with the words of who rose, is one EVENT. Sentences written for these tests."""

import pytest

from pipeline import extract_text
from pipeline.rules.region_risings_zh import find_region_risings


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, span", [
    ("1938年冀东人民抗日武装大暴动爆发。", "冀东人民抗日武装大暴动"),
    ("1945年3月桂东南抗日武装起义前夕,他回到家乡。", "桂东南抗日武装起义"),
    ("1930年赣西南农民起义爆发。", "赣西南农民起义"),          # not 赣|西南农民起义
    ("1927年湘鄂赣粤秋收暴动开始。", "湘鄂赣粤秋收暴动"),      # four abbreviations, no bearing
    ("他参加了川东工农暴动。", "川东工农暴动"),
])
def test_region_risings(text, span):
    assert (span, "EVENT") in _spans(text)


def test_candidate_offsets():
    text = "1945年3月桂东南抗日武装起义前夕"
    assert [(text[c.start:c.end], c.label) for c in find_region_risings(text)] == [("桂东南抗日武装起义", "EVENT")]


@pytest.mark.parametrize("text", [
    "第九十七军在冀东起义。",        # 在 before the region: a force went over there
    "领导了信丰农民武装暴动。",      # a county, no region of abbreviations
    "冀东部队起义后。",              # a word between the region and the head that says no rising's name
    "湘起义。",                      # one abbreviation alone is no region
    "云南起义爆发后。",              # 云 is no abbreviation of the list: the region finder leaves it
])
def test_no_region_rising(text):
    assert find_region_risings(text) == []
