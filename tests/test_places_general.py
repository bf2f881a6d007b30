"""General place grammar of battle narratives (villages, heights, passes, route names and sections).

Every sentence is invented for this test (made-up villages and hills); each asserts exact spans
and labels, and the ordinary words that must stay untagged.
"""

from pipeline.rules.facilities import find_facilities
from pipeline.rules.name_walk import ABBREVIATIONS
from pipeline.rules.places import find_places


def places(text):
    return [(c.start, c.end, text[c.start : c.end], c.label) for c in find_places(text)]


def facilities(text):
    return [(c.start, c.end, text[c.start : c.end], c.label) for c in find_facilities(text)]


# ---------------------------------------------------------------- villages after verbs of attack
def test_village_after_attack_verbs():
    text = "我军攻击杨柳圩，又袭击马鞍寨。"
    assert places(text) == [(4, 7, "杨柳圩", "GPE"), (11, 14, "马鞍寨", "GPE")]


def test_village_named_with_an_ordinary_noun_after_a_strong_cue():
    text = "一部固守凤凰寨，一部撤往桃林铺。"
    assert places(text) == [(4, 7, "凤凰寨", "GPE"), (12, 15, "桃林铺", "GPE")]


def test_village_list_before_a_line_word():
    text = "守军退至高桥镇、三里店、凤凰寨地区。"
    assert places(text) == [(4, 7, "高桥镇", "GPE"), (8, 11, "三里店", "GPE"), (12, 15, "凤凰寨", "GPE")]


def test_village_after_a_place_and_a_conjunction():
    text = "我军攻克碾村以东的杏花庄和利民驿。"
    got = places(text)
    assert (9, 12, "杏花庄", "GPE") in got and (13, 16, "利民驿", "GPE") in got


def test_village_after_a_village_and_a_direction():
    text = "第二营集结于茅草坪以南的葫芦峪。"
    assert places(text) == [(6, 9, "茅草坪", "GPE"), (12, 15, "葫芦峪", "GPE")]


def test_ying_village_needs_a_strong_context():
    text = "日军一部进至枣林营东北方向。"
    assert places(text) == [(6, 9, "枣林营", "GPE")]
    assert places("球队在伤兵满营的情况下取胜。") == []


def test_camps_and_units_are_no_villages():
    text = "战士们在集训营休息，袭击了工兵营，敌人退守老营，我军攻击敌营。"
    assert places(text) == []


def test_mile_village_beats_the_distance():
    text = "我军进占五里墩，敌退往二十里铺。"
    assert places(text) == [(4, 7, "五里墩", "GPE"), (11, 15, "二十里铺", "GPE")]
    assert find_places(text)[0].priority > 40  # above QUANTITY's 五里


def test_county_name_plus_village_suffix_is_a_village():
    text = "该团在梨树屯附近集结。"
    assert places(text) == [(3, 6, "梨树屯", "GPE")]


def test_col_is_a_landform():
    text = "主力经赵家岭、刘家坳，于拂晓抵达白杨坪。"
    assert places(text) == [(3, 6, "赵家岭", "LOC"), (7, 10, "刘家坳", "LOC"), (16, 19, "白杨坪", "GPE")]


def test_listed_bare_name_before_yidai():
    text = "我军在大王庄、小李家一带与敌反复争夺。"
    assert places(text) == [(3, 6, "大王庄", "GPE"), (7, 10, "小李家", "GPE")]


def test_ordinary_words_with_village_suffixes_stay_untagged():
    for text in (
        "各部队集中兵力，攻击前头之敌。",
        "该村农民踊跃支前，商店照常营业。",
        "部队攻击前进，袭击敌人据点，固守阵地，退守城头。",
        "我军攻击敌营，进至村口，攻占县城，据守码头。",
        "他们在山沟里，在田头和地头劳动，到桥头，在村头，在码头。",
        "部队在前头，在后头，在里头，在外头。",
        "把课堂搬到田间地头。",
    ):
        assert places(text) == [], text


# ---------------------------------------------------------------- heights and passes
def test_numbered_heights_are_loc():
    text = "我军攻占1300高地后，又夺取一三〇〇高地、573.2高地和3号高地。"
    assert facilities(text) == [
        (4, 10, "1300高地", "LOC"),
        (15, 21, "一三〇〇高地", "LOC"),
        (22, 29, "573.2高地", "LOC"),
        (30, 34, "3号高地", "LOC"),
    ]


def test_chinese_numbered_heights():
    text = "第五连坚守五二〇高地，三号高地失守。"
    assert facilities(text) == [(5, 10, "五二〇高地", "LOC"), (11, 15, "三号高地", "LOC")]


def test_named_heights_and_passes():
    text = "我军攻占青龙高地，敌军退守石门关口，一部进攻黑风隘口。"
    assert places(text) == [(4, 8, "青龙高地", "LOC"), (13, 17, "石门关口", "LOC"), (22, 26, "黑风隘口", "LOC")]


def test_saddle_pass_is_one_loc():
    text = "敌军退守黄草垭口，我军攻占青杠垭。"
    assert places(text) == [(4, 8, "黄草垭口", "LOC"), (13, 16, "青杠垭", "LOC")]


def test_kinds_of_height_are_no_names():
    for text in ("部队攻克城关，占领关口，夺取隘口，攻占无名高地。", "我军攻占附近高地，占领东侧高地，攻击正面高地，攻占主峰高地。"):
        assert places(text) == [] and facilities(text) == [], text


# ---------------------------------------------------------------- routes
def test_route_part_after_a_route_name():
    text = "我军向津浦路北段发起进攻，同蒲路沿线的据点被拔除。"
    assert facilities(text) == [(3, 6, "津浦路", "FAC"), (13, 16, "同蒲路", "FAC")]


def test_route_sections_from_two_abbreviations():
    text = "敌人企图控制湘黔公路衡宝段，我军攻克徐蚌段各据点。"
    assert facilities(text) == [(6, 10, "湘黔公路", "FAC"), (10, 13, "衡宝段", "FAC"), (18, 21, "徐蚌段", "FAC")]


def test_ordinary_sections_and_roads_are_not_routes():
    text = "他们不同路，一路上走走停停，公路两旁都是田地，这一段很正常段落分明。"
    assert facilities(text) == []


def test_route_abbreviations_come_from_the_lexicon():
    assert {"汴", "芜", "钦", "秦", "邕", "蓉", "穗", "广", "襄"} <= ABBREVIATIONS
    assert not {"厦", "潮", "宾"} & ABBREVIATIONS  # 大厦, 热潮, 贵宾 would read as route names
    text = "日军沿汴洛铁路西犯，又控制了宁芜公路。"
    assert facilities(text) == [(3, 7, "汴洛铁路", "FAC"), (14, 18, "宁芜公路", "FAC")]


def test_clause_initial_village_before_a_passive():
    text = "当晚，柳树屯被我军攻克。"
    assert places(text) == [(3, 6, "柳树屯", "GPE")]


def test_direction_cue_and_verb_of_movement():
    text = "敌军一部向卧龙集进犯，另一部向杨柳营溃退。"
    assert places(text) == [(5, 8, "卧龙集", "GPE"), (15, 18, "杨柳营", "GPE")]
    assert places("他向老师集结的地方走去。") == []


def test_more_verbs_of_attack_and_movement():
    text = "拂晓前各部进入石榴村以北地区，一部攻打王家寨，一部驰援白沙铺。"
    assert places(text) == [(7, 10, "石榴村", "GPE"), (19, 22, "王家寨", "GPE"), (27, 30, "白沙铺", "GPE")]


def test_village_with_a_position_prefix_in_a_strong_context():
    text = "我军攻占前王庄，又袭击后李村，攻击东杨庄、西杨庄之敌。"
    assert places(text) == [(4, 7, "前王庄", "GPE"), (11, 14, "后李村", "GPE"), (17, 20, "东杨庄", "GPE"), (21, 24, "西杨庄", "GPE")]
    assert places("部队在上述村庄休整，进入前方村落，敌军撤往前村，我军攻占下村。") == []


def test_railways_of_the_wider_abbreviation_list():
    text = "日军沿京广铁路南下，又破坏襄渝公路。广大铁路职工积极支援前线。"
    assert facilities(text) == [(3, 7, "京广铁路", "FAC"), (13, 17, "襄渝公路", "FAC")]


def test_loess_and_hollow_names():
    text = "我军攻占黄土梁后，继续向董家塬推进。敌人退守李家洼，一部在桃花冲附近。"
    assert places(text) == [(4, 7, "黄土梁", "LOC"), (12, 15, "董家塬", "LOC"), (22, 25, "李家洼", "GPE"), (29, 32, "桃花冲", "GPE")]
    assert places("一块建筑垃圾遗漏在门梁内。我军向前冲，战士们往里冲。他修建桥梁。") == []


def test_cue_then_a_list_of_bare_names_then_a_line_word():
    text = "我军进抵柏树、沙坪、龙塘一带，与敌对峙。"
    assert places(text) == [(4, 6, "柏树", "GPE"), (7, 9, "沙坪", "GPE"), (10, 12, "龙塘", "GPE")]   # session 8: X塘 villages are GPE
    for text in ("部队在训练、学习、生产等地取得成绩。", "敌人在政治、经济、文化一线发动攻势。"):
        assert places(text) == [], text


def test_cue_then_bare_name_then_a_direction():
    text = "我军进至金竹以北，敌军退至丰乐以南，一部进抵罗洞东南方向。"
    assert places(text) == [(4, 6, "金竹", "GPE"), (13, 15, "丰乐", "GPE"), (22, 24, "罗洞", "GPE")]
    for text in ("我们在会议以后讨论，在工作以外。", "在其以北，在此以南，在城以西。", "我军在河边以东设伏。"):
        assert places(text) == [], text


def test_route_after_a_direction_preposition():
    text = "第三八六旅向正太路发起破击，他向正常路走去。"
    assert facilities(text) == [(6, 9, "正太路", "FAC")]


def test_villages_after_control_and_between():
    text = "我军控制东峪村、西峪村，又在青竹坪、曹家坪之间设伏。"
    assert places(text) == [(4, 7, "东峪村", "GPE"), (8, 11, "西峪村", "GPE"), (14, 17, "青竹坪", "GPE"), (18, 21, "曹家坪", "GPE")]


def test_market_towns_of_the_south():
    text = "日军一部由石龙墟北犯，我军进至大塘墟以东。"
    assert places(text) == [(5, 8, "石龙墟", "GPE"), (15, 18, "大塘墟", "GPE")]
    assert places("他住在草甸上，赶墟去了。") == []


def test_clause_list_with_a_known_place_before_a_line_word():
    text = "敌军分路进犯，金竹、丰乐、郑州一线相继告急。"
    assert places(text) == [(7, 9, "金竹", "GPE"), (10, 12, "丰乐", "GPE"), (13, 15, "郑州", "GPE")]
    assert places("到月底，柏树、沙坪、龙塘一带已无敌踪。") == []  # no cue and no known place
    assert places("会后，训练、学习、郑州一线都有进展。") == [(9, 11, "郑州", "GPE")]


def test_height_named_after_a_known_place():
    text = "两军在当阳高地、远安以北激战。"
    assert places(text) == [(3, 7, "当阳高地", "LOC"), (8, 10, "远安", "GPE")]


def test_a_sides_position_at_a_named_place():
    text = "日军对我杏花坡正面阵地屡攻不下，我柳条沟守军顽强抵抗，敌王家庄据点被拔除。"
    assert places(text) == [(4, 7, "杏花坡", "LOC"), (17, 20, "柳条沟", "LOC"), (28, 31, "王家庄", "GPE")]
    assert places("我军民齐心，我师主力进至前沿，敌我双方伤亡惨重，我们在自我批评中进步。") == []
    assert places("我校园区附近，我单位村口一带，我家乡村附近有条河。") == []
