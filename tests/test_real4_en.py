"""English text nobody fitted to (real-dev4-en): flattened infobox rows (commanders after a flag caption,
one count a row, figures alone on a row), states of 1840-1990 and Taiwan's divisions, national armed services,
typographic apostrophes, ISO dates and parts of the day, military regions, fleets, named designations and
batteries, bare counts with 'dead', lower-case 'battle of <place>', bylines. Sentences written for these tests."""

import pytest

from sentences import at, extracted, found


# ----------------------------------------------------------------------------- PERSON
def test_every_row_of_a_commanders_block_is_a_name_after_its_flag_caption():
    text = ("Commanders and leaders\nFrance Jean-Baptiste Dufour\nUnited Kingdom Harold K. Wainwright\n"
            "Henrik van der Berg[3]\nAkira Tomonaga\nStrength\n40,000 men\n")
    assert found(text, "PERSON") == [at(text, "Jean-Baptiste Dufour", "PERSON"), at(text, "Harold K. Wainwright", "PERSON"),
                                     at(text, "Henrik van der Berg", "PERSON"), at(text, "Akira Tomonaga", "PERSON")]
    assert at(text, "France", "GPE") in found(text, "GPE")


def test_commanders_written_on_one_row_with_commas():
    text = "Commander1: Oskar Feldmann, Pieter Janssen\nCommander2:Hao Mengling\nUnits1: 3rd Division\n"
    assert found(text, "PERSON") == [at(text, "Oskar Feldmann", "PERSON"), at(text, "Pieter Janssen", "PERSON"),
                                     at(text, "Hao Mengling", "PERSON")]


def test_four_words_on_a_commanders_row_are_not_one_name():
    text = "Commander1: Oskar Feldmann Pieter Janssen\nStrength\n"
    assert at(text, "Oskar Feldmann Pieter Janssen", "PERSON") not in found(text, "PERSON")


def test_a_chinese_name_before_a_curly_possessive():
    text = "Governor Zhou Hunyuan’s troops held the river."
    assert at(text, "Zhou Hunyuan", "PERSON") in found(text, "PERSON")


def test_a_newspaper_byline():
    text = "By Chen Cheuk-wah / Staff writer\nThe harbour reopened."
    assert found(text, "PERSON") == [at(text, "Chen Cheuk-wah", "PERSON")]
    assert found("By Christmas Eve / later that week", "PERSON") == []


# ----------------------------------------------------------------------------- GPE, ORG
@pytest.mark.parametrize("name", ["German Empire", "Austria-Hungary", "Qing dynasty", "Korean Empire",
                                  "French Third Republic", "Ottoman Empire"])
def test_states_of_the_period_by_their_conventional_names(name):
    text = f"Belligerents\n{name}\nJapan\n"
    assert at(text, name, "GPE") in found(text, "GPE")


def test_taiwan_counties_in_english():
    text = "Batteries at Xiamen shelled Quemoy and Matsu for weeks."
    assert at(text, "Quemoy", "GPE") in found(text) and at(text, "Matsu", "GPE") in found(text)


def test_the_un_abbreviation():
    text = "The UN troops withdrew south."
    assert found(text, "ORG") == [at(text, "UN", "ORG")]


# ----------------------------------------------------------------------------- MIL_UNIT
def test_typographic_apostrophe_in_a_listed_force_name():
    text = "Then the People’s Liberation Army crossed the strait."
    assert found(text, "MIL_UNIT") == [at(text, "People’s Liberation Army", "MIL_UNIT")]


# a service has no echelon; a force named 军 in named_units.tsv has the echelon its Chinese name has (朝鲜人民军: 军)
@pytest.mark.parametrize("name,echelon", [("Soviet Air Force", ""), ("Korean People's Army", "军"), ("PLA Navy", ""),
                                          ("ROC Air Force", "")])
def test_national_armed_services(name, echelon):
    text = f"By then the {name} had lost most of its strength."
    assert found(text, "MIL_UNIT") == [at(text, name, "MIL_UNIT")]
    assert [n["echelon"] for *_, n in extracted(text, "MIL_UNIT")] == [echelon]


def test_military_regions_and_districts():
    text = "Troops of the Shenyang and Beijing Military Regions met those of the Lanzhou Military District."
    assert found(text, "MIL_UNIT") == [at(text, "Shenyang and Beijing Military Regions", "MIL_UNIT"),
                                       at(text, "Lanzhou Military District", "MIL_UNIT")]
    assert [n["echelon"] for *_, n in extracted(text, "MIL_UNIT")] == ["军区", "军管区"]


def test_a_fleet_named_by_a_word_but_not_a_persons_name():
    text = "The Asiatic Fleet sailed while General Paul Van Fleet watched."
    assert found(text, "MIL_UNIT") == [at(text, "Asiatic Fleet", "MIL_UNIT")]
    assert [n["echelon"] for *_, n in extracted(text, "MIL_UNIT")] == ["舰队"]


@pytest.mark.parametrize("text,span,numbers,echelon", [
    ("The 3rd Ranger Company crossed first.", "3rd Ranger Company", [3], "连"),
    ("Guns of the 25th Field Battery Royal Artillery opened fire.", "25th Field Battery Royal Artillery", [25], "连"),
    ("Next to them stood the Greek Battalion.", "Greek Battalion", [], "营"),
    ("Behind them the 4th Queen’s Own Hussars waited.", "4th Queen’s Own Hussars", [4], "团"),
    ("Shells of the 93rd Battery Royal Artillery fell short.", "93rd Battery Royal Artillery", [93], "连"),
])
def test_designations_with_a_name_before_the_echelon(text, span, numbers, echelon):
    assert found(text, "MIL_UNIT") == [at(text, span, "MIL_UNIT")]
    norm = extracted(text, "MIL_UNIT")[0][3]
    assert (norm["numbers"], norm["echelon"]) == (numbers, echelon)


# ----------------------------------------------------------------------------- QUANTITY
def test_one_count_a_row_in_strength_and_casualties():
    text = ("Strength\n2 heavy cruisers\n1 submarine\n4,500 Cossack Horsemen\n"
            "Casualties and losses\n1 destroyer sunk\n")
    assert found(text, "QUANTITY") == [at(text, "2 heavy cruisers", "QUANTITY"), at(text, "1 submarine", "QUANTITY"),
                                       at(text, "4,500 Cossack Horsemen", "QUANTITY"), at(text, "1 destroyer", "QUANTITY")]
    units = [(n["value"], n["unit"]) for *_, n in extracted(text, "QUANTITY")]
    assert units == [(2, "heavy cruisers"), (1, "submarine"), (4500, "Cossack Horsemen"), (1, "destroyer")]


def test_a_table_of_contents_and_an_estimate_row_are_no_counts():
    assert found("Strength\nContents\n1 Background\n2 Battle\n", "QUANTITY") == []
    text = "Strength\n150,000 estimated\n"
    assert found(text, "QUANTITY") == [at(text, "150,000", "QUANTITY")]


def test_figures_alone_on_a_row_or_after_a_row_label():
    text = "Strength2:Infantry: 35,000\nAllied estimate:\n12,300\n4,112 total\n"
    assert found(text, "QUANTITY") == [at(text, "35,000", "QUANTITY"), at(text, "12,300", "QUANTITY"),
                                       at(text, "4,112", "QUANTITY")]
    assert [n["unit"] for *_, n in extracted(text, "QUANTITY")] == ["", "", ""]


def test_an_approximated_figure_without_a_noun():
    text = "They sailed at dusk, with about 4,500 reaching the shore."
    assert found(text, "QUANTITY") == [at(text, "about 4,500", "QUANTITY")]
    assert [(n["value"], n["unit"], n["approx"]) for *_, n in extracted(text, "QUANTITY")] == [(4500, "", "about")]


def test_a_count_of_a_force_by_its_abbreviation():
    text = "Their estimate: 120,000 KPA with 300 tanks."
    assert at(text, "120,000 KPA", "QUANTITY") in found(text, "QUANTITY")
    assert [(n["value"], n["unit"]) for *_, n in extracted(text, "QUANTITY")][0] == (120000, "KPA")


def test_dead_after_a_count_is_a_bare_count():
    text = "The raid left 81 dead and 40 wounded."
    assert found(text, "QUANTITY") == [at(text, "81", "QUANTITY"), at(text, "40", "QUANTITY")]


# ----------------------------------------------------------------------------- DATE, EVENT
def test_iso_date():
    text = "posted 2015-03-09 by the staff"
    assert found(text, "DATE") == [at(text, "2015-03-09", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["2015-03-09"]


def test_part_of_the_day_before_its_date():
    text = "On the night of 3 May 1940 the garrison left."
    assert found(text, "DATE") == [at(text, "night of 3 May 1940", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["1940-05-03TNI"]


def test_range_end_before_an_ordinal_day_of_the_month():
    text = "It was fought between the 14 – 17th of May 1940."
    assert found(text, "DATE") == [at(text, "14", "DATE"), at(text, "17th of May 1940", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["1940-05-14", "1940-05-17"]


def test_lower_case_battle_of_a_place():
    text = "Veterans of the battle of Lake Khasan met; it was a battle of wills."
    assert found(text, "EVENT") == [at(text, "battle of Lake Khasan", "EVENT")]


# ----------------------------------------------------------------------------- LOC, FAC
@pytest.mark.parametrize("text,span,label", [
    ("They camped below Thác Bà Falls that night.", "Thác Bà Falls", "LOC"),
    ("The column entered through the Anding Gate at dawn.", "Anding Gate", "FAC"),
    ("Marines stormed the Pehtang forts at low tide.", "Pehtang forts", "FAC"),
])
def test_falls_gates_and_forts_with_names_in_any_latin_script(text, span, label):
    assert found(text, label) == [at(text, span, label)]


def test_a_side_written_out_with_its_abbreviation_in_brackets():
    text = "Then the People's Volunteer Army (PVA) 38th and 39th Corps pressed south."
    norm = [n for *_, n in extracted(text, "MIL_UNIT") if n.get("numbers")][0]
    assert (norm["numbers"], norm["echelon"]) == ([38, 39], "军")


@pytest.mark.parametrize("text,span", [
    ("The Battle of Weihaiwei (pinyin: Wēihǎiwèi Hǎizhàn) ended the war.", "Wēihǎiwèi Hǎizhàn"),
    ("The Battle of Dengbu (pinyin: Dēngbù Dǎo zhī Yì) was fought in 1949.", "Dēngbù Dǎo zhī Yì"),
])
def test_pinyin_glosses_ending_in_a_naval_battle_or_campaign_word(text, span):
    assert at(text, span, "EVENT") in found(text, "EVENT")


def test_a_listed_name_across_a_hard_line_break():
    text = "Envoys crossed from the Tuvan\nPeople's Republic in spring."
    assert found(text, "GPE") == [at(text, "Tuvan\nPeople's Republic", "GPE")]


def test_a_units_nickname_in_quotes():
    text = "Then came the “Tiger Division,” fresh from the south."
    assert found(text, "MIL_UNIT") == [at(text, "Tiger Division", "MIL_UNIT")]


def test_authors_cited_with_a_page_but_not_a_numbered_hill():
    text = "The fort fell at dawn (Fenby 112), though others disagree (Spence and Chin 1996, 44-46) near (Hill 235)."
    assert found(text, "PERSON") == [at(text, "Fenby", "PERSON"), at(text, "Spence", "PERSON"), at(text, "Chin", "PERSON")]


def test_japanese_names_written_with_macrons():
    text = "In 1941 Tōjō Hideki became premier, and Itō Masanori and Kōtoku Satō met at Ōita."
    assert found(text, "PERSON") == [at(text, "Tōjō Hideki", "PERSON"), at(text, "Itō Masanori", "PERSON"),
                                     at(text, "Kōtoku Satō", "PERSON")]


def test_a_conflict_named_by_its_two_sides():
    text = "After the Sino-Soviet Border Conflict the garrisons grew; local border conflicts went on."
    assert found(text, "EVENT") == [at(text, "Sino-Soviet Border Conflict", "EVENT")]
