"""PERSON and ORG finders: held-out error classes (posts, ranks, lists, repeats, courtesy names,
things named after people, full official names, institutions). Sentences written for these tests."""

from __future__ import annotations

from pipeline.rules.names import find_orgs, find_persons


def spans(finder, text):
    return [(c.start, c.end, text[c.start : c.end]) for c in finder(text)]


# ---------------------------------------------------------------- PERSON


def test_name_after_deputy_and_staff_posts():
    text = "营附刘德明负伤后，团附孟宪章接替指挥，教官韩秉义也赶到。"
    assert spans(find_persons, text) == [(2, 5, "刘德明"), (11, 14, "孟宪章"), (21, 24, "韩秉义")]


def test_name_between_post_and_rank_needs_no_known_surname():
    text = "日军守将川端武平少将阵亡，联队长森岛良助大佐被俘。"
    assert spans(find_persons, text) == [(4, 8, "川端武平"), (16, 20, "森岛良助")]


def test_post_and_rank_with_particles_between_is_no_name():
    assert find_persons("师长率部与少将会合。") == []


def test_japanese_name_before_rank_after_side_word():
    text = "当日，日军松本信雄中将乘机离开。"
    assert spans(find_persons, text) == [(5, 9, "松本信雄")]


def test_names_listed_next_to_a_known_person_and_before_a_force():
    text = "第一线有孙连仲、林景芳、郝庚部，林景芳坚守北门。"
    assert spans(find_persons, text) == [
        (4, 7, "孙连仲"),
        (8, 11, "林景芳"),
        (12, 14, "郝庚"),
        (16, 19, "林景芳"),
    ]


def test_two_character_name_before_force_after_command_verb():
    text = "薛岳急调韦荣部增援。"
    assert spans(find_persons, text) == [(0, 2, "薛岳"), (4, 6, "韦荣")]


def test_name_found_once_is_found_everywhere_in_the_text():
    text = "旅长钱伯涛奉命守城。三日后钱伯涛率残部突围，士兵称钱伯涛为铁人。"
    assert spans(find_persons, text) == [(2, 5, "钱伯涛"), (13, 16, "钱伯涛"), (25, 28, "钱伯涛")]


def test_repeated_two_character_name_does_not_run_into_a_longer_name():
    text = "团长柯雄阵亡。柯雄飞是另一个人。"
    assert spans(find_persons, text) == [(2, 4, "柯雄")]


def test_courtesy_names_after_a_person():
    text = "冯玉祥，字焕章，安徽巢县人。周某某不详。"
    assert spans(find_persons, text)[:2] == [(0, 3, "冯玉祥"), (5, 7, "焕章")]


def test_courtesy_name_after_dates_in_brackets_and_a_second_alias():
    text = "营长方仲衡（1900—1938），字平之，号石溪，河北人。"
    assert spans(find_persons, text) == [(2, 5, "方仲衡"), (18, 20, "平之"), (22, 24, "石溪")]


def test_person_name_inside_a_thing_named_after_them_is_skipped():
    text = "汽车沿史迪威公路驶入张自忠路，又经过中正桥。蒋介石号召抗战。"
    assert spans(find_persons, text) == [(22, 25, "蒋介石")]


def test_place_after_post_is_no_japanese_name():
    assert find_persons("会议由主席南斯拉夫代表团团长主持。") == []


# ---------------------------------------------------------------- ORG


def test_sub_office_after_a_government_body_is_one_span():
    text = "外交部亚洲司与军政部兵工署会商，国防部史料编纂局出版。"
    assert spans(find_orgs, text) == [(0, 6, "外交部亚洲司"), (7, 13, "军政部兵工署"), (16, 24, "国防部史料编纂局")]


def test_post_after_a_ministry_is_not_a_sub_office():
    assert spans(find_orgs, "外交部长宋子文与军政部调派部队。") == [(8, 11, "军政部")]


def test_place_plus_institution_head_is_one_org_with_rule_priority_above_places():
    text = "昆明航空修理公司与四川省银行合作，汉口总商会响应。"
    found = find_orgs(text)
    assert [(c.start, c.end, text[c.start : c.end]) for c in found] == [
        (0, 8, "昆明航空修理公司"),
        (9, 14, "四川省银行"),
        (17, 22, "汉口总商会"),
    ]
    assert all(c.priority > 30 for c in found)


def test_school_left_boundary_stops_at_verbs_and_particles():
    text = "他毕业于北洋医学专门学校，后考入湖南陆军讲武堂，又就读国立中央大学。"
    assert spans(find_orgs, text) == [(4, 12, "北洋医学专门学校"), (16, 23, "湖南陆军讲武堂"), (27, 33, "国立中央大学")]


def test_nation_before_a_ministry_is_its_own_gpe():
    # session 8 reading (docs/annotation-guidelines.md): the independent sets split a nation from its ministry
    text = "日本大藏省与英国外交部发表声明。"
    assert spans(find_orgs, text) == [(0, 2, "日本"), (2, 5, "大藏省"), (6, 8, "英国"), (8, 11, "外交部")]


def test_generic_institutions_are_no_org():
    text = "一些外国银行和两国公司参加，他是大学生，在协商会议上发言。"
    assert find_orgs(text) == []


def test_head_with_adjective_in_between_is_no_org():
    assert find_orgs("他在美国著名学府读书。") == []


def test_verbs_starting_like_road_or_town_words_keep_the_person():
    text = "薛岳路过衡阳，陈诚镇守宜昌。"
    assert spans(find_persons, text) == [(0, 2, "薛岳"), (7, 9, "陈诚")]


def test_name_framed_by_post_and_rank_outranks_a_place_inside_it():
    text = "守将川端武平少将阵亡。"
    found = find_persons(text)
    assert [(c.start, c.end, c.priority) for c in found] == [(2, 6, 32)]


# ---------------------------------------------------------------- person nouns, copulas, cues


def test_names_after_person_nouns_that_are_not_posts():
    text = "士兵张德胜身负重伤，团员李秀英冒雨送信，护士陈淑芬照料伤员，农民赵老三带路。"
    assert spans(find_persons, text) == [(2, 5, "张德胜"), (12, 15, "李秀英"), (22, 25, "陈淑芬"), (32, 35, "赵老三")]


def test_name_with_an_ordinary_word_as_given_part_needs_a_verb_after_a_person_noun():
    text = "队员王大海负责警戒，学生周立群参加慰问团。"
    assert spans(find_persons, text) == [(2, 5, "王大海"), (12, 15, "周立群")]


def test_person_noun_inside_a_longer_word_or_before_function_words_gives_no_name():
    text = "多少年连瓦里也说不清。大学生应如此。农民管起了城里的事。老人乐得不得了。"
    assert find_persons(text) == []


def test_name_after_post_and_copula():
    text = "当时该军军长为王德明，师长是李俊才，团长乃赵一凡。"
    assert spans(find_persons, text) == [(7, 10, "王德明"), (14, 17, "李俊才"), (21, 24, "赵一凡")]


def test_post_and_copula_before_an_ordinary_phrase_gives_no_name():
    assert find_persons("师长为国捐躯，团长是否在场不明。") == []


def test_names_before_deng_and_a_count():
    text = "日军遭冯德贵等4人袭击，后来由孙宝山等两位老乡带路，吴有才等四名乡民出卖了他们。"
    assert spans(find_persons, text) == [(3, 6, "冯德贵"), (15, 18, "孙宝山"), (26, 29, "吴有才")]


def test_japanese_given_names_alone_after_a_person_cue():
    text = "其中的美穗子年仅十岁，女孩名叫幸子，她的妻子很年轻，日本女子也在。"
    assert spans(find_persons, text) == [(3, 6, "美穗子"), (15, 17, "幸子")]


def test_japanese_full_names_after_person_nouns_and_ming_jiao():
    text = "名叫山田太郎的士兵与士兵中村一郎被俘。"
    assert spans(find_persons, text) == [(2, 6, "山田太郎"), (12, 16, "中村一郎")]


def test_foreign_regnal_names_and_titled_foreign_names():
    text = "英王乔治六世致电，亨利八世之后，维多利亚女王时代，丹麦国王到访，二十世纪初。"
    assert spans(find_persons, text) == [(2, 6, "乔治六世"), (9, 13, "亨利八世"), (16, 20, "维多利亚")]


def test_chinese_name_in_brackets_after_its_romanised_form():
    text = "Fang Xianjue (方先覺) and Hsueh Yueh (薛岳) held; Hengyang (衡陽) fell; Chiang Kai-shek (蔣介石) agreed."
    found = find_persons(text)
    assert [(c.start, c.end, text[c.start : c.end]) for c in found if not text[c.start].isascii()] == [
        (14, 17, "方先覺"),
        (35, 37, "薛岳"),
        (82, 85, "蔣介石"),
    ]
    assert all(c.priority == 32 for c in found if text[c.start : c.end] == "方先覺")


def test_bracketed_place_after_romanised_word_is_no_person():
    assert find_persons("Changsha (长沙) and Hengyang City (衡阳市) were lost.") == []


# ---------------------------------------------------------------- ORG: banks, councils, schools


def test_banks_and_societies_named_by_an_ordinary_word():
    text = "盐业银行、大陆银行和中南银行合组四行储蓄会，银行公会也参与，但外国银行与商业银行没有。"
    assert spans(find_orgs, text) == [
        (0, 4, "盐业银行"),
        (5, 9, "大陆银行"),
        (10, 14, "中南银行"),
        (16, 21, "四行储蓄会"),
        (22, 26, "银行公会"),
    ]


def test_municipal_council_and_city_hall_include_the_place():
    text = "上海公共租界工部局发表声明，天津市政厅与上海市政府亦然。"
    assert spans(find_orgs, text) == [(0, 9, "上海公共租界工部局"), (14, 19, "天津市政厅"), (20, 25, "上海市政府")]


def test_scouts_are_an_organisation():
    assert spans(find_orgs, "中国童子军杨惠敏献旗。") == [(0, 5, "中国童子军")]


def test_city_before_a_school_with_its_own_name_stays_outside():
    text = "他毕业于北京清华学校，又读过湖南陆军讲武堂。"
    assert spans(find_orgs, text) == [(6, 10, "清华学校"), (14, 21, "湖南陆军讲武堂")]


def test_transliterated_school_names():
    text = "后赴美入普渡大学和维吉尼亚军校，并参观了西点军校。"
    assert spans(find_orgs, text) == [(4, 8, "普渡大学"), (9, 15, "维吉尼亚军校"), (20, 24, "西点军校")]


def test_service_headquarters_without_echelon_is_org_but_formation_headquarters_is_not():
    text = "陆军训练司令部设于凤山，海军总司令部在南京，第5军司令部则在昆明。"
    assert spans(find_orgs, text) == [(0, 7, "陆军训练司令部"), (12, 18, "海军总司令部")]


def test_government_bodies_from_the_lexicon():
    text = "总统府、行政院与参谋本部均表示关切。"
    assert spans(find_orgs, text) == [(0, 3, "总统府"), (4, 7, "行政院"), (8, 12, "参谋本部")]


def test_ministry_before_a_unit_word_is_left_to_the_unit():
    assert find_orgs("财政部税警总团团长孙立人率部参战。") == []


# ---------------------------------------------------------------- recall on other battles and biographies


def test_given_name_starting_with_chang_after_a_post():
    text = "天津警备司令陈长捷被俘，团长于长沙阵亡。"
    assert spans(find_persons, text) == [(6, 9, "陈长捷")]


def test_generals_with_rare_surnames_from_the_lexicon():
    text = "第12师师长寸性奇负伤后自戕，第3军军长唐淮源殉国。"
    assert spans(find_persons, text) == [(6, 9, "寸性奇"), (20, 23, "唐淮源")]


def test_tribunals_and_courts_but_not_generic_courts():
    text = "远东国际军事法庭判处松井石根死刑，南京军事法庭审判谷寿夫。上海地方法院开庭，人民法院和军事法庭是泛称。"
    assert spans(find_orgs, text) == [(0, 8, "远东国际军事法庭"), (17, 23, "南京军事法庭"), (29, 35, "上海地方法院")]


def test_headquarters_bodies_without_an_echelon_word():
    text = "南京卫戍司令长官部设在百子亭，徐州剿总命令各兵团南下。"
    assert spans(find_orgs, text) == [(0, 9, "南京卫戍司令长官部"), (15, 19, "徐州剿总")]


def test_factions_and_academies():
    text = "桂系与湘系、土木系之间矛盾重重，他毕业于中央军校。"
    assert spans(find_orgs, text) == [(0, 2, "桂系"), (3, 5, "湘系"), (6, 9, "土木系"), (20, 24, "中央军校")]
