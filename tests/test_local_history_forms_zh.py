"""Local-history forms (session 14 audit, auditzh21: county gazetteers' military chapters, 文史资料, village
histories). Sentences written for these tests (made-up names; real county names only as places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_county_security_and_self_defence_forces_are_units():
    text = "1946年,县政府组建滕县保安大队,后改称滕县自卫大队,又编为峄县自卫总队和峄县警备大队。"
    ents = _ents(text)
    for name in ("滕县保安大队", "滕县自卫大队", "峄县自卫总队", "峄县警备大队"):
        assert ("MIL_UNIT", name) in ents
    assert ("GPE", "滕县") not in ents
    norm = _norm(text, "滕县自卫大队")
    assert (norm["echelon"], norm["prefix"]) == ("大队", "自卫")
    norm = _norm(text, "峄县自卫总队")
    assert (norm["echelon"], norm["prefix"]) == ("总队", "自卫")


def test_peoples_self_defence_corps_keeps_its_county():
    ents = _ents("同年改称滕县民众自卫总队,下辖2个大队。")
    assert ("MIL_UNIT", "滕县民众自卫总队") in ents
    assert ("QUANTITY", "2个大队") in ents


def test_unowned_self_defence_forces_stay_generic():
    ents = _ents("村里成立了自卫队,全县自卫队员和民众自卫总队都来了,保安大队长王某到场。")
    assert not [e for e in ents if e[0] == "MIL_UNIT"]
