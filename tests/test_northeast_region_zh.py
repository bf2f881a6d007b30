"""东北 after a word of going, sending or coming from is the region (session 30, w2zhplace; place_reading_checks)."""
import pytest

from pipeline import extract_text


def spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


@pytest.mark.parametrize("text", [
    "抗战胜利后，新编第九军调往东北。",
    "那批新兵是从东北来的，多半是矿工。",
    "國民政府經海路向東北運送了五個軍。",
    "内战首先从东北打起，随后蔓延到华北。",
])
def test_northeast_after_motion_is_region(text):
    name = "東北" if "東北" in text else "东北"
    assert (name, "LOC") in spans(text)


@pytest.mark.parametrize("text", [
    "第五团沿公路向东北推进，傍晚攻占石桥镇。",   # a bearing of movement
    "敌军一万人从西北向东北猛压。",               # a course between two bearings
    "决定在东北角构成突击路。",                   # a corner of the town
    "部队向东北方向撤退。",
])
def test_northeast_bearing_is_no_region(text):
    assert not any(t in ("东北", "東北") for t, _ in spans(text))


def test_quarter_of_a_landmark_is_no_region():
    text = "又在炮台之东北江岸处筑堡垒一座。"   # 之 + bearing: the quarter of the fort
    assert not any(t == "东北" for t, _ in spans(text))
