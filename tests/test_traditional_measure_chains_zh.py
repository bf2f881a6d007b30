"""Counts in a chain of traditional units of one measure, and a tenth of a tael after silver or near a tael count
(session 29, s29zhcount; sentences written for this test, exact spans and values)."""

import pytest

from pipeline import extract_text
from pipeline.normalize.quantities import measure_chain, normalize_quantity


def _counts(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["norm"].get("value"), e["norm"].get("unit"))
            for e in record["entities"] if e["label"] == "QUANTITY"]


@pytest.mark.parametrize("text, expected", [
    ("某县每丁征银一钱二分四厘。", [("一钱二分四厘", 1.24, "钱")]),
    ("共征银三千零五两六钱七分。", [("三千零五两六钱七分", 3005.67, "两")]),
    ("新兵月饷5两3钱，扣去7钱伙食，实得4两6钱。", [("5两3钱", 5.3, "两"), ("7钱", 7, "钱"), ("4两6钱", 4.6, "两")]),
    ("仓中存米十二石五斗三升。", [("十二石五斗三升", 12.53, "石")]),
    ("每亩征粮一斗二升。", [("一斗二升", 1.2, "斗")]),
    ("原额地五顷二十亩六分。", [("五顷二十亩六分", 5.206, "顷")]),
    ("城墙高二丈五尺，厚一丈。", [("二丈五尺", 2.5, "丈"), ("一丈", 1, "丈")]),
    ("时米价每石一两二、三钱不等。", [("一两二、三钱", 1.2, "两")]),
    ("赏饷银三钱。", [("三钱", 3, "钱")]),
])
def test_a_chain_of_one_system_is_one_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", ["三分之二的人赞成。", "此事十分重要。", "他一钱不值。", "一石二鸟之计。",
                                  "他手里有五钱，都是铜板。"])
def test_no_chain_and_no_mace(text):
    assert not [c for c in _counts(text) if c[0].endswith(("钱", "分", "斗", "尺"))]


def test_units_out_of_order_or_of_two_systems_make_no_chain():
    assert measure_chain("三钱二两") is None
    assert measure_chain("三石二尺") is None
    assert measure_chain("三两") is None


def test_the_normaliser_reads_a_chain_in_its_first_unit():
    assert normalize_quantity("一两八钱六分") == {"value": 1.86, "unit": "两", "approx": None}
    assert normalize_quantity("三顷二十亩") == {"value": 3.2, "unit": "顷", "approx": None}
