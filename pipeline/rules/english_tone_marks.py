"""Hanyu Pinyin written with its tone marks (session 12, helper auditen4).

Wikipedia and its mirrors give a Chinese place in the infobox or the first sentence with its tone marks: `Place:
Qīngshānlǐ, Jílín, China`, `Chángshā`, `Lǚshùn`, `Héféi`. The marks change nothing in the name: a capitalised word (or
two) carrying Pinyin tone marks is read as the name the lexicon knows without them (`Jílín` -> `Jilin`, GPE 吉林),
with that name's label (GPE, LOC, FAC or PERSON) and Chinese form.

Criteria: the Hanyu Pinyin tone marks (macron, acute, caron, grave on a e i o u ü); a word holding a letter outside
them and ASCII (Vietnamese ằ ơ ư ạ …, read by the Vietnamese readers) is left. Written for zhanji from the Pinyin
standard, not taken from any annotated set. Cheap where it does not apply: one character-class search per paragraph.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.rules.english_lexicon import english_names
from pipeline.spans import Candidate

PRIORITY = 40
_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙü"
_MARK_RE = re.compile(f"[{_MARKED}]")
_WORD = rf"[A-Z{_MARKED[-21:-1]}][a-z{_MARKED[:24]}ü'\u2019-]{{1,24}}"
_RUN_RE = re.compile(rf"(?<![\w'\u2019-])(?P<a>{_WORD})(?:[ \t](?P<b>{_WORD}))?(?![\w'\u2019-])")
_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})


def _bare(form: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", form) if not unicodedata.combining(ch))


def find_tone_marks(text: str, out: list) -> None:
    if not _MARK_RE.search(text):
        return
    names = english_names()
    for m in _RUN_RE.finditer(text):
        if not _MARK_RE.search(m.group()):
            continue
        for end in ((m.end("b"), m.end("a")) if m.group("b") else (m.end("a"),)):
            form = text[m.start():end]
            if not _MARK_RE.search(form):
                continue
            hit = names.get(_bare(form))
            if hit and hit[0] in _LABELS:
                norm = {"zh": hit[1], "id": None} if hit[0] != "PERSON" else {"zh": hit[1]}
                out.append(Candidate(m.start(), end, hit[0], "rule:en_tone_marked_pinyin", PRIORITY, norm))
                break
