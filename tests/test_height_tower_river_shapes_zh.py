"""Session 20 round 2 (r20zhloc): place label and extent classes seen on round 1's held-out passages
(height_tower_river_shapes_zh, and small guards in place_word_checks, landform_frames_zh, landform_names_zh,
pass_valley_upland_frames_zh, span_edges_zh). Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _spans(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


# 1. a bearing + gate + 高地/阵地 is one name (guideline table: a height is LOC; X阵地 is the project's FAC)
def test_gate_height_is_one_name():
    text = "守军退至南石门高地，又失东天门阵地。"
    ents = _spans(text)
    assert (4, 9, "南石门高地", "LOC") in ents
    assert (12, 17, "东天门阵地", "FAC") in ents
    assert not any(label == "GPE" for *_, label in ents)   # no county 石门/天门 inside


def test_gate_height_neighbours_kept():
    assert ("天门", "GPE") in _ents("他是湖北天门人。")           # the county alone
    ents = _ents("我军占领了五二〇高地。")
    assert not any(t.endswith("门高地") for t, _ in ents)


# 2. a gazetteer name across a word boundary: a noun ends on its first character, its bearing opens 段/侧/端
def test_name_across_a_section_word_is_no_place():
    ents = _ents("敌军主力进至防线西段，另一部攻阵线北侧。")
    assert not any(t in ("线西", "线北") for t, _ in ents)


def test_section_guard_keeps_places():
    assert ("江西", "GPE") in _ents("部队进入江西后")
    assert ("河南", "GPE") in _ents("在河南西部作战")


# 3. watchtower heights: numeral + 道 + 楼子, or a short name + 楼子 after a verb or list mark
def test_watchtower_heights():
    ents = _ents("敌军进攻九道楼子和黑石楼子。")
    assert ("九道楼子", "LOC") in ents and ("黑石楼子", "LOC") in ents
    assert not any(label in ("QUANTITY", "GPE") for _, label in ents)


def test_watchtower_negative():
    ents = _ents("他在楼子里睡觉。")
    assert not any(t.endswith("楼子") for t, _ in ents)


# 4. a river as the subject of a verb of flowing
def test_flowing_river_is_loc():
    ents = _spans("清溪河由南向北流经县境，白马江自西向东流入大海。")
    assert (0, 3, "清溪河", "LOC") in ents
    assert (12, 15, "白马江", "LOC") in ents
    ents = _spans("青溪江东流入海。")
    assert (0, 3, "青溪江", "LOC") in ents and not any(t == "江东" for _, _, t, _ in ents)


def test_flowing_river_negative():
    ents = _ents("溪水向东流去。")
    assert not any(label == "LOC" for _, label in ents)


# 5. two short names joined by 与/和/及 before a count (like 、): each stem a LOC, the count a QUANTITY
def test_counted_pair_with_yu():
    ents = _spans("青狮与白象两山之间是一条山谷。")
    assert (0, 2, "青狮", "LOC") in ents and (3, 5, "白象", "LOC") in ents
    assert (5, 7, "两山", "QUANTITY") in ents
    ents = _ents("秦淮、金川两河")
    assert ("秦淮", "LOC") in ents and ("金川", "LOC") in ents


# 6. a pass named X关 after 出/入/守/攻/过 or before 一带/下: LOC, the verb outside
def test_framed_pass_is_loc():
    ents = _spans("清军出紫云关，又守青木关一带。")
    assert (3, 6, "紫云关", "LOC") in ents and (9, 12, "青木关", "LOC") in ents
    ents = _spans("我军攻入白马关下。")
    assert (4, 7, "白马关", "LOC") in ents


def test_framed_pass_negatives():
    assert ("潼关", "GPE") in _ents("潼关一带驻有重兵。")        # the county named after the pass keeps its reading
    ents = _ents("他在机关下班。")
    assert not any(label == "LOC" for _, label in ents)


# 7. a walled town before a position word keeps 城 (spec guideline 6: 衡阳城; docs: 平壤城北)
def test_walled_town_before_position_word():
    assert ("镇江城", "GPE") in _ents("清军退至镇江城外。")
    assert ("长沙城", "GPE") in _ents("敌军冲入长沙城内。")
    assert ("平壤城", "GPE") in _ents("敌围平壤城北。")
    ents = _ents("部队在城外集结。")
    assert not any(label == "GPE" for _, label in ents)


# 8. 海口 after a place's name or before a position word is the sea mouth, not the city
def test_sea_mouth_is_no_city():
    ents = _ents("敌舰驶入龙门海口，停泊在海口中央。")
    assert not any(t == "海口" for t, _ in ents)
    assert ("海口", "GPE") in _ents("日军在海口登陆。")


# 9. a verb of holding before the first hill of a list is outside it
def test_holding_verb_outside_hill_list():
    ents = _spans("挟青峰山、白云山诸险以守。")
    assert (1, 4, "青峰山", "LOC") in ents and (5, 8, "白云山", "LOC") in ents
    assert not any(t.startswith("挟") for _, _, t, _ in ents)


# 11. province abbreviations before a count of provinces: each a GPE (docs: 粤、奉、皖 in a list)
def test_province_abbreviations_counted():
    ents = _spans("日军进犯鄂豫皖三省边境，又扰苏浙两省。")
    for i, ch in ((4, "鄂"), (5, "豫"), (6, "皖"), (14, "苏"), (15, "浙")):
        assert (i, i + 1, ch, "GPE") in ents
    ents = _ents("新四军在苏皖边区活动。")   # the region, no count
    assert ("苏皖边区", "LOC") in ents and not any(label == "GPE" for _, label in ents)


# 6b. a walled town after a verb of taking whose name holds a county's: one character + the county + 城 is one GPE
def test_taken_town_holding_a_county():
    ents = _spans("叛军又破金浦城。")
    assert (4, 7, "金浦城", "GPE") in ents and not any(t == "浦城" for _, _, t, _ in ents)
    ents = _ents("敌陷浦城。")
    assert ("浦城", "GPE") in ents                              # the county alone keeps its reading
    assert not any(t == "西浦城" for t, _ in _ents("又破西浦城。"))   # a bearing before the county is no name


# 12. a village named by its distance in a list: GPE, no distance
def test_mile_village_in_a_list():
    ents = _spans("敌军占据三里桥、七里墩及十里店。")
    assert (8, 11, "七里墩", "GPE") in ents and (12, 15, "十里店", "GPE") in ents
    assert not any(label == "QUANTITY" for *_, label in ents)
    ents = _ents("部队前进五里，到达张庄。")
    assert ("五里", "QUANTITY") in ents                             # a distance stays a count


def test_walled_town_carries_the_id_of_its_place():
    # 宣化城内: the district's short form's id (geo.candidates strips 城, then reads the short form)
    text = "敌人退到宣化城内固守。"
    got = [(text[e["start"]:e["end"]], e["norm"].get("id")) for e in extract_text(text, rules_only=True)["entities"]]
    assert got == [("宣化城", "cn:130705")]
