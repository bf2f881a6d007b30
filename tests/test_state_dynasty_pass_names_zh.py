"""Session 30 (s30zhgeo): passes named by their head 山口 (pass_village_forms_zh._mountain_passes) and states
named with 帝国 / 王朝 (state_dynasty_names_zh). Sentences written for these tests; the names are made up or common
historical states."""

import pytest

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, span", [
    ("骑兵翻越了噶莫山口，进入河谷。", "噶莫山口"),
    ("北线的苏林山口失守，守军南撤。", "苏林山口"),
    ("敌军撤往巴隆山口一带。", "巴隆山口"),          # a township + 山口: the pass, not the village
    ("西段的边界至新疆的喀喇昆仑山口。", "喀喇昆仑山口"),  # the mountain + 口: one pass
    ("汉军夺取了要隘，塔隆山口！", "塔隆山口"),
])
def test_pass_named_by_shankou_is_one_loc(text, span):
    ents = _ents(text)
    assert (span, "LOC") in ents
    assert not any(label == "GPE" and name in span for name, label in ents)


@pytest.mark.parametrize("text, absent", [
    ("他站在火山口边上。", "山口"),       # a crater
    ("走出山口，便是平原。", "山口"),     # no name before it
    ("大山口村的民兵集合了。", "大山口"),  # a village named by 山口 + 村
    ("这里的唐山口音很重。", "唐山口"),    # 口音: the accent of 唐山
])
def test_shankou_near_misses_are_no_pass(text, absent):
    assert not any(label == "LOC" and absent in name for name, label in _ents(text))


def test_japanese_surname_shankou_stays_a_person():
    ents = _ents("司令官山口多闻阵亡。")
    assert ("山口多闻", "PERSON") in ents
    assert not any(label == "LOC" for _, label in ents)


@pytest.mark.parametrize("text, spans", [
    ("大清帝国土崩瓦解，列强环伺。", ["大清帝国"]),
    ("奥斯曼帝国与俄罗斯帝国再度交战。", ["奥斯曼帝国", "俄罗斯帝国"]),
    ("各部先后归附清王朝。", ["清王朝"]),
    ("满清王朝腐败无能。", ["满清王朝"]),
])
def test_state_with_empire_or_dynasty_word_is_one_gpe(text, spans):
    ents = _ents(text)
    for span in spans:
        assert (span, "GPE") in ents


def test_state_names_near_misses():
    assert not any(label == "GPE" for _, label in _ents("这说明王朝更替已成定局。"))
    ents = _ents("日本帝国主义侵略邻国。")
    assert ("日本", "GPE") in ents and ("日本帝国", "GPE") not in ents
    assert not any(label == "GPE" and name.endswith("帝国") for name, label in _ents("他毕业于东京帝国大学。"))


# place_word_boundaries_zh._dictionary_place_words: a jieba place word ending in a shorter gazetteer GPE
@pytest.mark.parametrize("text, span", [
    ("乾隆年间清军平定准噶尔，设伊犁将军。", "准噶尔"),   # not the Tibetan county 噶尔
    ("日军渡江后攻占九连城，守军溃散。", "九连城"),       # not the Fujian county 连城
])
def test_dictionary_place_word_is_one_gpe(text, span):
    ents = _ents(text)
    assert (span, "GPE") in ents
    assert not any(name in span and name != span for name, _ in ents)


def test_dictionary_place_word_near_misses():
    ents = _ents("战役地点在广西南宁东北五十公里。")
    assert ("广西", "GPE") in ents and ("南宁", "GPE") in ents    # a province and its city: two GPE
    assert ("准噶尔盆地", "LOC") in _ents("准噶尔盆地南缘多戈壁。")  # the gazetteer's longer landform stands
    assert ("新中国", "GPE") not in _ents("新中国成立以后。")
