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
