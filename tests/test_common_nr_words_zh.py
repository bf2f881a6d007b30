"""common_nr_words_zh (session 32, w32zhper2): ordinary words jieba tags nr are no PERSON of a heuristic reader."""

from pipeline import extract_text
from pipeline.rules.common_nr_words_zh import common_nr_word


def _persons(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "PERSON"]


def test_word_class():
    assert common_nr_word("晋升") and common_nr_word("凌空") and common_nr_word("高阶")
    assert not common_nr_word("曹操")      # a name of the dictionary: high name-likeness
    assert not common_nr_word("王英")
    assert not common_nr_word("小林")      # a Japanese surname
    assert not common_nr_word("太祖")      # a temple name
    assert not common_nr_word("安娜")      # transliterated


def test_promotion_after_post_is_no_name():
    text = "韩立诚出身行伍，自排长晋升至军长，后任集团军副总司令。"
    assert ("晋升", "PERSON") not in _persons(text)


def test_high_rank_adjective_after_rank_is_no_name():
    text = "吴秉文曾在第三战区任少将高阶参谋，与马振华相识。"
    found = _persons(text)
    assert ("高阶", "PERSON") not in found


def test_flying_over_is_no_name():
    text = "总司令凌空督战，命各部死守阵地。"
    assert not any(name.startswith("凌空") for name, _ in _persons(text))


def test_traditional_text():
    text = "孫旅長曾在五戰區任少將高階參謀。"
    assert ("高階", "PERSON") not in _persons(text)


def test_real_name_after_post_kept():
    text = "师长王英率部出击，攻克县城。"
    assert ("王英", "PERSON") in _persons(text)
