"""Session 33, w33zhqing: a reign era inside a phrase of time is no PERSON (pipeline/rules/reign_era_phrases_zh.py).
Sentences written for the test."""

import pytest

from pipeline import extract_text
from pipeline.rules.reign_era_phrases_zh import era_phrase_at


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text", [
    "该庙建于清光绪年间，后毁于兵火。",
    "光绪间，县人集资重修书院。",
    "光绪初，此地设巡检司。",
    "光绪朝以后，商埠渐盛。",
    "到了清光绪时期，城垣倾圮。",
    "清光緒年間，設巡檢司於此。",
])
def test_era_in_a_phrase_of_time_is_no_person(text):
    assert ("光绪", "PERSON") not in _spans(text) and ("光緒", "PERSON") not in _spans(text)


def test_era_year_stays_a_date():
    text = "光绪三年，设巡检司。"
    assert ("光绪三年", "DATE") in _spans(text)
    assert ("光绪末年", "DATE") in _spans("到了光绪末年，城垣倾圮。")


@pytest.mark.parametrize("text", [
    "光绪帝下诏变法。",
    "慈禧挟光绪西逃。",
    "光绪时年十九岁。",        # 时年: his age, the emperor himself
    "光绪朝见太后于颐和园。",   # 朝见: a verb, the emperor himself
])
def test_emperor_stays_a_person(text):
    assert ("光绪", "PERSON") in _spans(text)


def test_frame_check():
    text = "清光绪年间"
    assert era_phrase_at(text, 1, 3)
    assert era_phrase_at("乾隆初，", 0, 2)
    assert not era_phrase_at("光绪初五", 0, 2)      # 初五: a day, not the era's start
    assert not era_phrase_at("光绪下诏", 0, 2)
    assert not era_phrase_at("某某年间", 0, 2)      # no reign era
