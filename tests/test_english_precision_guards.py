"""Precision guards of the session-17 round-2 English audit (preen1). Sentences written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_body_after_general_is_org_not_person():
    ents = _ents("The General Front Committee met at Xuzhou, and the General Planning Bureau agreed.")
    assert ("General Front Committee", "ORG") in ents
    assert ("General Planning Bureau", "ORG") in ents
    assert not any(label == "PERSON" for _, label in ents)


def test_ranked_persons_kept():
    ents = _ents("General Wang Jun met General Smith and Colonel Ruth Palmer at the ford.")
    assert ("Wang Jun", "PERSON") in ents and ("Smith", "PERSON") in ents and ("Ruth Palmer", "PERSON") in ents


def test_spelled_cardinal_before_echelon_is_a_count():
    text = "The garrison was One Infantry Regiment and Three Field Companies."
    ents = _ents(text)
    assert ("One Infantry Regiment", "QUANTITY") in ents
    assert _norm(text, "One Infantry Regiment")["value"] == 1
    assert not any(label == "MIL_UNIT" for _, label in ents)


def test_ordinal_units_kept():
    ents = _ents("The First Infantry Regiment relieved the Twenty Third Army and the 4th Brigade.")
    assert ("First Infantry Regiment", "MIL_UNIT") in ents
    assert ("4th Brigade", "MIL_UNIT") in ents


def test_bare_numbered_unit_listed_after_count_is_a_count():
    text = "The enemy had 3 Rifle Regiments, 1 Mortar Battalion in reserve."
    ents = _ents(text)
    assert ("1 Mortar Battalion", "QUANTITY") in ents
    assert _norm(text, "1 Mortar Battalion") == {"value": 1, "unit": "Mortar Battalion", "approx": None}
    assert ("27 Mountain Battery", "MIL_UNIT") in _ents("The guns of 27 Mountain Battery opened fire.")


def test_abbreviated_given_name_runs_on_to_surname():
    ents = _ents("Lt-Col. Wm. Harlow led the sortie; Capt. Jas. Whitby and Chas. Penrose followed.")
    assert ("Wm. Harlow", "PERSON") in ents
    assert ("Jas. Whitby", "PERSON") in ents and ("Chas. Penrose", "PERSON") in ents
    assert ("Wm", "PERSON") not in ents and ("Jas", "PERSON") not in ents
    assert not any(t.startswith("Wm. The") for t, _ in _ents("He wrote to Wm. The letter was lost."))


def test_acronym_spells_the_word_before_the_name():
    ents = _ents("Power passed to the British Military Administration (BMA) and then the Straits Labour Board.")
    assert ("British Military Administration", "ORG") in ents
    ents = _ents("The Malayan Communist Party (MCP) and the British Military Administration ruled.")
    assert ("Malayan Communist Party", "ORG") in ents
    assert ("Military Administration", "ORG") in ents


def test_height_named_by_metres_is_one_loc():
    ents = _ents("The Japanese took 174 Metre Hill and then 203-Metre Hill, but 180 meter hill held.")
    assert ("174 Metre Hill", "LOC") in ents and ("203-Metre Hill", "LOC") in ents
    assert ("180 meter hill", "LOC") in ents
    assert not any(label == "QUANTITY" for _, label in ents)
    assert ("3,000 metres", "QUANTITY") in _ents("They climbed 3,000 metres to the hill.")
