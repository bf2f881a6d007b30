"""Forms of pages retelling the guerrilla war behind the lines (session 14 audit, auditzh24):
pipeline/rules/guerrilla_forms_zh.py, and the fixes of the same audit in discourse_repeats (a village read whole at
every mention), person_dictionary (X地), local_place_forms_zh (驻X及其附近), name_walk (a bearing before 、; the side of a river
before an event head) and units (老红军).

Sentences written for these tests (made-up villages, people and fights)."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _labelled(text, label):
    return [e for e in _ents(text) if e[2] == label]


# a dictionary mountain is no gazetteer place inside it -----------------------------------------------------------

def test_dictionary_mountain_is_one_loc():
    text = "游击队从云蒙山转移，敌人扑了空。"
    assert (4, 7, "LOC", "云蒙山") in _ents(text)
    assert not [e for e in _ents(text) if e[3] == "蒙山"]


def test_dictionary_mountain_before_base_area_is_the_mountain():
    ents = _ents("那年冬天，区委撤进雾灵山根据地。")
    assert (9, 12, "LOC", "雾灵山") in ents
    assert not [e for e in ents if e[3] == "灵山"]


def test_gazetteer_place_alone_stays_gpe():
    ents = _ents("他的老家在灵山县。")
    assert (5, 8, "GPE", "灵山县") in ents


# a base area named by an unfamiliar mountain --------------------------------------------------------------------

def test_mountain_base_area_is_the_mountain():
    text = "1943年春，日伪军对柳沟岭抗日根据地发动扫荡。"
    ents = _ents(text)
    assert (11, 14, "LOC", "柳沟岭") in ents
    assert (0, 6, "DATE", "1943年春") in ents


def test_mountain_base_area_after_a_verb():
    assert (4, 7, "LOC", "羊头山") in _ents("他们开辟羊头山根据地。")


def test_base_area_without_mountain_names_nothing():
    assert not _labelled("敌人对抗日根据地发动扫荡，山区根据地损失很大。", "LOC")


# a village chosen with its suffix is the village at every mention ----------------------------------------------

def test_village_repeat_over_gazetteer_place():
    text = "1942年，鬼子扫荡了五河村。五河村民兵埋下地雷。"
    ents = _ents(text)
    assert (11, 14, "GPE", "五河村") in ents
    assert (15, 18, "GPE", "五河村") in ents          # not the county 五河 before 村民兵
    assert not [e for e in ents if e[3] == "五河"]


def test_village_repeat_leaves_other_places():
    ents = _ents("战士们住在高平村。第二天到了高平市。")
    assert (5, 8, "GPE", "高平村") in ents
    assert (14, 17, "GPE", "高平市") in ents


# a field is no person -------------------------------------------------------------------------------------------

def test_field_word_is_no_person():
    assert not _labelled("战士们藏在村南玉米地里，等敌人过来。", "PERSON")


def test_name_ending_in_di_stays_person():
    assert (0, 3, "PERSON", "李光地") in _ents("李光地奏请朝廷。")


# a village where troops are stationed, before 及其附近 -------------------------------------------------------------

def test_stationed_village_before_its_surroundings():
    ents = _ents("团部驻王官屯及其附近，一营驻李家集。")
    assert (3, 6, "GPE", "王官屯") in ents


def test_stationed_word_is_no_village():
    assert not _labelled("部队驻地及其附近有敌人。", "GPE")


# a bearing before 、 lists no name ---------------------------------------------------------------------------------

def test_bearing_before_list_mark_stays_outside_fac():
    ents = _ents("敌人从村西、白云寺北面扑来。")
    assert (6, 9, "FAC", "白云寺") in ents
    assert not [e for e in ents if "、" in e[3]]


def test_listed_forts_stay_one_fac():
    assert (0, 7, "FAC", "镇远、威远炮台") in _ents("镇远、威远炮台失守。")


# the side of a river before an event head ---------------------------------------------------------------------------

def test_river_side_event_keeps_the_river():
    ents = _ents("冀中军区发起滹沱河东战役，歼敌三百余人。")
    assert (6, 12, "EVENT", "滹沱河东战役") in ents
    assert (15, 19, "QUANTITY", "三百余人") in ents


def test_place_hedong_event_unchanged():
    assert (2, 6, "EVENT", "河东战役") in _ents("他在河东战役中负伤。")


# a veteran is no force ---------------------------------------------------------------------------------------------

def test_veteran_word_is_no_unit():
    ents = _ents("他是一位老红军，十六岁参加红军。")
    assert (13, 15, "MIL_UNIT", "红军") in ents
    assert not [e for e in ents if e[2] == "MIL_UNIT" and e[0] < 8]
    assert (8, 11, "QUANTITY", "十六岁") in ents
    assert not _labelled("村里来了个老八路。", "MIL_UNIT")


def test_force_after_old_without_word_stays_unit():
    assert [e for e in _ents("一位老新四军战士回到家乡。") if e[2] == "MIL_UNIT" and e[3] == "新四军"]


# a name between a verb of appointing and the post ----------------------------------------------------------------

def test_appointed_name_outranks_place_inside():
    ents = _ents("上级任命赵长春担任大队长，任命刘永福为团长。")
    assert (4, 7, "PERSON", "赵长春") in ents
    assert (15, 18, "PERSON", "刘永福") in ents
    assert not [e for e in ents if e[2] == "GPE"]


def test_appointed_pronoun_is_no_person():
    assert not _labelled("上级任命他为队长，任命一名干部兼任政委。", "PERSON")


# a list of places counted as strongpoints or spots -----------------------------------------------------------------

def test_counted_strongpoints_are_places():
    ents = _ents("游击队于三日收复刘家堆、石马庙两据点，俘敌百余。")
    assert (8, 11, "GPE", "刘家堆") in ents
    assert (12, 15, "GPE", "石马庙") in ents


def test_counted_spots_with_last_item_after_ji():
    ents = _ents("民兵设伏于马家桥、王石磨及赵家洼三处，敌人不敢来。")
    assert [e for e in ents if e[2] == "GPE"] == [(5, 8, "GPE", "马家桥"), (9, 12, "GPE", "王石磨"),
                                                 (13, 16, "GPE", "赵家洼")]
    assert (16, 18, "QUANTITY", "三处") in ents


def test_counted_bearings_are_no_places():
    assert not _labelled("敌人在村东、村西两处修了炮楼。", "GPE")


# a preposition before 县委 is no county's last character --------------------------------------------------------

def test_subject_before_county_committee_is_no_org():
    ents = _ents("后来，刘平向县委报告敌情，马林对县委说了。")
    assert not [e for e in ents if e[2] == "ORG"]
    assert (3, 5, "PERSON", "刘平") in ents


def test_named_county_committee_stays_org():
    assert (1, 5, "ORG", "沁源县委") in _ents("由沁源县委领导。")


# a town named X乡 with its 镇 before a village ----------------------------------------------------------------------

def test_village_after_xiang_town():
    ents = _ents("他带着一个班回到北乡镇杨柳村。")
    assert (11, 14, "GPE", "杨柳村") in ents
    assert not [e for e in ents if e[3].startswith("镇")]


def test_village_after_ordinary_town_unchanged():
    ents = _ents("他回到老家团旺镇东岚村。")
    assert (8, 11, "GPE", "东岚村") in ents


# the enemies and collaborators of base-area narratives before a name -----------------------------------------------

def test_name_after_collaborator_noun_is_person():
    assert (2, 5, "PERSON", "王三虎") in _ents("土顽王三虎经常骚扰根据地。")
    assert (4, 7, "PERSON", "赵老六") in _ents("伪军头目赵老六被击毙。")
    ents = _ents("叛徒孙德贵带路，恶霸钱有财逃走。")
    assert (2, 5, "PERSON", "孙德贵") in ents and (10, 13, "PERSON", "钱有财") in ents


def test_collaborator_noun_alone_names_nobody():
    assert not _labelled("土顽势力很大，头目们逃走了。", "PERSON")


# a team's word glued into its post is no name --------------------------------------------------------------------

def test_team_word_before_post_is_no_name():
    ents = _ents("1944年春，孙某调回本县，任武工队长。")
    assert not [e for e in ents if e[2] == "PERSON" and e[3] != "孙某"]


def test_name_before_post_stays_person():
    assert (1, 3, "PERSON", "邓某") in _ents("，邓某师长当即下令。")
