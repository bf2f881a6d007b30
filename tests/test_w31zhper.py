"""Session 31 (w31zhper): Chinese PERSON classes read across the development sets. Sentences made up."""

import pytest

from pipeline import extract_text
from pipeline.rules.titled_whole_names_zh import find_banner_names, find_titled_whole_names


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


# --- titled_whole_names_zh: post + surname + two given characters closed by a word or a mark ---

@pytest.mark.parametrize("text,name", [
    ("七月攻陷厦门，总兵石继芸力战牺牲。", "石继芸"),          # Qing post, a verb word after the name
    ("刑部侍郎吕以诚等，直抵扬州城下。", "吕以诚"),            # 侍郎 (no post of TITLES), 以 inside a given name
    ("黑旗统领邝彭年【亲督诸军力战】。", "邝彭年"),            # an opening bracket closes the name
    ("文史工作者柯强明介绍说。", "柯强明"),
    ("派出所第十六任所长齐正才告诉记者。", "齐正才"),
])
def test_titled_whole_name(text, name):
    assert (name, "PERSON") in _spans(text)
    start = text.index(name)
    assert [(c.start, c.end, c.label) for c in find_titled_whole_names(text)] == [(start, start + 3, "PERSON")]


def test_titled_whole_name_not_before_a_verb_word_its_last_character_opens():
    # 坚守 is the verb: the name is 孟广, never 孟广坚
    text = "提督孟广坚守不出。"
    assert find_titled_whole_names(text) == []
    assert ("孟广坚", "PERSON") not in _spans(text)


def test_titled_whole_name_not_after_an_adverb():
    # 很 closes a two-character name, it never ends one of three
    assert find_titled_whole_names("政治委员周彪很严肃地说。") == []


def test_titled_whole_name_not_a_numeral_or_a_time():
    assert find_titled_whole_names("总兵王三年前到任。") == []


# --- titled_whole_names_zh.find_banner_names: a bannerman's two-character name after a Qing post ---

@pytest.mark.parametrize("text,name", [
    ("据山西按察使裕麟详称，案已审结。", "裕麟"),
    ("由县详奉巡抚桂祥委员勘讯。", "桂祥"),
    ("江宁将军文麟调兵。", "文麟"),
])
def test_banner_name_after_post(text, name):
    start = text.index(name)
    assert [(c.start, c.end, c.label) for c in find_banner_names(text)] == [(start, start + 2, "PERSON")]
    assert (name, "PERSON") in _spans(text)


def test_banner_name_at_its_other_mentions():
    text = "宗室文麟，隶正白旗。咸丰三年，文麟偕副都统某出城。"
    assert [(text[c.start:c.end], c.start) for c in find_banner_names(text)] == [("文麟", 2), ("文麟", 15)]


@pytest.mark.parametrize("text", ["巡抚衙门详称，已经办结。", "提督军门亲督诸军。", "总督府内，将军会议。"])
def test_banner_name_not_a_word_after_a_post(text):
    assert find_banner_names(text) == []
