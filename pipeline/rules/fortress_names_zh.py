"""Fortress and security commands and quoted defence lines and forts, in Chinese working text.

`find_fortress_names(text)`:
- ORG: a fortress command (X要塞司令部, X要塞区司令部: a headquarters body without an echelon word, as 桂林防守司令部),
  the conjunction or verb of going before the name outside (也到|X要塞司令部);
- FAC: a defence line or fort named in quotation marks (“X防线”, “X堡垒”), everywhere in the text; not an epithet
  ranking the fort (“东洋第一堡垒”).
`find_security_commands(text)` (ORG): a security or garrison command (X保安司令部, X城防司令部: a headquarters body
without an echelon word; X警备司令部 is left to the unit finder).
`find_garrison_commands(text)` (ORG): a garrison command without an echelon word named by its known place
(X防卫司令部, X警备司令部); first seen on real-dev9-zh (session 7, helper zh9; moved here from written_zh9 in session 24).

Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24);
find_security_commands on real-dev6-zh (session 6, helper zh6; out of written_zh6).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.spans import Candidate
from pipeline.rules.person_command_frames_zh import NOT_IN_NAME
from pipeline.rules.names_common import known_places

_CJK = "\u4e00-\u9fff"

_FORTRESS_HQ_RE = re.compile(f"([{_CJK}]{{2,4}}?)要塞(?:区)?司令部")
_FORTRESS_HQ_ANCHOR = re.compile("塞")
# a named defence line in quotes: “伯陵防线” (FAC, guideline label table), found everywhere in the text
_QUOTED_LINE_RE = re.compile(f"[“\"「]([{_CJK}]{{2,5}}?防线)[”\"」]")
_QUOTED_LINE_ANCHOR = re.compile("防")
# a quoted fort: 「城门碉堡」, “X堡垒” (auditzh15: Hong Kong 1941 pages), and its other mentions
_QUOTED_FORT_RE = re.compile(f"[“\"「]([{_CJK}]{{2,4}}?(?:碉堡|堡垒|堡壘))[”\"」]")
_QUOTED_FORT_ANCHOR = re.compile("堡")

_RANKING_EPITHET = re.compile("第[一二三四五六七八九十1-9]")


def find_fortress_names(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_FORTRESS_HQ_RE, text, _FORTRESS_HQ_ANCHOR, 4):
        name = m.group(1)
        # a conjunction, particle or verb of going before the name is no part of it (也到|基隆要塞司令部: prezh6)
        cut = max((i + 1 for i, ch in enumerate(name) if ch in "和与及以为的在是由把将、到至赴往去回驻"), default=0)
        if len(name) - cut >= 2:
            out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-fortress-command", 47))
    for m in anchored_finditer(_QUOTED_LINE_RE, text, _QUOTED_LINE_ANCHOR, 6):
        name = m.group(1)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", "rule:fac-quoted-line", 47))
    for m in anchored_finditer(_QUOTED_FORT_RE, text, _QUOTED_FORT_ANCHOR, 6) if "堡" in text else ():
        name = m.group(1)
        if _RANKING_EPITHET.search(name):
            continue    # “东洋第一堡垒”: an epithet ranking the fort, no name (s18zhloc)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", "rule:fac-quoted-fort", 47))
    return out


# a security or garrison command without an echelon word: its head, 司令部 or 总司令部 (X保安司令部, X城防司令部,
# X卫戍总司令部, X戒严司令部; X防卫总司令部, X民防司令部, X警备司令部)
_SECURITY_HEADS = ("保安", "城防", "卫戍", "戒严")
_GARRISON_HEADS = ("防卫", "民防", "防守", "守备区", "警备")
_COMMAND_HEAD_RE = re.compile(f"(?:{'|'.join(_SECURITY_HEADS + _GARRISON_HEADS)})(?:总)?司令部")
# the capital named by its role (首都卫戍司令部, 陪都卫戍总司令部)
_CAPITAL_STEMS = frozenset(("首都", "陪都", "行都"))
# a verb of appointment, transfer or going written before the command's place (他任|广州城防司令部, 归|南京…)
_VERB_BEFORE = set("任调归改往赴驻到至回入进属")


def _command_start(text: str, start: int, any_stem: bool) -> int | None:
    """Where the command's name opens before its head at `start`: the longest place the lexicons know (or 首都)
    ending there; else, where `any_stem`, the two to four characters before the head, cut after a function word,
    a unit character or a verb of appointment; None without a stem."""
    places = known_places()
    for size in (4, 3, 2):
        if start >= size and (text[start - size:start] in places or text[start - size:start] in _CAPITAL_STEMS):
            return start - size
    if not any_stem:
        return None
    name = text[max(0, start - 4):start]
    cut = max((i + 1 for i, ch in enumerate(name)
               if ch in NOT_IN_NAME or ch in _VERB_BEFORE or ch == "、" or not "\u4e00" <= ch <= "\u9fff"), default=0)
    return start - len(name) + cut if len(name) - cut >= 2 else None


def _commands(text: str, heads: tuple[str, ...], any_stem: bool) -> list[tuple[int, int]]:
    out = []
    for m in rare_finditer(_COMMAND_HEAD_RE, text) if "司令部" in text else ():
        if m.group().startswith(heads):
            start = _command_start(text, m.start(), any_stem)
            if start is not None:
                out.append((start, m.end()))
    return out


def find_security_commands(text: str) -> list[Candidate]:
    """X保安司令部, X城防司令部, X卫戍(总)司令部, X戒严司令部: one ORG with the place that names it; a place the
    lexicons know opens the name, so a verb of appointment before it stays out (他任|广州城防司令部; session 28)."""
    return [Candidate(s, e, "ORG", "rule:org-security-command", 47) for s, e in _commands(text, _SECURITY_HEADS, True)]


def find_garrison_commands(text: str) -> list[Candidate]:
    """X防卫(总)司令部, X民防司令部, X防守司令部, X守备区司令部, X警备司令部 named by a place the lexicons know (or 首都):
    one ORG (总司令部 and 民防 since session 28, s28zhlab: 某岛防卫总司令部 was a GPE alone); X警备司令部 is the unit
    finder's MIL_UNIT where it reads one (priority 61)."""
    return [Candidate(s, e, "ORG", "rule:org-garrison-hq", 46) for s, e in _commands(text, _GARRISON_HEADS, False)]
