"""English text nobody fitted to (real-dev6-en: encyclopedia and reference pages on the Pacific, Burma and China
theatres): theatres and fronts, British-style river names and shared plural heads, Pacific islands, clock times,
counts with a capitalised noun, lengths, sides written around a unit, order-of-battle lists, boundary repairs.
Sentences written for these tests (pipeline.rules.english_theatres_waters, english_code_names, english_unit_rows,
english_figure_forms, english_bracket_macron_names, english_memorials, english_operation_headings,
english_region_garrison_forces, english_sides_and_chains)."""

from sentences import at, ent, ents, extracted, found, norms


# ----------------------------------------------------------------------------- theatres and fronts
def test_theatres_named_by_capitalised_words_are_places():
    text = "He served in the Mediterranean Theater and later in the South-West Pacific theatre of the war."
    assert found(text, "LOC") == [at(text, "Mediterranean Theater", "LOC"), at(text, "South-West Pacific theatre", "LOC")]


def test_a_demonym_theatre_in_lower_case_is_not_tagged():
    text = "Supplies for the Chinese theater came over the mountains."
    assert at(text, "Chinese theater", "LOC") not in found(text)


def test_a_front_named_by_a_compass_word_is_a_region_but_a_numbered_front_is_a_formation():
    text = "On the Northern Front of the campaign the 2nd Far Eastern Front attacked."
    assert found(text, "LOC") == [at(text, "Northern Front", "LOC")]
    assert at(text, "Northern Front", "LOC") in found(text)


# ----------------------------------------------------------------------------- water, islands
def test_a_river_written_river_first_and_two_rivers_sharing_one_head():
    text = "The brigade crossed the River Salween, then held the Shweli and Namtu Rivers."
    assert found(text, "LOC") == [at(text, "River Salween", "LOC"), at(text, "Shweli and Namtu Rivers", "LOC")]


def test_the_place_after_the_island_of():
    text = "The squadron withdrew to the island of Efate Nui."
    assert at(text, "Efate Nui", "LOC") in found(text, "LOC")


def test_pacific_atolls_and_their_towns_from_the_lexicon():
    text = "After Kwajalein the marines took Eniwetok Atoll; supplies came from Espiritu Santo and Honiara."
    assert found(text, "LOC") == [at(text, "Kwajalein", "LOC"), at(text, "Eniwetok Atoll", "LOC"),
                                  at(text, "Espiritu Santo", "LOC")]
    assert found(text, "GPE") == [at(text, "Honiara", "GPE")]


def test_a_present_name_in_brackets_takes_the_label_of_the_place_before_it():
    text = "The column reached the River Chindwin (now Chindwinn) at dusk."
    assert found(text, "LOC") == [at(text, "River Chindwin", "LOC"), at(text, "Chindwinn", "LOC")]


def test_a_known_town_before_based():
    text = "The Kohima-based battalion was relieved."
    assert found(text, "GPE") == [at(text, "Kohima", "GPE")]


# ----------------------------------------------------------------------------- dates
def test_clock_times_after_at_take_the_day_of_the_last_date():
    text = "On 12 March 1944 the first shells fell at 21:15; the last came at about 03:30."
    assert ent(text, "21:15")["norm"]["value"] == "1944-03-12T21:15"
    second = ent(text, "about 03:30")["norm"]
    assert second["value"] == "1944-03-12T03:30" and second["mod"] == "APPROX"


def test_the_first_day_of_a_slash_range():
    text = "The assaults of 18/21 May 1943 failed."
    assert found(text, "DATE") == [at(text, "18", "DATE"), at(text, "21 May 1943", "DATE")]
    assert ent(text, "18")["norm"]["value"] == "1943-05-18"


# ----------------------------------------------------------------------------- counts and lengths
def test_counts_of_formations_and_things_with_a_capitalised_noun():
    text = "The corps had four infantry Divisions and two Brigades, with 12 Medium tanks and 40 Fighter aircraft."
    assert found(text, "QUANTITY") == [at(text, "four infantry Divisions", "QUANTITY"), at(text, "two Brigades", "QUANTITY"),
                                       at(text, "12 Medium tanks", "QUANTITY"), at(text, "40 Fighter aircraft", "QUANTITY")]
    assert ent(text, "two Brigades")["norm"] == {"value": 2, "unit": "Brigades", "approx": None}


def test_designations_before_a_plural_echelon_are_no_count():
    text = "The 5 and 7 Indian Divisions advanced."
    assert at(text, "7 Indian Divisions", "QUANTITY") not in found(text)


def test_lengths_with_a_glued_unit():
    text = "The ridge rose 450m above the road; a 640m peak and hills of 90-150m stood behind, 3 km away."
    assert found(text, "QUANTITY") == [at(text, "450m", "QUANTITY"), at(text, "640m", "QUANTITY"),
                                       at(text, "90-150m", "QUANTITY"), at(text, "3 km", "QUANTITY")]
    assert ent(text, "90-150m")["norm"] == {"value": 90, "unit": "m", "approx": None}
    assert ent(text, "450m")["norm"] == {"value": 450, "unit": "m", "approx": None}


def test_a_price_in_millions_is_no_length():
    text = "The airfield cost $4m to build."
    assert at(text, "4m", "QUANTITY") not in found(text)


# ----------------------------------------------------------------------------- persons
def test_a_commanders_surname_in_brackets_after_a_formation():
    text = "XV Corps (Christison) and 26 Indian Division (Lomax) moved south."
    assert found(text, "PERSON") == [at(text, "Christison", "PERSON"), at(text, "Lomax", "PERSON")]


def test_romanised_japanese_names_with_macrons():
    text = "Commanders\nEmpire of Japan Kōtoku Satō Empire of Japan Renzō Ōta\n"
    assert found(text, "PERSON") == [at(text, "Kōtoku Satō", "PERSON"), at(text, "Renzō Ōta", "PERSON")]


def test_a_name_before_a_flag_caption_stops_before_it():
    text = "Commanders\nUnited Kingdom Sir Frank Messervy Empire of Japan Hanaya Tadashi\n"
    assert at(text, "Frank Messervy", "PERSON") in found(text, "PERSON")
    assert at(text, "Empire of Japan", "GPE") in found(text, "GPE")


def test_a_photo_credit():
    text = "The memorial today. Photo by Laishram Tomba\n\nThe battle began in March."
    assert found(text, "PERSON") == [at(text, "Laishram Tomba", "PERSON")]


# ----------------------------------------------------------------------------- facilities and events
def test_memorials_and_cemeteries_and_named_perimeters():
    text = "The Imphal War Cemetery lies near the Admin Box perimeter; the Taukkyan War Memorial is near Yangon."
    facs = found(text, "FAC")
    assert at(text, "Imphal War Cemetery", "FAC") in facs and at(text, "Taukkyan War Memorial", "FAC") in facs


def test_quoted_battle_names_end_before_the_quote():
    text = "The 'Battle of the Tenaru', also called the 'Battle of the Ilu River', was fought at night."
    assert found(text, "EVENT") == [at(text, "Battle of the Tenaru", "EVENT"), at(text, "Battle of the Ilu River", "EVENT")]


def test_a_reference_sites_operation_heading_and_a_conquest_and_a_cjk_operation():
    text = "Operation Battle of Savo Island\n\nThe Japanese Conquest of Malaya preceded it (第2次長沙作戦 was later)."
    events = found(text, "EVENT")
    assert at(text, "Battle of Savo Island", "EVENT") in events
    assert at(text, "Japanese Conquest of Malaya", "EVENT") in events
    assert at(text, "第2次長沙作戦", "EVENT") in events


def test_a_lower_case_battle_of_a_campaign_is_the_campaign():
    text = "It was the largest air battle of the Solomons campaign."
    assert found(text, "EVENT") == [at(text, "Solomons campaign", "EVENT")]


# ----------------------------------------------------------------------------- forces and sides
def test_puppet_and_regional_forces():
    text = "The Puppet East Hebei Army and the West Chahar Garrison joined the IJA Tank Group."
    units = norms(text, "MIL_UNIT")
    assert [u for u, _ in units] == ["Puppet East Hebei Army", "West Chahar Garrison", "IJA Tank Group"]
    assert units[2][1]["echelon"] == "集团" and units[2][1]["prefix"] == "战车"


def test_a_wikipedia_disambiguator_gives_the_side():
    text = "Units2: 18th Division (Imperial Japanese Army), 56th Division (Imperial Japanese Army)\n"
    assert ent(text, "18th Division")["norm"]["echelon"] == "师团"
    assert ent(text, "56th Division")["norm"]["echelon"] == "师团"


def test_a_numbered_infobox_row_takes_its_combatants_side_and_its_named_items_are_units():
    text = ("- Combatant1: Republic of China\n- Combatant2: Empire of Japan\n"
            "- Units2: 13th Division, Kawaguchi Detachment, Ichiki Force\n")
    assert ent(text, "13th Division")["norm"]["echelon"] == "师团"
    units = [s for s, label in ents(text) if label == "MIL_UNIT"]
    assert "Kawaguchi Detachment" in units and "Ichiki Force" in units


def test_an_order_of_battle_heading_gives_the_side_of_its_list():
    text = ("Chinese Forces:\n\n- 2nd War Area\n  - 61st Corps\n    - 69th Division\n    - Security Brigade\n"
            "\nJapanese Forces:\n\n- 109th Division\n")
    assert ent(text, "61st Corps")["norm"]["echelon"] == "军"
    assert ent(text, "109th Division")["norm"]["echelon"] == "师团"
    assert ("Security Brigade", "MIL_UNIT") in ents(text)


def test_a_unit_with_parent_and_grandparent_after_commas_is_one_span():
    text = "The company belonged to the 3rd Battalion, 112th Regiment, 38th Division at the time."
    unit = ent(text, "3rd Battalion, 112th Regiment, 38th Division")
    assert unit["label"] == "MIL_UNIT" and unit["norm"]["numbers"] == [3, 112, 38]


def test_two_parented_units_in_a_list_stay_two():
    text = "The 1st Bn, Lincoln Regiment, 2nd Bn, Essex Regiment were flown in."
    assert ("1st Bn, Lincoln Regiment, 2nd Bn, Essex Regiment", "MIL_UNIT") not in ents(text)


def test_a_marine_division_and_a_parachute_brigade_have_their_prefixes():
    text = "The 3rd Marine Division relieved the 77th Indian Parachute Brigade."
    assert ent(text, "3rd Marine Division")["norm"]["prefix"] == "陆战"
    assert ent(text, "77th Indian Parachute Brigade")["norm"]["prefix"] == "伞兵"


def test_a_count_stops_before_including():
    text = "- Strength1: 12,040 including Japanese police\n"
    assert ent(text, "12,040")["norm"] == {"value": 12040, "unit": "", "approx": None}


def test_ordinals_in_apposition_after_a_count_of_formations():
    text = "The army sent two divisions – the 18th and the 56th – north; a third division, the 2nd, stayed."
    units = [(e[0], e[1]) for e in extracted(text, "MIL_UNIT")]
    assert units == [at(text, "18th", "MIL_UNIT")[:2], at(text, "56th", "MIL_UNIT")[:2], at(text, "2nd", "MIL_UNIT")[:2]]
    assert ent(text, "56th")["norm"]["echelon"] == "师" and ent(text, "56th")["norm"]["numbers"] == [56]


def test_a_bare_ordinal_keeps_the_norm_of_the_unit_it_names():
    text = "The 41st Regiment held the ford. Later the 41st fell back."
    assert ent(text, "41st", 1)["norm"]["echelon"] == "团"


def test_code_names_in_quotes_and_in_capitals():
    text = "The 'Galvanic' landings came first; the plan (FORAGER) and an operation code-named ROUNDUP followed."
    assert found(text, "EVENT") == [at(text, "Galvanic", "EVENT"), at(text, "FORAGER", "EVENT"), at(text, "ROUNDUP", "EVENT")]


def test_an_acronym_after_plan_is_no_code_name():
    text = "The plan (SEAC) was approved."
    assert at(text, "SEAC", "EVENT") not in found(text)


def test_provinces_and_named_formations_sharing_one_plural_head():
    text = "Troops of the Shandong and Central Plains Field Armies crossed into Henan and Anhui Provinces."
    assert ents(text) == [("Shandong and Central Plains Field Armies", "MIL_UNIT"), ("Henan and Anhui Provinces", "GPE")]
    assert ent(text, "Shandong and Central Plains Field Armies")["norm"]["echelon"] == "野战军"


def test_sides_sharing_a_plural_head_are_no_unit():
    text = "The British and Indian Divisions waited at the river."
    assert ("British and Indian Divisions", "MIL_UNIT") not in ents(text)


def test_another_name_in_brackets_after_or():
    text = "The town of Lhasa (or Lasa;) lay beyond the pass."
    assert found(text, "GPE") == [at(text, "Lhasa", "GPE"), at(text, "Lasa", "GPE")]


def test_ordinals_in_apposition_take_the_side_their_sentence_names():
    text = "On the Japanese side stood three divisions – the 18th, the 55th and the 56th – and a brigade."
    assert [(e[3]["numbers"], e[3]["echelon"]) for e in extracted(text, "MIL_UNIT")] == [([18], "师团"), ([55], "师团"), ([56], "师团")]


def test_a_playhouse_is_no_theatre_of_war():
    text = "The troops were entertained at the Royal Theatre and the Imperial Theater in the capital."
    assert [c for c in found(text, "LOC") if "Thea" in text[c[0]:c[1]]] == []


def test_an_unknown_item_of_a_units_row_is_no_unit():
    text = "- Units1: Unknown\n- Units2: 2nd Division, Aoba Detachment\n"
    units = [s for s, label in ents(text) if label == "MIL_UNIT"]
    assert "Unknown" not in units and "Aoba Detachment" in units


def test_a_clock_time_right_before_its_date_takes_that_day():
    text = "At 06:10 on 3 May 1942 the bombers came; a year before, at 07:55 on December 7, 1941 Japanese aircraft struck."
    assert ent(text, "06:10")["norm"]["value"] == "1942-05-03T06:10"
    assert ent(text, "07:55")["norm"]["value"] == "1941-12-07T07:55"
    assert ("1941 Japanese aircraft", "QUANTITY") not in ents(text)
