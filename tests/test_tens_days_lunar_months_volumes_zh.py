"""Days of 廿/卅, the named lunar month after a copula or a village, a cited volume's number, and a village
massacre titled after its county without the suffix (session 29, s29zhcount; sentences written for this test)."""

import pytest

from pipeline import extract_text


def _spans(text):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"], e["norm"].get("value")) for e in record["entities"]]


def _labels(text):
    return [(s, label) for s, label, _ in _spans(text)]


@pytest.mark.parametrize("text, day, value", [
    ("而我廿日又须到某州开会。", "廿日", "XXXX-XX-20"),
    ("仅廿四日一天，村中死者二十人。", "廿四日", "XXXX-XX-24"),
    ("他卅日晚抵达某镇。", "卅日晚", "XXXX-XX-30TNI"),
])
def test_a_day_of_tens_written_with_nian_or_sa_is_a_date(text, day, value):
    assert (day, "DATE", value) in _spans(text)


@pytest.mark.parametrize("text, count", [
    ("某军围城廿日，城中粮尽。", "廿日"),
    ("前后共廿日之久。", "廿日"),
])
def test_a_day_of_tens_framed_as_a_length_stays_a_duration(text, count):
    assert (count, "QUANTITY") in _labels(text)
    assert [s for s in _labels(text) if s[1] == "DATE"] == []


def test_a_day_of_tens_after_a_word_of_length_is_no_date():
    assert [s for s in _labels("历时卅日方毕。") if s[1] == "DATE"] == []


def test_the_first_lunar_month_after_a_copula_or_a_village_is_a_date():
    spans = _spans("1936年某村的派款分别为正月、五月和九月；全村正月共交钱六百文。")
    dates = [(s, v) for s, label, v in spans if label == "DATE"]
    assert dates == [("1936年", "1936"), ("正月", "1936-01"), ("五月", "1936-05"), ("九月", "1936-09"),
                     ("正月", "1936-01")]
    assert ("六百文", "QUANTITY", 600) in spans


@pytest.mark.parametrize("text", ["真正月薪多少，无人知晓。", "这是公正月报的说法。"])
def test_zheng_ending_a_word_is_no_month(text):
    assert [s for s in _labels(text) if s[1] == "DATE"] == []


@pytest.mark.parametrize("text", ["语见《某某文集》卷3。", "参阅《某史》卷170，第2页。", "（《甲乙集》卷12）"])
def test_a_cited_volume_number_is_no_count(text):
    assert [s for s in _labels(text) if s[1] == "QUANTITY"] == []


def test_volumes_counted_after_a_number_stay_a_count():
    assert ("3卷", "QUANTITY") in _labels("该馆藏书3卷。")


def test_a_county_without_suffix_before_a_long_village_name_and_a_massacre():
    assert _labels("平遥东西南北村惨案\n1941年春，日军包围该村。")[:2] == [("平遥", "GPE"), ("东西南北村惨案", "EVENT")]


def test_no_massacre_event_without_a_settlement_generic_after_the_county():
    assert [s for s in _labels("日军在济南展开血腥大屠杀。") if s[1] == "EVENT"] == []
