"""Classes found by auditing memoirs, county chronicles and martyr biographies (session 11, auditzh5;
pipeline/rules/memoir_forms_zh.py): sentences written for these tests; exact spans and values."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def ents(text: str, label: str) -> list[tuple[str, int, int]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"]) for e in record["entities"] if e["label"] == label]


def norms(text: str, label: str) -> dict[str, dict]:
    record = extract_text(text, "t", rules_only=True)
    return {text[e["start"]:e["end"]]: e["norm"] for e in record["entities"] if e["label"] == label}


def at(text: str, span: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return (span, start, start + len(span))


# ----------------------------------------------------------------------------------- dotted life dates

@pytest.mark.parametrize("text, first, second, values", [
    ("张德明(1912~1940.8) 河北省献县人。", "1912", "1940.8", ("1912", "1940-08")),
    ("刘玉山（1918.3—1947.11），山东省莱阳县人。", "1918.3", "1947.11", ("1918-03", "1947-11")),
    ("1942.10-1945.8任县长。", "1942.10", "1945.8", ("1942-10", "1945-08")),
    ("赵四海（1921.5至1948），湖北人。", "1921.5", "1948", ("1921-05", "1948")),
])
def test_dotted_life_dates_are_two_dates(text, first, second, values):
    dates = ents(text, "DATE")
    assert at(text, first) in dates and at(text, second, 1 if second == first else 0) in dates
    found = norms(text, "DATE")
    assert (found[first]["value"], found[second]["value"]) == values
    assert ents(text, "QUANTITY") == []


@pytest.mark.parametrize("text", [
    "伤亡率为12.5-13.6%。",           # no year
    "长1938.5米的堤坝。",               # one number, no range
    "1945.8~1938.2",                   # the later end before the earlier one
])
def test_dotted_numbers_without_a_span_of_years_are_no_dates(text):
    assert ents(text, "DATE") == []


# ----------------------------------------------------------------------------------- units before their posts

@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("1938年他任二支队政治委员。", "二支队", [2], "支队"),
    ("后调任六团政治处主任。", "六团", [6], "团"),
    ("他被提为三营教导员。", "三营", [3], "营"),
    ("此前任九连指导员。", "九连", [9], "连"),
    ("由四旅副旅长率领。", "四旅", [4], "旅"),
])
def test_bare_designation_before_its_post(text, span, numbers, echelon):
    assert at(text, span) in ents(text, "MIL_UNIT")
    assert norms(text, "MIL_UNIT")[span]["numbers"] == numbers
    assert norms(text, "MIL_UNIT")[span]["echelon"] == echelon


@pytest.mark.parametrize("text, span, numbers", [
    ("后调三军五师任参谋。", "三军五师", [3, 5]),
    ("他在一旅二团当排长。", "一旅二团", [1, 2]),
    ("战后编入四纵队十旅。", "四纵队十旅", [4, 10]),
])
def test_descending_chain_of_bare_designations(text, span, numbers):
    assert at(text, span) in ents(text, "MIL_UNIT")
    assert norms(text, "MIL_UNIT")[span]["numbers"] == numbers


def test_chain_joins_the_parent_of_another_finder():
    text = "教员是八路军胶东纵队一旅三团副团长王某。"
    assert at(text, "八路军胶东纵队一旅三团") in ents(text, "MIL_UNIT")


def test_longer_designation_of_the_units_finder_is_kept():
    text = "他当时是八路军129师6团2营5连副排长。"
    assert ents(text, "MIL_UNIT") == [at(text, "八路军129师6团2营5连")]


@pytest.mark.parametrize("text", [
    "共有三支队伍参加。",               # 支队伍: no post, no chain
    "他一连三天没有睡觉。",
    "远处燃起三团火光，两营房空着。",    # counts of things, no post, no chain
])
def test_no_unit_without_post_or_chain(text):
    assert ents(text, "MIL_UNIT") == []


def test_verb_of_office_stays_out_of_a_subdistrict():
    text = "后任冀南军区五分区司令员。"
    assert ents(text, "MIL_UNIT") == [at(text, "冀南军区五分区")]


# ----------------------------------------------------------------------------------- plenary sessions

@pytest.mark.parametrize("text, span", [
    ("会上传达了中共七届二中全会的精神。", "七届二中全会"),
    ("党的十一届三中全会以后，形势大变。", "十一届三中全会"),
])
def test_plenary_session_is_an_event(text, span):
    assert at(text, span) in ents(text, "EVENT")


# ----------------------------------------------------------------------------------- chronicle days, datelines

@pytest.mark.parametrize("text, span, value", [
    ("1944年3月2日，敌军进犯。当月17日，县大队反击。", "17日", "1944-03-17"),
    ("1946年5月，部队北撤。是月20日抵达河边。", "20日", "1946-05-20"),
])
def test_day_of_the_month_just_named_is_a_date(text, span, value):
    assert at(text, span) in ents(text, "DATE")
    assert norms(text, "DATE")[span]["value"] == value
    assert ents(text, "QUANTITY") == []


@pytest.mark.parametrize("text, span", [
    ("【本报太岳十二日电】我军收复两镇。", "十二日"),
    ("新华社临沂二十日电 解放军攻克一城。", "二十日"),
])
def test_dateline_day_is_a_date(text, span):
    assert at(text, span) in ents(text, "DATE")
    assert [q for q in ents(text, "QUANTITY") if q[0] == span] == []


# ----------------------------------------------------------------------------------- directly subordinate units

def test_directly_subordinate_battalion_with_its_parent():
    text = "鲁中军区直属三营连夜赶到。"
    assert ents(text, "MIL_UNIT") == [at(text, "鲁中军区直属三营")]
    assert ents(text, "QUANTITY") == []


def test_directly_subordinate_company_alone():
    text = "他调到直属二连当文书。"
    assert at(text, "直属二连") in ents(text, "MIL_UNIT")


def test_district_squad_written_short():
    text = "五区队在河滩伏击敌人。"
    assert at(text, "五区队") in ents(text, "MIL_UNIT")
    # before its post the numbered squad is read as 五大队长, 三团长 are (the unit, then the post)
    assert ents("五区队长姓王。", "MIL_UNIT") == [at("五区队长姓王。", "五区队")]


# ----------------------------------------------------------------------------------- villages after memoir verbs

@pytest.mark.parametrize("text, span", [
    ("游击队直奔宋格庄，敌人早已逃走。", "宋格庄"),
    ("武工队摧毁周疃据点。", "周疃"),
    ("日伪军血洗柳家峪村。", "柳家峪村"),
])
def test_village_after_a_verb_of_raiding(text, span):
    assert at(text, span) in ents(text, "GPE")


# ----------------------------------------------------------------------------------- appointed persons, biography leads

def test_names_appointed_to_local_posts():
    text = "由李明山任分队长,周士标任指导员,刘见山、方初任班长。"
    assert ents(text, "PERSON") == [at(text, "李明山"), at(text, "周士标"), at(text, "刘见山"), at(text, "方初")]
    assert ents(text, "LOC") == []


@pytest.mark.parametrize("text", ["会上决定由张家口任主任。", "他后来任分队长。", "在战斗中任队长。"])
def test_no_person_without_a_name_before_the_post(text):
    assert ents(text, "PERSON") == []


@pytest.mark.parametrize("text, span", [
    ("李同德,1926年出生,河北献县人。", "李同德"),            # 同德 is also a county
    ("他的战友们。\n赵定远(1913~1942) 安徽人。", "赵定远"),     # 定远 is also a county
])
def test_biography_lead_is_a_person(text, span):
    assert at(text, span) in ents(text, "PERSON")
    assert [g for g in ents(text, "GPE") if g[1] < text.index(span) + len(span) and g[2] > text.index(span)] == []


def test_verb_after_a_command_post_is_no_person():
    assert ents("一枪就把敌指挥官击毙。", "PERSON") == []


# ----------------------------------------------------------------------------------- feasts, chains with 纵 and 零

@pytest.mark.parametrize("text, span, value", [
    ("攻城战斗在1948年元旦打响。", "1948年元旦", "1948-01-01"),
    ("那时是1944年元月，我十七岁。", "1944年元月", "1944-01"),
    ("1949年春节前夕，部队南下。", "1949年春节", "1949"),
    ("1945年除夕夜，连队宿营。", "1945年除夕", "1945"),
    # session 23: a year in Chinese numerals or of an era, and the other feasts
    ("一九三九年春节第三天，他离家参军。", "一九三九年春节", "1939"),
    ("民国三十一年中秋节前夕，游击队进了城。", "民国三十一年中秋节", "1942"),
    ("民國二十七年元旦，城中張燈。", "民國二十七年元旦", "1938-01-01"),
    ("光绪十年端午，水师操演。", "光绪十年端午", "1884"),
    ("1943年清明节，乡亲们来扫墓。", "1943年清明节", "1943"),
    ("一九五一年重阳节那天，部队转移。", "一九五一年重阳节", "1951"),
])
def test_year_with_new_year_or_a_feast(text, span, value):
    assert at(text, span) in ents(text, "DATE")
    assert norms(text, "DATE")[span]["value"] == value


@pytest.mark.parametrize("text", ["当时政治清明，百姓安居。", "他每年春节都回乡。"])
def test_feast_without_a_year_is_no_date(text):
    assert ents(text, "DATE") == []


@pytest.mark.parametrize("text", ["这是真正月薪。", "公元月亮。"])
def test_yuan_without_a_year_is_no_month(text):
    assert ents(text, "DATE") == []


@pytest.mark.parametrize("text, span, numbers", [
    ("2纵5师连夜出发。", "2纵5师", [2, 5]),
    ("他被编入三十旅一零二团三营。", "三十旅一零二团三营", [30, 102, 3]),
])
def test_chains_with_column_short_form_and_digit_by_digit_numbers(text, span, numbers):
    assert ents(text, "MIL_UNIT") == [at(text, span)]
    assert norms(text, "MIL_UNIT")[span]["numbers"] == numbers


def test_named_army_before_a_chain_stays_with_it():
    text = "他调到新四军二师五旅当参谋。"
    assert ents(text, "MIL_UNIT") == [at(text, "新四军二师五旅")]


def test_aspect_mark_before_a_battle_is_outside_it():
    text = "他参加过孟庄战斗、长岭战斗。"
    assert at(text, "孟庄战斗") in ents(text, "EVENT")
