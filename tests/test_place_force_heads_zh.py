"""Named forces that carry their place or commander, and how far a unit's name reaches (session 25, s25zhforce):
place_kind_force_names_zh, its PLACE + HEAD readings (merged there in session 26 from place_force_heads_zh; a place + 防军/民军/商团/国民兵团/护路军/靖卫团/区小队, province characters + a direction +
游击队/大队/支队, listed provincial armies), commander_named_units_zh (a numbered parent + a commander's name + 团),
unit_joins_zh (a guerrilla force holds its numbered 支队/大队, a named army its 第N路, a unit right before a smaller
unit of any finder is its parent), unit_bare_numbers (a numeral + 支队, with its county), qing_forms (the whole
county before 团练). Sentences written for these tests; exact spans, labels and values, and negatives."""

from __future__ import annotations

import pytest

from sentences import ents, unit_norm, unit_spans


@pytest.mark.parametrize("text, span, echelon", [
    ("一九二五年奉天省防军开到县城。", "奉天省防军", "军"),
    ("当时贵州民军攻破府城。", "贵州民军", "军"),
    ("山西民军北上。", "山西民军", "军"),
    ("郧西商团缴械投诚。", "郧西商团", "团"),
    ("宁远县国民兵团成立于春季。", "宁远县国民兵团", "团"),
    ("吉林护路军驻守车站。", "吉林护路军", "军"),
    ("兴国县靖卫团据守圩寨。", "兴国县靖卫团", "团"),
    ("青阳区小队夜袭据点。", "青阳区小队", "小队"),
    ("繁昌区中队赶到。", "繁昌区中队", "中队"),
    ("吉东游击队转入山区。", "吉东游击队", "队"),
    ("豫西大队奉命东进。", "豫西大队", "大队"),
    ("鲁南支队打下了车站。", "鲁南支队", "支队"),
])
def test_place_force_heads(text, span, echelon):
    assert span in unit_spans(text)
    assert unit_norm(text, span)["echelon"] == echelon


def test_listed_provincial_armies_are_one_span():
    assert "滇、桂军" in unit_spans("滇、桂军在边境对峙。")
    assert "湘、粤、赣军" in unit_spans("湘、粤、赣军三面会攻。")


@pytest.mark.parametrize("text, not_unit", [
    ("苏北大队人马开到河边。", "苏北大队"),       # 大队人马: a crowd of troops
    ("广州商团事变平息。", "广州商团"),           # the event's name
    ("他当过区小队长。", "区小队"),               # the post
    ("两支民军会合。", "民军"),                   # a count of forces, no place
])
def test_place_force_heads_negatives(text, not_unit):
    assert not any(not_unit in s for s in unit_spans(text))


def test_bound_side_list_is_no_unit():
    assert unit_spans("日、伪军据点林立。") == []


def test_numbered_parent_and_commander_named_regiment():
    text = "该军计有步兵第三旅周德明团、第四旅钱振海团。"
    assert unit_spans(text)[:2] == ["步兵第三旅周德明团", "第四旅钱振海团"]
    assert unit_norm(text, "第四旅钱振海团")["echelon"] == "团"
    assert "第五师李明远旅" in unit_spans("第五师李明远旅开到城下。")


def test_numbered_parent_keeps_its_post_apart():
    assert ("第二旅", "MIL_UNIT") in ents("第二旅旅长王某到任。")
    assert unit_spans("第七师张家口旅馆") == ["第七师"]


@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("后编为南海人民抗日游击队第三大队。", "南海人民抗日游击队第三大队", [3], "大队"),
    ("他任鲁中抗日游击队第五支队副官。", "鲁中抗日游击队第五支队", [5], "支队"),
    ("编入辽宁民众自卫军第三路第二支队。", "辽宁民众自卫军第三路第二支队", [3, 2], "支队"),
])
def test_guerrilla_and_route_chains(text, span, numbers, echelon):
    assert span in unit_spans(text)
    n = unit_norm(text, span)
    assert (n["numbers"], n["echelon"]) == (numbers, echelon)


def test_unit_right_before_a_smaller_unit_is_its_parent():
    text = "浙南游击纵队平阳独立团进占县城。"
    assert unit_spans(text) == ["浙南游击纵队平阳独立团"]
    assert unit_norm(text, "浙南游击纵队平阳独立团")["echelon"] == "团"


def test_route_is_no_road():
    assert all("路" not in s for s in unit_spans("东北义勇军沿第一路线撤退。"))


@pytest.mark.parametrize("text, span, number", [
    ("次年成立六支队。", "六支队", 6),
    ("这就是蓬莱县三支队的由来。", "蓬莱县三支队", 3),
])
def test_bare_numeral_detachment(text, span, number):
    assert span in unit_spans(text)
    assert unit_norm(text, span)["numbers"] == [number]


def test_counts_of_teams_stay_counts():
    assert ("三个支队", "QUANTITY") in ents("共编成三个支队。")
    assert unit_spans("派出一支队伍前往。") == []
    assert unit_spans("两支队伍会合。") == []


def test_whole_county_before_militia():
    assert "宜兴县团练" in unit_spans("宜兴县团练出城迎战。")
