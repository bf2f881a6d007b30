"""A bare surname before a word of address or a post after 的 / 年 / 这个 (surname_address_titles_zh, session 30)."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _person_at(text, needle, offset=0):
    start = text.index(needle) + offset
    ents = extract_text(text, rules_only=True)["entities"]
    return any(e["start"] == start and e["end"] == start + 1 and e["label"] == "PERSON" for e in ents)


def test_surname_before_boss():
    text = "家里托人说情，才把柯老板赎回。这个柯老板后来改做布匹生意。"
    assert _person_at(text, "柯老板赎回")
    assert _person_at(text, "柯老板后来")


def test_surname_before_mister_and_uncle():
    text = "那年冬天，覃先生派人送来两担米。邝伯伯的儿子也来帮忙。"
    assert _person_at(text, "覃先生")
    assert _person_at(text, "邝伯伯")
    assert ("邝伯伯", "PERSON") not in _spans(text)


def test_surname_before_qing_and_local_posts():
    text = "县城谣言四起，蒙都司闻讯调来重兵；义军又惩治了韦土司和几家豪绅。"
    assert _person_at(text, "蒙都司")
    assert _person_at(text, "韦土司")


def test_post_after_possessive_and_year():
    text = "冲出包围的卢排长也被追上了。1946年骆司令亲自到前线督战。"
    assert _person_at(text, "卢排长")
    assert _person_at(text, "骆司令")


def test_committee_is_no_person():
    text = "会后成立了筹建委员会，又设工程委员会。"
    assert not any(label == "PERSON" for _, label in _spans(text))


def test_old_gentleman_is_no_person():
    text = "他的父亲是村里有名的老先生。"
    assert not any(label == "PERSON" for _, label in _spans(text))


def test_post_of_the_man_named_next():
    # 赏都司X: the verb 赏 and the post of the man named after it, no surname 赏
    text = "事平，赏都司彭山岳、守备万泰。"
    assert not _person_at(text, "赏都司")


def test_missionary_surname_only_where_named_in_full():
    text = "教案发生后，查明郗正纲教士被害情形。郗教士即内地会代表之一。"
    assert _person_at(text, "郗教士即")
    text = "教案发生后，郗教士即被护送出城。"
    assert not _person_at(text, "郗教士")
