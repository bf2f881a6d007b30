"""Chinese names framed by a roll's glosses, by kinship terms and by a genealogy's marriages (session 29): bracketed
glosses inside a list of names (person_list_neighbors), the everyday kinship terms before a name
(person_role_names), 娶/嫁/元配 after a name (person_name_ends, person_likeness), 名 in a biography's chain of names
(person_document_names). Sentences written for the tests; the names are made up."""

from pipeline import extract_text


def _persons(text):
    return [text[e["start"]:e["end"]] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_list_items_past_bracketed_glosses():
    text = "我与老师何景澜、尤守谦(秀才)、柏季芳(师范毕业,小学教师)以及几位学生共同商议。"
    found = _persons(text)
    assert "尤守谦" in found and "柏季芳" in found
    assert not any("秀才" in name or "师范" in name for name in found)


def test_gloss_before_the_item():
    text = "村里的柏季芳(排长)、尤守谦(班长)都牺牲了。"
    found = _persons(text)
    assert "柏季芳" in found and "尤守谦" in found


def test_no_list_item_from_a_gloss_alone():
    found = _persons("会上通过了章程(草案)、决议和名单。")
    assert found == []


def test_everyday_kinship_terms():
    for text in ("我的外公许长庚是个木匠。", "我的姥爷许长庚是个木匠。", "他三叔许长庚参加了游击队。"):
        assert _persons(text) == ["许长庚"], text


def test_kinship_term_before_a_word_of_origin():
    assert _persons("我姥爷籍贯在河北。") == []


def test_name_ends_before_marrying_words():
    text = "他的长子聂颐元配某氏,次子聂恒娶的是邻县富商之女。"
    found = _persons(text)
    assert "聂颐" in found and "聂颐元" not in found
    assert "聂恒娶" not in found
    assert "聂德宏" in _persons("长子聂德宏元配某氏。")


def test_given_name_in_a_chain_of_names():
    found = _persons("县长陈玉衡,名德润,字子厚,江西人。")
    assert "德润" in found and "子厚" in found
    assert _persons("县长陈玉衡,名扬四海。") == ["陈玉衡"]     # 名扬: the cue and an ordinary word, no field
    assert _persons("县长陈玉衡,名叫什么?") == ["陈玉衡"]


def test_place_given_name_in_person_frames():
    # name_collisions_zh: a surname + a city's name, closed by a roster's gender field or a verb of speaking
    assert _persons("卜长春,男,汉族,1920年生。") == ["卜长春"]
    assert _persons("据卜长春讲,鬼子是从东边来的。") == ["卜长春"]
    assert _persons("卜长春说:鬼子来了。") == ["卜长春"]
    assert _persons("据长春说,天气很好。") == []
    assert _persons("他到了长春,男女老少都来欢迎。") == []
