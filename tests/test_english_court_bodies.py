"""s24enaudit (session 24): courts, tribunals, commissions and their officers (pipeline/rules/english_court_bodies.py),
military clock times and order-number years (english_clock_hours_order_numbers.py), counts of aircraft by their
service names (english_aircraft_name_counts.py). Sentences written for these tests (made-up people and generic
bodies)."""

from sentences import exact as _exact
from sentences import labelled_norm as _norm
from sentences import spans as _spans


# --- courts and tribunals are bodies, not events

def test_tribunal_for_a_region_is_one_org_not_an_event():
    text = "The International Military Tribunal for the Far East sat for two years in Ichigaya."
    _exact(text, "International Military Tribunal for the Far East", "ORG")
    assert _spans(text, "EVENT") == []


def test_courts_named_by_place_or_kind_are_org():
    text = ("The case went from the Canton Mixed Court to the Supreme Court of the United States, "
            "and later to the Permanent Court of International Justice.")
    for name in ("Canton Mixed Court", "Supreme Court of the United States", "Permanent Court of International Justice"):
        _exact(text, name, "ORG")


def test_court_of_appeal_and_a_place_named_tribunal():
    text = "The Court of Appeal upheld it; the Hankow War Crimes Tribunal heard nine cases."
    _exact(text, "Court of Appeal", "ORG")
    _exact(text, "Hankow War Crimes Tribunal", "ORG")


def test_courts_named_only_by_their_kind_are_no_name():
    text = "He stood before the British Military Court at Rangoon; a Court of Inquiry was convened; the Supreme Court sat."
    orgs = _spans(text, "ORG")
    assert "British Military Court" not in orgs and "Military Court" not in orgs
    assert "Court of Inquiry" not in orgs and "Supreme Court" not in orgs


def test_generic_or_building_courts_are_no_name():
    text = ("Any officer may convene a Military Court under these rules. The Court adjourned. "
            "Crowds filled the Supreme Court building. Given at Our Court at St. James's. "
            "The exhibition opened at Earls Court.")
    orgs = _spans(text, "ORG")
    assert "Military Court" not in orgs and "Court" not in orgs
    assert "Supreme Court building" not in orgs and "Our Court" not in orgs and "Court of St" not in orgs
    assert "Earls Court" not in orgs


# --- numbered committees, sub-commissions, bodies for a place

def test_numbered_committees_are_one_org_with_their_number():
    text = "Sub-Committee No. 3 reported to Committee No. 1, and the matter went to Committee IV."
    for name in ("Sub-Committee No. 3", "Committee No. 1", "Committee IV"):
        _exact(text, name, "ORG")


def test_lone_roman_one_only_before_punctuation():
    text = "The dossier came before Committee I. Then Committee I think was wrong."
    _exact(text, "Committee I", "ORG")
    assert _spans(text, "ORG").count("Committee I") == 1


def test_sub_commissions_are_org():
    text = "The Peiping Sub-Commission and the Southern and Western Sub-Committee met in May."
    _exact(text, "Peiping Sub-Commission", "ORG")
    _exact(text, "Southern and Western Sub-Committee", "ORG")


def test_body_named_for_a_place_keeps_the_place():
    text = "The Allied Council for Japan and the Control Commission for Korea met."
    _exact(text, "Allied Council for Japan", "ORG")
    _exact(text, "Control Commission for Korea", "ORG")
    assert "Japan" not in _spans(text, "GPE")


def test_bare_league_at_a_later_mention():
    text = "Siam joined the League of Nations in 1920. The League's covenant bound her, and she never left the League."
    _exact(text, "League of Nations", "ORG")
    _exact(text, "League", "ORG", 1)
    _exact(text, "League", "ORG", 2)


def test_league_with_its_name_after_is_not_cut():
    text = "The League Council met; the League of Red Cross Societies answered."
    assert "League" not in _spans(text, "ORG")


# --- court officers before names

def test_court_officers_stay_outside_the_name():
    text = ("Prosecutor Harrowby opened the case; Judge Quentin Amberley presided; "
            "assistant prosecutor Dale Whitcombe and Justice Okafor listened.")
    for name in ("Harrowby", "Quentin Amberley", "Dale Whitcombe", "Okafor"):
        _exact(text, name, "PERSON")
    persons = _spans(text, "PERSON")
    assert not any(p.startswith(("Prosecutor", "Judge", "Justice")) for p in persons)


def test_judge_advocate_and_justice_department_are_no_person():
    text = "The Judge Advocate General reviewed it and Justice Department lawyers agreed."
    persons = _spans(text, "PERSON")
    assert "Advocate General" not in persons and "Department" not in persons


def test_sir_after_justice_is_a_title():
    text = "Justice Sir Arthur Penrose read the verdict."
    _exact(text, "Arthur Penrose", "PERSON")
    assert "Sir Arthur Penrose" not in _spans(text, "PERSON")


# --- military clock times, order numbers

def test_four_digit_hours_is_a_clock_time_with_its_day():
    text = "The landing began at 0415 hours on 3rd March 1943 and the guns opened at 0500 hours."
    _exact(text, "0415 hours", "DATE")
    assert _norm(text, "0415 hours", "DATE")["value"] == "1943-03-03T04:15"
    _exact(text, "3rd March 1943", "DATE")
    _exact(text, "0500 hours", "DATE")
    assert "0415 hours" not in _spans(text, "QUANTITY")


def test_hours_flown_stay_a_count():
    text = "By then the pilot had flown 1200 hours and the crew 2500 hours."
    assert "1200 hours" not in _spans(text, "DATE") and "2500 hours" not in _spans(text, "DATE")


def test_year_of_an_order_number_is_no_date():
    text = "Under Army Order 52/1946 and Instruction No. 7/1947 the courts sat from 1946 to 1948."
    dates = _spans(text, "DATE")
    assert "1946" in dates and "1948" in dates
    assert dates.count("1946") == 1 and "1947" not in dates


def test_year_ranges_and_day_dates_with_a_slash_stay_dates():
    text = "The works of 1943/44 were finished in 1944."
    assert "1943" in _spans(text, "DATE")


# --- aircraft by their service names

def test_counts_of_aircraft_names_with_an_adjective():
    text = "Only four serviceable Blenheims and 12 Spitfires remained; two damaged Catalinas limped home."
    _exact(text, "four serviceable Blenheims", "QUANTITY")
    assert _norm(text, "four serviceable Blenheims", "QUANTITY") == {"value": 4, "unit": "serviceable Blenheims",
                                                                       "approx": None}
    _exact(text, "12 Spitfires", "QUANTITY")
    _exact(text, "two damaged Catalinas", "QUANTITY")


def test_aircraft_names_without_a_count_or_after_a_year_are_nothing():
    text = "The Spitfires returned. In 1943 Mosquitos flew; two of the Beaufighters were lost."
    quantities = _spans(text, "QUANTITY")
    assert not any("Spitfires" in q or "Mosquitos" in q or "Beaufighters" in q for q in quantities)
