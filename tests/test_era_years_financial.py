"""Session 10: forms of chronologies and old documents (sentences written for these tests).

- financial numerals (大写数字) are read as numbers in the working text, inside a numeral run only;
- the Gregorian year glossing an era year in brackets, and a range of years of one era, are DATEs;
- a date whose value a finder read itself (民国 … 十五年十月) sets the year for the dates after it.
"""

import pytest

from pipeline import extract_text
from pipeline.working import normalise


def ents(text, labels=("DATE", "QUANTITY")):
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"], e["norm"].get("value"))
            for e in record["entities"] if e["label"] in labels]


@pytest.mark.parametrize("typed, working", [
    ("共支银叁仟伍佰元", "共支银三千五百元"),
    ("民国贰拾年叁月", "民国二十年三月"),
    ("拨款壹万零捌拾元", "拨款一万零八十元"),
    # words, not numbers: 陆/伍/肆/拾 alone, 贰 before no measure word
    ("陆军大肆进攻，收拾残局，队伍整齐，贰臣传", "陆军大肆进攻，收拾残局，队伍整齐，贰臣传"),
])
def test_financial_numerals_in_working_text(typed, working):
    text, deletions = normalise(typed)
    assert text == working
    assert len(text) == len(typed)


def test_financial_numerals_are_quantities_with_values():
    text = "县署垫付银肆仟柒佰元，另募捐捌拾余人。"
    assert ents(text) == [("肆仟柒佰元", "QUANTITY", 4700), ("捌拾余人", "QUANTITY", 80)]


def test_financial_numerals_in_an_era_date():
    assert ents("民国贰拾年叁月，县城被围。") == [("民国贰拾年叁月", "DATE", "1931-03")]


def test_bracketed_gregorian_year_after_an_era_year():
    text = "咸丰三年(1853)五月，太平军北伐。"
    assert ents(text) == [("咸丰三年", "DATE", "1853"), ("1853", "DATE", "1853"), ("五月", "DATE", "1853-05")]
    text = "宣统元年（1909），新军编练。"
    assert ents(text) == [("宣统元年", "DATE", "1909"), ("1909", "DATE", "1909")]


def test_bracketed_number_after_no_era_year_is_no_date():
    assert ents("第四师(1930)整编。", ("DATE",)) == []
    assert ents("损失巨大(1930)。", ("DATE",)) == []


def test_a_range_of_years_of_one_era():
    text = "同治二至五年(1863~1866)驻防本县。"
    assert ents(text) == [("同治二", "DATE", "1863"), ("五年", "DATE", "1866"),
                          ("1863", "DATE", "1863"), ("1866", "DATE", "1866")]
    assert ents("民国二十五年至二十七年，修筑公路。") == [
        ("民国二十五年", "DATE", "1936"), ("二十七年", "DATE", "1938")]


def test_an_era_year_read_by_a_finder_sets_the_year_of_later_dates():
    text = "民国十年三月，甲军入境。十二年八月以后，乙军过境。至十月五日，乙军离去。"
    assert ents(text, ("DATE",)) == [("民国十年三月", "DATE", "1921-03"), ("十二年八月", "DATE", "1923-08"),
                                     ("十月五日", "DATE", "1923-10-05")]


def test_a_clock_time_keeps_its_approximator():
    record = extract_text("部队于晚上8时左右出发，次日上午6时前后抵达。", "t", rules_only=True)
    dates = [(e["start"], e["end"], e["norm"]) for e in record["entities"] if e["label"] == "DATE"]
    assert dates[0][:2] == (3, 9) and dates[0][2]["mod"] == "APPROX"
    assert dates[1][:2] == (14, 20) and dates[1][2]["mod"] == "APPROX"
