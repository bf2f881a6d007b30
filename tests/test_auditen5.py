"""Forms of memoirs, diaries, magazines and old books found by the session-12 audit (helper auditen5): own
sentences, exact spans and values."""

from pipeline.rules.english import find_english


def _spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def _one(text, sub, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return (start, start + len(sub), label)


def _norm(text, sub):
    for c in find_english(text):
        if text[c.start:c.end] == sub:
            return c.norm
    raise AssertionError(sub)


# ---------------------------------------------------------------- counts
def test_count_before_a_double_hyphen_dash_keeps_its_noun():
    text = "The general held the ridge with 40,000 men--half of them recruits--and 120 guns--most of them old."
    assert _spans(text, "QUANTITY") == [_one(text, "40,000 men", "QUANTITY"), _one(text, "120 guns", "QUANTITY")]
    assert _norm(text, "40,000 men") == {"value": 40000, "unit": "men", "approx": None}


def test_hyphenated_compound_after_a_count_is_still_no_unit():
    text = "They fired 300 rounds-per-minute bursts."
    assert _one(text, "300 rounds", "QUANTITY") not in _spans(text, "QUANTITY")


def test_upward_of_is_an_approximator():
    text = "The garrison numbered upward of 7,000 soldiers."
    assert _spans(text, "QUANTITY") == [_one(text, "upward of 7,000 soldiers", "QUANTITY")]
    assert _norm(text, "upward of 7,000 soldiers")["approx"] == "over"


# ---------------------------------------------------------------- places taken, sacked, left
def test_inflections_of_the_verbs_of_taking_a_place():
    text = ("The rebels were capturing Yengtai when the relief came; they had sacked Kweihwa and razed Paotow, "
            "then laid siege to Suiyuan. The column departed Dak Pek at dawn.")
    gpes = [s for s in _spans(text, "GPE")]
    for name in ("Yengtai", "Kweihwa", "Paotow", "Suiyuan", "Dak Pek"):
        assert _one(text, name, "GPE") in gpes, name


# ---------------------------------------------------------------- persons by clause
def test_surname_before_who_is_a_person():
    text = "Near the bridge we met Pruett, who had walked point all night, and later Okafor and Brandel, who were medics."
    persons = _spans(text, "PERSON")
    assert _one(text, "Pruett", "PERSON") in persons
    assert _one(text, "Okafor", "PERSON") in persons
    assert _one(text, "Brandel", "PERSON") in persons


def test_who_after_an_article_a_number_or_a_people_is_no_person():
    text = "The Gurkhas, who had marched all night, relieved the 7th, who held the pass; Taipings, who fled, were caught."
    assert _spans(text, "PERSON") == []


def test_surname_coordinated_with_a_titled_person():
    text = "That evening Halvorsen and Mr. Dunstable walked to the consulate, and Dr. Whitcombe and Pellegrin followed."
    persons = _spans(text, "PERSON")
    for name in ("Halvorsen", "Dunstable", "Whitcombe", "Pellegrin"):
        assert _one(text, name, "PERSON") in persons, name


def test_rank_before_a_surname_in_two_capitals():
    text = "Colonel DeLancey met General MacKinnon and Captain LaRocque at the airstrip."
    persons = _spans(text, "PERSON")
    for name in ("DeLancey", "MacKinnon", "LaRocque"):
        assert _one(text, name, "PERSON") in persons, name


def test_a_title_alone_is_no_person():
    text = "The Generalissimo's orders reached the front late, and the Mikado's envoy waited."
    assert _spans(text, "PERSON") == []


def test_a_range_after_the_is_a_place_not_a_person():
    text = "The caravan went south of the Wu Shan and along the Qin Ling."
    spans = _spans(text)
    assert _one(text, "Wu Shan", "LOC") in spans and _one(text, "Qin Ling", "LOC") in spans
    assert not [s for s in spans if s[2] == "PERSON"]


def test_mao_by_one_name():
    text = "The shelling pleased Mao, who had planned it for months."
    assert _spans(text, "PERSON") == [_one(text, "Mao", "PERSON")]
    assert find_english(text)[0].norm.get("zh") == "毛泽东"


# ---------------------------------------------------------------- count edges
def test_story_opener_one_day_is_no_duration():
    text = "One day in May 1938 a courier arrived. At last, one night in June, the guns fired."
    assert _spans(text, "QUANTITY") == []
    assert _spans(text, "DATE") == [_one(text, "May 1938", "DATE"), _one(text, "June", "DATE")]


def test_one_day_as_a_duration_is_kept():
    text = "The truce lasted one day, and one day later the shelling began again; they held for one day more."
    assert _spans(text, "QUANTITY") == [_one(text, "one day", "QUANTITY"), _one(text, "one day", "QUANTITY", 1),
                                        _one(text, "one day", "QUANTITY", 2)]


def test_reflexive_word_after_a_count_is_outside_it():
    text = "The taotai and three magistrates themselves came to the gate."
    assert _spans(text, "QUANTITY") == [_one(text, "three magistrates", "QUANTITY")]
    assert _norm(text, "three magistrates") == {"value": 3, "unit": "magistrates", "approx": None}


# ---------------------------------------------------------------- units
def test_numbered_platoons_with_their_company():
    text = "The 2d Platoon of Company K crossed first; the 1st Platoon, Dog Company, and the 3d Platoon followed."
    assert _spans(text, "MIL_UNIT") == [_one(text, "2d Platoon of Company K", "MIL_UNIT"),
                                        _one(text, "1st Platoon, Dog Company", "MIL_UNIT"),
                                        _one(text, "3d Platoon", "MIL_UNIT")]
    assert _spans(text, "ORG") == []
    assert _norm(text, "3d Platoon")["numbers"] == [3] and _norm(text, "3d Platoon")["echelon"] == "排"


def test_unit_chain_broken_at_a_line_end():
    text = "A jeep of the 2nd Battalion,\n7th Marines drove into the village."
    assert _spans(text, "MIL_UNIT") == [_one(text, "2nd Battalion,\n7th Marines", "MIL_UNIT")]
    assert _norm(text, "2nd Battalion,\n7th Marines")["numbers"] == [2, 7]


def test_count_before_of_them_is_a_bare_count():
    text = "The junk capsized and two hundred of those aboard drowned; some 450 of them reached the bank, one of them hurt."
    assert _spans(text, "QUANTITY") == [_one(text, "two hundred", "QUANTITY"), _one(text, "some 450", "QUANTITY")]
    assert _norm(text, "some 450") == {"value": 450, "unit": "", "approx": "some"}


# ---------------------------------------------------------------- name shapes
def test_russian_surnames_by_their_old_endings():
    text = "The Japanese armed Rozanoff, and Dutoff rode east while Ivanovitch waited; the takeoff was delayed."
    assert _spans(text, "PERSON") == [_one(text, "Rozanoff", "PERSON"), _one(text, "Dutoff", "PERSON"),
                                      _one(text, "Ivanovitch", "PERSON")]


def test_followers_plural_is_no_place():
    text = "The Cossacks were sent down the Maximalists and across the Amur."
    assert not [s for s in _spans(text) if text[s[0]:s[1]] == "Maximalists"]


def test_artillery_named_by_number_and_arm():
    text = "Fire came from the 937th Field Artillery, the 64th Armored Field Artillery and the 8th Field Artillery Battalion."
    units = _spans(text, "MIL_UNIT")
    assert _one(text, "937th Field Artillery", "MIL_UNIT") in units
    assert _one(text, "64th Armored Field Artillery", "MIL_UNIT") in units
    assert _one(text, "8th Field Artillery Battalion", "MIL_UNIT") in units
    assert _norm(text, "937th Field Artillery")["numbers"] == [937]


# ---------------------------------------------------------------- Vietnamese names closed up
def test_vietnamese_names_typed_as_one_word():
    text = "The sappers struck Kontum and Quinhon, shelled Tayninh, and Mytho held out."
    gpes = _spans(text, "GPE")
    assert gpes == [_one(text, "Kontum", "GPE"), _one(text, "Quinhon", "GPE"), _one(text, "Tayninh", "GPE"),
                    _one(text, "Mytho", "GPE")]
    assert _norm(text, "Kontum")["zh"] == "越南昆嵩省"


# ---------------------------------------------------------------- dates
def test_ordinal_day_of_month_is_one_date():
    text = "On the 5th day of March, 1938, the brigade crossed; on the 12th day of April it withdrew."
    assert _spans(text, "DATE") == [_one(text, "5th day of March, 1938", "DATE"), _one(text, "12th day of April", "DATE")]
    assert _norm(text, "5th day of March, 1938") == {"value": "1938-03-05"}
    assert _norm(text, "12th day of April") == {"value": "1938-04-12"}


def test_places_listed_after_a_plural_head():
    text = "The rebels held the oases of Aqsu, Uchturfan and Maralbashi, and the towns of Lamhoa and Bongson."
    assert _spans(text, "GPE") == [_one(text, "Aqsu", "GPE"), _one(text, "Uchturfan", "GPE"),
                                   _one(text, "Maralbashi", "GPE"), _one(text, "Lamhoa", "GPE"),
                                   _one(text, "Bongson", "GPE")]
