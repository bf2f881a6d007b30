"""Session 34 (w34zhqty): bare Arabic digits run into a word are no count (quantities.py, _BARE_DIGIT_HEADS).

Sentences written for these tests (made-up places and people)."""

import pytest

from pipeline import extract_text


def _spans(text, label="QUANTITY"):
    return [(e["text"], e.get("norm")) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == label]


def _texts(text, label="QUANTITY"):
    return [t for t, _ in _spans(text, label)]


@pytest.mark.parametrize("text, bad", [
    ("三营随即攻占了875以东高地，守住阵地。", "875"),        # a height's number before 以东
    ("西门刚驾机起飞，37队队长当即升空迎击。", "37"),        # a squadron's designation
    ("他奉命调往3野9兵团司令部任职。", "3"),                # 3野: a field army written short
    ("十三岁那年他参加了56序列的整训。", "56"),              # a number inside a word
    ("这所学校自开办至停办，历时9载。", "9"),                # a count whose measure word the list lacks: no bare count
])
def test_bare_digits_run_into_a_word_are_no_count(text, bad):
    assert bad not in _texts(text)


@pytest.mark.parametrize("text, span, value", [
    ("村西破庙里，9僧人被押到河边。", "9", 9),               # a bare count before a word of persons
    ("敌集中了120,000民兵向南推进。", "120,000", 120000),   # before a word of forces
    ("该厂每月能造200到300枝步枪。", "200", 200),            # a range's first end before 到
    ("守军阵亡1200，负伤3400。", "1200", 1200),              # a bare count before a clause mark
    ("那年她刚满16啊，就被抓走了。", "16", 16),              # an age after 满
    ("敌增派了25万新兵。", "25万", 250000),                  # a magnitude counts before any word
])
def test_bare_digit_counts_stay(text, span, value):
    spans = dict(_spans(text))
    assert span in spans
    assert spans[span]["value"] == value
