"""GPE classes of the session-16 round-2 audit of Chinese places (auditzh47); sentences written for the tests."""

from pipeline import extract_text


def _spans(text, label=None):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"] if label is None or e["label"] == label]


def test_leaving_or_passing_a_village():
    assert ("柳河村", "GPE") in _spans("部队离开柳河村后,向北转移。")
    assert ("桃溪村", "GPE") in _spans("敌兵过桃溪村时,抢走两头牛。")
    assert ("白沙圩", "GPE") in _spans("太平军放弃了第一个据点白沙圩,西向转移。")
    # 过 as a verb's aspect mark before a shop or a figure of speech: no place
    assert _spans("他早年当过米店学徒。", "GPE") == []
    assert _spans("人过山口,像过老虎口。", "GPE") == []


def test_list_closed_by_a_word_of_settlements():
    assert _spans("日军侵入本县的石岭、三都以及邻近乡村,抢夺粮食。", "GPE")[-2:] == [("石岭", "GPE"), ("三都", "GPE")]
    got = _spans("日军对王家屯、石门子、上五家子等地村民进行报复。", "GPE")
    assert ("石门子", "GPE") in got and ("上五家子", "GPE") in got
    got = _spans("该区1952年并入邻县,相关区域分属今鹤湾、坦头、石浦等乡镇。", "GPE")
    assert [t for t, _ in got][-3:] == ["鹤湾", "坦头", "石浦"]
    # a count is no village, even before a settlement closer
    assert _spans("日军烧毁三个村、五户人家等村庄。", "GPE") == []


def test_province_after_a_qing_post_is_no_person():
    got = _spans("诏以某某总督湖北、湖南、江西军务。")
    assert ("湖北", "PERSON") not in got and ("湖南", "PERSON") not in got
    assert ("湖北", "GPE") in got and ("湖南", "GPE") in got
    # a name after the post is still a person
    assert ("胜保", "PERSON") in _spans("钦差大臣胜保率兵南下。")


def test_a_places_fall_is_no_village():
    assert _spans("安庆既破,太平军退守天京。", "GPE") == [("安庆", "GPE"), ("天京", "GPE")]
    assert ("败死", "GPE") not in _spans("其后在曹州败死。")


def test_manchu_name_in_a_starting_with_a_county():
    assert _spans("德兴阿率部向北败退。", "GPE") == []
    assert ("扬州", "GPE") in _spans("德兴阿乘船逃往扬州。")
    # the county itself, and a county before a foreign name in 阿
    assert _spans("日军进攻德兴。", "GPE") == [("德兴", "GPE")]
    assert ("阿里山", "LOC") in _spans("部队进驻德兴阿里山。")
