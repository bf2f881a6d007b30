"""Japanese detachments named by their commander's surname, with an arm or task word before the head, or after a
surname that is also an ordinary word (session 33, w33zhmil, from the cross-set reading).

Chinese writing on the war against Japan names the Japanese army's ad-hoc formations by the commander's surname and
their size (`国崎支队`, `冈崎支队`, `益子挺进队`, `波田支队`): such a formation has no number and is one MIL_UNIT
(guideline 1, as `汤恩伯兵团`). units.py reads a known Japanese surname right before 师团/联队/部队/大队/中队, but
not with an arm or task word between the surname and the head (`某某炮兵部队`, `某某护卫小队`, `某某敢死队`,
`某某装甲部队`), nor a surname that is also a frequent word before 部队/大队/中队 (`山下大队`: units.py drops it as
"below the hill"). The shape recurs in four development sets (real-dev2, heldout3, audit29, audit30).

`find_jp_commander_detachments(text)` (working text, Simplified) proposes MIL_UNIT at priority 62 for a Japanese
surname of two or three characters (names_common.japanese_surnames) followed by
- an arm word (炮兵, 装甲, 战车, 骑兵, 工兵, 步兵, 机枪, 护卫, 警卫, 辎重) and 部队/支队/大队/中队/小队/联队, or
- a task word (敢死, 挺进, 挺身, 讨伐, 搜索, 先遣, 追击, 特攻, 别动) and 队/支队/大队/中队/小队, or
- (ordinary-word surnames only) 支队/大队/中队/小队 right after a clause boundary, 的 or a word of listing or
  leading, not before 长, 人马 or 部 (the post, "a large body of men", the staff),
only in a text that speaks of the Japanese army (日军, 日寇, 日本, 敌军, 鬼子 or 皇军 in it), and not where the
surname follows a counting word (个, 几, 两, 数, 各, 每, 该, 本). Echelon the head (队 for the task words), prefix the
arm or task word, no numbers.

Examples written for this module: `日军小林炮兵部队向东推进`, `由松井护卫小队担任警戒`, `日军的中川敢死队冲入城内`,
`还有山下大队驻守`. Negatives: `向山下大队人马涌来` (no name), `高桥大队长` (the post), text with no Japanese army.
Cost: one regex started at the head words (`scan.literal_finditer`), a set look-up for one to three surname lengths.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import japanese_surnames
from pipeline.segment import word_info
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:jp-commander-detachment", 62

_ARM = "炮兵|装甲|战车|骑兵|工兵|步兵|机枪|护卫|警卫|辎重"
_TASK = "敢死|挺进|挺身|讨伐|搜索|先遣|追击|特攻|别动"
_HEAD_RE = re.compile(f"(?:(?P<arm>{_ARM})(?P<aech>部队|支队|大队|中队|小队|联队)"
                      f"|(?P<task>{_TASK})(?P<tech>队|支队|大队|中队|小队)"
                      "|(?P<ech>支队|大队|中队|小队))(?![长部员])")
_JP_CONTEXT_RE = re.compile("日军|日寇|日本|敌军|鬼子|皇军")
_COUNTERS = set("个几两数各每该本")
_LEFT = set("的与和及将率向被对令归是由以有、，。；：（(“「 \n")


def _ordinary(word: str) -> bool:
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 300 and not entry[1].startswith("nr")


def find_jp_commander_detachments(text: str) -> list[Candidate]:
    if "队" not in text or not _JP_CONTEXT_RE.search(text):
        return []
    jp = japanese_surnames()
    out: list[Candidate] = []
    for m in literal_finditer(_HEAD_RE, text):
        hs = m.start()
        bare = m.group("ech") is not None
        if bare and text.startswith("人马", m.end()):
            continue
        for length in (3, 2):
            start = hs - length
            if start < 0 or text[start:hs] not in jp:
                continue
            before = text[start - 1] if start > 0 else "\n"
            if before in _COUNTERS:
                break
            if bare:
                # units.py reads the other surnames before 支队/大队/中队; this finder only the ordinary words
                if not _ordinary(text[start:hs]) or before not in _LEFT and not text.endswith(("日军", "敌军"), 0, start):
                    break
                ech, prefix = m.group("ech"), ""
            elif m.group("arm"):
                ech, prefix = m.group("aech"), m.group("arm")
            else:
                ech, prefix = m.group("tech"), m.group("task")
            hint = {"unit_hint": {"numbers": [], "echelon": ech, "prefix": prefix}}
            out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
            break
    return out
