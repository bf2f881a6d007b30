"""Chinese text as third-party pages write it (issue 8): variant characters, clock times, sibling
designations, detachments named after commanders, names before designations and posts, lists of
names, province-direction regions, county towns, coup/oath events and structures.

Every sentence is written for this file with invented names and numbers; tests assert exact spans
(start, end, label) and exact normalised values.
"""

from __future__ import annotations

import pytest

from pipeline import extract_text
from pipeline.variant_chars import map_variants


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def ent(text: str, part: str) -> dict:
    record = extract_text(text, "t", rules_only=True)
    start = text.index(part)
    found = [e for e in record["entities"] if e["start"] == start and e["end"] == start + len(part)]
    assert found, (part, [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]])
    return found[0]


# --- working text: variant characters and the 曰/日 look-alike --------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("第三次徐州作戦", "第三次徐州作战"),
    ("戦車第9師団", "战車第9師团"),
    ("関東軍の歩兵", "关東軍の步兵"),
    ("騎兵第三砲兵團", "騎兵第三炮兵團"),
    ("7月23曰拂晓", "7月23日拂晓"),
    ("八月十二曰", "八月十二日"),
    ("曰军进攻曰本", "日军进攻日本"),
    ("孔子曰：温故知新", "孔子曰：温故知新"),
])
def test_variant_characters(raw, expected):
    assert map_variants(raw) == expected
    assert len(map_variants(raw)) == len(raw)


def test_typo_day_is_a_date_and_times_take_its_day():
    text = "1940年7月23曰拂晓，敌军攻城，战至7点45分，上午10时5分许城破。"
    assert ent(text, "1940年7月23曰拂晓")["norm"]["value"] == "1940-07-23TMO"
    assert ent(text, "7点45分")["norm"]["value"] == "1940-07-23T07:45"
    assert ent(text, "上午10时5分许")["norm"] == {"value": "1940-07-23T10:05", "mod": "APPROX"}


def test_japanese_operation_name_in_shinjitai():
    text = "此役日方称为第一次徐州作戦。"
    assert ent(text, "第一次徐州作戦")["label"] == "EVENT"


def test_variant_artillery_prefix():
    text = "他任國民軍第三砲兵旅旅長。"
    e = ent(text, "國民軍第三砲兵旅")
    assert e["label"] == "MIL_UNIT"
    assert e["norm"]["numbers"] == [3] and e["norm"]["echelon"] == "旅" and e["norm"]["prefix"] == "炮兵"


# --- MIL_UNIT -----------------------------------------------------------------------------------------

def test_sibling_designations_are_two_spans():
    text = "敌以第二十师团第二十二师团沿河东进。"
    assert ("第二十师团", "MIL_UNIT") in ents(text)
    assert ("第二十二师团", "MIL_UNIT") in ents(text)
    assert ent(text, "第二十二师团")["norm"]["numbers"] == [22]


def test_parent_and_child_stay_one_span():
    text = "第十五师团第六十联队向南突进。"
    e = ent(text, "第十五师团第六十联队")
    assert e["norm"]["numbers"] == [15, 60] and e["norm"]["echelon"] == "联队"


def test_named_forces_written_together():
    assert ents("此后他又击败了皖军粤军。") == [("皖军", "MIL_UNIT"), ("粤军", "MIL_UNIT")]


@pytest.mark.parametrize("text,part", [
    ("第9师团与森支队于拂晓出发。", "森支队"),
    ("敌军另以宫下支队迂回侧后。", "宫下支队"),
])
def test_detachment_named_after_commander(text, part):
    e = ent(text, part)
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "支队" and e["norm"]["numbers"] == []


def test_generic_detachments_are_not_tagged():
    assert ents("该支队与各支队会合。") == []


# --- PERSON -------------------------------------------------------------------------------------------

def test_name_before_designation():
    text = "所部计有,贺国栋第四十一军,庞振邦第九十二军。"
    found = ents(text)
    assert ("贺国栋", "PERSON") in found and ("庞振邦", "PERSON") in found
    assert ("第四十一军", "MIL_UNIT") in found


def test_name_before_post():
    text = "阵地几度易手,邓远清旅长率部反击。"
    assert ("邓远清", "PERSON") in ents(text)


def test_list_of_names_with_one_known_person():
    text = "参战将领有冈村宁次、山本正树、梅田久雄,均为中将。"
    found = ents(text)
    assert ("山本正树", "PERSON") in found and ("梅田久雄", "PERSON") in found


# --- places, events, facilities ------------------------------------------------------------------------

@pytest.mark.parametrize("text,part", [
    ("敌军向鄂西北一带增援。", "鄂西北"),
    ("战事转入湘中地区。", "湘中"),
])
def test_province_direction_region(text, part):
    assert (part, "LOC") in ents(text)


def test_province_name_is_not_a_region():
    assert ("陕西", "GPE") in ents("部队开往陕西。")


def test_county_town_keeps_its_suffix():
    assert ("繁峙县城", "GPE") in ents("敌于次日占领繁峙县城,继续南下。")


@pytest.mark.parametrize("text,part", [
    ("西安兵变后,局势骤变。", "西安兵变"),
    ("长沙誓师后,北伐军北上。", "长沙誓师"),
])
def test_place_headed_events(text, part):
    assert (part, "EVENT") in ents(text)


@pytest.mark.parametrize("text,part", [
    ("炮弹击中了太平门瓮城。", "太平门瓮城"),
    ("守军退入洛阳城墙以内。", "洛阳城墙"),
])
def test_structures(text, part):
    assert (part, "FAC") in ents(text)


def test_clock_time_needs_minutes():
    from pipeline.rules.written_zh import find_written
    assert [c.label for c in find_written("相持到6点,又过了20分钟。")] == []


def test_province_with_direction_word_is_not_a_region():
    assert ("四川", "GPE") in ents("部队移驻四川东部。")


# --- second batch: named forces, HQ departments, expeditionary forces, Japanese names, towns --------

def test_short_and_warlord_era_named_forces():
    found = ents("对付八路的同时,国民军也已成立。")
    assert ("八路", "MIL_UNIT") in found and ("国民军", "MIL_UNIT") in found


def test_meiji_garrison_is_a_unit():
    e = ent("1885年大阪镇台扩编。", "大阪镇台")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "镇台"


def test_staff_department_with_its_formation():
    e = ent("第十一军参谋部提出了方案。", "第十一军参谋部")
    assert e["norm"]["numbers"] == [11] and e["norm"]["echelon"] == "军"


def test_expeditionary_force_with_its_parent():
    text = "关东军绥远派遣兵团向西推进。"
    e = ent(text, "关东军绥远派遣兵团")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "兵团"


def test_day_with_part_of_day_after_a_heading():
    text = "1941年3月14日-16日:外围战斗\n15日凌晨,敌军渡河。激战三日夜。"
    assert ent(text, "15日凌晨")["norm"]["value"] == "1941-03-15TMO"
    assert ("三日夜", "DATE") not in ents(text)


def test_japanese_commander_in_brackets_after_post():
    assert ("井口信平", "PERSON") in ents("步兵第48联队(联队长井口信平)沿江推进。")


def test_japanese_name_before_led_by():
    assert ("山本正雄", "PERSON") in ents("此役在山本正雄率领下登陆。")


def test_japanese_surname_before_bu():
    assert ("松本", "PERSON") in ents("城北激战正酣,松本部也从东门攻入。")


def test_surname_and_verb_is_no_name():
    assert all(label != "PERSON" for _, label in ents("战至午夜。\n王命第8军后撤。"))


@pytest.mark.parametrize("text,part", [
    ("部队进至县城以东高桥镇待命。", "高桥镇"),
    ("敌一部窜至东南石寨隐蔽。", "石寨"),
])
def test_towns_after_a_word_of_going(text, part):
    assert (part, "GPE") in ents(text)


def test_town_inside_a_longer_name_and_county_government():
    found = ents("攻占了长阳都镇湾等地。他曾在县府任职。")
    assert all(text != "长阳都镇" for text, _ in found)


def test_prefecture_keeps_fu():
    assert ("开封府", "GPE") in ents("清代河南开封府下辖各县。")


# --- 韵目代日 telegraph day codes ---------------------------------------------------------------------

def test_telegraph_day_codes():
    text = "1938年5月筱日,薛岳于皓日致电,马日敌退。"
    assert ent(text, "筱日")["norm"]["value"] == "1938-05-17"
    assert ent(text, "皓日")["norm"]["value"] == "1938-05-19"
    assert ent(text, "马日")["norm"]["value"] == "1938-05-21"


def test_ambiguous_codes_only_as_a_telegram_date():
    assert ("寒日", "DATE") in ents("李长官寒日电称敌已后撤。")
    found = ents("冬日严寒,每日有日军巡逻,元日前后。")
    assert all(label != "DATE" or text == "元日前后" for text, label in found)
    assert ("冬日", "DATE") not in found and ("有日", "DATE") not in found


# --- third batch ---------------------------------------------------------------------------------------

def test_expeditionary_army_headquarters():
    e = ent("华南派遣军司令部下令进攻。", "华南派遣军司令部")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "军"


def test_japanese_prefecture_short_forms_in_a_list():
    found = ents("兵员来自广岛、大分、冈山等县。")
    assert ("大分", "GPE") in found


def test_temple_known_by_name():
    assert ("灵隐寺", "FAC") in ents("守军退至灵隐寺一带。")
    assert all(label != "FAC" for _, label in ents("村里的寺庙被毁。"))


def test_names_ending_with_fan_are_persons_not_domains():
    assert all(label != "GPE" for _, label in ents("第9师(师长王克藩)守卫县城。"))


@pytest.mark.parametrize("text,part", [
    ("1877年西南战争爆发。", "西南战争"),
    ("侵华战争进入第五年。", "侵华战争"),
])
def test_named_wars(text, part):
    assert (part, "EVENT") in ents(text)


# --- dates of books, government departments -----------------------------------------------------------

def test_publication_year_does_not_date_the_narrative():
    text = "1941年4月,据某书(战士出版社1982年版)所记,5月6日敌进攻。"
    assert ent(text, "1982年")["norm"]["value"] == "1982"
    assert ent(text, "5月6日")["norm"]["value"] == "1941-05-06"


def test_government_departments():
    found = ents("他先后任湖北省财政厅厅长、汉口市公安局局长。")
    assert ("湖北省财政厅", "ORG") in found and ("汉口市公安局", "ORG") in found


# --- lists of people, appointments, settlement suffixes -----------------------------------------------

def test_list_of_names_closed_by_deng_jiangling():
    found = ents("会后,孔祥云、钱德胜、冯子明等将领返回驻地。")
    assert [t for t, label in found if label == "PERSON"] == ["孔祥云", "钱德胜", "冯子明"]


def test_appointments():
    found = ents("委员会以郑大海为参谋长,由韩少华任副师长。")
    assert ("郑大海", "PERSON") in found and ("韩少华", "PERSON") in found


def test_settlement_suffix_stays_with_a_known_place():
    found = ents("部队进至石牌乡一带,江西乡村多山。")
    assert ("石牌乡", "GPE") in found and ("江西", "GPE") in found
    assert all(t != "西乡村" for t, _ in found)


# --- organisations in citations and field headquarters --------------------------------------------------

def test_publishers_and_archives_in_citations():
    found = ents("参见工人文史出版社1990年版;又见东方书局,藏于某省档案馆。该出版社另有一本。")
    assert ("工人文史出版社", "ORG") in found and ("东方书局", "ORG") in found
    assert all(t not in ("该出版社", "某省档案馆") for t, _ in found)


def test_field_headquarters_of_the_council_and_the_party_before_it():
    found = ents("国民党军委会西安行营主任程某。")
    assert ("国民党", "ORG") in found and ("军委会西安行营", "ORG") in found


def test_designation_wrapped_over_two_lines():
    text = "该军下辖第一百二\n十一师,驻防县城。"
    e = ent(text, "第一百二\n十一师")
    assert e["norm"]["numbers"] == [121] and e["norm"]["echelon"] == "师"


def test_heading_numbers_stay_on_their_lines():
    from pipeline.working import working_text
    assert working_text("第三章 第二\n节 概况").text == "第三章 第二\n节 概况"



def test_names_counted_and_appointed_in_a_clause():
    found = ents("会议决定,以孔令武,严明远二人副之,魏东升为参谋长,率龚长江之第九军出发。")
    persons = [t for t, label in found if label == "PERSON"]
    assert persons == ["孔令武", "严明远", "魏东升", "龚长江"]
    assert ("第九军", "MIL_UNIT") in found


def test_family_named_villages():
    found = ents("守军在河东岸的朱家集、邓家湾一带阻击。大家庄重宣誓,国家集团。")
    assert ("朱家集", "GPE") in found and ("邓家湾", "GPE") in found
    assert all(t not in ("大家庄", "国家集") for t, _ in found)


def test_numeral_initial_county_after_a_word_of_going():
    found = ents("一路由代县转向五台。敌机五台被击落。")
    assert found.count(("五台", "GPE")) == 1 and ("五台", "QUANTITY") in found


def test_town_in_a_list_of_towns_after_yan_is_no_river():
    found = ents("敌军沿镇江、丹阳、句容西进。沿长江、汉水布防。")
    assert ("镇江", "GPE") in found and ("丹阳", "GPE") in found and ("句容", "GPE") in found
    assert ("长江", "LOC") in found and ("汉水", "LOC") in found


def test_japanese_surname_giving_an_order():
    assert ("松浦", "PERSON") in ents("司令官当即向松浦下令,全力突破。")


def test_direction_as_far_as_is_no_county():
    found = ents("该山东至太行山,西至吕梁山。东至县城关镇。")
    assert ("东至", "GPE") not in found and ("太行山", "LOC") in found


def test_verb_daoda_is_not_part_of_the_place():
    found = ents("纵队到达柳封附近,稍事休整。")
    assert all(not t.startswith("达") for t, _ in found)


def test_name_ending_in_zhen_after_a_comma_is_not_a_town():
    found = ents("师长王国镇,副师长李光寨率部出发。")
    assert all(label != "GPE" for _, label in found)


def test_telegraph_code_inside_an_event_name():
    assert ("马日事变", "EVENT") in ents("1927年5月21日发生马日事变。")
