"""Classes found by auditing Simplified pages on the 1937-45 campaigns in China (session 15 round 2, auditzh34);
own sentences, exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    record = extract_text(text, rules_only=True)
    return [(e["start"], e["end"], e["label"], text[e["start"]:e["end"]]) for e in record["entities"]
            if label is None or e["label"] == label]


# campaign_place_lists_zh: 、-lists of unknown villages and hills closed by a word of area

def test_list_of_unknown_settlements_before_area_word():
    text = "第八十军向杨家厂、福和坪地区的敌军反击。"
    ents = _ents(text)
    assert (5, 8, "GPE", "杨家厂") in ents and (9, 12, "GPE", "福和坪") in ents


def test_list_of_hills_after_a_unit_is_loc():
    text = "敌旅团猛攻第九军马鞍岗、鹰嘴岭等地，激战终日。"
    ents = _ents(text)
    assert (8, 11, "LOC", "马鞍岗") in ents and (12, 15, "LOC", "鹰嘴岭") in ents


def test_list_between_two_places_with_a_bare_name():
    text = "该师担任石渡、后坝间沿河之守备。"
    ents = _ents(text)
    assert (4, 6, "GPE", "石渡") in ents and (7, 9, "GPE", "后坝") in ents


def test_first_item_does_not_take_the_verb_end():
    text = "新编师担任王桥、后李间的警戒。"
    ents = _ents(text, "GPE")
    assert (5, 7, "GPE", "王桥") in ents
    assert not any(text[s:e] == "任王桥" for s, e, _, _ in ents)


def test_list_of_ordinary_words_or_bare_names_is_no_place():
    assert not any(l in ("GPE", "LOC") for _, _, l, _ in _ents("他曾在工厂、学校等地做工。"))
    assert not any(l in ("GPE", "LOC") for _, _, l, _ in _ents("老赵、小钱间素有嫌隙。"))


# place_address_chains: a verb of crossing after a county is no village

def test_crossing_verb_after_county_is_no_place():
    text = "敌第三师团由安徽当涂渡江，守军退却。"
    ents = _ents(text)
    assert not any(t in ("渡江", "当涂渡江") for _, _, _, t in ents)
    assert (8, 10, "GPE", "当涂") in ents


def test_village_after_county_still_read():
    text = "敌军窜至湖北麻城某家湾一带。"
    assert not any(t == "渡江" for *_, t in _ents(text))


# qing_post_names_zh: an infobox commanders block with blank lines between the sides and notes after names

def test_infobox_commanders_across_blank_line_and_notes():
    text = ("指挥官与领导者\n\n陈明远\n赵立山(第3次)\n\n冈田信二\n小野寺健\n兵力\n30,000人 20,000人\n")
    persons = {t for _, _, l, t in _ents(text) if l == "PERSON"}
    assert {"陈明远", "赵立山", "冈田信二", "小野寺健"} <= persons


def test_infobox_known_commander_keeps_lexicon_canonical():
    text = "指挥官与领导者\n\n卫立煌\n多田骏\n兵力\n18万人\n"
    record = extract_text(text, rules_only=True)
    wei = next(e for e in record["entities"] if e["text"] == "卫立煌")
    assert wei["label"] == "PERSON" and wei["norm"].get("canonical") == "卫立煌"


def test_unclosed_block_still_stops_at_blank_line():
    text = "指挥官与领导者\n陈明远\n\n背景介绍\n战斗开始于拂晓，各部依次进入阵地并完成了全部的准备工作。\n"
    persons = {t for _, _, l, t in _ents(text) if l == "PERSON"}
    assert "背景介绍" not in persons


# campaign_place_lists_zh: a market town in 街 listed with known places is GPE, not a Japanese-looking name

def test_market_town_in_list_with_known_place():
    text = "敌分由奉新、万寿宫、石田街，分三路西犯。"
    assert (10, 13, "GPE", "石田街") in _ents(text)


def test_street_without_known_place_or_list_frame_is_left():
    text = "他在中山街、解放路开店。"
    assert not any(t == "中山街" and l == "GPE" for _, _, l, t in _ents(text))
