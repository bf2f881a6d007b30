"""Forms of English pages on the campaigns of 1937-1945 translated from Chinese (session 14, auditen10;
pipeline/rules/english_campaign_forms.py). Sentences written for the tests."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, dict]]:
    return [(e["label"], e["text"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _spans(text: str) -> set[tuple[str, str]]:
    return {(label, span) for label, span, _ in _ents(text)}


def test_numbered_theater_is_a_war_zone():
    ents = _ents("In the spring the Third Theater and the 7th Theatre Zone were told to hold the river line.")
    units = {span: norm for label, span, norm in ents if label == "MIL_UNIT"}
    assert units["Third Theater"]["numbers"] == [3]
    assert units["Third Theater"]["echelon"] == "战区"
    assert units["7th Theatre Zone"]["numbers"] == [7]
    assert units["7th Theatre Zone"]["echelon"] == "战区"


def test_named_theater_stays_a_region():
    spans = _spans("Supplies for the Pacific Theater and the Second Theater of Operations came by sea.")
    assert not any(label == "MIL_UNIT" and "Theater" in span for label, span in spans)


def test_person_department_is_the_person():
    spans = _spans("The 52nd Army of the Guan Linzheng Department held the ridge, and the Li Mo Department withdrew.")
    assert ("PERSON", "Guan Linzheng") in spans
    assert ("PERSON", "Li Mo") in spans
    assert not any(label == "ORG" and "Department" in span for label, span in spans)


def test_office_department_stays_an_org():
    spans = _spans("The State Archives Department and the Political Warfare Department issued the order.")
    assert not any(label == "PERSON" for label, _ in spans)
    assert ("ORG", "Political Warfare Department") in spans


def test_creek_is_a_loc():
    spans = _spans("The company crossed Lantern Creek and camped near Shiqiao Creek at dusk.")
    assert ("LOC", "Lantern Creek") in spans
    assert ("LOC", "Shiqiao Creek") in spans


def test_creek_stop_word_is_outside():
    spans = _spans("At dawn they waded across The Creek in silence.")
    assert not any(label == "LOC" and "Creek" in span for label, span in spans)


def test_dash_dateline_is_the_city():
    ents = _ents("CHANGSHA - Veterans gathered at the memorial on Friday.")
    assert ("GPE", "CHANGSHA") in {(label, span) for label, span, _ in ents}


def test_capital_word_before_a_dash_in_running_text_is_no_place():
    spans = _spans("NOTE - Veterans gathered at the memorial on Friday.")
    assert not any(label in ("GPE", "LOC") for label, _ in spans)


def test_national_adjective_alone_is_no_person():
    spans = _spans("Even Japanese admitted the loss. Japanese bombers returned, and the Japanese withdrew.")
    assert not any(label == "PERSON" for label, _ in spans)


def test_surname_before_verb_still_a_person():
    spans = _spans("General Xue Yue planned the defence. Even Xue admitted the loss.")
    assert ("PERSON", "Xue") in spans


def test_em_dash_separates_person_and_place():
    ents = _ents("Maj. Gen. Kong Fanlin—Poyang Lake Garrison Commander\nCol. Wu Deshan—Hukou Fortress Commander")
    spans = {(label, span) for label, span, _ in ents}
    assert ("PERSON", "Kong Fanlin") in spans
    assert any(span.startswith("Poyang Lake") for _, span in spans)
    assert ("PERSON", "Wu Deshan") in spans
    assert ("FAC", "Hukou Fortress") in spans
    assert not any("\u2014" in span for _, span in spans)


def test_spaced_or_lower_case_dash_changes_nothing():
    spans = _spans("The Battle of Xinyang\u2014the hardest fight of the autumn\u2014ended in October 1938.")
    assert ("EVENT", "Battle of Xinyang") in spans


def test_rank_abbreviation_after_a_post_is_no_person():
    spans = _spans("Lt. Gen. Kong Fanlin, Garrison Commander\nRear Adm. Xie Gang, Deputy Commander")
    assert ("PERSON", "Xie Gang") in spans
    assert not any(label == "PERSON" and "Adm" in span for label, span in spans)


def _quantities(text: str) -> dict[str, dict]:
    return {span: norm for label, span, norm in _ents(text) if label == "QUANTITY"}


def test_count_and_a_half_is_one_quantity():
    q = _quantities("The siege of the county town lasted three and a half months; the march took about two and a half weeks.")
    assert q["three and a half months"]["value"] == 3.5
    assert q["three and a half months"]["unit"] == "months"
    assert q["about two and a half weeks"]["value"] == 2.5
    assert q["about two and a half weeks"]["approx"] == "about"
    assert "two" not in q


def test_and_a_half_without_a_measure_is_no_duration():
    q = _quantities("He ate two and a half bowls of rice.")
    assert not any("half" in span for span in q)


def test_scaled_count_in_words_before_a_name():
    q = _quantities("Nearly two million Eighth Route Army men and more than half a million Kuomintang troops fought.")
    assert q["Nearly two million"]["value"] == 2000000
    assert q["Nearly two million"]["approx"] == "nearly"
    assert q["more than half a million"]["value"] == 500000
    assert q["more than half a million"]["unit"] == ""


def test_scaled_count_with_its_noun_stays_whole():
    q = _quantities("About three thousand Japanese troops landed.")
    assert "About three thousand Japanese troops" in q


def test_province_in_brackets_is_no_named_force():
    ents = _ents("The gunboats shelled Tongling (Anhui) and Shitou Hill (Anhui) from the river.")
    anhui = [(label, norm) for label, span, norm in ents if span == "Anhui"]
    assert len(anhui) == 2 and all(label == "GPE" for label, _ in anhui)
    assert not any(label == "MIL_UNIT" for label, _, _ in ents)


def test_named_force_gloss_before_its_note_still_read():
    ents = _ents("In 1917 the Dingwu Army occupied Beijing.")
    assert ("MIL_UNIT", "Dingwu Army") in {(label, span) for label, span, _ in ents}


def test_the_unit_normaliser_reads_named_forces_without_their_notes():
    from pipeline.normalize.english_unit_vocabulary import named_units_en
    from pipeline.rules.english_lexicon import named_unit_forms

    assert named_unit_forms("Anwu Army (Ni Sichong, Anhui), Anhwei Army") == ["Anwu Army", "Anhwei Army"]
    table = named_units_en()
    assert table["Anwu Army"][0] == "安武军"
    assert not [form for form in table if form.endswith(")") and "(" not in form]
