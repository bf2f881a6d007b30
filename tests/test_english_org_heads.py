"""Firms, police forces, missions and clubs by head word (english_org_heads; session 10, en14), and the chain of a
sub-unit with a parent that is itself a chain (english_designations). Sentences written for these tests."""

from pipeline.rules.english import find_english


def spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def at(text, part, label):
    start = text.index(part)
    return (start, start + len(part), label)


def test_firm_police_mission_club():
    text = ("The Kawasaki Dockyard Company, the Tientsin Municipal Police, the Lutheran Mission and the "
            "Peking Club were named.")
    assert spans(text, "ORG") == [at(text, "Kawasaki Dockyard Company", "ORG"),
                                  at(text, "Tientsin Municipal Police", "ORG"), at(text, "Lutheran Mission", "ORG"),
                                  at(text, "Peking Club", "ORG")]


def test_army_companies_and_generic_bodies_are_no_organisations():
    text = "The Weapons Company met the Military Police, Fox Company and the British Military Mission."
    assert spans(text, "ORG") == []
    assert at(text, "Fox Company", "MIL_UNIT") in spans(text)


def test_coordination_and_owner_before_the_name_stay_outside():
    text = "Clerks of the Yangtze Steam Navigation Company and the Methodist Episcopal Mission met."
    assert spans(text, "ORG") == [at(text, "Yangtze Steam Navigation Company", "ORG"),
                                  at(text, "Methodist Episcopal Mission", "ORG")]


def test_month_before_company_is_a_date():
    text = "On 3 June Company C crossed."
    assert spans(text) == [at(text, "3 June", "DATE"), at(text, "Company C", "MIL_UNIT")]


def test_chain_of_four_echelons():
    text = "He served in F Company, 3rd Battalion, 21st Regiment, 7th Infantry Division in 1951."
    got = [c for c in find_english(text) if c.label == "MIL_UNIT"]
    assert [(c.start, c.end) for c in got] == [at(text, "F Company, 3rd Battalion, 21st Regiment, 7th Infantry Division",
                                                  "MIL_UNIT")[:2]]
    assert got[0].norm["numbers"] == [3, 21, 7]


def test_service_foundation_fund_and_armed_services_left_to_units():
    text = "The Salt Revenue Service, the Hall Foundation and the Yenching Relief Fund paid; the Army Air Service flew."
    assert spans(text, "ORG") == [at(text, "Salt Revenue Service", "ORG"), at(text, "Hall Foundation", "ORG"),
                                  at(text, "Yenching Relief Fund", "ORG")]


def test_acronym_of_a_hyphenated_name():
    text = "The Sino-Korean Friendship League (SKFL) met in Seoul; the SKFL then dissolved."
    got = spans(text, "ORG")
    assert at(text, "Sino-Korean Friendship League", "ORG") in got
    first = text.index("SKFL")
    second = text.index("SKFL", first + 1)
    assert (first, first + 4, "ORG") in got and (second, second + 4, "ORG") in got
