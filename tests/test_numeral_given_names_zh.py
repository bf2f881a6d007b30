"""Chinese PERSON classes of session 30 (s30zhper: narrative history of the late Qing and Republican years, names
without a title next to them): numeral_given_names_zh (a surname + 九龄/七斤 is a name, not a count), and the edits of
the same session to person_bare_surnames_zh (a bare surname after a verb or conjunction, before a one-character
adverb), narrative_names_zh (the further leaders of a list after 匪首, nicknames too; the items before X匪股) and
person_context.surname_titles (a surname before a post after a particle or a two-character verb).

Every sentence is written for this file with invented names (the full names the bare-surname class needs are
lexicon persons); tests assert exact spans and labels, and what must not be tagged. Extent: guideline 1 (posts
outside the PERSON).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[int, int, str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def spans(text: str, label: str) -> list[tuple[int, int, str]]:
    return [(s, e, t) for s, e, t, lab in ents(text) if lab == label]


# --- numeral_given_names_zh ---------------------------------------------------------------------------------
def test_surname_numeral_jin_is_a_person():
    text = "匪徒葛七斤被捕，解往县城。"
    assert spans(text, "PERSON") == [(2, 5, "葛七斤")]
    assert spans(text, "QUANTITY") == []


def test_surname_numeral_ling_is_a_person():
    text = "村中老人常说起祁九龄的故事。"
    assert (7, 10, "祁九龄") in spans(text, "PERSON")
    assert spans(text, "QUANTITY") == []


def test_traditional_ling_is_a_person():
    text = "村中老人常說起祁九齡的故事。"
    assert (7, 10, "祁九齡") in spans(text, "PERSON")


def test_weighed_goods_stay_counts():
    text = "这年买猪肉九斤，约九斤重。"
    assert spans(text, "PERSON") == []
    assert [t for _, _, t in spans(text, "QUANTITY")] == ["九斤", "约九斤"]


# --- person_bare_surnames_zh: a bare surname after a verb or conjunction, before an adverb ---------------------
def test_bare_surname_after_conjunction():
    text = "张宗昌驻济南，可是张要北上。"
    assert (9, 10, "张") in spans(text, "PERSON")


def test_bare_surname_after_verb_of_sending():
    text = "徐世昌到天津。诸人派徐为代表。"
    assert (10, 11, "徐") in spans(text, "PERSON")


def test_bare_surname_before_one_character_adverb():
    text = "黎元洪回到武昌。黎最怕北军渡江。"
    assert (8, 9, "黎") in spans(text, "PERSON")


def test_surname_in_a_verb_compound_or_word_is_no_person():
    assert spans("冯国璋来到南京，众人反冯最力。", "PERSON") == [(0, 3, "冯国璋")]
    assert spans("段祺瑞在京。此段文字可删。", "PERSON") == [(0, 3, "段祺瑞")]


def test_history_says_is_no_person():
    # 史称: "history calls it", not a surname before a verb of speech
    text = "史迪威率部七千余人解围，史称此役为大捷。"
    assert all(t != "史" for _, _, t in spans(text, "PERSON"))


# --- narrative_names_zh: lists of bandit leaders --------------------------------------------------------------
def test_nicknames_listed_after_bandit_word():
    text = "到年底，匪首草上飞、黑老虎、王二麻均被捕杀。"
    assert spans(text, "PERSON") == [(6, 9, "草上飞"), (10, 13, "黑老虎"), (14, 17, "王二麻")]


def test_items_before_a_band_named_after_its_leader():
    text = "残部与黑老虎、鲍德胜匪股会合。"
    assert spans(text, "PERSON") == [(3, 6, "黑老虎"), (7, 10, "鲍德胜")]


def test_verbs_after_bandit_word_are_no_list():
    assert spans("匪首率众、抢劫财物。", "PERSON") == []


# --- person_context.surname_titles: a surname before a post, after a particle or a verb ---------------------
def test_surname_before_post_after_particle_and_verb():
    text = "士绅惩办了闵知县，又恐吓滕知州。"
    assert spans(text, "PERSON") == [(5, 6, "闵"), (12, 13, "滕")]


def test_post_word_after_particle_is_no_person():
    assert spans("他进了县长室。", "PERSON") == []


# --- person_bare_surnames_zh.find_found_name_surnames: a repeated name other finders read -------------------------
def test_bare_surname_of_a_repeated_name_no_lexicon_knows():
    text = "督军柯维峻驻开封。柯维峻不允。冯玉祥密电柯，要他保境。"
    assert (20, 21, "柯") in spans(text, "PERSON")
