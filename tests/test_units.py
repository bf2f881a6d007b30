"""MIL_UNIT finder and normaliser: exact spans and exact normalised values."""

from __future__ import annotations


import pytest

from pipeline.normalize.units import designation_key, echelon_key, normalize_unit, parse_number, side_from_context
from pipeline.rules.units import find_units


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, text[c.start:c.end]) for c in find_units(text)]


def expect(text: str, *parts: str) -> list[tuple[int, int, str]]:
    """(start, end, part) for each part, found left to right in text."""
    out, pos = [], 0
    for part in parts:
        start = text.index(part, pos)
        out.append((start, start + len(part), part))
        pos = start + len(part)
    return out


def norm_of(text: str, part: str) -> dict:
    for c in find_units(text):
        if text[c.start:c.end] == part:
            return c.norm
    raise AssertionError(f"{part} not found in {text}")


def core(norm: dict) -> tuple:
    return norm["numbers"], norm["echelon"], norm["prefix"]


# --- spans -----------------------------------------------------------------------------------

def test_candidates_carry_label_source_priority():
    (c,) = find_units("日军第37师团渡河。")
    assert (c.start, c.end, c.label, c.source, c.priority) == (2, 7, "MIL_UNIT", "rule:unit", 60)
    (n,) = find_units("东北关东军被抽调。")
    assert (n.start, n.end, n.source) == (2, 5, "lexicon:unit")


@pytest.mark.parametrize("text,parts", [
    # Japanese divisions and brigades, side words outside
    ("日军第37师团配属独立混成第7旅团渡河。", ["第37师团", "独立混成第7旅团"]),
    ("华北方面军指挥第12军，战车第3师团、62师团、骑兵第4旅团，共5个师团又3个旅团。",
     ["华北方面军", "第12军", "战车第3师团", "62师团", "骑兵第4旅团"]),
    # ROC designations, Chinese numerals, qualifiers and short forms
    ("暂十五军派遣下辖之新编第29师阻击，八十五军后撤，预十师28团所属迫砲连。",
     ["暂十五军", "新编第29师", "八十五军", "预十师28团"]),
    ("淞沪会战中，国军第88师、第87师与第36师向日军进攻，国民革命军第74军增援。",
     ["第88师", "第87师", "第36师", "国民革命军第74军"]),
    # a headquarters written with its formation is one span; a post title is not
    ("一战区司令长官部已知日军动向，第一战区司令长官蒋鼎文召集会议，第十军指挥所被围。",
     ["一战区司令长官部", "第一战区", "第十军"]),
    # chains written together are one span; 的/下辖之 separate them
    ("第23军的第104师团先头第161联队，37师团下辖之歩兵第225连队，第104师团第161联队第3大队。",
     ["第23军", "第104师团", "第161联队", "37师团", "歩兵第225连队", "第104师团第161联队第3大队"]),
    ("第131师第392团团长阵亡，31军131师师长自尽。", ["第131师第392团", "31军131师"]),
    # person- and code-named formations
    ("与西进日军击退第36集团军和刘戡兵团，北上之第11军宫下兵团会师，日军菊兵团攻城。",
     ["第36集团军", "刘戡兵团", "第11军宫下兵团", "菊兵团"]),
    ("台儿庄战役中，第2集团军坚守，日军第10师团濑谷支队与第5师团坂本支队受挫。",
     ["第2集团军", "第10师团濑谷支队", "第5师团坂本支队"]),
    # named forces
    ("八路军、新四军和华南纵队各部反攻，支那派遣军与关东军调动。",
     ["八路军", "新四军", "华南纵队", "支那派遣军", "关东军"]),
    ("平型关战斗中，八路军第115师伏击日军第5师团第21旅团。", ["八路军第115师", "第5师团第21旅团"]),
    ("新四军第1支队东进，中国远征军第5军第200师在同古激战。", ["新四军第1支队", "中国远征军第5军第200师"]),
    ("八路军一二九师三八五旅七六九团夜袭阳明堡机场。", ["八路军一二九师三八五旅七六九团"]),
    # a PRC named force, its designation and the lower echelons chained after it are one span
    ("志愿军第38军113师穿插，解放军第二十军第五十八师第一七二团坚守，志愿军第九兵团军长到达。",
     ["志愿军第38军113师", "解放军第二十军第五十八师第一七二团", "志愿军第九兵团"]),
    # the Red Army by its short name, like 八路军; the Soviet one keeps its longer name
    ("红军主力北上，中央红军到达陕北，红军第一方面军第二师改编，苏联红军出兵。",
     ["红军", "中央红军", "红军第一方面军第二师", "苏联红军"]),
    # a place that only modifies stays outside; place-named formations are one span
    ("中国第九战区薛岳部，第十战区豫南挺进军，辖下印度蓝迦远征军。",
     ["第九战区", "第十战区豫南挺进军", "印度蓝迦远征军"]),
    ("第64军配属桂绥第1纵队，日军突破桂林、荔浦方面军，编组为左、中、右兵团，突破中央兵团。",
     ["第64军", "桂绥第1纵队", "桂林、荔浦方面军", "左、中、右兵团", "中央兵团"]),
    ("冈村宁次指挥第11、第23军、第2飞行团和第2遣华舰队一部。",
     ["第11、第23军", "第2飞行团", "第2遣华舰队"]),
    # air and other services
    ("美国陆军航空队支援，日本帝国陆军发动攻势，美军第14航空队轰炸。",
     ["美国陆军航空队", "日本帝国陆军", "第14航空队"]),
    ("新编第1军军长孙立人率新38师、新22师入缅，第200师戴安澜阵亡。",
     ["新编第1军", "新38师", "新22师", "第200师"]),
    ("日军第106师团在万家岭被包围，第74军第51师、第58师参战。", ["第106师团", "第74军第51师", "第58师"]),
    ("第110师团所下辖的第110步兵联队，另一下辖的第163步兵联队。",
     ["第110师团", "第110步兵联队", "第163步兵联队"]),
])
def test_spans(text, parts):
    assert spans(text) == expect(text, *parts)


@pytest.mark.parametrize("text,parts", [
    ("参战的军级单位有58、72、20、44、26、37、暂2、10、46、62、73、74、79、100、4、99军（出自战记）。",
     ["58、72、20、44、26、37、暂2、10、46、62、73、74、79、100、4、99军"]),
    ("其中，第26、37、10、73、74、79、100、99军虽然属中央军系。", ["第26、37、10、73、74、79、100、99军"]),
    ("指挥所辖第十五、第十九、第二十八、第三十一集团军，共4个集团军。",
     ["第十五、第十九、第二十八、第三十一集团军"]),
    ("日军第3、第13、第27师团，第68、第116师团。", ["第3、第13、第27师团", "第68、第116师团"]),
    # each designation with its own echelon word is its own span
    ("及第4军、第10军、第三十七军。", ["第4军", "第10军", "第三十七军"]),
    ("第3和第13师团会攻。", ["第3和第13师团"]),
    # a list without its echelon, closed by 及 and another list
    ("横山勇指挥所辖第3、第13、第27、第116，及第5、第7、第12、第17独立混成旅团，共10个师团。",
     ["第3、第13、第27、第116", "第5、第7、第12、第17独立混成旅团"]),
])
def test_lists(text, parts):
    assert spans(text) == expect(text, *parts)


@pytest.mark.parametrize("text", [
    "日军、国军、美军、守军、敌军、中方、日方、该师、各师团、军部、迫砲连、军级单位、师长、军长。",
    "集团军、方面军、5个师团、3个方面军、1个飞行团、2个桂绥纵队、30个美械师、4个独立步兵旅。",
    "第2次滇缅之战、第1期作战、抗战第7年、第一线师团、第一阶段、第四次长沙会战。",
    "航空兵团、大兵团作战、该兵团、主力兵团、机动兵团、1个兵团、挺进纵队、战车、重砲联队。",
    "第一师范学校、三军将士、千军万马、380,000部队补充、日、伪军、二战期间。",
    "中国空军基地被毁，美国航空队基地遭攻击。",
    "阅读《八路军第115师战史》与《美国陆军》。",
    "恭喜出线的4支队伍，星际2战队，交警支队杨子进支队长说。",
])
def test_generic_references_counts_and_ordinals_are_not_units(text):
    assert spans(text) == []


def test_spans_never_cross_a_comma():
    text = "第4，第10军"
    assert spans(text) == expect(text, "第10军")


def test_japanese_variant_characters():
    text = "日军第37师団、戦车第3师団、第110歩兵连队。"
    assert spans(text) == expect(text, "第37师団", "戦车第3师団", "第110歩兵连队")
    assert core(norm_of(text, "戦车第3师団")) == ([3], "师团", "战车")
    assert core(norm_of(text, "第110歩兵连队")) == ([110], "连队", "步兵")


# --- normalisation ---------------------------------------------------------------------------

@pytest.mark.parametrize("span,numbers,echelon,prefix", [
    ("第37师团", [37], "师团", ""),
    ("独立混成第7旅团", [7], "旅团", "独立混成"),
    ("第二十八集团军", [28], "集团军", ""),
    ("暂编第十五军", [15], "军", "暂编"),
    ("暂十五军", [15], "军", "暂编"),
    ("预十师28团", [10, 28], "团", "预备"),
    ("第二十八集团军暂编第十五军", [28, 15], "军", "暂编"),
    ("歩兵第225连队", [225], "连队", "步兵"),
    ("第110步兵联队", [110], "联队", "步兵"),
    ("第2飞行团", [2], "飞行团", ""),
    ("第2遣华舰队", [2], "舰队", "遣华"),
    ("桂绥第1纵队", [1], "纵队", "桂绥"),
    ("第104师团第161联队第3大队", [104, 161, 3], "大队", ""),
    ("第26、37、10、73、74、79、100、99军", [26, 37, 10, 73, 74, 79, 100, 99], "军", ""),
    ("58、72、暂2、10军", [58, 72, 2, 10], "军", ""),
    ("第5、第7、第12、第17独立混成旅团", [5, 7, 12, 17], "旅团", "独立混成"),
    ("一战区司令长官部", [1], "战区", ""),
    ("国民革命军第74军", [74], "军", ""),
    ("第十战区豫南挺进军", [10], "军", ""),
    ("第11军宫下兵团", [11], "兵团", ""),
    ("南方军第21军", [21], "军", ""),
    ("关东军", [], "军", ""),
    ("华北方面军", [], "方面军", ""),
    ("国民革命军", [], "", ""),
    ("日本帝国陆军", [], "", ""),
    ("菊兵团", [], "兵团", ""),
    ("汤恩伯兵团", [], "兵团", ""),
    ("印度蓝迦远征军", [], "军", ""),
    ("左、中、右兵团", [], "兵团", ""),
    ("第一百零三师", [103], "师", ""),
    ("第３７师団", [37], "师团", ""),
])
def test_normalize_values(span, numbers, echelon, prefix):
    assert core(normalize_unit(span, "")) == (numbers, echelon, prefix)


@pytest.mark.parametrize("span,left,side,unit_id", [
    ("第11军", "，日军", "JP", "JP/army/11"),
    ("第10军", "衡阳守军国军", "ROC", "ROC/army/10"),
    ("第10军", "衡阳守军国军的", "ROC", "ROC/army/10"),
    ("第12军", "令官冈村宁次指挥", None, None),
    ("第5师", "，我军", None, None),
    ("第37师团", "", "JP", "JP/division/37"),
    ("战车第3师团", "", "JP", "JP/tank_division/3"),
    ("歩兵第225连队", "", "JP", "JP/regiment/225"),
    ("暂编第十五军", "", "ROC", "ROC/provisional_army/15"),
    ("第九战区", "中国", "ROC", "ROC/war_area/9"),
    ("国民革命军第74军", "美军", "ROC", "ROC/army/74"),
    ("八路军第115师", "", "CCP", "CCP/division/115"),
    ("第14航空队", "美国", "US", "US/air_group/14"),
    ("第1方面军", "苏军", "USSR", "USSR/area_army/1"),
    ("第104师团第161联队第3大队", "", "JP", "JP/regiment/161/battalion/3"),
    ("第161联队第3大队", "", "JP", "JP/regiment/161/battalion/3"),
    ("第二十八集团军暂编第十五军", "", "ROC", "ROC/provisional_army/15"),
    ("预十师28团", "", "ROC", "ROC/regiment/28"),
    ("新编第38师", "", "ROC", "ROC/new_division/38"),
    ("独立步兵第13大队", "日军", "JP", "JP/independent_infantry_battalion/13"),
    ("第26、37、10军", "国军", "ROC", "ROC/army/26+37+10"),
    ("第九战区第26、37军", "", "ROC", "ROC/army/26+37"),
    ("58、72、暂2军", "", "ROC", "ROC/army/58,ROC/army/72,ROC/provisional_army/2"),
    ("第5、第7独立混成旅团", "", "JP", "JP/independent_mixed_brigade/5+7"),
    ("关东军", "", "JP", "JP/named/关东军"),
    ("中国派遣军", "", "JP", "JP/named/支那派遣军"),
    ("新四军", "", "CCP", "CCP/named/新四军"),
    ("红军", "", "CCP", "CCP/named/中国工农红军"),
    ("中央红军", "", "CCP", "CCP/named/中央红军"),
    ("菊兵团", "日军", "JP", "JP/division/18"),
    ("中央兵团", "", None, None),
])
def test_normalize_side_and_id(span, left, side, unit_id):
    norm = normalize_unit(span, left)
    assert (norm["side"], norm["id"]) == (side, unit_id)


def test_designation_key_is_side_free_and_names_the_innermost_unit():
    assert designation_key("第二十八集团军暂编第十五军") == designation_key("暂编第十五军") == "provisional_army/15"
    assert designation_key("第104师团第161联队第3大队") == "regiment/161/battalion/3"
    assert designation_key("关东军") is None


def test_list_without_echelon_takes_it_from_the_count_after():
    text = "横山勇指挥所辖第3、第13、第27，及第5、第7独立混成旅团，共10个师团、4个混成旅团。"
    norm = norm_of(text, "第3、第13、第27")
    assert (core(norm), norm["side"]) == (([3, 13, 27], "师团", ""), "JP")
    assert core(normalize_unit("第3、第13、第27", "", "，及第5旅团，共3个师团")) == ([3, 13, 27], "师团", "")


def test_side_from_context():
    assert side_from_context("4月18日，日军") == "JP"
    assert side_from_context("八路军之") == "CCP"
    assert side_from_context("，日") == "JP"
    assert side_from_context("4月18日") is None
    assert side_from_context("敌军") is None


def test_parse_number_and_echelon_key():
    assert [parse_number(x) for x in ("二十八", "一二九", "十", "一百零三", "100", "３７")] == \
        [28, 129, 10, 103, 100, 37]
    assert [echelon_key(e) for e in ("师团", "师", "集团军", "连队", "", "舰队")] == \
        ["division", "division", "group_army", "regiment", "", "fleet"]


def test_normalize_returns_fresh_lists():
    first = normalize_unit("第37师团", "")
    first["numbers"].append(99)
    assert normalize_unit("第37师团", "")["numbers"] == [37]


def test_regional_armies_are_named_forces():
    from pipeline.rules.units import find_units

    text = "冯玉祥的西北军与东北军、川军、滇军、桂军合作，晋绥军与中央军会师。"
    got = [(c.start, c.end, text[c.start:c.end], c.norm.get("side")) for c in find_units(text)]
    assert [g[2] for g in got] == ["西北军", "东北军", "川军", "滇军", "桂军", "晋绥军", "中央军"]
    assert got[0][:2] == (4, 7) and {g[3] for g in got} == {"ROC"}


def test_regional_army_names_inside_other_words_are_skipped():
    from pipeline.rules.units import find_units

    assert find_units("中央军委开会，四川军阀混战，中央军系与桂系对立。") == []


# --- headquarters, military regions, owned 总团/总队, shared list qualifiers ------------------

def test_named_force_with_its_headquarters_is_one_unit():
    text = "百团大战由八路军总部统一指挥，新四军军部设在云岭。"
    assert spans(text) == expect(text, "八路军总部", "新四军军部")
    assert norm_of(text, "八路军总部") == {"numbers": [], "echelon": "军", "prefix": "", "side": "CCP",
                                      "id": "CCP/named/八路军"}
    text = "第十八集团军总部移驻麻田。"
    assert spans(text) == expect(text, "第十八集团军总部")
    assert core(norm_of(text, "第十八集团军总部")) == ([18], "集团军", "")


def test_region_military_regions_are_units():
    text = "冀南军区、晋绥军区和鲁中军区各派一部，河北省军区也参加，而胶东军区第五军分区坚守。"
    assert spans(text) == expect(text, "冀南军区", "晋绥军区", "鲁中军区", "河北省军区", "胶东军区第五军分区")
    assert norm_of(text, "晋绥军区") == {"numbers": [], "echelon": "军区", "prefix": "", "side": "CCP",
                                     "id": "CCP/named/晋绥军区"}
    sub = norm_of(text, "胶东军区第五军分区")
    assert (sub["numbers"], sub["echelon"], sub["side"], sub["id"]) == (
        [5], "军分区", "CCP", "CCP/military_subregion/5")


def test_region_military_region_with_headquarters_and_boundaries():
    text = "冀鲁豫军区司令部设在濮阳，苏联远东军区增兵，该军区与各军区联络。"
    assert spans(text) == expect(text, "冀鲁豫军区司令部", "远东军区")
    assert norm_of(text, "冀鲁豫军区司令部")["id"] == "CCP/named/冀鲁豫军区"
    assert norm_of(text, "远东军区")["side"] == "USSR"


def test_owned_general_regiment_is_one_unit():
    text = "军政部教导总队与财政部税警总团调往前线，税警总团第二团殿后。"
    assert spans(text) == expect(text, "军政部教导总队", "财政部税警总团", "税警总团第二团")
    norm = norm_of(text, "财政部税警总团")
    assert norm == {"numbers": [], "echelon": "总团", "prefix": "税警", "side": "ROC",
                    "id": "ROC/named/财政部税警总团"}
    assert norm_of(text, "军政部教导总队")["echelon"] == "总队"


def test_list_qualifier_of_first_item_applies_to_all():
    text = "驻蒙军独立混成第3、第9旅团与新编22、38师会合。"
    assert spans(text) == expect(text, "驻蒙军独立混成第3、第9旅团", "新编22、38师")
    assert norm_of(text, "驻蒙军独立混成第3、第9旅团")["id"] == "JP/independent_mixed_brigade/3+9"
    assert norm_of(text, "新编22、38师")["id"] == "ROC/new_division/22+38"
    text = "关东军独立混成第4、第11旅团南下。"
    assert spans(text) == expect(text, "关东军独立混成第4、第11旅团")
    norm = norm_of(text, "关东军独立混成第4、第11旅团")
    assert (norm["numbers"], norm["prefix"], norm["id"]) == (
        [4, 11], "独立混成", "JP/independent_mixed_brigade/4+11")
    text = "新22、38师进入缅北。"
    assert norm_of(text, "新22、38师")["id"] == "ROC/new_division/22+38"
    text = "58、72、暂2军"
    assert norm_of(text, "58、72、暂2军")["id"] == "ROC/army/58,ROC/army/72,ROC/provisional_army/2"


def test_units_inside_titles_are_not_tagged():
    text = "他著有《第88师淞沪抗战纪实》，记述第88师的战斗。"
    assert spans(text) == [(18, 22, "第88师")]


def test_a_named_parents_child_keeps_every_character_of_its_name_in_its_id():
    # the head pattern reaches 8 characters before its head; the characters before that belong to the name
    # (session 25: the id lost the first character of 某鲁东抗日游击队第八支队)
    assert normalize_unit("新四军皖东北抗日游击队第二支队")["id"] == "CCP/named/皖东北抗日游击队第二支队"
    assert normalize_unit("八路军山东纵队第八支队")["id"] == "CCP/named/山东纵队第八支队"
    assert normalize_unit("新四军第一支队")["id"] == "CCP/detachment/1"      # a numbered child: no name
