"""Session 8 (zh13): Chinese names no lexicon lists, read from the signal around them."""

from pipeline import extract_text


def ents(text, label=None):
    return [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if label is None or e["label"] == label]


def test_a_province_with_ren_is_a_native_place_not_a_demonym():
    text = "张某是湖南人，他的副官也是四川人，都不是日本人。"
    assert ents(text, "GPE") == [(3, 5, "GPE"), (13, 15, "GPE")]


def test_province_people_and_soldiers_stay_as_before():
    assert ents("湖南兵善战，湖南人民支援前线。", "GPE") == [(6, 8, "GPE")]
