"""s24en (session 24): colonial-era and 19th-century English forms (pipeline/rules/english_period_forms.py):
colonies by their power, places after posts, dotted force abbreviations, old-style ranks, counts before named
groups and arms, lettered companies in quotes, hyphenated lines.
Sentences written for these tests (made-up people; the places and forces are generic)."""

from sentences import exact as _exact
from sentences import labelled_norm as _norm
from sentences import spans as _spans


# --- colonies by their power

def test_colony_with_its_power_is_one_gpe():
    text = "He traded rubber in British Malaya and tin in British Burma before moving to Portuguese Timor."
    for name in ("British Malaya", "British Burma", "Portuguese Timor"):
        _exact(text, name, "GPE")
    assert "Malaya" not in _spans(text, "GPE") and "Burma" not in _spans(text, "GPE")


def test_colonial_adjective_before_a_unit_name_is_no_colony():
    text = "The British Burma Army fell back while the French Indochina War went on."
    assert "British Burma" not in _spans(text, "GPE")


def test_power_before_another_place_is_not_joined():
    text = "The British Shanghai garrison and the French Peking legation were small."
    assert "British Shanghai" not in _spans(text, "GPE") and "French Peking" not in _spans(text, "GPE")


# --- a place after a post

def test_place_after_a_post_is_the_place():
    text = "The minutes list the High Commissioner Malaya, the Governor Hong Kong and Resident Perak."
    _exact(text, "Malaya", "GPE")
    _exact(text, "Hong Kong", "GPE")
    assert _spans(text, "PERSON") == []


def test_name_after_a_post_stays_a_person():
    text = "Commissioner Wei Dongsheng met Governor Ross at the pier."
    assert _spans(text, "PERSON") == ["Wei Dongsheng", "Ross"]


# --- dotted force abbreviations

def test_dotted_force_abbreviations_are_the_force():
    text = "Men of the A.I.F. and pilots of the R.A.F. held the airfield; the K.N.I.L. withdrew."
    assert _spans(text, "MIL_UNIT") == ["A.I.F.", "R.A.F.", "K.N.I.L."]
    assert _norm(text, "A.I.F.", "MIL_UNIT")["side"] == "AU"


def test_dotted_honours_and_countries_are_no_force():
    text = "Sir Hugh Barlow, K.C.B., sailed for the U.S.A. with a G.O.C. of the garrison."
    assert _spans(text, "MIL_UNIT") == []


# --- old-style and lower-case ranks

def test_old_style_rank_abbreviations_keep_the_name():
    text = "Lieut. Pennycook and Sergt. Obadiah Venn crossed with Comdr. Ferris Tuck."
    assert _spans(text, "PERSON") == ["Pennycook", "Obadiah Venn", "Ferris Tuck"]


def test_lower_case_rank_abbreviation_with_a_doubled_stop():
    text = "Leave was granted to capt.. Hartley Quarles to buy boats, and col. Amblethwaite went home."
    assert _spans(text, "PERSON") == ["Hartley Quarles", "Amblethwaite"]


def test_rank_abbreviation_before_a_place_is_no_person():
    text = "The note was sent by lieut. in Shanghai before the col. Total was counted."
    assert _spans(text, "PERSON") == []


# --- counts of named groups and arms

def test_count_before_a_capitalised_attribute_and_a_plural():
    text = "By 1858, 14 Nian rebel bands and about 300 Cossack horsemen were in the field."
    _exact(text, "14 Nian rebel bands", "QUANTITY")
    _exact(text, "about 300 Cossack horsemen", "QUANTITY")
    assert _norm(text, "14 Nian rebel bands", "QUANTITY")["value"] == 14
    assert _norm(text, "about 300 Cossack horsemen", "QUANTITY")["approx"] == "about"


def test_count_before_a_month_or_an_echelon_is_not_joined():
    text = "On 12 December troops left; in 1941 Hong Kong fell; 3 Corps troops were relieved."
    assert "12 December troops" not in _spans(text, "QUANTITY")
    assert not any(s.startswith("1941") for s in _spans(text, "QUANTITY"))


def test_counts_of_arms_and_other_ranks():
    text = "The ship took 38 Grenadiers, 1 Rifleman, 212 Fusiliers and 25 officers and 1,160 other ranks."
    for count in ("38 Grenadiers", "1 Rifleman", "212 Fusiliers", "1,160 other ranks"):
        _exact(text, count, "QUANTITY")
    assert _norm(text, "1,160 other ranks", "QUANTITY")["unit"] == "other ranks"
    assert "1,160" not in _spans(text, "QUANTITY")


def test_count_of_other_ranks_with_a_people():
    text = "The returns list 3 British officers and 41 Indian other ranks wounded."
    _exact(text, "41 Indian other ranks", "QUANTITY")


def test_plural_lieutenant_abbreviation():
    text = "The officers were Maj. Hebden, commanding; First Lieuts. Corwin Dale and Amos Pike."
    assert "Corwin Dale" in _spans(text, "PERSON")


# --- lettered companies, hyphenated lines

def test_lettered_company_in_quotes_with_its_parent():
    text = 'That night "B" Company of the Loamshire Rifles crossed and \u2018D\u2019 Battery fired.'
    _exact(text, 'B" Company of the Loamshire Rifles', "MIL_UNIT")
    _exact(text, "D\u2019 Battery", "MIL_UNIT")
    assert "Loamshire Rifles" not in _spans(text, "MIL_UNIT")
    # the company is the unit named, its regiment the parent: echelon 连, not the regiment's 团
    company = _norm(text, 'B" Company of the Loamshire Rifles', "MIL_UNIT")
    assert (company["echelon"], company["echelon_key"]) == ("连", "company")


def test_hyphenated_line_is_one_fac():
    text = "The division fell back to the Ortega-Balin line and later to the Santo-Maro Line."
    assert _spans(text, "FAC") == ["Ortega-Balin line", "Santo-Maro Line"]


def test_peoples_pair_before_line_is_no_fac():
    text = "He followed the Sino-Soviet line in every speech."
    assert _spans(text, "FAC") == []

