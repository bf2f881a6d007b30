"""Party centre and side-named streets: two Chinese forms read across the development sets (session 31, w31zhorg,
cross-set reading of the ORG/FAC misses of audit22-30 and real-dev*).

- `党中央` (the party's centre as its own members write it: `奉党中央命令`, `我党中央已…`, `转报党中央`) is one ORG,
  as the golds of three sets written by different annotators read it (audit22, audit25, audit28; no set leaves it
  untagged). Contract: ORG "a named organisation …: governments, parties … councils" (`中共中央` is its example). Not
  inside a longer name another finder owns: after 民/产/国 (`国民党中央…委员会`, `中国共产党中央委员会`), nor before a
  character that goes on with a body's name (`党中央委员会`, `党中央军委`, `党中央组织部`, `党中央党校`).
- A city street named by a landmark and its side (`鼓楼东街`, `局前街`, `司后街`, `西关街`, `县府北街`, `东正街`): a stem
  of one to three characters after an edge (punctuation, a preposition or list word: 在, 有, 及, 和, 至 …), a side
  character (前 后 东 西 南 北 关 正 横) and 街 is one FAC (contract: FAC "a man-made structure or route: railway,
  road …"), as four sets read it (audit22, audit23, audit24, audit28). Not a bare `东街`/`后街` (the sets disagree:
  audit26 tags `西街`, audit23/27/30 leave `东街`, `西街`, `后街`), nor a settlement's side street (`某村东街`, `县城内东街`:
  the place is the span the sets tag), nor a market town in 街 (`龙街`, `半边街`, `温溪街`: GPE in the sets; no side
  character before 街), nor a name 街 opens (`…街道`, `…街镇`, `…街村`).

Priority 44 (below the structure finder's 45, whose longer names win). Cost: a `str.find` of 党中央 and of 街; texts
without them return at once.
"""

from __future__ import annotations

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:cross-set-org-fac"
PRIORITY = 44

# --------------------------------------------------------------------------- ORG: 党中央
# before 党中央: the longer party names other finders read (国民党中央…, 共产党中央…)
_CENTRE_NOT_BEFORE = frozenset("民产国")
# after 党中央: a character that goes on with a body's name (委员会, 军委, 组织部, 党校, 执行委员会, 宣传部 …)
_CENTRE_NOT_AFTER = frozenset("委军政组宣书执监常直党校部处局办会统社")


def _party_centre(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "党中央"):
        if at > 0 and text[at - 1] in _CENTRE_NOT_BEFORE:
            continue
        if text[at + 3:at + 4] in _CENTRE_NOT_AFTER and at + 3 < len(text):
            continue
        out.append(Candidate(at, at + 3, "ORG", SOURCE, PRIORITY))
    return out


# --------------------------------------------------------------------------- FAC: side-named streets
_SIDES = frozenset("前后东西南北关正横")
# an edge before the stem: punctuation, space, and the prepositions, list words and particles a street follows
_EDGE = frozenset("，,。；;：:、（(）)“”\"'「」《》 \n\t在有及和与的于至到从经往向沿住由即是了着过")
# never inside the stem: function words, counts, determiners
_NOT_IN_STEM = frozenset("的了在是有和与及或等个条座处这那其此该各每某一二三四五六七八九十两几数")
# a stem ending in a settlement or position word: the place's side street (某村东街, 县城内东街), the place is the span
_SETTLEMENT_END = frozenset("城内外村镇庄乡屯寨集堡")
# after 街: a name 街 opens (街道, 街镇, 街村, 街区, 街市, 街坊, 街巷)
_NOT_AFTER = frozenset("道镇村乡区市坊巷")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _side_streets(text: str) -> list[Candidate]:
    out = []
    for head in literal_positions(text, "街"):
        side = head - 1
        if side < 2 or text[side] not in _SIDES or text[head + 1:head + 2] in _NOT_AFTER and head + 1 < len(text):
            continue
        for size in (1, 2, 3):
            at = side - size
            if at < 0:
                break
            ch = text[at]
            if not _is_cjk(ch) or ch in _NOT_IN_STEM or ch in _EDGE:
                break
            if at == 0 or text[at - 1] in _EDGE:
                stem = text[at:side]
                if stem[-1] not in _SETTLEMENT_END:
                    out.append(Candidate(at, head + 1, "FAC", SOURCE, PRIORITY))
                break
    return out


def find_cross_set_org_fac(text: str) -> list[Candidate]:
    """ORG 党中央 and FAC side-named streets in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    if "党中央" in text:
        out += _party_centre(text)
    if "街" in text:
        out += _side_streets(text)
    return out
