"""Classes of english_compound_ranks, english_royal_colonial_units (numbered volunteers), english_event_ordinals
(countries in war names), english_command_forms (command adjectives), english_saint_forts and
english_embassy_press_orgs
(city newspapers) (session 17, round 3, helper r3en). Sentences written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_compound_general_rank_outside_name_inside():
    ents = _ents("Lt Gen (retd) Oskar Vellin wrote the report. Maj Gen (later Lt Gen) Piet Arnaud signed it. "
                 "Lt Gen B.C.D Morrow came with Lt Gen \u2014 Hal Brenner.")
    for name in ("Oskar Vellin", "Piet Arnaud", "B.C.D Morrow", "Hal Brenner"):
        assert (name, "PERSON") in ents
    assert not any(t.startswith("Gen") or t.startswith("Lt") for t, label in ents if label == "PERSON")


def test_compound_general_rank_kept_readings():
    ents = _ents("Lt Gen. Rolf Danner met Maj Gen T.K. Osmund and Lt-Gen Ari Veldt; Lt Gen Sir Hugh Pell came.")
    assert ("Rolf Danner", "PERSON") in ents and ("T.K. Osmund", "PERSON") in ents and ("Ari Veldt", "PERSON") in ents
    # negative: no name after the rank, no person
    assert not any(label == "PERSON" for _, label in _ents("The rank of Lt Gen (acting) was abolished."))


def test_numbered_volunteer_unit_is_one_unit():
    text = "The 4th Zembla Volunteers and the 2nd Kansas Volunteer Cavalry held the ford."
    ents = _ents(text)
    assert ("4th Zembla Volunteers", "MIL_UNIT") in ents
    assert ("2nd Kansas Volunteer Cavalry", "MIL_UNIT") in ents
    assert not any(label == "GPE" for _, label in ents)
    assert _norm(text, "2nd Kansas Volunteer Cavalry")["numbers"] == [2]
    assert _norm(text, "4th Zembla Volunteers")["side"] is None


def test_volunteer_unit_negative():
    ents = _ents("Many Kansas volunteers joined, and the Bengal Volunteers stayed in Kansas.")
    assert ("Kansas", "GPE") in ents
    assert not any(t.startswith("Many") for t, _ in ents)


def test_country_inside_war_name():
    ents = _ents("After the War of Liberation of Zembla came the Zembla War of Independence.")
    assert ("War of Liberation of Zembla", "EVENT") in ents
    assert ("Zembla War of Independence", "EVENT") in ents
    ents = _ents("During the War of Independence the town burned.")
    assert ("War of Independence", "EVENT") in ents


def test_nationality_before_compass_command_outside():
    ents = _ents("The Zemblan Northern Command and the Western Command moved.")
    assert ("Northern Command", "MIL_UNIT") in ents and ("Western Command", "MIL_UNIT") in ents
    assert not any(t.startswith("Zemblan") for t, _ in ents)


def test_saint_fort_is_one_fac():
    ents = _ents("They took Fort San Lorenzo del Mar, then Fort Santa Rosa and Fort Santiago.")
    assert ("Fort San Lorenzo del Mar", "FAC") in ents
    assert ("Fort Santa Rosa", "FAC") in ents and ("Fort Santiago", "FAC") in ents
    assert not any(label == "PERSON" for _, label in ents)
    assert ("Fort Knox", "FAC") in _ents("He trained at Fort Knox.")


def test_city_newspaper_is_org():
    ents = _ents("The story ran in the San Francisco Call and the Chicago Journal in 1898.")
    assert ("San Francisco Call", "ORG") in ents and ("Chicago Journal", "ORG") in ents
    assert not any(label in ("PERSON", "GPE") for _, label in ents)
    assert ("Boston Examiner", "ORG") in _ents("The Boston Examiner printed it.")
    # negative: a call that is no title
    ents = _ents("He answered the Chicago call in 1898.")
    assert ("Chicago", "GPE") in ents and not any(label == "ORG" for _, label in ents)
