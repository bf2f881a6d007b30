"""Session 22 (s22zhext): entity extents on real pages: dates written in pieces (pipeline/rules/date_piece_joins_zh.py),
a named force's land arm (career_forms_zh.py), names between a post and a rank (post_rank_names_zh.py), weapon-named
companies (unit_arm_tails_zh.py, unit_qualifier_runs_zh.py). Sentences written for these tests; exact spans, labels, values."""

from __future__ import annotations

from sentences import entities, norm_of, span_at, spans


# --- DATE: a day of the Republican or a reign calendar with its clock time -------------------------------------

def test_republican_day_keeps_its_clock_time():
    text = "民国二十八年五月三日下午一时左右，敌机二十七架飞临市区。"
    assert span_at(text, "民国二十八年五月三日下午一时左右", "DATE") in entities(text)
    assert norm_of(text, "民国二十八年五月三日下午一时左右") == {"value": "1939-05-03T13:00", "mod": "APPROX"}
    assert span_at(text, "二十七架", "QUANTITY") in entities(text)


def test_tens_written_nian_day_with_hour_and_xu():
    text = "民国卅年九月廿日晚八时许，该村遭敌焚掠。"
    assert span_at(text, "民国卅年九月廿日晚八时许", "DATE") in entities(text)
    assert norm_of(text, "民国卅年九月廿日晚八时许")["value"] == "1941-09-20T20:00"


def test_reign_day_with_clock_time():
    text = "光绪十年七月初三日午后二时，法舰突然开炮。"
    assert span_at(text, "光绪十年七月初三日午后二时", "DATE") in entities(text)


def test_unknown_word_before_year_stays_outside():
    text = "该团37年4月6日上午九时出发。"
    assert span_at(text, "37年4月6日上午九时", "DATE") in entities(text)
    assert not any(t.startswith("该团") for t in spans(text, "DATE"))


def test_day_without_clock_is_unchanged():
    text = "民国二十六年十月九日，县城失守。"
    assert span_at(text, "民国二十六年十月九日", "DATE") in entities(text)


# --- DATE: year、month、day in rosters -------------------------------------------------------------------------

def test_roster_dates_joined_by_enumeration_comma():
    text = "周某某少将，第88师副师长 1939、7、21江西某村\n吴某某中将，新9师师长 1942、3湖南某地"
    assert span_at(text, "1939、7、21", "DATE") in entities(text)
    assert norm_of(text, "1939、7、21")["value"] == "1939-07-21"
    assert span_at(text, "1942、3", "DATE") in entities(text)
    assert norm_of(text, "1942、3")["value"] == "1942-03"
    assert not any(t in ("7", "21", "3") for t in spans(text, "QUANTITY"))


def test_year_month_alone_needs_a_roster_day():
    text = "1942、3湖南某地"
    assert "1942、3" not in spans(text, "DATE")


def test_years_listed_and_counts_are_no_roster_date():
    text = "1937、1938年两年间，该县共征兵1940、5、16人不等。"
    assert not any("、" in t for t in spans(text, "DATE"))
    text2 = "分别有1941、6、12名伤员。"
    assert not any("、" in t for t in spans(text2, "DATE"))


# --- DATE: listed first days of a lunar month ------------------------------------------------------------------

def test_listed_first_days_and_their_count():
    text = "十月初一日，敌至城下。初五、初六两日，两军相持不下。"
    assert span_at(text, "初五", "DATE") in entities(text)
    assert span_at(text, "初六", "DATE") in entities(text)
    assert span_at(text, "两日", "QUANTITY") in entities(text)
    assert norm_of(text, "初六")["value"].endswith("-10-06")


def test_first_days_without_ri_are_no_dates():
    text = "初一、初二学生参加了活动。"
    assert spans(text, "DATE") == []


# --- MIL_UNIT: a named force's land arm -------------------------------------------------------------------------

def test_named_force_land_arm_is_one_unit():
    text = "巡抚遂令总兵某某率淮军陆师进扎城东。"
    assert span_at(text, "淮军陆师", "MIL_UNIT") in entities(text)


def test_land_arm_school_stays_an_org():
    text = "他早年入广东陆师学堂读书。"
    assert "广东陆师" not in spans(text, "MIL_UNIT")


# --- PERSON: the name between a post in 长 and a rank (post_rank_names_zh) ---------------------------------------

def test_post_long_is_no_surname():
    text = "联队长田边一夫大佐当即下令，小队长石桥三吉少尉率部突击。"
    assert span_at(text, "田边一夫", "PERSON") in entities(text)
    assert span_at(text, "石桥三吉", "PERSON") in entities(text)
    assert not any(t.startswith("长") for t in spans(text, "PERSON"))
    assert spans(text, "FAC") == []


def test_surname_chang_after_post_keeps_it():
    text = "中队长长谷部一郎大尉阵亡。"
    assert span_at(text, "长谷部一郎", "PERSON") in entities(text)


def test_copula_after_post_stays_outside():
    text = "该团团长系周某成上校，师团长为森田某三中将。"
    assert span_at(text, "周某成", "PERSON") in entities(text)
    assert span_at(text, "森田某三", "PERSON") in entities(text)
    assert not any(t[0] in "系为" for t in spans(text, "PERSON"))


def test_post_without_rank_proposes_nothing_new():
    text = "中队长田中君说道。"
    assert "长田中君" not in spans(text, "PERSON")


# --- MIL_UNIT: weapon-named companies (unit_arm_tails_zh, unit_qualifier_runs_zh) --------------------------------

def test_weapon_company_after_numbered_parent():
    text = "第四大队机关枪中队与步兵第二大队步兵炮小队随后跟进，第五团迫击炮连担任掩护。"
    assert span_at(text, "第四大队机关枪中队", "MIL_UNIT") in entities(text)
    assert span_at(text, "步兵第二大队步兵炮小队", "MIL_UNIT") in entities(text)
    assert span_at(text, "第五团迫击炮连", "MIL_UNIT") in entities(text)


def test_weapon_before_number_is_part_of_unit():
    text = "机关枪第三中队和迫击炮第二连守在村口。"
    assert span_at(text, "机关枪第三中队", "MIL_UNIT") in entities(text)
    assert span_at(text, "迫击炮第二连", "MIL_UNIT") in entities(text)


def test_weapon_counts_are_no_units():
    text = "该连有机枪六挺，迫击炮两门。"
    assert spans(text, "MIL_UNIT") == []


# --- MIL_UNIT: a qualifier before a bare list (qualified_unit_lists_zh) -------------------------------------------

def test_qualifier_before_bare_list_is_inside():
    text = "随即增调暂编十一、十二、十四师北上，整编三、七两旅随后跟进。"
    assert span_at(text, "暂编十一、十二、十四师", "MIL_UNIT") in entities(text)
    assert span_at(text, "整编三、七两旅", "MIL_UNIT") in entities(text)
    assert norm_of(text, "暂编十一、十二、十四师")["numbers"] == [11, 12, 14]
    assert norm_of(text, "暂编十一、十二、十四师")["prefix"] == "暂编"


def test_single_qualified_unit_unchanged():
    text = "敌整编六十九师被围。"
    assert span_at(text, "整编六十九师", "MIL_UNIT") in entities(text)


# --- QUANTITY: paired counts of formations (paired_formation_counts_zh) ------------------------------------------

def test_establishment_pairs_are_two_counts():
    text = "当时每军3师9团，后来各师改为两旅四团编制。"
    for surface in ("3师", "9团", "两旅", "四团"):
        assert span_at(text, surface, "QUANTITY") in entities(text)
    assert norm_of(text, "四团") == {"value": 4, "unit": "团", "approx": None}
    assert spans(text, "MIL_UNIT") == []


def test_descending_designations_stay_units():
    text = "三军五师奉命出击。"
    assert span_at(text, "三军五师", "MIL_UNIT") in entities(text)
    assert spans(text, "QUANTITY") == []


# --- DATE: two parts of a month, a pair of seasons (date_piece_joins_zh) ------------------------------------------

def test_two_parts_of_a_month_are_one_date():
    text = "1944年3月中下旬，两军在河谷对峙；同年5月上中旬又战。"
    assert span_at(text, "1944年3月中下旬", "DATE") in entities(text)
    assert span_at(text, "5月上中旬", "DATE") in entities(text)
    assert norm_of(text, "1944年3月中下旬")["value"].startswith("1944-03")


def test_pair_of_seasons_is_one_date_and_no_name():
    text = "1943年春夏之交，敌军增兵；民国二十七年秋冬之际，县城失守。"
    assert span_at(text, "1943年春夏之交", "DATE") in entities(text)
    assert span_at(text, "民国二十七年秋冬之际", "DATE") in entities(text)
    assert spans(text, "PERSON") == []


def test_seasons_without_year_untagged():
    text = "春夏两季雨水多。"
    assert spans(text, "DATE") == []


def test_task_named_company_after_numbered_parent():
    text = "拂晓，第12师侦察营和163团尖刀连首先突破。"
    assert span_at(text, "第12师侦察营", "MIL_UNIT") in entities(text)
    assert span_at(text, "163团尖刀连", "MIL_UNIT") in entities(text)


def test_task_tail_keeps_the_longer_chain_and_skips_same_size():
    text = "第27军81师警卫连奉命出发，第5营突击营随后。"
    assert span_at(text, "第27军81师警卫连", "MIL_UNIT") in entities(text)
    assert "第5营突击营" not in spans(text, "MIL_UNIT")
    text2 = "该师侦察连摸到村口。"
    assert spans(text2, "MIL_UNIT") == []


# --- QUANTITY: nights counted after a verb of fighting (night_durations_zh) --------------------------------------

def test_nights_after_fighting_are_durations():
    text = "双方在河滩上激战一夜，经过两夜急行军后又坚守了三夜。"
    for surface in ("一夜", "两夜", "三夜"):
        assert span_at(text, surface, "QUANTITY") in entities(text)
    assert norm_of(text, "两夜") == {"value": 2, "unit": "夜", "approx": None}


def test_overnight_idiom_and_relative_nights_untagged():
    text = "一夜之间，城头换了旗帜；当夜敌人撤走。"
    assert spans(text, "QUANTITY") == []
