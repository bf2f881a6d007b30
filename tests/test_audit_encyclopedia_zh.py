"""Classes found by auditing Chinese encyclopedia mirrors (session 10, auditzh1); own sentences."""

from pipeline import extract_text
from pipeline.script import detect_script


def _spans(text, label=None):
    record = extract_text(text, rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"]
            if label is None or e["label"] == label]


def test_simplified_page_quoting_traditional_words_is_mixed():
    text = "参战方\n德國 | 法國\n普法战争中的德国军队攻占了色当，随后围困巴黎。"
    assert detect_script(text) == "mixed"
    assert [(4, 6, "GPE"), (9, 11, "GPE")] == _spans(text, "GPE")[:2]


def test_simplified_page_with_a_variant_character_stays_simplified():
    # 榘 is folded to 矩 by t2s but is written in Simplified pages: no reason to convert
    text = "韩复榘率部南下，韩复榘随即撤离济南，部队退往泰安，沿途与敌军发生战斗，伤亡颇重。"
    assert detect_script(text) == "zh-Hans"


def test_page_references_after_a_footnote_mark_are_no_counts():
    text = "守军约三千人[2]:118,119，英军伤亡不大[7]:45-47,52。"
    spans = _spans(text, "QUANTITY")
    assert spans == [(2, 6, "QUANTITY")]


def test_nb_note_mark_is_residue():
    text = "日军[nb 2]攻占九江。"
    assert _spans(text) == [(10, 12, "GPE")]


def test_bandit_suppression_headquarters_is_an_org_not_a_campaign():
    text = "华中剿匪总司令部设于汉口，西北剿匪总部设于西安。"
    spans = _spans(text)
    assert (0, 8, "ORG") in spans
    assert (13, 19, "ORG") in spans
    assert not [s for s in spans if s[2] == "EVENT"]


def test_settlement_suffix_that_opens_a_county_name_is_no_town():
    text = "敌军在接近镇远县城时遭到伏击。"
    spans = _spans(text, "GPE")
    assert spans == [(5, 9, "GPE")]      # 镇远县城, no town 接近镇


def test_mouth_of_a_river_named_by_one_character():
    text = "法舰驶入瓯江口，又驶往温州。"
    assert _spans(text)[:1] == [(4, 6, "LOC")] or (4, 6, "LOC") in _spans(text)


def test_harbour_named_after_its_county_is_the_county():
    text = "英军舰队驶抵镇海口外，炮击招宝山。"
    spans = _spans(text)
    assert (6, 8, "GPE") in spans
    assert not [s for s in spans if s[:2] == (7, 9)]


def test_water_mouths_keep_the_county_where_nothing_stands_before_it():
    text = "部队抵达海口，随后进驻河口。"
    spans = _spans(text, "GPE")
    assert (4, 6, "GPE") in spans and (11, 13, "GPE") in spans


def test_interlanguage_link_repeating_a_japanese_name():
    text = "指挥官\n大日本帝国 落合甚九日语落合甚九\n大日本帝国 冈部直三郎"
    spans = _spans(text, "PERSON")
    assert (10, 14, "PERSON") in spans


def test_interlanguage_link_repeating_a_place_is_no_person():
    text = "据大阪日语大阪的报道，日军已经出发。"
    assert not _spans(text, "PERSON")


def test_front_word_before_a_railway_is_outside_it():
    text = "敌军沿西线津浦铁路北进。"
    assert _spans(text, "FAC") == [(5, 9, "FAC")]


def test_reserve_division_with_its_qualifier_after_the_number():
    text = "他调任第三预备师副师长，该师随后改隶第六十六军。"
    record = extract_text(text, rules_only=True)
    units = [(e["start"], e["end"], e["norm"]["numbers"], e["norm"]["prefix"])
             for e in record["entities"] if e["label"] == "MIL_UNIT"]
    assert units[0] == (3, 8, [3], "预备")


def test_reserve_division_written_both_ways_is_one_unit():
    a = extract_text("第五预备师奉命北上。", rules_only=True)["entities"][0]["norm"]
    b = extract_text("预备第五师奉命北上。", rules_only=True)["entities"][0]["norm"]
    assert a["id"] == b["id"] == "ROC/reserve_division/5"


def test_approximator_before_a_grouped_range_belongs_to_its_first_end():
    text = "守军约4,500至5,200人。"
    record = extract_text(text, rules_only=True)
    got = [(e["start"], e["end"], e["norm"]["value"], e["norm"]["approx"], e["norm"]["unit"])
           for e in record["entities"] if e["label"] == "QUANTITY"]
    assert got == [(2, 8, 4500, "about", "人"), (9, 15, 5200, None, "人")]
