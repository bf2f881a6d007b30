"""Guns named by their maker, designer or arsenal are no person and no place (session 16).

Every sentence is invented for this test; each asserts the exact entities of the whole pipeline
(rules only), so a name or place read inside a gun's name shows up as an extra span.
"""

from pipeline import extract_text


def entities(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_a_dictionary_name_before_a_gun_is_its_maker():
    text = "该连配有马克沁重机枪和汤姆逊冲锋枪。"
    assert entities(text) == []


def test_a_gun_word_the_dictionary_tags_as_a_name():
    text = "民兵们扛着毛瑟枪赶到村口。"
    assert [e for e in entities(text) if e[3] == "PERSON"] == []


def test_the_same_name_that_shoots_is_a_person():
    text = "敌军官汤姆逊枪杀了两名俘虏。"
    assert (3, 6, "汤姆逊", "PERSON") in entities(text)


def test_an_arsenal_city_before_made_is_the_gun():
    assert [e for e in entities("新兵每人领到一支汉阳造，子弹五发。") if e[3] == "GPE"] == []
    assert [e for e in entities("他们用的都是汉阳造步枪。") if e[3] == "GPE"] == []


def test_the_city_stays_a_place_before_other_words_in_zao():
    assert (3, 5, "汉阳", "GPE") in entities("轰炸在汉阳造成重大伤亡。")
    assert (0, 2, "汉阳", "GPE") in entities("汉阳造成了华中最大的兵工基地。")
