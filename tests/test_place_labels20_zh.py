"""Session 20 label audit of GPE/LOC/FAC (s20zhlab): place lists closed by an area word, family villages of the
Jiangnan water country, islets in 屿, and guards on glued gates, framed structures and facility stems. Sentences
written for the tests, not copied from pages."""

from tests.sentences import ents


def _places(text: str) -> list[tuple[str, str]]:
    return [(s, lab) for s, lab in ents(text) if lab in ("GPE", "LOC", "FAC", "PERSON")]


# --- 1. a long 、-list closed by an area word (guideline table: villages GPE, hills LOC; docs: "unknown settlements
# listed before an area word are places (甲家厂、乙和坪地区: hill endings LOC, the rest GPE)")
def test_long_list_before_yidai_names_every_member():
    got = _places("我军在城郊枣林尾、石尖山、金霞观、马鞍坪、石板墩、曹集一带与敌对峙。")
    for name in ("枣林尾", "金霞观", "马鞍坪", "石板墩", "曹集"):
        assert (name, "GPE") in got
    assert ("石尖山", "LOC") in got


def test_list_closed_by_yixian_names_every_member():
    got = _places("守军沿四江口、新桥口、柳叶湾、望云山一线布防。")
    assert ("四江口", "GPE") in got and ("新桥口", "GPE") in got and ("柳叶湾", "GPE") in got
    assert ("望云山", "LOC") in got


def test_known_place_with_a_ferry_head_is_the_list_member():
    # a known place + 渡 listed among villages is the village (guideline 6: the suffix stays inside), not the county
    got = _places("敌军窜至青林坪、白沙渡、马家湾一带。")
    assert ("白沙渡", "GPE") in got and ("白沙", "GPE") not in got


def test_short_list_of_ordinary_words_is_no_place():
    got = _places("部队在训练、学习、生活、工作等方面一带头。")
    assert not any(lab in ("GPE", "LOC") for _, lab in got)


def test_long_list_mostly_unknown_words_is_no_place():
    got = _places("会上讨论了粮食问题、运输问题、卫生问题、宣传工作一带的事情。")
    assert not any(lab in ("GPE", "LOC") for _, lab in got)


# --- 2. family villages 姓+家+宅/角/行 (GPE; guideline table: village) and no PERSON
def test_family_villages_in_a_list_are_villages_not_persons():
    got = _places("日军攻占了钱家宅、孙家角、李家行，守军退至河边。")
    assert ("钱家宅", "GPE") in got and ("孙家角", "GPE") in got and ("李家行", "GPE") in got
    assert not any(lab == "PERSON" for _, lab in got)


def test_family_house_word_is_no_village():
    got = _places("张家宅院被大火烧毁。")
    assert not any(lab == "GPE" for _, lab in got)


def test_family_village_heads_kept():
    assert ("周家桥", "GPE") in _places("敌人进至周家桥。")


# --- 3. islets in 屿 (LOC: guideline table, island)
def test_islets_named_by_yu_are_loc():
    got = _places("清军筑炮台于麟屿上，与蛟屿、鹤屿互为犄角。")
    assert ("麟屿", "LOC") in got and ("蛟屿", "LOC") in got and ("鹤屿", "LOC") in got


def test_islands_as_a_kind_are_no_name():
    got = _places("沿海岛屿很多，诸屿皆有守兵。")
    assert not any(lab == "LOC" for _, lab in got)


# --- 4. a gate glued to a county name after a particle or a verb of moving: the county (GPE), no FAC gate
def test_particle_before_county_gate_is_no_gate():
    got = _places("浙省之海门与温州相望。")
    assert ("海门", "GPE") in got and not any(lab == "FAC" for _, lab in got)


def test_glued_gate_kept():
    # 挹江门 over the city 江门 stays a gate (landform_names_zh)
    assert ("挹江门", "FAC") in _places("守军撤出挹江门。")


# --- 5. the result of a verb is no structure's name; a conjunction opens no facility name
def test_result_complement_before_airfield_is_no_name():
    got = _places("守军务必看管好机场。")
    assert not any(lab == "FAC" for _, lab in got)


def test_conjunction_before_airfield_is_outside():
    got = _places("城防尚称可靠，但杏花岭机场孤悬城外。")
    assert ("杏花岭机场", "FAC") in got and ("但杏花岭机场", "FAC") not in got


def test_framed_structure_kept():
    assert ("郑家祠堂", "FAC") in _places("日军占领了郑家祠堂。")
