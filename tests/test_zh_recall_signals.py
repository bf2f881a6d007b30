"""Session 8 (zh13): Chinese names no lexicon lists, read from the signal around them."""

from pipeline import extract_text


def ents(text, label=None):
    return [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if label is None or e["label"] == label]


def test_a_province_with_ren_is_a_native_place_not_a_demonym():
    text = "张某是湖南人，他的副官也是四川人，都不是日本人。"
    assert ents(text, "GPE") == [(3, 5, "GPE"), (13, 15, "GPE")]


def test_province_people_and_soldiers_stay_as_before():
    assert ents("湖南兵善战，湖南人民支援前线。", "GPE") == [(6, 8, "GPE")]


def test_a_surname_marked_by_shi_xiansheng_xiong_or_bu_is_the_person():
    text = "冯玉祥驻开封。李宗仁请冯氏出兵，胡宗南说：“冯兄放心。”随后冯部东进。"
    assert ents(text, "PERSON") == [(0, 3, "PERSON"), (7, 10, "PERSON"), (11, 12, "PERSON"),
                                    (16, 19, "PERSON"), (22, 23, "PERSON"), (30, 31, "PERSON")]


def test_a_surname_pair_before_two_divisions():
    from pipeline.rules.person_surname_marks import surname_marks
    text = "孙连仲与汤恩伯会商，孙、汤两军遂合围。"
    assert surname_marks(text, [(0, 3), (4, 7)]) == [(10, 11), (12, 13)]


def test_marks_that_start_a_word_are_no_person():
    from pipeline.rules.person_surname_marks import surname_marks
    text = "王明来到东部，王部队与王兄弟和干部会合。"
    assert surname_marks(text, [(0, 2)]) == []


def test_a_county_short_form_in_a_frame_of_place():
    from pipeline.rules.place_short_forms import find_short_forms
    text = "敌军由新民地区北犯，我军连下六合，守住渡口界首。"
    got = [(c.start, c.end, c.label, c.norm.get("id")) for c in find_short_forms(text)]
    assert [g[:3] for g in got] == [(3, 5, "GPE"), (14, 16, "GPE"), (21, 23, "GPE")]
    assert all(g[3] and g[3].startswith("cn:") for g in got)


def test_a_county_short_form_paired_with_a_known_place():
    from pipeline.rules.place_short_forms import find_short_forms
    # (零陵 is read by the lexicon itself since district_county_short_forms_cn.tsv: 新民 stays a short form)
    assert [(c.start, c.end) for c in find_short_forms("两个军分驻新民和衡阳。")] == [(5, 7)]


def test_short_forms_outside_a_frame_of_place_are_words():
    from pipeline.rules.place_short_forms import find_short_forms
    assert find_short_forms("双方增进友谊，新民主主义革命，已经新民地区") == []


def test_unknown_places_before_a_word_of_area():
    from pipeline.rules.place_area_frames import find_area_places
    text = "敌军退至城东石桥铺地区，我军通过白马岭一线，将敌阻在杨家河、罗坪一带。"
    got = sorted((c.start, c.end, c.label) for c in find_area_places(text))
    assert got == [(6, 9, "GPE"), (16, 19, "LOC"), (26, 29, "LOC"), (30, 32, "GPE")]


def test_a_known_place_anchors_the_list_before_a_word_of_area():
    from pipeline.rules.place_area_frames import find_area_places
    assert [(c.start, c.end) for c in find_area_places("向武昌、罗坪附近攻击")] == [(4, 6)]


def test_words_before_a_word_of_area_are_no_places():
    from pipeline.rules.place_area_frames import find_area_places
    assert find_area_places("在这一带，在敌后地区，在广大地区，在沿海一带，在其附近，现在南方一线") == []


def test_a_known_person_written_with_a_variant_character():
    from pipeline.rules.person_variants import find_person_variants
    text = "岗村宁次到任。冈村甯次下令，岗位不变。"
    assert [(c.start, c.end, c.label) for c in find_person_variants(text)] == [(0, 4, "PERSON"), (7, 11, "PERSON")]
    assert find_person_variants("冈村宁次到任。") == []


def test_a_force_named_after_a_found_person_or_its_surname():
    from pipeline.rules.person_forces import person_forces
    text = "韦云淞率部北上，韦云淞师进抵衡山。韦军随后渡江。"
    assert person_forces(text, [(0, 3), (8, 11)]) == [(8, 12, "师"), (17, 19, "军")]


def test_a_post_after_the_name_is_no_force():
    from pipeline.rules.person_forces import person_forces
    text = "韦云淞师长下令，韦云淞军长，韦云淞军队，韦军长"
    assert person_forces(text, [(0, 3), (8, 11), (14, 17)]) == []


def test_a_commander_named_before_his_numbered_or_quoted_force():
    from pipeline.rules.person_unit_owners import find_unit_owners
    text = "调主力部队韦以恒的五十三军、钱多福的一一六师，除了孔剑北的“忠义军”外"
    assert [(c.start, c.end) for c in find_unit_owners(text)] == [(5, 8), (14, 17), (25, 28)]


def test_owners_that_are_no_persons():
    from pipeline.rules.person_unit_owners import find_unit_owners
    assert find_unit_owners("敌人的第二师，广东的第四军，我们的第一纵队，冯部的第三师，王家营的第三团") == []


def test_a_name_after_a_post_and_a_dash():
    from pipeline.rules.person_dash_titles import find_dash_titles
    text = "第五团团长——柯振邦，当即下令；1938年——1945年，参谋长——这个职位"
    assert [(c.start, c.end, c.label) for c in find_dash_titles(text)] == [(7, 10, "PERSON")]


def test_a_route_named_after_two_towns_read_from_what_follows_or_a_new_verb():
    from pipeline.rules.route_names import find_routes
    text = "村子在辽宁西部锦朝路沿线。我军奔袭沈锦路，又西攻长岳路，皖北淮蚌路和津浦路"
    got = [(c.start, c.end, c.label) for c in find_routes(text)]
    assert got == [(7, 10, "FAC"), (17, 20, "FAC"), (24, 27, "FAC"), (30, 33, "FAC"), (34, 37, "FAC")]


def test_a_ministry_inside_its_ministers_post():
    from pipeline.rules.org_ministries import find_ministries
    text = "何某任财政部长，李某（考试院长）与外交部次长会谈；本部长另有安排。"
    assert [(c.start, c.end, c.label) for c in find_ministries(text)] == [(3, 6, "ORG"), (11, 14, "ORG"), (17, 20, "ORG")]


def test_a_renamed_county_named_by_one_character_and_xian():
    from pipeline.rules.place_county_heads import find_county_heads
    text = "日军占领鄠县，又攻陕西郿县、汧县附近；本县知县来县城，据县志，兼县大队长，该县县长"
    # 鄠县 and 郿县 are in divisions_renamed_cn.tsv (session 10): the place finder reads them, this finder the rest
    assert [(c.start, c.end) for c in find_county_heads(text)] == [(14, 16)]
    from pipeline import extract_text
    gpe = [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "GPE"]
    assert {(4, 6), (11, 13), (14, 16)} <= set(gpe)


def test_an_autonomous_prefecture_short_form_drops_the_group_without_zu():
    from pipeline.lexicons.build_gazetteer import short_form
    from pipeline.normalize.places import place_lexicon
    groups = ["哈萨克族", "蒙古族", "土家族"]
    assert short_form("伊犁哈萨克自治州", "prefecture", groups) == "伊犁"
    assert short_form("长阳土家族自治县", "county", groups) == "长阳"
    assert place_lexicon()["伊犁"].id == "cn:654000"


def test_a_compass_region_listed_after_a_region_is_a_place():
    assert ents("这座城联结华中和西南，守军撤向以北、以东和东南", "LOC") == [(5, 7, "LOC"), (8, 10, "LOC")]


def test_japanese_officers_read_from_a_rank_or_a_japanese_post():
    from pipeline.rules.person_japanese_officers import find_japanese_officers
    text = "军部调来松井三郎少将率部增援。联队长大垣茂因伤后送，后来大垣茂回国。师团长率部突围，师团长大力支持。"
    got = sorted((c.start, c.end) for c in find_japanese_officers(text))
    assert got == [(4, 8), (18, 21), (28, 31)]


def test_a_name_found_once_by_a_strong_frame_is_found_again():
    from pipeline.rules.person_unit_owners import find_unit_owners
    text = "主力部队韦以恒的五十三军东进。韦以恒率部渡河。"
    assert sorted((c.start, c.end) for c in find_unit_owners(text)) == [(4, 7), (15, 18)]


def test_names_before_life_dates_inside_a_list():
    from pipeline.rules.person_life_dates import find_life_dates
    text = "留守者：韦兴邦、钱立德（1893—1967），均为旧部；战争（1937—1945）结束。"
    assert sorted((c.start, c.end) for c in find_life_dates(text)) == [(4, 7), (8, 11)]


def test_abbreviations_after_a_verb_of_movement():
    from pipeline.rules.place_abbreviation_moves import find_abbreviation_moves
    text = "两师由赣入闽，又经湘入黔的要道；王某赴美考察，残部逃入苏境；深入川西，火速入京。"
    assert sorted((c.start, c.end) for c in find_abbreviation_moves(text)) == [(3, 4), (5, 6), (11, 12), (19, 20), (27, 28)]


def test_a_courtesy_name_in_address_with_xiong():
    from pipeline.rules.person_courtesy_address import find_courtesy_addresses
    text = "他说：“此事由健生兄负责。”我师弟兄、老兄、仁兄都来了，你和健生商量。"
    assert sorted((c.start, c.end) for c in find_courtesy_addresses(text)) == [(7, 9), (30, 32)]


def test_a_quoted_state_named_when_it_is_set_up():
    from pipeline.rules.place_quoted_states import find_quoted_states
    text = "日方扶植建立“华北自治国”或“冀东共和国”，报纸写着“爱国”二字。"
    assert [(c.start, c.end, c.label) for c in find_quoted_states(text)] == [(7, 12, "GPE"), (15, 20, "GPE")]


def test_regions_of_the_border_provinces_and_the_party_class():
    assert ents("清军进军北疆，援敌聚于上党地区；他去上党课。", "LOC") == [(4, 6, "LOC"), (11, 13, "LOC")]


def test_a_taiwan_township_short_form_in_a_frame_of_place():
    from pipeline.rules.place_short_forms import find_short_forms
    text = "日军打算在淡水或基隆登陆，守军守备烈屿及金门；淡水很甜。"
    assert [(c.start, c.end, c.label) for c in find_short_forms(text)] == [(5, 7, "GPE"), (17, 19, "LOC")]


def test_numbered_units_without_di_in_a_unit_frame():
    from pipeline.rules.unit_bare_numbers import find_bare_numbered_units
    text = "二一七团的三营，我的二旅，五十四军与八军；三营兵力，我的一团长，一一八师的两个营"
    got = [(c.start, c.end, c.norm["unit_hint"]["numbers"]) for c in find_bare_numbered_units(text)]
    assert sorted(got) == [(5, 7, [3]), (10, 12, [2]), (18, 20, [8])]


def test_city_gates_after_a_part_of_the_city_or_a_move():
    from pipeline.rules.facility_gates import find_gates
    text = "守军从迎恩门突围，城北的拱辰门失守；他从后门出去，经城门进入，从大门口走。"
    assert [(c.start, c.end, c.label) for c in find_gates(text)] == [(3, 6, "FAC"), (12, 15, "FAC")]


def test_a_village_after_its_county():
    from pipeline.rules.place_address_chains import find_address_chains
    text = "该师在麻城桥畈一战，后驻长阳龙潭湾等地；南京政府，四川境内，离开平壤回国，异乡之鬼。"
    assert [(c.start, c.end, c.label) for c in find_address_chains(text)] == [(5, 7, "GPE"), (14, 17, "GPE")]


def test_a_quoted_event_name_by_its_head():
    from pipeline.rules.event_quoted import find_quoted_events
    text = "史称“彭黄会师”，又有“华北自治运动”；报纸称“国军大捷”。"
    assert [(c.start, c.end, c.label) for c in find_quoted_events(text)] == [(3, 7, "EVENT"), (12, 18, "EVENT")]


def test_a_bare_village_before_more_verbs_of_fighting_or_meeting():
    from pipeline.rules.place_frames import find_framed_places
    text = "县委在柳树屯召集会议，敌军向沙河堡猛攻，我军向敌人进攻。"
    got = [(c.start, c.end) for c in find_framed_places(text) if c.label == "GPE"]
    assert got == [(3, 6), (14, 17)]


def test_a_person_sent_or_appointed_before_his_errand():
    from pipeline.rules.person_dispatch import find_dispatched
    text = "李某派韦乔生谒冯某，又派钱道远（即那位参议）赴京；他派部队为前锋，派人前往。"
    assert [(c.start, c.end) for c in find_dispatched(text)] == [(3, 6), (12, 15)]


def test_a_japanese_family_name_alone_after_the_full_name():
    from pipeline.rules.person_family_names import find_family_names
    from pipeline.spans import Candidate
    text = "松井石根到任。松井用兵谨慎，松井在南京下令；松井村在此。"
    found = find_family_names(text, [Candidate(0, 4, "PERSON", "x", 35)])
    assert [(c.start, c.end) for c in found] == [(7, 9), (14, 16)]
