"""Small edits in pipeline/rules/local_places.py: villages after a verb of attack or holding with 了 (攻占了X庄),
a village before a verb whose first character makes a word with its suffix (五里铺|展开), a town at a
distance (约16公里的X镇), 距 never starting a place (距邹县).

Every sentence is written for this file with invented places; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, extracted


def gpes(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "GPE")]


def test_village_after_a_verb_with_le():
    text = "部队攻占了五里铺，敌人退守了王家堡。"
    assert gpes(text) == [at(text, "五里铺", "GPE"), at(text, "王家堡", "GPE")]


def test_village_before_a_verb_that_would_glue_to_its_suffix():
    text = "两军在五里铺展开激战。"
    assert gpes(text) == [at(text, "五里铺", "GPE")]


def test_no_village_after_le_without_a_verb_of_place():
    text = "他说了王家堡的事。"
    assert gpes(text) == []


def test_town_at_a_distance_and_no_place_starting_with_ju():
    text = "第一团东撤至距滕县约16公里的田湾镇。"
    assert gpes(text) == [at(text, "滕县", "GPE"), at(text, "田湾镇", "GPE")]


def test_place_after_a_verb_of_taking_outranks_a_person_reading():
    text = "我军强渡丹江，抢占了荆紫关。"
    assert gpes(text) == [at(text, "荆紫关", "GPE")]
    assert extracted(text, "PERSON") == []
