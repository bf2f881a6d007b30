"""Patterns scanned near an anchor character (scan.anchored_finditer) give finditer's matches."""

import random

import pytest

from pipeline.rules import dates, events, fixed_facilities, org_unanchored, orgs, person_context, person_layout, persons, units, written_zh_persons, written_zh_scan
from pipeline.rules.scan import anchored_finditer

ANCHORED = {
    "bureau": (orgs.BUREAU_RE, *orgs.BUREAU_ANCHOR),
    "org keyword": (orgs.ORG_KEYWORDS, *orgs.ORG_KEYWORD_ANCHOR),
    "party": (orgs.PARTY_RE, *orgs.PARTY_ANCHOR),
    "purpose": (org_unanchored._PURPOSE_RE, *org_unanchored._PURPOSE_ANCHOR),
    "affair": (events._AFFAIR_RE, *events._AFFAIR_ANCHOR),
    "section": (fixed_facilities._SECTION_RE, *fixed_facilities._SECTION_ANCHOR),
    "named head": (units.NAMED_HEAD_RE, *units.NAMED_HEAD_ANCHOR),
    "byline": (person_layout._BYLINE_RE, *person_layout._BYLINE_ANCHOR),
    "led by": (person_context._LEAD_RE, *person_context._LEAD_ANCHOR),
    "names counted": (written_zh_persons._NAMES_COUNTED_RE, *written_zh_persons._NAMES_COUNTED_ANCHOR),
    "post copula rank": (person_context._TITLE_COPULA_RANK_RE, *person_context._TITLE_COPULA_ANCHOR),
    "year range": (dates.YEAR_RANGE_RE, *dates.YEAR_RANGE_ANCHOR),
    "post name rank": (persons.TITLE_RANK_RE, persons.RANK_ANCHOR, persons.TITLE_RANK_REACH),
    "side name rank": (persons.SIDE_RANK_RE, persons.RANK_ANCHOR, persons.SIDE_RANK_REACH),
}


# phrases each pattern matches, mixed into the random texts so that matches, near misses and
# overlapping candidates all occur (written for this test)
EXAMPLES = {
    "bureau": ["中共中央华中局", "华北局"], "party": ["中国民主社会党", "青年党"],
    "purpose": ["抗日救国委员会", "难民救济委员会", "某省抗敌后援会", "委员会"],
    "led by": ["师长张某的亲自率领下", "军长李某指挥下", "率领下", "下"],
    "byline": ["作者：张三", "记者 李四", "|编辑: 王五", "文/"],
    "named head": ["军分区司令部", "税警总团", "保安团", "野战军"],
    "org keyword": ["警备司令部", "国民政府", "共产党", "行营"], "names counted": ["张某、李某二人", "王甲，赵乙、孙丙三人", "二人"],
    "post copula rank": ["师团长为王某中将", "旅长是李某少将", "为", "是"],
    "post name rank": ["师团长水上源藏少将", "联队长某某大佐", "军曹长", "军曹", "曹长", "中将"],
    "side name rank": ["日军冈田菊三郎中将", "，松山祐三军曹长", "军曹", "曹长", "中将", "日军"],
    "year range": ["1937—1945", "1944年至1945", "1911 到 1949", "1937", "至", "—", "-"],
}


def _pieces(name: str, pattern) -> list[str]:
    own = sorted({ch for ch in pattern.pattern if ord(ch) > 0x3000} - {"\u4e00", "\u9fff"})
    return own + EXAMPLES.get(name, []) + ["张", "王", "山", "河", "，", "。", "、", "\n", " ", "：", "/",
                                           "1", "9", "4", "年", "师长", "中将", "团长", "少将"]


def _spans(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_pattern_gives_finditers_matches(name):
    pattern, anchor, reach = ANCHORED[name]
    pieces = _pieces(name, pattern)
    rng = random.Random(name)
    matched = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        expected = _spans(pattern.finditer(text))
        assert _spans(anchored_finditer(pattern, text, anchor, reach)) == expected, text
        matched += bool(expected)
    assert matched >= 20     # the texts hold matches, not only misses


def test_own_sentences_keep_their_matches():
    text = "中共中央华中局与防守总司令长官部、中国民主社会党同在抗日救国委员会。"
    assert [m.span() for m in anchored_finditer(orgs.BUREAU_RE, text, *orgs.BUREAU_ANCHOR)] == [(0, 7)]
    assert [m.span() for m in anchored_finditer(orgs.ORG_KEYWORDS, text, *orgs.ORG_KEYWORD_ANCHOR)] == [(8, 16), (21, 24)]
    assert [m.span() for m in anchored_finditer(orgs.PARTY_RE, text, *orgs.PARTY_ANCHOR)] == [(17, 24)]
    assert [m.span() for m in anchored_finditer(org_unanchored._PURPOSE_RE, text,
                                                *org_unanchored._PURPOSE_ANCHOR)] == [(24, 33)]


def test_surname_before_post_positions_are_the_surnames_before_every_post():
    import re

    from pipeline.rules.names_common import surnames

    # the reference: an empty match before every post, kept where the character is a surname
    every = person_context.CHAR_BEFORE_POST_RE
    pieces = ["张", "李", "连长", "营长", "团长", "副", "，", "。", "的", "\n", "军", "师长", "王", "长"]
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert ([m.start(1) for m in person_context._surname_title_matches(text)]
                == [m.start(1) for m in every.finditer(text) if m.group(1) in surnames()[0]]), text
    assert [m.start(1) for m in person_context._surname_title_matches("张连长和李营长，副团长")] == [0, 4]


def test_list_start_look_behinds_only_after_a_list_mark_hold_the_same():
    import re

    from pipeline.normalize import units as norm_units

    every = "".join(f"(?<![第、和及与 ]{norm_units.N}{{{k}}}[、和及与]{sp})"
                    for k in range(1, 13) for sp in ("", " "))
    before = re.compile(every + "第 ?[0-9一二三]{1,3}军")
    after = re.compile(norm_units.LIST_START_DI + "第 ?[0-9一二三]{1,3}军")
    pieces = ["第", "1", "2", "一", "三", "、", "和", "及", "与", " ", "军", "师", "，"]
    rng = random.Random(6)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)], text
    assert [m.span() for m in after.finditer("第1、第2军与第3军")] == [(7, 10)]   # not 第2军 inside the list


@pytest.mark.parametrize("name", ["names in a list", "places in a list"])
def test_lists_read_from_one_start_per_mark_are_finditers(name):
    from pipeline.rules import settlement_frames_zh
    from pipeline.rules.scan import list_finditer

    pattern, item, shortest, longest = {
        "names in a list": (written_zh_scan._LIST_RUN_RE, written_zh_scan._LIST_ITEM_CHAR, 1, written_zh_scan._LIST_ITEM_MAX),
        "places in a list": (settlement_frames_zh._LIST_RE, settlement_frames_zh._LIST_ITEM_CHAR, 2, 4),
    }[name]
    pieces = ["张", "王", "等", "、", "，", "山", "河", "李", "一", "二", "a", " ", "\n", "、、", "等将领", "第五军",
              "长沙", "衡阳", "长沙、衡阳、"]
    rng = random.Random(7)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in list_finditer(pattern, text, "、", item, shortest, longest)] == expected, text
        matched += bool(expected)
    assert matched > 300


def test_a_list_of_names_is_read_whole():
    assert [m.group() for m in written_zh_scan._list_run_matches("由张三、李四、王五等将领率")] == ["由张三、李四、王五"]


def test_place_lists_read_back_from_their_head_are_searchs():
    placelist = units.placelist_re()
    pieces = ["华北", "华中", "第一", "、", "方面军", "方", "面军", "，", "a", " ", "日本", "、、", "军", "华"]
    rng = random.Random(3)
    matched = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 50)))
        for pos in range(len(text) + 1):
            expected = placelist.search(text, pos)
            found = units.placelist_search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)
            matched += expected is not None
    assert matched > 300
    chain = "、".join(["华北"] * 60) + "方面军"       # longer than a list may be: its last 40 links
    assert units.placelist_search(chain, 0).span() == placelist.search(chain, 0).span() == (57, len(chain))
