"""Recurring English unit forms (pipeline/rules/english_unit_forms.py). Sentences written for these tests."""

from pipeline.rules.english import find_english


def units(text):
    return [(text[c.start:c.end], c.norm.get("numbers"), c.norm.get("echelon"))
            for c in find_english(text) if c.label == "MIL_UNIT"]


def labels(text):
    return [(text[c.start:c.end], c.label) for c in find_english(text)]


def test_ordinal_with_any_qualifiers():
    got = units("The 44th Special Rifle Corps relieved the 9th Light Anti-Aircraft Regiment.")
    assert [g[:2] for g in got] == [("44th Special Rifle Corps", [44]), ("9th Light Anti-Aircraft Regiment", [9])]


def test_code_name_in_brackets():
    assert [g[:2] for g in units("The 56th (Tatsu) Division fell back.")] == [("56th (Tatsu) Division", [56])]


def test_qualifier_is_no_sentence_word():
    # 'May' is a month, 'The' starts a sentence: no qualifier
    assert [g[0] for g in units("On the 4th May Division orders came.")] == []


def test_regimental_combat_teams():
    got = units("The 34th RCT and the 187th Airborne Regimental Combat Team moved north.")
    assert got == [("34th RCT", [34], "团"), ("187th Airborne Regimental Combat Team", [187], "团")]


def test_slash_battalions():
    got = units("The 3/12th Frontier Force and the 2/24th Battalion held; on 14/15 March they withdrew.")
    assert got == [("3/12th Frontier Force", [3, 12], "营"), ("2/24th Battalion", [2, 24], "营")]


def test_cardinal_lower_case_designation_but_not_a_count():
    got = labels("The enemy 143 division attacked, then over 3 divisions arrived.")
    assert ("143 division", "MIL_UNIT") in got
    assert ("over 3 divisions", "QUANTITY") in got


def test_named_formation_without_number():
    assert [g[0] for g in units("The Fijian Infantry Battalion and the Royal Guards Division marched.")] == \
        ["Fijian Infantry Battalion", "Royal Guards Division"]
    assert units("The Operations Division drafted it; the Japanese Division was tired.") == []


def test_battalion_with_arm_regiment_parent():
    got = units("The 3rd Battalion, 17th Infantry crossed first.")
    assert got == [("3rd Battalion, 17th Infantry", [3, 17], "营")]


def test_force_named_after_a_place():
    got = units("The North Borneo Force withdrew while the Sumatra Defence Force and the Java Expeditionary Corps held.")
    assert [g[0] for g in got] == ["North Borneo Force", "Sumatra Defence Force", "Java Expeditionary Corps"]
    assert got[0][2] == "部队"


def test_roman_corps_with_a_word():
    assert units("Then IV Amphibious Corps and XII Philippine Corps attacked.") == [
        ("IV Amphibious Corps", [4], "军"), ("XII Philippine Corps", [12], "军")]


def test_ordinal_list_after_plural_echelon():
    text = "He had four divisions, the 2nd, 14th, 33rd and 40th, on the river. The 1st and 2nd of May passed."
    got = [(text[c.start:c.end], c.label, c.norm.get("numbers")) for c in find_english(text)
           if c.label == "MIL_UNIT"]
    assert got == [("2nd, 14th, 33rd and 40th", "MIL_UNIT", [2, 14, 33, 40])]


def test_numbered_military_districts():
    assert units("The 6th Military District and the 3rd Military Region sent men.") == [
        ("6th Military District", [6], "军管区"), ("3rd Military Region", [3], "军区")]


def test_battalion_by_plural_regiment_name():
    got = units("The 2nd Wiltshires and the 1st Royal Berkshires held; on the 3rd Days passed slowly.")
    assert got == [("2nd Wiltshires", [2], "营"), ("1st Royal Berkshires", [1], "营")]


def test_named_formation_with_lower_case_head():
    got = units("Then the Zhou Anbang brigade and the Mori detachment attacked, but the Gurkha brigade held.")
    assert [g[0] for g in got] == ["Zhou Anbang brigade", "Mori detachment"]


def test_military_region_of_joined_short_names():
    assert units("The Su-Wan Military Region and the Lu-Yu Military District were set up.") == [
        ("Su-Wan Military Region", [], "军区"), ("Lu-Yu Military District", [], "军管区")]


def test_units_numbered_after_their_name():
    got = units("Bombing Squadron 5 and VB-3 struck; Destroyer Division 12 and CruDiv 4 followed; Air Force 2 lost.")
    assert [(g[0], g[1]) for g in got] == [("Bombing Squadron 5", [5]), ("VB-3", [3]), ("Destroyer Division 12", [12]),
                                           ("CruDiv 4", [4])]


def test_formation_named_after_a_place_without_number():
    assert units("The Formosa Brigade and the Ceylon Regiment sailed.") == [
        ("Formosa Brigade", [], "旅"), ("Ceylon Regiment", [], "团")]


def test_army_corps_is_one_echelon():
    assert [g[:2] for g in units("The 27th Army Corps crossed the river.")] == [("27th Army Corps", [27])]


def test_romanised_japanese_echelons():
    got = units("The Sakura Heidan, the Mori Shitai and the 55th Rentai held; the Dai-33 Shidan withdrew.")
    assert got == [("Sakura Heidan", [], "兵团"), ("Mori Shitai", [], "支队"), ("55th Rentai", [55], "联队"),
                   ("Dai-33 Shidan", [33], "师团")]


def test_japanese_number_words():
    from pipeline.rules.english_unit_forms import japanese_number
    assert [japanese_number(w) for w in ("yonju-ni", "ju-go", "hyaku-san", "roku", "kawa")] == [42, 15, 103, 6, None]
    assert units("The Dai-yonju-ni Shidan held.") == [("Dai-yonju-ni Shidan", [42], "师团")]


def test_romanised_armed_service():
    assert units("The Dai-Nippon Teikoku Kaigun sailed.") == [("Dai-Nippon Teikoku Kaigun", [], "")]


def test_two_word_echelon_after_qualifiers():
    assert [g[:2] for g in units("He led the Second Soviet Mongolian Army Group east.")] == [
        ("Second Soviet Mongolian Army Group", [2])]
