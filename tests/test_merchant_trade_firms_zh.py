"""Session 30 (s30zhorgfac): a firm named by its merchants' nationality and its trade alone is one ORG with the
nationality word (bank_company_office_names_zh._merchant_trade_firms). Sentences written for these tests."""

from pipeline import extract_text
from pipeline.rules.bank_company_office_names_zh import find_bank_company_office_names


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _firms(text):
    return {(text[c.start:c.end], c.label) for c in find_bank_company_office_names(text)
            if c.source == "rule:org-merchant-trade-firm"}


def test_listed_utilities():
    text = "当日,华商电车公司、德商自来水公司的工人相继罢工。"
    assert _firms(text) == {("华商电车公司", "ORG"), ("德商自来水公司", "ORG")}
    assert ("德商自来水公司", "ORG") in _spans(text)


def test_two_trades_and_a_company_form():
    text = "该区的水电由比商电车电灯股份有限公司经营。"
    assert _firms(text) == {("比商电车电灯股份有限公司", "ORG")}


def test_a_city_opens_the_whole_name():
    text = "1910年,天津法商电灯公司开始供电。"
    assert _firms(text) == {("天津法商电灯公司", "ORG")}


def test_traditional_script():
    text = "6日,華商電車公司、法商電車公司工人罷工。"
    spans = _spans(text)
    assert ("華商電車公司", "ORG") in spans and ("法商電車公司", "ORG") in spans


def test_a_house_name_between_leaves_the_nationality_outside():
    text = "英商甲乙电车公司成立。"
    assert _firms(text) == set()


def test_nationality_character_inside_another_word():
    text = "他们在中法商电车公司旧址前合影。"
    assert _firms(text) == set()
