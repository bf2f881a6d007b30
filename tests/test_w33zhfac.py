"""Session 33, w33zhfac: Chinese FAC classes read across the development sets (sentences written for these tests).

- temples_gates_after_towns_zh: a street or lane written right after its city is one FAC (with its house number),
  the city its own GPE.
- chosen_structure_lists_zh: the unfamiliar members of a list, each with its own structure head, beside a FAC the
  reconcile stage kept, are FAC.
"""

import pytest

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


# --------------------------------------------------------------------------- streets after their city
@pytest.mark.parametrize("text, city, street", [
    ("日机轰炸长沙福临路，死伤数十人。", "长沙", "福临路"),
    ("红军政治部设于毕节城区文昌路18号的一座旧宅内。", "毕节", "文昌路18号"),
    ("他住在南京中山东路。", "南京", "中山东路"),
    ("“甲记轮船局”的碑上刻着镇江西坞街。", "镇江", "西坞街"),
])
def test_street_after_city(text, city, street):
    spans = _spans(text)
    assert (street, "FAC") in spans
    assert (city, "GPE") in spans
    assert not any(t.startswith(city) and t != city for t, _ in spans)   # no span glues the city to its street


@pytest.mark.parametrize("text, word", [
    ("十四军经澧县清溪街，直扑公安。", "清溪街"),     # a county's X街: a market town, no street
    ("儿子现住仰光唐人街。", "唐人街"),               # a kind of street
    ("日军从长沙两路进攻。", "两路"),                 # a count of routes
])
def test_street_after_city_negatives(text, word):
    assert (word, "FAC") not in _spans(text)


# --------------------------------------------------------------------------- structures listed beside a chosen one
def test_factories_listed():
    spans = _spans("仅1936年就有宏昌工厂、福源面粉厂、裕华制革厂、大新玻璃厂等十余家。")
    for name in ("宏昌工厂", "福源面粉厂", "裕华制革厂", "大新玻璃厂"):
        assert (name, "FAC") in spans


def test_lanes_listed_place_inside():
    spans = _spans("日机炸毁了司后街、石榴弄、孝义坊等处民房数十间。")
    assert ("石榴弄", "FAC") in spans
    assert ("孝义坊", "FAC") in spans          # the county 孝义 inside the lane's name belongs to it
    assert ("孝义", "GPE") not in spans


def test_temples_listed_position_word_outside():
    spans = _spans("日军分驻城内外金佛寺、阎家寺、大佛寺一带。")
    assert ("金佛寺", "FAC") in spans


@pytest.mark.parametrize("text, word", [
    ("他去过工厂、学校和医院。", "工厂"),                                   # kinds, no names
    ("整个炮台由山顶主炮台、山边边防炮台、临江炮台群组成。", "山边边防炮台"),   # a description opened by a word of place
    ("我军冲过三义庙及凌霄塔。", "我军冲过三义庙"),                          # the verb before the list stays out
])
def test_structure_list_negatives(text, word):
    assert not any(t == word and label == "FAC" for t, label in _spans(text))
    if word == "我军冲过三义庙":
        assert ("三义庙", "FAC") in _spans(text)
