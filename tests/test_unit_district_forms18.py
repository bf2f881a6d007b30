"""Session 18 round 2 (r18zhunit): a military district's own unnumbered unit written with it, and 边防 as a unit
qualifier (the arm/role word belongs to the unit). Sentences written for these tests."""

import pytest

from pipeline import extract_text


def _units(text):
    return [(e["start"], e["end"], e["text"], e["norm"]["numbers"], e["norm"]["echelon"], e["norm"]["prefix"])
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "MIL_UNIT"]


@pytest.mark.parametrize("text, unit", [
    ("贵州军区独立师奉命剿匪。", (0, 7, "贵州军区独立师", [], "师", "独立")),
    ("苏北军区独立旅转移到海边。", (0, 7, "苏北军区独立旅", [], "旅", "独立")),
    ("皖南军分区独立营夜袭县城。", (0, 8, "皖南军分区独立营", [], "营", "独立")),
])
def test_district_independent_unit(text, unit):
    assert _units(text)[0] == unit


@pytest.mark.parametrize("text, unit", [
    ("新疆军区边防2团驻守山口。", (0, 8, "新疆军区边防2团", [2], "团", "边防")),
    ("当时边防7团负责巡逻。", (2, 6, "边防7团", [7], "团", "边防")),
    ("边防第四团换防。", (0, 5, "边防第四团", [4], "团", "边防")),
])
def test_frontier_defence_qualifier(text, unit):
    assert _units(text)[0] == unit


def test_neighbouring_readings_kept():
    assert _units("该部改编为独立师。") == []                  # no parent: generic (rule 5)
    assert _units("湖南军区第5团赶到。")[0][2] == "湖南军区第5团"
    assert _units("二师独立旅出击。")[0][2:] == ("二师独立旅", [2], "旅", "独立")
    assert _units("边防军第二师北上。")[0][2:] == ("边防军第二师", [2], "师", "")   # 边防军 names the army


@pytest.mark.parametrize("text, unit", [
    ("战后华野总部迁往曲阜。", (2, 6, "华野总部", [], "野战军", "")),         # its headquarters (rule 15)
    ("战役由西野指挥部统一指挥。", (3, 8, "西野指挥部", [], "野战军", "")),
    ("三野司令部下达命令。", (0, 5, "三野司令部", [3], "野战军", "")),
    ("中野的九纵担任主攻。", (0, 2, "中野", [], "野战军", "")),              # 中野 before 的 + a column
])
def test_field_army_abbreviations(text, unit):
    assert _units(text)[0] == unit


@pytest.mark.parametrize("text", ["中野的小说很有名。", "东野先生来信了。"])
def test_field_army_abbreviations_negative(text):
    assert _units(text) == []                                            # Japanese surnames


def test_a_route_wing_is_no_unit():
    assert _units("第三路的右翼纵队沿河推进。") == []                       # the route's wing (rule 5)
    assert _units("第九战区左翼兵团奉命出击。")[0][2] == "第九战区左翼兵团"   # with its parent: one unit


@pytest.mark.parametrize("text, unit", [
    ("冀鲁豫纵一部强渡黄河。", (0, 4, "冀鲁豫纵", [], "纵队", "")),      # a region's column, short form
    ("当晚胶东纵主力赶到。", (2, 5, "胶东纵", [], "纵队", "")),
    ("皖东北纵队奉命北上。", (0, 5, "皖东北纵队", [], "纵队", "")),
])
def test_region_column_short_form(text, unit):
    assert _units(text)[0] == unit


@pytest.mark.parametrize("text", ["山东纵深地带。", "鲁南纵横百里。"])
def test_region_column_short_form_negative(text):
    assert _units(text) == []


@pytest.mark.parametrize("text, sub_unit, parent", [
    ("贵州军区独立师和贵州军区都在贵阳。", "贵州军区独立师", "贵州军区"),
    ("东北野战军四纵赶到，东北野战军主力随后入关。", "东北野战军四纵", "东北野战军"),
])
def test_a_sub_unit_never_carries_its_parents_id(text, sub_unit, parent):
    # a finder's reading of a sub-unit written after its parent (another echelon) must not keep the id the span's
    # own reading gave the parent: the two would be linked as one unit
    units = {e["text"]: e["norm"] for e in extract_text(text, rules_only=True)["entities"]
             if e["label"] == "MIL_UNIT"}
    assert units[parent]["id"] == f"CCP/named/{parent}"
    assert units[sub_unit]["id"] is None
