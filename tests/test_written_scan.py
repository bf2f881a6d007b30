"""The written-Chinese finder scans near each pattern's anchor: same matches as finditer."""

import random

from pipeline.rules import written_zh_dates, written_zh_orgs_events, written_zh_persons, written_zh_places, written_zh_units
from pipeline.rules import written_zh_persons as P
from pipeline.rules import written_zh_scan as S
from pipeline.rules.scan import anchored_finditer

# each written-Chinese finder module scans its anchored patterns with its own `_finditer`
_MODULES = (written_zh_dates, written_zh_units, written_zh_persons, written_zh_places, written_zh_orgs_events)


def _pieces(pattern) -> list[str]:
    # the pattern's own characters (its literals and class members), a few others and numerals
    own = sorted({ch for ch in pattern.pattern if ord(ch) > 0x3000} - {"\u4e00", "\u9fff"})
    return own + ["1", "2", "0", "张", "王", "李", "山", "河", "，", "。", "、", "\n", " ", "（", "）"]


def _spans(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_every_anchored_pattern_gives_finditers_matches_on_random_texts():
    rng = random.Random(8)
    for module in _MODULES:
        for pattern in module._ANCHORS:
            pieces = _pieces(pattern)
            for _ in range(400):
                text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
                assert _spans(module._finditer(pattern, text)) == _spans(pattern.finditer(text)), (pattern.pattern, text)


def test_japanese_names_pattern_gives_finditers_matches():
    pattern = P._jp_name_re()
    pieces = ["松浦", "渡边", "黑木", "为桢", "率领", "所部", "部", "部队", "下令", "命令", "令其", "指挥",
              "向", "被", "与", "，", "。", "、", "在", "张", "军"]
    rng = random.Random(9)
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        assert (_spans(anchored_finditer(pattern, text, P._JP_CUE_ANCHOR, P._jp_name_reach()))
                == _spans(pattern.finditer(text))), text


def test_lists_are_scanned_once_and_found_as_before():
    text = "守军有甲部、乙部、丙部，援军来自长沙、衡阳、湘潭等地。"
    runs = S.list_runs(text)
    assert [m.span() for m in runs] == [m.span() for m in S._LIST_RUN_RE.finditer(text)] == [(0, 11), (12, 24)]
    assert S.list_runs(text) is runs
