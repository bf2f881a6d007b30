"""English span edges and label conventions (pipeline/rules/english_span_edges.py and the small edits it came
with; the readings are in docs/annotation-guidelines.md). Sentences written for these tests."""

from pipeline import extract_text
from pipeline.rules.english import find_english


def labelled(text):
    return [(text[c.start:c.end], c.label) for c in find_english(text)]


def entities(text):
    return [(text[e["start"]:e["end"]], e["label"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_lower_case_compass_adjective_is_outside_the_place():
    text = "The columns pushed into western Hunan, then northern Manchuria and south-east Burma."
    got = labelled(text)
    assert ("Hunan", "GPE") in got and ("Manchuria", "LOC") in got and ("Burma", "GPE") in got
    assert not any(s.startswith(("western", "northern", "south")) for s, _ in got)
    start = text.index("Hunan")
    assert [(c.start, c.end, c.label) for c in find_english(text) if c.start == start] == [(start, start + 5, "GPE")]


def test_region_names_stay_whole():
    text = "Supplies for North China and South-East Asia crossed the western Pacific; rain fell on upper Burma."
    got = labelled(text)
    assert ("North China", "LOC") in got and ("South-East Asia", "LOC") in got
    assert ("western Pacific", "LOC") in got and ("upper Burma", "LOC") in got


def test_brigade_group_is_one_unit_with_the_brigade_reading():
    text = "The 5th Indian Brigade Group held the ridge while the 12th Independent Brigade group withdrew."
    got = entities(text)
    assert [(s, l) for s, l, _ in got] == [("5th Indian Brigade Group", "MIL_UNIT"),
                                           ("12th Independent Brigade group", "MIL_UNIT")]
    assert got[0][2]["echelon"] == "旅" and got[0][2]["numbers"] == [5] and got[0][2]["echelon_key"] == "brigade"


def test_compound_unit_of_a_count():
    got = entities("The fleet gathered 12 aircraft carriers, 30 tank destroyers and 6 torpedo boats.")
    assert [(s, n["value"], n["unit"]) for s, l, n in got if l == "QUANTITY"] == [
        ("12 aircraft carriers", 12, "aircraft carriers"), ("30 tank destroyers", 30, "tank destroyers"),
        ("6 torpedo boats", 6, "torpedo boats")]


def test_compound_unit_not_taken_across_a_verb_of_one():
    got = entities("Only one tank remains near the bridge.")
    assert ("one tank remains", "QUANTITY") not in [(s, l) for s, l, _ in got]


def test_counts_of_a_troop_arm():
    got = entities("He commanded about 18,500 infantry and 2,400 cavalry.\n  • 950 cavalry\n")
    assert [(s, n["value"], n["unit"], n["approx"]) for s, l, n in got if l == "QUANTITY"] == [
        ("about 18,500 infantry", 18500, "infantry", "about"), ("2,400 cavalry", 2400, "cavalry", None),
        ("950 cavalry", 950, "cavalry", None)]


def test_infantry_as_a_modifier_is_no_arm_count():
    got = entities("They sent 3 infantry regiments north.")
    assert [(s, l) for s, l, _ in got] == [("3 infantry regiments", "QUANTITY")]


def test_count_right_after_a_grouped_figure():
    got = entities("Strength2: 64,000 318 field guns\nLosses: 12,115 9 gunboats sunk")
    assert [(s, n["value"], n["unit"]) for s, l, n in got if l == "QUANTITY"] == [
        ("64,000", 64000, ""), ("318 field guns", 318, "field guns"), ("12,115", 12115, ""), ("9 gunboats", 9, "gunboats")]


def test_space_grouped_figure_is_still_one_count():
    got = entities("The army had 250 000 men.")
    assert [(s, l) for s, l, _ in got] == [("250 000 men", "QUANTITY")]


def test_lower_case_siege_of_a_place():
    assert ("siege of Kohima", "EVENT") in labelled("The siege of Kohima lasted for weeks.")
    assert labelled("The siege of nerves went on.") == []


def test_year_range_before_an_event_name():
    text = "It formed part of the 1941\u201342 Spring Offensive and the 1943-1944 Winter Campaign."
    got = labelled(text)
    assert ("1941\u201342 Spring Offensive", "EVENT") in got and ("1943-1944 Winter Campaign", "EVENT") in got


def test_romanised_and_cyrillic_event_names():
    text = ("The Nomonhan Incident (Nomonhan Jiken; Russian: \u0411\u043e\u0438 \u043d\u0430 \u0425\u0430\u043b\u0445\u0438\u043d-"
            "\u0413\u043e\u043b\u0435) and the siege (Sh\u00e0ngh\u01cei Sh\u00ecbi\u00e0n; Romaji: Dairen K\u014disen).")
    got = labelled(text)
    assert ("Nomonhan Jiken", "EVENT") in got and ("Dairen K\u014disen", "EVENT") in got
    assert ("Sh\u00e0ngh\u01cei Sh\u00ecbi\u00e0n", "EVENT") in got
    assert not any(label == "PERSON" for _, label in got)


def test_cyrillic_defence_of_a_place():
    got = labelled("(\u041e\u0431\u043e\u0440\u043e\u043d\u0430 \u0421\u0435\u0432\u0430\u0441\u0442\u043e\u043f\u043e\u043b\u044f, 1941)")
    assert ("\u041e\u0431\u043e\u0440\u043e\u043d\u0430 \u0421\u0435\u0432\u0430\u0441\u0442\u043e\u043f\u043e\u043b\u044f", "EVENT") in got


def test_newspaper_daily_is_org():
    got = labelled("(Photo: ZHAO LEI / FOR SHANGHAI DAILY) The Liberation Daily reported it.")
    assert ("SHANGHAI DAILY", "ORG") in got and ("Liberation Daily", "ORG") in got
    assert not any(label == "GPE" and s in ("SHANGHAI",) for s, label in got)


def test_lower_case_autonomous_prefecture():
    got = labelled("The road enters Aba Tibetan and Qiang autonomous prefecture near Yushu Tibetan autonomous prefecture.")
    assert ("Yushu Tibetan autonomous prefecture", "GPE") in got


def test_perimeter_is_loc():
    assert ("Naktong Perimeter", "LOC") in labelled("The division fell back into the Naktong Perimeter.")


def test_early_hours_and_feast_days():
    got = entities("In the early hours of 9 May 1945 the guns fell silent; on Christmas Day, 25 December 1941, "
                   "the colony surrendered. Whit Monday, 5 June 1944, passed quietly.")
    dates = [(s, n["value"]) for s, l, n in got if l == "DATE"]
    assert dates == [("early hours of 9 May 1945", "1945-05-09TMO"),
                     ("Christmas Day, 25 December 1941", "1941-12-25"),
                     ("Whit Monday, 5 June 1944", "1944-06-05")]


def test_feast_word_without_a_day_is_left():
    got = entities("Easter 1916 came; Easter Tuesday, 25 April 1916 was calm.")
    assert [(s, l) for s, l, _ in got] == [("1916", "DATE"), ("Tuesday, 25 April 1916", "DATE")]


def test_island_of_a_state_is_loc():
    assert ("Okinawa", "LOC") in labelled("The Tenth Army landed on Okinawa in April.")
    assert ("Okinawa Prefecture", "GPE") in labelled("Okinawa Prefecture was returned later.")


def test_capitalised_headed_events_of_a_place():
    text = "The Occupation of Hainan by Japan ended; the Invasion of Malaya and the Recapture of Rangoon followed."
    got = labelled(text)
    assert ("Occupation of Hainan by Japan", "EVENT") in got and ("Invasion of Malaya", "EVENT") in got
    assert ("Recapture of Rangoon", "EVENT") in got
    assert labelled("the occupation of Hainan went on")[0] == ("Hainan", "GPE")


def test_group_of_provinces_is_a_region():
    got = labelled("Troops left the Eighteen Provinces for the Nghe An and Ha Tinh Provinces.")
    assert ("Eighteen Provinces", "LOC") in got
    assert ("Nghe An and Ha Tinh Provinces", "LOC") not in got


def test_counts_of_models():
    got = entities("They brought 20 Type 95 tanks, nearly 60 Ki-43 and Ki-84 fighters and three B-25s; "
                   "one F4F was lost. In 1945 B-29s struck Kobe.")
    assert [(s, n["value"], n["unit"], n["approx"]) for s, l, n in got if l == "QUANTITY"] == [
        ("20 Type 95 tanks", 20, "Type 95 tanks", None),
        ("nearly 60 Ki-43 and Ki-84 fighters", 60, "Ki-43 and Ki-84 fighters", "nearly"),
        ("three B-25s", 3, "B-25s", None), ("one F4F", 1, "F4F", None)]


def test_count_with_more_before_a_class_of_ships():
    got = entities("Later four more Fletcher-class destroyers arrived.")
    assert [(s, n["value"], n["unit"]) for s, l, n in got if l == "QUANTITY"] == [
        ("four more Fletcher-class destroyers", 4, "Fletcher-class destroyers")]


def test_states_of_malaya():
    got = labelled("The brigade withdrew from Trengganu and Pahang through Negeri Sembilan to Johor and Penang.")
    assert got == [("Trengganu", "GPE"), ("Pahang", "GPE"), ("Negeri Sembilan", "GPE"), ("Johor", "GPE"), ("Penang", "GPE")]


def test_clock_time_before_its_date():
    got = entities("Published: 08:05, March 2, 2020 | Updated: 17:40, March 2, 2020")
    assert [(s, n["value"]) for s, l, n in got if l == "DATE"] == [
        ("08:05", "2020-03-02T08:05"), ("March 2, 2020", "2020-03-02"),
        ("17:40", "2020-03-02T17:40"), ("March 2, 2020", "2020-03-02")]
    assert [s for s, l, _ in entities("A ratio of 3:20, June was dry.") if l == "DATE"] == ["June"]


def test_photo_credit_and_renamed_faction():
    got = labelled("The pass in winter. (ZHAO LEI / FOR SHANGHAI DAILY) Zhang joined the New Guangxi Clique.")
    assert ("ZHAO LEI", "PERSON") in got and ("New Guangxi Clique", "ORG") in got
    assert ("Guangxi Clique", "ORG") not in got


def test_lower_case_compass_before_china_is_china():
    got = labelled("Supplies reached southwestern China and north China; North China stayed occupied.")
    assert got == [("China", "GPE"), ("China", "GPE"), ("North China", "LOC")]


def test_railway_with_nationality_alliance_and_coordinated_name():
    got = labelled("The Triple Alliance met the Loyal and Patriotic Society near the Russian Southern Railway.")
    assert got == [("Triple Alliance", "ORG"), ("Loyal and Patriotic Society", "ORG"), ("Russian Southern Railway", "FAC")]
    assert ("Nationalists and Communist Party", "ORG") not in labelled("the Nationalists and Communist Party")


def test_macro_regions_are_loc():
    got = labelled("Supplies went to the Middle East, not the Far East; U.S. Army Forces in the Far East held on.")
    assert got[:2] == [("Middle East", "LOC"), ("Far East", "LOC")]
    assert ("Far East", "LOC") not in got[2:]


def test_province_before_a_numbered_designation():
    got = labelled("He led the Hunan 8th Army, then the Japanese 13th Army; in Hunan, 10th Army troops rested.")
    assert got[0] == ("Hunan 8th Army", "MIL_UNIT")
    assert ("13th Army", "MIL_UNIT") in got and ("Hunan", "GPE") in got and ("10th Army", "MIL_UNIT") in got


def test_initialled_officers_and_officials():
    got = labelled("Major-General T. W. Rees-Mogg and Brigadier J. St. C. Barton met the Hon. R. G. Casey; "
                   "the U.S. Navy sailed.")
    assert ("T. W. Rees-Mogg", "PERSON") in got and ("J. St. C. Barton", "PERSON") in got
    assert ("R. G. Casey", "PERSON") in got
    assert not any(label == "PERSON" and "Navy" in s for s, label in got)


def test_part_of_a_counted_whole():
    got = entities("Gunners hit seven of twelve Japanese transports; about 30 of the 90 lorries burned; "
                   "Li, one of three envoys, returned.")
    assert [(s, n["value"], n["unit"], n["approx"]) for s, l, n in got if l == "QUANTITY"] == [
        ("seven", 7, "", None), ("twelve Japanese transports", 12, "Japanese transports", None),
        ("about 30", 30, "", "about"), ("90 lorries", 90, "lorries", None)]
    assert "one" not in [s for s, l, _ in got]


def test_page_word_across_a_line_break_is_outside():
    got = labelled("Print View\nHong Kong harbour at dusk. Ministry of Defence\nPhoto (RAF) 1945")
    assert ("Ministry of Defence", "ORG") in got
    assert not any(s.startswith("View") or s.endswith("Photo") for s, _ in got)


def test_battalion_with_its_regiment_and_coordinated_regiment_names():
    got = entities("The 1st Battalion Argyll and Sutherland Highlanders, the 2nd Battalion Northamptonshire and "
                   "the Oxfordshire and Buckinghamshire Light Infantry held; US Marine Corps and US Army units landed.")
    labels = [(s, l) for s, l, _ in got]
    assert ("1st Battalion Argyll and Sutherland Highlanders", "MIL_UNIT") in labels
    assert ("2nd Battalion Northamptonshire", "MIL_UNIT") in labels
    assert ("Oxfordshire and Buckinghamshire Light Infantry", "MIL_UNIT") in labels
    assert ("US Marine Corps", "MIL_UNIT") in labels and ("US Army", "MIL_UNIT") in labels
    assert got[0][2]["numbers"] == [1] and got[0][2]["echelon_key"] == "battalion"


def test_aif_inside_a_designation():
    got = entities("Bennett's 8th AIF Division held Johor with the 23rd and 24th A.I.F. Brigades.")
    units = [(s, n["numbers"]) for s, l, n in got if l == "MIL_UNIT"]
    assert units == [("8th AIF Division", [8]), ("23rd and 24th A.I.F. Brigades", [23, 24])]


def test_name_glued_to_a_flag_file_name():
    got = labelled("Commanders and leaders\nFlag of Japan.svgTomoyuki Yamashita\nFlag of the United Kingdom.svgArthur Percival")
    assert ("Tomoyuki Yamashita", "PERSON") in got and ("Arthur Percival", "PERSON") in got


def test_war_flag_caption_names_no_war():
    got = labelled("Belligerents\nChina National Revolutionary Army War flag of the Imperial Japanese Army")
    assert ("National Revolutionary Army", "MIL_UNIT") in got
    assert not any(label == "EVENT" for _, label in got)


def test_named_formations_sharing_a_plural_echelon():
    got = labelled("Men of the East China and Central Plains Field Armies met the Nehru and Bose Brigades; "
                   "the British and Indian Divisions rested.")
    assert ("East China and Central Plains Field Armies", "MIL_UNIT") in got
    assert ("Nehru and Bose Brigades", "MIL_UNIT") in got
    assert not any("British" in s for s, _ in got)


def test_april_fools_day_is_no_date():
    got = entities("The landing fell on April Fool's Day, 1 April 1945.")
    assert [(s, l) for s, l, _ in got] == [("1 April 1945", "DATE")]


def test_possessive_owner_outside_an_organisation_and_yamen():
    got = labelled("The Chinese Communist Party's Central Committee wrote to the Tsungli Yamen; the People's Daily printed it.")
    assert ("Chinese Communist Party", "ORG") in got and ("Central Committee", "ORG") in got
    assert ("Tsungli Yamen", "ORG") in got
    assert not any("Party's" in s for s, _ in got)
