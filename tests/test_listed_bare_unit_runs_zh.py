"""MIL_UNIT runs written as classes in session 21 round 2 (r21units): pipeline/rules/listed_bare_unit_runs_zh.py, the closing
count after 等 in pipeline/normalize/unit_grammar.py (LIST_CLOSE) and the quoted short designation's values in
pipeline/rules/field_army_short_names_zh.py. Sentences written for these tests (made-up places and people), exact spans, labels
and values. Guideline numbers are those of ../shared/spec/annotation-guidelines.md."""

from __future__ import annotations

import pytest

from sentences import at, ents, extracted, unit_norm as norm, unit_spans as units


def _values(text: str, span: str) -> tuple:
    n = norm(text, span)
    return n["numbers"], n["echelon"], n["prefix"]


# guideline 4: a late-Qing list of bare numerals before one 协/标 is one span, numbers expanded
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("该镇下辖五十一、五十二标，驻扎城外。", "五十一、五十二标", [51, 52], "标"),
    ("二十一、二十二、二十三协分驻三府，统制为某人。", "二十一、二十二、二十三协", [21, 22, 23], "协"),
    ("該鎮所轄六十一、六十二標均於同年成軍。", "六十一、六十二標", [61, 62], "标"),       # Traditional script
])
def test_qing_bare_lists(text, span, numbers, echelon):
    assert units(text) == [span]
    assert _values(text, span) == (numbers, echelon, "")
    assert extracted(text, "MIL_UNIT")[0][:3] == at(text, span, "MIL_UNIT")


def test_qing_bare_list_negatives():
    # no New Army post or 镇 in the text; a common word after 标; a one-character numeral
    assert units("五十一、五十二标出现在地图上。") == []
    assert units("该镇采用五十一、五十二标准。") == []
    assert units("该镇下辖五、六标。") == []


# guideline 4: a list closed by 等 and a bare count is one span; the count is no QUANTITY
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("全师下辖7、8、9等3团及直属连。", "7、8、9等3团", [7, 8, 9], "团"),
    ("该军下辖第5、第6等两师。", "第5、第6等两师", [5, 6], "师"),
    ("该集团军下辖第31、第44、第52等三个军。", "第31、第44、第52等三个军", [31, 44, 52], "军"),
])
def test_list_closed_by_a_count_after_deng(text, span, numbers, echelon):
    assert span in units(text)
    assert _values(text, span) == (numbers, echelon, "")
    assert [s for s, lab in ents(text) if lab == "QUANTITY"] == []


def test_list_close_negatives():
    assert units("第一、二等奖获得者名单公布。") == []
    assert ("10余万人", "QUANTITY") in ents("第5、6等10余万人被歼。")


# a bare battalion or company standing in a list of designations is a MIL_UNIT (each its own span)
@pytest.mark.parametrize("text, spans", [
    ("新组建的支队由红九团团部及二营、机枪连编成。", ["红九团团部", "二营"]),
    ("该支队由第五团团部和一营、通信队组成。", ["第五团团部", "一营"]),
    ("该师以二营、三营担任警戒。", ["二营", "三营"]),
    ("随后又派一连、二连前往支援。", ["一连", "二连"]),
    ("团部与3营、卫生队留守后方。", ["3营"]),
])
def test_listed_subunits(text, spans):
    assert units(text) == spans
    for span in spans:
        if len(span) == 2:
            assert norm(text, span)["numbers"] and norm(text, span)["echelon"] == span[-1]
    assert [s for s, lab in ents(text) if lab == "QUANTITY"] == []


def test_listed_subunit_negatives():
    # alone, N营 is a count; a word in 连; the same number twice; a post
    assert ("三营", "QUANTITY") in ents("该团下辖三营，兵力约一千人。")
    assert units("大雨一连三天，道路难行。") == []
    assert "二营" not in units("他先后任二营长、三营长。")


# guideline 3: a named force with its New Army division (and the brigade after it) is one span
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("光复后，该镇改称浙军第二镇，驻城中。", "浙军第二镇", [2], "镇"),
    ("起义后改编为湘军第一镇第二协。", "湘军第一镇第二协", [1, 2], "协"),
])
def test_named_force_new_army_divisions(text, span, numbers, echelon):
    assert units(text) == [span]
    assert _values(text, span) == (numbers, echelon, "")


def test_named_new_army_negatives():
    assert units("他到第一镇任职。") == ["第一镇"]
    assert "某某军第二镇" not in units("他说某某军第二镇已到。")


# guideline 3: a military district, its place-named detachment and the numbered units after it are one span
@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("1939年该部改编为八路军冀中军区津南支队15团。", "八路军冀中军区津南支队15团", [15], "团", ""),
    ("次年编入华中军区苏北挺进纵队，开赴前线。", "华中军区苏北挺进纵队", [], "纵队", "挺进"),
    ("他调任冀南军区平原支队第2大队队长。", "冀南军区平原支队第2大队", [2], "大队", ""),
])
def test_district_detachment_chains(text, span, numbers, echelon, prefix):
    assert span in units(text)
    assert _values(text, span) == (numbers, echelon, prefix)
    assert [s for s, lab in ents(text) if lab == "GPE" and s in span] == []


def test_district_chain_negatives():
    # 所属 is no place; a detachment commander's post stays outside the reading
    assert "冀中军区所属支队" not in units("冀中军区所属支队奉命转移。")
    assert not any(s.endswith("支队") and s.startswith("冀中军区") for s in units("冀中军区津南支队长某某到任。"))


# guideline 9: 第N次 is an ordinal; the unit after it at a heading is the MIL_UNIT, never an ORG
@pytest.mark.parametrize("text, span, number", [
    ("第二次五团：同年冬在某县重建。", "五团", 5),
    ("第三次八团组建于1937年。", "八团", 8),
])
def test_incarnation_headings(text, span, number):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == [number]
    assert [s for s, lab in ents(text) if lab == "ORG"] == []


def test_incarnation_negatives():
    assert units("第二次五团会攻失利。") == []


# a quoted short designation carries its designation number (the id already held it)
def test_quoted_short_designation_numbers():
    text = "该团后编为“红五团”，归红一师指挥。"
    assert _values(text, "红五团") == ([5], "团", "红")
    assert norm(text, "红五团")["id"] == "CCP/red_army_regiment/5"
    nick = "后来“老虎团”也来了。"
    assert _values(nick, "老虎团") == ([], "团", "")
