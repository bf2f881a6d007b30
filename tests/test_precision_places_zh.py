"""Session 17 round 2 precision audit of LOC and FAC (prezh2): guards that keep a rule from proposing a span that
is no place or has the wrong extent, each with the rule's good readings kept. Every sentence is written for the
test (no gold or audited page)."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _of(text, label):
    return [t for t, lab in _ents(text) if lab == label]


# ---------------------------------------------------------------- a pair of bearings is a ridge's direction
def test_bearing_pair_before_zouxiang_is_no_region():
    assert _of("这道山梁为东北-西南走向，长约四十公里。", "LOC") == []
    assert _of("岭脊呈西北—东南走向。", "LOC") == []
    assert _of("主峰以东的山脊大致西北走向。", "LOC") == []


def test_bearing_regions_kept():
    assert _of("日军占领东北后，又把兵锋指向华北。", "LOC") == ["东北", "华北"]
    assert _of("东北—华北的交通线被切断。", "LOC") == ["东北", "华北"]


# ---------------------------------------------------------------- a facility name cut inside a hill's or village's name
def test_fort_named_by_its_hill_keeps_the_whole_hill():
    assert _of("守军坚守青狮山北堡垒。", "FAC") == ["青狮山北堡垒"]


def test_numeral_opening_a_hill_name_belongs_to_the_fort():
    assert _of("次日拂晓日军攻占了四龙山堡垒。", "FAC") == ["四龙山堡垒"]


def test_bridge_named_by_its_village():
    assert _of("公路过了八家寨人字桥。", "FAC") == ["八家寨人字桥"]


def test_fort_and_bridge_good_readings_kept():
    assert _of("守军退入白银山炮台。", "FAC") == ["白银山炮台"]
    assert _of("游客可登上黑松山北炮台。", "FAC") == ["黑松山北炮台"]
    assert _of("敌人炸毁了卢沟桥附近的铁路。", "FAC") == ["卢沟桥"]
    assert _of("第三十团固守南林坡阵地。", "FAC") == ["南林坡阵地"]


# ---------------------------------------------------------------- a region's "gateway" is no gate
def test_gateway_metaphor_is_no_gate():
    assert _of("这座关隘素称湖南的北大门。", "FAC") == []
    assert _of("小城被誉为川西的“南大门”。", "FAC") == []


def test_named_gates_kept():
    assert _of("日军炮击中华门一带。", "FAC") == ["中华门"]
    assert _of("敌军冲进东大门后遭到伏击。", "FAC") == ["东大门"]


# ---------------------------------------------------------------- unfamiliar names after a cue
def test_zhi_of_is_outside_the_hill():
    assert ("屿山", "LOC") in _ents("海防要地，则宁海之屿山为先。")
    assert ("石屿山", "LOC") in _ents("海防要地，则宁海之石屿山为先。")
    assert not any(t.startswith("之") for t, _ in _ents("海防要地，则宁海之屿山为先。"))


def test_flowing_in_and_border_rivers_are_no_names():
    assert _of("这里是由海入江的第一道门户。", "LOC") == []
    assert _of("这段江面全程都属于界江。", "LOC") == []


def test_border_river_named_with_its_modern_name_kept():
    assert "界河" in [t for t, _ in _ents("镇子位于界河（今清水河）北岸。")]


def test_distance_preposition_outside_a_landform():
    assert ("青龙山", "LOC") in _ents("哨所距青龙山主峰不到三百米。")
    assert not any(t.startswith("距") for t, _ in _ents("哨所距青龙山主峰不到三百米。"))


# ---------------------------------------------------------------- a known mountain before 山脚/山腰
def test_known_mountain_before_a_part_word_keeps_its_shan():
    assert ("昆仑山", "LOC") in _ents("车队从昆仑山脚下绕过。")
    assert ("五台山", "LOC") in _ents("游击队在五台山山腰设伏。")


def test_part_word_readings_kept():
    assert ("鹰嘴砬子", "LOC") in _ents("战士们登上鹰嘴砬子山顶。")
    assert ("武山", "LOC") in _ents("部队隐蔽在武山脚下。")


# ---------------------------------------------------------------- a description opened by an everyday word
def test_everyday_word_before_dao_is_no_island():
    assert _of("那是东海的世界名岛。", "LOC") == ["东海"]


def test_unfamiliar_islands_kept():
    assert ("大鹿岛", "LOC") in _ents("部队登上的大鹿岛。")
    assert ("石头河湾", "LOC") in _ents("在石头河湾附近。")
