"""r20en (session 20, round 2): classes seen on round 1's held-out pages (pipeline/rules/english_reform_glued_forms.py):
reforms and restorations by a proper name, a lower-case ordinal before an event, OCR-glued institution names, the
short plural `the Volunteers`, a regiment's short name before a lower-case battalion, a battalion number glued to
its regiment's abbreviation; plus missions named by a direction or a denomination (english_org_heads, kept).
Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- X Reform / Reforms / Restoration: one EVENT (as a capitalised X Movement, docs session 19)

def test_reform_and_restoration_by_a_proper_name_are_events():
    text = "Scholars still debate why the Guangxu Reform collapsed within a season."
    assert _has(text, "Guangxu Reform", "EVENT")
    text = "The Kenmu Restoration did not last, and the Tempo Reforms fared little better."
    assert _has(text, "Kenmu Restoration", "EVENT") and _has(text, "Tempo Reforms", "EVENT")
    assert _has("Few mourned the Guangxu Reform's end.", "Guangxu Reform", "EVENT")   # possessive outside


def test_reform_bodies_and_generic_reforms_are_no_event():
    text = "He left the Restoration Society and joined the Reform Club in 1903."
    assert not _has(text, "Restoration Society", "EVENT") and not _has(text, "Reform", "EVENT")
    text = "The Tax Reform reached the village late; the Chinese Reform was a slogan."
    assert not _has(text, "Tax Reform", "EVENT") and not _has(text, "Chinese Reform", "EVENT")
    # the movement rule it sits beside keeps its reading
    assert _has("The Rural Rebuilding Movement spread to Hopei.", "Rural Rebuilding Movement", "EVENT")


# --- a lower-case ordinal before an event is inside it (guideline 10; docs: an event keeps its ordinal)

def test_lower_case_ordinal_joins_the_event():
    text = "Trade was reopened after the second Anglo-Burmese War ended."
    assert _has(text, "second Anglo-Burmese War", "EVENT")
    text = "Veterans of the first Battle of Tientsin were decorated."
    assert _has(text, "first Battle of Tientsin", "EVENT")
    # the base name's Chinese gloss names the unnumbered event: dropped
    assert "zh" not in _norm("Forts were rebuilt after the first Opium War.", "first Opium War", "EVENT")


def test_ordinal_without_the_or_before_no_event_stays_out():
    text = "His first Opium War memoir sold well."
    assert not _has(text, "first Opium War", "EVENT")
    text = "It was the second time that the Taiping Rebellion was mentioned."
    assert _has(text, "Taiping Rebellion", "EVENT") and not _has(text, "second time", "EVENT")
    # a capitalised ordinal was already inside
    assert _has("The Third Burmese War was short.", "Third Burmese War", "EVENT")


# --- an OCR-glued institution name: one ORG over the whole name

def test_glued_institution_name_is_one_org():
    text = "She studied at the CantonChristian College before the war."
    assert _has(text, "CantonChristian College", "ORG")
    text = "Wounded men were carried to the MukdenMedical Hospital."
    assert _has(text, "MukdenMedical Hospital", "ORG")
    text = "In 1931 he entered the National KwangHua University at Shanghai."   # a capitalised word before it joins
    assert _has(text, "National KwangHua University", "ORG")


def test_surname_prefixes_and_written_apart_names_are_kept():
    text = "General MacArthur spoke at the Tokyo Imperial University."
    assert not _has(text, "MacArthur", "ORG") and _has(text, "MacArthur", "PERSON")
    assert _has("He taught at the Canton Christian College.", "Canton Christian College", "ORG")


# --- the Volunteers: a volunteer force's short plural

def test_volunteers_after_a_named_volunteer_corps_or_before_a_verb():
    text = "The Tientsin Volunteer Corps was called out in June. At dawn the Volunteers lined the canal bank."
    assert _has(text, "Tientsin Volunteer Corps", "MIL_UNIT") and _has(text, "Volunteers", "MIL_UNIT")
    text = "The Volunteers were posted along the bund."
    assert _has(text, "Volunteers", "MIL_UNIT")


def test_volunteers_of_a_place_or_without_a_frame_are_not_the_short_form():
    text = "A letter from the Volunteers of Ohio reached him."
    assert not _has(text, "Volunteers", "MIL_UNIT")
    text = "Lists of the Volunteers in this book are incomplete."
    assert not _has(text, "Volunteers", "MIL_UNIT")


# --- a regiment's short name before a lower-case battalion

def test_regiment_short_name_before_lower_case_battalion():
    text = "By noon the Wiltshire battalion had reached the crossroads."
    assert _has(text, "Wiltshire battalion", "MIL_UNIT")
    norm = _norm(text, "Wiltshire battalion", "MIL_UNIT")
    assert norm["echelon"] == "营" and norm["numbers"] == []
    # the regiment reading beside it kept
    assert _has("The Dorset regiment followed.", "Dorset regiment", "MIL_UNIT")


def test_peoples_arms_and_ordinals_before_battalion_are_no_name():
    text = "The Japanese battalion withdrew, the Tank battalion stayed and the Headquarters battalion waited."
    assert not any(lab == "MIL_UNIT" and "battalion" in t for t, lab, _ in _ents(text))
    # an ordinal battalion keeps its own reading (numbered, english_units)
    assert _norm("The Second battalion waited.", "Second battalion", "MIL_UNIT")["numbers"] == [2]


# --- a battalion number glued to its regiment's abbreviation

def test_glued_number_and_regiment_abbreviation():
    text = "3RWK's carriers were ambushed near the ford."
    assert _has(text, "3RWK", "MIL_UNIT")
    assert _norm(text, "3RWK", "MIL_UNIT")["numbers"] == [3]
    text = "At first light 2KSLI moved through the paddy."
    assert _has(text, "2KSLI", "MIL_UNIT")
    assert _norm(text, "2KSLI", "MIL_UNIT")["numbers"] == [2]
    # the spaced form it mirrors
    assert _norm("1 RWK held the ridge.", "1 RWK", "MIL_UNIT")["numbers"] == [1]


def test_glued_codes_that_are_no_regiment_stay_out():
    text = "The jeep had 4WD and the 3PM convoy left with 2RAF trucks."
    assert not any(lab == "MIL_UNIT" for t, lab, _ in _ents(text) if t in ("4WD", "3PM", "2RAF"))


# --- missions named by a direction or a denomination (english_org_heads; kept)

def test_missions_by_direction_or_denomination_are_org():
    text = "The Northern Mission ran a clinic, and the Wesleyan Mission a school."
    assert _has(text, "Northern Mission", "ORG") and _has(text, "Wesleyan Mission", "ORG")
    assert not _has("The Military Mission arrived.", "Military Mission", "ORG")


def test_volunteers_have_no_echelon_word():
    # a force named by its men has no echelon word in the Chinese vocabulary (not the English "Volunteer")
    text = "The Canton Volunteer Corps was mustered. The Volunteers held the bund until dawn."
    assert _norm(text, "Volunteers", "MIL_UNIT")["echelon"] == ""
