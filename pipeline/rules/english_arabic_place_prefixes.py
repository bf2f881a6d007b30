"""Places of North Africa and the Middle East named by an Arabic prefix word, as war diaries, memoirs and campaign
narratives of 1882-1967 write them (Egypt, the Sudan, Libya, Tunisia, Algeria, Palestine; session 27, helper
s27enunit: audit of English war diaries and memoirs).

- `Sidi X` (a village or a shrine's settlement: `Sidi Barrani`, `Sidi Bou Zid`), `Bir X` (a well and its post: `Bir
  Hakeim`), `Ksar X` / `Bordj X` (a fortified village, a fort's settlement): one GPE;
- `Djebel X` / `Jebel X` / `Jabal X` / `Gebel X` (a mountain) and `Wadi X` / `Oued X` (a valley, a dry river): one LOC.
The name after the prefix is one to three capitalised words, with the Arabic particles between them (`Sidi bou Dib`,
`Bir el Gubi`, `Djebel el Ahmera`: bou, ben, el, al, ech, esh, en, es, er, ez, ed, et, bel); a map reference in brackets
may follow and stays outside. Not a person: `Sidi` before a given name and `ben`/`bin`/`ibn` (`Sidi Mohammed ben
Youssef`), nor after a title (`Sultan Sidi X`, `Sheikh Sidi X`), nor before a structure's or landform's head (`Bir X Farm`, `Sidi X
road` are other finders' names). A longer reading another finder made (a route, a
FAC, an EVENT `Battle of Wadi X`) keeps it; a PERSON or a shorter place inside gives way.

Written from the Arabic toponymy of those maps (the prefixes are the ordinary words for saint, well, fort, mountain
and valley), not from any annotated set or audited page. Priority 47 (over the capitalised-run persons). Cheap: one
pattern that starts with the prefix's literal.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 47

_PARTICLE = r"(?:bou|Bou|ben|Ben|el|El|al|Al|ech|esh|en|es|er|ez|ed|et|bel|Bel)"
_WORD = r"[A-Z][a-z\u00e0-\u00ff'\u2019]{1,14}(?:-[A-Z]?[a-z]{1,12})?"
PREFIX_PLACE_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<p>Sidi|Bir|Ksar|Bordj|Djebel|Jebel|Jabal|Gebel|Wadi|Oued)[ \t]+"
    rf"(?P<n>(?:{_PARTICLE}[ \t-]+)?{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t-]+)?{_WORD}){{0,2}}?)"
    r"(?![\w'\u2019-])(?![ \t]+(?:ben|bin|ibn|Ben|Bin|Ibn)\b)")
_LOC_PREFIXES = frozenset("Djebel Jebel Jabal Gebel Wadi Oued".split())
_TITLE_BEFORE = re.compile(r"(?:Sultan|Sheikh|Shaikh|Sheik|Emir|Amir|Imam|Caid|Kaid|Pasha|Bey|King|Prince|Sayyid)[ \t]+$")
# given names that make `Sidi X` a person's style, and the words that end a place's name before them
_GIVEN = frozenset("Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Idris Omar Abdallah Abdullah "
                   "Abd Abdel Abdul Youssef Yusuf Moulay Mustafa Ibrahim Salah Othman".split())
_STOP_WORDS = frozenset("The A An And Or Of In On At To By For From With Company Coy Battalion Brigade Division "
                        "Squadron Regiment HQ".split())
# a structure or landform head after the name: the whole is another finder's name ('Bir X Farm', 'Sidi X road')
_LONGER_HEADS = frozenset("Road Track Ridge Hill Farm Station Camp Pass Gap Fort Line Airfield Aerodrome".split())


def find_arabic_place_prefixes(text: str, out: list) -> None:
    """Sidi/Bir/Ksar/Bordj X (GPE) and Djebel/Jebel/Jabal/Wadi/Oued X (LOC) (see the module docstring)."""
    if not any(p in text for p in ("Sidi ", "Bir ", "Ksar ", "Bordj ", "jebel ", "Jebel ", "Jabal ", "Gebel ", "Wadi ", "Oued ")):
        return
    found = []
    for m in literal_finditer(PREFIX_PLACE_RE, text):
        words = m.group("n").split()
        keep = []
        for w in words:
            if w in _STOP_WORDS:
                break
            keep.append(w)
        after = text[m.start("n") + len(" ".join(keep)):m.start("n") + len(" ".join(keep)) + 12].split()
        if any(w in _LONGER_HEADS for w in keep) or (after and after[0].rstrip(".,;:") in _LONGER_HEADS):
            continue
        if not keep or keep[-1].lower() in ("bou", "ben", "el", "al", "ech", "esh", "en", "es", "er", "ez", "ed", "et", "bel"):
            continue
        if m.group("p") == "Sidi" and (keep[0] in _GIVEN or _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue
        start = m.start()
        end = m.start("n") + len(" ".join(keep)) if text[m.start("n"):].startswith(" ".join(keep)) else m.end()
        if any(c.start <= start and end <= c.end and c.label != "PERSON"
               and ((c.end - c.start) > (end - start) or c.label in ("GPE", "LOC")) for c in out):
            continue                   # a longer name holds it ('Battle of Wadi X'), or a gazetteer reads it
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        label = "LOC" if m.group("p") in _LOC_PREFIXES else "GPE"
        found.append(Candidate(start, end, label, "rule:en_arabic_place_prefix", PRIORITY, {}))
    out.extend(found)
