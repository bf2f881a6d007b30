"""English text nobody fitted to (real-dev5-en): pipe-table infobox rows, field armies by number, regional armies
and factions, place names with an administrative suffix, the Indian Army's ranks, counts after a tilde, a
newspaper's age apposition, lettered rifle companies, a year before a demonym. Sentences written for these tests."""

from sentences import at, found, norms


# ----------------------------------------------------------------------------- pipe-table infobox rows
def test_commanders_of_a_pipe_table_row_separated_by_footnote_marks():
    text = "Commander1: | Sonam Dorje Wangchuk[1] Tsering Lhamo Gyatso[2] |\nStrength1: | 4,000 |\n"
    assert found(text, "PERSON") == [at(text, "Sonam Dorje Wangchuk", "PERSON"), at(text, "Tsering Lhamo Gyatso", "PERSON")]


def test_figures_of_a_pipe_table_and_after_a_force_name():
    text = "Strength1: | Tibetan Army 7,200[3] |\nStrength2: | 31,000 |\nCasualties2: | 2,114 |\n"
    assert found(text, "QUANTITY") == [at(text, "7,200", "QUANTITY"), at(text, "31,000", "QUANTITY"),
                                       at(text, "2,114", "QUANTITY")]
    assert norms(text, "QUANTITY")[0][1] == {"value": 7200, "unit": "", "approx": None}
    assert at(text, "Tibetan Army", "MIL_UNIT") in found(text, "MIL_UNIT")


def test_a_figure_after_a_name_outside_a_figure_field_is_not_a_count():
    text = "Result: | Treaty of Beijing 1,200 |\n"
    assert at(text, "1,200", "QUANTITY") not in found(text, "QUANTITY")


# ----------------------------------------------------------------------------- units
def test_a_field_army_by_number():
    text = "Both corps belonged to the 19th Field Army under General Yang."
    assert at(text, "19th Field Army", "MIL_UNIT") in found(text, "MIL_UNIT")
    assert norms(text, "MIL_UNIT")[0][1]["echelon"] == "野战军"
    assert norms(text, "MIL_UNIT")[0][1]["numbers"] == [19]


def test_regional_armies_and_factions_of_the_warlord_era():
    text = "The Anhui faction courted the Northwest Army, while the Zhili army held Baoding."
    assert found(text, "ORG") == [at(text, "Anhui faction", "ORG")]
    units = found(text, "MIL_UNIT")
    assert at(text, "Northwest Army", "MIL_UNIT") in units and at(text, "Zhili army", "MIL_UNIT") in units
    assert {n["echelon"] for _, n in norms(text, "MIL_UNIT")} == {"军"}


def test_a_lower_case_army_of_a_nation_is_not_a_regional_army():
    text = "The Japanese army and the Chinese army met near the river."
    assert found(text, "MIL_UNIT") == []


def test_named_forces_of_the_tibet_and_korea_campaigns():
    text = "The Tibetan Army fell back; a Foreign Legion officer watched the Chinese Volunteer Army advance."
    assert found(text, "MIL_UNIT") == [at(text, "Tibetan Army", "MIL_UNIT"), at(text, "Foreign Legion", "MIL_UNIT"),
                                       at(text, "Chinese Volunteer Army", "MIL_UNIT")]


def test_rifle_companies_named_by_the_phonetic_alphabet_or_a_letter():
    text = "Baker Company dug in while Company K and the men of L Company held the ridge."
    assert found(text, "MIL_UNIT") == [at(text, "Baker Company", "MIL_UNIT"), at(text, "Company K", "MIL_UNIT"),
                                       at(text, "L Company", "MIL_UNIT")]
    assert norms(text, "MIL_UNIT")[0][1]["echelon"] == "连"


def test_a_company_at_a_sentence_start_with_the_article_is_not_a_unit():
    text = "A Company spokesman denied it."
    assert found(text, "MIL_UNIT") == []


# ----------------------------------------------------------------------------- places and persons
def test_places_with_an_administrative_suffix():
    text = "From the Hongkou district they moved to the Xinjiang Uyghur Autonomous Region and the Ngari Region."
    assert found(text, "GPE") == [at(text, "Hongkou district", "GPE"), at(text, "Xinjiang Uyghur Autonomous Region", "GPE"),
                                  at(text, "Ngari Region", "GPE")]


def test_indian_army_ranks_before_a_name():
    text = "Havildar Bhim Bahadur and Naik Joginder Rana held the post."
    assert found(text, "PERSON") == [at(text, "Bhim Bahadur", "PERSON"), at(text, "Joginder Rana", "PERSON")]


# ----------------------------------------------------------------------------- counts
def test_counts_after_a_tilde_keep_it_and_their_noun():
    text = "The garrison had ~2,500 marines, ~700 captured and ~60 tanks."
    assert found(text, "QUANTITY") == [at(text, "~2,500 marines", "QUANTITY"), at(text, "~700", "QUANTITY"),
                                       at(text, "~60 tanks", "QUANTITY")]
    assert norms(text, "QUANTITY")[0][1] == {"value": 2500, "unit": "marines", "approx": "about"}
    assert norms(text, "QUANTITY")[1][1] == {"value": 700, "unit": "", "approx": "about"}


def test_a_newspaper_age_after_a_name():
    text = "General Ma Bufang, 52, a veteran of the northwest, said so."
    assert found(text, "QUANTITY") == [at(text, "52", "QUANTITY")]
    assert norms(text, "QUANTITY")[0][1] == {"value": 52, "unit": "", "approx": None}


def test_a_number_between_commas_after_a_place_is_no_age():
    text = "In Hankou, 14, 15 and 16 were the busiest days."
    assert at(text, "14", "QUANTITY") not in found(text, "QUANTITY")


def test_a_year_before_a_demonym_is_a_date_not_a_count():
    text = "After the 1905 Japanese offensive stalled, they waited."
    assert found(text, "QUANTITY") == []
    assert found(text, "DATE") == [at(text, "1905", "DATE")]


def test_a_tilde_count_stops_before_a_participle_glued_to_dashes():
    text = "Casualties: ~450 surrendered----900 fled"
    assert at(text, "~450", "QUANTITY") in found(text, "QUANTITY")
    assert not any(s == text.index("~450") and e > s + 4 for s, e, _ in found(text, "QUANTITY"))


def test_naval_landing_forces_named_after_their_district():
    text = "The Sasebo 5th SNLF and the Maizuru 1st Independent SNLF Company went ashore."
    assert found(text, "MIL_UNIT") == [at(text, "Sasebo 5th SNLF", "MIL_UNIT"),
                                       at(text, "Maizuru 1st Independent SNLF Company", "MIL_UNIT")]
    assert found(text, "GPE") == []
    assert norms(text, "MIL_UNIT")[1][1]["numbers"] == [1] and norms(text, "MIL_UNIT")[1][1]["prefix"] == "独立"


def test_class_named_battalions_of_the_indian_army():
    text = "The 2nd Punjabis relieved the 1st Dogras at dawn."
    assert found(text, "MIL_UNIT") == [at(text, "2nd Punjabis", "MIL_UNIT"), at(text, "1st Dogras", "MIL_UNIT")]
    assert norms(text, "MIL_UNIT")[0][1]["echelon"] == "营"


def test_dotted_un_and_the_great_wall():
    text = "The U.N. envoy flew over the Great Wall of China."
    assert found(text) == [at(text, "U.N.", "ORG"), at(text, "Great Wall of China", "FAC")]


def test_a_lower_case_valley_after_a_named_river_stays_outside():
    text = "They marched up the Han River valley."
    assert found(text, "LOC") == [at(text, "Han River", "LOC")]


def test_the_items_of_an_infobox_place_row_are_places():
    text = "Date: | 6 May 1951 |\nPlace: | Sangdong, Gangwon, South Korea |\nResult: | UN victory |\n"
    assert found(text, "GPE") == [at(text, "Sangdong", "GPE"), at(text, "Gangwon", "GPE"), at(text, "South Korea", "GPE")]


def test_a_count_with_two_modifiers_before_its_noun():
    text = "By then 12,000\nregular Nationalist troops and four Red Korean battalions had arrived."
    assert found(text, "QUANTITY") == [at(text, "12,000\nregular Nationalist troops", "QUANTITY"),
                                       at(text, "four Red Korean battalions", "QUANTITY")]
    assert norms(text, "QUANTITY")[0][1] == {"value": 12000, "unit": "regular Nationalist troops", "approx": None}


def test_a_listed_person_after_pro_but_not_a_people_after_anti():
    text = "The pro-Chiang Kai-shek generals and the anti-Japanese volunteers met; Chiang agreed."
    assert found(text, "PERSON") == [at(text, "Chiang Kai-shek", "PERSON"), at(text, "Chiang", "PERSON", 1)]


def test_extracted_norms_of_landing_forces_and_class_battalions():
    from pipeline import extract_text

    text = "The Sasebo 3rd Independent SNLF Company and the 5th Rajputs held the line."
    units = [(e["text"], e["norm"]["numbers"], e["norm"]["echelon"], e["norm"]["prefix"])
             for e in extract_text(text, "t")["entities"] if e["label"] == "MIL_UNIT"]
    assert units == [("Sasebo 3rd Independent SNLF Company", [3], "连", "独立"), ("5th Rajputs", [5], "营", "")]


def test_campaigns_named_by_romanised_syllables_with_a_lower_case_head():
    text = "After the Liaoshen campaign and the Huai-Hai campaign, the Japanese campaign was forgotten."
    assert found(text, "EVENT") == [at(text, "Liaoshen campaign", "EVENT"), at(text, "Huai-Hai campaign", "EVENT")]


def test_foreign_settlements_of_the_treaty_ports():
    text = "They fled into the Tianjin French Concession."
    assert found(text, "GPE") == [at(text, "Tianjin French Concession", "GPE")]


def test_a_year_after_a_preposition_of_time_is_not_a_count():
    text = "In 1938 fresh Japanese divisions landed, and by 1939 regular Communist troops held the hills."
    assert found(text, "QUANTITY") == []
    assert found(text, "DATE") == [at(text, "1938", "DATE"), at(text, "1939", "DATE")]


def test_a_region_named_by_a_known_sea_or_a_compound_is_no_state():
    text = "Ships of the Pacific Region met in the Indo-Pacific Region, far from the Ngari Region."
    assert found(text, "LOC") == [at(text, "Pacific Region", "LOC"), at(text, "Indo-Pacific Region", "LOC")]
    assert found(text, "GPE") == [at(text, "Ngari Region", "GPE")]


def test_korean_cities_and_central_front_counties():
    text = "From Uijeongbu the column reached Hwachon, then Pyeongtaek and Tokchon."
    assert found(text, "GPE") == [at(text, "Uijeongbu", "GPE"), at(text, "Hwachon", "GPE"), at(text, "Pyeongtaek", "GPE"),
                                  at(text, "Tokchon", "GPE")]
    assert [n["zh"] for _, n in norms(text, "GPE")] == ["议政府", "华川", "平泽", "德川"]


def test_named_lines_and_acronyms_defined_after_a_name():
    text = "Patrols crossed the Line of Actual Control\n(LAC) near the Marco Polo Bridge (MPB)."
    # a control line is a boundary on the map, LOC like the International Date Line (session 18, r18en)
    assert found(text) == [at(text, "Line of Actual Control", "LOC"), at(text, "LAC", "LOC"),
                           at(text, "Marco Polo Bridge", "FAC"), at(text, "MPB", "FAC")]


def test_brackets_that_do_not_spell_the_name_are_no_acronym():
    text = "They reached the Marco Polo Bridge (KMT) at dawn."
    assert at(text, "KMT", "FAC") not in found(text)


def test_regions_of_china_by_a_compass_word_or_by_syllables():
    text = "The Northwest stayed calm while the armies of the South-west entered the Guanzhong region."
    assert found(text, "LOC") == [at(text, "Northwest", "LOC"), at(text, "South-west", "LOC"), at(text, "Guanzhong region", "LOC")]
    assert [n.get("zh") for _, n in norms(text, "LOC")][:2] == ["西北", "西南"]


def test_a_compass_word_before_a_name_is_part_of_that_name():
    text = "The Northeast Field Army entered the Hunan region."
    assert found(text, "LOC") == []


def test_a_unit_later_named_by_its_ordinal_alone():
    text = "The 41st Infantry Regiment held the pass. Then the 41st fell back, and the 41st's guns were lost."
    units = found(text, "MIL_UNIT")
    assert units == [at(text, "41st Infantry Regiment", "MIL_UNIT"), at(text, "41st", "MIL_UNIT", 1),
                     at(text, "41st", "MIL_UNIT", 2)]
    assert norms(text, "MIL_UNIT")[1][1]["numbers"] == [41] and norms(text, "MIL_UNIT")[1][1]["echelon"] == "团"


def test_an_ordinal_day_or_line_is_no_unit():
    text = "The 41st Infantry Regiment held. On the 41st they rested; it was the 41st day, by the 41st of May."
    assert found(text, "MIL_UNIT") == [at(text, "41st Infantry Regiment", "MIL_UNIT")]


def test_a_nationality_s_invasion_of_a_known_place_is_an_event():
    text = "Before the German invasion of Poland, the invasion of Korea was planned."
    assert found(text, "EVENT") == [at(text, "German invasion of Poland", "EVENT")]
    assert at(text, "Korea", "GPE") in found(text, "GPE")
