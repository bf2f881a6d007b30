"""Session 29 (s29zhlong): longer Chinese names that hold a place or a number. force_place_subunits_zh (a named
force's sub-unit named by a place), the Communist ordnance offices' numbered works (enclosing_names_zh), a qualifier
before a region's numbered chain (regional_force_chains_zh), a county of one character before its own unit
(bare_designation_units_zh.county_start), military police named by their city (unit_forms_zh garrisons), a country
before a warship (places), and quoted nicknames ending in a post (puppet_quoted_forces_zh). Every sentence is written
for the test; the guideline rule each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _entity(text, name):
    return next(e for e in extract_text(text)["entities"] if e["text"] == name)


# --- force_place_subunits_zh ----------------------------------------------------------------------------------------

def test_named_force_and_its_place_named_battalion_are_one_unit():
    # guideline 3: a unit written with its parent is one span; the place inside is no GPE of its own
    text = "三月，珠江纵队顺德大队奉命北上。"
    e = _entity(text, "珠江纵队顺德大队")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "大队" and e["norm"]["numbers"] == []
    assert ("顺德", "GPE") not in _ents(text)


def test_independent_battalion_after_a_region_command_keeps_its_qualifier():
    e = _entity("冀中军区任丘独立大队夜袭据点。", "冀中军区任丘独立大队")
    assert e["label"] == "MIL_UNIT" and e["norm"]["prefix"] == "独立" and e["norm"]["echelon"] == "大队"


def test_no_subunit_before_a_post_a_further_designation_or_without_a_force():
    # the post 大队长 is outside any unit: the force and the place stay apart
    ents = _ents("他是珠江纵队顺德大队长。")
    assert ("珠江纵队顺德大队", "MIL_UNIT") not in ents and ("珠江纵队", "MIL_UNIT") in ents
    # a place between a force and a verb is no sub-unit
    assert ("珠江纵队", "MIL_UNIT") in _ents("珠江纵队在顺德活动。")
    # a bare place + 大队 with no force before it (also a commune's production brigade) is left alone
    assert not any(lab == "MIL_UNIT" for _, lab in _ents("他回到顺德大队劳动。"))
    # a chain going on after the head is read whole by the unit finders, not cut at the head
    ents = _ents("编为中国工农红军陕南游击队第5支队。")
    assert ("中国工农红军陕南游击队", "MIL_UNIT") not in ents


# --- regional_force_chains_zh: a qualifier before the numbered chain ------------------------------------------------------

def test_named_force_region_and_qualified_numbered_chain_are_one_unit():
    # guideline 2: an army name that is part of the designation stays inside; guideline 3: parents written together
    e = _entity("编入新四军苏北独立第一团。", "新四军苏北独立第一团")
    assert e["label"] == "MIL_UNIT" and e["norm"]["numbers"] == [1] and e["norm"]["prefix"] == "独立"
    assert e["norm"]["echelon"] == "团"
    e = _entity("改编为东北民主联军吉东独立第三团第2连。", "东北民主联军吉东独立第三团第2连")
    assert e["norm"]["numbers"] == [3, 2] and e["norm"]["echelon"] == "连"


def test_no_chain_where_the_qualifier_is_an_adverb():
    ents = _ents("八路军在冀中独立作战。")
    assert ("八路军", "MIL_UNIT") in ents and not any("独立" in t for t, _ in ents)


# --- enclosing_names_zh: an ordnance office's numbered works ------------------------------------------------------------

def test_ordnance_office_and_its_numbered_works_are_one_facility():
    # the readings take a numbered works and a works named by the office that ran it as one FAC (兵工署第一工厂)
    ents = _ents("后来并入军工部三所，军工局第一厂也迁来了。")
    assert ("军工部三所", "FAC") in ents and ("军工局第一厂", "FAC") in ents
    assert not any(lab == "QUANTITY" for _, lab in ents)          # 三所 is no count of works here


def test_no_works_where_the_numeral_counts_or_a_word_goes_on():
    assert not any(lab == "FAC" for _, lab in _ents("兵工部所属各厂"))
    assert ("三所", "QUANTITY") in _ents("当地新办了三所学校。")


# --- bare_designation_units_zh.county_start: a county of one character ------------------------------------------------------

def test_one_character_county_before_its_own_unit():
    # the readings keep a county inside its local force (X县大队, X县独立营)
    e = _entity("，邳县独立营前来会合。", "邳县独立营")
    assert e["label"] == "MIL_UNIT" and e["norm"]["prefix"] == "独立" and e["norm"]["echelon"] == "营"
    assert ("沛县大队", "MIL_UNIT") in _ents("由沛县大队接防。")


def test_no_one_character_county_from_a_verb_or_a_word_before_xian():
    assert not any(lab == "MIL_UNIT" for _, lab in _ents("他任县大队长。"))
    assert not any(t.startswith("定县") for t, _ in _ents("会上决定县大队马上出发。"))
    assert not any(lab == "MIL_UNIT" for _, lab in _ents("全县大队以上干部都来了。"))


# --- unit_forms_zh: military police named by their city -------------------------------------------------------------------

def test_city_military_police_is_a_unit():
    e = _entity("他被徐州宪兵队逮捕。", "徐州宪兵队")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "宪兵队"
    assert ("北平宪兵分队", "MIL_UNIT") in _ents("北平宪兵分队奉命出动。")


def test_bare_military_police_is_generic():
    # guideline 5: no designation, no unit
    assert not any(lab == "MIL_UNIT" for _, lab in _ents("他被宪兵队抓走了。"))


# --- places: a country before a warship -----------------------------------------------------------------------------------

def test_country_before_a_warship_is_the_country():
    for text, country in (("英国兵舰驶入港内。", "英国"), ("两艘法国军舰停泊江面。", "法国"), ("日本兵船三艘开到。", "日本")):
        assert (country, "GPE") in _ents(text), text


def test_vessel_named_after_a_town_is_no_place():
    # the earlier reading stands: a vessel named after a county before 舰 is the ship's name (永丰舰)
    ents = _ents("孙中山登永丰舰。")
    assert ("永丰", "GPE") not in ents
    assert ("日本兵", "GPE") not in _ents("日本兵杀人放火。") and ("日本", "GPE") not in _ents("日本兵杀人放火。")


# --- puppet_quoted_forces_zh: a quoted nickname ending in a post ------------------------------------------------------------

def test_quoted_nickname_ending_in_a_post_is_no_force():
    ents = _ents("人称“狗肉将军”，又称“王督军”。")
    assert not any(lab == "MIL_UNIT" for _, lab in ents)
    # a quoted force name still is one
    assert ("铁石部队", "MIL_UNIT") in _ents("这支“铁石部队”开到前线。")


# --- county_start: 独立大队 after a county --------------------------------------------------------------------------------

def test_county_independent_battalion():
    e = _entity("和沛县独立大队会合。", "沛县独立大队")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "大队" and e["norm"]["prefix"] == "独立"


# --- puppet_quoted_forces_zh: a force named in quotes is the force at its bare mentions ---------------------------------------

def test_force_named_in_quotes_after_a_naming_word_is_the_force_again_bare():
    text = "某某游击支队(简称“陇东南下支队”),成立于某村。陇东南下支队是当地首支武装。"
    spans = [(e["start"], e["end"]) for e in extract_text(text)["entities"]
             if e["label"] == "MIL_UNIT" and e["text"] == "陇东南下支队"]
    assert len(spans) == 2


def test_quoted_kind_after_a_verb_of_founding_is_not_propagated():
    text = "合并成立“乡民自卫总队”。各县乡民自卫总队随后改组。"
    bare = [e for e in extract_text(text)["entities"] if e["text"] == "乡民自卫总队" and e["start"] > 15]
    assert not bare or all(e["source"] != "rule:unit-quoted-force" for e in bare)


# --- settlement_frames_zh: a valley named by an ordinal -------------------------------------------------------------------

def test_ordinal_valley_is_a_place_not_a_count():
    assert ("二道川", "LOC") in _ents("他们收复了二道川。")
    assert ("三道岔", "GPE") in _ents("部队走到三道岔宿营。")
    assert ("三道", "QUANTITY") in _ents("上级连下三道命令。")


# --- name_walk.name_start: a province before a named place ----------------------------------------------------------------

def test_province_before_a_place_named_event_opens_no_place_across_the_boundary():
    # guideline 6: a place that only modifies the next name is its own span; the event keeps its own place whole
    # (the walk stopped at the province, and 苏南 / 南平 across the boundary is no place of the name)
    ents = _ents("1927年江苏南通暴动失败。")
    assert ("江苏", "GPE") in ents and ("南通暴动", "EVENT") in ents and ("苏南通暴动", "EVENT") not in ents
    ents = _ents("这就是湖南平江惨案。")
    assert ("湖南", "GPE") in ents and ("平江惨案", "EVENT") in ents
    # a place the walk split inside one name still opens it (黄海 of 黄海大东沟海战)
    assert ("黄海大东沟海战", "EVENT") in _ents("史称黄海大东沟海战。")
