"""Session 32 (w32zhgpe): Chinese GPE classes read across development sets. Every sentence is written for the test
(made-up people and deeds).

- place_pattern_candidates.closed_list_candidates: the one-character members of a 、-list closed by a counted head
  of provinces (江、浙两省) are GPE each;
- place_short_forms: a county's short form after a two-character verb of moving or settling (攻进X, 定居X), after
  对/距 before a word of place, before a bearing with a word of land, or before a verb of travel (由X回到).
"""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"], (e.get("norm") or {}).get("modern"))
            for e in extract_text(text, rules_only=True)["entities"]]


def _gpe(text):
    return [(s, e, t) for s, e, t, lab, _m in _ents(text) if lab == "GPE"]


def test_closed_list_of_two_provinces():
    text = "朝廷命甲某撤回江、浙两省援兵。"
    assert _gpe(text) == [(7, 8, "江"), (9, 10, "浙")]
    assert ("浙", "浙江") in [(t, m) for _s, _e, t, _l, m in _ents(text)]
    assert _gpe("当时皖、赣、闽三省灾情最重。") == [(2, 3, "皖"), (4, 5, "赣"), (6, 7, "闽")]


def test_closed_list_of_provinces_with_a_last_named_member():
    # a last member of two characters joined by 和 and known to the lexicon
    text = "灾民多来自苏、皖和江西三省。"
    assert [(s, t) for s, _e, t in _gpe(text)] == [(5, "苏"), (7, "皖"), (9, "江西")]


def test_closed_list_negatives():
    # no abbreviation of the table among the members: no list of places
    assert _gpe("松、竹两省名贵。") == []
    assert _gpe("甲、乙两省签约。") == []     # placeholders
    # bearings are no members, and the first member must not end a word (湖南、北两省: 南 ends 湖南)
    assert _gpe("东、西两省对峙。") == []
    assert (2, 3, "北") not in _gpe("湖南、北两省")
    # a list bound to 军 stays a bound form (日、伪军), a head of no province is no list (英、美、加等国: left out)
    assert _gpe("日、伪军退去。") == []
    assert [g for g in _gpe("先有英、美、加、挪等国教会来此。") if g[2] in "加挪"] == []
    assert _gpe("上、下两册已出版。") == []


# place_short_forms: a county's short form (its full name in the gazetteer) after a two-character verb of moving,
# taking or settling, after 对/距 before a word of place, and before a bearing with a word of land

def test_short_form_after_a_two_character_verb():
    assert (9, 12, "山海关") in _gpe("旅长带兵冲锋，攻进山海关，守军溃退。")
    assert (5, 7, "士林") in _gpe("一家人定居士林。")
    ents = _gpe("此法后来传入龙泉、缙云两地。")
    assert (6, 8, "龙泉") in ents
    assert (6, 8, "溪口") in _gpe("次日甲某已由溪口回到南京，")


def test_short_form_after_dui_ju_and_before_a_bearing():
    assert (5, 8, "山海关") in _gpe("炮兵连续对山海关城垣轰击。")
    assert (1, 3, "六合") in _gpe("距六合城区四十余公里。")
    assert (2, 4, "六合") in _gpe("地处六合西北山区。")


def test_short_form_negatives():
    # an ordinary verb whose last character is no move (增进) reads no place; 对 without a word of place reads none
    assert _gpe("此举增进六合团结。") == []
    assert [g for g in _gpe("我们对六合的看法不同。") if g[2] == "六合"] == []


def test_short_form_inside_a_place_before_it():
    assert (4, 6, "明光") in _gpe("盱眙县的明光、三界等处仍有土匪。")
    assert (2, 4, "茂林") in _gpe("皖南茂林的山谷里枪声渐息。")
    # a frequent word after a region is no short form (北疆新建的: "newly built")
    assert [g for g in _gpe("不同于北疆新建的几座城。") if g[2] == "新建"] == []
