"""Classes of english_artillery_provisional_units and the small edits beside it (session 19, helper s19enunit): English MIL_UNIT and
PERSON forms. Sentences written for the test (invented units and names)."""

from tests.sentences import ents, norms


def test_numbered_artillery_regiment_is_one_unit():
    # guideline 3: a numbered unit written with its corps is one span; 团, prefix 炮兵
    text = "At dawn the 61st Royal Artillery and the 9th Field Artillery opened fire on the ford."
    got = ents(text)
    assert ("61st Royal Artillery", "MIL_UNIT") in got and ("9th Field Artillery", "MIL_UNIT") in got
    assert ("Royal Artillery", "MIL_UNIT") not in got
    values = dict(norms(text, "MIL_UNIT"))
    assert values["61st Royal Artillery"]["numbers"] == [61]
    assert values["61st Royal Artillery"]["echelon"] == "团" and values["61st Royal Artillery"]["prefix"] == "炮兵"


def test_numbered_artillery_keeps_neighbouring_readings():
    # the corps alone stays the named force; a further echelon word is the numbered grammar's
    got = ents("The Royal Artillery lost two guns. The 14th Field Artillery Battalion withdrew at noon.")
    assert ("Royal Artillery", "MIL_UNIT") in got
    assert ("14th Field Artillery Battalion", "MIL_UNIT") in got
    assert not any(t == "14th Field Artillery" for t, _ in got)


def test_arm_before_the_number_is_inside_the_unit():
    # a translated Korean or Japanese designation: 步兵第3师 -> 'Infantry 3rd Division' (as 步兵第225连队 in the spec)
    text = "The Infantry 8th Division crossed first, and the enemy's Infantry 12th and 19th Divisions followed."
    got = ents(text)
    assert ("Infantry 8th Division", "MIL_UNIT") in got
    assert ("Infantry 12th and 19th Divisions", "MIL_UNIT") in got
    values = dict(norms(text, "MIL_UNIT"))
    assert values["Infantry 8th Division"]["prefix"] == "步兵"
    assert values["Infantry 12th and 19th Divisions"]["numbers"] == [12, 19]


def test_arm_word_alone_is_no_unit():
    # negative: an arm word without a number is no designation; the arm after the number keeps its reading
    got = ents("Infantry and artillery moved at night. The 27th Infantry Division held the pass.")
    assert ("27th Infantry Division", "MIL_UNIT") in got
    assert not any(t.startswith("Infantry") for t, label in got if label == "MIL_UNIT")


def test_alternative_ordinals_share_one_echelon():
    # guideline 4: ordinals sharing one echelon word are one span, with `or` as with `and`
    text = "Either the 31st or 36th Regiment was to relieve the garrison."
    got = ents(text)
    assert ("31st or 36th Regiment", "MIL_UNIT") in got
    assert dict(norms(text, "MIL_UNIT"))["31st or 36th Regiment"]["numbers"] == [31, 36]


def test_articled_alternatives_are_two_units():
    # each ordinal with its own article is its own span (as 'the 27th and the 40th armies')
    got = ents("The order went to the 4th or the 5th Battalion, whichever arrived first.")
    assert ("4th", "MIL_UNIT") in got and ("5th Battalion", "MIL_UNIT") in got


def test_articled_ordinal_without_echelon_is_nothing():
    # negative: ordinals of dates or places after `or the` with no echelon stay out
    got = ents("The meeting was held on the 4th or the 5th of May in the old town.")
    assert not any(label == "MIL_UNIT" for _, label in got)


def test_platoon_heads_its_comma_chain():
    # the majority reading of the English sets: a sub-unit with its parents after commas is one MIL_UNIT
    text = "He joined 2d Platoon, Company F, 3rd Battalion, 9th Marines in the spring."
    got = ents(text)
    assert ("2d Platoon, Company F, 3rd Battalion, 9th Marines", "MIL_UNIT") in got
    value = dict(norms(text, "MIL_UNIT"))["2d Platoon, Company F, 3rd Battalion, 9th Marines"]
    assert value["numbers"] == [2, 3, 9] and value["echelon"] == "排"


def test_platoon_alone_and_listed_platoons():
    got = ents("The 3rd Platoon dug in. Two platoons of the company waited in reserve.")
    assert ("3rd Platoon", "MIL_UNIT") in got
    assert not any(t.lower().startswith("two platoons") and label == "MIL_UNIT" for t, label in got)


def test_task_force_code_name_in_capitals():
    got = ents("Task Force WOLFHOUND reached the river, while Task Force Baker waited.")
    assert ("Task Force WOLFHOUND", "MIL_UNIT") in got and ("Task Force Baker", "MIL_UNIT") in got


def test_task_force_post_is_no_force():
    # negative: two capitals are an abbreviation of a post or a headquarters, not a code name
    got = ents("The Task Force HQ moved, and the Task Force CO flew back to base.")
    assert not any(t in ("Task Force HQ", "Task Force CO") for t, _ in got)


def test_hyphenated_given_name_with_syllable_lun():
    # 'lun' was missing from the syllable table: a hyphenated given name with it was no name
    got = ents("Troops under Gao Shi-Lun and Zhou Lun-ming crossed the river.")
    assert ("Gao Shi-Lun", "PERSON") in got and ("Zhou Lun-ming", "PERSON") in got


def test_roman_numbered_army():
    text = "Slim took XII Army over the river; the VII Corps stayed."
    got = ents(text)
    assert ("XII Army", "MIL_UNIT") in got and ("VII Corps", "MIL_UNIT") in got
    assert dict(norms(text, "MIL_UNIT"))["XII Army"]["numbers"] == [12]


def test_roman_after_war_is_no_army():
    # negative: the war's numeral before an army word belongs to the war
    got = ents("Many World War II Army pilots flew again in Korea.")
    assert not any(t.endswith("II Army") for t, label in got if label == "MIL_UNIT")


def test_possessive_before_a_commanders_position():
    # a surname alone before the place he holds in the line is the commander (as before `X's troops`)
    got = ents("The blow fell on Tomikawa's flank, and the reserve moved behind Takanori's line.")
    assert ("Tomikawa", "PERSON") in got and ("Takanori", "PERSON") in got


def test_possessive_position_after_a_place_or_article():
    # negative: a place or a body after the article keeps its own reading
    got = ents("Burma's front was quiet, and the Party's line did not change.")
    assert ("Burma", "PERSON") not in got and not any(t == "Party" and label == "PERSON" for t, label in got)


def test_coordinated_surnames_share_the_person_reading():
    # (surnames the lexicon holds beside short ones it does not)
    got = ents("Terauchi and Kume attacked at dawn. Later Ichida and Umezu met at the ford.")
    assert ("Kume", "PERSON") in got and ("Ichida", "PERSON") in got


def test_coordinated_common_word_is_no_person():
    # negative: an everyday word coordinated with a surname keeps no PERSON reading
    got = ents("Terauchi and Victory were the themes of the speech. Umezu and Then.")
    assert not any(t in ("Victory", "Then") for t, label in got if label == "PERSON")


def test_four_figure_provisional_unit():
    text = "The 5409 Composite Unit marched south, and the 5390 Air Unit supplied it."
    got = ents(text)
    assert ("5409 Composite Unit", "MIL_UNIT") in got and ("5390 Air Unit", "MIL_UNIT") in got
    assert dict(norms(text, "MIL_UNIT"))["5409 Composite Unit"]["numbers"] == [5409]


def test_year_before_a_unit_word_is_no_unit():
    # negative: a year-shaped number stays a date
    got = ents("In 1943 Air Group losses rose sharply.")
    assert ("1943", "DATE") in got and not any(label == "MIL_UNIT" for _, label in got)


def test_youth_corps_is_no_military_unit():
    got = ents("He led the Sun Yat-sen I Youth Corps branch and later the II Corps of the army.")
    assert ("II Corps", "MIL_UNIT") in got
    assert not any("Youth Corps" in t for t, label in got if label == "MIL_UNIT")


def test_graded_other_ranks_before_a_name():
    # guideline 1: the rank with its grade is outside the PERSON
    got = ents("Sgt. 1st Class Orvel Tamm and Staff Sergeant Ludo Brann held the bunker.")
    assert ("Orvel Tamm", "PERSON") in got and ("Ludo Brann", "PERSON") in got


def test_rank_abbreviation_is_no_person():
    # negative: the abbreviation before a coordinated name is no name of its own
    got = ents("Staff Sergeant Ono Kenji and Cpl. Abe Taro and Pvt. Mori Jiro held the ford.")
    assert ("Abe Taro", "PERSON") in got and ("Mori Jiro", "PERSON") in got
    assert not any(t in ("Cpl", "Pvt") for t, _ in got)
