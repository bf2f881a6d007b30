"""The Korean War's Chinese force and its Chinese war name as English translated from Chinese writes them (session
23, helper s23en: label audit of all nine labels on 18 unseen English passages; both classes recur on at least
five other stored pages: Chinese memoirs in translation, state-press news, translated veterans' stories).

- `the Volunteer Army` (the Chinese People's Volunteers, 志愿军, in translation: `the 120th Division of the 40th Army
  of the Volunteer Army`, `the division commanders of the Volunteer Army`; also the White army of 1918): a named
  armed force (spec: named armed forces are MIL_UNIT), one MIL_UNIT where no longer name holds it (`People's
  Volunteer Army` is read whole by the force lexicon).
- The Chinese name of the Korean War and of its campaigns in translation (抗美援朝: `the War to Resist U.S.
  Aggression and Aid Korea`, `the Fifth Campaign to Resist US Aggression and Aid Korea`, `the Movement to Resist
  America and Aid Korea`): one EVENT with its ordinal (rule 10), the places inside it no GPE of their own (rule
  6: a place inside a longer name belongs to it); `the campaign to resist US aggression` in lower case is no name.

Priority: after the unit finders, before the span edges and label checks. Cost: gated on the literals `Volunteer
Army` and `Aid`, the patterns tried from them (scan.literal_finditer).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 64

_VOLUNTEER_RE = re.compile(r"(?<![\w'\u2019-])Volunteer[ \t]+Army(?![\w-])")
_RESIST_AID_RE = re.compile(
    r"(?<![\w-])(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|\d(?:st|nd|rd|th))\s+)?(?:War|Campaign|Movement"
    r"|Battle|Operation)\s+to\s+[Rr]esist\s+(?:(?:U\.\s?S\.|US|American?)\s+)?(?:[Aa]ggression\s+)?and\s+[Aa]id\s+"
    r"(?:North\s+)?Korea(?![\w-])")


def _volunteer_army(text: str, out: list) -> None:
    for m in literal_finditer(_VOLUNTEER_RE, text):
        s, e = m.start(), m.end()
        if any(c.start < e and s < c.end for c in out):
            continue
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_volunteer_army", PRIORITY,
                             {"numbers": [], "echelon": "", "prefix": "", "side": "CCP", "id": None}))


def _resist_aid_events(text: str, out: list) -> None:
    for m in literal_finditer(_RESIST_AID_RE, text):
        s, e = m.start(), m.end()
        if any(c.label == "EVENT" and c.start < e and s < c.end and (c.start < s or c.end > e) for c in out):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "EVENT", "rule:en_resist_aid_korea", PRIORITY, {"zh": "抗美援朝"}))


def find_translated_names(text: str, out: list) -> None:
    """The Volunteer Army; the War (Campaign, Movement) to Resist U.S. Aggression and Aid Korea (module doc)."""
    if "Volunteer Army" in text:
        _volunteer_army(text, out)
    if "Aid" in text or "aid " in text:
        _resist_aid_events(text, out)
