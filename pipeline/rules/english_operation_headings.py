"""Battles under a reference site's 'Operation' heading, conquests and CJK operation names in English text.

`find_operation_headings(text, out)` (EVENT): 'Operation Battle of X' (a reference site's heading): the battle;
'Naval Battle of X'; '<nationality> Conquest of <known place>'; Chinese/Japanese names of operations and battles
written in CJK inside English text ('第1次長沙作戦').

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

OPERATION_BATTLE = re.compile(rf"Operation[ \t]+(?P<e>Battle[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}})")
NAVAL_BATTLE = re.compile(rf"Naval[ \t]+Battle[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}")
CONQUEST_BEFORE = re.compile(r"(?<![\w-])(?P<side>[A-Z][a-z]{3,14})[ \t]+$")
CONQUEST_PLACE = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<p>{_CAP}(?:[ \t]{_CAP}){{0,2}})")
CJK_EVENT = re.compile(r"(?P<e>[\u3400-\u9fff0-9０-９]{1,12}(?:作戦|作战|會戰|会战|戰役|战役|事變|事变|事件|戰爭|战争))")
CJK_HEADS = ("作戦", "作战", "會戰", "会战", "戰役", "战役", "事變", "事变", "事件", "戰爭", "战争")
CJK_HEAD_RE = re.compile("|".join(CJK_HEADS))


def find_operation_headings(text: str, out: list) -> None:
    if "Operation Battle" in text:
        for at in _finds(text, "Operation Battle"):
            m = OPERATION_BATTLE.match(text, at)
            if m:
                out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_operation_battle", 56))
    for at in _finds(text, "Naval Battle of"):
        m = NAVAL_BATTLE.match(text, at)
        if m and (at == 0 or not text[at - 1].isalnum()):
            out.append(Candidate(at, m.end(), "EVENT", "rule:en_naval_battle", 56))
    for literal in (" Conquest of", " conquest of"):
        for at in _finds(text, literal):
            side = CONQUEST_BEFORE.search(text, max(0, at - 16), at + 1)
            place = CONQUEST_PLACE.match(text, at + len(literal))
            if not side or not place or (norm_en.SIDE_WORDS.get(side.group("side").lower()) is None
                                         and side.group("side") not in _NATIONALITIES):
                continue
            from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
            names = english_names()
            words = place.group("p").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if names.get(name, (None,))[0] in ("GPE", "LOC"):
                    out.append(Candidate(side.start("side"), place.start("p") + len(name), "EVENT", "rule:en_conquest", 56))
                    break
    for hit in (() if text.isascii() else CJK_HEAD_RE.finditer(text)):
        at, head = hit.start(), hit.group()
        m = CJK_EVENT.search(text, max(0, at - 12), at + len(head))
        if m and m.end("e") == at + len(head) and len(m.group("e")) > len(head) \
                and m.group("e")[0] not in "的之了在和與与及或等是":   # (Mandalay)的會戰: no name (auditzh10)
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_cjk_event", 56))


_NATIONALITIES = frozenset("German Italian French British Russian Soviet Japanese Chinese American Korean Allied".split())
