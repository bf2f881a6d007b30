"""Career-list forms of military biographies (session 14 audit, auditzh22): pipeline/rules/career_forms_zh.py and the
small reading fixes of the same audit (persons, quantities, places, units).

Sentences written for these tests (made-up names, places and careers); each class asserts exact spans, labels and,
where the class sets one, the value, and at least one negative case."""

from pipeline import extract_text


def _all(text):
    return extract_text(text)["entities"]


def _ents(text):
    return [(e["label"], e["text"]) for e in _all(text)]


def _labels(text, label):
    return [e["text"] for e in _all(text) if e["label"] == label]


# --- ORG: schools of an arm of service --------------------------------------------------------------------


def test_arm_academy_is_one_org():
    ents = _ents("1956年他调任坦克兵学院副院长,后任防化兵学院教务部长。")
    assert ("ORG", "坦克兵学院") in ents
    assert ("ORG", "防化兵学院") in ents


def test_arm_academy_with_subject_and_level():
    ents = _ents("战后任炮兵指挥学院训练部长,后调第三高级步兵学校任副校长。")
    assert ("ORG", "炮兵指挥学院") in ents
    assert ("ORG", "第三高级步兵学校") in ents


def test_arm_academy_in_a_list_after_a_mark():
    ents = _ents("历任通信兵技术学院政委、铁道兵学院院长。")
    assert ("ORG", "通信兵技术学院") in ents
    assert ("ORG", "铁道兵学院") in ents


def test_arm_school_kind_after_a_counting_word_is_no_name():
    assert _labels("各装甲兵学院都派了代表。", "ORG") == []
    assert _labels("那所工程兵技术学校规模不大。", "ORG") == []


# --- ORG: the New Army's training offices ---------------------------------------------------------------------


def test_training_office_with_province_or_owner():
    ents = _ents("光绪三十一年他调任江西督练公所帮办,次年入北洋陆军督练处。")
    assert ("ORG", "江西督练公所") in ents
    assert ("ORG", "北洋陆军督练处") in ents


def test_training_office_alone_is_no_name():
    assert _labels("督练公所设于城东。", "ORG") == []


# --- MIL_UNIT: a province's mixed brigade, a flotilla -----------------------------------------------------------


def test_province_mixed_brigade_without_number():
    ents = _all("宣统元年任广西混成协协统,民国初年改任山东混成旅旅长。")
    units = [(e["text"], e["norm"].get("echelon")) for e in ents if e["label"] == "MIL_UNIT"]
    assert units == [("广西混成协", "协"), ("山东混成旅", "旅")]
    assert not [e for e in ents if e["label"] == "GPE" and e["text"] in ("广西", "山东")]


def test_numbered_mixed_brigade_unchanged_and_bare_mixed_is_nothing():
    assert ("MIL_UNIT", "第二混成旅") in _ents("他调入第二混成旅。")
    assert _labels("混成旅的编制很小。", "MIL_UNIT") == []


def test_flotilla_named_by_force_or_waters():
    ents = _ents("他早年隶楚军水师,后调洞庭湖水师。")
    assert ("MIL_UNIT", "楚军水师") in ents or ("MIL_UNIT", "洞庭湖水师") in ents
    assert ("MIL_UNIT", "洞庭湖水师") in ents


def test_bare_flotilla_is_nothing():
    assert _labels("水师的船只多已朽坏。", "MIL_UNIT") == []


# --- GPE: a river naming a province before a provincial post -----------------------------------------------------


def test_province_river_before_post_is_gpe():
    ents = _all("光绪末年他署黑龙江巡抚,旋调黑龙江督办。")
    provinces = [e for e in ents if e["text"] == "黑龙江"]
    assert len(provinces) == 2 and all(e["label"] == "GPE" for e in provinces)


def test_province_river_as_river_stays_loc():
    assert ("LOC", "黑龙江") in _ents("部队沿黑龙江东岸行进。")


# --- service schools: 北洋 / 通国 before 陆军 ------------------------------------------------------------------------


def test_beiyang_service_school_one_org_with_seat():
    ents = _ents("他早年入天津北洋陆军军医学堂。")
    assert ("ORG", "天津北洋陆军军医学堂") in ents
    assert not [e for e in ents if e[0] == "GPE"]


# --- HQ departments with their force (guideline 15) ------------------------------------------------------------


def test_general_departments_with_force_are_one_unit():
    ents = _ents("1950年调解放军总参谋部工作,后任红军总后勤部顾问。")
    assert ("MIL_UNIT", "解放军总参谋部") in ents
    assert ("MIL_UNIT", "红军总后勤部") in ents


def test_general_department_alone_stays_org():
    assert ("ORG", "总政治部") in _ents("他调到总政治部工作。")


# --- local office: a county's conscription bureau ----------------------------------------------------------------


def test_county_conscription_bureau_is_one_org():
    ents = _ents("1956年他任桐城县兵役局局长。")
    assert ("ORG", "桐城县兵役局") in ents
    assert not [e for e in ents if e[0] == "GPE"]


def test_conscription_bureau_without_place():
    assert _labels("兵役局的工作很忙。", "ORG") == []


# --- PERSON false positives of career lists ---------------------------------------------------------------------


def test_deputy_mark_after_the_verb_is_no_name():
    ents = _ents("1947年随部南下,任副旅长兼参谋长。")
    assert not [e for e in ents if e[0] == "PERSON"]
    assert ("PERSON", "赵明德") in _ents("师部决定,赵明德任副旅长。") or ("PERSON", "赵明德") in _ents("由赵明德任副旅长。")


def test_numbered_route_post_is_no_surname():
    ents = _ents("1930年他改任第5路总指挥。")
    assert not [e for e in ents if e[0] == "PERSON"]


def test_surname_adverb_verb_is_no_three_character_name():
    ents = _ents("第二年扩编第88师,孙又升任团长。")
    assert ("PERSON", "孙又升") not in ents
    assert ("PERSON", "孙又新") in _ents("由孙又新任团长。")


def test_medal_after_its_class_is_no_person():
    ents = _ents("他曾获二级红星荣誉章和一级独立自由勋章。")
    assert not [e for e in ents if e[0] == "PERSON"]


def test_native_province_before_ji_is_no_village():
    ents = _ents("他是四川籍人,部下多为湖南籍士兵。")
    assert ("GPE", "四川") in ents
    assert not [e for e in ents if "籍" in e[1]]


def test_one_of_the_members_is_no_count():
    assert _labels("从此他成为新桂系的一员。", "QUANTITY") == []


def test_military_affairs_after_a_commander_is_no_force():
    ents = _ents("次年奉命襄办钦差大臣杨岳斌军务。")
    assert not [e for e in ents if e[0] == "MIL_UNIT"]
    assert ("MIL_UNIT", "杨岳斌军") in _ents("杨岳斌军进驻兰州。")


def test_flotilla_after_a_country_or_dynasty_is_generic():
    ents = _ents("甲午以后,清朝水师一蹶不振。")
    assert not [e for e in ents if e[0] == "MIL_UNIT"]


def test_courtesy_name_that_is_a_place_is_person():
    ents = _ents("周德全,字泰安,山东人。")
    assert ("PERSON", "泰安") in ents
    assert ("GPE", "泰安") not in ents
    assert ("GPE", "山东") in ents


def test_place_without_courtesy_cue_stays_place():
    assert ("GPE", "泰安") in _ents("周德全到了泰安。")


# --- MIL_UNIT: a column named by direction, cause and mission; a region's column numbered without 第 -------------


def test_column_with_direction_cause_and_mission_is_one_unit():
    ents = _ents("1939年任新四军西进抗日挺进支队参谋长。")
    assert ("MIL_UNIT", "新四军西进抗日挺进支队") in ents


def test_cause_and_kind_alone_are_no_column_name():
    assert _labels("各县纷纷组织抗日挺进支队。", "MIL_UNIT") == []


def test_region_command_with_bare_numbered_column_is_one_unit():
    ents = _all("战后编入中原军区三纵队,次年转隶东北野战军六纵队。")
    units = [(e["text"], e["norm"].get("numbers"), e["norm"].get("echelon")) for e in ents if e["label"] == "MIL_UNIT"]
    assert ("中原军区三纵队", [3], "纵队") in units
    assert ("东北野战军六纵队", [6], "纵队") in units


def test_region_command_before_counted_columns_stays_apart():
    ents = _ents("华中军区两个纵队南下。")
    assert ("MIL_UNIT", "华中军区") in ents
    assert not [e for e in ents if e[1].endswith("两个纵队") and e[0] == "MIL_UNIT"]


# --- Japanese officers' careers: the Guards' infantry regiments, the Army War College -----------------------------


def test_guards_infantry_regiment_keeps_its_guards_prefix():
    ents = _all("他任官后配属近卫步兵第3联队。")
    units = [(e["text"], e["norm"].get("numbers"), e["norm"].get("prefix")) for e in ents if e["label"] == "MIL_UNIT"]
    assert units == [("近卫步兵第3联队", [3], "近卫步兵")]
    plain = [e["norm"].get("prefix") for e in _all("他配属步兵第3联队。") if e["label"] == "MIL_UNIT"]
    assert plain == ["步兵"]


def test_japanese_army_war_college_keeps_its_xiao():
    assert ("ORG", "陆军大学校") in _ents("1921年他自陆军大学校毕业。")
    assert ("ORG", "陆军大学") in _ents("1921年他自陆军大学毕业。")


def test_war_college_head_is_a_post():
    assert ("ORG", "陆军大学") in _ents("他兼任陆军大学校长。")
