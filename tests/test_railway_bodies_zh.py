"""Session 30 (s30zhorgfac): a railway's administration, police and unions are one ORG with the route's name.
Sentences written for these tests."""

import pytest

from pipeline import extract_text
from pipeline.rules.railway_bodies_zh import find_railway_bodies


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def test_route_union_is_one_org():
    text = "1922年,湘桂铁路总工会在车站召开大会。"
    spans = _spans(text)
    assert ("湘桂铁路总工会", "ORG") in spans
    assert ("湘桂铁路", "FAC") not in spans


def test_administration_with_its_department():
    text = "该厂后被浙赣铁路管理局车务处接收。"
    assert {(text[c.start:c.end], c.label) for c in find_railway_bodies(text)} == {("浙赣铁路管理局车务处", "ORG")}


def test_bureau_named_by_a_city():
    text = "父亲调入长沙铁路局工作。"
    assert ("长沙铁路局", "ORG") in _spans(text)


def test_traditional_script():
    text = "在滇越鐵路工會的組織下,工人罷工。"
    assert ("滇越鐵路工會", "ORG") in _spans(text)


@pytest.mark.parametrize("text", [
    "该路工会随即成立。",           # a demonstrative: no route named
    "铁路局派员前来调查。",         # a bare railway
    "三路铁路工会代表齐集开封。",   # a count of routes
    "修筑湘桂铁路工程浩大。",       # the route alone, no body
])
def test_no_railway_body(text):
    assert find_railway_bodies(text) == []
