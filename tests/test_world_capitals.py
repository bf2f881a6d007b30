"""The capitals of the UN member states are places (places_foreign_zh.tsv, session 12), except names that are
ordinary words (金边 in 金边眼镜, 万象 in 包罗万象). Sentences written for this test."""

import pytest

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("1941年6月德军逼近基辅。", [("1941年6月", "DATE"), ("基辅", "GPE")]),
    ("代表团取道安卡拉前往巴格达。", [("安卡拉", "GPE"), ("巴格达", "GPE")]),
    ("他曾在哥本哈根和赫尔辛基任武官。", [("哥本哈根", "GPE"), ("赫尔辛基", "GPE")]),
])
def test_capitals_are_places(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["他戴着一副金边眼镜。", "这部书包罗万象。"])
def test_capitals_that_are_words_stay_words(text):
    assert _spans(text) == []
