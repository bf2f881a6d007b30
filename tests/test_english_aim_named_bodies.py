"""s30enunit (session 30): English classes of the audit of the Falklands, Angolan, Korean, Iran-Iraq,
Franco-Prussian and Russo-Turkish wars: bodies named by their aim (english_aim_named_bodies), Spanish designations
with a trailing number and the Argentine army's abbreviations (english_romance_unit_designations), counts with a
dotted abbreviation before their noun (english_numbers) and spaced metres before a word of bearing or distance
(english_figure_forms). Sentences written for these tests; the names and places are made up or other than the
audited pages'."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, int, int, dict]]:
    return [(text[e["start"]:e["end"]], e["label"], e["start"], e["end"], e.get("norm") or {})
            for e in extract_text(text, rules_only=True)["entities"]]


def _has(text: str, span: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    for surface, lab, s, e, norm in _ents(text):
        if (s, e, lab) == (start, start + len(span), label):
            return norm
    raise AssertionError(f"{span!r} {label} not found in {[(x[0], x[1]) for x in _ents(text)]}")


def _labels_over(text: str, span: str) -> list[tuple[str, str]]:
    start = text.index(span)
    end = start + len(span)
    return [(x[0], x[1]) for x in _ents(text) if x[2] < end and start < x[3]]


# --- bodies named by their aim (ORG)

def test_liberation_movement_in_brackets_after_its_acronym_is_one_org():
    text = "The ZLF (Popular Front for the Liberation of Zamboria) ambushed a convoy near Lake Tonga."
    _has(text, "Popular Front for the Liberation of Zamboria", "ORG")
    assert _labels_over(text, "Popular Front for the Liberation of Zamboria") == [
        ("Popular Front for the Liberation of Zamboria", "ORG")]          # no EVENT, no GPE inside


def test_aim_of_several_capitalised_words_and_an_owner_outside():
    text = "In 1971 Joaquim Mbala's National Union for the Total Independence of Zamboria split from the front."
    _has(text, "National Union for the Total Independence of Zamboria", "ORG")
    _has(text, "Joaquim Mbala", "PERSON")


def test_body_with_two_tails_and_a_sentence_opening_article_outside():
    text = "The Society for the Protection of Orphans of Veldana met in London."
    _has(text, "Society for the Protection of Orphans of Veldana", "ORG")
    text = "The Committee for the Defence of the Revolution of Korvo issued a statement."
    _has(text, "Committee for the Defence of the Revolution of Korvo", "ORG")


def test_lower_case_head_or_an_army_is_no_aim_named_org():
    text = "The campaign for the liberation of France began in June, and the Army for the Liberation of Korvo struck."
    labels = [x[1] for x in _ents(text)]
    assert not any(x[0].startswith("campaign") for x in _ents(text))
    assert ("Army for the Liberation of Korvo", "ORG") not in [(x[0], x[1]) for x in _ents(text)]
    assert "ORG" not in labels or all("Army" not in x[0] for x in _ents(text) if x[1] == "ORG")


# --- Spanish designations with a trailing number, Argentine abbreviations (MIL_UNIT)

def test_spanish_designation_with_its_number_after_the_name():
    text = "The Regimiento de Infantería 17 and the Batallón de Infantería de Marina 3 (BIM 3) held the ridge."
    norm = _has(text, "Regimiento de Infantería 17", "MIL_UNIT")
    assert norm["numbers"] == [17] and norm["echelon"] == "团"
    norm = _has(text, "Batallón de Infantería de Marina 3", "MIL_UNIT")
    assert norm["numbers"] == [3] and norm["echelon"] == "营"
    norm = _has(text, "BIM 3", "MIL_UNIT")
    assert norm["numbers"] == [3] and norm["echelon"] == "营"


def test_number_after_the_head_and_argentine_abbreviations():
    text = ("The Regimiento 9 de Infantería sailed from Corrientes; the Regimiento de Infantería Mecanizado 14 "
            "(RI Mec 14) and RI 8 followed a week later.")
    assert _has(text, "Regimiento 9 de Infantería", "MIL_UNIT")["numbers"] == [9]
    assert _has(text, "Regimiento de Infantería Mecanizado 14", "MIL_UNIT")["numbers"] == [14]
    assert _has(text, "RI Mec 14", "MIL_UNIT")["numbers"] == [14]
    norm = _has(text, "RI 8", "MIL_UNIT")
    assert norm["numbers"] == [8] and norm["echelon"] == "团"


def test_a_count_of_men_after_a_spanish_name_is_not_its_number():
    text = "Of the Regimiento de Infantería 40 men were wounded on the first day."
    _has(text, "Regimiento de Infantería", "MIL_UNIT")
    assert ("Regimiento de Infantería 40", "MIL_UNIT") not in [(x[0], x[1]) for x in _ents(text)]
    _has(text, "40 men", "QUANTITY")


def test_abbreviation_without_a_spanish_page_is_not_read():
    text = "Take RI 12 north to the state line and turn left at the diner."
    assert not [x for x in _ents(text) if x[1] == "MIL_UNIT"]


# --- counts with a dotted abbreviation before their noun (QUANTITY)

def test_dotted_abbreviation_inside_a_count_of_troops():
    text = "More than 9,000 U.N. troops and some 700 U.K. soldiers held the perimeter around Kalvo."
    norm = _has(text, "More than 9,000 U.N. troops", "QUANTITY")
    assert norm["value"] == 9000 and norm["approx"] == "over"
    assert _has(text, "some 700 U.K. soldiers", "QUANTITY")["value"] == 700


def test_era_abbreviation_is_no_modifier_of_a_count():
    text = "The fort was built about 300 A.D. Men from the valley later took it."
    assert ("300 A.D. Men", "QUANTITY") not in [(x[0], x[1]) for x in _ents(text)]


# --- spaced metres before a word of bearing or distance (QUANTITY)

def test_spaced_metres_before_a_bearing_or_a_distance_word():
    text = ("The outpost lay some 300 m north of the ford, and the second trench about 150 m behind it; "
            "the gun pits were 40 m apart.")
    norm = _has(text, "some 300 m", "QUANTITY")
    assert norm["value"] == 300 and norm["unit"] == "m" and norm["approx"] == "some"
    assert _has(text, "about 150 m", "QUANTITY")["value"] == 150
    assert _has(text, "40 m", "QUANTITY")["value"] == 40


def test_spaced_m_as_minutes_money_or_a_decimal_is_not_read():
    text = "They waited 5 m before going, he earned 7 m from the sale, and 2.5 m of wire was left."
    assert not [x for x in _ents(text) if x[1] == "QUANTITY" and x[0].endswith(" m")]
