"""Session 30 (s30zhorgfac): works named by their house name, arsenals by their place or region, quoted movement
names. Sentences written for these tests (made-up house names)."""

import pytest

from pipeline import extract_text
from pipeline.rules.event_quoted import find_quoted_events
from pipeline.rules.house_name_works_zh import find_house_name_works


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _found(finder, text):
    return {(text[c.start:c.end], c.label) for c in finder(text)}


# --- house-name works -------------------------------------------------------------------------------------------

def test_listed_works_each_one_fac():
    text = "5日,甲兴机器厂、丙利机器厂、英商丁和铁厂等处工人罢工。"
    spans = _spans(text)
    assert ("甲兴机器厂", "FAC") in spans
    assert ("丙利机器厂", "FAC") in spans
    assert ("丁和铁厂", "FAC") in spans          # the merchant's nationality stays outside
    assert not any(s.startswith("英商") for s, _ in spans)


def test_three_character_house_name_and_long_head():
    text = "次日,戊己庚机器造船厂、辛壬织布厂也相继停工。"
    assert _found(find_house_name_works, text) == {("戊己庚机器造船厂", "FAC"), ("辛壬织布厂", "FAC")}


def test_traditional_script():
    text = "6日,甲興機器廠、英商丁和鐵廠等各處工人罷工。"
    spans = _spans(text)
    assert ("甲興機器廠", "FAC") in spans and ("丁和鐵廠", "FAC") in spans


def test_works_after_verb_of_founding():
    text = "他于1912年创办了宏昌面粉厂,又接办了子丑火柴厂。"
    found = _found(find_house_name_works, text)
    assert ("宏昌面粉厂", "FAC") in found and ("子丑火柴厂", "FAC") in found


@pytest.mark.parametrize("text", [
    "该地有一家大型机器厂。",          # a size, no name
    "他在一家铁厂做工。",              # a count
    "、各面粉厂纷纷停工。",            # a kind word
    "、日本纱厂工人罢工。",            # a country: whose mills
    "、日商纱厂码头工人罢工。",        # a merchant word alone is no house name
])
def test_no_house_name(text):
    assert find_house_name_works(text) == []


# --- arsenals by place or region ------------------------------------------------------------------------------------

def test_arsenal_by_region_is_fac():
    text = "甲城机器局亦称江南机器制造总局、江南制造局。"
    spans = _spans(text)
    assert ("江南机器制造总局", "FAC") in spans
    assert ("江南制造局", "FAC") in spans
    assert not any(label == "ORG" for _, label in spans)


def test_arsenal_official_name_with_city():
    text = "两江总督饬金陵机器制造局造水雷数十座,苏州制炮局亦并入。"
    spans = _spans(text)
    assert ("金陵机器制造局", "FAC") in spans
    assert ("苏州制炮局", "FAC") in spans


def test_arsenal_needs_a_name():
    assert find_house_name_works("、该制造局停办。") == []


# --- quoted movement names ------------------------------------------------------------------------------------------

def test_quoted_name_before_movement():
    text = "政府抓住时机,展开“收回路权”运动,成就斐然。"
    assert _found(find_quoted_events, text) == {("收回路权", "EVENT")}
    assert ("收回路权", "EVENT") in _spans(text)


def test_quoted_name_before_movement_traditional_corner_quotes():
    text = "「三反」運動始於1951年末。"
    assert ("三反", "EVENT") in _spans(text)


@pytest.mark.parametrize("text", ["他参加了“远东”运动会。", "“张三”运动员获奖。", "这是“张三”的运动。"])
def test_no_movement(text):
    assert find_quoted_events(text) == []
