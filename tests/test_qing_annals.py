"""Forms of late-Qing annals and memorials (pipeline/rules/qing_annals_zh.py; the stationing verbs after a Qing post's
name in officer_foreign_names_zh; head counts before 屯 in quantities): sentences written for these tests, exact spans,
labels and values."""

from __future__ import annotations

from sentences import entities, norm_of


def _value(text: str, surface: str) -> str:
    return norm_of(text, surface)["value"]


# ------------------------------------------------------------------ given names after the full name


def test_given_name_after_the_full_name_opens_a_clause():
    text = "左宗棠率军入浙。宗棠以为衢州孤悬，不可久守。"
    found = entities(text)
    assert (0, 3, "PERSON", "左宗棠") in found
    assert (8, 10, "PERSON", "宗棠") in found


def test_given_name_before_the_full_name_after_a_kinship_word():
    text = "李鸿章之弟鹤章随营。其弟鹤章率亲兵五百人，李鹤章后授道员。"
    found = entities(text)
    assert (12, 14, "PERSON", "鹤章") in found


def test_given_name_that_is_a_word_is_not_read():
    text = "王建国到任。建国以来，城中无事。"
    assert not [e for e in entities(text) if e[3] == "建国"]


def test_given_name_inside_a_word_is_not_read():
    text = "左宗棠入浙。城外宗棠树下无人。"
    assert not [e for e in entities(text) if e[0] == 8]


# ------------------------------------------------------------------ season and leap month, bare reign years


def test_season_between_year_and_month_is_one_date():
    text = "咸丰七年冬十月，贼复陷城。"
    found = entities(text)
    assert (0, 7, "DATE", "咸丰七年冬十月") in found
    assert _value(text, "咸丰七年冬十月") == "1857-10"


def test_season_before_month_at_a_clause_start():
    text = "同治二年，官军合围。春三月初五日，贼出城。"
    assert (10, 16, "DATE", "春三月初五日") in entities(text)
    assert _value(text, "春三月初五日") == "1863-03-05"


def test_leap_month_without_its_era():
    text = "闰五月，贼复来攻。"
    assert (0, 3, "DATE", "闰五月") in entities(text)
    assert _value(text, "闰五月").endswith("-05")


def test_season_inside_a_word_is_not_a_date_prefix():
    text = "时已深秋八月，城中乏粮。"
    assert (4, 6, "DATE", "八月") in entities(text)


def test_bare_reign_year_takes_the_era_named_before():
    text = "同治元年，鲍超屯宁国。二年三月，贼围之。"
    found = entities(text)
    assert (11, 15, "DATE", "二年三月") in found
    assert _value(text, "二年三月") == "1863-03"


def test_bare_year_after_a_word_is_no_date():
    text = "围城三年二月而不下。"
    assert not [e for e in entities(text) if e[2] == "DATE" and e[3].startswith("三年")]


# ------------------------------------------------------------------ province + abbreviated post + name


def test_abbreviated_governor_and_his_name():
    text = "诏皖抚翁同书移驻寿州，鄂督官文督兵赴援。"
    found = entities(text)
    assert (1, 2, "GPE", "皖") in found
    assert (3, 6, "PERSON", "翁同书") in found
    assert (11, 12, "GPE", "鄂") in found
    assert (13, 15, "PERSON", "官文") in found
    assert norm_of(text, "皖")["modern"] == "安徽"


def test_verb_du_after_a_province_is_no_post():
    text = "由豫督战之兵甚少。"
    assert not [e for e in entities(text) if e[2] == "PERSON"]


# ------------------------------------------------------------------ stationing verbs, head counts


def test_name_after_a_post_ends_before_the_stationing_verb():
    text = "命总兵德安屯颍州，副将李成驻正阳。"
    found = entities(text)
    assert (3, 5, "PERSON", "德安") in found
    assert (6, 8, "GPE", "颍州") in found


def test_head_count_before_the_verb_tun():
    text = "刘铭传率铭字营六千人屯于城东。"
    assert (7, 10, "QUANTITY", "六千人") in entities(text)


def test_number_before_a_place_suffix_stays_a_place():
    text = "贼至三门峡。"
    assert not [e for e in entities(text) if e[2] == "QUANTITY"]


# ------------------------------------------------------------------ Qing biography forms (second batch)


def test_rank_hat_is_no_hilltop():
    text = "赏二品顶戴，以总兵记名。"
    assert not [e for e in entities(text) if e[2] == "LOC"]


def test_hilltop_still_read_where_troops_hold_it():
    text = "敌军进犯，我连坚守石垭顶三日。"
    assert (9, 12, "LOC", "石垭顶") in entities(text)


def test_appointment_words_after_a_post_are_no_name():
    text = "以参将补用，旋以提督记名简放。"
    assert not [e for e in entities(text) if e[2] == "PERSON"]


def test_name_after_a_post_still_read():
    text = "提督黄翼升率水师至。"
    assert (2, 5, "PERSON", "黄翼升") in entities(text)


def test_winning_verb_before_dajie_is_no_event():
    text = "连获大捷，赏穿黄马褂。"
    assert not [e for e in entities(text) if e[2] == "EVENT"]


def test_named_victory_still_an_event():
    text = "平型关大捷震动全国。"
    assert (0, 5, "EVENT", "平型关大捷") in entities(text)


def test_traditional_nian_forms_and_short_forms():
    text = "同治六年，擊敗東撚軍於贛榆。旋剿平西撚。"
    found = entities(text)
    assert (7, 10, "MIL_UNIT", "東撚軍") in found
    assert (17, 19, "MIL_UNIT", "西撚") in found
    assert norm_of(text, "西撚")["echelon"] == "军"


def test_force_after_a_verb_that_holds_a_place_name():
    text = "奉旨平定西捻军，加太子少保。"
    found = entities(text)
    assert (4, 7, "MIL_UNIT", "西捻军") in found
    assert not [e for e in found if e[3] == "定西"]


def test_baturu_title_is_no_person():
    text = "以功赏给勇健巴图鲁名号。"
    assert not [e for e in entities(text) if e[2] == "PERSON"]


def test_first_and_last_years_of_a_reign():
    text = "道光末年，粤西多盗。同治初年，捻势复炽。"
    found = entities(text)
    assert (0, 4, "DATE", "道光末年") in found
    assert norm_of(text, "道光末年") == {"value": "1850", "mod": "END"}
    assert norm_of(text, "同治初年") == {"value": "1862", "mod": "START"}


def test_county_xianfeng_stays_a_place():
    text = "红军攻占咸丰县城。"
    assert not [e for e in entities(text) if e[2] == "DATE"]


# ------------------------------------------------------------------ third batch: lone years, glossed seats, glosses


def test_lone_reign_year_opening_a_sentence():
    text = "同治五年，回众据城。七年，官军分三路进剿。"
    found = entities(text)
    assert (10, 12, "DATE", "七年") in found
    assert _value(text, "七年") == "1868"


def test_lone_year_beyond_the_era_is_a_duration():
    text = "宣统元年，新军编成。十年，无事。"
    assert not [e for e in entities(text) if e[3] == "十年" and e[2] == "DATE"]


def test_glossed_sub_prefecture_is_a_place():
    text = "回军攻占平罗、化平厅(今宁夏泾源)等地。"
    found = entities(text)
    assert (7, 10, "GPE", "化平厅") in found
    assert norm_of(text, "化平厅")["modern"] == "宁夏泾源"


def test_hall_without_a_gloss_is_no_place():
    text = "众人聚于客厅(今已拆除)。"
    assert not [e for e in entities(text) if e[3] == "客厅"]


def test_modern_gloss_drops_jing():
    from pipeline.normalize.places import stated_modern

    assert stated_modern("(今庆阳境)以东") == "庆阳"
    assert stated_modern("（今河内）") == "河内"
    text = "马化龙据灵州(今灵武境)。"
    assert norm_of(text, "灵州")["modern"] == "灵武"


def test_name_after_a_post_before_bangban():
    text = "陕西提督雷正绾帮办军务。"
    assert (4, 7, "PERSON", "雷正绾") in entities(text)
