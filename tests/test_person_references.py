"""Bare surnames standing for a person named in full earlier (pipeline/rules/person_references.py):
the subject of a verb or adverb (其实是柯故意示弱, 其中邓和秦驻守…) and the object of a verb of fighting,
support or refusal (声讨邓, 遭秦拒绝, 回师讨邓); not where the surname is part of a word (唐朝), not a
country's short form (巴), not the first character of another name (刘于鹤).

Every sentence is written for this file with invented names; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, extracted


def persons(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")]


def test_surname_after_the_copula_before_an_adverb():
    text = "师长柯振南率部驻守县城。敌军来攻时，所谓退却其实是柯故意示弱。"
    assert persons(text) == [at(text, "柯振南", "PERSON"), at(text, "柯", "PERSON", 1)]


def test_surname_as_the_object_of_a_verb_of_fighting_and_a_subject_before_a_passive():
    text = "第九军军长邓汉成拥兵自重。各省一致声讨邓、秦，邓被迫下野。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "邓", "PERSON", 1), at(text, "邓", "PERSON", 2)]


def test_surname_after_a_passive_verb_before_a_verb_of_refusal():
    text = "军长邓汉成与参谋长秦德明不和，邓请秦出兵，遭秦拒绝。"
    assert at(text, "秦", "PERSON", 2) in persons(text)


def test_two_surnames_after_a_word_of_selection():
    text = "军长邓汉成与参谋长秦德明分守两地。其中邓和秦驻守渡口。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "秦德明", "PERSON"),
                             at(text, "邓", "PERSON", 1), at(text, "秦", "PERSON", 1)]


def test_surname_after_a_verb_of_fighting_before_a_comma():
    text = "督军邓汉成在北平发表通电，各军回师讨邓，但并非真心拥护他。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "邓", "PERSON", 1)]


def test_no_surname_inside_a_word():
    text = "师长唐振国负责防守。唐朝的城墙早已倒塌，唐突的命令让人不解。"
    assert persons(text) == [at(text, "唐振国", "PERSON")]


def test_no_person_for_a_country_short_form_or_before_a_name_with_yu():
    text = "总理谢里夫说，巴将继续谈判。营长刘振华、刘于鹤二人负伤。"
    found = persons(text)
    assert at(text, "巴", "PERSON") not in found
    assert at(text, "刘", "PERSON", 1) not in found


def test_japanese_family_name_before_a_rank_after_the_full_name():
    text = "第116师团长菱川元四郎中将异常兴奋。战况突变，菱川中将的计划顿成泡影。"
    assert persons(text) == [at(text, "菱川元四郎", "PERSON"), at(text, "菱川", "PERSON", 1)]
    text = "第9师团长山本元四郎中将异常兴奋。战况突变，山本中将的计划顿成泡影。"
    assert persons(text) == [at(text, "山本元四郎", "PERSON"), at(text, "山本", "PERSON", 1)]


def test_partner_of_a_known_person_in_a_list():
    text = "秦振华、蒋介石联名通电。蒋介石和邓振华会谈。"
    assert persons(text) == [at(text, "秦振华", "PERSON"), at(text, "蒋介石", "PERSON"),
                             at(text, "蒋介石", "PERSON", 1), at(text, "邓振华", "PERSON")]
