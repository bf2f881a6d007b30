"""PERSON and ORG classes seen in real third-party text (issue 8 §2): academies and their classes,
schools to their longest unit, nested government bodies, parties and regimes, datelines; persons in
tables, bracketed commander lists, surname references, courtesy names. Sentences written for these
tests (invented people and schools)."""

from __future__ import annotations

import pytest

from pipeline.extract import Options, extract_text
from pipeline.rules.names import find_orgs, find_persons


def spans(finder, text):
    return [(c.start, c.end, text[c.start : c.end]) for c in finder(text)]


def labelled(text, label):
    rec = extract_text(text, "t", options=Options.default(None, True))
    return [(e["start"], e["end"], e["text"]) for e in rec["entities"] if e["label"] == label]


# ---------------------------------------------------------------- ORG: academies and schools


def test_academy_short_name_before_a_class_is_the_academy():
    text = "李志远毕业于黄埔第三期，其弟是保定6期。"
    assert labelled(text, "ORG") == [(6, 8, "黄埔"), (15, 17, "保定")]
    assert labelled(text, "GPE") == []


def test_class_graduate_is_a_bound_form():
    assert labelled("他是众多黄埔二期生之一。", "ORG") == []


def test_academy_branch_is_one_span():
    text = "他曾任黄埔军校潮州分校教官。"
    assert labelled(text, "ORG") == [(3, 11, "黄埔军校潮州分校")]


def test_academy_abbreviations():
    text = "张某毕业于陆大，后任高教班主任。"
    assert spans(find_orgs, text) == [(5, 7, "陆大"), (10, 13, "高教班")]


def test_abbreviation_inside_a_word_is_not_an_org():
    assert spans(find_orgs, "中国大陆与美国大使馆。") == []


def test_university_college_and_department_are_one_span():
    text = "1931年考入省立湖北大学文学院历史系。"
    assert spans(find_orgs, text) == [(7, 19, "省立湖北大学文学院历史系")]


def test_schools_named_by_owner_ordinal_or_own_name():
    text = "他先后就读于衡阳县立第三小学、崇实中学和江西高等学堂。"
    assert spans(find_orgs, text) == [(6, 14, "衡阳县立第三小学"), (15, 19, "崇实中学"), (20, 26, "江西高等学堂")]


def test_kinds_of_schools_are_no_names():
    assert spans(find_orgs, "他在当地中学任教，后到一所小学，再到教会中学。") == []


def test_nation_before_a_service_school_stays_a_place():
    text = "他早年毕业于日本陆军士官学校。"
    assert labelled(text, "GPE") == [(6, 8, "日本")]
    assert labelled(text, "ORG") == [(8, 14, "陆军士官学校")]
    assert labelled(text, "MIL_UNIT") == []


# ---------------------------------------------------------------- ORG: government, parties, press


def test_nested_government_offices_to_the_longest_unit():
    text = "日本陆军省军务局第二课的报告。"
    assert labelled(text, "ORG") == [(2, 11, "陆军省军务局第二课")]
    assert labelled(text, "GPE") == [(0, 2, "日本")]


def test_provincial_department_after_the_government():
    assert spans(find_orgs, "调任江西省政府财政厅秘书。") == [(2, 10, "江西省政府财政厅")]


def test_central_army_authorities_outrank_the_named_force():
    text = "日本陆军中央部决定增兵。"
    assert labelled(text, "ORG") == [(2, 7, "陆军中央部")]
    assert labelled(text, "MIL_UNIT") == []


def test_parties_named_by_programme():
    text = "中国青年党与统一党合并，革命党人四处活动。"
    assert spans(find_orgs, text) == [(0, 5, "中国青年党"), (6, 9, "统一党")]


def test_regimes():
    text = "清廷闻讯，四川军政府随即成立。"
    assert spans(find_orgs, text) == [(0, 2, "清廷"), (5, 10, "四川军政府")]


def test_newspaper_in_a_dateline():
    text = "【晨光日报11月2日讯】本报记者报道。"
    assert spans(find_orgs, text) == [(1, 5, "晨光日报")]


def test_generic_institution_is_no_name():
    assert spans(find_orgs, "记者赶到广播电台。") == []


def test_unit_named_after_its_owner_is_no_org():
    assert spans(find_orgs, "他升任国民政府警卫第3师师长。") == []


# ---------------------------------------------------------------- PERSON: layout


def test_name_after_a_post_and_a_space_or_line_break():
    text = "师长 韩立成\n参谋长\n邵文海"
    assert spans(find_persons, text) == [(3, 6, "韩立成"), (11, 14, "邵文海")]


def test_table_of_people_before_colons():
    text = "鲁永年：第十军军长\n葛春林：副军长"
    assert spans(find_persons, text) == [(0, 3, "鲁永年"), (10, 13, "葛春林")]


def test_a_single_colon_row_needs_a_post():
    assert find_persons("注意：天气转冷") == []
    assert find_persons("汪小川：这是我写的") == []


def test_infobox_rows_of_sides_and_commanders():
    text = "中华民国 欧振邦\n大日本帝国 木下健次\n大日本帝国 久松宫昌义王"
    assert spans(find_persons, text) == [(5, 8, "欧振邦"), (15, 19, "木下健次"), (26, 31, "久松宫昌义")]


def test_commander_list_in_brackets_with_a_successor():
    text = "（师长马骏声，继任陶德友）"
    assert spans(find_persons, text) == [(3, 6, "马骏声"), (9, 12, "陶德友")]


# ---------------------------------------------------------------- PERSON: frames


def test_post_copula_name_rank():
    text = "日军指挥官为吉川正雄中将。"
    assert spans(find_persons, text) == [(6, 10, "吉川正雄")]


def test_name_framed_by_led_by():
    text = "二营在营长曹立同率领下坚守。"
    assert spans(find_persons, text) == [(5, 8, "曹立同")]


def test_source_of_an_account_after_served_as():
    text = "据曾任该师参谋长的钱可说回忆，战况惨烈。"
    assert spans(find_persons, text) == [(9, 12, "钱可说")]


def test_given_name_with_a_conjunction_after_a_post():
    text = "但军长柯与航擅自离开。"
    assert spans(find_persons, text) == [(3, 6, "柯与航")]


def test_post_before_two_people_joined_by_and_is_not_one_name():
    text = "师长王与李军长会面。"
    assert (3, 6) not in [(c.start, c.end) for c in find_persons(text)]


def test_commander_before_his_unit():
    text = "国军主力邝文远之第十一师赶到。"
    assert spans(find_persons, text) == [(4, 7, "邝文远")]


def test_compound_surname_without_a_title():
    text = "正与当年诸葛瑾之计相同，欧阳明远也赞同。"
    assert spans(find_persons, text) == [(4, 7, "诸葛瑾"), (12, 16, "欧阳明远")]


# ---------------------------------------------------------------- PERSON: references in the document


def test_surname_before_a_post():
    text = "阵地被突破，柏连长阵亡，鞠营长负伤。"
    assert spans(find_persons, text) == [(6, 7, "柏"), (12, 13, "鞠")]


def test_modifier_before_a_post_is_no_surname():
    assert find_persons("全连长官兵，副师长与该团长会面。") == []


def test_surname_and_force_after_the_full_name():
    text = "军长阎铁山率部北上。阎部随即南下，阎亲自督战。"
    assert spans(find_persons, text) == [(2, 5, "阎铁山"), (10, 11, "阎"), (17, 18, "阎")]


def test_surname_and_force_without_the_full_name_is_nothing():
    assert find_persons("军长方正率部北上。阎部随即南下。") == [c for c in find_persons("军长方正率部北上。阎部随即南下。") if c.start < 9]


def test_japanese_family_name_alone_after_the_full_name():
    text = "师团长为吉川正雄中将。吉川随即下令进攻。"
    assert spans(find_persons, text) == [(4, 8, "吉川正雄"), (11, 13, "吉川")]


def test_courtesy_name_later_in_the_sentence():
    text = "军长韦宗泽，广西容县人，字伯远，早年从军。"
    assert spans(find_persons, text) == [(2, 5, "韦宗泽"), (13, 15, "伯远")]


def test_kana_reading_after_a_japanese_name():
    text = "师团长吉川正雄（よしかわ まさお）出生于东京。"
    assert spans(find_persons, text) == [(3, 7, "吉川正雄"), (8, 16, "よしかわ まさお")]


def test_no_place_inside_a_persons_given_name():
    text = "师长任平阳率部撤退。"
    assert labelled(text, "PERSON") == [(2, 5, "任平阳")]
    assert labelled(text, "GPE") == []


def test_province_before_an_academy_owns_it():
    text = "他是广西陆军军官学校第二期毕业生。"
    assert labelled(text, "ORG") == [(2, 10, "广西陆军军官学校")]


def test_biography_head_with_life_dates_or_courtesy_name():
    text = "滕子固（1891年—1949年），湖南人。\n魏长庚，字寿山，号梅村。"
    assert spans(find_persons, text) == [(0, 3, "滕子固"), (22, 25, "魏长庚"), (27, 29, "寿山"), (31, 33, "梅村")]


def test_dates_in_brackets_after_a_word_are_no_biography():
    assert find_persons("日期（1938年6月11日-10月25日）") == []


def test_governments_named_by_a_transliteration_or_a_party():
    text = "维希政府与国民党政府均未答复。"
    assert spans(find_orgs, text) == [(0, 4, "维希政府"), (5, 10, "国民党政府")]


def test_traditional_text_finds_the_same_classes():
    text = "師長 韓立成\n他畢業於黃埔第三期。"
    assert labelled(text, "PERSON") == [(3, 6, "韓立成")]
    assert labelled(text, "ORG") == [(11, 13, "黃埔")]


def test_infobox_side_with_a_period_and_place_rows():
    text = "中华民国大陆时期 滕子固 (第2兵团总司令)\n湖北 石门镇\n湖南 长沙"
    assert spans(find_persons, text) == [(9, 12, "滕子固")]


def test_commander_in_brackets_after_a_unit():
    text = "第十军（葛春林）、第74军（韩立成中将）推进，第18军（钟南系）与第5师（湖南）随后。"
    assert spans(find_persons, text) == [(4, 7, "葛春林"), (14, 17, "韩立成")]


def test_dateline_with_spaced_digits():
    text = "【晨光日报 11 月 2 日讯】"
    assert spans(find_orgs, text) == [(1, 5, "晨光日报")]
