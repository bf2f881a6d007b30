"""Session 25 (s25zhfac): hotels by their house name (lodging_house_names_zh), events and local bodies named by a
village (village_named_events_bodies_zh), numbered works, gates named like a county and family compounds
(numbered_works_gates_compounds_zh), a force's offices in a city (force_liaison_offices_zh), and counted routes whose
ends are not all abbreviations (facility_frames_zh). All sentences are made up."""

from tests.sentences import at, extracted


def _spans(text, label):
    return [(s, e, label) for s, e, _l, _n in extracted(text, label)]


# --- hotels ------------------------------------------------------------------------------------------------------

def test_hotel_after_a_preposition_is_one_fac():
    text = "他住进了泰和饭店，次日又搬到同福旅社。"
    assert _spans(text, "FAC") == [at(text, "泰和饭店", "FAC"), at(text, "同福旅社", "FAC")]


def test_hotel_with_its_city_is_one_fac():
    text = "代表们在杭州鸿运大旅社召开会议。"
    assert _spans(text, "FAC") == [at(text, "杭州鸿运大旅社", "FAC")]
    assert _spans(text, "GPE") == []


def test_kinds_and_counts_of_hotels_are_no_name():
    for text in ("他在当地一家小旅馆住下。", "新式大旅社只有三家。", "城里旅馆饭店业兴盛。", "坐在饭店宾馆中吃饭。",
                 "这家饭店很小。"):
        assert _spans(text, "FAC") == [], text


# --- events and bodies named by a village -------------------------------------------------------------------------

def test_massacre_rising_and_battle_named_by_a_village():
    text = "日军制造了孙家庄惨案和刘各庄血案。"
    assert _spans(text, "EVENT") == [at(text, "孙家庄惨案", "EVENT"), at(text, "刘各庄血案", "EVENT")]
    text = "牛家河子暴动失败后，他转入地下。"
    assert _spans(text, "EVENT") == [at(text, "牛家河子暴动", "EVENT")]
    text = "这次黑石坎战斗歼敌百余人。"
    assert _spans(text, "EVENT") == [at(text, "黑石坎战斗", "EVENT")]


def test_county_and_verb_before_the_village_stay_outside():
    text = "邯郸八里庄惨案震惊全县。"
    assert _spans(text, "EVENT") == [at(text, "八里庄惨案", "EVENT")]
    assert _spans(text, "GPE") == [at(text, "邯郸", "GPE")]


def test_ordinary_words_before_event_heads_name_no_village():
    for text in ("农村惨案频发。", "全村暴动。", "三个村暴动。"):
        assert _spans(text, "EVENT") == [], text


def test_village_township_and_district_bodies():
    text = "当晚在马家岭村农会召开大会，随后成立了青溪乡苏维埃政府和上洋区苏维埃政府。"
    assert _spans(text, "ORG") == [at(text, "马家岭村农会", "ORG"), at(text, "青溪乡苏维埃政府", "ORG"),
                                   at(text, "上洋区苏维埃政府", "ORG")]


def test_city_before_a_village_body_is_its_own_gpe():
    text = "漳州石桥村农会决定减租。"
    assert _spans(text, "ORG") == [at(text, "石桥村农会", "ORG")]
    assert _spans(text, "GPE") == [at(text, "漳州", "GPE")]


def test_one_character_district_stem_is_no_body():
    text = "边区苏维埃政府成立，本乡农会随即改组。"
    assert at(text, "边区苏维埃政府", "ORG") not in _spans(text, "ORG")
    assert at(text, "本乡农会", "ORG") not in _spans(text, "ORG")


def test_church_body_of_a_known_city():
    text = "他由湖州教会派往乡间传教。"
    assert _spans(text, "ORG") == [at(text, "湖州教会", "ORG")]
    text = "中国教会和美国教会都派了人。"
    assert _spans(text, "ORG") == []


# --- numbered works, gates, family compounds ------------------------------------------------------------------------

def test_numbered_works_is_one_fac():
    text = "该厂迁到内地后改称第三十工厂，后来又与第四十四兵工厂合并。"
    assert _spans(text, "FAC") == [at(text, "第三十工厂", "FAC"), at(text, "第四十四兵工厂", "FAC")]


def test_gate_named_like_a_county_after_a_verb():
    text = "守军从定远门突围，敌人随即攻破了永宁门。"
    assert _spans(text, "FAC") == [at(text, "定远门", "FAC"), at(text, "永宁门", "FAC")]


def test_a_place_ending_in_men_stays_a_place():
    text = "部队到江门休整。"
    assert _spans(text, "FAC") == []


def test_family_compound_is_one_fac_and_no_person():
    text = "队伍在周家大院休息，陈家大屋也驻了兵。"
    assert _spans(text, "FAC") == [at(text, "周家大院", "FAC"), at(text, "陈家大屋", "FAC")]
    assert _spans(text, "PERSON") == []


# --- a force's office in a city ---------------------------------------------------------------------------------------

def test_force_office_in_a_city_is_one_org():
    text = "八路军驻陕通讯处和新四军桂林办事处负责接待。"
    assert _spans(text, "ORG") == [at(text, "八路军驻陕通讯处", "ORG"), at(text, "新四军桂林办事处", "ORG")]
    assert _spans(text, "MIL_UNIT") == []


def test_force_alone_and_office_site_are_not_the_office():
    text = "八路军在桂林休整。"
    assert _spans(text, "ORG") == []
    text = "新四军驻闽办事处旧址现为纪念馆。"
    assert at(text, "新四军驻闽办事处", "ORG") not in _spans(text, "ORG")


# --- counted routes ------------------------------------------------------------------------------------------------

def test_counted_routes_with_an_unfamiliar_end_are_one_fac():
    text = "物资经川黔、滇越两路运入。"
    assert _spans(text, "FAC") == [at(text, "川黔、滇越两路", "FAC")]


def test_count_that_disagrees_with_the_list_is_no_route():
    text = "左右两路，中美、中英两国。"
    assert _spans(text, "FAC") == []


# --- strikes named by a railway or a pair of places ------------------------------------------------------------------

def test_strike_named_by_a_railway_or_a_place_pair_is_one_event():
    text = "1922年粤汉铁路大罢工之后，又有胶济路工人大罢工。"
    assert _spans(text, "EVENT") == [at(text, "粤汉铁路大罢工", "EVENT"), at(text, "胶济路工人大罢工", "EVENT")]
    text = "次年省港大罢工爆发。"
    assert _spans(text, "EVENT") == [at(text, "省港大罢工", "EVENT")]


def test_a_pair_of_countries_names_no_strike():
    text = "中美大罢工的传闻。"
    assert _spans(text, "EVENT") == []
