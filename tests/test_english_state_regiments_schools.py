"""s21en (session 21): American state regiments, Japanese units named by a commander after the side word, a day
of the month before a unit list, named middles of comma chains, the ROC and ROK armies, English glosses in brackets after a
unit, military schools, `the Campaign of X` (pipeline/rules/english_state_regiments_schools.py); English arm words before a
romanised Japanese echelon (english_unit_forms); an age before a post in a bare-surname predicate
(english_bare_surnames). Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- American state regiments

def test_state_regiment_is_one_unit():
    text = "In 1899 the 3rd Ohio Infantry embarked with the First Maine Cavalry and the 4th Iowa Heavy Artillery."
    assert _spans(text, "MIL_UNIT") == ["3rd Ohio Infantry", "First Maine Cavalry", "4th Iowa Heavy Artillery"]
    assert _norm(text, "3rd Ohio Infantry", "MIL_UNIT")["numbers"] == [3]
    assert _norm(text, "First Maine Cavalry", "MIL_UNIT")["numbers"] == [1]
    assert _norm(text, "4th Iowa Heavy Artillery", "MIL_UNIT")["echelon"] == "团"
    text = "He enlisted in the 2nd Oregon Volunteer Infantry and later the 11th New York Cavalry."
    assert _has(text, "2nd Oregon Volunteer Infantry", "MIL_UNIT")
    assert _has(text, "11th New York Cavalry", "MIL_UNIT")


def test_state_without_arm_or_number_is_no_state_regiment():
    text = "Ohio infantry officers and the Maine Cavalry Association met in Portland."
    assert not _has(text, "Maine Cavalry", "MIL_UNIT")
    text = "The third Ohio farm was sold."
    assert _spans(text, "MIL_UNIT") == []


# --- Japanese units named by a commander, after the side word

def test_japanese_named_division_after_side_word():
    text = "The guerrillas wiped out 800 men of the Japanese Sato Division near the pass."
    assert _has(text, "Sato Division", "MIL_UNIT")
    assert not _has(text, "Japanese Sato Division", "MIL_UNIT")
    assert _norm(text, "Sato Division", "MIL_UNIT")["echelon"] == "师团"
    text = "Two battalions of the Japanese Kuroda Brigade held the town."
    assert _norm(text, "Kuroda Brigade", "MIL_UNIT")["echelon"] == "旅团"


def test_japanese_side_word_before_english_word_is_not_a_named_unit():
    text = "The Japanese Guards Division and the Japanese Infantry Division were not named for anyone."
    assert not _has(text, "Guards Division", "MIL_UNIT") or _norm(text, "Guards Division", "MIL_UNIT")
    assert not _has(text, "Infantry Division", "MIL_UNIT")


# --- a day of the month is no member of a unit list

def test_day_before_unit_is_cut_off():
    text = "On 12th, 34th Corps withdrew from the town. On 15th, 9th Corps followed."
    assert _has(text, "34th Corps", "MIL_UNIT") and _has(text, "9th Corps", "MIL_UNIT")
    assert not _has(text, "12th, 34th Corps", "MIL_UNIT")
    assert _norm(text, "34th Corps", "MIL_UNIT")["numbers"] == [34]


def test_unit_list_without_day_word_stays_one_span():
    text = "The 12th, 34th and 56th Corps crossed the river."
    assert not _has(text, "34th Corps", "MIL_UNIT")


# --- named middles of comma chains

def test_named_battalion_inside_comma_chain_joins_it():
    text = "Able Company, Provisional Battalion, Fifth Marines held the ridge until dawn."
    assert _spans(text, "MIL_UNIT") == ["Able Company, Provisional Battalion, Fifth Marines"]
    assert _norm(text, "Able Company, Provisional Battalion, Fifth Marines", "MIL_UNIT")["echelon"] == "连"
    text = "Baker Company, Support Battalion, 1st Marines moved up the road."
    assert _has(text, "Baker Company, Support Battalion, 1st Marines", "MIL_UNIT")


def test_named_battalion_without_unit_after_is_not_joined():
    text = "Able Company, Provisional Battalion, and the engineers held the ridge."
    assert not _has(text, "Able Company, Provisional Battalion", "MIL_UNIT")


# --- the ROC army; a gloss in brackets after a unit

def test_roc_army_lower_case():
    text = "In June the ROC army was short of guns, while the US army was far away."
    assert _has(text, "ROC army", "MIL_UNIT")
    assert not _has(text, "US army", "MIL_UNIT")


def test_bracketed_english_gloss_after_unit():
    text = "Zeng raised the Xiang Army (Hunan Army) and Li the Huai Army (Anhui Army) in the 1850s."
    assert _has(text, "Hunan Army", "MIL_UNIT") and _has(text, "Anhui Army", "MIL_UNIT")
    assert _has(text, "Xiang Army", "MIL_UNIT")
    text = "He read the letter (Marching Army) twice."      # no unit before the bracket
    assert not _has(text, "Marching Army", "MIL_UNIT")


# --- military schools; the Campaign of X

def test_military_schools_are_org():
    text = "He attended the Officer Cadet School and then the Command and General Staff College."
    assert _spans(text, "ORG") == ["Officer Cadet School", "Command and General Staff College"]
    text = "She taught at the Jungle Warfare School near the border."
    assert _has(text, "Jungle Warfare School", "ORG")


def test_school_inside_longer_name_or_lower_case_is_not_cut():
    text = "He went to the Whampoa Military Academy in 1924."
    assert not _has(text, "Military Academy", "ORG")
    text = "He went to a military school and an infantry school."
    assert _spans(text, "ORG") == []


def test_campaign_of_place_is_event():
    text = "In the Campaign of Western Hubei the army lost a division; the Campaign of Central Henan followed."
    assert _spans(text, "EVENT") == ["Campaign of Western Hubei", "Campaign of Central Henan"]
    text = "Campaign of Letters was the title of his pamphlet."
    assert not _has(text, "Campaign of Letters", "EVENT")


# --- English arm words before a romanised Japanese echelon (english_unit_forms)

def test_arm_word_before_rentai_keeps_number():
    text = "The 7th Infantry Rentai and the 3rd Cavalry Rentai advanced, with the 26th Rentai behind."
    assert _spans(text, "MIL_UNIT") == ["7th Infantry Rentai", "3rd Cavalry Rentai", "26th Rentai"]
    assert _norm(text, "3rd Cavalry Rentai", "MIL_UNIT")["numbers"] == [3]


# --- an age before a post in a bare-surname predicate (english_bare_surnames)

def test_age_before_post_marks_bare_surname():
    text = "Baek was a 31-year-old major in command of the battalion. Baek's men dug in."
    assert _spans(text, "PERSON") == ["Baek", "Baek"]
    text = "Seoul was a 600-year-old city."
    assert not _has(text, "Seoul", "PERSON")


# --- romanised mountains in Shan (docs session 13: LOC), where the place is plain

def test_romanised_shan_after_locative_or_before_hill_gloss_is_loc():
    text = "The brigade fought at Ma Tou Shan and camped near Pai Yun Shan."
    assert _has(text, "Ma Tou Shan", "LOC") and _has(text, "Pai Yun Shan", "LOC")
    assert not _has(text, "Ma Tou Shan", "PERSON")
    text = "On May 4 Hei Lung Shan (Black Dragon Hill) was stormed."
    assert _has(text, "Hei Lung Shan", "LOC")


def test_romanised_shan_without_place_context_stays_person():
    text = "Wang Shan was captured by the rebels, and a letter went to Yen Hsi Shan."
    assert _has(text, "Wang Shan", "PERSON") and _has(text, "Yen Hsi Shan", "PERSON")
