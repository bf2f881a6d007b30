"""same_head_lists_zh (session 31, w31zhgeo): villages and hills listed with one shared head, one-character names
included. Sentences written for the test (made-up names); exact spans, labels, and what must stay untagged."""

from pipeline.rules.same_head_lists_zh import find_same_head_lists
from tests.sentences import located


def _found(text):
    return [(c.start, c.end, text[c.start:c.end], c.label) for c in find_same_head_lists(text)]


# 1. settlements with a one-character name, after a verb of taking or a preposition of place
def test_one_character_villages_after_verb():
    text = "中午，敌军侵占于庄、后马庄，开始搜捕。"
    assert _found(text) == [(7, 9, "于庄", "GPE"), (10, 13, "后马庄", "GPE")]
    assert located(text, "GPE") == [(7, 9, "于庄"), (10, 13, "后马庄")]


def test_market_villages_after_direction():
    text = "第二纵队向秦圩、罗圩出击。"
    assert located(text, "GPE") == [(5, 7, "秦圩"), (8, 10, "罗圩")]


def test_first_member_opens_after_bearing_of_seat():
    text = "一部南退至某县城北柴庄、后柳庄一带。"
    assert (9, 11, "柴庄", "GPE") in _found(text)
    assert (12, 15, "后柳庄", "GPE") in _found(text)


def test_run_of_three_without_cue():
    text = "明年春，甲营、乙丙营、丁戊营遵令成立。"
    assert [f[2] for f in _found(text)] == ["甲营", "乙丙营", "丁戊营"]


# 2. hills listed with 岭 / 山
def test_hills_after_verb_of_movement():
    text = "贼分绕青石岭、柏家岭，钞过后山。"
    assert _found(text) == [(3, 6, "青石岭", "LOC"), (7, 10, "柏家岭", "LOC")]


def test_first_member_after_a_mark():
    text = "并连克大坪场、龟背营、石马营等据点。"
    assert [f[2] for f in _found(text)] == ["龟背营", "石马营"]


# negatives
def test_run_of_two_needs_cue_or_closer():
    assert _found("明年春，甲营、乙营遵令成立。") == []


def test_people_named_in_shan_are_no_hills():
    assert _found("师长张宝山、李玉山到会。") == []
    assert located("师长张宝山、李玉山到会。", "LOC") == []


def test_generic_words_and_pronouns():
    assert _found("敌人进入各村、各庄搜查。") == []
    assert _found("他们到过军营和大营。") == []
    assert _found("战士们在高山、深山中行军。") == []


def test_unit_counts_are_no_camps():
    assert _found("调来奉军一营、盛字两营。") == []


def test_head_that_goes_on_into_a_word():
    assert _found("到达甲村、乙村民家中。") == []
