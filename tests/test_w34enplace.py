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


# --- a one-word name closed by its language's word for a hill or mountain (english_place_context.landform_word_end) ---

def test_afrikaans_berg_and_kop_are_loc():
    text = "The brigade held the drift at Vaalskloofberg, and the guns at Rietvleikop."
    spans = _spans(text)
    assert ("Vaalskloofberg", "LOC") in spans and ("Rietvleikop", "LOC") in spans


def test_turkish_tepe_before_area_is_loc():
    text = "The Anzacs pushed on to the Karamantepe area at dawn."
    assert ("Karamantepe", "LOC") in _spans(text)


def test_pashto_ghar_is_loc():
    text = "The column camped within a few miles of Surkhaghar that night."
    assert ("Surkhaghar", "LOC") in _spans(text)


def test_gazetteer_town_of_that_shape_stays_gpe():
    text = "The division camped at Heidelberg for a week."
    assert ("Heidelberg", "GPE") in _spans(text)


def test_short_stem_is_no_landform():
    text = "They camped at Oberg for a week."
    assert ("Oberg", "LOC") not in _spans(text)
