"""Session 34 (w34zhgpe): places read from frames that recur across development sets.

- chosen_place_lists_zh: a 、-list none of whose members was chosen, read by its frame (a verb of taking or passing,
  a seat + 的, a preposition of place before a word of an area); a four-character last member; a count of districts.
- place_frames: a bare name between a preposition of place and a verb of founding, meeting, gathering or dying
  (在X成立, 于X誓师, 向X集中), not a three-character reading that ends in an adverb (在X|共杀害).
The names are made up.
"""

from __future__ import annotations

import pytest

from pipeline import extract_text


def _spans(text: str) -> set[tuple[str, str]]:
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _has(text: str, name: str, label: str = "GPE") -> bool:
    return (name, label) in _spans(text)


# --------------------------------------------------------------------------- framed lists with no chosen member

def test_list_after_verb_of_taking():
    text = "敌人进犯苕梅、葭荪、蓼芗，烧杀抢掠。"
    assert {("苕梅", "GPE"), ("葭荪", "GPE"), ("蓼芗", "GPE")} <= _spans(text)


def test_four_character_last_member():
    text = "敌人进犯苕梅、葭荪、蓼芗荪尔，烧杀抢掠。"
    assert ("蓼芗荪尔", "GPE") in _spans(text)


def test_list_of_person_names_after_verb_of_taking():
    text = "敌人窜扰张明、李华、王强，烧杀抢掠。"
    assert not any(label == "GPE" for _, label in _spans(text))


def test_list_after_seat_and_de_closed_by_arriving():
    text = "红军经过紫阳县的苕梅、葭荪、蓼芗到达柘溪。"
    spans = _spans(text)
    assert {("苕梅", "GPE"), ("葭荪", "GPE"), ("蓼芗", "GPE")} <= spans


def test_list_after_preposition_closed_by_direction():
    text = "一天，向苕梅、葭荪、蔺芗方向搜索前进。"
    assert {("苕梅", "GPE"), ("葭荪", "GPE"), ("蔺芗", "GPE")} <= _spans(text)


def test_no_list_after_preposition_without_area_word():
    # 在 is a weak cue: three bare names after it and a full stop are no framed list
    text = "部队在苕梅、葭荪、蔺芗。"
    assert not any(label == "GPE" for _, label in _spans(text))


def test_gate_in_framed_list_is_no_gpe():
    text = "敌机在苕梅、葭门一带投弹。"
    spans = _spans(text)
    assert ("苕梅", "GPE") in spans
    assert ("葭门", "GPE") not in spans


def test_cue_glued_into_first_member_reads_nothing():
    # 到达 is one word: 达大 is no member of a list
    text = "部队到达大、小葭荪一带。"
    assert ("达大", "GPE") not in _spans(text)


def test_list_of_person_names_is_no_list_of_places():
    text = "会上表扬了张明、李华、王强等人。"
    spans = _spans(text)
    assert not any(label == "GPE" for _, label in spans)


# --------------------------------------------------------------------------- 在X成立, 于X誓师, 向X集中

@pytest.mark.parametrize("text,name", [
    ("他们在葭荪成立了农会。", "葭荪"),
    ("部队于蔺芗誓师北伐。", "蔺芗"),
    ("各部向苕梅集中。", "苕梅"),
    ("区委在葭荪召开群众大会。", "葭荪"),
])
def test_place_before_verb_of_founding_or_gathering(text, name):
    assert _has(text, name)


def test_adverb_is_no_part_of_the_name():
    text = "日军在葭荪共杀害二十七人。"
    spans = _spans(text)
    assert ("葭荪共", "GPE") not in spans


@pytest.mark.parametrize("text", ["他在会上成立了农会。", "在这里召开大会。", "他在当天牺牲。"])
def test_no_place_in_ordinary_words(text):
    assert not any(label == "GPE" for _, label in _spans(text))
