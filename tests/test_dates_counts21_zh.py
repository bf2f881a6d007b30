"""Session 21 (s21zhqty): era ranges after 到/至, Sui–Yuan era years, durations in years and months, listed clock
hours, counts (超, ranges with ~, classical counts, 有奇, 员名, 列, counties named by a count) and events named
by a month and a day (pipeline/rules/era_year_glosses.py, early_era_years_zh.py, year_durations_clock_hours_zh.py,
local_history_zh.py, quantities.py, measure_words.tsv, month_day_battle_names_zh.py). Sentences written for these tests;
exact spans, labels and values."""

from __future__ import annotations

from sentences import entities, norm_of, span_at, spans


# --- DATE: an era year after 到/至 is one year, not a range (the hyphen of a character class) -------------------

def test_era_year_after_dao_is_one_date():
    text = "该部一直驻守此地，直到民国三十六年三月才调走。"
    assert span_at(text, "民国三十六年三月", "DATE") in entities(text)
    assert norm_of(text, "民国三十六年三月")["value"] == "1947-03"
    assert "民国三" not in spans(text, "DATE")


def test_era_year_range_still_two_dates():
    text = "他于民国二十至二十二年间任县长。"
    assert span_at(text, "民国二十", "DATE") in entities(text)
    assert span_at(text, "二十二年", "DATE") in entities(text)


# --- DATE: Sui–Yuan era years and the Gregorian year glossing them ---------------------------------------------

def test_tang_era_year_with_gloss():
    text = "这座寺庙建于唐贞观四年(630)，后屡经重修。"
    assert span_at(text, "贞观四年", "DATE") in entities(text)
    assert norm_of(text, "贞观四年")["value"] == "630"
    assert span_at(text, "630", "DATE") in entities(text)
    assert not spans(text, "QUANTITY")


def test_song_era_year_with_month_and_gregorian_gloss_in_gongyuan():
    text = "宋熙宁三年五月(公元1070年)，知州始筑土城。"
    assert span_at(text, "熙宁三年五月", "DATE") in entities(text)
    assert norm_of(text, "熙宁三年五月")["value"] == "1070-05"
    text = "元至正十二年(公元1352年)，红巾军攻入县境。"
    assert span_at(text, "至正十二年", "DATE") in entities(text)
    assert span_at(text, "1352年", "DATE") in entities(text)


def test_era_name_that_is_a_place_is_not_read():
    text = "他在长安三年，结识了许多朋友。"
    assert "长安三年" not in spans(text, "DATE")


def test_gloss_the_era_year_does_not_give_is_left():
    text = "该县设于唐开元二年(650)。"
    assert span_at(text, "开元二年", "DATE") in entities(text)
    assert norm_of(text, "开元二年")["value"] == "714"
    assert "650" not in spans(text, "DATE")


# --- QUANTITY: durations in years and months ------------------------------------------------------------------

def test_years_before_history_are_a_duration():
    text = "这座古城已有600年历史，城墙保存完好。"
    assert span_at(text, "600年", "QUANTITY") in entities(text)
    assert norm_of(text, "600年") == {"value": 600, "unit": "年", "approx": None}
    assert "600年" not in spans(text, "DATE")


def test_years_since_with_approximators():
    text = "此碑立于清初，距今已300余年。"
    assert span_at(text, "300余年", "QUANTITY") in entities(text)
    assert norm_of(text, "300余年")["approx"] == "over"
    text = "此桥距今约六百年，仍可通行。"
    assert span_at(text, "约六百年", "QUANTITY") in entities(text)
    assert norm_of(text, "约六百年") == {"value": 600, "unit": "年", "approx": "about"}


def test_a_year_before_history_without_having_is_a_date():
    text = "1949年历史翻开了新的一页。"
    assert span_at(text, "1949年", "DATE") in entities(text)


def test_classical_li_months_is_a_duration_not_a_lunar_month():
    text = "知县督修城垣，历五月始竣。"
    assert span_at(text, "五月", "QUANTITY") in entities(text)
    assert norm_of(text, "五月")["value"] == 5
    text = "农历五月初五，乡民聚于河边。"
    assert "五月" not in spans(text, "QUANTITY")


# --- DATE: clock hours listed after a clock time ----------------------------------------------------------------

def test_listed_clock_hours_take_the_first_part_of_day():
    text = "1940年6月3日，敌机于下午1点、3点、5点三次来袭。"
    assert span_at(text, "3点", "DATE") in entities(text)
    assert norm_of(text, "3点")["value"] == "1940-06-03T15:00"
    assert norm_of(text, "5点")["value"] == "1940-06-03T17:00"
    assert span_at(text, "三次", "QUANTITY") in entities(text)
    assert "3" not in spans(text, "QUANTITY")


# --- QUANTITY: approximators, ranges, classical counts, units ---------------------------------------------------

def test_chao_before_digits_is_over():
    text = "此役伤亡超3000人，占全军超40%。"
    assert span_at(text, "超3000人", "QUANTITY") in entities(text)
    assert norm_of(text, "超40%") == {"value": 40, "unit": "%", "approx": "over"}
    text = "赶超60%的目标未能实现。"
    assert "赶超60%" not in spans(text, "QUANTITY")


def test_tilde_between_two_counts_is_no_approximator():
    text = "壕沟宽4米~6米，深约2米。"
    assert span_at(text, "4米", "QUANTITY") in entities(text)
    assert span_at(text, "6米", "QUANTITY") in entities(text)
    assert norm_of(text, "6米")["approx"] is None
    text = "参战者~3000人。"
    assert norm_of(text, "~3000人")["approx"] == "about"


def test_classical_counts_and_youqi():
    text = "贼首遣其党率千人来犯，官军募勇二千四百有奇，又得万二千人。"
    assert span_at(text, "千人", "QUANTITY") in entities(text)
    assert norm_of(text, "千人")["value"] == 1000
    assert norm_of(text, "二千四百有奇") == {"value": 2400, "unit": "", "approx": "over"}
    assert norm_of(text, "万二千人")["value"] == 12000
    text = "百姓四散，千方百计躲避，万一被捉便无活路。"
    assert not spans(text, "QUANTITY")


def test_yuanming_and_lie_units():
    text = "前后病故弁勇共三十二员名，另有装甲车两列。"
    assert norm_of(text, "三十二员名") == {"value": 32, "unit": "员名", "approx": None}
    assert span_at(text, "两列", "QUANTITY") in entities(text)
    text = "此事列入议程，一列火车驶过。"
    assert not spans(text, "QUANTITY")


def test_county_named_by_a_count_is_no_count():
    text = "敌机十架飞抵五台县城上空，随后轰炸五台。"
    assert "五台" not in spans(text, "QUANTITY")
    assert span_at(text, "十架", "QUANTITY") in entities(text)
    text = "工厂又买了五台，用于修械。"
    assert span_at(text, "五台", "QUANTITY") in entities(text)


# --- EVENT: month-day names --------------------------------------------------------------------------------------

def test_quoted_month_day_names_listed_before_one_head():
    text = "此后又有「五一二」、「五一五」炮戰，規模較小。"
    assert span_at(text, "五一二", "EVENT") in entities(text)
    assert span_at(text, "五一五", "EVENT") in entities(text)


def test_arabic_month_day_bombardment():
    text = "1956年的917炮战中，守军伤亡不大。"
    assert span_at(text, "917炮战", "EVENT") in entities(text)
    assert "917" not in spans(text, "QUANTITY")
    text = "米格15空战性能较好。"
    assert not spans(text, "EVENT")
    text = "1956年的935炮战"       # 9月35日 is no day
    assert "935炮战" not in spans(text, "EVENT")


def test_quoted_name_before_zhizhan():
    text = "“狼牙口”之战结束后，部队转入休整。"
    assert span_at(text, "狼牙口", "EVENT") in entities(text)
