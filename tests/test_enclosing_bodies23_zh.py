"""Chinese names that enclose a place or a body, session 23 (s23zhenc): police offices below a place's bureau
(enclosing_names_zh), a body's own school, branch or office after its name (enclosing_names_zh), institution heads
of police offices, Red Cross branches, attached schools, chambers of commerce and relief committees (org_patterns),
state schools written by their number (org_patterns), mission churches with their faith word
(mission_company_names_zh), and
what a place + head must not become (a verb of setting up, a whole or every place: org_name_anchors).

Every sentence is written for this file with invented names or well-known places; tests assert exact spans and
labels, and what must not be tagged. Extent rules: guideline 6 (a place inside a longer name belongs to it),
guideline 15 (a full official name is one span).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def labelled(text: str, label: str) -> list[str]:
    return [s for s, lab in ents(text) if lab == label]


# --- police offices below a place's bureau --------------------------------------------------------------------------
def test_town_police_post_unknown_to_the_gazetteer_is_one_org():
    text = "最早的柳镇派出所建于战时，后来改名。"
    assert labelled(text, "ORG") == ["柳镇派出所"]
    assert labelled(text, "GPE") == []


def test_bureau_and_post_written_together_are_one_org():
    text = "他在江宁区公安分局柳镇派出所工作过三年。"
    assert ents(text) == [("江宁区公安分局柳镇派出所", "ORG"), ("三年", "QUANTITY")]


def test_county_police_station_and_provincial_police_office_are_orgs():
    text = "1930年，芜湖县警察署改为芜湖县公安局，直属安徽省警务处领导。"
    assert labelled(text, "ORG") == ["芜湖县警察署", "芜湖县公安局", "安徽省警务处"]
    assert labelled(text, "GPE") == []


def test_police_post_without_a_place_is_no_name():
    assert ents("各派出所都要上报。") == []
    assert ents("派出所是基层警察机构。") == []


# --- a body's own school, branch or office --------------------------------------------------------------------------
def test_branch_written_after_a_society_is_one_org():
    assert labelled("由华侨救国会分会募款。", "ORG") == ["华侨救国会分会"]


def test_attached_school_after_a_university_is_one_org():
    assert labelled("他毕业于金陵大学附中。", "ORG") == ["金陵大学附中"]
    assert labelled("他曾就读于中大附中，后来考入金陵大学。", "ORG") == ["中大附中", "金陵大学"]


def test_branch_without_a_body_or_place_is_no_name():
    assert labelled("该会在苏州设立分会。", "ORG") == []


def test_red_cross_of_a_city_and_a_national_body_branch_are_one_org():
    assert labelled("温州红十字分会组织医队前往救护。", "ORG") == ["温州红十字分会"]
    assert labelled("中国红十字会抚州分会成立。", "ORG") == ["中国红十字会抚州分会"]


def test_chamber_and_relief_committee_of_overseas_chinese():
    assert labelled("新加坡中华总商会召集侨民大会。", "ORG") == ["新加坡中华总商会"]
    assert labelled("南洋华侨筹赈祖国难民总会成立。", "ORG") == ["南洋华侨筹赈祖国难民总会"]
    assert labelled("由美国总会拨款建房。", "ORG") == ["美国总会"]


def test_general_hall_is_no_general_society():
    assert "宁阳总会" not in labelled("宁阳总会馆主席黄某提议。", "ORG")


# --- state schools by number ----------------------------------------------------------------------------------------
def test_numbered_state_and_provincial_schools():
    text = "后来改为国立十六中；不久又并入省立二中。"
    assert labelled(text, "ORG") == ["国立十六中", "省立二中"]


def test_numbered_squad_and_plenary_session_are_no_school():
    assert labelled("二中队长王某负伤。", "ORG") == []
    assert labelled("党的十一届三中全会召开。", "ORG") == []


# --- mission churches with the faith word ----------------------------------------------------------------------------
def test_nation_faith_and_church_are_one_org():
    assert ents("由英国基督教循道公会创办。") == [("英国基督教循道公会", "ORG")]


def test_faith_opening_a_church_name_is_inside():
    assert labelled("这所医院由基督教美以美会创办。", "ORG") == ["基督教美以美会"]
    assert labelled("安息日会在此传教。", "ORG") == ["安息日会"]


# --- what a place + head must not become ------------------------------------------------------------------------------
def test_verb_of_setting_up_between_place_and_head_is_no_name():
    assert labelled("民国五年，柳塘设商会。", "ORG") == []


def test_whole_county_before_a_head_is_no_name():
    assert labelled("全县商会会员四十五人。", "ORG") == []


# --- a branch named by its place or number between the body and 分校/分会 (lead, session 23) -------------------------

def test_branch_named_by_its_place_is_one_org():
    from tests.sentences import entities, span_at

    text = "他于一九三八年考入中央军校桂林分校，次年毕业。"
    assert span_at(text, "中央军校桂林分校", "ORG") in entities(text)
    assert not [e for e in entities(text) if e[2] == "GPE"]


def test_branch_named_by_its_number_is_one_org():
    from tests.sentences import entities, span_at

    text = "他毕业于中央陆军军官学校第六分校。"
    assert span_at(text, "中央陆军军官学校第六分校", "ORG") in entities(text)
