"""Session 34, w34enplace: classes read across the English development sets (places, works, organisations)."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


# --- works of the field named by their head after the name (english_structures._FIELD_HEADS) ---

def test_farm_after_name_is_fac():
    text = "At dawn B Company reached Varnoke Farm and dug in."
    assert ("Varnoke Farm", "FAC") in _spans(text)


def test_estate_with_two_word_name():
    text = "The labourers of nearby Lim Tewk Estate fled into the jungle."
    assert ("Lim Tewk Estate", "FAC") in _spans(text)


def test_trail_and_track():
    text = "The brigade walked the Ossabo Trail for a week, then the Ossabo Track."
    spans = _spans(text)
    assert ("Ossabo Trail", "FAC") in spans and ("Ossabo Track", "FAC") in spans


def test_camp_with_hyphened_kind():
    text = "Men interned in the KAI LOR Prisoners-of-War Camp were starved."
    assert ("KAI LOR Prisoners-of-War Camp", "FAC") in _spans(text)


def test_fort_after_colour():
    text = "The gate known as the Red Fort was held by a picket."
    assert ("Red Fort", "FAC") in _spans(text)


def test_redoubt_span_edges():
    text = "They stormed the Tarvane Redoubt at noon."
    ents = extract_text(text, rules_only=True)["entities"]
    fac = [e for e in ents if e["label"] == "FAC"]
    assert [(e["start"], e["end"]) for e in fac] == [(17, 32)]


def test_farm_after_people_is_not_fac():
    text = "The tanks crossed the Egyptian Farm at night."
    assert not any(lab == "FAC" for _, lab in _spans(text))


def test_everyday_word_camp_is_not_fac():
    text = "The climbers returned to Base Camp before dark."
    assert not any(lab == "FAC" for _, lab in _spans(text))


def test_camp_staff_is_no_camp():
    text = "Members of the Prisoners-of-War Camp Staff were tried."
    assert not any(s.endswith("Camp") and lab == "FAC" for s, lab in _spans(text))


# --- the first end of a stretch 'from X to Y' (english_place_context._TO_NAME_AFTER) ---

def test_first_end_of_a_stretch_is_a_place():
    text = "For two days the army held the river from Varsko Dol to Tamrin."
    spans = _spans(text)
    assert ("Varsko Dol", "GPE") in spans and ("Tamrin", "GPE") in spans


def test_first_end_span_edges():
    text = "The line ran from Ostrevo to Kalvany."
    ents = [e for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "GPE"]
    assert [(e["start"], e["end"]) for e in ents] == [(18, 25), (29, 36)]


def test_message_from_a_man_is_no_stretch():
    text = "He read a letter from Hartley to Jennings."
    assert ("Hartley", "GPE") not in _spans(text)


def test_from_a_man_to_a_title_is_no_stretch():
    text = "The order passed from Hartley to the Colonel at noon."
    assert ("Hartley", "GPE") not in _spans(text)
