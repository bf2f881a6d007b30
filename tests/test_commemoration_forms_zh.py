"""Commemorative-page forms (session 13 audit, auditzh19): pipeline/rules/commemoration_forms_zh.py.

Sentences written for these tests (made-up names and places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def test_martyr_before_title_is_person():
    ents = _ents("为了纪念被敌人杀害的张永福烈士,乡亲们修建了纪念亭。")
    assert ("PERSON", "张永福") in ents
    assert ("GPE", "永福") not in ents


def test_martyr_after_commemoration_verb():
    assert ("PERSON", "王二小") in _ents("村民们纪念王二小烈士。")


def test_generic_martyrs_are_not_persons():
    ents = _ents("这些革命烈士、英雄烈士和无名烈士永垂不朽,五位烈士长眠于此。")
    assert not [e for e in ents if e[0] == "PERSON"]


def test_memorial_named_by_listed_martyrs_is_one_fac():
    ents = _ents("陵园内建有赵尚志、赵一曼烈士纪念馆。")
    assert ("FAC", "赵尚志、赵一曼烈士纪念馆") in ents
    ents = _ents("山坡上立有李树堂烈士纪念碑。")
    assert ("FAC", "李树堂烈士纪念碑") in ents


def test_memorial_named_by_local_force_is_one_fac():
    ents = _ents("陵园内有白山抗日游击队纪念碑。")
    assert ("FAC", "白山抗日游击队纪念碑") in ents
    assert not [e for e in ents if e[0] == "MIL_UNIT"]


def test_force_without_memorial_stays_unit():
    ents = _ents("白山抗日游击队在山区坚持斗争。")
    assert not [e for e in ents if e[0] == "FAC"]


def test_former_site_is_one_fac():
    assert ("FAC", "龙溪会议旧址") in _ents("龙溪会议旧址位于县城东郊。")
    assert ("FAC", "中共赣南特委旧址") in _ents("中共赣南特委旧址现为省级文物保护单位。")
    assert ("FAC", "西河县抗日民主政府旧址") in _ents("西河县抗日民主政府旧址位于王家庄。")


def test_generic_or_demonstrative_site_is_none():
    ents = _ents("我们参观了革命旧址,该旧址保存完好。")
    assert not [e for e in ents if e[0] == "FAC"]


def test_imperialism_tags_the_country():
    ents = _ents("群众高呼打倒日本帝国主义。")
    assert ("GPE", "日本") in ents and ("GPE", "日本帝国") not in ents
    assert not [e for e in _ents("美帝国主义和反动派。") if e[0] == "GPE"]


def test_local_offices_are_one_org():
    ents = _ents("浈江区退役军人事务局联合宁远县人武部和长沙市委党史研究室举办活动。")
    assert ("ORG", "浈江区退役军人事务局") in ents
    assert ("ORG", "宁远县人武部") in ents
    assert ("ORG", "长沙市委党史研究室") in ents


def test_office_without_place_is_none():
    ents = _ents("区退役军人事务局全体人员参加。")
    assert not [e for e in ents if e[0] == "ORG"]


def test_side_word_before_wound_is_outside_name():
    ents = _ents("战斗中,刘振东右胸中弹,刘振东仍坚持指挥。")
    assert ("PERSON", "刘振东右") not in ents
    assert [e for e in ents if e[0] == "PERSON"].count(("PERSON", "刘振东")) == 2


def test_side_word_of_a_place_is_untouched():
    ents = _ents("部队占领了江右岸阵地。")
    assert not [e for e in ents if e[0] == "PERSON"]
