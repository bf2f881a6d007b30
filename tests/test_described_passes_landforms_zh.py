"""session 19 (s19zhloc): passes the text calls passes, bearing-listed passes, described landforms repeated.
Sentences written for these tests (guideline: a pass, a mountain is a LOC; a town or county is a GPE)."""

from pipeline import extract_text


def _spans(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"] if e["label"] in ("LOC", "GPE", "FAC")]


def test_pass_called_a_pass_is_loc_at_every_mention():
    # 潼关 is also a county the gazetteer knows; a sentence that calls it a 关隘 makes every mention the pass
    text = "潼关是一座险要的关隘，历来为兵家所重。清军在潼关以东布防，潼关地势险峻。"
    spans = _spans(text)
    assert spans.count(("潼关", "LOC")) == 3
    assert ("潼关", "GPE") not in spans


def test_pass_described_as_pass_heading_line():
    text = "嘉峪关\n嘉峪关地势险要，是明代西端的关口。"
    assert _spans(text).count(("嘉峪关", "LOC")) == 2


def test_pass_town_with_admin_suffix_stays_gpe():
    # the county written with its suffix is the settlement, even on a page about the pass
    text = "潼关是一座关隘。潼关县城位于河南与陕西之间。"
    spans = _spans(text)
    assert spans.count(("潼关", "LOC")) == 1


def test_pass_not_described_keeps_its_reading():
    # negative: a war narrative naming the town without calling it a pass
    text = "1929年10月，西北军出兵潼关，进逼洛阳。"
    spans = _spans(text)
    assert ("潼关", "LOC") not in spans


def test_bearing_listed_passes_leave_the_bearing_out():
    text = "关中四塞，东潼关、南武关、西散关、北萧关，皆为要地。"
    spans = _spans(text)
    for name in ("潼关", "武关", "散关", "萧关"):
        assert (name, "LOC") in spans
    assert ("南武关", "GPE") not in spans and ("西散关", "GPE") not in spans


def test_single_bearing_pass_is_no_list():
    # negative: one bearing item alone proposes nothing of this rule
    from pipeline.rules.described_passes_landforms_zh import find_pass_landform_kinds
    cands = find_pass_landform_kinds("部队东进，南武关一带无战事。")
    assert not [c for c in cands if c.source == "rule:pass-bearing-list"]


def test_described_mountain_is_loc_at_other_mentions():
    # a province + mountain is paired as a settlement by another rule; the description says it is a mountain
    text = "第一座山是四川甲乙山，甲乙山位于小金县南部，海拔四千余米。如今的甲乙山依旧寒冷。"
    spans = _spans(text)
    assert spans.count(("甲乙山", "LOC")) == 3
    assert ("甲乙山", "GPE") not in spans


def test_city_named_mountain_not_described_keeps_gpe():
    # negative: 马鞍山 the city, no description of a mountain
    text = "部队经马鞍山、芜湖向南京前进。"
    assert ("马鞍山", "GPE") in _spans(text)


def test_head_opening_the_next_place_is_no_landform():
    # a range frame: the head character 江 opens the next place (江西, 江阴), no river 西起江 / 江苏江
    text = "战线西起江西湖口，东至江苏江阴，长达千里。"
    spans = _spans(text)
    assert not [s for s in spans if s[0] in ("西起江", "江苏江")]
    assert ("江阴", "GPE") in spans


def test_river_before_bank_word_kept():
    # neighbouring good reading of the landform-head rule: a river named before its bank stays
    text = "部队沿甲乙江西岸前进。"
    assert ("甲乙江", "LOC") in _spans(text)


def test_snow_mountain_with_its_name_is_one_loc():
    # a summit word or a province before a name + 雪山: one LOC with 雪山
    assert ("甲乙丙丁雪山", "LOC") in _spans("大河发源于昆仑山脉主峰甲乙丙丁雪山西侧。")
    assert ("甲乙丙雪山", "LOC") in _spans("第三座是四川甲乙丙雪山，终年积雪。")


def test_generic_snow_mountain_after_a_count_is_not_named():
    # negative: 五座大雪山 (a one-character stem, a count before it) names no mountain of this rule
    from pipeline.rules.described_passes_landforms_zh import find_pass_landform_kinds
    assert not [c for c in find_pass_landform_kinds("红军翻过五座大雪山。") if c.source == "rule:snow-mountain"]
    assert not [c for c in find_pass_landform_kinds("远处的这座雪山很高。") if c.source == "rule:snow-mountain"]


def test_bearing_after_a_landform_is_a_direction():
    # a bearing written right after a landform's name locates the next thing: no region 东南 / 西北
    spans = _spans("甲石岭，位于乙丙坪东南，海拔两千余米。丁戊山西北有一深潭。")
    assert ("东南", "LOC") not in spans and ("西北", "LOC") not in spans


def test_bearing_region_kept():
    # neighbouring good reading: the region after a list mark or a verb of place stays a LOC
    assert ("东北", "LOC") in _spans("日军占领东北后，又觊觎华北。")
    assert ("西南", "LOC") in _spans("抗战时期的西南大后方。")


def test_river_source_is_no_city():
    # 河源 (a city) read out of "X河|源头" (the river's source): no place; the city itself stays
    assert ("河源", "GPE") not in _spans("山下有深潭，即甲乙河源头。")
    assert ("河源", "GPE") in _spans("部队进驻河源，向惠州前进。")
    assert ("黄河", "LOC") in _spans("黄河源头海拔四千余米。")


def test_pass_named_by_its_ridge_is_one_loc():
    # the pass keeps 关 after its ridge's name (guideline: a pass is a LOC), not the ridge alone
    spans = _spans("此地金代称甲乙镇，明代称甲乙岭关，清军退守丙丁山关一带。")
    assert ("甲乙岭关", "LOC") in spans and ("丙丁山关", "LOC") in spans
    assert ("甲乙岭", "LOC") not in spans


def test_mountain_before_guan_word_is_no_pass():
    # negative: 关 opening a word after a mountain (关系, 关押) is no pass
    from pipeline.rules.described_passes_landforms_zh import find_pass_landform_kinds
    assert not [c for c in find_pass_landform_kinds("，甲乙山关系重大。") if c.source == "rule:ridge-pass"]
    assert not [c for c in find_pass_landform_kinds("部队上山关了门。") if c.source == "rule:ridge-pass"]


def test_island_group_named_by_its_sea_is_one_loc():
    # the country before the sea stays outside; the sea + 诸岛 is one LOC (no LOC 中国南海)
    spans = _spans("甲乙群岛，中国南海诸岛之一，由多个岛礁组成。")
    assert ("南海诸岛", "LOC") in spans and ("中国南海", "LOC") not in spans


def test_bare_zhudao_after_a_word_is_no_name():
    # negative: 诸岛 after an ordinary word names no group
    from pipeline.rules.described_passes_landforms_zh import find_pass_landform_kinds
    assert not [c for c in find_pass_landform_kinds("附近诸岛均已收复。") if c.source == "rule:island-group-named"]
