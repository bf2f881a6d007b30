"""Mountains, ridges and rivers named by a head word, read from the words around them
(pipeline/rules/landform_heads.py): a verb of movement or holding before (翻越, 抢占了, 凭借, 依托),
a landform word after (北麓, 主峰, 东岸, 天险), a height given with 海拔, the other members of a 、-list,
later mentions; a river read across a province name (X河南下). Not ordinary words (深山, 历史长河),
not a county the gazetteer knows, not a province before a county (湖南平江).

Every sentence is written for this file with invented places; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, ents, extracted


def locs(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "LOC")]


def test_ridge_after_a_verb_of_crossing_and_river_before_its_bank():
    text = "部队翻越雪峰岭，进至黑石河东岸。"
    assert locs(text) == [at(text, "雪峰岭", "LOC"), at(text, "黑石河", "LOC")]


def test_river_read_across_a_province_name_and_height_after_a_verb_with_le():
    text = "我军沿龙门河南下，抢占了鹰嘴山制高点。"
    assert locs(text) == [at(text, "龙门河", "LOC"), at(text, "鹰嘴山", "LOC")]
    assert ("河南", "GPE") not in ents(text)


def test_later_mention_after_a_verb_with_le():
    text = "敌军退守牛头山，我军随即包围了牛头山。"
    assert locs(text) == [at(text, "牛头山", "LOC"), at(text, "牛头山", "LOC", 1)]


def test_list_of_heights_after_a_verb_of_holding():
    text = "守军依托老虎岭、鸡公山一线阵地顽强抵抗。"
    assert locs(text) == [at(text, "老虎岭", "LOC"), at(text, "鸡公山", "LOC")]


def test_height_with_its_elevation_and_the_summit_of_a_named_ridge():
    assert locs("海拔一千二百米的青龙山是全线的制高点。") == [(8, 11, "LOC")]
    text = "敌人占据了金鸡岭主峰，我军从东侧攻上金鸡岭顶。"
    assert locs(text) == [at(text, "金鸡岭", "LOC"), at(text, "金鸡岭顶", "LOC")]


def test_river_crossed_and_numeral_first_ridge_attacked():
    text = "红军强渡乌木江后，日军沿着长林河两岸推进，进攻三道岭。"
    assert locs(text) == [at(text, "乌木江", "LOC"), at(text, "长林河", "LOC"), at(text, "三道岭", "LOC")]


def test_hill_before_a_natural_barrier_and_after_a_preposition_of_place():
    text = "守军凭借伏虎山天险顽强阻击，我军在猫儿山以北歼敌一个营。"
    assert locs(text) == [at(text, "伏虎山", "LOC"), at(text, "猫儿山", "LOC")]


def test_no_landform_for_ordinary_words_or_a_province_and_county():
    text = "哨所设在雪山之巅，羞耻感可谓是在历史长河中淘洗。部队转至湖南平江以东山区待机。"
    found = [text[s:e] for s, e, _ in locs(text)]
    assert "雪山" not in found and "历史长河" not in found and "湖南平江" not in found
    assert ("平江", "GPE") in ents(text)


def test_battle_named_after_a_ridge_and_fighting_at_it():
    text = "七月的青石岭战斗持续了三天。我军参加了乌木江战役。"
    events = [(s, e, lab) for s, e, lab, _ in extracted(text, "EVENT")]
    assert events == [at(text, "青石岭战斗", "EVENT"), at(text, "乌木江战役", "EVENT")]
    text = "两个团在青石岭战斗到天明。"
    assert locs(text) == [at(text, "青石岭", "LOC")]
    assert extracted(text, "EVENT") == []


def test_in_the_battle_of_a_ridge_is_the_event():
    text = "他在青石岭战斗中牺牲，在独山战斗中，一营伤亡过半。"
    events = [(s, e, lab) for s, e, lab, _ in extracted(text, "EVENT")]
    assert events == [at(text, "青石岭战斗", "EVENT"), at(text, "独山战斗", "EVENT")]


def test_river_after_a_crossing_to_a_compass_point_and_a_pass_of_a_river_garrisoned():
    text = "一部西渡柳溪河，另一部分驻乌木江要隘。"
    assert locs(text) == [at(text, "柳溪河", "LOC"), at(text, "乌木江", "LOC")]
