"""Session 18 round 2 (r18zhunit): event heads and guards seen on held-out passages, and a year typed with a
digit missing. Sentences written for these tests."""

import pytest

from pipeline import extract_text


def _spans(text, label):
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == label]


@pytest.mark.parametrize("text, span", [
    ("四平围困战打了一个多月。", (0, 5, "四平围困战")),             # X围困战, like X包围战
    ("1929年讨桂战争爆发。", (5, 9, "讨桂战争")),                  # a war named by its target
    ("此后又有讨唐战争。", (4, 8, "讨唐战争")),
])
def test_event_heads(text, span):
    assert span in _spans(text, "EVENT")


@pytest.mark.parametrize("text", ["他们探讨战争的根源。", "会上讨论战争问题。", "敌人围困战俘营。"])
def test_event_heads_negative(text):
    assert _spans(text, "EVENT") == []


def test_a_linking_verb_stays_outside_a_glued_battle():
    got = _spans("东北战场的重要战役包括四平战役与本溪战役。", "EVENT")
    assert (11, 15, "四平战役") in got and (16, 20, "本溪战役") in got
    assert not any(s[2] in ("重要战役", "包括四平战役", "与本溪战役") for s in got)


def test_glued_battles_kept():
    got = _spans("先后参加了辽沈战役锦州战役。", "EVENT")
    assert (5, 9, "辽沈战役") in got and (9, 13, "锦州战役") in got


def test_a_truncated_year_is_no_duration():
    got = [s for s in _spans("这座大桥于186年落成，船坞194年竣工。", "QUANTITY")]
    assert got == []


def test_a_three_digit_span_of_years_is_kept():
    assert _spans("此城被围170年后才光复，有180年历史。", "QUANTITY") == [(4, 8, "170年"), (14, 18, "180年")]
