"""Classes seen on Chinese pages on the Korean War and the PLA's operations of 1949-1955 (session 15 audit,
auditzh32); every sentence written for the test."""

from tests.sentences import ent, ents


# --- a clause word before a generic 兵团 is no commander's name (unit_head_names._function_word)

def test_clause_word_before_generic_corps_is_no_unit():
    text = "按照兵团的命令,他们向北撤退。根据兵团部署,三团转移。奉兵团命令,部队集结。"
    assert not [s for s, label in ents(text) if label == "MIL_UNIT" and s.endswith("兵团")]


def test_commander_named_corps_still_read():
    text = "刘戡兵团被围,汤恩伯兵团南撤,宋兵团到达。"
    found = ents(text)
    for name in ("刘戡兵团", "汤恩伯兵团", "宋兵团"):
        assert (name, "MIL_UNIT") in found


# --- Latin-script names beside a Chinese rank or post

def test_latin_name_before_rank():
    text = "第2营的Walter Gray少校和Ralph T.Monroe上尉到山里侦察。"
    found = ents(text)
    assert ("Walter Gray", "PERSON") in found
    assert ("Ralph T.Monroe", "PERSON") in found


def test_latin_name_after_post_or_rank():
    text = "17团团长Kessler决定后撤,中尉Owen Ashby带领第4排坚守。"
    found = ents(text)
    assert ("Kessler", "PERSON") in found
    assert ("Owen Ashby", "PERSON") in found


def test_latin_formation_or_place_is_no_person():
    text = "Eighth Army司令部下令,第3营在Sinhung集结。"
    assert not [s for s, label in ents(text) if label == "PERSON"]


# --- coordinated hill heights sharing 高地 are one LOC

def test_coordinated_hill_heights_one_loc():
    text = "二营攻占了418和522高地,三营夺回了301.6、287.4高地。"
    found = ents(text)
    assert ("418和522高地", "LOC") in found
    assert ("301.6、287.4高地", "LOC") in found
    assert not [s for s, label in found if label == "QUANTITY"]


def test_count_before_hill_is_not_a_height():
    text = "歼敌300人和522高地的守军。"
    found = ents(text)
    assert ("522高地", "LOC") in found
    assert ("300人", "QUANTITY") in found


# --- squads at the end of a chain of designations

def test_squad_after_chain_is_one_unit():
    text = "他被编入64团2营5连3排2班,2班班长是赵长河。"
    e = ent(text, "64团2营5连3排2班")
    assert (e["label"], e["norm"]["numbers"], e["norm"]["echelon"]) == ("MIL_UNIT", [64, 2, 5, 3, 2], "班")
    e = ent(text, "2班", 1)
    assert (e["label"], e["norm"]["numbers"], e["norm"]["echelon"]) == ("MIL_UNIT", [2], "班")


def test_chinese_numeral_squad_after_company():
    text = "三连二班的战士首先冲上山顶。"
    e = ent(text, "三连二班")
    assert (e["label"], e["norm"]["numbers"], e["norm"]["echelon"]) == ("MIL_UNIT", [3, 2], "班")


def test_shift_and_bus_words_are_no_squad():
    text = "工厂实行三班倒,二连班车每天开出。"
    assert not [s for s, label in ents(text) if label == "MIL_UNIT" and s.endswith("班")]


# --- 叫X里: a Korean village named in a naming frame (settlement_battle_names_zh _RI_BEFORE)

def test_village_named_with_jiao_in_korea():
    text = "志愿军渡过临津江后,前面有个叫石峰里的村子,石峰里北面是敌人的阵地。"
    found = ents(text)
    assert found.count(("石峰里", "GPE")) == 2


def test_village_named_with_jiao_needs_korea():
    text = "母亲在门口叫石峰里回家吃饭。"
    assert ("石峰里", "GPE") not in ents(text)


# --- a verb of reaching before a landform is outside it (local_place_forms_zh _MOTION_START)

def test_reaching_verb_outside_landform():
    text = "主力进至草山以北,一部攻至石门山以东。"
    found = ents(text)
    assert not [s for s, label in found if s.startswith(("进至", "攻至"))]
    assert ("石门山", "LOC") in found


def test_unfamiliar_landform_before_bearing_still_read():
    text = "敌军盘踞在鹰嘴峰附近。"
    assert ("鹰嘴峰", "LOC") in ents(text)


def test_squad_named_again_alone():
    text = "他在3营7连2排4班,4班的阵地在山顶,4班打退了敌人。"
    found = ents(text)
    assert found.count(("4班", "MIL_UNIT")) == 2
    assert not [s for s, label in found if label == "QUANTITY"]


# --- a negation before a preposition opens a clause, not an event name (events._NEGATED_CLAUSE)

def test_negated_clause_before_campaign_head_is_no_event():
    text = "土匪并未随战役结束而消失,部队也不因战斗胜利而松懈。"
    assert not [s for s, label in ents(text) if label == "EVENT"]


def test_named_campaign_still_read():
    text = "衡宝战役结束后,部队南下。"
    assert ("衡宝战役", "EVENT") in ents(text)


# --- a noun before the postposition 里 is no district name (place_word_checks: 坑道|里 ⊃ 道里)

def test_tunnel_in_is_no_district():
    text = "战士们躲在坑道里,敌人冲进隧道里。"
    assert not [s for s, label in ents(text) if label == "GPE"]


def test_district_after_city_still_read():
    text = "他住在哈尔滨道里区。"
    assert [s for s, label in ents(text) if label == "GPE" and "道里" in s]


# --- lettered companies of the American army and marines

def test_lettered_company_with_parents_one_unit():
    text = "守在山口的是陆战一师7团H连,随后第三工兵营B连赶来增援。"
    e = ent(text, "陆战一师7团H连")
    assert (e["label"], e["norm"]["numbers"], e["norm"]["echelon"]) == ("MIL_UNIT", [1, 7], "连")
    e = ent(text, "第三工兵营B连")
    assert (e["label"], e["norm"]["numbers"], e["norm"]["echelon"]) == ("MIL_UNIT", [3], "连")


def test_bare_lettered_company_and_lowercase_or_word():
    text = "K连从右翼攻击,连续三天。他在kg连接处。"
    found = ents(text)
    assert ("K连", "MIL_UNIT") in found
    assert not [s for s, label in found if label == "MIL_UNIT" and s != "K连"]


# --- a bearing and a verb of extent or motion are no city (place_word_checks: 向南|通至 ⊃ 南通)

def test_bearing_and_motion_verb_no_city():
    text = "公路向南通至河边,江水向北流去。"
    assert not [s for s, label in ents(text) if label == "GPE"]


def test_city_after_verb_of_return_still_read():
    text = "战后他回到南通,又去了北流县。"
    found = ents(text)
    assert ("南通", "GPE") in found
