"""Air groups and a service's named branches (session 12; sentences written for this test, exact spans)."""

import pytest

from pipeline import extract_text


def _spans(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("拂晓，日本海军陆战队在吴淞登陆。", [("日本海军陆战队", "MIL_UNIT"), ("吴淞", "GPE")]),
    ("日本海軍陸戰隊據守司令部大樓。", [("日本海軍陸戰隊", "MIL_UNIT")]),
    ("日本陆军航空队轰炸了兰州。", [("日本陆军航空队", "MIL_UNIT"), ("兰州", "GPE")]),
    # a base in the gazetteer, an ordinal, or an unknown base before the aircraft it flew
    ("佐世保航空队奉命南调。", [("佐世保航空队", "MIL_UNIT")]),
    ("第十四航空队进驻海南岛。", [("第十四航空队", "MIL_UNIT"), ("海南岛", "LOC")]),
    ("第二联合航空队司令官换人。", [("第二联合航空队", "MIL_UNIT")]),
    ("次日，美幌航空队攻击机9架来袭。", [("美幌航空队", "MIL_UNIT"), ("9架", "QUANTITY")]),
])
def test_air_groups_and_branches(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["我航空队当即出击。", "他们的航空队攻击机不多。", "敌出动航空队攻击机若干。"])
def test_no_air_group_without_a_name(text):
    assert [s for s in _spans(text) if s[1] == "MIL_UNIT"] == []


def test_a_designation_after_the_branch_stays_in_the_unit():
    assert _spans("美国海军陆战队第1师登陆。") == [("美国海军陆战队第1师", "MIL_UNIT")]


def test_a_city_district_short_name_inside_a_common_word_is_no_place():
    # 朝天 (a district of Guangyuan) in 朝天空, 大东 (a district of Shenyang) in 大东亚
    assert _spans("高射机枪不断朝天空射击。") == []
    assert [s for s in _spans("日本鼓吹所谓大东亚新秩序。") if s[0] == "大东"] == []
    assert ("朝天", "GPE") in _spans("游击队在朝天一带活动。")


@pytest.mark.parametrize("text, expected", [
    # 军装 is a uniform, but a designation's 军 before 装甲/装备 ends the unit (auditzh10's report)
    ("第5军装甲团随即出动。", [("第5军装甲团", "MIL_UNIT")]),
    ("第七十四军装备精良。", [("第七十四军", "MIL_UNIT")]),
    ("第200师装甲营开到。", [("第200师装甲营", "MIL_UNIT")]),
    ("他们换上军装混入城中。", []),
])
def test_armour_and_equipment_after_an_army(text, expected):
    assert _spans(text) == expected
