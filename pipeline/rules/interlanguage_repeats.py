"""Interlanguage links whose foreign title repeats the Chinese one (session 10 audit of wiki mirrors).

A Chinese Wikipedia page links a person who has no Chinese article to the Japanese or Korean one, and a
mirror flattens the link to `<name><language><foreign title>`. For a Japanese or Korean person the foreign
title is usually written in the same characters: 松井太久郎日语松井太久郎, 金点坤日语金点坤. The Latin
case (罗伯特·H·索尔英语Robert H. Soule) is `find_interlanguage_dotted_names`'s (below); this one has no dot to anchor
on, and the doubled name reads as one unknown word, so no name finder sees it.

`find_interlanguage_repeats(text)` (working text, Simplified) finds each 日语/韩语/朝鲜语 whose following
characters repeat the 2–4 characters before it, and proposes PERSON for the name before the language word
when it opens with a Chinese, Korean or Japanese surname and is no known place (priority 40, above the
place finders). The repeated title after the language word is link residue and is not proposed.
Anchored on the literal language words (str.find); each hit compares a few characters.

`find_interlanguage_dotted_names(text)` (PERSON, priority 48): a transliterated name with its dots before the
language word and a Latin title (罗伯特·H·索尔英语Robert H. Soule → the Chinese name; the Latin name is the English
finder's). Anchored on the dot. First seen on real-dev5-zh (session 5, helper zh5; moved here from written_zh5 in
session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import japanese_surnames, known_places, surnames
from pipeline.spans import Candidate
from pipeline.rules.scan import anchored_finditer

SOURCE = "rule:person-interlanguage-repeat"
PRIORITY = 40
_LANGUAGES = ("日语", "韩语", "朝鲜语")
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"


def find_interlanguage_repeats(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "语" not in text:
        return out
    for language in _LANGUAGES:
        at = text.find(language)
        while at != -1:
            name = _repeated_name(text, at, at + len(language))
            if name is not None:
                out.append(Candidate(at - len(name), at, "PERSON", SOURCE, PRIORITY))
            at = text.find(language, at + len(language))
    return out


def _repeated_name(text: str, at: int, after: int) -> str | None:
    for n in (4, 3, 2):
        if at < n:
            continue
        name = text[at - n:at]
        if text[after:after + n] != name or not all(_CJK_LO <= ch <= _CJK_HI for ch in name):
            continue
        single, compound = surnames()
        if not (name[0] in single or name[:2] in compound or
                any(name.startswith(s) for s in _japanese_prefixes(name))):
            return None
        if name in known_places():
            return None
        return name
    return None


def _japanese_prefixes(name: str) -> tuple[str, ...]:
    jp = japanese_surnames()
    return tuple(name[:k] for k in (2, 1) if name[:k] in jp)


_CJK = "\u4e00-\u9fff"

# wiki mirrors keep an interlanguage link as `中文名英语Latin Name` (罗伯特·H·索尔英语Robert H. Soule): the
# transliterated name ends before 英语 (the Latin name after it is left to the English finder; the Chinese
# finders see that English run blanked out)
_INTERLANGUAGE_RE = re.compile(
    f"((?:[{_CJK}]{{1,6}}·){{1,3}}(?:[A-Z]\\.?·)?[{_CJK}]{{1,6}}?)(?:英语|英文|日语|韩语|法语|德语|俄语)(?=[A-Z ])")
_INTERLANGUAGE_ANCHOR = re.compile("·")


def find_interlanguage_dotted_names(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "PERSON", "rule:person-interlanguage", 48)
            for m in anchored_finditer(_INTERLANGUAGE_RE, text, _INTERLANGUAGE_ANCHOR, 7)]
