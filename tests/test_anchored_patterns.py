"""Patterns scanned near an anchor character (scan.anchored_finditer) give finditer's matches."""

import random

import pytest

from pipeline.rules import events, facilities, org_unanchored, orgs, person_context, units, written_zh
from pipeline.rules.scan import anchored_finditer

ANCHORED = {
    "bureau": (orgs._BUREAU_RE, *orgs._BUREAU_ANCHOR),
    "org keyword": (orgs._ORG_KEYWORDS, *orgs._ORG_KEYWORD_ANCHOR),
    "party": (orgs._PARTY_RE, *orgs._PARTY_ANCHOR),
    "purpose": (org_unanchored._PURPOSE_RE, *org_unanchored._PURPOSE_ANCHOR),
    "affair": (events._AFFAIR_RE, *events._AFFAIR_ANCHOR),
    "section": (facilities._SECTION_RE, *facilities._SECTION_ANCHOR),
    "named head": (units._NAMED_HEAD_RE, *units._NAMED_HEAD_ANCHOR),
    "byline": (person_context._BYLINE_RE, *person_context._BYLINE_ANCHOR),
    "led by": (person_context._LEAD_RE, *person_context._LEAD_ANCHOR),
    "names counted": (written_zh._NAMES_COUNTED_RE, *written_zh._NAMES_COUNTED_ANCHOR),
}


def _pieces(pattern) -> list[str]:
    own = sorted({ch for ch in pattern.pattern if ord(ch) > 0x3000} - {"\u4e00", "\u9fff"})
    return own + ["张", "王", "山", "河", "，", "。", "、", "\n", " ", "：", "/", "1"]


def _spans(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_pattern_gives_finditers_matches(name):
    pattern, anchor, reach = ANCHORED[name]
    pieces = _pieces(pattern)
    rng = random.Random(name)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        assert _spans(anchored_finditer(pattern, text, anchor, reach)) == _spans(pattern.finditer(text)), text


def test_own_sentences_keep_their_matches():
    text = "中共中央华中局与防守总司令长官部、中国民主社会党同在抗日救国委员会。"
    assert [m.span() for m in anchored_finditer(orgs._BUREAU_RE, text, *orgs._BUREAU_ANCHOR)] == [(0, 7)]
    assert [m.span() for m in anchored_finditer(orgs._ORG_KEYWORDS, text, *orgs._ORG_KEYWORD_ANCHOR)] == [(8, 16), (21, 24)]
    assert [m.span() for m in anchored_finditer(orgs._PARTY_RE, text, *orgs._PARTY_ANCHOR)] == [(17, 24)]
    assert [m.span() for m in anchored_finditer(org_unanchored._PURPOSE_RE, text,
                                                *org_unanchored._PURPOSE_ANCHOR)] == [(24, 33)]


def test_surname_before_post_positions_are_the_surnames_before_every_post():
    import re

    from pipeline.rules.names_common import surnames

    # the reference: an empty match before every post, kept where the character is a surname
    every = re.compile("(?=([" + person_context._CJK + "])(?:" + person_context._TITLE_TRIE + "))")
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

    every = "".join(f"(?<![第、和及与 ]{norm_units._N}{{{k}}}[、和及与]{sp})"
                    for k in range(1, 13) for sp in ("", " "))
    before = re.compile(every + "第 ?[0-9一二三]{1,3}军")
    after = re.compile(norm_units.LIST_START_DI + "第 ?[0-9一二三]{1,3}军")
    pieces = ["第", "1", "2", "一", "三", "、", "和", "及", "与", " ", "军", "师", "，"]
    rng = random.Random(6)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)], text
    assert [m.span() for m in after.finditer("第1、第2军与第3军")] == [(7, 10)]   # not 第2军 inside the list
