"""Organisation edges and shapes of session 19 (s19zhorg): org_left_edges_zh, mission_company_names_zh and the 农民政府
heads of org_patterns.

Every sentence is written for this file with invented names; tests assert exact spans and labels.
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def orgs(text: str) -> list[str]:
    return [s for s, label in ents(text) if label == "ORG"]


# --- the left edge of a head-found name (a verb or preposition is no part of a name) ----------------
def test_verb_of_investing_or_founding_before_a_name_is_outside():
    found = orgs("1908年，周某某投资振华印书馆。十月，正式成立振华印书馆。")
    assert found.count("振华印书馆") == 2
    assert not any(s.startswith(("周", "正式", "成立")) for s in found)


def test_preposition_and_adverb_before_a_school_are_outside():
    found = orgs("他早年投身新军，后入保定陆军学堂。该书由苏州公学印行，后归振华印书馆出版。")
    assert "保定陆军学堂" in found
    assert "苏州公学" in found
    assert "振华印书馆" in found
    assert not any(s[0] in "后由归" for s in found)


def test_names_opening_with_a_place_or_a_name_word_are_kept():
    # 归绥, 于都 are places and 经济部 a ministry: their first characters are no prepositions here
    found = orgs("归绥县政府和于都县委派员前来，经济部也派了人。")
    assert "归绥县政府" in found
    assert "于都县委" in found
    assert "经济部" in found


def test_company_suffix_after_a_found_name_is_inside():
    # the longest unit: X印书馆有限公司 is one company
    found = orgs("次年正式成立振华印书馆有限公司，资本二十万元。")
    assert "振华印书馆有限公司" in found
    assert "振华印书馆" not in found


# --- legations and consulates --------------------------------------------------------------------------
def test_legation_is_one_org_and_the_sending_nation_its_own_gpe():
    found = ents("他先在英国驻华公使馆任翻译，后调日本驻沪总领事馆。")
    assert ("驻华公使馆", "ORG") in found and ("英国", "GPE") in found
    assert ("驻沪总领事馆", "ORG") in found and ("日本", "GPE") in found


def test_station_without_a_mission_head_is_no_legation():
    assert orgs("该部移驻沪西，在此驻扎半年。") == []


# --- Protestant denominations and mission societies ------------------------------------------------------
def test_denomination_after_a_country_is_one_org():
    found = ents("美国长老会和英国浸礼会先后派人来此，加入圣公会的信徒不多。")
    assert ("美国长老会", "ORG") in found
    assert ("英国浸礼会", "ORG") in found
    assert ("圣公会", "ORG") in found
    assert ("美国", "GPE") not in found


def test_denomination_word_before_a_meeting_or_building_is_no_org():
    found = orgs("他主持了长老会议，又修缮了公理会堂。")
    assert "长老会" not in found and "公理会" not in found


# --- companies named with their trade ---------------------------------------------------------------------
def test_company_with_its_trade_is_one_org():
    found = orgs("1905年，乡绅合资创办大成纺织股份有限公司，又设永泰轮船公司。")
    assert "大成纺织股份有限公司" in found
    assert "永泰轮船公司" in found


def test_trade_and_company_without_a_name_is_no_org():
    assert orgs("当时各地的纺织公司纷纷倒闭。") == []


# --- governments of the risings (农民政府 heads, org_patterns) ----------------------------------------
def test_peasant_government_of_a_county_is_one_org():
    found = orgs("起义军攻下县城，成立了麻城县农民政府。次年又建立商城县工农民主政府。")
    assert "麻城县农民政府" in found
    assert "商城县工农民主政府" in found


# --- foreign trading houses and the merchants' nationality before a firm ----------------------------------
def test_trading_house_is_one_org_without_the_merchants_nationality():
    found = ents("1850年，英商长兴洋行在外滩开业，美商福昌轮船公司随后成立，瑞记洋行也迁到此地。")
    assert ("长兴洋行", "ORG") in found
    assert ("福昌轮船公司", "ORG") in found
    assert ("瑞记洋行", "ORG") in found
    assert not any(s.startswith(("英商", "美商")) for s, label in found if label == "ORG")


def test_trading_house_after_in_china_and_after_a_dash():
    found = orgs("它是英国在华长兴洋行的产业，开办了第一家轮船公司——福昌轮船公司。")
    assert "长兴洋行" in found
    assert "福昌轮船公司" in found
    assert not any(s.startswith("华") for s in found)


def test_kinds_of_trading_houses_are_no_org():
    assert orgs("当时外国洋行和中小洋行都在这里租地。") == []


# --- a count before an institution head is a description (org_patterns guard) ------------------------------
def test_ordinal_firm_is_no_name_but_the_named_firm_is():
    found = orgs("他开办了中国第一家轮船公司——福昌轮船公司，又在本县办了一所师范学堂。")
    assert "福昌轮船公司" in found
    assert not any("第一家" in s or "一所" in s for s in found)
