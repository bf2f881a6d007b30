"""Session 28 (s28zhper): quoted_nicknames_zh, appointed_post_names_zh, the civil posts added to
person_name_ends.TITLES, the units 文 and 垧 (measure_words.tsv) and no count in a bare 一顿 / 一文 before a clause
mark (quantities). Every sentence is written for the test with made-up names; the guideline rule each follows is
named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _norms(text, label):
    return [(e["text"], e["norm"]) for e in extract_text(text)["entities"] if e["label"] == label]


# --- quoted_nicknames_zh -------------------------------------------------------------------------------------------

def test_quoted_nickname_after_reported_name_is_person():
    # guideline reading (session 24): a nickname after 外号/绰号 is PERSON; the quotes stay outside (rule 13)
    assert _ents("此人原是炮头，后来报号“一阵风”，手下有三十余人。") == [
        (12, 15, "一阵风", "PERSON"), (20, 24, "三十余人", "QUANTITY")]


def test_quoted_nickname_at_its_other_quoted_mention():
    assert _ents("如“一阵风”，有一次劫走大洋，他就报号“一阵风”。") == [
        (2, 5, "一阵风", "PERSON"), (20, 23, "一阵风", "PERSON")]


def test_nickname_after_a_naming_verb_and_over_a_count_reading():
    assert _ents("村里有个放羊的，绰号叫“王大胆”。") == [(12, 15, "王大胆", "PERSON")]
    # a nickname made of a numeral and a measure word is the name, no QUANTITY (rule 9 counts things)
    assert _ents("他外号“二百五”，人很老实。") == [(4, 7, "二百五", "PERSON")]


def test_no_person_from_a_band_name_or_without_a_nickname_word():
    # negatives: a band's reported name (…队) is no person; a quote after no nickname word is not read here
    assert _ents("他们报号“旋风队”。") == []
    assert not any(lab == "PERSON" for *_, lab in _ents("人称“山城”的重庆。"))


# --- appointed_post_names_zh ---------------------------------------------------------------------------------------

def test_name_between_appointing_word_and_post():
    # guideline 1: the post stays outside the PERSON; a surname that is also a word (周) is read in the frame
    assert _ents("后由周立任处长。") == [(2, 4, "周立", "PERSON")]
    # a name that starts like a place is the person, not 常德
    assert _ents("以常德明为参谋长。") == [(1, 4, "常德明", "PERSON")]


def test_appointing_verb_after_its_subject():
    assert _ents("冀南行署派孟子谦接任县长。") == [(0, 4, "冀南行署", "ORG"), (5, 8, "孟子谦", "PERSON")]


def test_name_after_a_bracketed_body_under_you():
    ents = _ents("由参谋本部第三厅第一处（日本处）钱文远任处长。")
    assert (16, 19, "钱文远", "PERSON") in ents


def test_no_person_from_a_conjunction():
    # negative: 由于 opens the clause, 于任 is no name
    assert _ents("由于任务紧急，全部出发。") == []


# --- person_name_ends.TITLES: civil posts before a name ------------------------------------------------------------

def test_section_and_society_heads_before_a_name():
    assert _ents("第一科科长卜道明，下分两股。") == [(5, 8, "卜道明", "PERSON"), (11, 13, "两股", "QUANTITY")]
    assert _ents("外员股长常荫集。") == [(4, 7, "常荫集", "PERSON")]
    assert _ents("会长林子元主持开会。") == [(2, 5, "林子元", "PERSON")]


# --- QUANTITY: copper cash, Manchurian land, verbal measures -------------------------------------------------------

def test_copper_cash_and_land_units():
    # rule 9: the measure word belongs to the span; the counted noun after it is outside
    assert _norms("当时铜钱五千文，只够买米三斗。", "QUANTITY") == [
        ("五千文", {"value": 5000, "unit": "文", "approx": None}), ("三斗", {"value": 3, "unit": "斗", "approx": None})]
    assert _norms("他家有地七八十垧。", "QUANTITY") == [("七八十垧", {"value": 70, "unit": "垧", "approx": "about"})]


def test_no_count_in_verbal_measure_article_or_word():
    # negatives: 痛打一顿 (the beating's measure), 《…》一文 (an article), 三文鱼 (a fish)
    assert _ents("被鬼子痛打一顿。") == []
    assert _ents("他写了《乡村杂忆》一文，刊于本报。") == []
    assert _ents("晚饭吃三文鱼。") == []


# --- local_places.STRONG_CUES: verbs of invasion before a village --------------------------------------------------

def test_village_after_a_verb_of_invasion():
    # guideline 6: the settlement's suffix stays in the GPE
    assert _ents("日军入侵杨柳村，烧毁房屋。") == [(4, 7, "杨柳村", "GPE")]
    assert _ents("敌人闯入桃园庄。") == [(4, 7, "桃园庄", "GPE")]
    # negative: no place object, no GPE
    assert _ents("病菌侵入人体。") == []
