"""Session 31 (w31zhorg): 党中央 as an ORG and side-named city streets as FAC (pipeline/rules/cross_set_org_fac_zh.py).
Sentences written for these tests; names are made up."""

from pipeline import extract_text
from pipeline.rules.cross_set_org_fac_zh import find_cross_set_org_fac


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _found(text):
    return {(text[c.start:c.end], c.label) for c in find_cross_set_org_fac(text)}


# ------------------------------------------------------------------ 党中央

def test_party_centre_after_verb_is_org():
    text = "抗战胜利后，游击队奉党中央命令北撤。"
    assert ("党中央", "ORG") in _spans(text)


def test_party_centre_after_our_is_org_without_our():
    text = "那时，我党中央已与对方商定停战。"
    spans = _spans(text)
    assert ("党中央", "ORG") in spans
    assert not any(s.startswith("我党") for s, _ in spans)


def test_party_centre_traditional_script():
    text = "他寫信給省委，並請轉報黨中央。"
    assert ("黨中央", "ORG") in _spans(text)


def test_party_centre_exact_offsets():
    text = "准备与党中央派来的干部会合"
    found = find_cross_set_org_fac(text)
    assert [(c.start, c.end, c.label) for c in found] == [(3, 6, "ORG")]


def test_no_party_centre_inside_longer_party_names():
    assert _found("中国共产党中央委员会召开全会") == set()
    assert _found("国民党中央执行委员会决定") == set()
    assert _found("党中央委员会发出通知") == set()
    assert _found("党中央组织部部长") == set()
    spans = _spans("中国共产党中央委员会召开全会")
    assert ("党中央", "ORG") not in spans


# ------------------------------------------------------------------ side-named streets

def test_landmark_side_street_after_comma():
    text = "敌机轮番轰炸城西，箭道东街两地，毁屋甚多。"
    assert ("箭道东街", "FAC") in _spans(text)


def test_one_character_stem_after_preposition():
    text = "教会与商会联合在署前街开办学堂。"
    assert ("署前街", "FAC") in _spans(text)


def test_street_after_list_word_and_before_list_mark():
    text = "炸毁县署大门及仓后街、柳条弄等处民房。"
    assert ("仓后街", "FAC") in _found(text)


def test_gate_quarter_street_exact_offsets():
    text = "最出名的有北关街太平殿的总坛口"
    found = [(c.start, c.end, c.label) for c in find_cross_set_org_fac(text)]
    assert found == [(5, 8, "FAC")]
    assert text[5:8] == "北关街"


def test_bare_side_street_is_not_tagged():
    assert _found("两人住在现在的西街一带") == set()
    assert _found("后街的张某刚出门") == set()


def test_settlement_side_street_is_not_a_street_name():
    assert _found("驻县城内东街的关帝庙") == set()
    assert _found("他们到了李村东街") == set()


def test_market_town_and_street_office_are_not_streets():
    assert _found("红军进驻龙街渡口") == set()          # no side character before 街
    assert _found("划归鼓楼东街道管辖") == set()        # 街道: a sub-district
    assert _found("途经新集北街镇") == set()            # 街镇: a town


# ------------------------------------------------------------------ numbered campaigns (pipeline/rules/events.py)

def test_campaign_ordinal_without_ci_is_event():
    text = "志愿军随即发起第三战役，突破敌军防线。"
    assert ("第三战役", "EVENT") in _spans(text)


def test_short_ordinal_campaign_at_clause_start_is_event():
    text = "二次战役后，该团回到后方整训。"
    spans = _spans(text)
    assert ("二次战役", "EVENT") in spans
    assert ("二次", "QUANTITY") not in spans


def test_short_ordinal_campaign_after_joining_verb_is_event():
    text = "会上总结参加四次战役的经验教训。"
    assert ("四次战役", "EVENT") in _spans(text)


def test_counted_campaigns_stay_counts():
    spans = _spans("他先后参加过三次战役。")
    assert ("三次", "QUANTITY") in spans
    assert not any(label == "EVENT" for _, label in spans)
    assert not any(label == "EVENT" for _, label in _spans("抗美援朝战争中的五次战役，歼敌甚众。") if _ != "抗美援朝战争")
    assert not any(label == "EVENT" for _, label in _spans("在一次战役中负伤。"))


# ------------------------------------------------------------------ railways named by their ends before a glued character
# (pipeline/rules/facilities.py: 路过, 路西, 路上 glue into words with 路 but leave the railway a FAC)

def test_route_pair_railway_before_guo_is_fac():
    text = "一面令其部将率部由平汉路过豫北上。"
    spans = _spans(text)
    assert ("平汉路", "FAC") in spans
    assert not any(label == "PERSON" and "路" in s for s, label in spans)


def test_route_pair_railway_before_west_region_keeps_region_apart():
    text = "江北游击支队及淮南津浦路西地方武装一部编为一师"
    spans = _spans(text)
    assert ("津浦路", "FAC") in spans
    assert ("淮南", "LOC") in spans or ("淮南", "GPE") in spans


def test_route_pair_railway_before_shang_after_region():
    text = "日军第35师团（豫北道清路上）担任警备"
    assert ("道清路", "FAC") in _spans(text)


def test_city_street_before_guo_is_not_a_railway():
    spans = _spans("他们从长沙路过，没有停留。")
    assert not any(label == "FAC" for _, label in spans)


# ------------------------------------------------------------------ a town or road named after a temple
# (pipeline/rules/written_zh_orgs_events.py: the temple jieba knows is no FAC before 镇/乡/路/街)

def test_town_named_after_temple_is_no_temple():
    spans = _spans("一同前往的广胜寺镇干部介绍了情况")
    assert ("广胜寺", "FAC") not in spans


def test_road_named_after_temple_is_no_temple():
    spans = _spans("他家住在静安寺路的大宅里")
    assert ("静安寺", "FAC") not in spans


def test_temple_itself_stays_fac():
    assert ("灵隐寺", "FAC") in _spans("我们参观了灵隐寺。")
