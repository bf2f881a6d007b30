"""Session 17 audit of place labels (auditzh53): place_kinds_zh (counted forts, river islets, garrison towns, names
measured from) and the guards it came with (a count before 炮台, a verb's character before a facility, 将/普通 before
县城, 很 after a county). Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _of(text, label):
    return [t for t, lab in _ents(text) if lab == label]


# ---------------------------------------------------------------- forts counted as forts
def test_forts_listed_and_counted_after_the_head():
    ents = _ents("山上的炮台共有镇南、定北、安平三座，俯瞰港口。")
    assert ("镇南", "FAC") in ents and ("定北", "FAC") in ents and ("安平", "FAC") in ents
    assert not [t for t, lab in ents if lab == "GPE" and t in ("镇南", "定北", "安平")]


def test_forts_listed_before_a_counted_head():
    ents = _ents("其中镇南、定北为两大炮台，安平为一小炮台。")
    assert ("镇南", "FAC") in ents and ("定北", "FAC") in ents and ("安平", "FAC") in ents


def test_a_count_of_forts_is_no_fort():
    facs = _of("此台与江阴的黄山炮台并称长江三大炮台。", "FAC")
    assert "黄山炮台" in facs
    assert not [t for t in facs if t.endswith("大炮台") and t[0] in "一二三四五六七八九十"]


def test_negative_towns_before_a_count_of_men():
    # a list of towns and a count of men: no forts
    ents = _ents("日军占领了定西、天水两地，驻兵三百人。")
    assert ("定西", "GPE") in ents and ("天水", "GPE") in ents


# ---------------------------------------------------------------- river islets
def test_islet_in_the_river_is_one_loc():
    ents = _ents("守军退到江中的鸭子洲，后来又撤离鸭子洲。")
    assert ents.count(("鸭子洲", "LOC")) == 2
    assert ("子洲", "GPE") not in ents


def test_islet_glossed_by_its_other_name():
    ents = _ents("太平军占据了牛头洲(即凤栖洲)，架设浮桥。")
    assert ("牛头洲", "LOC") in ents and ("凤栖洲", "LOC") in ents


def test_negative_county_zizhou_alone():
    assert ("子洲", "GPE") in _ents("部队从子洲出发，向米脂前进。")


# ---------------------------------------------------------------- garrison towns
def test_ming_garrison_towns():
    ents = _ents("倭寇曾围攻大鹏所城，又转攻平海卫城。")
    assert ("大鹏所城", "GPE") in ents and ("平海卫城", "GPE") in ents


def test_negative_no_garrison_town_in_a_clause():
    assert not [t for t, lab in _ents("这是他所城中最好的房子。") if t.endswith("所城")]


# ---------------------------------------------------------------- measured from
def test_name_measured_from():
    ents = _ents("该寨距石门坎一百二十里，离高沙约十五公里。")
    assert ("石门坎", "GPE") in ents and ("高沙", "GPE") in ents


def test_negative_generic_words_measured_from():
    ents = _ents("阵地距县城十五里，距海岸三公里。")
    assert not [t for t, lab in ents if lab in ("GPE", "LOC") and t in ("县城", "海岸")]


# ---------------------------------------------------------------- guards
def test_verb_character_stays_outside_a_facility():
    facs = _of("他后任金陵兵工厂厂长。我军攻克娘子关车站。连队守卫吴淞口炮台。", "FAC")
    assert "金陵兵工厂" in facs and "娘子关车站" in facs and "吴淞口炮台" in facs
    assert not [t for t in facs if t[0] in "任克卫"]


def test_negative_unfamiliar_facility_keeps_its_name():
    assert "柳溪桥" in _of("工兵炸毁了柳溪桥。", "FAC")


def test_county_town_in_general_is_no_county():
    gpes = _of("日军将县城划分为三级，普通县城只驻一个分队。", "GPE")
    assert "将县" not in gpes and "通县城" not in gpes


def test_degree_adverb_after_a_county_is_no_village():
    gpes = _of("蠡县离保定很近，敌人常来扫荡。", "GPE")
    assert gpes == ["蠡县", "保定"]


def test_negative_a_county_town_still_found():
    assert ("正定县城", "GPE") in _ents("日军一个中队驻守正定县城。")


def test_negative_guarding_the_town_is_no_garrison_town():
    assert not [t for t, lab in _ents("两团合力守卫城厢，死伤甚重。") if t.endswith("卫城")]


def test_negative_one_uncounted_fort_and_a_verb_of_leaving():
    ents = _ents("山顶为一座炮台，守军离开营地三十里扎营。")
    assert not [t for t, lab in ents if lab in ("FAC", "GPE") and t in ("山顶", "开营地", "营地")]
