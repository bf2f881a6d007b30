"""Session 32 (w32zhmil): Chinese MIL_UNIT classes from the cross-set reading of the development sets.
Sentences written for these tests; the names are made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"], e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"]]


def _unit(text, span):
    for e in extract_text(text, rules_only=True)["entities"]:
        if e["text"] == span and e["label"] == "MIL_UNIT":
            assert text[e["start"]:e["end"]] == span
            return e
    raise AssertionError(f"no MIL_UNIT {span!r} in {_ents(text)}")


def test_commander_named_militia():
    text = "当时县境有两大民团:北区韩立德民团、南区孙茂林民团,互不统属。"
    e = _unit(text, "韩立德民团")
    assert e["norm"]["echelon"] == "民团" and e["norm"]["numbers"] == []
    _unit(text, "孙茂林民团")


def test_commander_named_battalion():
    text = "团长随即另将郑宏远营补充进来,以为充实。"
    e = _unit(text, "郑宏远营")
    assert e["norm"]["echelon"] == "营"
    _unit("翌年春,县保卫团为郭守仁营收编。", "郭守仁营")


def test_battalion_words_that_are_no_unit():
    # 营救 (rescue), 营长 (the post), 营于 (encamped at): the name stays a person, no 营 unit
    for text, name in (("随后韩立德营救了三名伤员。", "韩立德营"), ("与郑宏远营长会面。", "郑宏远营"),
                       ("是日,郭守仁营于城东。", "郭守仁营")):
        assert not any(t == name and l == "MIL_UNIT" for t, l, _, _ in _ents(text)), text


def test_village_before_battalion_is_no_commander():
    text = "部队向李家营进发,又到王庄营歇脚。"
    assert not any(l == "MIL_UNIT" for _, l, _, _ in _ents(text))


def test_bare_chain_down_to_the_company_outranks_its_pieces():
    text = "战后此中四营三连与五连几乎打光。"
    e = _unit(text, "四营三连")
    assert e["norm"]["numbers"] == [4, 3] and e["norm"]["echelon"] == "连"
    assert not any(t == "四营" for t, _, _, _ in _ents(text))


def test_bare_chain_down_to_the_platoon_before_its_post():
    text = "他那时仍充三营六连二排长,连长姓周。"
    e = _unit(text, "三营六连二排")
    assert e["norm"]["numbers"] == [3, 6, 2] and e["norm"]["echelon"] == "排"


def test_squad_joins_its_parents():
    text = "我215师警卫营2连1排7班的十名战士留下阻击。"
    ents = _ents(text)
    assert ("215师警卫营2连1排7班", "MIL_UNIT", 1, 14) in ents, ents


def test_lone_platoon_and_squad_words_are_no_chain():
    for text in ("大家站成一排,听班长讲话。", "他在三班当班长,一排长是老周。"):
        assert not any(l == "MIL_UNIT" for _, l, _, _ in _ents(text)), text
