"""Session 30 (s30zhqty): small money in 角 and 分 (money_small_units_zh), the yuan written 圆 and 银圆, the market
and old units 市斤/旧石, the square li, household members in 口人 (measure_words.tsv), the 角/分 chain value
(normalize.quantities), and an ordinal before 战 that is no world war (events). Every sentence is written for the test."""

import pytest

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _quantities(text):
    return [(e["text"], e["norm"]["value"], e["norm"]["unit"])
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "QUANTITY"]


def _spans_checked(text):
    out = []
    for e in extract_text(text, rules_only=True)["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        out.append((e["text"], e["label"]))
    return out


@pytest.mark.parametrize("text, expected", [
    # a price or payment closed by 角, the money word after it outside the span (guideline 9)
    ("伙房每天发菜金7角，油盐另计。", [("7角", 7, "角")]),
    ("那时一张戏票只卖三角钱。", [("三角", 3, "角")]),
    ("王掌柜每斤盐要价8角。", [("8角", 8, "角")]),
    # the chain of 角 and 分 is one QUANTITY valued in its first unit
    ("一斤灯油卖两角五分。", [("一斤", 1, "斤"), ("两角五分", 2.5, "角")]),
    ("每尺花布1角4分钱。", [("1角4分", 1.4, "角")]),
    # the yuan before them: one chain valued in yuan
    ("当时士兵月饷七元五角。", [("七元五角", 7.5, "元")]),
    ("每月伙食费2圆3角5分。", [("2圆3角5分", 2.35, "圆")]),
    # a cent before a word of money
    ("豆腐每块3.5分钱。", [("3.5分", 3.5, "分")]),
    ("折合0.8分银圆。", [("0.8分", 0.8, "分")]),
    ("一块大洋能买十斤米。", [("一块", 1, "块"), ("十斤", 10, "斤")]),
])
def test_small_money(text, expected):
    assert _quantities(text) == expected


def test_range_ends_of_small_money():
    text = "菜油每斤6-8分钱，猪油每斤1角1分-1角5分钱。"
    assert _spans_checked(text) == [("6", "QUANTITY"), ("8分", "QUANTITY"),
                                    ("1角1分", "QUANTITY"), ("1角5分", "QUANTITY")]


@pytest.mark.parametrize("text", [
    "祠堂四角有四座碉楼。",        # corners
    "他在地上画了个三角形。",       # a triangle
    "队伍九点十五分出发。",         # a time, not money
    "这件事十分重要。",             # very
    "五分之一的人没有回来。",       # a fraction
])
def test_not_small_money(text):
    assert not [e for e in extract_text(text, rules_only=True)["entities"]
                if e["label"] == "QUANTITY" and e["text"][-1:] in "角分"]


@pytest.mark.parametrize("text, expected", [
    ("当时县长月薪80圆。", [("80圆", 80, "圆")]),
    ("每石大米涨到12.5圆。", [("12.5圆", 12.5, "圆")]),
    ("老李卖了牛，得了30银圆。", [("30银圆", 30, "银圆")]),
    ("每人每月口粮28市斤。", [("28市斤", 28, "市斤")]),
    ("1旧石折合160旧斤。", [("1旧石", 1, "旧石"), ("160旧斤", 160, "旧斤")]),
    ("县城不过五平方里。", [("五平方里", 5, "平方里")]),
    ("张家一家七口人都逃了出来。", [("七口人", 7, "口人")]),
])
def test_units_of_money_weight_area_and_households(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize("text", ["广场上有一个圆形水池。", "三口人家住在村口。"])
def test_unit_words_not_taken(text):
    assert [q for q in _quantities(text) if q[2] in ("圆", "口人")] == []


@pytest.mark.parametrize("text", [
    "盟军终于开辟了第二战场。",
    "俘虏被押往第二战俘收容所。",
])
def test_ordinal_before_zhan_is_no_world_war(text):
    assert [e for e in _ents(text) if e[1] == "EVENT"] == []


def test_world_war_abbreviation_still_read():
    assert ("二战", "EVENT") in _ents("二战结束后他回到了家乡。")


# session 34 (w34speed): the scan tries only the starts right before 角/分/块; it finds what the plain pattern finds
_SCAN_SENTENCES = [
    "大米每斤7角，煤每斤两角五分，洗澡需要2角。", "月饷六元六角，菜金9角，少1角钱。", "每人每日4分、5分、7分、1角。",
    "一块大洋买25斤大米，7-9分钱一个菜。", "九点十五分出发，得了95分，十分重要。", "3圆9角，1元5角，三角形，四角有炮台。",
    "部分部队分别向第2角推进，12.5分钱，第一块。", "二十元零五角，一角零五分，两块钱。",
]


@pytest.mark.parametrize("text", _SCAN_SENTENCES)
def test_small_money_scan_finds_what_the_pattern_finds(text):
    from pipeline.rules import money_small_units_zh as money

    plain = [(m.span(), m.groups()) for m in money._SMALL_MONEY_RE.finditer(text)]
    assert [(m.span(), m.groups()) for m in money._small_money_finditer(text)] == plain
    assert plain                                  # each sentence holds a match


def test_small_money_scan_on_random_texts():
    import random

    from pipeline.rules import money_small_units_zh as money

    pieces = list("0123456789.一二两三四五六七八九十元圆零角分块钱洋钟秒-至每价部别第几数百千，。、 ") + ["小洋", "大洋", "银元", "法币"]
    rng = random.Random(34)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        plain = [(m.span(), m.groups()) for m in money._SMALL_MONEY_RE.finditer(text)]
        assert [(m.span(), m.groups()) for m in money._small_money_finditer(text)] == plain, text
