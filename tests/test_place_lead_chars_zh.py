"""place_lead_chars_zh (session 31, w31zhconf): a coverb, particle or verb before an unfamiliar place is no part of
it. Sentences written for these tests; the names are made up or common places."""

from pipeline import extract_text


def _places(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] in ("GPE", "LOC")]


def test_particle_between_two_places():
    text = "城西之九华山和城东之石岘山一带驻兵。"
    places = _places(text)
    assert ("石岘山", "LOC") in places
    assert ("之石岘山", "LOC") not in places


def test_clause_opening_verb_before_a_listed_village():
    text = "保卫部长，将石口、虎岭一带的旧保卫团收编。"
    places = _places(text)
    assert ("石口", "GPE") in places
    assert not any(name.startswith("将") for name, _ in places)


def test_coverb_before_a_river():
    text = "物价低的地区，如长江上游的部队中，士兵尚能温饱。"
    assert _places(text) == [("长江", "LOC")]


def test_coverb_before_an_area():
    text = "如凤岭地区则以某某为首。"
    assert _places(text) == [("凤岭", "LOC")]


def test_verb_split_before_a_pass():
    text = "负责守备娘子关一带的，是第5师团。"
    assert _places(text) == [("娘子关", "LOC")]


def test_unit_name_opened_by_jiang_jun_is_kept():
    # negative: 将军 opens names (将军楼, 将军岭): 将 is trimmed only before another character
    from pipeline.rules.place_lead_chars_zh import _lead_width
    from pipeline.normalize.places import place_lexicon

    assert _lead_width("攻占将军岭", 2, 5, place_lexicon()) == 0


def test_known_place_starting_with_a_lead_char_is_kept():
    # negative: 如皋 and 历城 are places, listed whole in the lexicons
    text = "部队由如皋出发，经历城县北上。"
    places = _places(text)
    assert ("如皋", "GPE") in places


def test_rest_an_ordinary_word_drops_the_span():
    from pipeline.rules.place_lead_chars_zh import trim_place_lead_chars
    from pipeline.spans import Candidate

    text = "工兵爆破碉堡三座。"
    chosen = [Candidate(2, 6, "GPE", "rule:test", 30)]
    assert trim_place_lead_chars(text, chosen) == []


def test_verb_before_an_unknown_name_is_not_cut():
    # negative: 解放|大陈列岛 — jieba's 放大 is a verb, but the rest is no known place: the span stays
    from pipeline.rules.place_lead_chars_zh import trim_place_lead_chars
    from pipeline.spans import Candidate

    text = "拉开了解放大陈列岛的序幕。"
    chosen = [Candidate(5, 9, "LOC", "rule:test", 30)]
    assert trim_place_lead_chars(text, chosen) == chosen
