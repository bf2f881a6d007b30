"""Session 34 (w34zhprec): a determiner or numeral before 县/乡/镇 makes a generic or counted word, no named parent
for a village after it (place_address_chains). Sentences written for this test."""

from pipeline import extract_text
from pipeline.rules.place_address_chains import find_address_chains


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _chains(text):
    return [(text[c.start:c.end], c.label) for c in find_address_chains(text)]


def test_each_township_is_no_parent():
    text = "那股土匪在附近各乡为祸，几个月间抢了三次。"
    assert _chains(text) == []
    assert not any(label == "GPE" for _, label in _spans(text))


def test_each_township_before_village_word():
    text = "阵亡将士分布于各乡镇村，家属都领到了抚恤。"
    assert _chains(text) == []


def test_counted_towns_are_no_parent():
    text = "以北洋六镇为例，每镇约一万二千人。"
    assert _chains(text) == []
    assert ("为例", "GPE") not in _spans(text)


def test_named_township_still_vouches_for_village():
    # negative of the guard: a named township (not 各/六 before 乡) still opens a village after it
    text = "他生在黄泥乡甲竹村，一九三八年参军。"
    assert ("甲竹村", "GPE") in _chains(text)


# 关外/关内 in a text that names another pass and nothing of Manchuria (place_word_boundaries_zh)

def test_outside_southern_pass_is_no_region():
    text = "镇南关告急。朝廷命老将帮办广西关外军务，又派兵夜袭关外法军前哨。"
    spans = _spans(text)
    assert ("镇南关", "LOC") in spans
    assert ("关外", "LOC") not in spans


def test_inside_southern_pass_is_no_region():
    text = "镇南关失守后，他决定将军营移进关内距关楼八里处。"
    assert ("关内", "LOC") not in _spans(text)


def test_manchuria_sense_kept_with_fengtian_army():
    # negative of the guard: the Fengtian army in the text keeps 关外 as Manchuria even with another pass named
    text = "吴部由武胜关北进讨奉，这时奉军尚未回师关外。"
    assert ("关外", "LOC") in _spans(text)


def test_bare_inside_kept():
    text = "关内伪军人数众多。"
    assert ("关内", "LOC") in _spans(text)
