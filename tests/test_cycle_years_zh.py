"""Session 20 (s20zhqty): cycle-named years, lunar month names, 众 as a count of people, a preposition that opens
a word (pipeline/rules/cycle_years_zh.py, normalize/dates.py CN_MONTH and LUNAR_MARKERS, measure_words.tsv,
org_event_heads_zh._risings). Sentences written for these tests; exact spans, labels and values."""

from __future__ import annotations

from sentences import entities, norm_of, spans


def _span(text: str, surface: str, label: str) -> tuple[int, int, str, str]:
    start = text.index(surface)
    return (start, start + len(surface), label, surface)


# --- DATE: a year named by the sexagenary cycle without a reign era (guidelines: DATE is an explicit calendar
# year; docs: `光绪甲午年` is a DATE of that year) ---------------------------------------------------------------

def test_cycle_year_glossing_a_year_takes_that_year():
    text = "1898年(清光绪二十四年,戊戌年)变法失败。"
    assert _span(text, "戊戌年", "DATE") in entities(text)
    assert norm_of(text, "戊戌年")["value"] == "1898"


def test_cycle_year_with_month_and_day_is_one_date():
    text = "据1901年的记载,庚子年七月二十日,洋兵入城。"
    assert _span(text, "庚子年七月二十日", "DATE") in entities(text)
    assert norm_of(text, "庚子年七月二十日")["value"] == "1900-07-20"


def test_cycle_year_without_any_year_in_the_text_reads_the_late_qing_cycle():
    text = "辛丑年春,和约签订。"
    assert "辛丑年春" in spans(text, "DATE")     # the season belongs to its year, as in 1944年春 (session 29)
    assert norm_of(text, "辛丑年春")["value"] == "1901-SP"


def test_lunar_month_of_a_cycle_year_after_nongli_is_the_next_gregorian_month():
    text = "1951年冬,时值农历庚寅年腊月,部队过江。"
    assert _span(text, "庚寅年腊月", "DATE") in entities(text)
    assert norm_of(text, "庚寅年腊月")["value"] == "1951-01"


def test_reign_era_before_the_cycle_name_stays_one_date():
    text = "光绪丙申年,修城墙。"
    assert _span(text, "光绪丙申年", "DATE") in entities(text)


def test_invalid_pairs_and_runs_of_cycle_characters_are_no_year():
    assert spans("甲丑年间无此说。", "DATE") == []          # stem and branch of different parity
    assert "甲午年" not in spans("甲午战争后,朝野震动。", "DATE")


# --- DATE: lunar month names (正月 after 古历/农历, 冬月 with a day) ----------------------------------------------

def test_first_lunar_month_after_a_calendar_word_is_a_date_not_a_duration():
    text = "古历正月初十日,匪众进村。"
    assert _span(text, "正月初十日", "DATE") in entities(text)
    assert "初十日" not in spans(text, "QUANTITY")


def test_named_month_before_a_numbered_day():
    text = "冬月二十日夜,敌偷渡。"
    assert _span(text, "冬月二十日夜", "DATE") in entities(text)
    assert norm_of(text, "冬月二十日夜")["value"].endswith("-11-20TNI")
    assert "二十日" not in spans(text, "QUANTITY")


def test_winter_month_without_a_day_is_no_date():
    assert spans("入冬月余,部队整训。", "DATE") == []


# --- QUANTITY: 众 counts people like 人 (guideline 9: the measure word belongs to the span) ------------------------

def test_zhong_after_a_count_belongs_to_it():
    text = "义军七千余众围城。"
    assert _span(text, "七千余众", "QUANTITY") in entities(text)
    assert norm_of(text, "七千余众") == {"value": 7000, "unit": "众", "approx": "over"}


def test_zhong_opening_another_word_is_not_the_unit():
    assert "三千众" not in spans("城中三千众多百姓逃散。", "QUANTITY")
    assert spans("千众一心,共守此城。", "QUANTITY") == []


# --- EVENT: a preposition character that opens a word with the next one is none ------------------------------

def test_ziwei_rising_is_not_cut_after_zi():
    found = entities("自卫团暴动失败后,县城戒严。")
    assert not any(lab == "EVENT" and t == "卫团暴动" for _, _, lab, t in found)


def test_preposition_before_a_place_rising_still_stripped():
    text = "自宜昌起义后,各县响应。"
    assert _span(text, "宜昌起义", "EVENT") in entities(text)


def test_named_lunar_month_with_a_day_without_ri_is_one_date():
    # docs: a lunar month and day is one DATE, its day without 日 (农历七月十八); 正月/冬月/腊月 are lunar by name
    text = "腊月二十六,民兵伏击敌人。"
    assert _span(text, "腊月二十六", "DATE") in entities(text)
    assert norm_of(text, "腊月二十六")["value"].endswith("-12")


def test_named_lunar_month_before_a_count_keeps_the_count():
    text = "正月里杀了二十三个人。"
    assert "正月二十三" not in spans(text, "DATE")
    text = "腊月二十三个村子遭劫。"
    assert spans(text, "DATE") == ["腊月"]
