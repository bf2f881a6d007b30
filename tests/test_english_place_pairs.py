"""w2en (session 30): an unfamiliar place paired by `and` with a known one (english_place_list_members._pair_members).
Made-up sentences; the unknown names are invented."""

from pipeline import extract_text


def _found(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _at(text, span):
    i = text.index(span)
    return i, i + len(span)


def test_unknown_town_after_a_known_city():
    text = "That winter Kiev and Zabrovetsk were quiet, and the Whites rested."
    ents = extract_text(text, rules_only=True)["entities"]
    got = {(e["start"], e["end"], e["label"]) for e in ents}
    assert (*_at(text, "Zabrovetsk"), "GPE") in got
    assert (*_at(text, "Kiev"), "GPE") in got


def test_unknown_town_before_a_known_city_with_an_area_noun():
    text = "Two divisions were brought up from the Kolvanka and Athens areas before the rains."
    assert ("Kolvanka", "GPE") in _found(text)


def test_unknown_lake_paired_with_a_known_river_takes_its_label():
    text = "Fighters supported the ground forces in the Tungmorei and Salween areas on Sunday."
    assert ("Tungmorei", "LOC") in _found(text)


def test_no_pair_member_for_a_nationality_or_a_qualified_plural():
    text = "Bulgarian troops poured over the border into Thrace and Serbian armies overran the plain."
    assert ("Serbian", "GPE") not in _found(text)
    text = "The rebels split into the Kiev and Zabrovetsk factions within a year."
    assert not any(span == "Zabrovetsk" for span, _ in _found(text))
    text = "Officers were posted at the Zarnak and Delhi airfields in the autumn."
    assert ("Zarnak", "GPE") not in _found(text)


def test_no_pair_member_for_a_surname_or_after_a_comma_list_or_a_capitalised_run():
    text = "The column from Delhi was followed by Wood and Russell with the native regiments."
    found = _found(text)
    assert ("Wood", "GPE") not in found and ("Russell", "GPE") not in found
    text = "He then served under General Kiev and Zabrovetsk in the north."
    assert ("Zabrovetsk", "GPE") not in _found(text)


def test_no_pair_member_after_a_verb_of_fighting():
    text = "He was twice wounded and fought at the Somme and Zabrovetsk before the armistice."
    assert not any(span == "Zabrovetsk" for span, _ in _found(text))
