"""Villages after a verb of attack or holding with 了 (攻占了X庄) and a village before a verb whose first
character makes a word with its suffix (五里铺|展开): small edits in pipeline/rules/local_places.py.

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
