"""Chinese MIL_UNIT / QUANTITY classes of session 26 (s26zhunit): force_magnitude_counts_zh (百万 before the force it
counts), station_named_garrison_units_zh (Japanese garrisons named by their station) and the `one` flag of the
vehicle, aircraft, ship and machine-gun classifiers 辆 架 艘 挺 in lexicons/measure_words.tsv.

Every sentence is written for this file (made-up places and names); tests assert exact spans, labels and values.
Extent rules followed: guideline 9 (the counted noun stays outside), guideline 14, guideline 15 (a full official name
is one span), guideline 2 (a side word before a unit stays outside).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def norms(text: str, label: str) -> list[tuple[str, dict]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["norm"]) for e in record["entities"] if e["label"] == label]


# --- 1. a bare magnitude before the force it counts ---------------------------------------------------------
def test_million_before_an_army_is_a_count():
    found = norms("敌以百万大军压境，我方百万雄师随即渡江。", "QUANTITY")
    assert [(s, n["value"], n["unit"]) for s, n in found] == [("百万", 1000000, ""), ("百万", 1000000, "")]


def test_million_before_a_side_army_traditional():
    assert ("百萬", "QUANTITY") in ents("那年秋天，百萬蘇軍越過邊境。")


def test_magnitude_without_force_noun_is_no_count():
    found = ents("千万不要出城，他是百万富翁，城外千军万马。")
    assert not [s for s, lab in found if lab == "QUANTITY"]


def test_counted_millions_stay_with_the_count_finders():
    assert ("数百万人", "QUANTITY") in ents("战乱中数百万人流离失所。")


# --- 2. garrisons named by their station ----------------------------------------------------------------------
def test_china_garrison_regiment_is_one_unit():
    found = norms("他调任中国驻屯步兵第一联队大队长。", "MIL_UNIT")
    assert found == [("中国驻屯步兵第一联队", {"numbers": [1], "echelon": "联队", "prefix": "步兵", "side": "JP", "id": None})]
    assert ("中国", "GPE") not in ents("他调任中国驻屯步兵第一联队大队长。")


def test_garrison_brigade_and_city_garrison():
    found = ents("事变后支那驻屯混成旅团奉命集结，甲城驻屯步兵队随后出动，乙港驻屯海军陆战队登陆。")
    assert ("支那驻屯混成旅团", "MIL_UNIT") in found
    assert ("支那", "GPE") not in found


def test_city_garrison_with_known_city():
    assert ("天津驻屯步兵第12大队", "MIL_UNIT") in ents("当时天津驻屯步兵第12大队奉命南下。")


def test_garrison_post_stays_outside():
    assert ("支那驻屯步兵第二联队", "MIL_UNIT") in ents("其后任支那驻屯步兵第二联队长。")


def test_stationed_verb_is_no_unit():
    found = ents("该部在天津驻屯的部队不多。")
    assert not [s for s, lab in found if lab == "MIL_UNIT"]


# --- 3. one vehicle, aircraft, ship or machine gun is counted ------------------------------------------------
def test_one_vehicle_aircraft_ship_gun():
    found = norms("村口停着一辆卡车，天上飞过一架飞机，江面有一艘小火轮，他们还缴获一挺机枪。", "QUANTITY")
    assert [(s, n["value"], n["unit"]) for s, n in found] == [
        ("一辆", 1, "辆"), ("一架", 1, "架"), ("一艘", 1, "艘"), ("一挺", 1, "挺")]


def test_one_classifier_inside_words_is_no_count():
    found = ents("他一架势十足，随即一挺身站了起来。")
    assert not [s for s, lab in found if lab == "QUANTITY"]


def test_one_indefinite_still_not_counted():
    found = ents("他们开了一次会，来了一个人。")
    assert ("一次", "QUANTITY") not in found


def test_approximator_before_the_magnitude_stays_with_the_count_finders():
    assert ("超百万", "QUANTITY") in ents("此役动员超百万兵力。")


# --- 4. a named army before its New Army brigade or regiment (unit_joins_zh ranks 镇/协/标) -------------------
def test_named_army_before_new_army_brigade_is_one_unit():
    found = ents("当时鄂军第一协开到城外。")
    assert ("鄂军第一协", "MIL_UNIT") in found
    assert ("鄂军", "MIL_UNIT") not in found


def test_named_army_before_new_army_regiment_is_one_unit():
    found = norms("湘军第二标驻城外。", "MIL_UNIT")
    assert [(s, n["numbers"]) for s, n in found] == [("湘军第二标", [2])]


def test_two_named_armies_stay_apart():
    found = ents("直军奉军混战多日。")
    assert ("直军", "MIL_UNIT") in found and ("奉军", "MIL_UNIT") in found


# --- 5. the collaborationist armies named by a slogan keep 和平 (和平建国军, 和平救国军) --------------------------
def test_slogan_army_with_designation_is_one_unit():
    found = norms("其时和平建国军第五方面军移驻江边。", "MIL_UNIT")
    assert [(s, n["numbers"], n["echelon"]) for s, n in found] == [("和平建国军第五方面军", [5], "方面军")]


def test_slogan_army_he_is_not_a_conjunction():
    found = ents("不久和平救国军第一路军开到。")
    assert ("和平救国军第一路军", "MIL_UNIT") in found


def test_purpose_army_still_read():
    found = ents("城破之后，建国军第二军入城，讨逆军第三路随后赶到。")
    assert ("建国军第二军", "MIL_UNIT") in found and ("讨逆军第三路", "MIL_UNIT") in found


# --- 6. a regiment's transport and anti-aircraft companies, numbered within their kind (unit_arm_tails_zh) ------
def test_transport_company_numbered_within_its_kind():
    found = norms("他被分到三团汽车一连当司机。", "MIL_UNIT")
    assert [(s, n["numbers"], n["echelon"], n["prefix"]) for s, n in found] == [("三团汽车一连", [3, 1], "连", "汽车")]


def test_anti_aircraft_machine_gun_company():
    assert ("第五团高射机枪连", "MIL_UNIT") in ents("后调第五团高射机枪连任班长。")


def test_transport_word_without_company_is_no_tail():
    found = ents("三团汽车站离这里不远。")
    assert ("三团汽车站", "MIL_UNIT") not in found


# --- 7. a chain before a transport or anti-aircraft company; edges of Qing camps and purpose armies ----------
def test_chain_before_anti_aircraft_company_is_one_unit():
    found = norms("次年调入中国人民解放军五十五军一六四师四九一团高射机枪连。", "MIL_UNIT")
    assert [(s, n["numbers"], n["echelon"]) for s, n in found] == [
        ("中国人民解放军五十五军一六四师四九一团高射机枪连", [55, 164, 491], "连")]


def test_chain_before_special_duty_company_unchanged():
    assert ("54军198师特务连", "MIL_UNIT") in ents("当时54军198师特务连开到。")


def test_appointment_verbs_stay_outside_a_camp():
    found = ents("管带某甲升署中军右营副将衔，后补授定边军左营游击。")
    assert ("中军右营", "MIL_UNIT") in found and ("定边军左营", "MIL_UNIT") in found


def test_fujian_before_a_generic_force_is_a_place():
    found = ents("福建清军接连攻克两城。")
    assert ("福建", "GPE") in found
    assert not [s for s, lab in found if lab == "MIL_UNIT"]
