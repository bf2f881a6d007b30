"""A county or city party committee's party-history office is one ORG with the committee and its 中共
(commemoration_forms_zh._local_offices, session 30 w2zhname)."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_county_committee_office_is_one_org():
    text = "记者在沛县委党史研究室主任的陪同下走访了几个村。"
    assert ("沛县委党史研究室", "ORG") in _spans(text)
    assert ("沛县委", "ORG") not in _spans(text)


def test_party_name_before_committee_office():
    text = "相关证言现存中共邹城市委党史研究室。"
    assert ("中共邹城市委党史研究室", "ORG") in _spans(text)


def test_county_named_with_its_xian_then_committee():
    text = "资料存中共曹县县委党史委。"
    assert ("中共曹县县委党史委", "ORG") in _spans(text)


def test_research_centre_and_full_office_name():
    assert ("昌江县委党史研究中心", "ORG") in _spans("据昌江县委党史研究中心介绍，当年的矿山有日军据点。")
    assert ("中共北京市委党史办公室", "ORG") in _spans("此书由中共北京市委党史办公室编印。")


def test_bare_committee_office_names_no_place():
    text = "他后来在县委党史办工作了十年。"
    assert not any(label == "ORG" and "党史" in span for span, label in _spans(text))
