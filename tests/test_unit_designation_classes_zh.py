"""Chinese MIL_UNIT classes of session 17 round 3 (r3zhunits): a force's short name before its number (人民军, 党军),
place + 混成协, a list closed by 各, a lettered designation (第304A师), the chain after 兼, and a Japanese surname
opening with 长 after 军. Sentences written for these tests; exact spans, labels and values."""

from __future__ import annotations

import pytest

from sentences import ents as entities, unit_norm as norm, unit_spans as units


# 1. a whole force's short name is part of the designation (as 国民革命军第74军)
def test_peoples_army_before_its_number_is_one_span():
    text = "八月间人民军第6师团沿海岸南下。"
    assert units(text) == ["人民军第6师团"]
    value = norm(text, "人民军第6师团")
    assert value["numbers"] == [6] and value["side"] == "KP"


def test_party_army_before_its_number_is_one_span():
    text = "东征时党军第二团攻下城垣。"
    assert units(text) == ["党军第二团"]
    value = norm(text, "党军第二团")
    assert value["numbers"] == [2] and value["prefix"] == "党军" and value["side"] == "ROC"


@pytest.mark.parametrize("text, span", [
    ("国民党军第9军撤往北岸。", "第9军"),                  # the KMT's army at large: 党军 ends 国民党
    ("国民党军第8、第11军撤往北岸。", "第8、第11军"),
    ("越南人民军第312师攻占高地。", "越南人民军第312师"),    # the named force written whole keeps its reading
])
def test_party_word_is_not_the_party_army(text, span):
    assert units(text) == [span]


def test_peoples_army_alone_is_no_unit():
    assert units("这是一支人民军队。") == []


# 2. a place before 混成协
@pytest.mark.parametrize("text, span", [
    ("辛亥年塔城混成协哗变。", "塔城混成协"),
    ("江苏混成协移驻浦口。", "江苏混成协"),
])
def test_place_mixed_brigade_is_one_unit(text, span):
    assert span in units(text)
    assert norm(text, span)["echelon"] == "协"


def test_mixed_brigade_without_place_and_japanese_mixed_brigade():
    assert units("该混成协奉命移驻。") == []
    assert units("台湾混成旅团登陆。") == ["台湾混成旅团"]
    assert not any(u.startswith("镇") for u in units("北洋二镇新军开到保定。"))


# 3. a list closed by 各
def test_list_closed_by_each_is_one_unit():
    text = "第5、8、21各师渡河。"
    assert units(text) == ["第5、8、21各师"]
    assert norm(text, "第5、8、21各师")["numbers"] == [5, 8, 21]
    assert not [s for s, label in entities(text) if label == "QUANTITY"]


def test_each_after_a_single_unit_stays_out():
    assert units("第3师各团向北推进。") == ["第3师"]


# 4. a lettered designation
def test_lettered_designation_is_one_unit():
    text = "越军第320B师向南移动。"
    assert "第320B师" in units(text)
    value = norm(text, "第320B师")
    assert value["numbers"] == [320] and value["echelon"] == "师"


def test_letter_before_a_non_echelon_word_is_no_unit():
    assert units("他请316A师傅修车。") == []


# 5. the chain after 兼
def test_chain_after_dual_role_is_one_span():
    text = "该团改为7旅兼湘赣军区第14团。"
    assert units(text) == ["7旅", "湘赣军区第14团"]
    assert norm(text, "湘赣军区第14团")["numbers"] == [14]


def test_dual_role_of_an_officer_is_no_region():
    assert "师长兼任某军区" not in "".join(units("该师师长兼任某军区司令员。"))
    assert not any("和" in u for u in units("第2团兼和平军区。"))


# 6. a Japanese surname opening with 长 after 军
def test_japanese_surname_after_side_word_jun():
    text = "日军长野某联队进占县城。"
    assert units(text) == ["长野某联队"]
    assert ("野某", "PERSON") not in entities(text)


def test_army_commander_stays_a_post():
    text = "我军军长王某率部转移。"
    assert units(text) == []
