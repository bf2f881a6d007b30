"""Local bodies named by their place (pipeline/rules/org_local_bodies.py)."""

from pipeline.rules.org_local_bodies import find_local_bodies


def _spans(text):
    return [(c.start, c.end, c.label, text[c.start : c.end]) for c in find_local_bodies(text)]


def test_party_headquarters():
    assert _spans("国民党江西省党部与中国国民党南京特别市党部") == [
        (0, 8, "ORG", "国民党江西省党部"), (9, 21, "ORG", "中国国民党南京特别市党部")]
    assert _spans("他调往衡阳县党部。") == [(3, 8, "ORG", "衡阳县党部")]


def test_occupation_committees():
    assert _spans("敌军扶植杭州治安维持会，又成立苏州自治委员会。") == [
        (4, 11, "ORG", "杭州治安维持会"), (15, 22, "ORG", "苏州自治委员会")]


def test_kinds_without_a_place_are_left_alone():
    assert _spans("他在县党部任职，各地维持会纷纷成立，党部设在城内。") == []


def test_governors_offices():
    assert _spans("他出任江苏督军署参谋长，后入浙江省长公署。") == [(3, 8, "ORG", "江苏督军署"), (14, 20, "ORG", "浙江省长公署")]
    assert _spans("直鲁豫巡阅使署设在洛阳。") == [(0, 7, "ORG", "直鲁豫巡阅使署")]
    assert _spans("督军署设在城内。") == []


def test_traditional_page():
    from pipeline import extract_text

    text = "國民黨湖南省黨部與南京治安維持會"
    got = [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert got == [(0, 8, "ORG"), (9, 16, "ORG")]
