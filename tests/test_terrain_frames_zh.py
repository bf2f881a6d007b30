"""Session 18 LOC/FAC audit (s18zhloc): terrain_frames_zh (measured and chained mountains, river valleys, ferry
lists) and the guards and labels that came with it (bare ferries and X港 villages GPE, 门户, a river's 渡口,
listed forts with a numeral hill, a region's 东大门, ranking epithets). Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _of(text, label):
    return [t for t, lab in _ents(text) if lab == label]


def test_mountain_measured_after_its_name():
    ents = _ents("北面的黑石山高九百余米，南面的白羊岭海拔1200米。")
    assert ("黑石山", "LOC") in ents and ("白羊岭", "LOC") in ents


def test_mountain_in_a_terrain_chain():
    ents = _ents("西面的青岩山向北延伸与红石山相连，再北为马鞍山，直抵河边。")
    assert ("红石山", "LOC") in ents
    assert ("马鞍山", "LOC") in ents and ("马鞍山", "GPE") not in ents
    assert ("陉山", "LOC") in _ents("县城东北有陉山，四面陡峭。")


def test_kinds_of_mountain_are_no_names():
    assert _of("西为高山，东有群山。", "LOC") == []
    assert _of("这里的高山高三千米。", "LOC") == []


def test_city_named_like_a_mountain_stays_a_city():
    assert ("马鞍山", "GPE") in _ents("他随部队开到马鞍山，住了三天。")


def test_river_valley_is_one_landform():
    assert ("克节朗河谷", "LOC") in _ents("边境的地形十分复杂。克节朗河谷海拔四千米。")
    assert ("察隅河谷", "LOC") in _ents("我军越过察隅河谷。")
    ents = _ents("大部向伊河、洛河河谷进攻。")
    assert ("洛河", "LOC") in ents and ("洛河河谷", "LOC") not in ents   # the river, then the word 河谷
    assert ("绵曼河谷", "LOC") in _ents("沿着绵曼河谷的走向前进。")


def test_ferry_list_after_a_ferry_word():
    ents = _ents("黄河在这里流经三个古渡口――甲陵渡、乙王渡和丙津渡。")
    assert [t for t, lab in ents if lab == "GPE"] == ["甲陵渡", "乙王渡", "丙津渡"]
    assert _of("部队强渡、偷渡和抢渡都失败了。", "GPE") == []


def test_bare_ferry_is_the_settlement():
    assert ("柳林渡", "GPE") in _ents("敌军退往柳林渡。")
    assert ("李家渡", "GPE") in _ents("我军从李家渡强渡赣江。")
    assert ("风陵渡", "GPE") in _ents("日军攻占风陵渡，")
    assert ("石湾渡口", "FAC") in _ents("红军在石湾渡口架桥。")    # X渡口 stays a FAC


def test_river_ferries_in_general_are_no_ferry():
    ents = _ents("黄河渡口的历史很长。")
    assert ("黄河", "LOC") in ents and not any(label == "FAC" for _, label in ents)


def test_harbour_village_is_a_gpe():
    assert ("石门港", "GPE") in _ents("随后攻占石门港，敌军溃退。")
    assert ("珍珠港", "LOC") in _ents("日军偷袭珍珠港。")


def test_gateway_is_no_gate():
    ents = _ents("甲城与乙城隔海相望，共扼渤海门户。")
    assert ("渤海", "LOC") in ents and not any(label == "FAC" for _, label in ents)
    assert ("挹江门", "FAC") in _ents("部队从挹江门撤出。")


def test_region_east_gate_is_a_gateway():
    assert _of("日军直逼山西东大门娘子关。", "FAC") == []
    assert _of("敌军冲进东大门后遭到伏击。", "FAC") == ["东大门"]


def test_forts_listed_with_a_numeral_hill():
    assert ("松岭山、二龙山、鸡鸣山等炮台", "FAC") in _ents("东面有松岭山、二龙山、鸡鸣山等炮台。")
    assert ("镇海、定远和安澜炮台", "FAC") in _ents("清军据守镇海、定远和安澜炮台。")


def test_ranking_epithet_is_no_fort():
    assert _of("日军为攻克“北方第一堡垒”甲城，休整十日。", "FAC") == []


def test_river_after_a_verb_of_spanning():
    assert ("甲河", "LOC") in _ents("城外有一道横跨甲河的铁桥。")


def test_islands_and_reefs_listed_together():
    ents = _ents("群岛除了孤立的甲沙岛、乙岛、丙尖石、丁石屿、戊珠礁和己礁以外，还有别的岛群。")
    for name in ("乙岛", "丙尖石", "丁石屿", "戊珠礁", "己礁"):
        assert (name, "LOC") in ents
    assert _of("我们去了海岛、小岛和半岛。", "LOC") == []    # kinds, no names


def test_short_names_listed_before_islands_word():
    ents = _ents("该群岛又由甲珊、乙泉、丙银以及丁航等岛礁组成。")
    for name in ("甲珊", "乙泉", "丙银", "丁航"):
        assert (name, "LOC") in ents


def test_road_from_a_mountain_to_a_town():
    assert ("甲郎山至康定公路", "FAC") in _ents("顺着新修的甲郎山至康定公路下至谷底。")
    assert ("昆明至畹町公路", "FAC") in _ents("修筑了昆明至畹町公路。")


def test_pass_named_after_its_kind():
    assert ("甲子口", "LOC") in _ents("部队到达岷山北麓的要塞甲子口。")
    assert _of("要塞入口很窄。", "LOC") == []
