"""Ordinary and administrative words read as places, persons, bodies or counts (session 22, s22zhprec):
pipeline/rules/admin_area_words_zh.py and the session-22 guards in same_head_bearing_settlements_zh (village-name-edge),
local_place_forms_zh (place-structure-town), org_patterns (a preposition before a committee), county_seat_township_forms_zh (a
township's short form before a summit word), landform_heads (a verb of holding before a known river) and the
EVENT lexicon (二次世界大战 without 第). Sentences written for the tests; names made up or other than the audited
pages'."""

from __future__ import annotations

import pytest

from tests.sentences import ent, ents


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a joint county of the base areas, and a base area named by its region: no PERSON
    ("1940年春，冯昌延联合县成立，县政府设在山村。", [("冯昌延联合县", "GPE")], [("冯昌延", "PERSON")]),
    ("冯昌延抗日根据地建立以后，日军多次进行“扫荡”。", [("冯昌延", "LOC")], [("冯昌延", "PERSON")]),
    ("日伪军对冯昌延根据地发动进攻。", [("冯昌延", "LOC")], [("冯昌延", "PERSON")]),
    # not a base area: ordinary words, modifiers, "according to the map/terrain"
    ("我们要巩固根据地，建立敌后根据地，开辟新根据地。", [], [("巩固", "LOC"), ("敌后", "LOC"), ("开辟新", "LOC")]),
    ("敌人对抗日根据地发动扫荡，平原根据地损失很大。", [], [("平原", "LOC")]),
    ("冯玉祥根据地图判断敌情。", [("冯玉祥", "PERSON")], [("冯玉祥", "LOC")]),
    ("李明根据地委指示行动。", [], [("李明", "LOC")]),
    # the tier of government between 省 and a count of tiers: no county; a county after its province stays
    ("北洋时期实行省道县三级制。", [], [("道县", "GPE")]),
    ("民国初年改行省道县两级，后废道。", [], [("道县", "GPE")]),
    ("他是湖南省道县人。", [("湖南省", "GPE"), ("道县", "GPE")], []),
    # a clause of merging villages is no village; a village of the same shape is
    ("日军推行“集家并村”政策。", [], [("集家并村", "GPE")]),
    ("百户以下为村，二十村为区，旋又改村为乡。", [], [("旋又改村", "GPE")]),
    ("日军占领了黄桥镇和石家庄村。", [("黄桥镇", "GPE"), ("石家庄村", "GPE")], []),
    # a rule of counting households is no market town; a market town of the same shape is
    ("十户为甲，百户以上集镇为里。", [("百户以上", "QUANTITY")], [("户以上集镇", "GPE")]),
    ("部队行至郭家店集镇。", [("郭家店集镇", "GPE")], []),
    # a preposition before a committee: the place before it is its own GPE, no ORG
    ("县长从沂州给省委写信。", [("沂州", "GPE")], [("沂州给省委", "ORG")]),
    ("他从济南向省委报告。", [("济南", "GPE")], [("济南向省委", "ORG")]),
    ("中共山东省委决定反攻。", [("中共山东省委", "ORG")], []),
    # a township's short form before a summit word is the mountain it is named after
    ("他出生在青石镇。老屋就在青石山脚下。", [("青石镇", "GPE")], []),
    ("他出生在白云山镇。老屋就在白云山脚下，白云山的百姓都认识他。", [("白云山镇", "GPE"), ("白云山", "LOC")],
     [("白云山", "GPE")]),
    # a one-character verb of holding before a known river is outside it
    ("此地扼长江天险，为江南门户。", [("长江", "LOC")], [("扼长江", "LOC")]),
    ("部队在临江岭阻击敌人。", [("临江岭", "LOC")], []),
    # the world wars written without 第
    ("他经历过二次世界大战和朝鲜战争。", [("二次世界大战", "EVENT")], [("二次", "QUANTITY")]),
    ("一次世界大战后，德国战败。", [("一次世界大战", "EVENT")], []),
    ("他两次世界巡演。", [("两次", "QUANTITY")], []),
])
def test_admin_area_words(text, wanted, unwanted):
    got = ents(text)
    for item in wanted:
        assert item in got, (item, got)
    for item in unwanted:
        assert item not in got, (item, got)


def test_world_war_value():
    assert ent("他经历过二次世界大战。", "二次世界大战")["norm"]["canonical"] == "第二次世界大战"
