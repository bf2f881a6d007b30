"""Session 34 (w34zhlabel): a chosen place right before a structure head is one FAC with it
(chosen_place_structures_zh; guideline 6, `柳州飞机场`), and places listed with 、 before one head share it
(guideline 4). Sentences written for the test; made-up village and lane names."""

from pipeline import extract_text
from pipeline.rules.chosen_place_structures_zh import join_place_structures
from pipeline.spans import Candidate


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"], e["start"], e["end"])
            for e in extract_text(text, rules_only=True)["entities"]]


def _spans(text, cands):
    return [(text[c.start:c.end], c.label) for c in cands]


def test_village_before_mission_head_is_one_fac():
    text = "乱民焚毁了献县苒家庄总堂。"
    ents = _ents(text)
    assert ("苒家庄总堂", "FAC", 7, 12) in ents
    assert ("献县", "GPE", 5, 7) in ents
    assert not any(label == "GPE" and t == "苒家庄" for t, label, *_ in ents)


def test_village_before_lane_and_church():
    text = "两军在郯家庄巷展开白刃战，随后退入甍家河教堂。"
    ents = _ents(text)
    assert ("郯家庄巷", "FAC", 3, 7) in ents
    assert ("甍家河教堂", "FAC", 17, 22) in ents


def test_city_before_gate_and_wall():
    text = "敢死队占据了宿州西门，又对宿州城北城墙实施爆破。"
    ents = _ents(text)
    assert ("宿州西门", "FAC", 6, 10) in ents
    assert ("宿州城北城墙", "FAC", 13, 19) in ents


def test_listed_places_share_one_head():
    text = "暴民延至宁国、广德教堂，均遭打毁。"
    chosen = [Candidate(4, 6, "GPE", "t", 30), Candidate(7, 9, "GPE", "t", 30)]
    assert _spans(text, join_place_structures(text, chosen)) == [("宁国、广德教堂", "FAC")]


def test_list_before_a_listed_fac_joins_it():
    text = "保卫桂林、柳州、南宁、梧州机场。"
    chosen = [Candidate(2, 4, "GPE", "t", 30), Candidate(5, 7, "GPE", "t", 30),
              Candidate(8, 15, "FAC", "t", 45)]
    assert _spans(text, join_place_structures(text, chosen)) == [("桂林、柳州、南宁、梧州机场", "FAC")]


def test_fac_without_list_takes_no_place_before():
    text = "守军在甍村、状元桥一线阻击。"
    chosen = [Candidate(3, 5, "GPE", "t", 30), Candidate(6, 9, "FAC", "t", 45)]
    assert _spans(text, join_place_structures(text, chosen)) == [("甍村", "GPE"), ("状元桥", "FAC")]


def test_negatives_word_country_known_place_road():
    for text, place in (("双方在南京巷战三日。", "南京"),           # 巷战: street fighting, no lane
                        ("广西门户洞开。", "广西"),               # 门户: a gateway, no gate
                        ("他与日本大桥监狱有过接触。", "日本"),      # a country's structures in general
                        ("他住在苏州公园路十号。", "苏州")):        # the head opens a road's name
        chosen = [Candidate(text.index(place), text.index(place) + len(place), "GPE", "t", 30)]
        assert _spans(text, join_place_structures(text, chosen)) == [(place, "GPE")], text


def test_known_place_ending_in_head_stays():
    text = "成都龙泉驿是一个区。"
    chosen = [Candidate(2, 4, "GPE", "t", 30)]
    assert _spans(text, join_place_structures(text, chosen)) == [("龙泉", "GPE")]


def test_head_taken_by_another_span_stays():
    text = "苒家庄车站长李某"
    chosen = [Candidate(0, 3, "GPE", "t", 30), Candidate(3, 5, "ORG", "t", 35)]
    assert _spans(text, join_place_structures(text, chosen)) == [("苒家庄", "GPE"), ("车站", "ORG")]
