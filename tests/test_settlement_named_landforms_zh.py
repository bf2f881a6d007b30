"""Session 27 (s27zhprec): landforms named after a settlement (settlement_named_landforms_zh), a season's 初/末 and a
month's bare day in the DATE (rules.dates), a base region's Red Army (place_kind_force_names_zh).
Every sentence is written for the test; the guideline each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_settlement_and_water_head_is_one_landform():
    # contract: LOC a river, island, sea; only the longest unit of meaning is tagged (not GPE 资阳 + a stray 河)
    assert _ents("部队渡过资阳河，进入山区。") == [("资阳河", "LOC")]
    assert _ents("敌舰在铜仁口登陆。") == [("铜仁口", "LOC")]
    # a known river and 口 is left to the river finders (the mouth stays the river)
    assert ("嘉陵江口", "LOC") not in _ents("敌船封锁嘉陵江口的航道。")


def test_settlement_head_that_opens_another_word_is_left_alone():
    # 河南 the province after the county: two places, no river
    assert _ents("由资阳河南下") == [("资阳", "GPE"), ("河南", "GPE")]
    # 山区 is the county's area, 河岸 its riverside, 口述 a verb: the settlement stays a GPE
    assert _ents("日军进入资阳山区") == [("资阳", "GPE")]
    assert _ents("资阳河岸的居民") == [("资阳", "GPE")]
    assert _ents("在资阳口述往事") == [("资阳", "GPE")]


def test_season_end_belongs_to_the_date():
    # guideline 8 (初/末 of a month belong to it) and DATE mod END / START
    text = "1936年秋末，部队北上。"
    assert _ents(text) == [("1936年秋末", "DATE")]
    assert _norm(text, "1936年秋末") == {"value": "1936-FA", "mod": "END"}
    # 初步 is an adverb, not the season's start
    assert ("1936年春", "DATE") in _ents("1936年春初步建成")


def test_month_and_bare_day_is_one_date():
    # a day of two numerals without 日 after its month (chronicles and oral histories)
    text = "延至八月二十，始发兵。"
    assert _ents(text) == [("八月二十", "DATE")]
    assert _norm(text, "八月二十") == {"value": "XXXX-08-20"}
    assert _norm("七月十三夜里土匪进村", "七月十三夜里") == {"value": "XXXX-07-13TNI"}
    # not before an echelon or a count: 十五军 is a unit
    assert ("十五军", "MIL_UNIT") in _ents("三月十五军进驻")
    assert ("三月", "DATE") in _ents("三月十五军进驻")


def test_region_red_army_is_one_force():
    # a generic army head keeps the region that raised it (readings: 直鲁联军), 陕北红军-like names
    assert _ents("与湘赣红军会合") == [("湘赣红军", "MIL_UNIT")]
    # a province before the named force stays its own place (云南 + 护国军)
    assert _ents("与江西红军会合") == [("江西", "GPE"), ("红军", "MIL_UNIT")]
