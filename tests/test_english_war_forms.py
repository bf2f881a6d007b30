"""Forms found by auditing English pages on the Sino-Japanese war 1937-45 (session 15, auditen15): own sentences,
exact spans, labels and values."""

from pipeline import extract_text


def _ents(text):
    return extract_text(text, rules_only=True)["entities"]


def _find(text, surface, label=None):
    found = [e for e in _ents(text) if text[e["start"]:e["end"]] == surface and (label is None or e["label"] == label)]
    return found[0] if found else None


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in _ents(text)]


# ------------------------------------------------------------------ a Chinese commander's Corps is the NRA's 军
def test_corps_owned_by_a_chinese_named_commander_is_an_nra_army():
    text = "Wang Kaiming's 85th Corps held the pass until dawn."
    unit = _find(text, "85th Corps", "MIL_UNIT")
    assert unit and unit["norm"]["side"] == "ROC" and unit["norm"]["echelon"] == "军"
    assert unit["norm"]["id"] == "ROC/army/85"


def test_corps_under_a_chinese_named_commander_is_an_nra_army():
    text = "The 44th Corps under General Liu Ruiqing fell back to the south."
    unit = _find(text, "44th Corps", "MIL_UNIT")
    assert unit and unit["norm"]["side"] == "ROC" and unit["norm"]["echelon"] == "军"


def test_corps_under_a_japanese_named_commander_stays_japanese():
    text = "Then the 11th Corps of Okada Tasuku reached the pass."
    unit = _find(text, "11th Corps", "MIL_UNIT")
    assert unit and unit["norm"]["side"] == "JP" and unit["norm"]["echelon"] == "兵团"


def test_corps_owned_by_a_western_name_gets_no_side():
    text = "Miller's 12th Corps held the ridge."
    unit = _find(text, "12th Corps", "MIL_UNIT")
    assert unit and unit["norm"]["side"] is None


# ------------------------------------------------------------------ coordinated designations with a second article
def test_second_article_before_a_full_unit_stays_two_units():
    text = "The 4th Division and the 27th Division withdrew."
    spans = _spans(text)
    assert ("4th Division", "MIL_UNIT") in spans and ("27th Division", "MIL_UNIT") in spans


# ------------------------------------------------------------------ 'warzone' in one word
def test_warzone_in_one_word_is_a_war_area():
    text = "The 3rd warzone ordered the attack; the 9th Warzone's reserves stayed behind."
    for surface, number in (("3rd warzone", 3), ("9th Warzone", 9)):
        unit = _find(text, surface, "MIL_UNIT")
        assert unit and unit["norm"]["echelon"] == "战区" and unit["norm"]["numbers"] == [number]
        assert unit["norm"]["side"] == "ROC"


def test_warzone_without_an_ordinal_is_no_unit():
    text = "The warzone was quiet in winter."
    assert not any(label == "MIL_UNIT" for _, label in _spans(text))


# ------------------------------------------------------------------ Operation No. N
def test_operation_by_number_keeps_its_number():
    text = "The Japanese launched Operation No. 5 in the autumn."
    assert ("Operation No. 5", "EVENT") in _spans(text)
    assert not any(s == "Operation No" for s, _ in _spans(text))


def test_operation_with_a_code_name_unchanged():
    text = "The Japanese launched Operation Kogo in the spring."
    assert ("Operation Kogo", "EVENT") in _spans(text)


# ------------------------------------------------------------------ Japanese units named by their commander
def test_japanese_named_battalion_before_of_the():
    text = "The Takeshita Battalion of the 34th Infantry Regiment broke through in the rain."
    unit = _find(text, "Takeshita Battalion", "MIL_UNIT")
    assert unit and unit["norm"]["side"] == "JP" and unit["norm"]["echelon"] == "大队"
    assert ("34th Infantry Regiment", "MIL_UNIT") in _spans(text)


def test_japanese_named_detachment_gets_its_side():
    text = "The Sakurai Detachment advanced on the town."
    unit = _find(text, "Sakurai Detachment", "MIL_UNIT")
    assert unit and unit["norm"]["side"] == "JP" and unit["norm"]["echelon"] == "支队"


def test_english_named_battalion_before_of_the_not_japanese():
    text = "The Lincoln Battalion of the 15th Brigade crossed the Ebro."
    assert _find(text, "Lincoln Battalion", "MIL_UNIT") is None or \
        _find(text, "Lincoln Battalion", "MIL_UNIT")["norm"]["side"] != "JP"


# ------------------------------------------------------------------ names sharing a lower-case landform head
def test_two_names_share_lower_case_mountains():
    text = "They retreated into the Jiugongshan and Mufushan mountains before the winter."
    assert ("Jiugongshan and Mufushan mountains", "LOC") in _spans(text)


def test_two_names_share_lower_case_rivers():
    text = "The division then crossed the Han and Xiang rivers at night."
    assert ("Han and Xiang rivers", "LOC") in _spans(text)


def test_demonyms_before_lower_case_head_are_no_names():
    text = "The Japanese and Chinese rivers of the region flooded."
    assert not any(label == "LOC" for _, label in _spans(text))


# ------------------------------------------------------------------ a side found by the parent reaches the other mentions
def test_side_found_by_parent_reaches_a_later_mention():
    text = ("The 2nd Armoured Division of the IJA crossed the river near Weixian in April. "
            "Two weeks later the 2nd Armoured Division attacked the walled town.")
    units = [e for e in _ents(text) if text[e["start"]:e["end"]] == "2nd Armoured Division"]
    assert len(units) == 2 and all(u["norm"]["side"] == "JP" for u in units)


def test_side_not_spread_when_the_document_gives_two_sides():
    text = ("The 5th Division of the IJA landed first. The 5th Division under General Li Mingyang held the hills. "
            "Later the 5th Division withdrew.")
    units = [e for e in _ents(text) if text[e["start"]:e["end"]] == "5th Division"]
    assert units[-1]["norm"]["side"] is None


# ------------------------------------------------------------------ a place after the verbs of invading
def test_place_after_invaded_is_a_place():
    text = "The 40th Division, which invaded Sanbuqiao in mid-May, stayed there; the brigade overran Lukou."
    spans = _spans(text)
    assert ("Sanbuqiao", "GPE") in spans and ("Lukou", "GPE") in spans


def test_everyday_word_after_invaded_is_no_place():
    text = "The division invaded Monday morning, and the troops overran Everything in sight."
    spans = _spans(text)
    assert not any(s in ("Monday", "Everything") and label in ("GPE", "LOC") for s, label in spans)


# ------------------------------------------------------------------ a county as syllable + lower-case xian
def test_syllable_and_lower_case_xian_is_a_county():
    text = "The force halted near the Tang xian railway stop in March."
    assert ("Tang xian", "GPE") in _spans(text)


def test_lower_case_xian_after_an_english_word_is_no_county():
    text = "The Stone xian story was told by the soldiers."
    assert not any(label == "GPE" for _, label in _spans(text))
