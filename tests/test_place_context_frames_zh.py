"""Session 18 (s18zhgpe, Chinese GPE audit): settlements vouched for by their frame
(pipeline/rules/place_context_frames_zh.py) and titled names made of a surname and a place
(pipeline/rules/titled_place_names_zh.py). Sentences written for the tests."""

from tests.sentences import at, extracted


def _spans(text: str, label: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, label)]


def test_name_before_a_modern_gloss_is_a_place():
    text = "清军驻扎安徽柳泉（今宿松县柳泉镇）一带。"
    gpe = _spans(text, "GPE")
    assert at(text, "柳泉", "GPE") in gpe
    assert at(text, "宿松县", "GPE") in gpe
    assert at(text, "柳泉镇", "GPE") in gpe
    assert not _spans(text, "PERSON")


def test_gloss_chain_keeps_the_prefecture_and_the_town():
    text = "捻军攻占河南朱集(今商丘市朱集镇)。"
    gpe = _spans(text, "GPE")
    assert at(text, "朱集", "GPE") in gpe
    assert at(text, "商丘市", "GPE") in gpe
    assert at(text, "朱集镇", "GPE") in gpe


def test_garrison_and_stronghold_frames():
    text = "我军攻克吉塘后，柳湾守敌弃城南逃；往西十五里是岳桥据点。"
    gpe = _spans(text, "GPE")
    assert at(text, "柳湾", "GPE") in gpe
    assert at(text, "岳桥", "GPE") in gpe


def test_garrison_frame_negatives():
    assert not _spans("阵地守敌弃城而逃，外围据点被拔除。", "GPE")
    assert not _spans("这是敌人据点，县城守敌投降。", "GPE")


def test_province_county_village_chain():
    text = "陈毅从河北平山西柏坡返回，部队从河北阜平东庄出发。"
    gpe = _spans(text, "GPE")
    for name in ("河北", "平山", "西柏坡", "阜平", "东庄"):
        assert at(text, name, "GPE") in gpe
    assert "山西" not in [text[s:e] for s, e, _ in gpe]


def test_chain_leaves_a_suffixed_county_whole():
    text = "一○九师配备在湖北麻城县至河南光山县。"
    gpe = [text[s:e] for s, e, _ in _spans(text, "GPE")]
    assert "麻城县" in gpe and "光山县" in gpe and "麻城" not in gpe


def test_county_members_after_zhi():
    text = "防线东起增城之永汉、正果，西连花都之军田、赤坭，至三水。"
    gpe = [text[s:e] for s, e, _ in _spans(text, "GPE")]
    for name in ("增城", "永汉", "正果", "花都", "军田", "赤坭", "三水"):
        assert name in gpe
    text = "日军占据宝安之沙井一带。"
    assert at(text, "沙井", "GPE") in _spans(text, "GPE")


def test_county_members_negative():
    text = "此乃中国之政治、经济、文化中心，湖南之大患。"
    assert [text[s:e] for s, e, _ in _spans(text, "GPE")] == ["中国", "湖南"]


def test_bearing_village_and_county_named_like_a_surname():
    text = "部队在濮阳整训，司令部设在濮阳城东孙王庄。"
    gpe = _spans(text, "GPE")
    assert at(text, "濮阳", "GPE") in gpe and at(text, "濮阳", "GPE", 1) in gpe
    assert at(text, "孙王庄", "GPE") in gpe
    assert not _spans(text, "PERSON")
    text = "敌军驻开封以北李庄。"
    assert at(text, "李庄", "GPE") in _spans(text, "GPE")
    text = "敌军退守开封以北之李庄。"   # 之 between the bearing and the village stays outside it
    assert at(text, "李庄", "GPE") in _spans(text, "GPE")
    assert not [s for s in _spans(text, "GPE") if s[0] == text.index("之")]


def test_compound_surname_person_kept():
    text = "濮阳明德是我的老师。"
    assert _spans(text, "PERSON") == [at(text, "濮阳明德", "PERSON")]


def test_title_surname_place_is_a_person():
    text = "副官马通州报告，县长马兰州到任。"
    assert _spans(text, "PERSON") == [at(text, "马通州", "PERSON"), at(text, "马兰州", "PERSON")]
    assert not _spans(text, "GPE")


def test_title_reading_keeps_places():
    text = "司令部设在通州，军长率部攻占通州。"
    assert _spans(text, "GPE") == [at(text, "通州", "GPE"), at(text, "通州", "GPE", 1)]


def test_landform_named_county_in_a_county_list():
    text = "日军推进至博罗、增城、惠阳、河源、龙门等地。"
    assert at(text, "龙门", "GPE") in _spans(text, "GPE")
    text = "敌军北窜龙门山区。"
    assert "龙门" not in [text[s:e] for s, e, _ in _spans(text, "GPE")]


def test_service_minister_post_is_no_unit():
    text = "日本陆军大臣寺内正毅宣布，英国海军大臣到任。"
    assert _spans(text, "GPE") == [at(text, "日本", "GPE"), at(text, "英国", "GPE")]
    assert not _spans(text, "MIL_UNIT") and not _spans(text, "FAC")
    assert _spans(text, "PERSON") == [at(text, "寺内正毅", "PERSON")]
    text = "日本陆军第五师团登陆。"
    assert [text[s:e] for s, e, _ in _spans(text, "MIL_UNIT")] == ["日本陆军第五师团"]
    text = "村口有座将军庙。"
    assert _spans(text, "FAC") == [at(text, "将军庙", "FAC")]


def test_no_village_from_a_concession_after_a_town():
    text = "新保安城镇虽小，但城墙坚固。"
    assert [text[s:e] for s, e, _ in _spans(text, "GPE")] == ["新保安"]


def test_last_member_of_a_settlement_run_with_another_settlement_word():
    text = "最惨为甲河寨、乙寺寨和丙驾村，死伤无数。"
    gpe = [text[s:e] for s, e, _ in _spans(text, "GPE")]
    assert gpe == ["甲河寨", "乙寺寨", "丙驾村"]
    text = "攻下甲河寨和乙城乡政府。"
    assert "乙城乡" not in [text[s:e] for s, e, _ in _spans(text, "GPE")]


def test_apposition_after_a_town_or_position_word():
    text = "一营据守莒县、日照间的重镇—三庄，镇内为沟渠地形。"
    assert at(text, "三庄", "GPE") in _spans(text, "GPE")
    text = "敌突破了友军32师的阵地——石家行。"
    assert at(text, "石家行", "GPE") in _spans(text, "GPE")
    assert not _spans("我们占领了阵地——三个。", "GPE")


def test_place_between_two_places_and_bearing_from_a_name():
    text = "新保安位于怀来(旧县)和甲花园之间的铁路线上。"
    assert at(text, "甲花园", "GPE") in _spans(text, "GPE")
    text = "石桥在仁川之南，柳岗之西，去汉城150里。"
    assert at(text, "柳岗", "GPE") in _spans(text, "GPE")
    assert not _spans("部队在城市和乡村之间，在阵地之南，县城之西。", "GPE")


def test_chain_leaves_a_known_town_whole():
    # a known town of the county ends the chain whole (the lexicon's), never cut before its 镇
    text = "王某，河北涉县井店镇人，早年参加八路军。"
    gpe = _spans(text, "GPE")
    assert at(text, "涉县", "GPE") in gpe and at(text, "井店镇", "GPE") in gpe
    assert at(text, "井店", "GPE") not in gpe
