"""English of OCR'd and flattened book pages nobody fitted to (real-dev7-en): words glued where a line break was lost,
words hyphenated across a line break, mojibake apostrophes, US regiments named by their arm, military clock times,
OCR digits in dates, organisation heads, names in capitals, Mac names, three-syllable Wade-Giles names, lower-case
rebellions, buildings, the Great Wall, the counties of north-western Korea. Sentences written for these tests."""

from sentences import at, ent, ents, found

U = {"numbers", "echelon", "prefix"}


def unit(norm: dict) -> dict:
    return {k: v for k, v in norm.items() if k in U}


# ----------------------------------------------------------------------------- glued words
def test_a_count_glued_to_the_word_before_it():
    text = "Scouts reported that3,500 Chinese soldiers were on the ridge, four miles east of Kujang."
    assert ents(text) == [("3,500 Chinese soldiers", "QUANTITY"), ("four miles", "QUANTITY"), ("Kujang", "GPE")]
    assert ent(text, "3,500 Chinese soldiers")["norm"] == {"value": 3500, "unit": "Chinese soldiers", "approx": None}


def test_a_number_word_glued_to_its_noun_in_glued_text():
    text = "The road ran sevenmiles to the river,then north."
    assert ents(text) == [("sevenmiles", "QUANTITY")]
    assert ent(text, "sevenmiles")["norm"] == {"value": 7, "unit": "miles", "approx": None}


def test_a_month_glued_to_the_word_before_it():
    text = "They held out untilAugust 9, 1950."
    assert ents(text) == [("August 9, 1950", "DATE")]
    assert ent(text, "August 9, 1950")["norm"]["value"] == "1950-08-09"


def test_an_ordinal_glued_to_its_arm_and_a_parent_after_a_bare_comma():
    text = "Fire came from the 61stField Artillery Battalion while the 3d Battalion,7th Infantry Regiment dug in."
    assert ents(text) == [("61stField Artillery Battalion", "MIL_UNIT"), ("3d Battalion,7th Infantry Regiment", "MIL_UNIT")]
    assert unit(ent(text, "61stField Artillery Battalion")["norm"]) == {"numbers": [61], "echelon": "营", "prefix": "野战炮兵"}
    assert unit(ent(text, "3d Battalion,7th Infantry Regiment")["norm"])["numbers"] == [3, 7]
    assert unit(ent(text, "3d Battalion,7th Infantry Regiment")["norm"])["echelon"] == "营"


def test_a_designation_hyphenated_across_a_line_break():
    text = "In 1950 the 25th Divi-\nsion moved north."
    assert at(text, "25th Divi-\nsion", "MIL_UNIT") in found(text, "MIL_UNIT")
    assert unit(ent(text, "25th Divi-\nsion")["norm"]) == {"numbers": [25], "echelon": "师", "prefix": ""}


def test_a_mojibake_apostrophe_does_not_hide_the_name():
    text = "China\u00c2\u2019s northern border was closed."
    assert ents(text) == [("China", "GPE")]


def test_plain_text_is_not_unglued():
    text = "The 105mm howitzers of Battery B fired 300 rounds at 2d Lt. Kim's request."
    assert ("300 rounds", "QUANTITY") in ents(text)
    assert all(label != "MIL_UNIT" or surface != "2d Lt" for surface, label in ents(text))


# ----------------------------------------------------------------------------- US regiments by their arm
def test_us_regiments_named_by_their_arm():
    text = "The 7th Cavalry and the Fifth Infantry crossed; the 1st Cavalry Division followed."
    assert found(text, "MIL_UNIT") == [at(text, "7th Cavalry", "MIL_UNIT"), at(text, "Fifth Infantry", "MIL_UNIT"),
                                       at(text, "1st Cavalry Division", "MIL_UNIT")]
    assert unit(ent(text, "7th Cavalry")["norm"]) == {"numbers": [7], "echelon": "团", "prefix": "骑兵"}
    assert unit(ent(text, "Fifth Infantry")["norm"]) == {"numbers": [5], "echelon": "团", "prefix": "步兵"}
    assert unit(ent(text, "1st Cavalry Division")["norm"])["echelon"] == "师"


# ----------------------------------------------------------------------------- clock times and times on a day
def test_military_clock_times_take_their_day():
    text = "At 0645 on 14 September 1950 the guns opened; at 1100 the ridge fell."
    assert ents(text) == [("0645", "DATE"), ("14 September 1950", "DATE"), ("1100", "DATE")]
    assert ent(text, "0645")["norm"]["value"] == "1950-09-14T06:45"
    assert ent(text, "1100")["norm"]["value"] == "1950-09-14T11:00"


def test_an_approximate_clock_time_before_its_day():
    text = "The ferry sailed around 0530, 2 May 1949, and sank."
    assert ents(text) == [("around 0530", "DATE"), ("2 May 1949", "DATE")]
    assert ent(text, "around 0530")["norm"] == {"value": "1949-05-02T05:30", "mod": "APPROX"}


def test_a_year_after_by_and_a_range_after_at_are_no_clock_times():
    text = "By 1945 the war was over, and the guns fired at 1200 yards."
    assert ents(text) == [("1945", "DATE"), ("1200 yards", "QUANTITY")]
    assert ent(text, "1945")["norm"]["value"] == "1945"


def test_a_time_written_with_its_day():
    text = "In 1951 the line held. By 11 pm on June 3rd the bridge was blown."
    assert ents(text) == [("1951", "DATE"), ("11 pm on June 3rd", "DATE")]
    assert ent(text, "11 pm on June 3rd")["norm"]["value"] == "1951-06-03T23:00"


# ----------------------------------------------------------------------------- OCR digits in dates
def test_ocr_letters_for_the_digit_one_in_dates():
    text = "On March i, 1862, he sailed; in the autumn of i863 he returned in May."
    assert ents(text) == [("March i, 1862", "DATE"), ("autumn of i863", "DATE"), ("May", "DATE")]
    assert ent(text, "March i, 1862")["norm"]["value"] == "1862-03-01"
    assert ent(text, "autumn of i863")["norm"]["value"] == "1863-FA"
    assert ent(text, "May")["norm"]["value"] == "1863-05"


# ----------------------------------------------------------------------------- organisations
def test_organisations_by_their_head_word():
    text = ("Guards stood at the French Legation and the Department of the Navy protested; cargo came by the "
            "Shanghai Steam Navigation Corporation.")
    assert ents(text) == [("French Legation", "ORG"), ("Department of the Navy", "ORG"),
                          ("Shanghai Steam Navigation Corporation", "ORG")]


def test_magazines_and_a_time_citation():
    text = "The story ran in Yank Magazine and was cited later (TIME, Aug. 2); a TIME correspondent flew in."
    assert found(text, "ORG") == [at(text, "Yank Magazine", "ORG"), at(text, "TIME", "ORG"),
                                  at(text, "TIME", "ORG", 1)]


def test_time_as_a_word_is_no_organisation():
    text = "TIME AND TIDE wait for no man, said the captain at 0900."
    assert found(text, "ORG") == []


# ----------------------------------------------------------------------------- persons
def test_a_name_in_capitals_after_a_rank_and_its_surname_later():
    text = "COLONEL WILLIAM HENRY PRESTON\nIn the spring Preston returned to the coast."
    assert ents(text) == [("WILLIAM HENRY PRESTON", "PERSON"), ("Preston", "PERSON")]


def test_capitals_that_are_no_name():
    text = "GENERAL DISPOSITION OF THE EIGHTH ARMY\nThe line ran north."
    assert found(text, "PERSON") == []


def test_mac_names_and_a_name_across_a_line_break():
    text = "Lieutenant Robert MacDonald led the patrol; the old soldier Douglas\nMacArthur, who had returned, watched."
    assert found(text, "PERSON") == [at(text, "Robert MacDonald", "PERSON"), at(text, "Douglas\nMacArthur", "PERSON")]


def test_a_wade_giles_name_of_three_separate_syllables():
    text = "The court sent Tseng Kuo Fan against the rebels."
    assert ents(text) == [("Tseng Kuo Fan", "PERSON")]


# ----------------------------------------------------------------------------- events and structures
def test_a_lower_case_rebellion_a_building_and_the_great_wall():
    text = "During the Nian rebellion the garrison held the Mitsui building and a tower on the great wall."
    assert ents(text) == [("Nian rebellion", "EVENT"), ("Mitsui building", "FAC"), ("great wall", "FAC")]


def test_a_rebellion_of_a_nationality_is_no_named_event():
    text = "The British revolt against the tax failed."
    assert found(text, "EVENT") == []


# ----------------------------------------------------------------------------- places, units, forces
def test_counties_of_north_western_korea():
    text = "From Pakchon the column reached Yongbyon and Chosan."
    assert ents(text) == [("Pakchon", "GPE"), ("Yongbyon", "GPE"), ("Chosan", "GPE")]


def test_a_command_across_a_line_break_and_a_parent_regiment_with_its_article():
    text = "Orders came from the Southeast \nAsia Command to the 2nd Battalion, The Royal Irish Regiment at dawn."
    assert found(text, "MIL_UNIT") == [at(text, "Southeast \nAsia Command", "MIL_UNIT"),
                                       at(text, "2nd Battalion, The Royal Irish Regiment", "MIL_UNIT")]
    assert unit(ent(text, "2nd Battalion, The Royal Irish Regiment")["norm"])["echelon"] == "营"


def test_the_us_marine_corps_with_dotted_initials():
    text = "The U.S. Marine Corps sent a brigade."
    assert ents(text) == [("U.S. Marine Corps", "MIL_UNIT")]


# ----------------------------------------------------------------------------- days, measures, old names
def test_a_day_of_the_month_before_an_infinitive():
    text = "In October 1950 the battery moved up on the 30th to cover the ford."
    assert ents(text) == [("October 1950", "DATE"), ("30th", "DATE")]
    assert ent(text, "30th")["norm"]["value"] == "1950-10-30"


def test_weights_and_lengths_written_with_a_hyphen():
    text = "They dropped an 11,000-lb. load and 500-pound bombs on a 20-foot wall; a 105-mm gun fired."
    assert ents(text) == [("11,000-lb", "QUANTITY"), ("500-pound", "QUANTITY"), ("20-foot", "QUANTITY")]
    assert ent(text, "11,000-lb")["norm"] == {"value": 11000, "unit": "lb", "approx": None}


def test_forces_of_the_taiping_war_and_old_spellings():
    text = 'The so-called " Ever Victorious Army," and the Hunan Army marched from Nankin towards Pekin.'
    assert ents(text) == [("Ever Victorious Army", "MIL_UNIT"), ("Hunan Army", "MIL_UNIT"), ("Nankin", "GPE"),
                          ("Pekin", "GPE")]


def test_spaced_initials_of_the_united_states():
    text = "Some 4,000 men of the U. S. 3rd Division crossed."
    assert ents(text) == [("Some 4,000 men", "QUANTITY"), ("U. S.", "GPE"), ("3rd Division", "MIL_UNIT")]


def test_a_korean_peak_after_a_preposition_and_no_honorific():
    text = "Guerrillas held out on Paektu-san while Tanaka-san waited."
    assert ents(text) == [("Paektu-san", "LOC")]


def test_a_chinese_province_with_a_capitalised_compass_word_is_a_region():
    text = "The drive into South Shensi and Northern Kiangsu failed; South Korea held."
    assert ents(text) == [("South Shensi", "LOC"), ("Northern Kiangsu", "LOC"), ("South Korea", "GPE")]


def test_a_company_abbreviation_leaves_its_full_stop_outside():
    text = "He flew for the Central Air Transport Corp., then for the Far Eastern Trading Ltd. of Hong Kong."
    assert found(text, "ORG") == [at(text, "Central Air Transport Corp", "ORG"), at(text, "Far Eastern Trading Ltd", "ORG")]


def test_the_first_number_of_n_out_of_m_is_a_count():
    text = "The company lost 14 out of 30 tanks and three out of four crews."
    assert ents(text) == [("14", "QUANTITY"), ("30 tanks", "QUANTITY"), ("three", "QUANTITY"), ("four crews", "QUANTITY")]
    assert ent(text, "three")["norm"] == {"value": 3, "unit": "", "approx": None}


def test_an_author_line_with_the_surname_first():
    text = "Title: The Long March\n\nAuthor: Fenby, Jonathan\n\nPublication Date: 1999"
    assert found(text, "PERSON") == [at(text, "Fenby", "PERSON"), at(text, "Jonathan", "PERSON")]
