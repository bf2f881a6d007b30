"""Session 33 (w33zhorgev): schools, academies and hospitals named by a proper stem no lexicon holds
(proper_institution_names_zh). Sentences written for these tests; the names are made up."""
from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _orgs(text):
    return {s for s, label in _spans(text) if label == "ORG"}


def test_hospital_after_de():
    assert "沁芳桥医院" in _orgs("我出生在车站对面的沁芳桥医院。")


def test_hospital_in_bracket():
    assert "老柳沿医院" in _orgs("购地建房(老柳沿医院住院部地址)。")


def test_school_after_town_and_de():
    text = "我在石口镇的鹤松培英中学读高三。"
    assert "鹤松培英中学" in _orgs(text)
    assert ("石口镇", "GPE") in _spans(text)


def test_academy_after_old():
    assert "翠微书院" in _orgs("民众教育馆附设旧翠微书院内。")


def test_kind_of_hospital_is_no_name():
    assert not _orgs("他在野战医院养伤，后转到教会医院。")


def test_county_school_is_no_name():
    assert not _orgs("他十七岁考入县立中学。")


def test_verb_of_entering_stays_outside():
    assert not any(name.startswith("并入") or name.startswith("入") for name in _orgs("十六年四月，并入县医院。"))


def test_student_is_no_school():
    assert not _orgs("他是梅岭大学生。") - {"梅岭大学"}
