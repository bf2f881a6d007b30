"""English text as real pages write it (issue 8): military-style dates, flattened infoboxes, bare
counts, British designations, named commands and forces. Sentences written for these tests."""

import pytest

from pipeline import extract_text
from pipeline.rules.english import find_english


def spans(text, label=None):
    return [(text[c.start:c.end], c.label) for c in find_english(text) if label in (None, c.label)]


def norms(text, label):
    return [(text[c.start:c.end], c.norm) for c in find_english(text) if c.label == label]


def extracted(text, label=None):
    record = extract_text(text, "t")
    return [(text[e["start"]:e["end"]], e["label"], e.get("norm")) for e in record["entities"]
            if label in (None, e["label"])]


# ----------------------------------------------------------------------------- DATE
@pytest.mark.parametrize("text,span,value", [
    ("The relief column left on 9 MAR 1943 at dawn.", "9 MAR 1943", "1943-03-09"),
    ("Patrols went out on 17 SEP 1944 and came back.", "17 SEP 1944", "1944-09-17"),
    ("The order was signed in JUL 1945 by the staff.", "JUL 1945", "1945-07"),
])
def test_military_upper_case_dates(text, span, value):
    assert norms(text, "DATE") == [(span, {"value": value})]


def test_upper_case_month_after_a_modifier():
    assert norms("UNTIL EARLY OCTOBER, the line held.", "DATE") == [
        ("EARLY OCTOBER", {"value": "XXXX-10", "mod": "START"})]


def test_upper_case_short_month_alone_is_no_date():
    assert spans("The APR team and the DEC unit met.", "DATE") == []


def test_a_year_before_a_comma_is_a_date():
    assert spans("The depot was built in 1943, and it burned.", "DATE") == [("1943", "DATE")]


def test_slash_ranges_of_years_and_months():
    text = "The wing flew in 1943/44, and the depot ran (March/October 1944)."
    assert [(s, n["value"]) for s, n in norms(text, "DATE")] == [
        ("1943", "1943"), ("44", "1944"), ("March", "1944-03"), ("October 1944", "1944-10")]


def test_late_in_a_year():
    assert norms("The road opened late in 1945 after the rains.", "DATE") == [
        ("late in 1945", {"value": "1945", "mod": "END"})]


def test_a_date_glued_to_its_infobox_label():
    text = "Battle of Nowhere\nDate11 May–2 July 1942\nResult Draw"
    assert [(s, n["value"]) for s, n in norms(text, "DATE")] == [("11 May", "1942-05-11"), ("2 July 1942", "1942-07-02")]


def test_a_bare_day_of_a_range_is_normalised_in_english_text():
    found = extracted("Between 5 and 9 June 1943, the columns crossed.", "DATE")
    assert [(s, n["value"]) for s, _, n in found] == [("5", "1943-06-05"), ("9 June 1943", "1943-06-09")]


# ----------------------------------------------------------------------------- QUANTITY
def test_a_count_before_a_participle_is_bare():
    text = "The raid left 1,240 killed and 3,100 wounded, and more than 600 captured."
    assert norms(text, "QUANTITY") == [
        ("1,240", {"value": 1240, "unit": "", "approx": None}),
        ("3,100", {"value": 3100, "unit": "", "approx": None}),
        ("more than 600", {"value": 600, "unit": "", "approx": "over"})]


def test_infobox_figures_with_footnote_marks_are_bare_counts():
    text = "Casualties and losses\n3,250[4] 6,100–8,000[5]\nclaimed: 12,000+[6]"
    assert norms(text, "QUANTITY") == [
        ("3,250", {"value": 3250, "unit": "", "approx": None}),
        ("6,100–8,000", {"value": 6100, "unit": "", "approx": None}),
        ("12,000+", {"value": 12000, "unit": "", "approx": "over"})]


def test_a_footnote_number_and_a_year_are_no_count():
    assert spans("It fell in 1942[3] after a siege.[12]", "QUANTITY") == []


def test_infobox_strength_lines_count_formations():
    text = "Strength\n3 Infantry Divisions\napprox. 1 Armoured Brigade\n2 \"Raider\" Battalions\nCasualties and losses\n900"
    assert norms(text, "QUANTITY") == [
        ("3 Infantry Divisions", {"value": 3, "unit": "Infantry Divisions", "approx": None}),
        ("approx. 1 Armoured Brigade", {"value": 1, "unit": "Armoured Brigade", "approx": "about"}),
        ("2 \"Raider\" Battalions", {"value": 2, "unit": "\"Raider\" Battalions", "approx": None}),
        ("900", {"value": 900, "unit": "", "approx": None})]
    assert spans(text, "MIL_UNIT") == []


def test_outside_an_infobox_a_british_cardinal_is_still_a_unit():
    assert spans("Then 4 Corps withdrew to the plain.", "MIL_UNIT") == [("4 Corps", "MIL_UNIT")]


@pytest.mark.parametrize("text,span,unit", [
    ("They met 40,000 Burmese volunteers on the road.", "40,000 Burmese volunteers", "Burmese volunteers"),
    ("The camp held 900 Indians and labourers that year.", "900 Indians and labourers", "Indians and labourers"),
    ("The island had 300 riflemen in all.", "300 riflemen", "riflemen"),
])
def test_plural_counts_with_demonyms_coordination_and_men(text, span, unit):
    assert [(s, n["unit"]) for s, n in norms(text, "QUANTITY")] == [(span, unit)]


def test_no_more_than_is_under():
    assert norms("The post had no more than 70-80 gunners.", "QUANTITY") == [
        ("no more than 70-80 gunners", {"value": 70, "unit": "gunners", "approx": "under"})]


def test_a_range_with_an_en_dash_keeps_its_unit_through_the_pipeline():
    found = extracted("The army had 60,000–75,000 troops in the field.", "QUANTITY")
    assert found == [("60,000–75,000 troops", "QUANTITY", {"value": 60000, "unit": "troops", "approx": None})]


# ----------------------------------------------------------------------------- GPE through the pipeline
def test_a_dotted_abbreviation_keeps_its_full_stop():
    found = extracted("The U.S. officers flew in.", "GPE")
    assert [(s, l) for s, l, _ in found] == [("U.S.", "GPE")]
    # inside a count it is part of the count's noun, as the undotted `US` is (session 30, s30enunit)
    assert [(s, l) for s, l, _ in extracted("Two U.S. officers flew in.", "QUANTITY")] == [("Two U.S. officers", "QUANTITY")]


# ----------------------------------------------------------------------------- MIL_UNIT
def unit_norms(text):
    return [(s, n.get("numbers"), n.get("echelon"), n.get("prefix")) for s, n in norms(text, "MIL_UNIT")]


def test_us_army_ordinals_and_four_digit_units():
    assert unit_norms("The 3d Battalion joined the 5332d Brigade and the 1st Air Commando Group.") == [
        ("3d Battalion", [3], "营", ""), ("5332d Brigade", [5332], "旅", ""),
        ("1st Air Commando Group", [1], "大队", "")]


def test_a_nationality_inside_the_designation_stays():
    assert unit_norms("a company of the 14th Chinese Division and the 2nd Japanese Division") == [
        ("14th Chinese Division", [14], "师", ""), ("2nd Japanese Division", [2], "师团", "")]


def test_army_air_force_and_its_abbreviation():
    assert unit_norms("the 14th Army Air Force, later the 14th AAF,") == [
        ("14th Army Air Force", [14], "航空队", ""), ("14th AAF", [14], "航空队", "")]


def test_british_regiments_by_name():
    text = "The 2nd Dorset Regiment relieved the Royal Scots Fusiliers and the 4th Gurkha Rifles."
    assert spans(text, "MIL_UNIT") == [("2nd Dorset Regiment", "MIL_UNIT"), ("Royal Scots Fusiliers", "MIL_UNIT"),
                                       ("4th Gurkha Rifles", "MIL_UNIT")]


def test_a_post_or_an_arm_is_no_regiment_name():
    assert spans("The Deputy Artillery Regiment Commander and the Infantry Regiment staff met.", "MIL_UNIT") == []


def test_a_battalion_with_its_parent_after_a_comma_is_one_unit():
    text = "The 1st Bn, Lancashire Fusiliers and 33 Brigade, 7th Indian Division held; the 2nd Battalion, 3rd Battalion followed."
    assert unit_norms(text) == [
        ("1st Bn, Lancashire Fusiliers", [1], "营", ""), ("33 Brigade, 7th Indian Division", [33, 7], "旅", ""),
        ("2nd Battalion", [2], "营", ""), ("3rd Battalion", [3], "营", "")]


def test_a_parenthesised_qualifier_inside_a_battalion():
    assert unit_norms("the 2nd (Garrison) Bn, Kumaon Regiment") == [
        ("2nd (Garrison) Bn, Kumaon Regiment", [2], "营", "警备")]


def test_raf_group_with_its_service():
    assert unit_norms("Hurricanes of 224 Group RAF attacked.") == [("224 Group RAF", [224], "大队", "")]


def test_lettered_forces_and_leader_nicknames():
    text = "Q Force crossed first; Carlson\u2019s Raiders and Darby's Rangers waited. A Force of 300 men stayed."
    assert spans(text, "MIL_UNIT") == [("Q Force", "MIL_UNIT"), ("Carlson\u2019s Raiders", "MIL_UNIT"),
                                       ("Darby's Rangers", "MIL_UNIT")]


def test_named_commands_but_not_high_command():
    text = "The Troop Carrier Command and the Northern Combat Area Command reported to the Japanese High Command."
    assert spans(text, "MIL_UNIT") == [("Troop Carrier Command", "MIL_UNIT"),
                                       ("Northern Combat Area Command", "MIL_UNIT")]


def test_names_of_joined_places_with_an_echelon_or_theatre_word():
    text = "The Burma-India Wing flew for the Burma-India Theater; the Tokyo-Ghost Wing is fiction."
    assert spans(text) == [("Burma-India Wing", "MIL_UNIT"), ("Burma-India Theater", "LOC")]


# ----------------------------------------------------------------------------- places
@pytest.mark.parametrize("text,expected", [
    # (a lower-case compass adjective is outside the place: english_span_edges; Upper Burma is a region's name)
    ("Rain fell on upper Burma and in southern Yunnan.", [("upper Burma", "LOC"), ("Yunnan", "GPE")]),
    ("The Kingdom of Siam and the Empire of Japan signed; the Empire of Nowhere did not.",
     [("Kingdom of Siam", "GPE"), ("Empire of Japan", "GPE")]),
    ("They dug in on Pagoda Hill and along the Shenam ridge, below the Arakan mountains.",
     [("Pagoda Hill", "LOC"), ("Shenam ridge", "LOC"), ("Arakan mountains", "LOC")]),
    ("He was born in Macon, Georgia? No: in Dayton, Ohio, and served in Kerala and Mizoram.",
     # (towns and a state no list holds are read from their context: english_place_context)
     [("Macon", "GPE"), ("Georgia", "GPE"), ("Dayton", "GPE"), ("Ohio", "GPE"), ("Kerala", "GPE"), ("Mizoram", "GPE")]),
    ("The column reached Hpakant and then Banmauk.", [("Hpakant", "GPE"), ("Banmauk", "GPE")]),
])
def test_place_classes(text, expected):
    assert [(s, l) for s, l in spans(text) if l in ("GPE", "LOC")] == expected


def test_pinyin_apostrophe_spellings_of_known_places():
    assert spans("Refugees fled from Huai'an to Bei\u2019an.", "GPE") == [("Huai'an", "GPE"), ("Bei\u2019an", "GPE")]


def test_an_infobox_label_glued_to_a_place():
    assert spans("LocationChangsha, Hunan", "GPE") == [("Changsha", "GPE"), ("Hunan", "GPE")]


# ----------------------------------------------------------------------------- PERSON
@pytest.mark.parametrize("text,name", [
    ("The brigade was led by Brig. Gen. J. R. T. Hamilton until May.", "J. R. T. Hamilton"),
    ("Second column under LTC Harold Finch\nNote: two companies", "Harold Finch"),
    ("Photo by LtCol Peter\nB. Lawson reconnoitered the beach", "Peter\nB. Lawson"),
    ("the battery of Lt. Colonel R.K. Menon fired", "R.K. Menon"),
    ("Reports reached Lt. Gen. Claire \"Old Leatherface\" Chennault at Kunming.", "Claire \"Old Leatherface\" Chennault"),
])
def test_person_classes(text, name):
    assert spans(text, "PERSON") == [(name, "PERSON")]


# ----------------------------------------------------------------------------- EVENT / ORG
def test_an_infobox_title_line_ends_the_event_name():
    assert spans("Siege of Lashio\nPart of the Burma Campaign", "EVENT") == [
        ("Siege of Lashio", "EVENT"), ("Burma Campaign", "EVENT")]


def test_a_side_word_before_a_campaign_name_stays_outside():
    assert spans("the Japanese Central Burma Campaign began", "EVENT") == [("Central Burma Campaign", "EVENT")]


def test_a_single_letter_code_name_with_a_space():
    assert spans("the Japanese C Go offensive into Yunnan failed", "EVENT") == [("C Go offensive", "EVENT")]


def test_an_organisation_named_with_us():
    assert spans("She taught at the U.S. Naval Academy for years.", "ORG") == [("U.S. Naval Academy", "ORG")]


def test_marine_divisions_and_regiments():
    assert unit_norms("The 2nd Marine Division and the 6th Marines landed.") == [
        ("2nd Marine Division", [2], "师", "陆战"), ("6th Marines", [6], "团", "")]


def test_an_owner_before_a_river_stays_outside():
    assert spans("They crossed Luzon\u2019s Agno River at night.", "LOC") == [("Luzon", "LOC"), ("Agno River", "LOC")]


def test_order_of_battle_norms_through_the_pipeline():
    text = "Q Force and the 2nd Bn, Dorset Regiment and 224 Group RAF and the 4th Gurkha Rifles moved."
    assert [(s, n["numbers"], n["echelon"]) for s, _, n in extracted(text, "MIL_UNIT")] == [
        ("Q Force", [], "部队"), ("2nd Bn, Dorset Regiment", [2], "营"), ("224 Group RAF", [224], "大队"),
        ("4th Gurkha Rifles", [4], "团")]


def test_a_japanese_commander_before_his_division_in_brackets():
    found = extracted("Commanders\nShojiro Iida (16th Division)", "MIL_UNIT")
    assert [(s, n["echelon"], n["side"]) for s, _, n in found] == [("16th Division", "师团", "JP")]


def test_a_range_across_a_footnote_mark_keeps_no_unit():
    found = extracted("Casualties and losses\n3,000[2]–5,000 killed", "QUANTITY")
    assert found == [("3,000[2]–5,000", "QUANTITY", {"value": 3000, "unit": "", "approx": None})]


def test_rows_of_an_english_table_in_a_page_quoting_chinese_stay_lines():
    text = ("The corps under General Ichiro Abe (阿部一郎) had:\nUnit Commander Strength\n"
            "4th Division Lt. Gen. Jiro Kato 21,000\n8th Division Lt. Gen. Goro Mori 19,000\n")
    units = [(s, l) for s, l, _ in extracted(text, "MIL_UNIT")]
    assert units == [("4th Division", "MIL_UNIT"), ("8th Division", "MIL_UNIT")]
    assert [s for s, _, _ in extracted(text, "PERSON") if s.isascii()] == ["Ichiro Abe", "Jiro Kato", "Goro Mori"]


@pytest.mark.parametrize("text,span,norm", [
    ("He raised the New 22 Division that year.", "New 22 Division", ([22], "师", "新编")),
    ("The Kimura Detachment landed; the Advance Detachment waited.", "Kimura Detachment", ([], "支队", "")),
])
def test_more_unit_forms(text, span, norm):
    assert unit_norms(text) == [(span, *norm)]


def test_tilde_and_a_count_after_a_label_colon():
    assert norms("Total: 42,000 and the reserve (~9,000 men)", "QUANTITY") == [
        ("42,000", {"value": 42000, "unit": "", "approx": None}),
        ("~9,000 men", {"value": 9000, "unit": "men", "approx": "about"})]


def test_a_noun_surname_alone_after_the_full_name():
    text = "Pan Yukun took the pass. Pan held it; the Pan river rose."
    assert spans(text, "PERSON") == [("Pan Yukun", "PERSON"), ("Pan", "PERSON")]


def test_japanese_full_names_without_a_title():
    text = "Commanders and leaders\nUnited Kingdom Philip Christison Empire of Japan Tadashi Katakura\n(Dai-Nippon Teikoku Kaigun)"
    assert spans(text, "PERSON") == [("Philip Christison", "PERSON"), ("Tadashi Katakura", "PERSON")]


def test_an_apostrophe_inside_a_name_but_not_a_possessive():
    text = "Prince Kan'in Kotohito signed, and General Smith's staff agreed."
    assert spans(text, "PERSON") == [("Kan'in Kotohito", "PERSON"), ("Smith", "PERSON")]


def test_capture_and_fall_events_and_war_zones():
    text = "After the Fall of Singapore and the Capture of Changsha, the Sixth and Ninth War Zone held."
    assert spans(text) == [("Fall of Singapore", "EVENT"), ("Capture of Changsha", "EVENT"),
                           ("Sixth and Ninth War Zone", "MIL_UNIT")]


def test_usaaf_squadrons_word_ordinals_and_us_inside():
    assert unit_norms("the Seventy-Fifth Pursuit Squadron of the 23rd U.S. Air Force") == [
        ("Seventy-Fifth Pursuit Squadron", [75], "战斗机中队", ""), ("23rd U.S. Air Force", [23], "航空队", "")]


def test_airfields_named_field():
    assert spans("They trained at Maxwell Field and flew from Dinjan Airdrome.", "FAC") == [
        ("Maxwell Field", "FAC"), ("Dinjan Airdrome", "FAC")]


def test_a_decade_with_an_apostrophe_and_a_possessive_year():
    assert norms("Films of the 1930's and 1943's harvest", "DATE") == [
        ("1930's", {"value": "193"}), ("1943", {"value": "1943"})]


def test_wade_giles_names_with_apostrophes_and_umlauts():
    text = "Then Hsüeh Yüeh, T'ang En-po and Chang Fa-k'uei met Pai Ch'ung-hsi."
    assert spans(text, "PERSON") == [("Hsüeh Yüeh", "PERSON"), ("T'ang En-po", "PERSON"),
                                     ("Chang Fa-k'uei", "PERSON"), ("Pai Ch'ung-hsi", "PERSON")]


def test_indian_army_slash_battalions_and_hq():
    assert unit_norms("The 3/8th Punjab Regiment and 2/5 Gurkhas joined HQ 4 Corps.") == [
        ("3/8th Punjab Regiment", [3, 8], "营", ""), ("2/5 Gurkhas", [2, 5], "营", ""), ("HQ 4 Corps", [4], "兵团", "")]


def test_a_fraction_is_no_quantity_and_a_spaced_compass_region():
    assert spans("Half the men (1/2 hour later) and 3/4 of the mules reached South East Asia.") == [
        ("South East Asia", "LOC")]


def test_two_known_places_joined_by_a_hyphen_are_two_places():
    text = "north of the Lashio-Mandalay sector, not the Burma-India Ferry Board or the China-Burma-India front"
    assert spans(text, "GPE") == [("Lashio", "GPE"), ("Mandalay", "GPE")]


def test_a_count_with_a_hyphenated_modifier():
    assert norms("They sent four regiment-sized columns north.", "QUANTITY") == [
        ("four regiment-sized columns", {"value": 4, "unit": "regiment-sized columns", "approx": None})]


def test_western_names_with_a_common_given_name():
    text = "Reports from Herbert K. Loomis and Walter Penrose reached Douglas Field and the Arthur River."
    assert spans(text, "PERSON") == [("Herbert K. Loomis", "PERSON"), ("Walter Penrose", "PERSON")]
