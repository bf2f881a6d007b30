"""Session 19 (s19zhper) PERSON classes: a bare surname before a one-character verb of speech
(person_references.py), a person's other name in brackets with the same surname and a Mongol prince's
short form X王 glossed with his full name (person_bracket_aliases_zh.py), a Japanese family name before a
Japanese rank (jp_ranked_surnames_zh.py), and no person read from a realm before 皇帝 (person_foreign.py).

Every sentence is written for this file with invented names; tests assert exact spans and labels.
Guideline 1: titles, ranks and posts are outside PERSON.
"""

from __future__ import annotations

from sentences import at, extracted


def persons(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")]


def test_bare_surname_before_a_verb_of_speech():
    text = "副处长邹明远来找我。邹说：“此事可办。”我和邹谈了很久。"
    got = persons(text)
    assert at(text, "邹明远", "PERSON") in got
    assert at(text, "邹", "PERSON", 1) in got and at(text, "邹", "PERSON", 2) in got


def test_speech_verb_does_not_make_a_surname_of_a_word():
    # 说 after a character that is no found name's surname: nothing
    text = "副处长邹明远来找我。他说：“此事可办。”"
    assert persons(text) == [at(text, "邹明远", "PERSON")]


def test_same_surname_bracket_alias_gives_both_names():
    # the bracket holds the man's other name with the same surname
    text = "后来又介绍了卢秉谦（卢子恒）给我认识。"
    got = persons(text)
    assert at(text, "卢秉谦", "PERSON") in got and at(text, "卢子恒", "PERSON") in got


def test_bracket_alias_not_read_from_a_post_or_a_place():
    text = "我可转卢部长（卢秉谦）办理。他到了张家口（张垣）。"
    got = persons(text)
    assert (text.index("卢部长"), text.index("卢部长") + 3, "PERSON") not in got
    assert not any(text[s:e] in ("张家口", "张垣") for s, e, _ in got)


def test_mongol_prince_short_form_glossed_with_full_name():
    # guideline 1: 王 here is the short form everyone used for the prince, tagged whole as 德王 is
    text = "盟长巴王（巴图那木济勒）不肯前往。日方又派人劝诱巴王，巴王仍推说有病。巴王府在旗西。"
    got = persons(text)
    assert at(text, "巴王", "PERSON") in got and at(text, "巴图那木济勒", "PERSON") in got
    assert at(text, "巴王", "PERSON", 1) in got and at(text, "巴王", "PERSON", 2) in got
    # 巴王府: the residence, not the man; this module proposes no name there (a repeat rule may)
    from pipeline.rules.person_bracket_aliases_zh import find_person_glosses
    assert all(text[c.start:c.end + 1] != "巴王府" for c in find_person_glosses(text))


def test_mongol_prince_full_name_first():
    text = "副盟长乌力吉达赖（乌王）主持会议。"
    got = persons(text)
    assert at(text, "乌力吉达赖", "PERSON") in got and at(text, "乌王", "PERSON") in got


def test_japanese_family_name_before_a_japanese_rank():
    # guideline 1: the rank is outside the name
    text = "日方派渡边大佐前来，又有田中少佐随行。"
    got = persons(text)
    assert at(text, "渡边", "PERSON") in got and at(text, "田中", "PERSON") in got


def test_no_family_name_from_a_chinese_name_before_a_shared_rank():
    text = "国军派张山本中将前往。"
    assert (text.index("山本"), text.index("山本") + 2, "PERSON") not in persons(text)


def test_realm_before_the_title_of_emperor_is_no_person():
    text = "他想当“蒙古皇帝”，统一蒙古。"
    assert not any(text[s:e] == "蒙古" for s, e, _ in persons(text))


def test_transliterated_name_before_queen_kept():
    text = "维多利亚女王下令出兵。"
    assert persons(text) == [at(text, "维多利亚", "PERSON")]


def test_counted_names_outrank_a_place_inside_one():
    # 甲、乙二人: the count equals the names listed, so each is a person although 海曙 is a district
    text = "我当时保荐何海曙、李同平二人。"
    got = persons(text)
    assert at(text, "何海曙", "PERSON") in got and at(text, "李同平", "PERSON") in got


def test_counted_names_with_deng_keep_their_old_priority():
    # 等 before the count: the list may be longer than the names written, no priority over places
    text = "我保荐何守义、李同平等三人。"
    got = persons(text)
    assert at(text, "何守义", "PERSON") in got and at(text, "李同平", "PERSON") in got


def test_lexicon_name_after_a_preposition_the_segmenter_glued_to_it():
    # 同|德王: the segmenter reads 同德 (a county); the preposition takes the person as its object
    text = "日方代表同德王进行了会谈。"
    assert at(text, "德王", "PERSON") in persons(text)


def test_preposition_kept_outside_when_a_common_word_holds_it():
    # 和平: an ordinary word, no name starts inside it
    text = "双方和平解决了争端。"
    assert persons(text) == []
