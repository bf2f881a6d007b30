"""school_name_edges_zh (session 32, w32zhorgfac): a county with its suffix inside a school's name, a province,
a township or a village before it outside. Sentences written for these tests; the names are made up."""

import pytest

from pipeline import extract_text
from pipeline.rules.school_name_edges_zh import find_school_name_edges


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, span", [
    ("他在福建省福州市第一中学读书。", "福州市第一中学"),          # province outside, city with suffix inside
    ("湖南长沙县立第一中学", "长沙县立第一中学"),
    ("他们发起创办厦门市大同中学。", "厦门市大同中学"),           # the city's 大同 is no GPE inside the name
    ("四川简阳县私立青松中学", "简阳县私立青松中学"),
    ("旧址位于泉州市安溪县石桥乡明德中学内。", "明德中学"),        # township before a named school: outside
    ("白马镇柳树村柳溪小学前有一棵古树。", "柳溪小学"),            # village before a named school: outside
    ("东阳县立第三小学校积极动员学生。", "东阳县立第三小学校"),
])
def test_school_edges(text, span):
    assert (span, "ORG") in _spans(text)


def test_places_outside_stay_places():
    spans = _spans("旧址位于泉州市安溪县石桥乡明德中学内。")
    assert ("安溪县", "GPE") in spans and ("明德中学", "ORG") in spans
    assert not any(s.startswith("安溪县") and label == "ORG" for s, label in spans)


def test_candidate_offsets():
    text = "他在福建省福州市第一中学读书。"
    cands = find_school_name_edges(text)
    assert [(text[c.start:c.end], c.label) for c in cands] == [("福州市第一中学", "ORG")]


@pytest.mark.parametrize("text", [
    "他进入晓庄乡村师范学校。",      # 乡村 is the rural school's kind, no township
    "他在白沙乡中心小学读书。",      # a township's central school: no name of its own after 乡
    "全县中学生都参加了。",          # a student, no school
    "他在县立中学读书。",            # no county named
    "他在长沙县的中学读书。",        # a particle between the county and the head
])
def test_no_edge_candidate(text):
    assert find_school_name_edges(text) == []


def test_a_former_county_of_todays_district_is_the_whole_stem():
    # 江宁县 (today's 江宁区) before a school: the two-character stem, not the one-character county 宁县 inside it
    assert ("江宁县立第二中学校", "ORG") in _spans("江宁县立第二中学校创办于清末。")
    assert [("江宁县立第二中学校", "ORG")] == [s for s in _spans("江宁县立第二中学校创办于清末。") if s[1] == "ORG"]


def test_middle_school_before_its_head_teacher():
    # 中学|校长: the school ends before the post; 中学校 read whole where no post follows
    assert ("宝山县立第一中学", "ORG") in _spans("宝山县立第一中学校长陈某讲话。")
    assert ("宝山县立第一中学校", "ORG") not in _spans("宝山县立第一中学校长陈某讲话。")
    assert ("宝山县立第一中学校", "ORG") in _spans("宝山县立第一中学校迁往乡间。")
