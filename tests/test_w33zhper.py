"""Chinese PERSON classes of session 33 (w33zhper: classes read across the development sets).

numeral_given_names_zh.find_folk_numeral_names: villagers, militiamen and bandits named by a numeral (甲三乙, 甲五九,
甲老四, 甲九 written twice). Every sentence is written for this file with invented names; tests assert exact spans
and labels, and what must not be tagged.
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[int, int, str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def spans(text: str, label: str) -> list[tuple[int, int, str]]:
    return [(s, e, t) for s, e, t, lab in ents(text) if lab == label]


# --- folk names with a numeral --------------------------------------------------------------------------------
def test_surname_numeral_given_in_a_list():
    text = "村民邝三祝、晏五九被日军杀害。"
    assert spans(text, "PERSON") == [(2, 5, "邝三祝"), (6, 9, "晏五九")]


def test_surname_numeral_given_after_a_particle():
    text = "后街的蒲九祥，刚出大门就被打死。"
    assert spans(text, "PERSON") == [(3, 6, "蒲九祥")]


def test_surname_lao_numeral():
    text = "这时贺老四抄起扁担，扑向敌兵。"
    assert spans(text, "PERSON") == [(2, 5, "贺老四")]


def test_traditional_script():
    text = "這時賀老四抄起扁擔，撲向敵兵。"
    assert spans(text, "PERSON") == [(2, 5, "賀老四")]


def test_surname_numeral_written_twice():
    text = "蒲九枪法娴熟。一天夜里，蒲九独自进村。"
    assert (0, 2, "蒲九") in spans(text, "PERSON")


def test_counts_and_days_after_a_surname_are_no_names():
    text = "敌人于三日撤退，向三个方向逃窜，王三人被俘，马三匹倒地。"
    assert spans(text, "PERSON") == []


def test_weekday_and_lunar_day_are_no_names():
    text = "周三上午开会，初三那天，万一失败。"
    assert spans(text, "PERSON") == []


def test_surname_numeral_written_once_is_left():
    text = "蒲九独自进村。"
    assert spans(text, "PERSON") == []


# --- person_name_ends: a surname ending the text -------------------------------------------------------------
def test_surname_ending_the_text_opens_no_name():
    from pipeline.rules.person_name_ends import _opens_three_character_name, chinese_name_end
    assert _opens_three_character_name("从九品周", 4) is False     # read one character past the end (IndexError)
    assert chinese_name_end("从九品周", 3) == -1


# --- quoted_nicknames_zh: nicknames after a verb of calling, unquoted after a nickname word, epithets -----------
def test_quoted_name_after_calling_him():
    text = "当地人称他为“邝五爷”。"
    assert spans(text, "PERSON") == [(7, 10, "邝五爷")]


def test_address_after_calling_him_is_no_name():
    text = "学生们都称他为“先生”。"
    assert spans(text, "PERSON") == []


def test_unquoted_nickname_after_nickname_word():
    text = "晏洛奇，外号老奇，也写作晏文起。"
    assert (6, 8, "老奇") in spans(text, "PERSON")


def test_count_after_duiwai_is_no_nickname():
    text = "对外号称八百人，实际只有四百余人。"
    assert spans(text, "PERSON") == []
    assert (4, 7, "八百人") in spans(text, "QUANTITY")


def test_epithet_after_haocheng():
    text = "他作战勇猛，号称小蒲飞。"
    assert spans(text, "PERSON") == [(8, 11, "小蒲飞")]


def test_town_epithet_is_no_name():
    text = "此镇繁华，人称小江南。"
    assert spans(text, "PERSON") == []
