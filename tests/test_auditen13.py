"""Classes seen on English pages of the Korean War and the Chinese Civil War (session 15, auditen13).
Every sentence here is written for the test."""

from __future__ import annotations

from tests.sentences import ent, entities, spans, unit


# --- named outposts (english_korea_forms): FAC, the name alone later in the paragraph too

def test_named_outposts_are_fac():
    text = "The Chinese overran Outpost Vegas at midnight and then probed OP Tessie and Combat Outpost Yoke."
    assert spans(text, "FAC") == ["Outpost Vegas", "OP Tessie", "Combat Outpost Yoke"]


def test_outpost_named_after_a_region_is_no_region():
    text = "A platoon lost Outpost Siberia on 9 May. Siberia was retaken at dawn."
    got = entities(text)
    assert (15, 30, "FAC", "Outpost Siberia") in got
    assert (41, 48, "FAC", "Siberia") in got
    assert not [e for e in got if e[2] == "LOC"]


def test_outpost_two_word_name_and_possessive():
    text = "The defenders of Outpost East Berlin held; Outpost Harry\u2019s trenches were lost."
    assert spans(text, "FAC") == ["Outpost East Berlin", "Outpost Harry"]


def test_outpost_before_a_common_word_is_no_name():
    text = "The Outpost Commander reported on Monday that OP Tuesday patrols had returned."
    assert spans(text, "FAC") == []


# --- camps named after persons (english_korea_forms): FAC

def test_named_camps_are_fac():
    text = "The regiment trained at Camp Drake and later moved to Camp McNair, Japan."
    assert spans(text, "FAC") == ["Camp Drake", "Camp McNair"]
    assert spans(text, "GPE") == ["Japan"]


def test_camp_officer_is_no_camp():
    assert spans("The Camp Commandant inspected the huts.", "FAC") == []


# --- two places joined by a hyphen before 'area'/'sector' (english_korea_forms)

def test_hyphen_pair_before_area_is_two_places():
    text = "The division fought in the P'yonggang-Kumhwa sector for a week."
    got = entities(text)
    assert (27, 37, "GPE", "P'yonggang") in got
    assert (38, 44, "GPE", "Kumhwa") in got


def test_hyphen_pair_before_line_stays_one():
    text = "They fell back to the Pyongyang-Wonsan line."
    assert spans(text, "FAC") == ["Pyongyang-Wonsan line"]


# --- hill numbers with a letter suffix (english_villages): one LOC

def test_hill_with_letter_suffix():
    text = "Hill 122B fell on 2 May 1952, but Hill 104 held."
    assert spans(text, "LOC") == ["Hill 122B", "Hill 104"]


def test_hill_letter_is_not_a_word():
    assert spans("Hill 122Bravo was an error.", "LOC") == []


# --- 'Company G, 3rd Battalion, 7th Marines': one chain (english_designations, normalize english_unit_values)

def test_letter_after_company_joins_its_parents():
    text = "He led Company G, 3rd Battalion, 7th Marines up the slope."
    e = ent(text, "Company G, 3rd Battalion, 7th Marines")
    assert unit(e) == ("MIL_UNIT", [3, 7], "连", "")
    assert e["norm"]["echelon_key"] == "company"


def test_battery_letter_after_joins_without_a_roman_number():
    text = "Battery C, 15th Field Artillery Battalion fired all night."
    e = ent(text, "Battery C, 15th Field Artillery Battalion")
    assert unit(e)[:3] == ("MIL_UNIT", [15], "连")


def test_company_then_equal_company_is_no_chain():
    text = "Company G, Company H and the tanks attacked."
    assert spans(text, "MIL_UNIT") == ["Company G", "Company H"]


# --- Royal Marine commandos by a cardinal (english_cardinal_units)

def test_cardinal_commando():
    text = "41 Commando landed at Hungnam while 42 Commando stayed aboard."
    assert spans(text, "MIL_UNIT") == ["41 Commando", "42 Commando"]
    assert unit(ent(text, "41 Commando"))[1] == [41]


def test_numbered_commando_after_no_unchanged():
    assert spans("No. 3 Commando crossed at night.", "MIL_UNIT") == ["No. 3 Commando"]


def test_counted_commandos_stay_counts():
    assert spans("The raid used 250 commandos.", "MIL_UNIT") == []


# --- Roman-numbered corps coordinated before one 'Corps' (english_korea_forms): one MIL_UNIT

def test_roman_corps_list_is_one_unit():
    text = "The advance by US I and IX Corps was halted; the enemy then struck I, IX and X Corps."
    e = ent(text, "I and IX Corps")
    assert unit(e)[:3] == ("MIL_UNIT", [1, 9], "兵团")
    assert unit(ent(text, "I, IX and X Corps"))[1] == [1, 9, 10]


def test_pronoun_i_opens_no_corps_list():
    text = "As I and X Corps veterans recall, the winter was cold."
    assert spans(text, "MIL_UNIT") == ["X Corps"]


# --- a place up or down a river or road from another (english_place_context): 'below X', 'above X'

def test_place_below_and_above():
    text = "The bridgehead below Mup'yong held, and the road above Sangdong was cut."
    assert spans(text, "GPE") == ["Mup'yong", "Sangdong"]


def test_below_a_common_word_is_no_place():
    assert spans("The temperature fell below Zero that night.", "GPE") == []


# --- a US regiment by its arm with its division after a comma (english_designations, english_unit_values)

def test_arm_regiment_joins_its_division():
    text = "A platoon of Able Company, 31st Infantry, 7th Infantry Division reached the river."
    e = ent(text, "Able Company, 31st Infantry, 7th Infantry Division")
    assert unit(e)[:3] == ("MIL_UNIT", [31, 7], "连")
    e = ent("The 7th Marines, 1st Marine Division attacked at dawn.", "7th Marines, 1st Marine Division")
    assert unit(e)[:3] == ("MIL_UNIT", [7, 1], "团")


def test_arm_regiments_in_a_list_stay_apart():
    text = "The 7th Marines, 5th Marines and 1st Marines waited."
    assert spans(text, "MIL_UNIT") == ["7th Marines", "5th Marines", "1st Marines"]


# --- 'Task Force' before a post is no force (english_units)

def test_task_force_commander_is_a_post():
    text = "Task Force Able moved north; the Task Force Commander was Captain John Doe."
    assert spans(text, "MIL_UNIT") == ["Task Force Able"]
    assert spans(text, "PERSON") == ["John Doe"]


# --- guards on the others' readings (english_korea_forms)

def test_pronoun_after_a_rank_abbreviation_is_no_person():
    text = "I served as a radio operator and a Recon. Sgt. We were members of the battery."
    assert spans(text, "PERSON") == []


def test_possessive_ends_a_numbered_unit():
    text = "Soldiers of the 35th Infantry Regiment\u2019s Company F charged up the slope."
    got = entities(text)
    assert (16, 38, "MIL_UNIT", "35th Infantry Regiment") in got
    assert (41, 50, "MIL_UNIT", "Company F") in got


def test_possessive_in_a_named_unit_stays():
    assert spans("The King's African Rifles landed.", "MIL_UNIT") == ["King's African Rifles"]


def test_commander_possessive_before_operation():
    text = "In May the division launched Major General Hale\u2019s Operation Tinsel."
    assert spans(text, "EVENT") == ["Operation Tinsel"]
    assert spans(text, "PERSON") == ["Hale"]


def test_org_head_before_a_lettered_company():
    text = "Under his command, the Soldiers of Company B held the ridge."
    assert spans(text, "MIL_UNIT") == ["Company B"]
    assert spans(text, "ORG") == []


def test_hill_number_after_no():
    text = "C Company captured Hill No.180 and then Hill No. 181."
    assert spans(text, "LOC") == ["Hill No.180", "Hill No. 181"]


# --- a defence line named in lower case (english_korea_forms): FAC, not the state

def test_lower_case_named_line():
    text = "The corps was to advance to line Idaho and then to line Kansas."
    assert spans(text, "FAC") == ["line Idaho", "line Kansas"]
    assert spans(text, "GPE") == []


def test_line_between_two_places_is_no_named_line():
    text = "They drew the line Seoul\u2013Wonsan on the map."
    assert spans(text, "FAC") == []
    assert spans(text, "GPE") == ["Seoul", "Wonsan"]


# --- Korean villages joined by hyphens (english_korea_forms): one GPE each

def test_village_chain_is_two_villages():
    text = "The corridor was traced by the Soksan-ri-Pangmok-ni segment of Route 29."
    assert spans(text, "GPE") == ["Soksan-ri", "Pangmok-ni"]
    assert spans(text, "FAC") == ["Route 29"]


def test_lone_village_unchanged():
    assert spans("The battalion entered Pangmok-ni at noon.", "GPE") == ["Pangmok-ni"]
