"""Chinese ORG frames of session 20 (s20zhorg): society_firm_office_frames_zh, the 的 guard of mission_company_names_zh's firm names and
the 之 guard of org_event_heads_zh's society heads.

Every sentence is written for this file with invented names; tests assert exact spans and labels.
Extent rules followed: guideline 6 (a place written with the name stays inside; a place before a name belongs to
it), docs "a concession's body" reading of this module, guideline 12 (no demonyms).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def orgs(text: str) -> list[str]:
    return [s for s, label in ents(text) if label == "ORG"]


# --- a society after its founders' roster: 甲、乙等之X会 ------------------------------------------------
def test_roster_then_particle_then_society_is_one_org_each():
    found = orgs("是年有杭州赵明远、钱子清等之励新学社，及苏州孙伯达等之振亚会，又有湖南吴天放等之湘南自治协会。")
    assert "励新学社" in found
    assert "振亚会" in found
    assert "湘南自治协会" in found
    assert not any(s.startswith(("之", "等")) for s in found)


def test_roster_with_verb_of_founding_then_society():
    found = orgs("他与李某等组织的崇实社，后并入共进会。")
    assert "崇实社" in found


def test_roster_then_gathering_or_abstract_word_is_no_org():
    found = orgs("张某等之大会，李某等之社会影响，王某等的宴会。")
    assert not any(s.endswith(("大会", "社会", "宴会")) for s in found)


def test_province_opening_the_society_stays_inside():
    ent = ents("其时有东京刘某、陈某等之福建复兴协会。")
    assert ("福建复兴协会", "ORG") in ent
    assert ("福建", "GPE") not in ent


# --- a firm named by its trade word ----------------------------------------------------------------------
def test_native_bank_and_shop_names_with_trade_word():
    found = orgs("其中“裕泰隆票号”最为有名。裕泰隆票号的前身是泰和兴绸缎庄，众人会集于德茂银行。")
    assert found.count("裕泰隆票号") == 2
    assert "泰和兴绸缎庄" in found
    assert "德茂银行" in found


def test_quoted_trade_word_in_hao_is_a_firm_not_a_ship():
    # reconcile._QUOTED_SHIP: a quoted name ending in 票号/商号/银号 is a firm; a quoted ship keeps nothing inside
    assert "裕泰隆票号" in orgs("当时“裕泰隆票号”被公认为最早。")
    assert not any(s.startswith("长风") for s in orgs("巡洋舰“长风号”驶入港内。"))


def test_a_name_may_hold_he():
    assert "永和顺商号" in orgs("众人推永和顺商号经理为主席。")


def test_kind_of_firm_or_clause_before_trade_word_is_no_org():
    found = orgs("外国银行亦多，大清设立银行以后，各地商号林立。")
    assert not any(s in ("外国银行", "设立银行", "各地商号") or s.endswith("设立银行") for s in found)


def test_relative_clause_before_hong_is_no_firm_name():
    # mission_company_names_zh._firm_start: 的 closes a relative clause (这是首个外商在某地设立的洋行)
    found = orgs("这是首个外商在九江设立的洋行。")
    assert not any("的" in s for s in found)
    assert "丰泰洋行" in orgs("1870年，英商丰泰洋行在九江开设分行。")


# --- an office founded inside a body ---------------------------------------------------------------------
def test_office_founded_in_a_board_is_one_org():
    found = orgs("朝廷在礼部设立了崇文局，又在兵部设置安澜司。")
    assert "崇文局" in found
    assert "安澜司" in found


def test_kind_of_office_after_founding_verb_is_no_org():
    found = orgs("海关另设税务司，县府下设总务处，各省设立钱局。")
    assert not any(s in ("税务司", "总务处", "钱局") for s in found)


# --- a concession's municipal body -----------------------------------------------------------------------
def test_concession_before_its_council_is_inside():
    found = orgs("此路由英租界工部局修筑，法租界公董局亦派员会商，上海公共租界工部局随后照办。")
    assert "英租界工部局" in found
    assert "法租界公董局" in found
    assert "上海公共租界工部局" in found
    assert "工部局" not in found


def test_bare_council_is_still_found():
    assert "工部局" in orgs("次年，工部局决定拓宽马路。")


# --- orgs.py: a known bank before the copula 为 (行为 is no word there) -------------------------------------
def test_known_bank_before_copula_is_kept():
    assert "中央银行" in orgs("条例规定中央银行为国家最高金融机关。")
    assert "华北局" not in orgs("华北局势日趋紧张。")
