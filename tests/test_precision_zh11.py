"""False-positive classes of a precision audit on fresh Chinese pages (zh11, session 7): place names read
out of other words (idioms, two words' seam, a reign title before 年间, an abbreviation ending a verb),
villages and counties of jieba's nr list read as persons, a direction after a village or island, a
preposition or the end of a previous name read into an unfamiliar landform, a lunar day cut off its month,
a particle or a count read into a battle's name, a temperature below zero read as a bare number.

Every sentence is written for this file with invented names and numbers; tests assert exact spans
(start, end, label), that the false reading is absent, and exact normalised values.
"""

from __future__ import annotations

from pipeline import extract_text


def spans(text: str) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["label"]) for e in extract_text(text, "t", rules_only=True)["entities"]}


def at(text: str, span: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return (start, start + len(span), label)


def norm_of(text: str, span: str) -> dict:
    for e in extract_text(text, "t", rules_only=True)["entities"]:
        if e["text"] == span:
            return e["norm"]
    raise AssertionError(span)


def covered(text: str, span: str) -> bool:
    """Some entity overlaps `span`'s first occurrence."""
    s = text.index(span)
    return any(a < s + len(span) and s < b for a, b, _ in spans(text))


# --- places read out of other words ------------------------------------------------------------------

def test_place_inside_an_idiom_is_no_place():
    text = "第八团一马当先，冲上了东山。"
    assert not covered(text, "马当")


def test_place_across_two_words_is_no_place():
    text = "部队进入渭北平原，又向北平进发。"
    found = spans(text)
    assert at(text, "北平", "GPE", 0) not in found          # 渭北|平原
    assert at(text, "北平", "GPE", 1) in found


def test_reign_title_before_nianjian_is_no_county():
    text = "咸丰年间他投军，后调往咸丰县。"
    found = spans(text)
    assert not any(s == 0 for s, _, _ in found)
    assert any(s == text.index("咸丰县") for s, _, _ in found)


def test_abbreviation_ending_a_verb_is_no_region():
    text = "在敌机不停的侦察中，我军转入鲁中。"
    found = spans(text)
    assert at(text, "察中", "LOC") not in found
    assert at(text, "鲁中", "LOC") in found


# --- places read as persons ------------------------------------------------------------------------

def test_county_with_suffix_is_no_person():
    text = "敌军攻入荣成县城，守军撤走。"
    found = spans(text)
    assert not any(label == "PERSON" for _, _, label in found)


def test_village_before_a_direction_is_no_person_at_any_mention():
    text = "先头团进到柳潭里以北，后续部队也到了柳潭里。"
    found = spans(text)
    assert not any(label == "PERSON" for _, _, label in found)


def test_dictionary_person_ending_like_a_village_stays_a_person():
    text = "余秋里率部北上。"
    assert at(text, "余秋里", "PERSON") in spans(text)


# --- directions -----------------------------------------------------------------------------------

def test_direction_after_an_island_or_village_is_no_region():
    text = "港口外有甲岛，东南有乙岛；三营进到马家庄西南。"
    found = spans(text)
    assert at(text, "东南", "LOC") not in found
    assert at(text, "西南", "LOC") not in found


def test_region_direction_still_found():
    text = "日军进犯西南，重庆震动。"
    assert at(text, "西南", "LOC") in spans(text)


# --- left edges of unfamiliar places ---------------------------------------------------------------

def test_verb_before_a_strait_is_outside():
    text = "半岛北隔渤海海峡与对岸相望。"
    found = spans(text)
    assert at(text, "渤海海峡", "LOC") in found
    assert at(text, "隔渤海海峡", "LOC") not in found


def test_bay_before_an_island_closes_the_bay():
    text = "日军在荣成湾石鸡岛登陆。"
    found = spans(text)
    assert at(text, "湾石鸡岛", "LOC") not in found
    assert at(text, "石鸡岛", "LOC") in found


def test_distance_preposition_is_outside_a_village():
    text = "医院设在离韩家塬不远的山沟里。"
    assert at(text, "离韩家塬", "LOC") not in spans(text)


# --- dates, events, quantities ---------------------------------------------------------------------

def test_lunar_day_without_ri_stays_with_its_month():
    text = "1921年正月初五，全团出发。"
    assert at(text, "1921年正月初五", "DATE") in spans(text)
    assert norm_of(text, "1921年正月初五") == {"value": "1921-01-05"}


def test_beginning_of_month_still_a_part():
    text = "1921年3月初，全团出发。"
    assert norm_of(text, "1921年3月初") == {"value": "1921-03", "mod": "START"}


def test_particle_or_count_is_no_battle_name():
    text = "这是该部进行的一次歼灭战。三团参加了甲城保卫战。"
    found = spans(text)
    assert not any(label == "EVENT" and s < text.index("。") for s, _, label in found)
    assert at(text, "甲城保卫战", "EVENT") in found


def test_temperature_below_zero_is_one_quantity():
    text = "当夜气温降到摄氏零下三十二度，山上更冷。"
    assert at(text, "零下三十二度", "QUANTITY") in spans(text)
    assert norm_of(text, "零下三十二度") == {"value": -32, "unit": "度", "approx": None}


def test_count_after_each_is_a_quantity_not_a_battalion():
    text = "甲、乙两军各3营驻守南北两岸，第5营为预备队。"
    found = spans(text)
    assert at(text, "3营", "QUANTITY") in found
    assert at(text, "3营", "MIL_UNIT") not in found
    assert at(text, "第5营", "MIL_UNIT") in found
    assert norm_of(text, "3营") == {"value": 3, "unit": "营", "approx": None}


def test_season_describing_weather_or_things_is_no_date():
    text = "1938年10月，初冬的寒风吹过河谷，士兵仍穿着夏季服装；入冬，部队转移。"
    found = spans(text)
    assert not any(label == "DATE" and text[s:e] in ("初冬", "夏季") for s, e, label in found)
    assert at(text, "1938年10月", "DATE") in found


def test_season_as_a_time_still_a_date():
    text = "1938年4月部队北上，秋季，又移防河谷。"
    assert at(text, "秋季", "DATE") in spans(text)
    assert norm_of(text, "秋季") == {"value": "1938-FA"}


def test_quoted_warships_named_after_counties_are_no_places():
    text = "敌舰合击，“安远”中雷后搁浅，“平宁”、“靖川”等相继沉没。守军死守“兰州”。"
    found = spans(text)
    assert not any(label in ("GPE", "LOC") and s < text.index("守军") for s, _, label in found)


def test_county_named_after_a_sea_takes_its_suffix():
    text = "他生于南海县，少年时常到南海边捕鱼。"
    found = spans(text)
    assert at(text, "南海县", "GPE") in found
    assert at(text, "南海", "LOC", 1) in found


def test_counted_common_noun_and_faction_are_no_places():
    text = "港湾有两个海口；清流派上书反对，海口派兵增援。"
    found = spans(text)
    assert not any(s == text.index("海口") for s, _, _ in found)
    assert not any(s == text.index("清流") for s, _, _ in found)
    assert at(text, "海口", "GPE", 1) in found


def test_life_span_with_horizontal_bar_gives_two_dates():
    text = "总兵李成栋(1790―1842)守东门。"
    found = spans(text)
    assert at(text, "1790", "DATE") in found and at(text, "1842", "DATE") in found
    assert at(text, "1790", "QUANTITY") not in found


def test_estuary_is_no_city():
    text = "甲江入海口两侧各有一山。"
    assert not covered(text, "海口")


def test_verb_before_a_known_archipelago_is_outside():
    text = "敌舰十艘结集舟山群岛一带。"
    found = spans(text)
    assert at(text, "舟山群岛", "LOC") in found
    assert at(text, "结集舟山群岛", "LOC") not in found


def test_cover_verb_is_no_purpose_army():
    text = "两艘炮艇掩护陆军登岸。"
    assert not any(label == "MIL_UNIT" for _, _, label in spans(text))


def test_lian_cheng_is_no_company():
    text = "战后东西两个根据地连成一片。"
    found = spans(text)
    assert at(text, "两个", "QUANTITY") in found
    assert not any(label == "QUANTITY" and e > text.index("连") for s, e, label in found)


def test_verb_after_a_qing_official_is_outside_his_name():
    text = "城破，钦差大臣甲乙自尽，提督丙丁戊逃跑。"
    found = spans(text)
    assert at(text, "甲乙", "PERSON") in found
    assert at(text, "甲乙自尽", "PERSON") not in found
