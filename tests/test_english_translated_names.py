"""s23en (session 23): the Volunteer Army and the Chinese name of the Korean War in translation
(pipeline/rules/english_translated_names.py); peoples' and creeds' adjectives and hyphenated participles inside
counts (english_numbers); `the X rising` in lower case (english_lower_case_heads). Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- the Volunteer Army

def test_volunteer_army_is_a_named_force():
    text = "In March the 88th Division of the 29th Army of the Volunteer Army reached the river."
    assert _spans(text, "MIL_UNIT") == ["88th Division", "29th Army", "Volunteer Army"]
    assert _norm(text, "Volunteer Army", "MIL_UNIT")["numbers"] == []


def test_peoples_volunteer_army_stays_whole():
    text = "The Chinese People's Volunteer Army entered the war that autumn."
    assert _has(text, "Chinese People's Volunteer Army", "MIL_UNIT")
    assert "Volunteer Army" not in _spans(text, "MIL_UNIT")


def test_lower_case_volunteer_army_is_no_name():
    text = "He dreamt of raising a volunteer army in the hills."
    assert _spans(text, "MIL_UNIT") == []


# --- the War to Resist U.S. Aggression and Aid Korea

def test_resist_aid_korea_war_is_one_event():
    text = "Zhou Wen, a veteran of the War to Resist U.S. Aggression and Aid Korea, spoke at the school."
    assert _has(text, "War to Resist U.S. Aggression and Aid Korea", "EVENT")
    assert _spans(text, "GPE") == []
    assert _norm(text, "War to Resist U.S. Aggression and Aid Korea", "EVENT")["zh"] == "抗美援朝"


def test_resist_aid_korea_campaign_keeps_its_ordinal():
    text = "During the Third Campaign to Resist US Aggression and Aid Korea the regiment crossed the ice."
    assert _has(text, "Third Campaign to Resist US Aggression and Aid Korea", "EVENT")


def test_resist_aid_korea_movement_without_aggression():
    text = "The Movement to Resist America and Aid Korea began in the towns of Hebei."
    assert _has(text, "Movement to Resist America and Aid Korea", "EVENT")


def test_lower_case_resist_aid_is_no_name():
    text = "They went to resist aggression and aid Korea, the posters said."
    assert _spans(text, "EVENT") == []


# --- counts with a people's or creed's adjective, and a hyphenated participle

def test_spelled_count_with_a_peoples_adjective():
    text = "At the ford three Irish priests and five English missionaries were seized."
    assert _spans(text, "QUANTITY") == ["three Irish priests", "five English missionaries"]
    assert _norm(text, "five English missionaries", "QUANTITY")["value"] == 5


def test_peoples_adjective_without_count_is_no_quantity():
    text = "The English missionaries and the Irish priests left the town together."
    assert _spans(text, "QUANTITY") == []


def test_count_with_hyphenated_participle():
    text = "The front had 2,400 tanks and self-propelled guns and 9,000 well-armed militia."
    assert _spans(text, "QUANTITY") == ["2,400 tanks and self-propelled guns", "9,000 well-armed militia"]


# --- `the X rising` in lower case

def test_lower_case_rising_after_a_name_is_an_event():
    text = "After the Boxer rising the mission was rebuilt."
    assert _has(text, "Boxer rising", "EVENT")


def test_water_rising_is_no_event():
    text = "They watched the Yellow River rising through the night."
    assert _spans(text, "EVENT") == []
