"""Session 34 (w34zhlabel): a person reader's span that is a whole item of a 、-list beside a whole chosen place is a
place (chosen_place_lists_zh.relabel_listed_persons). Sentences written for the test; made-up town names."""

from pipeline.rules.chosen_place_lists_zh import relabel_listed_persons
from pipeline.spans import Candidate


def _spans(text, cands):
    return [(text[c.start:c.end], c.label) for c in cands]


def _cands(text, *items):
    out, at = [], 0
    for name, label in items:
        at = text.index(name, at)
        out.append(Candidate(at, at + len(name), label, "t", 30))
        at += len(name)
    return out


def test_person_after_listed_town_is_gpe():
    text = "游击队啃下古田、穆岳两处要地。"
    got = relabel_listed_persons(text, _cands(text, ("古田", "GPE"), ("穆岳", "PERSON")))
    assert _spans(text, got) == [("古田", "GPE"), ("穆岳", "GPE")]


def test_person_before_listed_place_takes_landform_label():
    text = "城郊有积谷山、胡台山、海坛山等。"
    got = relabel_listed_persons(text, _cands(text, ("积谷山", "LOC"), ("胡台山", "PERSON"), ("海坛山", "LOC")))
    assert _spans(text, got) == [("积谷山", "LOC"), ("胡台山", "LOC"), ("海坛山", "LOC")]


def test_commanders_after_provinces_stay():
    text = "急盼江苏齐某元、浙江孙某芳、湖北萧某南等援军。"
    cands = _cands(text, ("江苏", "GPE"), ("齐某元", "PERSON"), ("浙江", "GPE"), ("孙某芳", "PERSON"),
                   ("湖北", "GPE"), ("萧某南", "PERSON"))
    assert relabel_listed_persons(text, cands) == cands


def test_person_after_title_stays():
    text = "长官顾某同、浙江省主席黄某竑亲临。"
    cands = _cands(text, ("顾某同", "PERSON"), ("浙江省", "GPE"), ("黄某竑", "PERSON"))
    assert relabel_listed_persons(text, cands) == cands


def test_list_of_people_stays():
    text = "会见了张某、李某、王某。"
    cands = _cands(text, ("张某", "PERSON"), ("李某", "PERSON"), ("王某", "PERSON"))
    assert relabel_listed_persons(text, cands) == cands


def test_list_of_people_of_a_place_stays():
    text = "攻克古田、穆岳人纷纷逃散。"
    cands = _cands(text, ("古田", "GPE"), ("穆岳", "PERSON"))
    assert relabel_listed_persons(text, cands) == cands


def test_place_inside_a_listed_person_vouches_nothing():
    text = "主任依次为牛英德、柴某廷、岳某基。"
    cands = _cands(text, ("英德", "GPE"), ("柴某廷", "PERSON"), ("岳某基", "PERSON"))
    assert relabel_listed_persons(text, cands) == cands
