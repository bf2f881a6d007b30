"""Classes found by auditing Chinese pages on other eras and other countries' wars (late Qing, the world
wars, Indochina, the Sino-Indian war, PRC 1950s; session 12, auditzh12); own sentences, exact spans."""

from sentences import surface_norm as _norm, surface_spans as _spans


# ---------------------------------------------------------------- foreign names before a rank or a formation

def test_foreign_name_before_general():
    text = "1952年，巴黎任命萨朗将军为远征军总司令。"
    assert ("萨朗", 10, 12, "PERSON") in _spans(text, "PERSON")


def test_foreign_name_after_army_before_brigadier():
    text = "守军最后俘获了法军德布吕纳准将。"
    assert ("德布吕纳", 9, 13, "PERSON") not in _spans(text)   # 吕 is no transliteration character: no guess
    text = "守军最后俘获了法军德卡斯特里准将。"
    assert ("德卡斯特里", 9, 14, "PERSON") in _spans(text, "PERSON")


def test_foreign_name_before_numbered_army():
    text = "克莱斯特第1装甲集团军向南突进，曼施坦因第11集团军围攻要塞。"
    persons = _spans(text, "PERSON")
    assert ("克莱斯特", 0, 4, "PERSON") in persons
    assert ("曼施坦因", 16, 20, "PERSON") in persons
    units = _spans(text, "MIL_UNIT")
    assert ("第1装甲集团军", 4, 11, "MIL_UNIT") in units
    assert ("第11集团军", 20, 26, "MIL_UNIT") in units


def test_dotted_name_with_one_character_surname_before_service_rank():
    text = "会上，托马斯·金海军中将发言。"
    assert _spans(text) == [("托马斯·金", 3, 8, "PERSON")]


def test_no_foreign_name_from_country_abbreviations_or_posts():
    assert _spans("苏德第二阶段的作战开始了。", "PERSON") == []
    assert _spans("他将军队调往前线。", "PERSON") == []
    assert ("吉林", 0, 2, "GPE") in _spans("吉林将军长顺奉命出兵。")


# ---------------------------------------------------------------- -grad cities named after a person

def test_grad_city_is_a_place_not_the_person():
    text = "德军兵临斯大林格勒，伏罗希洛夫格勒亦告急。"
    spans = _spans(text)
    assert ("斯大林格勒", 4, 9, "GPE") in spans
    assert ("伏罗希洛夫格勒", 10, 17, "GPE") in spans
    assert not [s for s in spans if s[3] == "PERSON"]


def test_grad_city_after_verb_of_reaching():
    text = "先头部队抵达加里宁格勒。"
    assert ("加里宁格勒", 6, 11, "GPE") in _spans(text)


# ---------------------------------------------------------------- names listed with their unit in brackets

def test_names_listed_with_units_in_brackets():
    text = "受访的老兵有：周长林（一营三连）、石永福（炮兵连）、赵德和（二排）。"
    persons = _spans(text, "PERSON")
    assert ("周长林", 7, 10, "PERSON") in persons
    assert ("石永福", 17, 20, "PERSON") in persons
    assert ("赵德和", 26, 29, "PERSON") in persons
    assert not [s for s in _spans(text) if s[3] == "GPE"]


def test_places_with_brackets_stay_places():
    text = "清军退守高阳（今属河北）、文安（今属河北）。"
    assert not [s for s in _spans(text) if s[3] == "PERSON"]


# ---------------------------------------------------------------- reign names before 皇帝/帝

def test_reign_emperor_is_not_the_county():
    text = "咸丰皇帝逃往热河，咸丰帝病死于避暑山庄。"
    assert not [s for s in _spans(text, "GPE") if s[0] == "咸丰"]
    assert ("咸丰县城", 0, 4, "GPE") in _spans("咸丰县城驻有一个营。")


# ---------------------------------------------------------------- a nation's 国防军

def test_national_defence_force_with_its_nation():
    text = "1943年，德国国防军在东线损失惨重。"
    assert ("德国国防军", 6, 11, "MIL_UNIT") in _spans(text, "MIL_UNIT")
    assert _spans("必须加强国防军建设。", "MIL_UNIT") == []


# ---------------------------------------------------------------- Red Army guards designations and named fronts

def test_guards_designation_with_number_first():
    text = "第3近卫坦克集团军向西推进，第13近卫步兵师守住了渡口。"
    units = _spans(text, "MIL_UNIT")
    assert ("第3近卫坦克集团军", 0, 9, "MIL_UNIT") in units
    assert ("第13近卫步兵师", 14, 22, "MIL_UNIT") in units
    norm = _norm(text, "第3近卫坦克集团军")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([3], "集团军", "近卫坦克")


def test_guards_designations_sharing_one_echelon():
    text = "苏军第15、95近卫步兵师在城北坚守。"
    assert _spans(text, "MIL_UNIT") == [("第15、95近卫步兵师", 2, 13, "MIL_UNIT")]
    assert _norm(text, "第15、95近卫步兵师")["numbers"] == [15, 95]


def test_named_fronts_of_the_red_army():
    text = "布良斯克方面军与中央方面军会合后，苏加里宁方面军也发起进攻。"
    units = _spans(text, "MIL_UNIT")
    assert ("布良斯克方面军", 0, 7, "MIL_UNIT") in units
    assert ("中央方面军", 8, 13, "MIL_UNIT") in units
    assert ("加里宁方面军", 18, 24, "MIL_UNIT") in units
    assert _norm(text, "中央方面军")["echelon"] == "方面军"


# ---------------------------------------------------------------- Taiping titles before listed names

def test_titled_list_keeps_titles_outside():
    text = "封为听王陈炳文、康王汪海洋、列王方成宗等人。"
    persons = _spans(text, "PERSON")
    assert ("陈炳文", 4, 7, "PERSON") in persons
    assert ("汪海洋", 10, 13, "PERSON") in persons
    assert ("方成宗", 16, 19, "PERSON") in persons
    assert not [p for p in persons if "王" in p[0]]


# ---------------------------------------------------------------- compass parts of an ocean

def test_compass_parts_of_oceans():
    text = "潜艇从北大西洋转往西南太平洋，再驶入中太平洋。"
    locs = _spans(text, "LOC")
    assert ("北大西洋", 3, 7, "LOC") in locs
    assert ("西南太平洋", 9, 14, "LOC") in locs
    assert ("中太平洋", 18, 22, "LOC") in locs
    assert not _spans(text, "ORG")


def test_ocean_part_not_after_relative_direction():
    text = "舰队驶至该岛以北太平洋海域。"
    assert ("北太平洋", 7, 11, "LOC") not in _spans(text)


# ---------------------------------------------------------------- marine and mountain arms after the number

def test_marine_and_mountain_arms_between_number_and_echelon():
    text = "美军第3陆战师和第2海军陆战师登陆，德军第6山地师北撤。"
    units = _spans(text, "MIL_UNIT")
    assert ("第3陆战师", 2, 7, "MIL_UNIT") in units
    assert ("第2海军陆战师", 8, 15, "MIL_UNIT") in units
    assert ("第6山地师", 20, 25, "MIL_UNIT") in units
    norm = _norm(text, "第3陆战师")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([3], "师", "陆战")


# ---------------------------------------------------------------- dotted names with a Latin middle initial

def test_dotted_names_with_middle_initial():
    text = "华盛顿任命约翰·R·霍奇中将为军长，小乔治·S·巴顿则留在欧洲。"
    persons = _spans(text, "PERSON")
    assert ("约翰·R·霍奇", 5, 12, "PERSON") in persons
    assert ("小乔治·S·巴顿", 18, 26, "PERSON") in persons


def test_numbered_front_is_left_whole():
    text = "第一远东方面军越过边境。"
    assert _spans(text, "MIL_UNIT") == [("第一远东方面军", 0, 7, "MIL_UNIT")]
