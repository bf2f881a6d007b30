"""Session 34 (w34zhmil): a chosen place + a local militia word (保卫团, 民团, 商团 …) is one MIL_UNIT."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_village_read_in_context_joins_its_militia():
    text = "部队进驻白河,白河民团闻风而逃。"
    spans = _spans(text)
    assert ("白河民团", "MIL_UNIT") in spans
    assert spans.count(("白河", "GPE")) == 1               # the first mention stays a place, the second is the force's


def test_merchant_corps_after_a_town():
    text = "红军攻占含溪后,含溪商团随即解散。"
    assert ("含溪商团", "MIL_UNIT") in _spans(text)


def test_negatives():
    # a bare militia word, a generic word before it, and a member of the force are no named unit
    assert [s for s in _spans("全县二十个区分设保卫团,由区长兼任团长。") if s[1] == "MIL_UNIT"] == []
    assert [s for s in _spans("与城局民团互为声援。") if s[1] == "MIL_UNIT"] == []
    spans = _spans("部队进驻大柳坪,大柳坪保安队员三人被俘。")
    assert not any(label == "MIL_UNIT" for _, label in spans)
