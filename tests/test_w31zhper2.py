"""Session 31 (w31zhper2): Chinese persons listed with 、 beside a found name (person_list_neighbors: an item opening
after a word that takes persons, an item ending before a verb; person_references.partners: the list followed
through, the partner's right edge read at the name's end). Sentences made up for the tests."""

from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def test_first_item_after_a_verb_that_takes_persons():
    text = "督办随即派马金禄、马德祥到天山南北联络各部。"
    spans = _spans(text)
    assert ("马金禄", "PERSON") in spans and ("马德祥", "PERSON") in spans


def test_first_item_after_yi_of_a_list_of_leaders():
    text = "该地区则以江有亮、江毓秀、韦光群为首，聚众数千。"
    spans = _spans(text)
    assert {("江有亮", "PERSON"), ("江毓秀", "PERSON"), ("韦光群", "PERSON")} <= spans


def test_last_item_before_a_verb():
    text = "朝廷命其会同刘韵珂、余步云体察情形，相机办理。"
    spans = _spans(text)
    assert ("余步云", "PERSON") in spans and ("刘韵珂", "PERSON") in spans


def test_last_item_before_a_one_character_verb():
    text = "那时唐景崧、劉永福、丁槐攻宣光，月餘不能下。"
    spans = _spans(text)
    assert ("丁槐", "PERSON") in spans
    assert not any(t.startswith("丁槐攻") for t, _ in spans)


def test_no_name_where_the_last_character_starts_a_word():
    # 李明白: 明白 is a word, the item is no name before a verb
    text = "张三丰、李明白了大家的意思。"
    spans = _spans(text)
    assert ("李明白", "PERSON") not in spans


def test_no_list_name_from_a_place_list():
    text = "日军先后攻占长沙、岳阳攻势随即停顿。"
    spans = _spans(text)
    assert not any(label == "PERSON" for _, label in spans)


def test_bare_surname_after_a_coverb_that_takes_a_person():
    text = "蒋介石到达西安后，张学良多次进谏。杨虎城因蒋拒绝抗日，遂与张学良商定兵谏。"
    got = [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]
    at = text.index("因蒋") + 1
    assert (at, at + 1) in got


def test_bare_surname_after_a_verb_taking_a_person():
    text = "袁世凯称帝之后，冯国璋等人都想取袁而代之。"
    got = [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]
    at = text.index("取袁") + 1
    assert (at, at + 1) in got


def test_no_bare_surname_where_the_coverb_makes_a_word():
    # 因为: the coverb and the character make a word, no surname (为 of no name found earlier anyway)
    text = "蒋介石到达西安。因为天气寒冷，众人留在城中。"
    spans = _spans(text)
    assert ("为", "PERSON") not in spans and ("蒋介石", "PERSON") in spans


def _persons(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_counted_bare_surnames_with_list_marks_and_a_post():
    text = "部队折回柳州待命，而饬赵、汪、李三主任回部。"
    got = _persons(text)
    for ch in "赵汪李":
        at = text.index(ch)
        assert (at, at + 1) in got


def test_counted_bare_surnames_run_together():
    text = "蒋介石到达西安。张杨二人商议兵谏。"
    got = _persons(text)
    assert (text.index("张杨"), text.index("张杨") + 1) in got
    assert (text.index("张杨") + 1, text.index("张杨") + 2) in got


def test_no_counted_surnames_in_a_kin_word_or_with_another_count():
    text = "夫妻二人都在家，兄弟两人去了城里，中日两军激战。"
    assert _persons(text) == []


def test_no_counted_surnames_where_the_number_differs():
    # three surnames before a count of two: no reading
    text = "部队折回柳州待命，而饬赵、汪、李二主任回部。"
    assert _persons(text) == []
