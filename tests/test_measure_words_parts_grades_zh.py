"""Session 25 (s25mine): the classifiers of parts, groups, grades, times, kinds, echelons and battles added to
lexicons/measure_words.tsv (段, 组, 级, 度, 类, 梯次, 战), with their guards. All sentences are made up."""

from tests.sentences import ents, extracted


def _counts(text):
    return [(text[s:e], norm["value"], norm["unit"]) for s, e, _, norm in extracted(text, "QUANTITY")]


def test_parts_groups_kinds_and_echelons():
    assert _counts("敌纵队被我截为三段,余部分两梯次后撤。") == [("三段", 3, "段"), ("两梯次", 2, "梯次")]
    assert _counts("所获文件大致可分为四类,共两组。") == [("四类", 4, "类"), ("两组", 2, "组")]


def test_times_and_grades():
    assert _counts("他曾三度出任县长,推行省县两级制。") == [("三度", 3, "度"), ("两级", 2, "级")]


def test_battles_counted():
    assert _counts("是役前后九战皆败。") == [("九战", 9, "战")]


def test_traditional_script():
    assert _counts("全軍分兩梯次渡河,三度衝鋒。") == [("兩梯次", 2, "梯次"), ("三度", 3, "度")]


def test_not_after_bare_one_nor_in_words():
    assert _counts("过了一段时间,他一度离开。") == []
    assert _counts("他是陆军二级上将。") == []
    assert _counts("两组织合并。") == []


def test_world_wars_war_areas_and_set_phrases():
    assert _counts("二战期间他身经百战。") == []
    assert ("二战", "EVENT") in ents("二战期间他在前线。")
    assert _counts("他调任五战区参谋。") == []
    assert _counts("此役号称三战三捷。") == []
