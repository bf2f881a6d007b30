"""Classes found by auditing popular retellings of the 1937-1945 front-line battles (session 14, auditzh28);
own sentences with invented names, exact spans and labels.

- a name right before 跟 (the conjunction "with"): 跟 is never the given name's last character;
- a name after a title before a verb phrase the dictionary knows (通电话, 打电话): two characters;
- 三十六道沟: a numeral before the ordinal makes it a count, not the ordinal village 六道沟;
- 1.2 at the head of a line before a heading: a section's number, no QUANTITY.
- 尤 before a verb of skill or liking (尤擅指挥, 尤精枪法): the adverb "especially", no surname.
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
