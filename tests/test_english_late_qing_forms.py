"""Forms of English books and pages on the wars of 1850-1911 (session 14, auditen11;
pipeline/rules/english_late_qing_forms.py). Sentences written for the tests."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, dict]]:
    return [(e["label"], e["text"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _find(ents, label, span):
    return [norm for lab, s, norm in ents if lab == label and s == span]


def test_between_range_first_end_is_a_count_not_a_year():
    ents = _ents("The outpost was relieved on the 3rd May by between 1700 and 1900 sepoys, with two guns.")
    assert _find(ents, "QUANTITY", "1700")[0]["value"] == 1700
    assert _find(ents, "QUANTITY", "1700")[0]["unit"] == ""
    assert _find(ents, "QUANTITY", "1900 sepoys")[0]["value"] == 1900
    assert not any(label == "DATE" and span == "1700" for label, span, _ in ents)


def test_between_small_counts():
    ents = _ents("The garrison lost between 250 and 320 men in the sortie.")
    assert _find(ents, "QUANTITY", "250")[0]["value"] == 250
    assert _find(ents, "QUANTITY", "320 men")


def test_between_years_stay_dates():
    ents = _ents("The province was in revolt between 1862 and 1873 until the imperial armies returned.")
    assert _find(ents, "DATE", "1862")[0]["value"] == "1862"
    assert _find(ents, "DATE", "1873")[0]["value"] == "1873"
    assert not any(label == "QUANTITY" for label, _, _ in ents)


def test_rank_before_accented_surname():
    ents = _ents("Admiral Rivières sailed at dawn, and Colonel Ménard held the citadel with the marines.")
    assert _find(ents, "PERSON", "Rivières")
    assert _find(ents, "PERSON", "Ménard")


def test_rank_before_ascii_surname_unchanged():
    ents = _ents("Colonel Dominé held the post while Colonel Brown fell back.")
    assert _find(ents, "PERSON", "Dominé")
    assert not any(span == "Colonel" for _, span, _ in ents)


def test_hyphenated_gun_counts():
    ents = _ents("The flotilla carried three machine-guns, two 9-pounders and one 40-pounder.")
    assert _find(ents, "QUANTITY", "three machine-guns")[0] == {"value": 3, "unit": "machine-guns", "approx": None}
    assert _find(ents, "QUANTITY", "two 9-pounders")[0]["value"] == 2
    assert _find(ents, "QUANTITY", "one 40-pounder")[0]["unit"] == "40-pounder"


def test_hyphenated_gun_word_without_count_is_nothing():
    ents = _ents("The machine-guns opened on the stockade from the bund.")
    assert not any(label == "QUANTITY" for label, _, _ in ents)


def test_day_after_till_takes_the_month():
    ents = _ents("The storming began on 12 March 1862. The rebels held the walls till the 22d, when they fled.")
    assert _find(ents, "DATE", "22d")[0]["value"] == "1862-03-22"


def test_till_the_numbered_unit_is_no_date():
    ents = _ents("The town was held until the 5th Regiment arrived in 1895.")
    assert not any(label == "DATE" and span.startswith("5th") for label, span, _ in ents)


def test_two_character_place_at_the_end_of_a_three_character_gloss_is_nothing():
    ents = _ents("The gunboats shelled the Hsiao-sha-wan (小沙灣) battery and the town of Changsha (長沙).")
    assert not any(span == "沙灣" for _, span, _ in ents)
    assert any(label == "GPE" and span == "長沙" for label, span, _ in ents)


def test_place_written_with_hyphens_takes_the_solid_spelling():
    ents = _ents("From Hang-chow the rebels fell back on Nan-king, and the Imperialists entered Wei-hai-wei later.")
    assert _find(ents, "GPE", "Hang-chow")[0]["zh"] == "杭州"
    assert _find(ents, "GPE", "Nan-king")[0]["zh"] == "南京"
    assert _find(ents, "GPE", "Wei-hai-wei")[0]["zh"] == "威海卫"


def test_hyphened_given_name_is_no_place():
    ents = _ents("Viceroy Chang Chih-tung and Tseng Kuo-fan wrote to the throne.")
    assert not any(label in ("GPE", "LOC") for label, _, _ in ents)


def test_russo_japanese_commanders_by_bare_surname():
    ents = _ents("Kuropatkin ordered a retreat, while Kuroki pressed on the left and Stessel still held out.")
    spans = {span for label, span, _ in ents if label == "PERSON"}
    assert {"Kuropatkin", "Kuroki", "Stessel"} <= spans


def test_commander_surname_before_a_capitalised_word_is_not_read_alone():
    ents = _ents("The Kuropatkin Line ran along the hills.")
    assert not any(label == "PERSON" and span == "Kuropatkin" for label, span, _ in ents)
