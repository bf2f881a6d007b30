"""Warlord-era and Northern Expedition forms (session 14 audit, auditzh25). Sentences written for these tests
(made-up people and events; real cities only as places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_listed_mixed_brigades_with_count_are_one_unit():
    text = "该部以第六师及第二十一、二十二两混成旅向西推进。"
    ents = _ents(text)
    assert ("MIL_UNIT", "第二十一、二十二两混成旅") in ents
    assert not [e for e in ents if e[0] == "QUANTITY"]
    norm = _norm(text, "第二十一、二十二两混成旅")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([21, 22], "旅", "混成")


def test_mixed_brigade_count_alone_stays_quantity():
    text = "守军以两混成旅之兵力反扑。"
    assert ("QUANTITY", "两混成旅") in _ents(text)
    assert _norm(text, "两混成旅")["value"] == 2


def test_political_branch_council_is_one_org():
    ents = _ents("王某任南京政治分会主席,李某兼长沙政治分會委员。")
    assert ("ORG", "南京政治分会") in ents
    assert ("ORG", "长沙政治分會") in ents
    assert ("GPE", "南京") not in ents


def test_political_branch_without_known_seat_is_not_read():
    ents = _ents("他们另设一个某某政治分会。")
    assert not [e for e in ents if e[0] == "ORG" and e[1].endswith("政治分会")]


def test_ordinal_without_di_keeps_the_event():
    ents = _ents("三次东征之后,众人又议二次北伐战争。")
    assert ("EVENT", "三次东征") in ents
    assert ("EVENT", "二次北伐战争") in ents
    assert not [e for e in ents if e[0] == "QUANTITY"]


def test_count_of_expeditions_is_not_an_ordinal_event():
    ents = _ents("他参加过两次北伐,又有第二次东征。")
    assert ("EVENT", "两次北伐") not in ents
    assert not [e for e in ents if e[1] == "二次东征"]


def test_place_after_binglin_starts_after_lin():
    ents = _ents("大军兵临武汉,又兵临长沙城下。")
    assert ("GPE", "武汉") in ents
    assert ("GPE", "临武") not in ents
    assert ("GPE", "长沙") in ents or ("GPE", "长沙城") in ents


def test_lin_county_without_binglin_stays():
    assert ("GPE", "临武") in _ents("部队进驻临武县城以北,又到临武。")


def test_natural_barrier_word_is_outside_the_bridge():
    ents = _ents("守军凭借天险白沙桥顽抗。")
    assert ("FAC", "白沙桥") in ents
    assert ("FAC", "天险白沙桥") not in ents


def test_troops_sent_count_battalions():
    text = "甲省出兵30营,乙省派兵十二个营。"
    ents = _ents(text)
    assert ("QUANTITY", "30营") in ents
    assert ("QUANTITY", "十二个营") in ents
    assert not [e for e in ents if e[0] == "MIL_UNIT"]
    assert _norm(text, "30营")["value"] == 30


def test_designated_battalion_is_still_a_unit():
    ents = _ents("出兵后,第30营随即跟进。")
    assert ("MIL_UNIT", "第30营") in ents


def test_former_force_of_a_surname_keeps_only_the_surname():
    ents = _ents("战后,原韩部官兵多被遣散,原孙部则改编。")
    assert ("PERSON", "韩") in ents
    assert ("PERSON", "孙") in ents
    assert not [e for e in ents if e[1] in ("原韩", "原孙")]


def test_former_force_not_for_ordinary_words():
    ents = _ents("原来部署不变,原定部队照常出发。")
    assert not [e for e in ents if e[0] == "PERSON"]


def test_route_verb_before_family_bay_village_is_outside():
    ents = _ents("第五团从某镇出发,经柯家湾向北攻击。")
    assert ("GPE", "柯家湾") in ents
    assert not [e for e in ents if e[1].startswith("经")]


def test_named_gate_after_city_is_fac_not_a_city():
    ents = _ents("先头团于次日直抵桂林漳江门外,又攻南京中华门下。")
    assert ("FAC", "漳江门") in ents
    assert ("FAC", "中华门") in ents
    assert ("GPE", "桂林") in ents
    assert ("GPE", "江门") not in ents


def test_gate_rule_needs_a_city_before():
    ents = _ents("他生于江门外祖父家。")
    assert not [e for e in ents if e[0] == "FAC"]


def test_side_word_before_bridge_is_outside():
    ents = _ents("敌军绕至我军后方白石桥,又占前方黄土桥。")
    assert ("FAC", "白石桥") in ents
    assert ("FAC", "黄土桥") in ents
    assert not [e for e in ents if e[1].startswith("方")]
