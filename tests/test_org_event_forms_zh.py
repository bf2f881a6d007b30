"""Organisation and meeting forms of party and political history (session 16 label audit, auditzh41). Sentences
written for these tests (made-up people, meetings and bodies; real parties and places only as names)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def test_body_of_known_org_is_one_org():
    assert ("ORG", "同盟会中部总会") in _ents("几位会员在汉口另组同盟会中部总会,以图再举。")
    assert ("ORG", "同盟会南洋支部") not in _ents("他加入同盟会南洋支部。")   # 南洋 is no GPE of the gazetteer
    assert ("ORG", "同盟会东京本部") in _ents("此文冒用同盟会东京本部的名义发出。")
    assert ("ORG", "农工党中央干部会") in _ents("农工党中央干部会派员赴闽联络。")
    assert ("ORG", "国民党上海执行部") in _ents("次年国民党上海执行部改组。")


def test_body_word_needs_a_body():
    ents = _ents("同盟会会员王某与国民党中央常委会议代表同行。")
    assert ("ORG", "同盟会") in ents
    assert not [e for e in ents if e[1].startswith("国民党中央常委会")]
    assert ("ORG", "该党中央干部会") not in _ents("该党中央干部会随即开会。")


def test_short_party_congress_is_one_event():
    ents = _ents("中共五大闭幕后,国民党三大或临时代表会议迟迟未开。")
    assert ("EVENT", "中共五大") in ents
    assert ("EVENT", "国民党三大") in ents
    assert not [e for e in ents if "临时代表会议" in e[1]]
    assert ("EVENT", "中国国民党一大") in _ents("中国国民党一大的召开,意义重大。")


def test_party_before_a_count_word_stays_the_party():
    ents = _ents("国民党一大批将领反对国民党三大政策。")
    assert not [e for e in ents if e[0] == "EVENT"]
    assert ("ORG", "国民党") in ents


def test_short_name_in_brackets_is_org_at_every_mention():
    text = "该省党部成立了联络委员会(以下简称联委会),联委会存在不到一年,此后联委会即告撤销。"
    ents = _ents(text)
    assert ents.count(("ORG", "联委会")) == 3
    assert ("ORG", "联络委员会") in ents


def test_short_name_must_end_in_an_org_word():
    ents = _ents("此次谈判(以下简称谈判)毫无结果。")
    assert not [e for e in ents if e[0] == "ORG"]


def test_unknown_item_listed_with_known_org():
    assert ("ORG", "群益社") in _ents("当时文学社和群益社的骨干多在新军之中。")
    assert ("ORG", "政学系") in _ents("议会之中,政学系、进步党互相攻讦。")


def test_list_item_that_is_a_word_is_no_org():
    ents = _ents("他们研究经济、社会和国民党的关系。")
    assert ("ORG", "社会") not in ents


def test_meeting_named_by_its_village_is_event():
    assert ("EVENT", "柳树沟会议") in _ents("一九四七年冬召开了柳树沟会议,统一了认识。")
    assert ("EVENT", "石门村会议") in _ents("他出席了石门村会议。")


def test_meeting_without_a_place_is_no_event():
    ents = _ents("次日召开了军事会议,又开了作战会议。")
    assert not [e for e in ents if e[0] == "EVENT"]


def test_quoted_headquarters_after_region_is_org():
    ents = _ents("时任华中“剿总”参谋长的某某奉命赴任。")
    assert ("ORG", "剿总") in ents
    assert ("ORG", "行营") not in _ents("他说“行营”二字不妥。")   # no region before the quotes


def test_incident_named_by_month_and_day_is_one_event():
    ents = _ents("会上说明了3月20日事变的经过。")
    assert ("EVENT", "3月20日事变") in ents
    ents = _ents("1926年3月20日事件发生后,他离开广州。")   # a full date before 事件 stays a DATE
    assert not [e for e in ents if e[0] == "EVENT"]
    ents = _ents("新军于10月10日起义。")
    assert not [e for e in ents if e[0] == "EVENT"]
