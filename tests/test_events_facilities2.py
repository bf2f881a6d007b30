"""EVENT and FAC classes from the second unseen evaluation: exact spans on sentences written for these tests."""

from __future__ import annotations


from pipeline.rules.events_facilities import find_events, find_facilities


def spans(finder, text):
    return [(c.start, c.end, text[c.start : c.end]) for c in finder(text)]


# ---------------------------------------------------------------- EVENT


def test_battle_named_after_a_pass_or_hill_but_not_a_city():
    text = "1940年的关家垴战斗和娘子关战斗都很激烈，但桂林战斗中伤亡最大。"
    assert spans(find_events, text) == [(6, 11, "关家垴战斗"), (12, 17, "娘子关战斗")]


def test_fighting_at_a_place_or_generic_fighting_is_no_event():
    assert spans(find_events, "八路军在河口战斗，部队进入激烈战斗。") == []


def test_unfamiliar_battlefield_name_before_a_campaign_head():
    text = "国军发起大石桥战役，又有登步岛战役，这是一场重要战役。"
    assert spans(find_events, text) == [(4, 9, "大石桥战役"), (12, 17, "登步岛战役")]


def test_battle_named_after_a_structure_is_one_event():
    text = "八百壮士的四行仓库保卫战与204高地争夺战同样著名。"
    assert spans(find_events, text) == [(5, 12, "四行仓库保卫战"), (13, 21, "204高地争夺战")]


def test_treaty_conference_and_treaty():
    text = "1937年11月九国公约会议召开，各国援引九国公约。"
    assert spans(find_events, text) == [(8, 14, "九国公约会议"), (21, 25, "九国公约")]


def test_games_with_an_ordinal_session():
    text = "第十届远东运动会在马尼拉举行，第六届全国运动会在上海。"
    assert spans(find_events, text) == [(0, 8, "第十届远东运动会"), (15, 23, "第六届全国运动会")]


def test_affair_named_after_a_known_person():
    text = "1955年的孙立人案震惊台湾，他提出方案并审理此案。"
    assert spans(find_events, text) == [(6, 10, "孙立人案")]


def test_place_plus_zuozhan_after_a_movement_verb_is_no_event():
    assert spans(find_events, "新38师入缅甸作战，后又在湖南作战，赴广西作战。") == []


def test_kangzhan_as_a_subject_word_is_no_event():
    text = "【抗战】一文介绍抗战纪念馆，作者写过抗战史话，抗战胜利后返乡。"
    assert spans(find_events, text) == [(23, 25, "抗战")]


# ---------------------------------------------------------------- FAC


def test_great_wall_and_numbered_hills():
    text = "日军突破内长城防线，攻占长城各口，我军固守204高地和第520高地。"
    assert spans(find_facilities, text) == [(4, 7, "内长城"), (12, 14, "长城"), (21, 26, "204高地"), (27, 33, "第520高地")]


def test_mines_and_arsenals_but_not_a_hotel_brand():
    text = "八路军袭击井陉煤矿和黄崖洞兵工厂，湖南长城宾馆开业。"
    assert spans(find_facilities, text) == [(5, 9, "井陉煤矿"), (10, 16, "黄崖洞兵工厂")]


def test_streets_named_after_places_but_not_the_road_to_a_place():
    text = "日军沿南京路、北京路推进，他在长沙路上走过。"
    assert spans(find_facilities, text) == [(3, 6, "南京路"), (7, 10, "北京路")]


def test_quoted_camp_is_a_facility_but_a_numbered_battalion_is_not():
    text = "谢晋元率部退入「孤军营」，营长率第1营撤离。"
    assert spans(find_facilities, text) == [(8, 11, "孤军营")]


def test_unfamiliar_bridge_after_a_verb_but_not_a_kind_of_bridge():
    text = "远征军修复惠通桥，占领双虹桥，工兵修复石拱桥。"
    assert spans(find_facilities, text) == [(5, 8, "惠通桥"), (11, 14, "双虹桥")]


def test_memorial_with_its_subject_is_one_span():
    text = "四行仓库抗战纪念馆开放，另有抗战纪念馆和谢晋元纪念馆。"
    assert spans(find_facilities, text) == [(0, 9, "四行仓库抗战纪念馆"), (20, 26, "谢晋元纪念馆")]
    text = "参观卢沟桥纪念馆和卢沟桥。"
    assert spans(find_facilities, text) == [(2, 8, "卢沟桥纪念馆"), (9, 12, "卢沟桥")]


def test_distributive_street_phrase_is_no_facility():
    assert spans(find_facilities, "双方逐街逐屋争夺。") == []


def test_city_gates_after_a_verb_of_attack():
    text = "日军攻破中华门后，部队拥向挹江门，玄武门之变是唐代的事。"
    assert spans(find_facilities, text) == [(4, 7, "中华门"), (13, 16, "挹江门")]


def test_named_fortification_lines():
    text = "国军在锡澄线、吴福线构筑国防工事，日军突破吴福线。"
    assert spans(find_facilities, text) == [(3, 6, "锡澄线"), (7, 10, "吴福线"), (21, 24, "吴福线")]


def test_ferries_but_not_the_verb_du():
    text = "日军攻占茅津渡，又在禹门渡一带集结，另一部由孟津渡黄河。"
    assert spans(find_facilities, text) == [(4, 7, "茅津渡"), (10, 13, "禹门渡")]


def test_town_named_jie_is_no_street_and_fortress_towns():
    text = "我军攻占四平街，日军占领马当要塞和田家镇要塞。"
    assert spans(find_facilities, text) == [(12, 16, "马当要塞"), (17, 22, "田家镇要塞")]


def test_civil_war_campaigns_from_the_lexicon():
    text = "淮海战役中，黄百韬兵团被围；渡江战役后，东京审判开始。"
    assert spans(find_events, text) == [(0, 4, "淮海战役"), (14, 18, "渡江战役"), (20, 24, "东京审判")]
