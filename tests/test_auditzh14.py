"""Classes found by auditing encyclopedia-style pages on warlord-era generals, the Northern Expedition and the Red
Army's counter-encirclement campaigns (session 13, auditzh14); own sentences, exact spans and values."""

from sentences import surface_norm as _norm, surface_spans as _spans


# ---------------------------------------------------------------- 第N师大部: the unit before 大部 (not 师大)

def test_division_before_its_greater_part():
    text = "我军歼灭第33师大部，击溃第9师一部。"
    units = _spans(text, "MIL_UNIT")
    assert ("第33师", 4, 8, "MIL_UNIT") in units
    assert ("第9师", 13, 16, "MIL_UNIT") in units
    assert _norm(text, "第33师")["numbers"] == [33]
    text = "敌第十二师大败而逃。"
    assert ("第十二师", 1, 5, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_normal_university_is_no_division():
    assert _spans("他毕业于西南师大，后任教员。", "MIL_UNIT") == []
    assert _spans("该师大部被歼。", "MIL_UNIT") == []


# ---------------------------------------------------------------- 二十九年(1903): a bare era year glossed

def test_bare_era_year_with_gloss_is_a_date():
    text = "宣统元年(1909)入学堂，二年(1910)毕业，三年(1911)任管带。"
    dates = {s[0]: _norm(text, s[0]).get("value") for s in _spans(text, "DATE")}
    assert dates.get("二年") == "1910"
    assert dates.get("三年") == "1911"
    assert not [s for s in _spans(text, "QUANTITY") if s[0] in ("二年", "三年")]
    text = "民国二十年(1931)任旅长，二十二年(1933)升师长。"
    spans = _spans(text)
    assert ("二十二年", 15, 19, "DATE") in spans
    assert _norm(text, "二十二年")["value"] == "1933"


def test_duration_with_range_gloss_stays_a_count():
    text = "他在军中服役十五年(1920—1935)。"
    assert ("十五年", 6, 9, "QUANTITY") in _spans(text)
    text = "他坚守了七年(1937)。"     # no era gives year 7 = 1937
    assert ("七年", 4, 6, "DATE") not in _spans(text)


# ---------------------------------------------------------------- X战斗 named by a town, used as a noun

def test_town_battle_as_subject_or_object():
    text = "枫林战斗结束后，红军转兵东进。"
    assert ("枫林战斗", 0, 4, "EVENT") in _spans(text, "EVENT")
    text = "经过沙溪战斗，红军缴获甚多。"
    assert ("沙溪战斗", 2, 6, "EVENT") in _spans(text, "EVENT")
    text = "红三军团取得了石桥战斗的胜利。"
    assert ("石桥战斗", 7, 11, "EVENT") in _spans(text, "EVENT")
    text = "部队东移，塘湾战斗作为反攻的开篇打响。"
    assert ("塘湾战斗", 5, 9, "EVENT") in _spans(text, "EVENT")


def test_fighting_described_is_no_event():
    for text in ("经过激烈战斗，部队撤离。", "当天战斗结束后，部队撤离。", "经过英勇战斗，敌军溃退。",
                 "部队在枫林战斗了三天。", "这场战斗结束后，部队休整。", "夜间战斗中，部队伤亡很大。"):
        assert _spans(text, "EVENT") == [], text


# ---------------------------------------------------------------- 第五十师: an ordinal, not the surname 第五

def test_ordinal_fifty_is_no_commander_surname():
    text = "敌军主力是王某某的第十师和赵某某的第五十师。"
    assert _norm(text, "第五十师")["numbers"] == [50]
    text = "第五十旅与第五十三师同时出发。"
    assert _norm(text, "第五十旅")["numbers"] == [50]
    assert _norm(text, "第五十三师")["numbers"] == [53]


# ---------------------------------------------------------------- 甲、乙、丙一线: no name ends in the 一 of 一线

def test_no_person_ending_in_yi_before_line_or_belt():
    text = "红军撤到宁都县的洛口、小布、麻田一线隐蔽。"
    assert not [s for s in _spans(text, "PERSON") if s[0].endswith("一")]
    assert ("王家一", 0, 3, "PERSON") in _spans("王家一、李四等人参加。", "PERSON")   # a name in 一 elsewhere stays


# ---------------------------------------------------------------- a school's numbered unit; posts, not surnames

def test_school_owned_training_regiment_is_one_unit():
    text = "陆军军官学校教导第二团开赴前线，他在黄埔军校教导第一团任营长。"
    units = _spans(text, "MIL_UNIT")
    assert ("陆军军官学校教导第二团", 0, 11, "MIL_UNIT") in units
    assert ("黄埔军校教导第一团", 18, 27, "MIL_UNIT") in units
    norm = _norm(text, "陆军军官学校教导第二团")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([2], "团", "教导")
    assert _spans(text, "PERSON") == []          # 任营长: the verb, not the surname 任


def test_unnumbered_school_unit_keeps_the_school():
    text = "他在黄埔军校教导团任职。"
    assert ("黄埔军校", 2, 6, "ORG") in _spans(text)
    assert ("三团", 0, 2, "MIL_UNIT") in _spans("三团王团长率部出击。")
    assert ("王", 2, 3, "PERSON") in _spans("三团王团长率部出击。")


def test_cadet_team_post_is_no_surname():
    text = "军校设队长、区队长和教官，区队长李某带队出操。"
    persons = _spans(text, "PERSON")
    assert not [p for p in persons if p[0] == "区"]
    assert ("李某", 16, 18, "PERSON") in persons


# ---------------------------------------------------------------- named prisons and camps are FAC

def test_named_prison_is_a_facility_with_its_city():
    text = "1931年，他被押往武昌陆军监狱，后转至漕河泾监狱。"
    facs = _spans(text, "FAC")
    assert ("武昌陆军监狱", 10, 16, "FAC") in facs
    assert ("漕河泾监狱", 20, 25, "FAC") in facs
    assert not [s for s in _spans(text, "GPE") if s[0] == "武昌"]


def test_generic_prison_is_none():
    for text in ("他被关进了该监狱。", "敌人把他关进一所监狱。", "他在监狱里坚持斗争。", "他被送进军人监狱。"):
        assert _spans(text, "FAC") == [], text


# ---------------------------------------------------------------- 组织|五省联军: the verb is outside the army

def test_counted_provinces_before_an_army_are_its_name():
    text = "孙传芳组织五省联军，自任总司令。"
    assert ("五省联军", 5, 9, "MIL_UNIT") in _spans(text, "MIL_UNIT")
    assert not [s for s in _spans(text, "QUANTITY")]
    assert ("苏浙皖赣闽五省联军总司令部", 0, 13, "MIL_UNIT") in _spans("苏浙皖赣闽五省联军总司令部成立。", "MIL_UNIT")


# ---------------------------------------------------------------- infobox rows; 大清 + 河南省

def test_infobox_predecessor_cell_is_a_person():
    text = "前任 | 和靖远 |\n继任 | 公孙某 |\n配偶 | 門秀英 |"
    persons = _spans(text, "PERSON")
    assert ("和靖远", 5, 8, "PERSON") in persons
    assert ("門秀英", 27, 30, "PERSON") in persons


def test_infobox_cell_of_a_place_or_word_is_no_person():
    assert _spans("继任 | 中国 |", "PERSON") == []
    assert _spans("他的前任是谁？", "PERSON") == []


def test_qing_birthplace_splits_at_the_province():
    text = "出生 | 大清河北省保定府清苑县 | 1890年"
    spans = _spans(text)
    assert ("大清", 5, 7, "GPE") in spans
    assert ("河北省", 7, 10, "GPE") in spans
    assert ("大清河", 0, 3, "LOC") in _spans("大清河北岸有敌军。")


# ---------------------------------------------------------------- order-of-battle strengths; ships named after counties

def test_bracketed_strength_after_a_force_is_a_bare_count():
    text = "守军\n  • 第三师(9200)\n  • 保安队(1850)\n  • 独立第五旅(2,600)"
    counts = _spans(text, "QUANTITY")
    assert ("9200", 11, 15, "QUANTITY") in counts
    assert ("1850", 25, 29, "QUANTITY") in counts
    assert ("2,600", 41, 46, "QUANTITY") in counts
    assert _norm(text, "2,600") == {"value": 2600, "unit": "", "approx": None}


def test_bracketed_year_after_a_force_is_no_count():
    assert _spans("第十九路军(1932)参加淞沪抗战。", "QUANTITY") == []
    assert _spans("他著有《战史》(1932)一书。", "QUANTITY") == []


def test_vessel_named_after_a_county_is_no_place():
    for text in ("  • 泰和号运输舰", "孙中山登上永丰舰。"):
        assert [s for s in _spans(text) if s[3] in ("GPE", "LOC")] == [], text
    assert [s for s in _spans("吉安号炮艇驶入长江。") if s[3] in ("GPE", "LOC")] == [("长江", 7, 9, "LOC")]
    assert ("福建舰队", 0, 4, "MIL_UNIT") in _spans("福建舰队司令部设在马尾。", "MIL_UNIT")


# ---------------------------------------------------------------- ranges of ten-thousands; bare counts at the text's edges

def test_range_of_myriads_has_two_ends():
    text = "兵力约3万-6万人。"
    counts = _spans(text, "QUANTITY")
    assert ("约3万", 2, 5, "QUANTITY") in counts
    assert ("6万人", 6, 9, "QUANTITY") in counts
    text = "守军兵力 2万～4万人"
    assert ("4万人", 8, 11, "QUANTITY") in _spans(text, "QUANTITY")     # the tilde links the ends, no approximator
    assert _spans("兵力\n4萬-8万", "QUANTITY") == [("4萬", 3, 5, "QUANTITY"), ("8万", 6, 8, "QUANTITY")]


def test_bare_count_at_the_text_edges():
    assert _spans("敌军阵亡2500", "QUANTITY") == [("2500", 4, 8, "QUANTITY")]
    assert _spans("3万余人参战", "QUANTITY") == [("3万余人", 0, 4, "QUANTITY")]
    assert _spans("型号B-29", "QUANTITY") == []
    assert _spans("见图3", "QUANTITY") == []


# ---------------------------------------------------------------- coordinated battles and days

def test_coordinated_landform_battles_share_one_head():
    text = "在雁宿崖、黄土岭战斗中，八路军歼敌甚多。"
    assert ("雁宿崖、黄土岭战斗", 1, 10, "EVENT") in _spans(text, "EVENT")
    text = "1939年冬，平型关、娘子关战斗相继结束。"
    assert ("平型关、娘子关战斗", 7, 16, "EVENT") in _spans(text, "EVENT")


def test_coordinated_cities_fought_in_are_no_battle():
    text = "部队在温州市、松阳县战斗，随后北撤。"
    assert not [s for s in _spans(text, "EVENT") if "、" in s[0]]


def test_coordinated_days_are_dates():
    text = "1938年3月14日开战，随后的16日和17日又两次交火。"
    dates = {s[0]: _norm(text, s[0])["value"] for s in _spans(text, "DATE")}
    assert dates.get("16日") == "1938-03-16"
    assert dates.get("17日") == "1938-03-17"
    assert _spans("战斗持续了3日。", "DATE") == []


# ---------------------------------------------------------------- warlord-era army forms

def test_verb_of_building_is_outside_the_provincial_army():
    text = "大元帅府派人组建滇军第三师，又重建桂军第二师。"
    units = _spans(text, "MIL_UNIT")
    assert ("滇军第三师", 8, 13, "MIL_UNIT") in units
    assert ("桂军第二师", 17, 22, "MIL_UNIT") in units
    assert ("讨贼军", 5, 8, "MIL_UNIT") in _spans("孙中山组织讨贼军北伐。", "MIL_UNIT")


def test_cause_army_keeps_the_numbers_of_its_designation():
    text = "他出任人民革命军第二方面军总指挥。"
    assert _norm(text, "人民革命军第二方面军")["numbers"] == [2]


def test_chinese_division_before_regiment_commander_post():
    text = "1926年他任国民革命军第七军第八师团长。"
    assert ("国民革命军第七军第八师", 7, 18, "MIL_UNIT") in _spans(text, "MIL_UNIT")
    assert _norm(text, "国民革命军第七军第八师")["numbers"] == [7, 8]
    assert ("第九师团", 2, 6, "MIL_UNIT") in _spans("日军第九师团长吉住良辅下令进攻。", "MIL_UNIT")


# ---------------------------------------------------------------- 时 as a given name's first character after a post

def test_given_name_opening_with_shi_after_a_post():
    text = "第八师师长孙时雍在前线督战。"
    assert ("孙时雍", 5, 8, "PERSON") in _spans(text, "PERSON")
    assert not [s for s in _spans("军长李时年四十岁。", "PERSON") if s[0].startswith("李时")]
    assert not [s for s in _spans("军长王时任前敌总指挥。", "PERSON") if s[0].startswith("王时")]
