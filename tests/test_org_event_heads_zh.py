"""Organisation and event names read by their head word (session 16 round 2 label audit, auditzh48). Sentences
written for these tests (made-up people, bodies and happenings; real parties and places only as names)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def test_party_session_with_its_party_is_one_event():
    # a plenary session by its ordinals is named without its party (the reading of memoir_forms_zh)
    ents = _ents("王某出席了国民党四届二中全会,会后又列席中共八届十中全会。")
    assert ("EVENT", "四届二中全会") in ents and ("EVENT", "八届十中全会") in ents
    assert ("ORG", "国民党") in ents and ("ORG", "中共") in ents
    ents = _ents("中國國民黨第三次全國代表大會在南京開幕,中国国民党临时全国代表大会则在武昌举行。")
    assert ("EVENT", "中國國民黨第三次全國代表大會") in ents
    assert ("EVENT", "中国国民党临时全国代表大会") in ents


def test_session_without_an_owner_is_no_party_event():
    ents = _ents("该党四届二中全会以后,他退出了。")
    assert not [e for e in ents if e[1].startswith("该党")]


def test_national_congress_named_by_its_people_is_one_event():
    ents = _ents("次年,中华全国工农临时代表大会在某地召开,李某出席。")
    assert ("EVENT", "中华全国工农临时代表大会") in ents
    ents = _ents("他是中国全国商会代表大会的代表。")   # a member of the congress: no meeting word after it
    assert ("EVENT", "中国全国商会代表大会") not in ents


def test_parliament_is_an_org():
    ents = _ents("督军们逼迫总统解散国会,五十名国会议员随即南下,另组“非常国会”。")
    assert ents.count(("ORG", "国会")) == 2
    assert ("ORG", "非常国会") in ents
    assert ("ORG", "安福国会") in _ents("段某操纵的安福国会选出了新总统。")


def test_guo_hui_inside_a_word_is_no_parliament():
    ents = _ents("美国会利用这次机会,全国会议也将召开,各国会派代表。")
    assert not [e for e in ents if e[1] == "国会"]


def test_sect_and_foreign_risings_are_whole_events():
    ents = _ents("嘉庆年间的天理教起义,与法国扎克雷起义相似。")
    assert ("EVENT", "天理教起义") in ents
    assert ("EVENT", "扎克雷起义") in ents
    assert ("EVENT", "瓦特·泰勒起义") in _ents("英国瓦特·泰勒起义也是为了抗税。")
    assert ("EVENT", "宗教起义") not in _ents("那是一场宗教起义。")


def test_rising_after_a_preposition_starts_after_it():
    ents = _ents("自金田起义开始,战事延续多年。")
    assert ("EVENT", "金田起义") in ents
    assert ("EVENT", "自金田起义") not in ents


def test_movement_named_by_its_aim_is_an_event():
    ents = _ents("四川保路运动兴起后,各省的立宪运动也随之破产,倒袁运动接踵而来。")
    assert ("EVENT", "四川保路运动") in ents
    assert ("EVENT", "立宪运动") in ents
    assert ("EVENT", "倒袁运动") in ents
    assert ("EVENT", "保皇运动") in _ents("海外的保皇运动一度兴盛。")
    ents = _ents("工农运动与群众运动蓬勃发展,他们保持运动的势头,也搞保健运动。")
    assert not [e for e in ents if e[0] == "EVENT"]


def test_autonomy_movement_of_a_region_is_an_event():
    assert ("EVENT", "华北自治运动") in _ents("日方策动所谓华北自治运动。")


def test_incident_committee_is_one_org():
    ents = _ents("士绅组成五三惨案后援委员会,与当局交涉。")
    assert ("ORG", "五三惨案后援委员会") in ents
    ents = _ents("他们在成都成立成都事件善后委员会。")
    assert ("ORG", "成都事件善后委员会") in ents
    assert not [e for e in _ents("这一事件处理委员会很快解散。") if e[0] == "ORG"]


def test_local_body_keeps_its_place_and_party():
    ents = _ents("叛军冲进国民党湖南省党校,又占领了益阳县工会。")
    assert ("ORG", "国民党湖南省党校") in ents
    assert ("ORG", "益阳县工会") in ents
    assert ("ORG", "国民党华北军分会") in _ents("国民党华北军分会代理委员长王某出面谈判。")
    assert not [e for e in _ents("他回到工会,又去了农会。") if e[0] == "ORG"]


def test_massacre_named_by_its_place_is_an_event():
    assert ("EVENT", "成都血案") in _ents("成都血案发生后,全川震动。")
    assert not [e for e in _ents("这是一桩血案。") if e[0] == "EVENT"]


def test_list_summed_up_as_societies_names_each_org():
    ents = _ents("王某联络甲午学社、长风社、数理研究会等革命团体,在某楼开会。")
    assert ("ORG", "甲午学社") in ents
    assert ("ORG", "长风社") in ents
    assert ("ORG", "数理研究会") in ents
    ents = _ents("他们联合民主建设党、国民协进会等党派,组成新党。")
    assert ("ORG", "民主建设党") in ents
    assert ("ORG", "国民协进会") in ents
    ents = _ents("他们联络工人、学生、商人等社会团体。")   # items without an organisation word: no ORG
    assert not [e for e in ents if e[0] == "ORG"]


def test_roster_line_before_a_colon_is_an_org():
    ents = _ents("计有:\n长风学社:士兵王某等。\n铁血研究会:学生李某等。\n")
    assert ("ORG", "长风学社") in ents
    assert ("ORG", "铁血研究会") in ents
    assert not [e for e in _ents("他说:社会上议论纷纷。") if e[0] == "ORG"]


def test_school_named_by_its_qualifiers_is_one_org():
    ents = _ents("陆军第四中学代表王某,高等警察学校代表李某。他入成城学校学习。")
    assert ("ORG", "陆军第四中学") in ents
    assert ("ORG", "高等警察学校") in ents
    assert ("ORG", "成城学校") in ents
    ents = _ents("北平大中学生联合会成立,这所学校很小。")
    assert not [e for e in ents if e[1].endswith("中学") or e[1].endswith("学校")]


def test_numbered_session_of_a_known_body_is_one_event():
    ents = _ents("国民参政会第二届第一次会议在重庆开幕。")
    assert ("EVENT", "国民参政会第二届第一次会议") in ents


def test_school_after_a_biography_label_keeps_its_name():
    ents = _ents("政党中国国民党\n学历湖北旧制学堂\n军事背景")
    assert ("ORG", "湖北旧制学堂") in ents
    assert not [e for e in ents if e[1].startswith("学历")]


def test_society_named_by_its_head_is_one_org():
    ents = _ents("文华社由长风学社发展而来,他们在日本成立了粤汉铁路改进会,又在武昌成立南学社。")
    assert ("ORG", "长风学社") in ents
    assert ("ORG", "粤汉铁路改进会") in ents
    assert ("ORG", "南学社") in ents
    assert ("ORG", "国防参议会") in _ents("政府并设国防参议会,邀请各方代表。")
    ents = _ents("大家召开研究会,讨论学社的事。")
    assert not [e for e in ents if e[0] == "ORG"]


def test_roster_names_may_hold_zi_and_jiang():
    ents = _ents("计有:\n武德自治社:士兵王某等。\n将校研究团:排长李某等。\n")
    assert ("ORG", "武德自治社") in ents
    assert ("ORG", "将校研究团") in ents



def test_provincial_assembly_is_an_org():
    ents = _ents("四川省咨议局成立后,各省谘议局纷纷请愿。")
    assert ("ORG", "四川省咨议局") in ents
    assert ("ORG", "谘议局") in ents


def test_crisis_and_first_rising_named_by_place():
    ents = _ents("第二次台湾海峡危机爆发后,台海危机再起;他在武昌首义后赴沪,又遇古巴导弹危机。")
    assert ("EVENT", "第二次台湾海峡危机") in ents
    assert ("EVENT", "台海危机") in ents
    assert ("EVENT", "武昌首义") in ents
    assert ("EVENT", "古巴导弹危机") in ents
    assert not [e for e in _ents("当时经济危机严重。") if e[0] == "EVENT"]


def test_pass_battle_before_an_adverb_is_an_event():
    assert ("EVENT", "平型关战斗") in _ents("他在平型关战斗中曾被炸伤。")
    assert ("EVENT", "平型关战斗") not in _ents("他们在平型关战斗到深夜。")


def test_joint_meeting_named_by_its_bodies_is_one_event():
    ents = _ents("会后召开中央执行委员会及各省区执行委员联席会议,通过决议。")
    assert ("EVENT", "中央执行委员会及各省区执行委员联席会议") in ents
    ents = _ents("两个团体召开联席会议,决定起义日期。")
    assert not [e for e in ents if e[0] == "EVENT"]


def test_society_long_name_opens_with_its_place():
    assert ("ORG", "江西省民众抗日救国会") in _ents("江西省民众抗日救国会发表通电。")
    assert ("ORG", "庐山军官训练团") in _ents("他调入庐山军官训练团受训。")
