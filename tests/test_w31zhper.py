"""Session 31 (w31zhper): Chinese PERSON classes read across the development sets. Sentences made up."""

import pytest

from pipeline import extract_text
from pipeline.rules.person_bracket_aliases_zh import find_person_glosses
from pipeline.rules.thrice_named_persons_zh import find_thrice_named_persons
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


def test_titled_whole_name_after_an_occupation():
    text = "1926年，河南林县石匠屈欲明自称得到大法师之传。"
    start = text.index("屈欲明")
    assert [(c.start, c.end) for c in find_titled_whole_names(text)] == [(start, start + 3)]


# --- thrice_named_persons_zh: a three-character name written three times, closed on both sides ---

def test_thrice_named_person():
    text = ("西山乡的甘伦伯，是个复杂的人物。甘伦伯心中有气，表示以后谁也不帮。"
            "后来甘伦伯等头目还是受宠若惊。")
    found = [(text[c.start:c.end], c.start, c.label) for c in find_thrice_named_persons(text)]
    assert [f[0] for f in found] == ["甘伦伯"] * 3
    assert [f[1] for f in found] == [i for i in range(len(text)) if text.startswith("甘伦伯", i)]
    assert ("甘伦伯", "PERSON") in _spans(text)


def test_thrice_named_needs_three_mentions():
    text = "西山乡的甘伦伯，是个复杂的人物。甘伦伯心中有气。"
    assert find_thrice_named_persons(text) == []


def test_thrice_named_not_part_of_a_longer_name():
    # the same character glued after every mention: part of a four-character name, no name of three
    text = "其回目有马阿卜都、马牙杏。咸丰八年，马阿卜都等人在店中饮酒。马阿卜都等率众两千。"
    assert find_thrice_named_persons(text) == []


def test_thrice_named_not_a_word_or_place():
    text = "向柳州进攻。一部向柳州转进，主力向柳州集结。"
    assert find_thrice_named_persons(text) == []


# --- person_bracket_aliases_zh: a courtesy name of two characters in brackets after a name ---

@pytest.mark.parametrize("text,name,courtesy", [
    ("熊其勉(克丞)为黔军第五团团长。", "熊其勉", "克丞"),
    ("就由团附长胡忠良(献之)代理团长。", "胡忠良", "献之"),
])
def test_bracketed_courtesy_name(text, name, courtesy):
    got = {(text[c.start:c.end], c.label) for c in find_person_glosses(text)}
    assert got == {(name, "PERSON"), (courtesy, "PERSON")}
    spans = _spans(text)
    assert (name, "PERSON") in spans and (courtesy, "PERSON") in spans


@pytest.mark.parametrize("text", ["何卓甫(秀才)、何季生到场。", "夏云杰(汉族)生于1910年。", "张建国(左一)与战友合影。",
                                  "郑显玉(惠安)人。"])
def test_bracket_after_name_not_a_courtesy_name(text):
    assert find_person_glosses(text) == []
