"""Organisations named by a place and a head word: unions, student federations, customs houses, the
base areas' banks (session 12; sentences written for this test, exact spans)."""

import pytest

from pipeline import extract_text


def _spans(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("罢工由广州总工会发动。", [("广州总工会", "ORG")]),
    ("他被选为南京学生联合会的代表。", [("南京学生联合会", "ORG")]),
    ("杭州学联随即通电全国。", [("杭州学联", "ORG")]),
    ("次日成立了汉口各界联合会。", [("汉口各界联合会", "ORG")]),
    ("他早年在九龙海关当职员。", [("九龙海关", "ORG")]),
    ("他在厦门海关缉私。", [("厦门海关", "ORG")]),
    ("苏皖边区银行发行了本币。", [("苏皖边区银行", "ORG")]),
])
def test_place_and_head_is_one_org(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", ["各部联合会攻县城。", "各界联合会随即解散。", "学联主席发言。"])
def test_no_org_without_a_name(text):
    assert [s for s in _spans(text) if s[1] == "ORG"] == []


def test_a_place_owns_its_political_consultative_conference():
    assert _spans("资料由盂县政协提供。") == [("盂县政协", "ORG")]
    assert _spans("他后来任湖南省政协副主席。") == [("湖南省政协", "ORG")]


def test_our_before_a_military_subdistrict_stays_outside():
    spans = _spans("当夜，我晋察冀军区第三军分区一部攻入城内。")
    assert ("晋察冀军区第三军分区", "MIL_UNIT") in spans


def test_a_street_named_by_a_place_and_a_direction_is_one_facility():
    # session 12 (auditzh10's report): 南京东路, 西藏北路, 北四川路 are streets, not the province or the city
    assert _spans("巷战在福建北路和北浙江路一带展开。") == [("福建北路", "FAC"), ("北浙江路", "FAC")]
    assert _spans("敌军由南京北撤。") == [("南京", "GPE")]


def test_a_party_committee_before_a_verb_glued_to_its_head():
    # 委派/委托/委任 read across 省委|派: the committee sends someone (auditzh9's report)
    assert _spans("中共吉东省委派李延禄去联络。")[0] == ("中共吉东省委", "ORG")
    assert _spans("满洲省委任命他为书记。") == [("满洲省委", "ORG")]


def test_a_town_of_the_gazetteer_owns_its_government():
    from pipeline import extract_text

    got = [(e["text"], e["label"]) for e in extract_text("1950年3月，韩庄镇人民政府成立，镇长由县里委派。")["entities"]
           if e["label"] in ("ORG", "GPE")]
    assert got == [("韩庄镇人民政府", "ORG")]
