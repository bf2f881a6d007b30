"""One day of a halt after a verb of staying is a duration; numbers after a word of numbering name records, they
count nothing (session 29, s29zhcount; sentences written for this test)."""

import pytest

from pipeline import extract_text


def _counts(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["norm"].get("value"), e["norm"].get("unit"))
            for e in record["entities"] if e["label"] == "QUANTITY"]


@pytest.mark.parametrize("text", ["车队在某镇停留一日，次晨南行。", "部队休息一日后继续行军。", "我们在客栈住一日便走。"])
def test_one_day_after_a_verb_of_staying_is_a_duration(text):
    assert ("一日", 1, "日") in _counts(text)


@pytest.mark.parametrize("text", ["有一日，他进城去了。", "一日三餐都靠配给。"])
def test_one_day_elsewhere_stays_untagged(text):
    assert ("一日", 1, "日") not in _counts(text)


@pytest.mark.parametrize("text, kept", [
    ("据序号分别为4、12、30的三本账册可知，全村共交粮十石。", [("三本", 3, "本"), ("十石", 10, "石")]),
    ("档案编号为217的文件记下了此事。", []),
    ("卷号：3、8，其中载有伤亡名册。", []),
])
def test_numbers_after_a_word_of_numbering_are_no_counts(text, kept):
    assert _counts(text) == kept


def test_a_count_after_a_verb_of_forming_stays_a_count():
    assert _counts("全连编为3个班，共37人。") == [("3个班", 3, "个班"), ("37人", 37, "人")]
