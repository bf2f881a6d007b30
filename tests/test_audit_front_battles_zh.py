"""Classes found by auditing popular retellings of the 1937-1945 front-line battles (session 14, auditzh28);
own sentences with invented names, exact spans and labels.

- a name right before 跟 (the conjunction "with"): 跟 is never the given name's last character;
- a name after a title before a verb phrase the dictionary knows (通电话, 打电话): two characters;
- 三十六道沟: a numeral before the ordinal makes it a count, not the ordinal village 六道沟;
- 1.2 at the head of a line before a heading: a section's number, no QUANTITY.
- 尤 before a verb of skill or liking (尤擅指挥, 尤精枪法): the adverb "especially", no surname.
- a Japanese special naval landing force named by its naval district (佐世保第一特别陆战队, 上海特别陆战队): one MIL_UNIT;
- 徐州的西南: a compass word after a city, county or hill and 的 is its quarter, no region LOC.
"""

from pipeline import extract_text


def _spans(text, labels=None):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"], e["label"]) for e in record["entities"]
            if labels is None or e["label"] in labels]


def test_a_name_before_gen_ends_before_it():
    text = "军长梁嵩跟第45师师长通话。"
    assert _spans(text, ("PERSON",)) == [("梁嵩", 2, 4, "PERSON")]
    assert ("第45师", 5, 9, "MIL_UNIT") in _spans(text)


def test_gen_before_a_force_joins_no_name_to_it():
    text = "就在梁嵩跟第45师师长通话时，敌机来袭。"
    assert not any(span.endswith("跟") for span, *_ in _spans(text, ("PERSON",)))
    assert ("第45师", 5, 9, "MIL_UNIT") in _spans(text)


def test_a_three_character_name_before_a_force_is_kept():
    text = "师长周振邦率第45师出击。"
    assert _spans(text, ("PERSON",)) == [("周振邦", 2, 5, "PERSON")]


def test_a_titled_name_before_a_telephone_call_has_two_characters():
    assert _spans("师长刘安通电话询问战况。", ("PERSON",)) == [("刘安", 2, 4, "PERSON")]
    assert _spans("团长孙策打电话报告战况。", ("PERSON",)) == [("孙策", 2, 4, "PERSON")]


def test_a_titled_three_character_name_before_another_verb_is_kept():
    assert _spans("师长郑克通率部出击。", ("PERSON",)) == [("郑克通", 2, 5, "PERSON")]


def test_counted_gullies_are_no_ordinal_village():
    text = "向导说这片山里有二十四道沟，十三道梁，生人进去就迷路。"
    assert _spans(text, ("GPE", "LOC")) == []


def test_an_ordinal_village_is_still_a_place():
    assert _spans("部队当晚在三道沟宿营。", ("GPE",)) == [("三道沟", 5, 8, "GPE")]


def test_a_section_number_heading_a_line_is_no_quantity():
    for text in ("战前态势\n2.3 河谷地带的地形\n河谷宽约两公里。", "战前态势\n2.3河谷地带的地形\n河谷宽约两公里。"):
        assert _spans(text, ("QUANTITY",)) == [("约两公里", text.index("约两公里"), text.index("约两公里") + 4, "QUANTITY")]


def test_a_decimal_count_with_a_unit_is_still_a_quantity():
    text = "此役全军伤亡2.3万人。"
    assert _spans(text, ("QUANTITY",)) == [("2.3万人", 6, 11, "QUANTITY")]
    text = "战前态势\n1.5公里外就是敌军阵地。"
    assert ("1.5公里", 5, 10, "QUANTITY") in _spans(text, ("QUANTITY",))


def test_you_before_a_verb_of_skill_is_the_adverb():
    text = "团长陆国璋，保定军校毕业，尤擅指挥。"
    assert _spans(text, ("PERSON",)) == [("陆国璋", 2, 5, "PERSON")]
    assert _spans("他出身行伍，尤精枪法，指挥若定。", ("PERSON",)) == []


def test_the_surname_you_still_opens_a_name():
    assert _spans("师长尤国才率部死守。", ("PERSON",)) == [("尤国才", 2, 5, "PERSON")]
    assert _spans("尤国才命令各团坚守阵地。", ("PERSON",)) == [("尤国才", 0, 3, "PERSON")]


def _units(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"], e["norm"]) for e in record["entities"]
            if e["label"] == "MIL_UNIT"]


def test_a_landing_force_named_by_its_naval_district_is_one_unit():
    text = "拂晓，海军舞鹤第二特别陆战队在滩头强行登陆。"
    [(span, start, end, norm)] = _units(text)
    assert (span, start, end) == ("舞鹤第二特别陆战队", 5, 14)
    assert (norm["numbers"], norm["echelon"], norm["prefix"], norm["side"]) == ([2], "陆战队", "特别", "JP")
    assert not _spans(text, ("GPE",))


def test_a_landing_force_named_by_its_district_office_or_by_shanghai():
    text = "横须贺镇守府第三特别陆战队与上海特别陆战队会合。"
    assert [u[:3] for u in _units(text)] == [("横须贺镇守府第三特别陆战队", 0, 13), ("上海特别陆战队", 14, 21)]
    text = "佐世保陆战队一部绕道侧击。"
    assert [u[:3] for u in _units(text)] == [("佐世保陆战队", 0, 6)]


def test_a_posting_to_a_city_is_no_landing_force():
    text = "他曾驻上海陆战队司令部附近。"
    assert _units(text) == []
    assert ("上海", 3, 5, "GPE") in _spans(text)


def test_the_quarter_of_a_city_after_de_is_no_region():
    text = "战役的重心移到了徐州的西南，萧县更加重要。"
    assert _spans(text, ("GPE", "LOC")) == [("徐州", 8, 10, "GPE"), ("萧县", 14, 16, "GPE")]


def test_a_country_s_northeast_is_still_the_region():
    text = "日军进占我国的东北后，又觊觎华北。"
    assert ("东北", 7, 9, "LOC") in _spans(text, ("LOC",))
