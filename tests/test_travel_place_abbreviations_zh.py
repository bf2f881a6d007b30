"""Session 29 (s29zhabbr): travel_place_abbreviations_zh, a one-character abbreviation of a province or city as the
goal or start of a journey or a stay (GPE, the full name's value). Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"], (e.get("norm") or {}).get("modern"))
            for e in extract_text(text)["entities"]]


def _gpe(text):
    return [(s, e, t, m) for s, e, t, lab, m in _ents(text) if lab == "GPE"]


def test_goal_after_a_verb_of_travel():
    assert (8, 9, "渝", "重庆") in _gpe("三月二日，甲某赴渝出席会议。")
    assert (3, 4, "蓉", "成都") in _gpe("次日抵蓉，寓友人家。")
    assert (3, 4, "筑", "贵阳") in _gpe("五日飞筑，转往昆明。")
    assert (6, 7, "沪", "上海") in _gpe("乙某于月底返沪后，即病倒。")
    assert (3, 4, "汉", "武汉") in _gpe("七月离汉，经长沙南下。")     # 汉 stands for 汉口, whose modern name is 武汉
    assert (3, 4, "湘", "湖南") in _gpe("九月回湘，主持省政。")
    assert (3, 4, "台", "台湾") in _gpe("航海赴台，途中遇风。")


def test_start_of_a_journey_and_chains():
    assert (3, 4, "徐", "徐州") in _gpe("部队由徐南撤。")
    ents = _gpe("丙某由渝返筑，途经遵义。")
    assert (3, 4, "渝", "重庆") in ents and (5, 6, "筑", "贵阳") in ents
    ents = _gpe("他抵穗时，又飞邕转榕。")
    assert [(s, t) for s, _e, t, _m in ents] == [(2, "穗"), (7, "邕"), (9, "榕")]
    ents = _gpe("他常来沪，又去宁，到汉后转昆。")
    assert [(t, m) for _s, _e, t, m in ents] == [("沪", "上海"), ("宁", "南京"), ("汉", "武汉"), ("昆", "昆明")]


def test_a_stay():
    assert (1, 2, "柳", "柳州") in _gpe("在柳停留两日。")
    assert (3, 4, "衡", "衡阳") in _gpe("丁某在衡逗留一周。")


def test_capital_without_value():
    ents = _ents("戊某由京启程，赴任。")
    assert (3, 4, "京", "GPE", None) in ents


def test_not_words_nor_names_nor_dynasties():
    for text in ("由于天雨，回来很晚，到达后长期宁可在于至今。", "会议由徐主持，轮到柳发言。",
                 "自秦至汉，由汉到唐，文物渐盛。", "回汉两族杂居，回汉械斗时起。", "他走到台前致辞。",
                 "病情好转，又召回京。", "甲某想到鲁，便不作声。"):
        assert _gpe(text) == [], text


def test_a_longer_place_wins():
    ents = _gpe("他到长沙，又回湘西，抵汉口。")
    assert [t for _s, _e, t, _m in ents] == ["长沙", "湘西", "汉口"] or [t for _s, _e, t, _m in ents] == ["长沙", "汉口"]
    assert not any(len(t) == 1 for _s, _e, t, _m in ents)


def test_stay_needs_its_word():
    # 在 + an abbreviation without a word of staying is not read here (在沪兵力 is left to the other finders)
    assert all(t != "长" for _s, _e, t, _m in _gpe("在长时间的对峙中，双方无进展。"))


def test_from_and_stationed():
    ents = _gpe("他从沪飞渝，驻沪期间常往来。")
    assert [(s, t) for s, _e, t, _m in ents] == [(2, "沪"), (4, "渝"), (7, "沪")]
    ents = _gpe("甲某自汉飞滇，由沪开往杭州。")
    assert (3, 4, "汉", "武汉") in ents and (5, 6, "滇", "云南") in ents and (8, 9, "沪", "上海") in ents
    for text in ("他服从徐，不再争执。", "各自湘返，又自从汉初以来。"):
        assert _gpe(text) == [], text


def test_troops_marching_off():
    assert (5, 6, "徐", "徐州") in _gpe("该旅两营由徐拔赴前线。")
