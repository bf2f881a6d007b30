"""One-character county names of classical annals (session 17 audit of missed GPE, auditzh49).

清史稿-style narratives of the Taiping and Nian wars name counties by their one character, the county word dropped:
`东掠潍及安邱`, `陷滕及峄县`, `犯邳、宿迁`. The lexicons hold the full names (潍县, 滕县, 邳州) only, and a single
character alone is far too ambiguous to match anywhere. `find_one_char_counties(text)` (working text, Simplified)
proposes the character X as a GPE only in a narrow frame that says it is a place:

- a verb of attack, raiding or marching right before it (陷 犯 掠 扰 攻 破 围 趋 趣 窜 袭 薄 逼 据 屯);
- a joiner right after it (及 、 与) and then a county or city of two or three characters the place lexicons know
  (GPE), written with or without its 县/州;
- X县 or X州 is a county or prefecture the place lexicons know (the character names a seat), and X is neither a
  function character nor a direction (和 of 和县, 全 of 全州, 道 of 道县, 永 of 永州 are left out: ordinary words).

Priority 31 (above the gazetteer's reading of a longer string, below units and persons). Cost: one scan for the
three joiners and a look at the two characters before each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-one-char-county", 31
_VERBS = frozenset("陷犯掠扰攻破围趋趣窜袭薄逼据屯")
# characters that are ordinary words or function words before a joiner even where X县/X州 is a county
ORDINARY_COUNTY_CHARS = frozenset("和全道永兴定易深华光丰寿房单唐安平新东西南北中上下大小长内外于及与之其")
_JOINER_RE = re.compile("[及、与]")


def _county(ch: str) -> bool:
    lexicon = place_lexicon()
    for head in ("县", "州"):
        entry = lexicon.get(ch + head)
        if entry is not None and entry.label == "GPE" and entry.kind in ("county", "prefecture"):
            return True
    return False


def _known_after(text: str, at: int) -> bool:
    """A county or city the lexicons know starts at `at` (安邱, 峄县, 宿迁)."""
    lexicon = place_lexicon()
    for size in (3, 2):
        entry = lexicon.get(text[at:at + size])
        if entry is not None and entry.label == "GPE" and entry.kind in ("county", "prefecture", "city"):
            return True
    return False


def find_one_char_counties(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _JOINER_RE.finditer(text):
        at = m.start()
        if at < 2 or text[at - 2] not in _VERBS:
            continue
        ch = text[at - 1]
        if ch in ORDINARY_COUNTY_CHARS or not ("\u4e00" <= ch <= "\u9fff") or not _county(ch):
            continue
        if _known_after(text, at + 1):
            out.append(Candidate(at - 1, at, "GPE", SOURCE, PRIORITY))
    return out
