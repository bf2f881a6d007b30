"""Forms of a general's biography (session 12 audit; sentences written for this test, exact spans)."""

import pytest

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("他又转入陆军炮工学校学习。", [("陆军炮工学校", "ORG")]),
    ("毕业后他在陆军军需学校任教官。", [("陆军军需学校", "ORG")]),
    ("十四岁考进陆军中央幼年学校。", [("陆军中央幼年学校", "ORG")]),
    ("他毕业于中央陆军军官学校第十期。", [("中央陆军军官学校", "ORG")]),
    ("他同时报考了陆军和海军学校。", []),
])
def test_service_schools(text, expected):
    assert [s for s in _spans(text) if s[1] == "ORG"] == expected


def test_prince_after_a_post_and_a_verb_after_the_title():
    # 总长 ends before the house name; 报到 after 亲王 is a verb, no name
    assert _spans("他当天去向参谋总长闲院宫载仁亲王报到。") == [("闲院宫载仁", "PERSON")]


def test_a_verb_and_its_preposition_before_weiyu_is_no_place():
    assert _spans("他回国后，暂住在位于南京城南的旅馆。") == [("南京城", "GPE")]


def test_a_name_ending_like_a_place_is_a_person_throughout_the_page():
    text = "光复后，县城由王玉山、赵海峰为首的保安队占据。我军攻城时，王玉山被击毙，赵海峰于次日晨逃走。"
    got = _spans(text)
    assert [s for s in got if s[0] in ("王玉山", "赵海峰")] == [("王玉山", "PERSON"), ("赵海峰", "PERSON")] * 2
