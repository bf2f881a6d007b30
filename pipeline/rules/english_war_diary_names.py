"""Officers as British and Indian war diaries and orders name them, and a formation's headquarters written after it
(session 25, helper s25en: label audit of English PERSON/MIL_UNIT on war diaries, memoirs and regimental pages of
Burma, Malaya, India and China, 1840-1979).

- A rank, full or abbreviated, in any case and with its dots and hyphens as typed (`Capt`, `CAPTAIN`, `Lieut.-Col.`,
  `LT COL`, `2/Lt`, `Maj-Gen`, `Sub-Maj`, `Hav`), then initials and a surname in capitals (`Capt R.T. HOLLIS`,
  `Major A. V. KERSHAW`, `LT COL E.D. McBAIN`, `Lieut.-Col. B. TREVOR`): the initials and the surname are a PERSON
  (guideline 1: the rank outside). War diaries type every surname (and every place) in capitals; names in lower
  case after a rank are english_persons' and english_compound_ranks' reading. Initials without dots (`J TURNBULL`)
  are read too, and so is a Burmese or Indian name of two or three capitalised words without initials after the
  rank (`Capt TUN SHEIN`, `Jem KHAN SINGH`), not a word of the army's abbreviations (`HQ`, `OC`, `BN`, `COY`).
  The names listed after the first with commas, each with its footnote mark (`Capts H.M. DANE[6], P.L. ROWE[7], KYAW
  TUN`), are PERSON each.
- A MIL_UNIT written with its headquarters word (`Fourteenth Army Headquarters`, `17th Division HQ`, `IV Corps H.Q.`, the last full stop
  outside as with `49th Regt.`) is one MIL_UNIT over both (guideline 15: a headquarters written with its formation is part of it; the development
  sets' `Island Brigade Headquarters`), not before `Company`/`Battery`/`Squadron`/`Troop` (a headquarters company is
  a sub-unit, english_command_forms).

Written from the conventions of the War Office's war diaries (Field Service Regulations: names and places in
capitals) and of orders of battle, not from any annotated set. Priorities: the name 48 (over a caps place or
acronym reading of the surname), the headquarters one above the unit's own candidate. Cheap: the names are gated on
a capital letter followed by a dot or on a rank word, the headquarters on the literals `Headquarters`/`HQ`/`H.Q.`.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

DIARY_NAME_PRIORITY = 48
_RANK_WORD = (r"(?:(?:2/)?(?:Lieutenants?|LIEUTENANTS?|Lieuts?|LIEUTS?|Lts?|LTS?)|Captain|CAPTAIN|Capts?|CAPTS?|Major|MAJOR|Maj|MAJ"
              r"|Colonel|COLONEL|Col|COL|Brigadier|BRIGADIER|Brig|BRIG|General|GENERAL|Gen|GEN|Sergeant|SERGEANT|Sgt"
              r"|SGT|Cpl|CPL|Pte|PTE|Hav|HAV|Jem|JEM|Sub|SUB|Rfn|RFN|Subadar|Jemadar|Havildar|Naik|Sepoy)")
_RANK = rf"(?<![\w/.-]){_RANK_WORD}\.?(?:[ \t]*[-\u2013][ \t]*{_RANK_WORD}\.?|[ \t]+(?:Col|COL|Gen|GEN|Maj|MAJ)\.?)?"
_INITIALS = r"(?:[A-Z]\.[ \t]?){1,4}|[A-Z][ \t]"
_CAPS_SURNAME = r"(?:Mc|Mac|MC|MAC|O['\u2019])?[A-Z]{2,20}(?:-[A-Z]{2,20})?"
_NAME = rf"(?:(?:{_INITIALS}){_CAPS_SURNAME}|[A-Z]{{2,10}}(?:[ \t][A-Z]{{2,10}}){{1,2}})(?![\w'\u2019-])"
DIARY_NAME_RE = re.compile(rf"{_RANK}[ \t]+(?P<n>{_NAME})")
_NEXT_NAME = re.compile(rf"(?:\[\d{{1,3}}\])?,[ \t]*(?:and[ \t]+)?(?P<n>{_NAME})")
_NOT_NAME = frozenset("HQ OC CO BN BNS COY COYS BDE DIV RA RE RASC RIASC MT LMG MMG BO BOS GCO GCOS IO QM ADC CRA AND "
                      "THE OF IN AT TO FOR WITH FROM ON BY OBE MBE MC DSO VC GC BEM IOM IDSM KCB CB CBE".split())

_HQ = re.compile(r"[ \t]+(?:Headquarters|HQ|H\.[ \t]?Q(?=\.))(?![\w-])(?![ \t]+(?:Company|Coy|Battery|Squadron|Troop)\b)")
_HQ_LITERAL = re.compile(r"Headquarters|HQ|H\.[ \t]?Q\.")


def _is_name(name: str) -> bool:
    words = re.sub(r"[A-Z]\.", " ", name).split()
    return bool(words) and not any(w.strip(".") in _NOT_NAME for w in words if len(w) > 1)


def _names(text: str, out: list) -> None:
    for m in literal_finditer(DIARY_NAME_RE, text):
        start, end = m.span("n")
        while True:
            if _is_name(text[start:end]):
                out.append(Candidate(start, end, "PERSON", "rule:en_war_diary_name", DIARY_NAME_PRIORITY, {}))
            nxt = _NEXT_NAME.match(text, end)
            if nxt is None:
                break
            start, end = nxt.span("n")


def _headquarters(text: str, out: list) -> None:
    extra = []
    for c in out:
        if c.label != "MIL_UNIT":
            continue
        m = _HQ.match(text, c.end)
        if m is None:
            continue
        extra.append(Candidate(c.start, m.end(), "MIL_UNIT", "rule:en_unit_headquarters", c.priority + 1,
                               dict(c.norm or {})))
    out.extend(extra)


def find_war_diary_names(text: str, out: list) -> None:
    """Ranked names with a surname in capitals; a unit with its headquarters word (module doc)."""
    if re.search(r"[A-Z]\.|[A-Z]{2}", text):
        _names(text, out)
    if _HQ_LITERAL.search(text):
        _headquarters(text, out)
