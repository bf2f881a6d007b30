"""Chinese biographies, forum posts and local histories of 1927-1949, classes seen on real-dev8-zh (session 6):
bare one-numeral designations in a context of command, units named after their county, Red Army units with two
qualifiers, commanders before 部 and a designation, speakers, leaders after 由, sponsors after 经, numbered
prefectural and county party committees, military schools and academies, base areas (苏区/边区), places glossed
by 现, settlements in a 、-list with villages, days after 同月, expeditions with their ordinal, old Chinese lengths.

Every sentence is written for this file with invented names, places and numbers; tests assert exact
spans (start, end, label) and exact normalised values.
"""

from __future__ import annotations

import pytest

from sentences import at, ent, ents, spans, unit


# --- MIL_UNIT ---------------------------------------------------------------------------------------

def test_bare_designation_after_a_verb_of_command():
    text = "他命令二团在河口设伏，又电令三师北上。"
    assert unit(ent(text, "二团")) == ("MIL_UNIT", [2], "团", "")
    assert unit(ent(text, "三师")) == ("MIL_UNIT", [3], "师", "")


def test_bare_designation_meeting_another_unit_and_after_a_designation():
    text = "冲进石村，与六营会合后反击。独立四旅八一二团和五团在刘家洼设伏。"
    assert unit(ent(text, "六营")) == ("MIL_UNIT", [6], "营", "")
    assert unit(ent(text, "五团")) == ("MIL_UNIT", [5], "团", "")


def test_bare_designation_before_its_troops_or_its_own_post():
    text = "通知张司令的四分区部队赶到南镇。八月，粉碎了七师师长郭某某的阴谋。"
    assert unit(ent(text, "四分区")) == ("MIL_UNIT", [4], "军分区", "")
    assert unit(ent(text, "七师")) == ("MIL_UNIT", [7], "师", "")


@pytest.mark.parametrize("text", ["他一连说了三遍。", "部队调集二师之众。", "这是三师之力。", "三团结一致。"])
def test_numerals_that_are_no_bare_designation(text):
    assert not spans(text, "MIL_UNIT")


def test_unit_named_after_its_county():
    text = "决定由安平县大队一部配合民兵，清河县独立营随后跟进。"
    assert unit(ent(text, "安平县大队")) == ("MIL_UNIT", [], "大队", "")
    assert unit(ent(text, "清河县独立营")) == ("MIL_UNIT", [], "营", "独立")


def test_red_army_unit_with_two_qualifiers():
    text = "7月，他任红新9军军长。"
    assert unit(ent(text, "红新9军")) == ("MIL_UNIT", [9], "军", "红")


# --- PERSON -----------------------------------------------------------------------------------------

def test_commander_before_bu_and_a_designation_is_a_person_everywhere():
    text = "敌马步云部新编第22师驻守临河，后来在山口与马步云部激战。"
    assert at(text, "马步云", "PERSON") in [(e[0], e[1], e[2]) for e in _all(text)]
    assert at(text, "马步云", "PERSON", 1) in [(e[0], e[1], e[2]) for e in _all(text)]


def test_speakers_leaders_and_sponsors():
    text = "张守信说：“敌人很多。”周立国问道：“怎么办？”由孙德成、吴德林率领三团出发。经刘志远介绍入党。"
    found = [(e[0], e[1], e[2]) for e in _all(text)]
    for name in ("张守信", "周立国", "孙德成", "吴德林", "刘志远"):
        assert at(text, name, "PERSON") in found


@pytest.mark.parametrize("text", ["孙高参说，他那时很年轻。", "王参谋说：“来了。”"])
def test_surname_and_post_before_shuo_is_no_full_name(text):
    assert not [s for s in spans(text, "PERSON") if len(s) == 3]


def _all(text: str) -> list[tuple[int, int, str]]:
    from pipeline import extract_text
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"]]


# --- ORG --------------------------------------------------------------------------------------------

def test_numbered_prefectural_and_county_committees():
    text = "1936年，五地委和安平县委在张村开会。"
    found = _all(text)
    assert at(text, "五地委", "ORG") in found
    assert at(text, "安平县委", "ORG") in found


def test_military_schools_and_academies():
    text = "他先入陆军讲武学校，又任红军军官学校第2分校教员，后入苏沃洛夫军事学院，调至红军学校。"
    found = _all(text)
    for name in ("陆军讲武学校", "红军军官学校第2分校", "苏沃洛夫军事学院", "红军学校"):
        assert at(text, name, "ORG") in found


def test_youth_league_names():
    text = "他在中学加入社会主义青年团，后转入共产主义青年团。"
    found = _all(text)
    assert at(text, "社会主义青年团", "ORG") in found
    assert at(text, "共产主义青年团", "ORG") in found


# --- LOC / GPE --------------------------------------------------------------------------------------

def test_base_areas():
    text = "他曾在湘鄂西苏区和鄂豫皖苏区作战，后进入陕甘宁边区和晋冀鲁豫边区。"
    found = _all(text)
    # session 8 reading: 苏区 / 解放区 / 根据地 are outside the region's LOC; a 边区 keeps its head
    for name in ("湘鄂西", "鄂豫皖", "陕甘宁边区", "晋冀鲁豫边区"):
        assert at(text, name, "LOC") in found


def test_base_area_before_its_headquarters_stays_in_the_body():
    text = "遭黔桂湘边区总司令部部队反击。"
    assert "黔桂湘边区" not in spans(text, "LOC")


def test_place_glossed_by_xian():
    text = "部队到达刘集(现刘集镇)后休整。"
    assert ent(text, "刘集")["norm"]["modern"] == "刘集镇"
    assert at(text, "刘集镇", "GPE") in _all(text)


def test_settlements_in_lists_with_villages():
    text = "命令三团在王家村、柳安、小李庄阻击任丘、吕公堡敌人，二旅在河西庄、马庄、麻家务、北齐曹一线布防。"
    found = _all(text)
    for name in ("王家村", "柳安", "小李庄", "吕公堡", "河西庄", "马庄", "麻家务", "北齐曹"):
        assert at(text, name, "GPE") in found


def test_a_list_of_things_is_no_list_of_places():
    text = "带着步枪、手榴弹、干粮袋出发。"
    assert not spans(text, "GPE")


# --- DATE / EVENT / QUANTITY -----------------------------------------------------------------------

def test_day_after_same_month():
    text = "1938年5月3日到达兰溪；同月15日，他又北上。"
    e = ent(text, "15日")
    assert (e["label"], e["norm"]["value"]) == ("DATE", "1938-05-15")


def test_expeditions_with_their_ordinal():
    text = "他参加了第二次北伐和第一次东征。"
    found = _all(text)
    assert at(text, "第二次北伐", "EVENT") in found
    assert at(text, "第一次东征", "EVENT") in found


def test_old_chinese_lengths():
    text = "城墙高3丈，壕深五尺。她的丈夫很高。"
    e = ent(text, "3丈")
    assert (e["label"], e["norm"]["value"], e["norm"]["unit"]) == ("QUANTITY", 3, "丈")
    e = ent(text, "五尺")
    assert (e["label"], e["norm"]["value"], e["norm"]["unit"]) == ("QUANTITY", 5, "尺")
    assert "丈夫" not in "".join(spans(text, "QUANTITY"))


# --- classes added second ---------------------------------------------------------------------------

def test_commander_of_a_unit_named_after_him_is_a_person_elsewhere():
    text = "森本大队坚持不住，向南逃跑。还要防止森本西逃。"
    found = _all(text)
    assert at(text, "森本大队", "MIL_UNIT") in found
    assert at(text, "森本", "PERSON", 1) in found


def test_full_name_after_a_post_is_left_whole():
    text = "森本支队(联队长森本一郎指挥)向西。"
    assert "森本" not in spans(text, "PERSON")


def test_the_one_fought_against():
    text = "在讨伐孙传义的战争中，他又击败陈调林部。"
    found = _all(text)
    assert at(text, "孙传义", "PERSON") in found
    assert at(text, "陈调林", "PERSON") in found


def test_township_after_its_county():
    text = "他出生于湖南省醴陵县茅坪乡一个农民家庭。"
    assert at(text, "茅坪乡", "GPE") in _all(text)


def test_hills_written_together_before_their_count():
    text = "即率领团队扼守翠岭黄坡安平三山。"
    found = _all(text)
    for name in ("翠岭", "黄坡"):
        assert at(text, name, "LOC") in found


@pytest.mark.parametrize("text", ["他翻过三山五岳。", "这里有两山对峙。"])
def test_counted_hills_without_names(text):
    assert not spans(text, "LOC")


def test_academy_after_a_verb_whatever_the_characters():
    text = "1927年9月入伏罗金军事学院深造。"
    assert at(text, "伏罗金军事学院", "ORG") in _all(text)


def test_two_names_joined_after_a_word_before_names():
    text = "平定了军阀杨希林、刘震中的叛乱。"
    found = _all(text)
    assert at(text, "杨希林", "PERSON") in found
    assert at(text, "刘震中", "PERSON") in found


def test_village_entered_is_a_settlement_everywhere():
    text = "李庄村一大半房子被烧毁，我们冲进李庄村。"
    found = _all(text)
    assert at(text, "李庄村", "GPE") in found
    assert at(text, "李庄村", "GPE", 1) in found


def test_two_character_echelon_at_a_clause_start():
    text = "在东庄子，九分区还派来一排正规军。"
    e = ent(text, "九分区")
    assert unit(e) == ("MIL_UNIT", [9], "军分区", "")


@pytest.mark.parametrize("text", ["他们走进村里，到村口。", "全村的人都来了。"])
def test_no_village_without_a_name(text):
    assert not spans(text, "GPE")


def test_natural_barrier_is_a_loc_everywhere_but_in_a_township_or_battle():
    text = "敌军扼守天险石门口。石门口乡的百姓都知道石门口战役，人过石门口，像过老虎口。"
    found = _all(text)
    assert at(text, "石门口", "LOC") in found
    assert at(text, "石门口", "LOC", 3) in found
    assert at(text, "石门口", "LOC", 1) not in found
    assert at(text, "石门口", "LOC", 2) not in found
    assert at(text, "石门口战役", "EVENT") in found


def test_units_counted_after_a_verb_are_no_designation():
    text = "共派七营分扎后路，另调五团驰援。"
    assert not spans(text, "MIL_UNIT")


def test_surname_before_a_post_after_his_unit_or_a_verb_of_addressing():
    text = "三纵队孟司令来电话。另外，通知宋司令的四分区部队。"
    found = _all(text)
    assert at(text, "孟", "PERSON") in found
    assert at(text, "宋", "PERSON") in found


@pytest.mark.parametrize("text", ["八月，七师师长郭某某叛变。", "第一军军长到达。", "高阶军官师长、旅长被擒。"])
def test_echelon_before_its_own_post_is_no_surname(text):
    assert not [s for s in spans(text, "PERSON") if len(s) == 1]


def test_place_a_force_sets_out_from():
    text = "红一军团从阿西茸出发，他从家里出发。"
    assert spans(text, "GPE") == ["阿西茸"]


def test_base_area_before_a_post_is_the_area():
    text = "驻守的是晋陕绥边区总司令邓某部。"
    assert at(text, "晋陕绥边区", "LOC") in _all(text)


def test_list_of_towns_after_ju():
    text = "这个小镇居淮阴县城、石口、泾坝、曹家镇之间。"
    found = _all(text)
    for name in ("石口", "泾坝", "曹家镇"):
        assert at(text, name, "GPE") in found


def test_a_place_introduced_as_a_town_is_a_settlement_everywhere():
    text = "石桥铺,是一座位于湖北省北部的小镇。1943年日军占领石桥铺后修筑碉堡。"
    found = _all(text)
    assert at(text, "石桥铺", "GPE") in found
    assert at(text, "石桥铺", "GPE", 1) in found


def test_a_thing_introduced_is_no_town():
    text = "这是一座很高的山。他是一个好人。"
    assert not spans(text, "GPE")


def test_sub_unit_with_its_post_stays_in_the_chain():
    text = "1933年5月，调任红五军团三师政委。"
    assert unit(ent(text, "红五军团三师")) == ("MIL_UNIT", [5, 3], "师", "红")
