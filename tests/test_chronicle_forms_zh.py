"""Classes found auditing county chronicles, 大事记, 文史资料 and wartime newspaper reports (session 13, auditzh13;
pipeline/rules/chronicle_forms_zh.py and the guards it feeds): sentences written for these tests; exact spans,
labels and values, and a negative case per class."""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str, label: str | None = None) -> list[tuple[str, int, int, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"], e["label"]) for e in record["entities"]
            if label is None or e["label"] == label]


def norms(text: str, label: str) -> dict[str, dict]:
    record = extract_text(text, "t", rules_only=True)
    return {text[e["start"]:e["end"]]: e["norm"] for e in record["entities"] if e["label"] == label}


def at(text: str, span: str, label: str, nth: int = 0) -> tuple[str, int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return (span, start, start + len(span), label)


# ----------------------------------------------------------------------------------- PDF line breaks

def test_a_number_on_its_own_line_joins_its_date_word():
    text = "1938\n年春，日军占领县城。次年3\n月12\n日，游击队袭击车站。"
    dates = ents(text, "DATE")
    assert at(text, "1938\n年春", "DATE") in dates
    assert at(text, "3\n月12\n日", "DATE") in dates
    assert norms(text, "DATE")["3\n月12\n日"]["value"] == "1939-03-12"


def test_a_clock_hour_broken_before_its_hour_word():
    text = "1942年5月3日下午15\n时，敌人撤出镇子。"
    assert norms(text, "DATE")["1942年5月3日下午15\n时"]["value"] == "1942-05-03T15:00"


def test_a_number_line_before_a_name_stays_a_row():
    # a table's row ends in its number; the next line opens with a name, no date word: no join
    text = "张村 300\n李庄 200"
    assert ents(text, "DATE") == []


def test_a_deeply_indented_pdf_block_joins_a_name_broken_at_the_line_end():
    pad = " " * 30
    text = f"{pad}一九四七年五月，当时的区委书记是刘\n{pad}振山，区长是孙德\n{pad}胜，他们都牺牲了。我们坚持在五区斗争了两年多。"
    persons = ents(text, "PERSON")
    assert at(text, f"刘\n{pad}振山", "PERSON") in persons
    assert at(text, f"孙德\n{pad}胜", "PERSON") in persons


# ----------------------------------------------------------------------------------- lost 日, 月中

def test_a_month_day_whose_day_word_was_lost_at_the_line_end():
    text = "1940年日军于6\n月18\n\n进占该镇,7\n月2\n\n又向西进犯。"
    found = norms(text, "DATE")
    assert found["6\n月18"]["value"] == "1940-06-18"
    assert found["7\n月2"]["value"] == "1940-07-02"


def test_a_month_day_without_line_break_is_not_read_as_a_date():
    text = "1940年6月18人参加了战斗。"
    assert "6月18" not in norms(text, "DATE")


def test_the_middle_of_a_month():
    text = "1946年，十月中我军连克三镇。11月中，敌军南撤。"
    found = norms(text, "DATE")
    assert found["十月中"] == {"value": "1946-10", "mod": "MID"}
    assert found["11月中"] == {"value": "1946-11", "mod": "MID"}


def test_month_before_zhonggong_is_the_month_alone():
    text = "1946年十月中共中央发出指示。"
    assert norms(text, "DATE") == {"1946年十月": {"value": "1946-10"}}


# ----------------------------------------------------------------------------------- 廿 / 卅 years of the Republic

def test_republican_years_written_with_nian_and_sa():
    text = "民國十九年三月到任，廿一年二月底離開，廿三年秋調省，卅年五月十日病故。"
    found = norms(text, "DATE")
    assert found["廿一年二月底"] == {"value": "1932-02", "mod": "END"}
    assert found["廿三年秋"] == {"value": "1934-FA"}
    assert found["卅年五月十日"] == {"value": "1941-05-10"}


def test_nian_years_without_the_era_or_as_durations_are_no_dates():
    assert "廿二年" not in norms("他在此地住了廿二年。", "DATE")
    assert "廿年" not in norms("民國二十年到任，廿年來未曾離開。", "DATE")


# ----------------------------------------------------------------------------------- garrison units

def test_a_regions_garrison_brigade_is_one_unit():
    text = "1948年，山东警备六旅、七旅开赴前线。"
    units = ents(text, "MIL_UNIT")
    assert at(text, "山东警备六旅", "MIL_UNIT") in units
    assert at(text, "七旅", "MIL_UNIT") in units
    assert norms(text, "MIL_UNIT")["山东警备六旅"]["numbers"] == [6]


def test_a_qualified_bare_designation_keeps_its_qualifier():
    text = "张明任警备三旅旅长。整十二师和八十一师北犯。"
    units = ents(text, "MIL_UNIT")
    assert at(text, "警备三旅", "MIL_UNIT") in units
    assert at(text, "整十二师", "MIL_UNIT") in units


def test_garrison_words_without_a_number_are_no_unit():
    assert ents("山东警备区的警备部队开赴前线。", "MIL_UNIT") == [("山东警备区", 0, 5, "MIL_UNIT")]


# ----------------------------------------------------------------------------------- local forces

def test_a_places_armed_work_team_is_a_unit():
    text = "1947年，沭阳武工队在城南活动。"
    assert at(text, "沭阳武工队", "MIL_UNIT") in ents(text, "MIL_UNIT")


def test_a_verb_glued_to_the_work_team_is_no_county():
    # 组成|武工队: 成武 (a county) straddles the seam of two words
    assert ents("县委挑选骨干组成武工队。", "GPE") == []


def test_an_adverb_before_the_county_troops_is_no_county():
    text = "主力北撤后，单靠县大队坚持斗争。由宿迁县大队配合。"
    units = ents(text, "MIL_UNIT")
    assert at(text, "宿迁县大队", "MIL_UNIT") in units
    assert not any(u[0].startswith("单靠") for u in units)


# ----------------------------------------------------------------------------------- false places and persons

def test_an_unnamed_village_is_no_place():
    assert ents("敌人封锁某村后，某庄的民兵赶来。", "GPE") == []


def test_serving_as_county_head_is_no_county():
    assert ents("他任县长三年，代县长一年。", "GPE") == []
    text = "任县县长到任。"
    assert at(text, "任县", "GPE") in ents(text, "GPE")


def test_farm_work_after_the_masses_is_no_name():
    assert ents("民兵保卫群众秋收种麦。", "PERSON") == []


def test_an_association_after_a_listed_official_is_no_name():
    text = "区长王德胜，武委会主任李长河，都来了。"
    persons = ents(text, "PERSON")
    assert at(text, "王德胜", "PERSON") in persons
    assert not any(p[0].startswith("武委") for p in persons)


def test_a_counted_squad_ends_before_its_genitive():
    text = "1947年春又组建了两个班的区小队。"
    counts = ents(text, "QUANTITY")
    assert not any("区小队" in c[0] for c in counts)


# ----------------------------------------------------------------------------------- second batch (大事记, 回憶錄)

def test_the_era_before_a_sa_year_is_inside_the_date():
    text = "民國卅二年三月，我到重慶。"
    assert norms(text, "DATE") == {"民國卅二年三月": {"value": "1943-03"}}


def test_the_variant_shan_of_shaanxi_is_read():
    text = "他到陜甘寧邊區工作，後任陜甘寧邊區政府秘書。"
    assert at(text, "陜甘寧邊區", "LOC") in ents(text, "LOC")
    assert at(text, "陜甘寧邊區政府", "ORG") in ents(text, "ORG")


def test_a_soldiers_kit_after_a_name_is_no_force():
    text = "大隊長山田中佐騎馬前來，山田軍刀出鞘。"
    assert ents(text, "MIL_UNIT") == []


def test_a_post_and_a_name_make_no_county_and_village():
    # 团长|武X ⊃ 长武 (a county): no county there, so no village after it
    text = "五四二团团长武德魁，派一个排向县城挺进。"
    assert ents(text, "GPE") == []


def test_a_verb_and_its_object_after_a_unit_are_no_name():
    text = "人民解放军六十一军一八一师解放南部县城。"
    assert ents(text, "PERSON") == []
    assert at(text, "南部县城", "GPE") in ents(text, "GPE")


def test_a_regions_mountain_area_is_no_city_district():
    text = "中共地委机关常驻桐西山区，书记张伟群。"
    assert not any(g[0] == "西山区" for g in ents(text, "GPE"))


def test_a_familys_bay_is_a_village():
    text = "县委迁至唐家湾，舰队驶入大连湾。"
    assert at(text, "唐家湾", "GPE") in ents(text)
    assert at(text, "大连湾", "LOC") in ents(text)


def test_a_page_number_between_dots_is_no_count():
    text = "加紧反共活动。\n·31·\n春，整理户籍。\n— 32 —\n是役毙敌\n120人。"
    counts = ents(text, "QUANTITY")
    assert counts == [("120人", text.index("120人"), text.index("120人") + 4, "QUANTITY")]


def test_the_districts_a_county_creates_and_counts():
    text = "1950年，增设甲河、石关、柳溪3个区，全县共辖7个区。"
    gpes = ents(text, "GPE")
    assert [g[0] for g in gpes] == ["甲河", "石关", "柳溪"]
    assert at(text, "3个", "QUANTITY") in ents(text, "QUANTITY")


def test_a_count_of_districts_without_a_list_names_none():
    assert ents("全县共辖7个区，128个行政村。", "GPE") == []


def test_an_occupation_committee_named_by_its_place():
    text = "我混入柳亭维持会担任录事。日军成立宛平县治安维持会。"
    orgs = ents(text, "ORG")
    assert at(text, "柳亭维持会", "ORG") in orgs
    assert at(text, "宛平县治安维持会", "ORG") in orgs
    assert ents(text, "PERSON") == []


def test_a_committee_without_a_place_is_no_org():
    assert ents("各地纷纷成立维持会，汉奸组织的维持会很多。", "ORG") == []


def test_a_cause_army_with_its_bare_sub_unit_is_one_span():
    text = "1947年1月，皖南人民自卫军二大队在河口设伏。"
    assert at(text, "皖南人民自卫军二大队", "MIL_UNIT") in ents(text, "MIL_UNIT")


def test_a_recruiting_district_named_by_two_counties():
    text = "击毙国民党桐怀师管区中将司令张某。"
    units = ents(text, "MIL_UNIT")
    assert at(text, "桐怀师管区", "MIL_UNIT") in units
    assert ents("这个师管区很大。", "MIL_UNIT") == []


# ----------------------------------------------------------------------------------- third batch (剿匪, 1911-1927)

def test_a_year_and_month_whose_nian_was_lost():
    text = "从194811月至19513月，共毙匪79人。"
    found = norms(text, "DATE")
    assert found == {"194811月": {"value": "1948-11"}, "19513月": {"value": "1951-03"}}
    assert at(text, "79人", "QUANTITY") in ents(text, "QUANTITY")


def test_a_long_number_before_a_month_word_only_when_a_year_fits():
    assert norms("编号123456月报表", "DATE") == {}


def test_unity_is_no_money():
    text = "实行党政军一元化领导，每人捐款一元。"
    assert ents(text, "QUANTITY") == [at(text, "一元", "QUANTITY", 1)]


def test_the_allied_pacification_army_is_a_named_force():
    text = "湘西靖国联军司令田某被害。"
    assert at(text, "靖国联军", "MIL_UNIT") in ents(text, "MIL_UNIT")


def test_a_conjunction_before_the_county_police_is_no_county():
    text = "公安局长率两个班和县公安队坚守。和县县城失守。"
    gpes = ents(text, "GPE")
    assert not any(g[1] == text.index("和县公安") for g in gpes)
    assert at(text, "和县县城", "GPE") in gpes


def test_a_great_sweep_is_no_dynasty():
    text = "两次开展大清查。大清帝国灭亡。"
    assert ents(text, "GPE") == [at(text, "大清帝国", "GPE")]   # the state with 帝国 is one GPE (s30zhgeo)


def test_a_verb_of_ruling_before_the_county_is_no_county():
    assert ents("“判县赔款三千元。", "GPE") == []


# ----------------------------------------------------------------------------------- villages by their context

def test_villages_after_infiltration_a_station_side_and_before_their_fall():
    text = "三连插入刘村，切断退路。部队冲进赵村。他们隐蔽在车站北侧的马庄。继张王庄失陷后，敌军南进。"
    gpes = ents(text, "GPE")
    assert at(text, "刘村", "GPE") in gpes and at(text, "赵村", "GPE") in gpes
    assert at(text, "马庄", "GPE") in gpes
    assert at(text, "张王庄", "GPE") in gpes


def test_no_village_after_an_ordinary_word_before_de():
    # 北侧的 after no place: the village reading needs a place or a station before the bearing
    assert ents("大家坐在房子北侧的树下。", "GPE") == []


# ----------------------------------------------------------------------------------- fourth batch (苏区, 1930-1935)

def test_serving_as_a_post_is_no_name():
    text = "县苏维埃主席邱某贵任司令员，县委书记汪林生任政委。"
    persons = [p[0] for p in ents(text, "PERSON")]
    assert "汪林生" in persons and not any(p.startswith("任") for p in persons)


def test_a_soviet_province_named_by_its_provinces():
    text = "闽赣省是土地革命时期建立的，后又成立粤赣省。江苏省不变。"
    gpes = ents(text, "GPE")
    assert at(text, "闽赣省", "GPE") in gpes and at(text, "粤赣省", "GPE") in gpes


def test_no_soviet_province_inside_a_word():
    assert ents("这是一个全新的湘省问题。", "GPE") == []


def test_both_ends_of_a_range_of_years_and_months_whose_nian_was_lost():
    text = "历时二年多(19326-19348月)。"
    assert norms(text, "DATE") == {"19326": {"value": "1932-06"}, "19348月": {"value": "1934-08"}}


# ----------------------------------------------------------------------------------- old printed forms, 浣, 分驻所

def test_old_printed_forms_are_read_as_their_simplified_characters():
    text = "民國廿六年，靑年隊在淸河鎮與敵戰鬪。"
    assert norms(text, "DATE") == {"民國廿六年": {"value": "1937"}}
    gpes = ents(text, "GPE")
    assert at(text, "淸河鎮", "GPE") in gpes


def test_the_classical_thirds_of_a_month():
    text = "1938年3月下浣，日军来犯；4月上浣撤走。"
    found = norms(text, "DATE")
    assert found["1938年3月下浣"] == {"value": "1938-03", "mod": "END"}
    assert found["4月上浣"] == {"value": "1938-04", "mod": "START"}


def test_a_police_posts_officer_is_no_village():
    assert ents("他被派往东城分驻所巡官，时日方尚在。", "GPE") == []
