"""Session 34 (w34zhmil): descending unit chains under an abbreviated column / field army or a group (集团)."""

from pipeline import extract_text
from pipeline.rules.abbreviated_echelon_chains_zh import find_abbreviated_echelon_chains


def _units(text):
    return [(text[e["start"]:e["end"]], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "MIL_UNIT"]


def test_digit_column_chain_is_one_unit():
    text = "该团后来编为5纵新7旅第19团,参加了攻城。"
    units = _units(text)
    assert [u for u, _ in units] == ["5纵新7旅第19团"]
    assert units[0][1]["numbers"] == [5, 7, 19] and units[0][1]["echelon"] == "团"


def test_digit_field_army_with_force_before_it():
    text = "中国人民解放军3野9兵团司令员到达前线。"
    units = _units(text)
    assert [u for u, _ in units] == ["中国人民解放军3野9兵团"]
    assert units[0][1]["numbers"] == [3, 9] and units[0][1]["echelon"] == "兵团"


def test_traditional_text_keeps_its_characters():
    text = "中國人民解放軍1野4兵團奉命西進。"
    assert [u for u, _ in _units(text)] == ["中國人民解放軍1野4兵團"]


def test_group_after_area_army_with_division():
    text = "侵华日军华中方面军第三集团第九师团向南推进。"
    units = _units(text)
    assert [u for u, _ in units] == ["华中方面军第三集团第九师团"]
    assert units[0][1]["numbers"] == [3, 9] and units[0][1]["echelon"] == "师团"


def test_group_after_puppet_army():
    text = "新编部队由治安军第二集团和警备队组成。"
    assert ("治安军第二集团", "MIL_UNIT") in [(text[e["start"]:e["end"]], e["label"])
                                          for e in extract_text(text, rules_only=True)["entities"]]


def test_negatives():
    # a rising chain (旅 before 纵) and a group army (集团军) are no chains of this class
    assert find_abbreviated_echelon_chains("他由7旅调到3纵工作。") == []
    assert find_abbreviated_echelon_chains("第五集团军向北推进。") == []
    # 纵队 written whole and a bare abbreviated column are other finders'
    assert find_abbreviated_echelon_chains("他在12纵队第3团工作。") == []
    assert find_abbreviated_echelon_chains("华野2纵副司令员到达。") == []
    # a column number after 第 or another digit is no start
    assert find_abbreviated_echelon_chains("第2纵3团") == []
    # the same rank twice is no descent
    assert find_abbreviated_echelon_chains("2纵3纵会合。") == []
