"""PERSON, ORG, EVENT and FAC finders: exact spans on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.rules.events_facilities import find_events, find_facilities
from pipeline.rules.names import find_orgs, find_persons


def spans(finder, text):
    return [(c.start, c.end, text[c.start : c.end]) for c in finder(text)]


def texts(finder, text):
    return [text[c.start : c.end] for c in finder(text)]


# ---------------------------------------------------------------- PERSON


def test_title_before_known_names_is_outside():
    text = "1942年5月，第5军军长杜聿明率部撤入野人山，新编第38师师长孙立人则转进印度。"
    assert spans(find_persons, text) == [(13, 16, "杜聿明"), (32, 35, "孙立人")]


def test_lexicon_person_has_priority_and_canonical():
    text = "蒋介石电令薛岳固守。"
    found = find_persons(text)
    assert [(c.start, c.end, c.source, c.priority) for c in found] == [
        (0, 3, "lexicon:person", 35),
        (5, 7, "lexicon:person", 35),
    ]
    assert found[0].norm["canonical"] == "蒋中正"


def test_unknown_names_after_title_and_in_a_list():
    text = "师长余程万率第57师死守常德，团长柴意新、杜鼎阵亡。"
    assert spans(find_persons, text) == [(2, 5, "余程万"), (17, 20, "柴意新"), (21, 23, "杜鼎")]
    assert all(c.source == "rule:person" and c.priority == 20 for c in find_persons(text)[1:])


def test_a_name_the_dictionary_knows_is_found_without_a_title():
    text = "清军老将冯子材毅然担当重任，冯子材勘察地形；叶志超和聂士成先后败归。"
    assert texts(find_persons, text) == ["冯子材", "冯子材", "叶志超", "聂士成"]
    assert texts(find_persons, "但李承晚当局拒绝和谈。") == ["李承晚"]


def test_the_generated_name_list_is_what_the_checks_give_today():
    from pipeline.rules.person_dictionary import dictionary_names, filtered_names

    # a lexicon or check changed without `make lexicons` (python -m pipeline.rules.person_dictionary)
    assert sorted(dictionary_names()) == filtered_names()


def test_dictionary_entries_that_are_phrases_or_things_are_no_names():
    text = "他到宋家村，乘鱼雷艇谒明孝陵，于国军中晋升为师师长，白刃战一段时间。"
    assert texts(find_persons, text) == []


def test_a_short_transliterated_name_after_a_title():
    text = "其司令官克拉克亲自飞临前线，国务卿艾奇逊与总统府。"
    assert texts(find_persons, text) == ["克拉克", "艾奇逊"]


def test_a_known_name_keeps_a_last_character_that_ends_other_names():
    assert texts(find_persons, "韩国总统李承晚下令，师长李明晚到。") == ["李承晚", "李明"]


def test_a_name_after_a_post_is_no_building_though_it_ends_in_one():
    assert texts(find_facilities, "参谋长刘亚楼与师长周天阁、军长张玉塔会面，登岳阳楼。") == ["岳阳楼"]


def test_two_character_name_before_a_verb():
    text = "第392团团长吴展等人阵亡。"
    assert texts(find_persons, text) == ["吴展"]


def test_japanese_names_after_posts():
    text = "旅团长宫崎繁三郎指挥部队进攻，师团长佐久间为人与参谋长原田贞负伤。"
    assert texts(find_persons, text) == ["宫崎繁三郎", "佐久间为人", "原田贞"]


def test_possessive_force_keeps_only_the_person():
    text = "汤恩伯部与王仲廉部在叶县一带会合。"
    assert spans(find_persons, text) == [(0, 3, "汤恩伯"), (5, 8, "王仲廉")]


def test_western_names_with_interpunct_are_one_span():
    text = "美国总统富兰克林·罗斯福与英国首相温斯顿·丘吉尔会见了约瑟夫·W·史迪威。"
    assert texts(find_persons, text) == ["富兰克林·罗斯福", "温斯顿·丘吉尔", "约瑟夫·W·史迪威"]


def test_english_titled_name():
    text = "Lieutenant General Isamu Yokoyama led the 11th Army; Claire Chennault flew."
    assert texts(find_persons, text) == ["Isamu Yokoyama", "Claire Chennault"]


def test_bare_surname_refers_back_to_a_named_person():
    text = "史迪威与蒋介石不和，史迪威要求取代蒋担任统帅，而蒋也要求撤换史迪威。"
    found = [t for t in texts(find_persons, text)]
    assert found == ["史迪威", "蒋介石", "史迪威", "蒋", "蒋", "史迪威"]


def test_title_followed_by_ordinary_word_is_no_name():
    assert find_persons("司令官高度重视，军长率部撤退，总司令部迁往重庆。") == []


# ---------------------------------------------------------------- ORG


def test_org_lexicon_and_demonyms():
    text = "国民党人与共产党员在国共合作期间共同抗日，汪伪政府则投靠日本，国民党中央随即开会。"
    assert texts(find_orgs, text) == ["汪伪政府", "国民党中央"]


def test_org_patterns_bureaus_and_headquarters():
    text = "中共中央华中局与山东分局负责敌后工作；北平警备司令部随即戒严，重庆政府表示抗议。"
    assert spans(find_orgs, text) == [
        (0, 7, "中共中央华中局"),
        (8, 12, "山东分局"),
        (19, 26, "北平警备司令部"),
        (31, 35, "重庆政府"),
    ]


def test_org_not_inside_ordinary_words_or_posts():
    assert texts(find_orgs, "据日军统计，外交部长宋子文抵达华盛顿，华北局势紧张。") == []


def test_full_official_name_is_one_org():
    assert texts(find_orgs, "国民政府军事委员会下令反攻。") == ["国民政府军事委员会"]


# ---------------------------------------------------------------- EVENT


def test_event_names_keep_ordinals():
    text = "第一次长沙会战、第二次长沙会战和第三次长沙会战中，第九战区均击退日军。"
    assert spans(find_events, text) == [(0, 7, "第一次长沙会战"), (8, 15, "第二次长沙会战"), (16, 23, "第三次长沙会战")]


def test_campaigns_named_by_their_ordinal_alone_and_the_encirclement_campaigns():
    assert texts(find_events, "第三次战役后，此次战役与整个战役均告结束。") == ["第三次战役"]
    text = "第五次反“围剿”失败，蒋发动第三次“围剿”，第四次反“围剿”战争胜利，第二次反围剿。"
    assert texts(find_events, text) == ["第五次反“围剿", "第三次“围剿", "第四次反“围剿”战争", "第二次反围剿"]


def test_coups_named_by_their_date_and_not_by_a_kind():
    assert texts(find_events, "七一五政变之后，他们又策划军事政变与宫廷政变，发动政变。") == ["七一五政变"]


def test_uprisings_and_incidents_named_without_a_known_place():
    text = "秋收起义、黄麻起义、渭华起义和萍浏醴起义，以及沙基惨案、富田事变。"
    assert texts(find_events, text) == ["秋收起义", "黄麻起义", "渭华起义", "萍浏醴起义", "沙基惨案", "富田事变"]


def test_event_left_boundary_stops_at_verbs_and_particles():
    text = "日军发起浙赣会战，随后进攻湖北西部的鄂西会战失利，国军打完昆仑关战役后休整。"
    assert texts(find_events, text) == ["浙赣会战", "鄂西会战", "昆仑关战役"]


def test_coordinated_event_names_are_one_span():
    assert texts(find_events, "参加武汉、南昌会战的部队。") == ["武汉、南昌会战"]


def test_code_named_operations_and_lexicon_events():
    text = "一号作战又称大陆打通作战，是二战中日军在中国最大的攻势；1号作战开始于豫中。"
    assert texts(find_events, text) == ["一号作战", "大陆打通作战", "二战", "1号作战"]


def test_numeral_named_incidents():
    assert texts(find_events, "九一八事变与七七事变之后，一二九运动爆发。") == ["九一八事变", "七七事变", "一二九运动"]


def test_generic_operations_are_not_events():
    text = "此次作战中，日军的攻势作战受阻，整体作战计划失败，对日作战仍在持续，在湖南作战的部队撤退。"
    assert find_events(text) == []


def test_conference_with_a_place_name():
    text = "1935年1月中共在遵义召开会议，史称遵义会议；1944年蒋介石出席黄山整军会议。"
    assert texts(find_events, text) == ["遵义会议", "黄山整军会议"]


def test_events_inside_book_titles_are_skipped():
    assert spans(find_events, "据《中国抗日战争史》记载，台儿庄战役十分惨烈。") == [(13, 18, "台儿庄战役")]


def test_head_glued_into_longer_word_is_no_event():
    assert find_events("以色列国会议员与东亚运动会代表会面。") == []


# ---------------------------------------------------------------- FAC


def test_facilities_with_place_names():
    text = "日军沿粤汉铁路南下，攻占株洲火车站和衡阳机场，并破坏湘江铁桥与郑州黄河大桥。"
    assert spans(find_facilities, text) == [
        (3, 7, "粤汉铁路"),
        (12, 17, "株洲火车站"),
        (18, 22, "衡阳机场"),
        (26, 30, "湘江铁桥"),
        (31, 37, "郑州黄河大桥"),
    ]


def test_route_abbreviation_lines_but_not_generic_lines():
    text = "八路军破坏正太铁路和同蒲线，日军的交通线与防线、战线均告吃紧，前线部队后撤。"
    assert texts(find_facilities, text) == ["正太铁路", "同蒲线"]


def test_province_before_a_named_place_stays_outside():
    assert spans(find_facilities, "在台湾新竹机场起飞的日机轰炸了桂林飞机场。") == [(3, 7, "新竹机场"), (15, 20, "桂林飞机场")]


def test_facility_heads_inside_other_words_are_skipped():
    assert find_facilities("郑州铁路局与中国空军基地建设部门开会，河防阵地加固。") == []


@pytest.mark.parametrize("finder", [find_persons, find_orgs, find_events, find_facilities])
def test_empty_text(finder):
    assert finder("") == []


# ---------------------------------------------------------------- EVENT / FAC: unfamiliar names

def test_event_with_generic_head_keeps_its_place_name():
    # the lexicon alias 抗战 alone must not cut a longer named resistance
    text = "喜峰口作战属于长城抗战，一二八淞沪抗战时十九路军坚守，坚持抗战到底。"
    assert texts(find_events, text) == ["喜峰口作战", "长城抗战", "一二八淞沪抗战", "抗战"]


def test_country_before_generic_war_stays_outside():
    assert texts(find_events, "中国抗战进入相持阶段。") == ["抗战"]


def test_campaign_named_by_two_county_abbreviations():
    text = "第五战区发动随枣会战后，又进行豫南会战，此次会战与两次会战不同。"
    assert spans(find_events, text) == [(6, 10, "随枣会战"), (15, 19, "豫南会战")]


def test_place_plus_operation_is_an_event():
    assert texts(find_events, "日军发动缅甸作战与香港作战。") == ["缅甸作战", "香港作战"]


def test_facilities_with_unfamiliar_names_after_a_verb_or_stop():
    text = "敌机轰炸笕桥机场，守军坚守四行仓库与八字桥，物资经驼峰航线运抵，再由朝天门码头转运。"
    assert spans(find_facilities, text) == [
        (4, 8, "笕桥机场"),
        (13, 17, "四行仓库"),
        (18, 21, "八字桥"),
        (25, 29, "驼峰航线"),
        (34, 39, "朝天门码头"),
    ]


def test_gates_pavilions_and_mills():
    text = "日军攻破中华门，天心阁被焚，进占公大纱厂。"
    assert texts(find_facilities, text) == ["中华门", "天心阁", "公大纱厂"]


def test_roads_named_after_people():
    text = "史迪威公路通车后，北京张自忠路改名。"
    assert spans(find_facilities, text) == [(0, 5, "史迪威公路"), (11, 15, "张自忠路")]


def test_ordinary_words_ending_in_a_structure_head_are_no_facility():
    text = "他走后门进了教学楼，在汽车站等车，有关部门开辟国际航线，兵分三路，推开房门，邓小平阁下来访。"
    assert find_facilities(text) == []


def test_cities_ending_in_a_gate_character_are_no_facility():
    assert find_facilities("他从澳门经厦门、江门到荆门。") == []
