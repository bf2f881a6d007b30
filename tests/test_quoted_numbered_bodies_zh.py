"""Quoted short names, numbered sittings, quoted conferences, party branches by county, societies of a place's
circles, 直属 party offices (session 17 label audit, auditzh54). Sentences written for these tests (made-up
bodies and meetings; real parties and places only as names)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _spans(text, label):
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


def test_quoted_short_name_after_jiancheng_is_org_at_every_mention():
    text = "西江民众互助会,简称“西互”,成立于某年。“西互”成立后即遭取缔,西互被迫解散。"
    assert _spans(text, "ORG").count("西互") == 3


def test_quoted_short_name_in_brackets_after_a_body():
    ents = _ents("某城青年读书会(“青读会”)于是日成立,青读会会员多为学生。")
    assert ents.count(("ORG", "青读会")) == 2


def test_quoted_short_name_negatives():
    # a force's short name is left to the unit finders; an ordinary word is no name
    assert ("ORG", "独立") not in _ents("该会,简称“独立”,旋即解散。")
    assert not [e for e in _ents("某某游击队(“游击队”)出发。") if e == ("ORG", "游击队")]


def test_numbered_sitting_of_a_body_is_one_event():
    assert ("EVENT", "国民党中央常务委员会第八十一次会议") in _ents("此案经国民党中央常务委员会第八十一次会议通过。")
    assert ("EVENT", "中国国民党第三届中央执行委员会第五次全体会议") in _ents(
        "中国国民党第三届中央执行委员会第五次全体会议在南京开幕。")


def test_numbered_sitting_needs_a_committee_or_term():
    ents = _ents("国民党第三次会议上,各方争执不下。")
    assert not [e for e in ents if e[0] == "EVENT" and "第三次会议" in e[1]]


def test_quoted_conference_is_an_event_without_quotes():
    assert ("EVENT", "善后会议") in _ents("段祺瑞召集的“善后会议”于次年二月开幕。")
    assert ("EVENT", "东方会议") in _ents("日本内阁召开所谓“东方会议”。")


def test_quoted_kind_of_meeting_is_no_event():
    ents = _ents("当年召开了两个“重要会议”,又开了一次“紧急会议”。")
    assert not [e for e in ents if e[0] == "EVENT"]


def test_party_branch_named_by_county():
    assert ("ORG", "中共常熟特别支部") in _ents("同年夏,中共常熟特别支部在城内成立。")
    assert ("ORG", "中共无锡特支") in _ents("中共无锡特支随即改组。")
    assert not [e for e in _ents("他被选为特别支部书记。") if e[0] == "ORG"]


def test_society_of_a_places_circles():
    assert ("ORG", "南京各界救国联合会") in _ents("次日,南京各界救国联合会宣告成立。")
    assert ("ORG", "武汉各大学教授救国会") in _ents("接着,武汉各大学教授救国会也告成立。")
    assert ("ORG", "天津市大专院校抗日救国学生联合会") in _ents("天津市大专院校抗日救国学生联合会发出通电。")
    assert ("ORG", "苏州中学联合会") in _ents("十余所中学成立苏州中学联合会。")
    assert ("ORG", "成立苏州中学") not in _ents("十余所中学成立苏州中学联合会。")


def test_society_after_a_preposition_starts_after_it():
    ents = _ents("该起义以励志社和共进会为主力。")
    assert ("ORG", "励志社") in ents
    assert ("ORG", "以励志社") not in ents


def test_direct_party_office_and_its_preparing_office():
    assert ("ORG", "中央直属福建党部") in _ents("中央直属福建党部在永安成立。")
    assert ("ORG", "中国国民党江西党部筹备处") in _ents("某人主持成立中国国民党江西党部筹备处。")
    assert ("ORG", "县党部") not in _ents("各县党部均派代表出席。")


def test_short_name_of_a_document_is_no_org():
    ents = _ents("当时公开发表的某部战报(下称“战报”)与后来的史料(下称“新编史料”)多有出入。")
    assert not [e for e in ents if e[0] == "ORG" and e[1] in ("战报", "新编史料")]


def test_rising_named_by_cycle_year_and_place():
    assert ("EVENT", "丁未钦州起义") in _ents("丁未钦州起义失败后,众人退入越南。")
    assert ("EVENT", "庚戌广州起义") in _ents("此即庚戌广州起义。")
    # 甲丑 is no pair of the cycle: the year stays outside
    assert ("EVENT", "甲丑广州起义") not in _ents("甲丑广州起义之说不确。")


def test_party_committee_of_a_province_in_full():
    assert ("ORG", "中国国民党福建省委员会") in _ents("中国国民党福建省委员会于是年改组。")
    assert ("ORG", "中国共产党无锡县委员会") in _ents("中国共产党无锡县委员会在某村成立。")
    # the party must stand right before the place: a member of the party working there names no such body
    assert not [e for e in _ents("老党员在福建省委员会任职。") if e[1].startswith("老党员")]


def test_department_of_a_party_office_is_one_org():
    assert ("ORG", "国民党中央上海执行部宣传部") in _ents("他以国民党中央上海执行部宣传部秘书的身份出面。")
    assert ("ORG", "国民党中央青年部") in _ents("国民党中央青年部派员赴各地。")
    # a department without its party is no name of this kind
    assert not [e for e in _ents("宣传部的人都来了。") if e[0] == "ORG" and e[1].endswith("宣传部") and len(e[1]) > 3]
    assert ("ORG", "国民党青年部") not in _ents("此事由国民党青年部长某某主持。")


def test_two_coordinated_known_bodies_stay_two():
    ents = _ents("由兴中会或中国同盟会直接发动。")
    assert ("ORG", "兴中会") in ents and ("ORG", "中国同盟会") in ents
    assert ("ORG", "重庆国民政府") in _ents("重庆国民政府发表声明。")   # a longer name over one known body still wins


def test_training_course_named_by_its_place_and_trainees():
    assert ("ORG", "峨眉山军官训练班") in _ents("他于是年入峨眉山军官训练班受训。")
    assert not [e for e in _ents("各县开办训练班,他参加了训练班。") if e[0] == "ORG"]
