"""A three-character name before 夫妇/父子/母子 … is a person whatever its likeness score
(person_home_kin_frames_zh._edged_three, session 30 w2zhname)."""

from pipeline import extract_text


def _persons(text):
    return [text[e["start"]:e["end"]] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_transliterated_name_before_couple():
    text = "差会派遣大学牧师 古约瑟夫妇来华，在县城开设诊所。"
    assert "古约瑟" in _persons(text)


def test_name_with_stop_character_before_father_and_son():
    text = "日军进村时一枪打死一人。邬万会父子刚跑出村，就被乱枪打死。"
    assert "邬万会" in _persons(text)


def test_villager_after_village_word():
    text = "湖西岭村戎国义夫妇同往村北山上跑去。"
    assert "戎国义" in _persons(text)


def test_no_name_before_pair_word():
    text = "这对新婚夫妇很年轻，那对父子也在场。"
    assert _persons(text) == []


def test_ordinary_word_is_no_name():
    # 马小马: 小马 is an ordinary word, no given name read by the fallback
    text = "他们说起小马父子俩的事。"
    assert "他们说" not in _persons(text) and "说起小" not in _persons(text)
