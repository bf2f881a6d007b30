"""Chinese names without a title read as the subject of a verb of command or action
(pipeline/rules/person_actions.py): X命令…, X认为…, X于3月5日抵达…, 由X代理指挥, 急令X死守…, 在X的指挥下;
not ordinary words (尚需担任), not villages (赵庄召集), not a noun that starts with the verb (派出所).

Every sentence is written for this file with invented names; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, extracted


def persons(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")]


def test_name_before_a_verb_of_command():
    text = "邓汉成命令各团坚守阵地。"
    assert persons(text) == [at(text, "邓汉成", "PERSON")]


def test_name_before_a_verb_of_judgement_and_before_a_date():
    text = "邓汉成认为敌人兵力不足。秦德明于3月5日抵达汉口。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "秦德明", "PERSON")]


def test_name_after_you_and_before_a_verb_of_taking_over():
    text = "战斗中团长负伤，由秦德明代理指挥。"
    assert persons(text) == [at(text, "秦德明", "PERSON")]


def test_name_after_an_order_before_a_verb_of_holding():
    text = "蒋介石急令邓汉成死守县城。"
    assert persons(text) == [at(text, "蒋介石", "PERSON"), at(text, "邓汉成", "PERSON")]


def test_name_before_the_command_of_and_a_verb_of_fate():
    text = "在邓汉成的指挥下，守军击退了敌人。秦德明被俘后，部队溃散。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "秦德明", "PERSON")]


def test_no_person_for_words_villages_or_nouns_starting_with_the_verb():
    text = "官兵疲乏已极，尚需担任警戒。地委在赵庄召集了会议。闻韶派出所受到表彰。"
    assert persons(text) == []


def test_names_sent_and_killed_and_a_list_before_a_verb_of_attack():
    text = "军阀急派柯振南率两个军驰援，柯振南被击毙。督办令秦德明、黄万鹏攻城。"
    assert persons(text) == [at(text, "柯振南", "PERSON"), at(text, "柯振南", "PERSON", 1),
                             at(text, "秦德明", "PERSON"), at(text, "黄万鹏", "PERSON")]


def test_no_person_for_glued_surnames_or_a_direction():
    text = "十八年二月。朱毛率匪千余人来县。主力向西北进攻。"
    assert persons(text) == []


def test_agent_of_a_passive_and_of_a_handing_over():
    text = "骑5团被柯振南堵住，该部防务由邓汉成接替。"
    assert persons(text) == [at(text, "柯振南", "PERSON"), at(text, "邓汉成", "PERSON")]


def test_no_agent_for_bodies_or_sides():
    text = "工资由农经站发放，区委决定由区纪委牵头，部队被日军包围。"
    assert persons(text) == []


def test_clause_initial_name_before_a_one_character_adverb():
    text = "他非常窝火。郭宗源则推三推四，一兵未发。"
    assert persons(text) == [at(text, "郭宗源", "PERSON")]


def test_no_name_for_a_demonstrative_before_an_adverb():
    text = "仅仅迎来送往，那礼节就多得不得了。"
    assert persons(text) == []


def test_other_mentions_of_a_name_found_before_a_verb():
    text = "郑河命令各营集结部队驰援。郑河提出一个计划，周治平严令死守，被郑河说服。"
    assert persons(text) == [at(text, "郑河", "PERSON"), at(text, "郑河", "PERSON", 1),
                             at(text, "周治平", "PERSON"), at(text, "郑河", "PERSON", 2)]


def test_names_before_a_post():
    text = "邓汉成师长当即下令撤退。在屈振东队长带领下，宣传队登上城楼。据黄万鹏参谋回忆，情况危急。"
    assert persons(text) == [at(text, "邓汉成", "PERSON"), at(text, "屈振东", "PERSON"), at(text, "黄万鹏", "PERSON")]


def test_no_name_before_a_post_for_an_ordinary_word():
    text = "应国家主席的邀请，代表团抵达北京。"
    assert persons(text) == []
