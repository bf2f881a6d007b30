"""A bare surname of a person named in full earlier, before 的 / 是 / 在 or a one-character verb
(person_references._SPEECH_AFTER, session 30 w2zhname)."""

from pipeline import extract_text


def _persons(text):
    return [(e["start"], text[e["start"]:e["end"]]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "PERSON"]


def test_possessive_and_copula_after_surname():
    text = "吴佩孚驻洛阳。后来对吴的行为，各方不满。吴是直系首领。"
    found = _persons(text)
    assert (text.index("吴的"), "吴") in found
    assert (text.index("吴是"), "吴") in found


def test_one_character_verbs_after_surname():
    text = "袁世凯称帝失败。\n袁死后，北洋分裂。"
    assert (text.index("袁死"), "袁") in _persons(text)
    text = "俞有清给他们做饭，俞见溃敌饥饿，就去报信。"
    assert (text.index("俞见"), "俞") in _persons(text)


def test_preposition_zai_after_surname():
    text = "敌兵是被农民邝茂堂俘获的。邝在耕地时，遇见民兵追捕。"
    assert (text.index("邝在"), "邝") in _persons(text)


def test_no_full_name_no_reference():
    text = "事后对吴的行为，各方都不满。"
    assert not _persons(text)


def test_surname_inside_a_word_is_no_reference():
    text = "张自忠率部到达。大家都很紧张的样子。"
    assert (text.index("张的"), "张") not in _persons(text)
