"""Chinese ORG, FAC and LOC classes of session 21 (s21zhlab): bank_company_office_names_zh (banks named with kind words, firms
named by a two-character house name, a government's office), and the edits of the same session to
org_event_heads_zh (X大学 before 校长), facilities (a verb before 铁路/公路; a tunnel or bridge after a route's
name) and island_battle_names_zh (an aspect particle before an island's name).

Every sentence is written for this file with invented names; tests assert exact spans and labels, and what must
not be tagged. Extent rules followed: guideline 15 (a full official name is one span), guideline 6 (a place inside a
longer FAC name belongs to the FAC).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def labelled(text: str, label: str) -> list[str]:
    return [s for s, lab in ents(text) if lab == label]


# --- banks: house name + kind words + 银行 -----------------------------------------------------------------
def test_bank_with_kind_words_is_one_org():
    found = labelled("1925年，茂源商业储蓄银行在汉口开业，与宁泰信托实业银行往来。", "ORG")
    assert "茂源商业储蓄银行" in found
    assert "宁泰信托实业银行" in found


def test_bank_named_by_a_city_keeps_the_city():
    assert "上海商业储蓄银行" in labelled("他曾任上海商业储蓄银行经理。", "ORG")


def test_kind_of_bank_is_no_org():
    text = "各商业银行纷纷停业，私营商业银行和一家储蓄银行也关了门。"
    assert labelled(text, "ORG") == []


# --- firms: a two-character house name + 公司 --------------------------------------------------------------
def test_house_name_firm_after_founding_verb_and_boundary():
    text = "1931年，他成立了协丰公司。协丰公司采用股份制，后与裕泰公司合并。"
    found = [(s, lab) for s, lab in ents(text) if lab == "ORG"]
    assert found == [("协丰公司", "ORG"), ("协丰公司", "ORG"), ("裕泰公司", "ORG")]


def test_house_name_with_trade_in_ye_is_one_firm():
    assert "瑞成窑业公司" in labelled("他是瑞成窑业公司董事。", "ORG")


def test_house_name_that_is_also_a_county_still_names_a_firm():
    # 南华 is a county of Yunnan; before 公司 right after a conjunction it is the firm's house name
    assert "南华公司" in labelled("信昌堂和南华公司均以地产为主业。", "ORG")


def test_kinds_of_firm_are_no_org():
    text = "外国公司、私营公司、合资公司、总公司、分公司、航空公司、上海公司和新建公司都在此设点，这两家公司也是。"
    assert labelled(text, "ORG") == []


# --- a government's office -----------------------------------------------------------------------------
def test_government_and_its_office_are_one_org():
    assert labelled("1946年，湖南省政府教育厅下令复课。", "ORG") == ["湖南省政府教育厅"]


def test_government_office_head_is_no_org_extension():
    # 科长: the head of the office, a title; the government alone stays
    assert "湖南省政府教育厅" not in labelled("湖南省政府教育厅长到任。", "ORG")


# --- a university before 校长 -----------------------------------------------------------------------------
def test_university_before_its_president_ends_at_daxue():
    found = labelled("1930年，北平大学校长到沪。", "ORG")
    assert found == ["北平大学"]


# --- routes: verbs before 铁路, structures after a route -----------------------------------------------------
def test_verb_before_railway_is_no_fac():
    assert labelled("1900年，洋人开始在此兴筑铁路，其后日军破坏公路。", "FAC") == []


def test_tunnel_after_railway_is_one_fac():
    assert labelled("青石岭铁路隧道为南北咽喉，白沙铁路大桥亦被炸断。", "FAC") == ["青石岭铁路隧道", "白沙铁路大桥"]


def test_railway_bridges_in_general_stay_outside():
    found = labelled("平汉铁路桥梁多处被毁。", "FAC")
    assert "平汉铁路桥" not in found


# --- islands: an aspect particle before the first name ------------------------------------------------------
def test_aspect_particle_before_island_is_outside():
    found = labelled("港外罗列着青屿岛、白盘屿、赤沙屿等五个岛屿。", "LOC")
    assert "青屿岛" in found
    assert not any(s.startswith("着") for s in found)


# --- a named position after a verb of reaching or holding ---------------------------------------------------
def test_position_named_by_three_characters_after_a_verb():
    assert labelled("旅长赶到五间房阵地，下令反击。", "FAC") == ["五间房阵地"]
    assert labelled("守军退守八角墩阵地。", "FAC") == ["八角墩阵地"]


def test_kinds_of_position_after_a_verb_are_no_fac():
    assert labelled("敌人突破前沿阵地，我军进入预设阵地，坚守河防阵地。", "FAC") == []


# --- a university's short form after its full name -------------------------------------------------------
def test_university_short_form_after_full_name():
    text = "1938年，西迁后的华阳大学在成都开课。西迁后的华大不仅未停办，反而扩充。"
    assert labelled(text, "ORG") == ["华阳大学", "华大"]


def test_university_short_form_not_inside_ordinary_words():
    text = "迁来的中兴大学在此开课。其中大部分学生随行，集中大量人力。"
    assert labelled(text, "ORG") == ["中兴大学"]


# --- a dash opening an appositive place name (local_places) ---------------------------------------------------
def test_dash_opens_a_pass_name():
    assert labelled("唯一的办法是从薄弱环节--青石垭口打开通道。", "LOC") == ["青石垭口"]
    assert labelled("唯一的办法是从薄弱环节——青石垭口打开通道。", "LOC") == ["青石垭口"]


def test_dash_before_ordinary_words_is_no_place():
    assert labelled("他只说了一个字——冲，这个山很高。", "LOC") == []


# --- one reading per document for a pass (pass_document_readings_zh) ------------------------------------------------
def _spans(text: str, name: str) -> list[str]:
    record = extract_text(text, "t", rules_only=True)
    return [e["label"] for e in record["entities"] if text[e["start"]:e["end"]] == name]


def test_pass_read_as_landform_twice_is_loc_throughout():
    name = "青峰关"
    text = (f"这是两省交界的一道重要关口，“进了{name}，恰似登天”。{name}正面已为敌军抢占。"
            f"我军被合围在{name}以东的峡谷之中。")
    assert _spans(text, name) == ["LOC", "LOC", "LOC"]


def test_township_named_after_the_pass_is_no_pass():
    text = ("这是两省交界的一道重要关口，“进了青峰关，恰似登天”。青峰关正面已为敌军抢占。"
            "我军被合围在青峰关以东的峡谷之中。战后设青峰关乡。")
    assert _spans(text, "青峰关") == ["LOC", "LOC", "LOC"]
    record = extract_text(text, "t", rules_only=True)
    at = text.index("青峰关乡")
    assert not any(e["start"] == at and e["end"] == at + 3 and e["label"] == "LOC" for e in record["entities"])
