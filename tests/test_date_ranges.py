"""The first date of a range takes its year from the range's closing date when the year carried
from earlier in the text would make the range run backwards (sentences written for this test)."""

import pytest

from pipeline import extract_text


def _dates(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["norm"]["value"]) for e in record["entities"] if e["label"] == "DATE"]


@pytest.mark.parametrize("text, expected", [
    # the carried year (1949) would put 12月 after 1949年1月: the year before
    ("1949年1月休整。次一阶段（12 月至 1949 年 1 月）作战。",
     [("1949年1月", "1949-01"), ("12 月", "1948-12"), ("1949 年 1 月", "1949-01")]),
    ("1950年3月调防。此后12月25日至1951年1月8日在江北作战。",
     [("1950年3月", "1950-03"), ("12月25日", "1950-12-25"), ("1951年1月8日", "1951-01-08")]),
    # no year carried: the closing date's year (same year when the month comes first)
    ("部队于3月到1952年7月驻防海岛。", [("3月", "1952-03"), ("1952年7月", "1952-07")]),
    ("部队于10月—1952年2月驻防海岛。", [("10月", "1951-10"), ("1952年2月", "1952-02")]),
    # a carried year that keeps the range in order stays (a range over several years)
    ("1947年秋整训，自3月至1949年5月转战各地。",
     [("1947年秋", "1947-FA"), ("3月", "1947-03"), ("1949年5月", "1949-05")]),
    # not a range: the carried year
    ("1946年4月出发，12月，1949年1月又出发。",
     [("1946年4月", "1946-04"), ("12月", "1946-12"), ("1949年1月", "1949-01")]),
])
def test_range_start_year(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # years relative to the writer's present stay outside the span; the last date stands for that present
    ("1951年8月的报告说：自去年十月起该团转入防御。", [("1951年8月", "1951-08"), ("十月", "1950-10")]),
    ("1951年8月的报告说：前年3月该团组建。", [("1951年8月", "1951-08"), ("3月", "1949-03")]),
    ("1951年8月的报告说：今年5月该团补充新兵。", [("1951年8月", "1951-08"), ("5月", "1951-05")]),
])
def test_years_relative_to_the_writer(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clock hour without a part of day, where what follows makes it a time
    ("1950年11月2日，约莫十点左右，敌机临空。", [("1950年11月2日", "1950-11-02"), ("十点左右", "1950-11-02T10:00")]),
    ("1950年11月2日，九点过后雾散了。", [("1950年11月2日", "1950-11-02"), ("九点", "1950-11-02T09:00")]),
    ("1950年11月2日两点左右又来。", [("1950年11月2日两点左右", "1950-11-02T02:00")]),
    # points of a speech and 'a little' are no hours
    ("他讲了三点意见，一点以后就不说了。", []),
])
def test_bare_clock_hours(text, expected):
    assert _dates(text) == expected


def test_lunar_dates_keep_the_gregorian_context():
    # a lunar month and day after 农历 is valued by its year and does not become the carried month
    text = "1940年9月8日敌围攻县城。战斗至9日(农历八月初七)拂晓，城破。12日，敌又杀三百余人。"
    assert _dates(text) == [("1940年9月8日", "1940-09-08"), ("9日", "1940-09-09"), ("八月初七", "1940"),
                            ("12日", "1940-09-12")]
    # the lunar day is written without 日
    assert _dates("1946年8月20日(农历七月廿四)部队出发。") == [("1946年8月20日", "1946-08-20"), ("七月廿四", "1946")]
