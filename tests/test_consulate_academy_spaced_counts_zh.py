"""Chinese ORG / QUANTITY / EVENT classes of session 20 round 2 (r20zhorgqty): consulate_academy_spaced_counts_zh, the 起 unit and the
dropped 倍 unit of measure_words.tsv, the counted-landform QUANTITY of landform_names_zh, the 为/与 X 作战 guard of
events.py, the running-verb guard of org_patterns.py and 内设 in society_firm_office_frames_zh.

Every sentence is written for this file; tests assert exact spans, labels and values.
Extent rules followed: guideline 6 (a place written with a name stays inside it), guideline 15 (a full official
name is one span), guideline 9 (measure word inside, counted noun outside), guideline 14 (N个 + noun → N个;
ratios and multiples are not tagged).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def with_label(text: str, label: str) -> list[str]:
    return [s for s, lab in ents(text) if lab == label]


def quantities(text: str) -> list[tuple[str, object, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["norm"].get("value"), e["norm"].get("unit"))
            for e in record["entities"] if e["label"] == "QUANTITY"]


# --- 1. consulates named by their city (guideline 6) -------------------------------------------------------
def test_city_consulate_is_one_org():
    found = ents("次年，宜昌总领事馆致函省府，长沙领事馆亦派员前往。")
    assert ("宜昌总领事馆", "ORG") in found
    assert ("长沙领事馆", "ORG") in found
    assert ("宜昌", "GPE") not in found and ("长沙", "GPE") not in found


def test_city_country_consulate_is_one_org():
    assert ("沙市日本领事馆", "ORG") in ents("当时沙市日本领事馆亦遭围攻。")
    assert ("重庆英国总领事馆", "ORG") in ents("他曾在重庆英国总领事馆任职。")


def test_country_alone_before_consulate_left_alone():
    # no city: the country before a consulate is not read as its name by this rule
    found = ents("美国领事馆的人员撤离。")
    assert ("美国领事馆", "ORG") not in found


# --- 2. frontier county offices ---------------------------------------------------------------------------
def test_frontier_office_is_one_org():
    found = ents("民国十一年，省府在此设立抚松设治局，后改为县。")
    assert ("抚松设治局", "ORG") in found
    assert not any(s.startswith("立") for s, _ in found)


def test_frontier_office_after_edge():
    assert ("德荣设治局", "ORG") in ents("1932年，德荣设治局改为县政府。")


def test_frontier_post_is_not_an_org():
    assert not any(s.endswith("设治员") for s, _ in ents("由设治员某人负责，驻大湾。"))


# --- 3. offices founded inside a board: 部内设XY司 -------------------------------------------------------
def test_office_founded_inside_board():
    assert "清吏司" not in with_label("礼部内设精膳司，掌宴飨。", "ORG")
    assert "精膳司" in with_label("礼部内设精膳司，掌宴飨。", "ORG")


def test_founding_verb_ends_the_board():
    found = with_label("吏部内设河南司，管文书。", "ORG")
    assert "吏部" in found
    assert "河南司" in found   # the board's provincial bureau, named by its province
    assert not any("内设" in s for s in found)


def test_generic_office_not_founded_name():
    assert "总务处" not in with_label("该部内设总务处，管理文书。", "ORG")


# --- 4. a verb of running ends a body's name -----------------------------------------------------------------
def test_running_verb_ends_body_name():
    found = ents("战时由法国殖民部管理银行事务。")
    assert ("殖民部管理银行", "ORG") not in found
    assert ("法国殖民部管理银行", "ORG") not in found


def test_management_word_inside_name_kept():
    # 管理 after an ordinary word (not a body) stays inside the name
    assert "上海茶叶经营公司" in with_label("上海茶叶经营公司成立。", "ORG")
    # a body the ORG lexicon lists, then the verb: the body alone
    assert with_label("由交通部管理银行。", "ORG") == ["交通部"]


# --- 5. a region's committee or government (guideline 15) ---------------------------------------------------
def test_region_committee_is_one_org():
    found = ents("次年，豫东临时治安委员会宣告成立。")
    assert ("豫东临时治安委员会", "ORG") in found
    assert ("豫东", "LOC") not in found


def test_place_political_government_is_one_org():
    assert ("鲁西自治政府", "ORG") in ents("日方扶植鲁西自治政府。")


def test_place_plain_committee_not_this_rule():
    # no political qualifier: the rule does not read a place + 委员会 alone
    assert not any(s.startswith("到") for s, _ in ents("他到安徽委员会报到。"))


# --- 6. quoted society names ------------------------------------------------------------------------------
def test_quoted_society_is_one_org_without_quotes():
    found = with_label("青年们发起“振华互助社”，又成立“东南抗敌会”。", "ORG")
    assert "振华互助社" in found
    assert "东南抗敌会" in found


def test_quoted_meeting_is_no_society():
    assert with_label("他们召开“庆功大会”。", "ORG") == []


# --- 7. academies and mission societies -------------------------------------------------------------------
def test_academy_named_by_place_is_org():
    found = ents("后来他入宁波书院读书。")
    assert ("宁波书院", "ORG") in found
    assert ("宁波", "GPE") not in found


def test_academy_with_two_character_name_is_org():
    assert ("崇实书院", "ORG") in ents("是年，崇实书院迁往城内。")


def test_counted_academies_are_no_name():
    assert with_label("城中两所书院合并，另有几处书院停办。", "ORG") == []


def test_mission_society_named_by_city():
    found = ents("巴黎会差派教士到此传教。")
    assert ("巴黎会", "ORG") in found
    assert ("天主教巴黎会", "ORG") in ents("天主教巴黎会在当地设立教堂。")


def test_city_meeting_is_no_mission_society():
    # no mission word in the sentence: a city + 会 is no society
    assert ("南京会", "ORG") not in ents("双方在南京会谈。")
    assert ("巴黎会", "ORG") not in ents("两国代表在巴黎会晤。")


# --- 8. a counted landform: the noun after 个 is outside (guideline 14) -------------------------------------
def test_counted_landform_pair_quantity_stops_at_classifier():
    q = quantities("此湾有东礁、西礁两个岛相对。")
    assert ("两个", 2, "个") in q
    assert not any(s == "两个岛" for s, _, _ in q)


def test_counted_landform_pair_without_classifier_kept():
    assert ("两河", 2, "河") in quantities("白沙、青石两河之水汇于城南。")


# --- 9. incidents counted with 起, also written with a space (PDF text) ------------------------------------
def test_incident_count_takes_its_unit():
    assert quantities("该年共发生劫案217起。") == [("217起", 217, "起")]


def test_incident_count_after_space_takes_its_unit():
    assert quantities("各地报告冲突达48 起，") == [("48 起", 48, "起")]


def test_qi_starting_a_word_is_no_unit():
    assert all(s != "12起" for s, _, _ in quantities("第12起义军"))


# --- 10. multiples are not quantities (guideline 14) -----------------------------------------------------
def test_multiples_of_growth_not_tagged():
    assert quantities("粮价涨了三倍半，产量增加了一倍。") == []


def test_comparison_multiple_kept():
    # a multiple compared with a named amount (no verb of growth) stays as before
    assert ("两倍以上", 2, "倍") in quantities("所需船只为上次两倍以上。")


def test_counts_beside_multiples_kept():
    assert ("300人", 300, "人") in quantities("守军300人，敌军多出一倍。")


# --- 11. 为/替/与 + a party + 作战 is a verb phrase, not an event -------------------------------------------
def test_fighting_for_a_party_is_no_event():
    assert with_label("他曾为北洋政府作战，后又替地方军阀作战。", "EVENT") == []


def test_named_operation_kept():
    assert with_label("一号作战开始后，部队南下。", "EVENT") == ["一号作战"]
    assert with_label("为一号作战准备粮秣。", "EVENT") == ["一号作战"]
    # a city's operation after 为 is still named (为 = for the sake of the operation)
    assert "郑州作战" in with_label("大本营为郑州作战调集物资。", "EVENT")
