"""Session 26 (s26mine): place_led_body_names_zh, a body named by its place + stem + the generic word of its kind.
Every sentence is written for the test (made-up or ordinary place names); guideline 15: a full official name is one
span, not the place inside it."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _spans(text):
    return [(t, lab) for _s, _e, t, lab in _ents(text)]


def test_place_stem_head_is_one_org():
    text = "1938年,长沙市工务科奉命拆除城墙。"
    assert (6, 12, "长沙市工务科", "ORG") in _ents(text)
    assert ("长沙市", "GPE") not in _spans(text)
    assert ("昆明华侨救国后援会", "ORG") in _spans("他在昆明华侨救国后援会工作。")
    assert ("南宁议事会", "ORG") in _spans("双方代表于南宁议事会磋商。")
    assert ("泰国华侨经济联合后援会", "ORG") in _spans("当时成立了泰国华侨经济联合后援会。")


def test_after_a_verb_or_preposition():
    # the place opens the name right after a verb (加入, 入) or a preposition (在, 于)
    ents = _spans("1926年他入武昌中央农民运动讲习所学习。")
    assert ("武昌中央农民运动讲习所", "ORG") in ents and ("武昌", "GPE") not in ents
    assert ("台南长老教会", "ORG") in _spans("次年於台南长老教会举办活动。")
    assert ("江孜宗政府", "ORG") in _spans("清军建立江孜宗政府,作为前哨。")


def test_county_school_and_county_government():
    assert ("桂林府义学", "ORG") in _spans("知府又兴建桂林府义学。")
    assert ("柳州县人民政府", "ORG") in _spans("他后来任柳州县人民政府交通股长。")


def test_not_a_body_name():
    # a verb inside the stem: the place sets up a body, it is no part of its name
    assert ("华阳设商会", "ORG") not in _spans("民国初年华阳设商会。")
    assert not any(lab == "ORG" for _t, lab in _spans("北京召开委员会。"))
    # a second body inside the stem: two names, not one
    ents = _spans("法国政府照会清政府。")
    assert ("法国政府", "ORG") in ents and ("清政府", "ORG") in ents
    # a bare country and a generic head is no name
    assert not any(lab == "ORG" for _t, lab in _spans("他进了一家日本公司。"))
    assert not any(lab == "ORG" for _t, lab in _spans("长沙公司和新建公司都在此设点。"))
    # a head inside a longer word (政府军) is no body
    assert not any(t.endswith("政府") for t, _lab in _spans("长沙政府军进攻。"))
    # a place + 的 before the head: no name
    assert not any(lab == "ORG" for _t, lab in _spans("他在长沙的中学读书。"))


def test_school_head_in_two_words_runs_to_its_end():
    # session 29 (s29zhabbr): 师范 + 学校/学堂/学院/大学 and 中学/小学 + 堂 are one head: the name ends at the last word
    assert ("南通师范学校", "ORG") in _spans("一九二〇年考入南通师范学校。")
    assert (4, 14, "江苏省立第五师范学校", "ORG") in _ents("他毕业于江苏省立第五师范学校。")
    assert ("福州师范学堂", "ORG") in _spans("他考入福州师范学堂，后任教。")
    assert ("长沙师范学院", "ORG") in _spans("后入长沙师范学院读书。")
    assert ("无锡师范专科学校", "ORG") in _spans("他考入无锡师范专科学校。")
    assert ("广州师范学校", "ORG") in _spans("他在广州师范学校任教。")
    ents = _spans("他毕业于苏州师范学校。")
    assert ("苏州师范", "ORG") not in ents and ("苏州", "GPE") not in ents
    # a school written 师范 alone keeps its own end
    assert ("湖南第一师范", "ORG") in _spans("他在湖南第一师范读书。")
    assert ("南通师范", "ORG") in _spans("他是南通师范学生。") or not any(t.startswith("南通师范学") for t, _l in _spans("他是南通师范学生。"))
