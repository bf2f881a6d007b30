"""Precision guards from the audit of informal Simplified Chinese pages (prezh7, session 17 round 2)."""
from pipeline import extract_text


def _spans(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_event_name_walk_keeps_a_split_known_place():
    # the walk must not start inside a known place (黄|海): the sea opens the name
    spans = _spans("据说黄海小岛沟海战那天风很大。")
    assert ("黄海小岛沟海战", "EVENT") in spans or not any(t.startswith("海小") for t, _ in spans)
    spans = _spans("北洋舰队在黄海大东沟海战中失利。")
    assert ("黄海大东沟海战", "EVENT") in spans
    # kept: a plain battle name and a place-named battle
    assert ("大东沟海战", "EVENT") in _spans("他们参加了大东沟海战。")
    assert ("黄海海战", "EVENT") in _spans("黄海海战爆发后，舰队退回港内。")


def test_quoted_ships_with_a_count_or_maru_are_no_places():
    spans = _spans("随后“平远”、“广丙”两舰赶来增援。")
    assert not any(label == "GPE" for _, label in spans)
    spans = _spans("敌方的“扶桑”、“赤城”2艘军舰受了重伤。")
    assert not any(label == "GPE" for _, label in spans)
    assert not any(t == "西京" for t, _ in _spans("“西京丸”被炮弹击中。"))
    assert not any(t == "定远" for t, _ in _spans("我海军定远船管带某公落海。"))
    # kept: the county and the city in ordinary prose
    assert ("定远县城", "GPE") in _spans("部队经过定远县城向东开进。")
    assert ("赤城", "GPE") in _spans("日军两个大队进占赤城。")
    assert ("天津", "GPE") in _spans("他坐船到了天津，又坐船南下。")


def test_imperial_lengths_currencies_and_degrees_are_units():
    spans = _spans("该舰吃水15英尺，造价90000镑，另付二百万英镑，俄方索要五百卢布。零下30℃的严寒。")
    assert ("15英尺", "QUANTITY") in spans
    assert ("90000镑", "QUANTITY") in spans
    assert ("二百万英镑", "QUANTITY") in spans
    assert ("五百卢布", "QUANTITY") in spans
    assert ("30℃", "QUANTITY") in spans
    # kept: the existing units
    assert ("1200吨", "QUANTITY") in _spans("排水量1200吨，时速15海里。")


def test_cited_pages_note_numbers_and_list_numbers_are_no_counts():
    spans = _spans("（详见某某编着：《某书》，人民出版社2001年版，下册，916页注释2）。")
    assert not any(label == "QUANTITY" for _, label in spans)
    spans = _spans("老兵名录\n3\n张某某 85岁\n抗美援朝老兵\n")
    assert [t for t, label in spans if label == "QUANTITY"] == ["85岁"]
    # kept: a bare count after a verb, and a count with its measure word
    assert ("4000", "QUANTITY") in _spans("此役日军阵亡4000、伤兵9000。")
    assert ("300人", "QUANTITY") in _spans("据《某书》记载，日军死伤300人。")


def test_a_place_across_a_frequent_word_seam_is_no_place():
    spans = _spans("除了外国留学生和四品以上高官子弟。明清国子监的学生。")
    assert not any(label == "GPE" for _, label in spans)
    # kept: the county as a place
    assert ("上高", "GPE") in _spans("部队以上高为中心展开。")


def test_a_prince_named_by_his_title_has_no_name_after_it():
    spans = _spans("醇亲王特地选带两位画家随行。5月14日，醇亲王出京。")
    assert ("特地选", "PERSON") not in spans
    assert ("出京", "PERSON") not in spans
    # kept: a governor's name after his post
    assert ("曾国藩", "PERSON") in _spans("两江总督曾国藩奏称。")


def test_silver_before_its_amount_is_no_city():
    spans = _spans("知县筹集白银三千两献与同志军。清政府赔偿白银2亿两。")
    assert not any(t == "白银" for t, _ in spans)
    assert ("三千两", "QUANTITY") in spans
    # kept: the city
    assert ("白银市", "GPE") in _spans("他到白银市视察。")


def test_township_suffix_before_a_countryside_word_is_no_township():
    spans = _spans("这是充满了湘北乡俗味的名字。")
    assert ("湘北", "LOC") in spans and not any(t.startswith("湘北乡") for t, _ in spans)
    # kept: a township
    assert ("石门乡", "GPE") in _spans("部队到达石门乡驻扎。")


def test_party_troops_named_by_a_noun_of_troops_are_generic():
    spans = _spans("60万解放军对阵80万国民党精锐，国民党主力被歼。")
    assert not any(label == "ORG" for _, label in spans)
    # kept: the party itself
    assert ("国民党", "ORG") in _spans("他于1926年加入国民党。")


def test_a_frequent_noun_before_a_place_keeps_the_place():
    # the seam guard reads only words of position or time (以上, 明清), not nouns or 当中
    assert ("中国", "GPE") in _spans("当中国军队面对日军进攻之时，农民起来了。")
    assert ("长沙", "GPE") in _spans("第九战区部队在湖南省长沙地区作战。")
    assert ("日本", "GPE") in _spans("經由這次轟炸任務,證明日本本土無法有效防範空襲。")
