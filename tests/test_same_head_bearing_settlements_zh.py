"""Session 20 Chinese GPE audit (s20zhgpe): same_head_bearing_settlements_zh — 、-lists of villages sharing one settlement head,
places named by their bearing from a known county, and a village named with 村 after a clause edge or an address's
district word. Every sentence is written for the test; the guideline rule each follows is named in the comment."""

from pipeline import extract_text
from pipeline.rules.same_head_bearing_settlements_zh import (bearing_places, introduced_settlements, renamed_places, same_head_lists,
                                                   taken_places, village_names)


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _of(text, label):
    return [t for t, lab in _ents(text) if lab == label]


def _spans(cands, text):
    return [text[c.start:c.end] for c in cands]


def test_same_head_list_names_every_village():
    # guideline table (GPE: village) and rule 6 (the suffix written with the name stays inside)
    text = "乡长常在附近甘泉村、石碾村、八县村、北柳林村、杏花渠村等村强征粮款。"
    gpe = _of(text, "GPE")
    for name in ("甘泉村", "石碾村", "八县村", "北柳林村", "杏花渠村"):
        assert name in gpe
    assert "柳林村" not in gpe              # the list member keeps its bearing character (北柳林村)


def test_same_head_list_of_market_towns():
    text = "股匪先后窜扰过黄沙集、青冈集、苦水集三处。"
    assert _spans(same_head_lists(text), text) == ["黄沙集", "青冈集", "苦水集"]


def test_same_head_list_negatives():
    # descriptive words ending in 村 are no names; two members are not enough
    text = "这里既有农村、山村、度假村，也有大村、邻村、新村。"
    assert same_head_lists(text) == []
    text = "部队驻在甘泉村、石碾村。"
    assert same_head_lists(text) == []


def test_bearing_place_after_known_county():
    # docs guideline: a village after a bearing is a GPE (开封以北李庄); 之 or 的 may stand between
    text = "敌人突袭了驻莒县西北石马池的区公所。"
    assert ("石马池", "GPE") in _ents(text)
    text = "部队转移到新泰东南之柳杭一带休整。"
    assert ("柳杭", "GPE") in _ents(text)


def test_bearing_list_of_places():
    text = "日军分路向临沂以东的葛沟、汤坊、旺庄一带合围。"
    assert _spans(bearing_places(text), text) == ["葛沟", "汤坊", "旺庄"]


def test_bearing_negatives():
    # a part word after the bearing (西部, 南面) or an ordinary word after it (山区, 地区) is no place
    for text in ("日军在河南西部的山区活动。", "湖南南面的部队北上。", "临沂以北的地区全被封锁。", "蒙阴东南山区的群众"):
        assert bearing_places(text) == []


def test_village_after_clause_edge_or_district():
    # a village named with 村 at a clause edge, after a function character or an address's district word
    text = "第二天，与槐树屯村的民兵会合。"
    assert _spans(village_names(text), text) == ["槐树屯村"]
    text = "游击队夜袭伪五区苦竹窝村乡公所。"
    assert ("苦竹窝村", "GPE") in _ents(text)


def test_village_negatives():
    # 村 opening an ordinary word (村民, 村长), descriptive stems and numbered villages are no names
    for text in ("这个村的村民都跑了。", "该村、本村、小山村、新农村都在山里。", "三村的民兵集合。", "与城中村的居民谈话。"):
        assert village_names(text) == []


def test_taken_place_is_the_whole_clause_final_object():
    # guideline table (GPE: town, village): the object of a verb of taking or holding, up to the clause's end
    text = "初九日占柘塘，次日移驻桑墩。"
    assert _spans(taken_places(text), text) == ["柘塘", "桑墩"]
    assert ("柘塘", "GPE") in _ents(text)


def test_taken_place_negatives():
    # ordinary objects, a verb going on into a word, a one-character verb that ends another word
    for text in ("我军攻占阵地，又占领城池。", "部队占领后，筑起了工事。", "他接触到马克思主义，思想大变。", "霸占土地，"):
        assert taken_places(text) == []


def test_introduced_settlement_and_its_repeats():
    # docs guideline: a place the text introduces by name is a GPE (一个叫某集的小村子); its other mentions follow
    text = "松岗铺是位于两县之间大道旁的一个小镇。松岗铺守敌只有一个排。"
    assert _spans(introduced_settlements(text), text) == ["松岗铺"]
    assert _of(text, "GPE").count("松岗铺") == 2


def test_introduced_settlement_negatives():
    for text in ("这是一个小镇。", "那里是一个村庄。", "我们的目的地是一座小镇。"):
        assert introduced_settlements(text) == []


def test_village_list_after_a_full_stop():
    # settlement_names_zh: a list closed by 等村 whose first name follows a full stop (the stop is no part of it)
    text = "敌人退到河东。石家、小韩家、邵家等村群众都来支前。"
    gpe = _of(text, "GPE")
    assert "石家" in gpe and "小韩家" in gpe and "邵家" in gpe


def test_renamed_place_keeps_its_head():
    # guideline 6: the suffix written with the name stays inside; the new name after a word of renaming
    text = "清代中叶改名永丰场。"
    assert _spans(renamed_places(text), text) == ["永丰场"]
    assert ("永丰场", "GPE") in _ents(text)
    text = "民国三年改称安平县，后改为安平厅。"
    assert _spans(renamed_places(text), text) == ["安平县", "安平厅"]


def test_renamed_negatives():
    for text in ("他把名字改为王五。", "会议改为下午召开。", "部队改称第一纵队。"):
        assert renamed_places(text) == []


def test_gloss_word_stays_outside_a_known_place():
    # guideline 7: 今 is outside the place (在今浙江 → GPE 浙江, no LOC 今浙江)
    ents = _ents("其地在今浙江温州市西。")
    assert ("浙江", "GPE") in ents and not any(t.startswith("今") for t, _ in ents)


# --- lead's merge guards (session 20): each class kept from reading a neighbouring word

def test_taking_verb_running_into_a_word_takes_no_object():
    # 收复|读生: 复读 is a word, so 读生 is no object of 收复
    assert not [e for e in _ents("学校停止招收复读生。") if e[1] == "GPE"]


def test_post_word_opening_a_village_stem():
    # 巡查|松村: a post opens the stem; no village 巡查松村
    assert not [e for e in _ents("只见巡查松田走过。看到巡查松村经过") if e[1] == "GPE"]
