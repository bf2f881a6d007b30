"""Ranks and initials written without full stops (session 12, helper auditen4).

Indian, Pakistani and British reference pages, regimental histories and Commonwealth war memorial sites write
rank abbreviations and a person's initials without full stops: `Maj Gen MS Mokha`, `Lt Gen A Sengupta`,
`Lt Col HS Dhingra`, `Brig KS Chandpuri`, `Sqn Ldr Kapur`, `Hav Abdul Hamid`, `Second Lieutenant V S Tonk`.
The rank is outside the PERSON (spec rule 1); the initials are inside it, as `J. S. Dhillon` keeps its initials.

- A rank abbreviation (or a run of them: `Lt Gen`, `Maj Gen`, `Wg Cdr`) before one to three initials written in
  capitals without stops (`MS`, `J P`, `A`) and a capitalised surname: PERSON = initials + surname.
- A rank abbreviation before capitalised given names and surname (`Maj Atma Singh`, `Capt Dharam Vir`): PERSON =
  the names; a reading that swallowed the rank (`Maj Atma Singh` read as a South Asian name) or that read the rank
  word alone as the name (`Lt Col HS Dhingra` -> `Col`) is replaced.

Criteria: the rank abbreviations of the Commonwealth armies and air forces as written in their own publications
without stops (Lt, Maj, Gen, Col, Brig, Capt, Cdr, Adm, Sqn Ldr, Wg Cdr, Gp Capt, Flt Lt, Fg Offr, Air Cmde, Hav,
Nb Sub, Nk, L/Nk, 2Lt, 2/Lt) and the written-out ranks before unstopped initials; written for zhanji from how
the form is written, not taken from any annotated set. Cheap where it does not apply: a first-character-guarded
pattern whose every match starts with a rank word.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PRIORITY = 41   # above a place of the same form (Lt Gen Nagano)
_SHORT = (r"(?:Lt|Lieut|Maj|Gen|Col|Brig|Capt|Cdr|Cmdr|Adm|Sqn[ \t]+Ldr|Wg[ \t]+Cdr|Gp[ \t]+Capt|Flt[ \t]+Lt|"
          r"Fg[ \t]+Offr|Air[ \t]+Cmde|Air[ \t]+Mshl|Hav|Nb[ \t]+Sub|Nk|L/Nk|2Lt|2/Lt|Lt-Col|Lt-Gen|Maj-Gen)")
_LONG = (r"(?:(?:Second|First)[ \t]+Lieutenant|Lieutenant(?:[ \t]+(?:General|Colonel|Commander))?|"
         r"Major(?:[ \t]+General)?|Brigadier(?:[ \t]+General)?|General|Colonel|Captain|Commander|Commodore|"
         r"Admiral|Havildar|Subedar|Naik|Sepoy|Risaldar|Jemadar|Squadron[ \t]+Leader|Wing[ \t]+Commander|"
         r"Group[ \t]+Captain|Flight[ \t]+Lieutenant|Flying[ \t]+Officer|Air[ \t]+Marshal|Air[ \t]+Commodore)")
_NAME = r"[A-Z][a-z]{1,15}(?:-[A-Z]?[a-z]{1,12})?"
_INITIALS = r"(?:[A-Z]{1,3}[ \t]+){1,3}"
# unstopped abbreviations (`Maj`, `Lt Gen`) before initials or names; written-out ranks only before initials
RANK_NAME_RE = guarded(re.compile(
    rf"(?<![\w./])(?:(?P<short>{_SHORT}(?:[ \t]+{_SHORT}){{0,2}})[ \t]+(?:(?:Sir|Dame)[ \t]+)?(?P<name>(?:{_INITIALS})?{_NAME}(?:[ \t]+{_NAME}){{0,2}})"
    rf"|(?P<long>{_LONG})[ \t]+(?P<iname>{_INITIALS}{_NAME}(?:[ \t]+{_NAME}){{0,1}}))(?![\w'\u2019-])(?!\.\w)"))
# words that end the name: posts, units, everyday capitalised words after a name
STOP = frozenset("""
Chief Staff Commanding Officer Commander Corps Division Brigade Regiment Battalion Company Army Command Headquarters
The And Of In On At For With By From To He She His Her It They Was Were Had Has Is Are This That These Then When
Gen Col Lt Maj Brig Capt General Colonel Major Captain Lieutenant Brigadier Retd Indian Pakistani Chinese British
Governor Force Group Squadron Wing Flight Battery Platoon Troop Sector Area Zone Front Fleet Navy Air
Param Vir Chakra Maha Ati Vishisht Seva Medal Sena Shaurya Kirti Ashok
""".split())
# a lone rank word read as the name (`Col` of `Lt Col HS Dhingra`)
_RANK_WORDS = frozenset("Lt Lieut Maj Gen Col Brig Capt Cdr Adm Hav Nk".split())


def _name_end(text: str, start: int, end: int) -> int:
    """Cut the name before a stop word (`Maj Gen Rao Chief` -> `Rao`); 0 when nothing is left."""
    last = 0
    for m in re.finditer(r"\S+", text[start:end]):
        if m.group() in STOP:
            break
        last = start + m.end()
    return last


def find_unstopped_ranks(text: str, out: list) -> None:
    if not any(w in text for w in ("Lt", "Maj", "Gen", "Col", "Brig", "Capt", "Cdr", "Sqn", "Wg", "Gp", "Flt", "Hav",
                                   "Nk", "Lieutenant", "Major", "Captain", "Colonel", "Brigadier",
                                   "Commander", "Admiral", "Leader", "Havildar", "Subedar", "Naik", "Air ", "Adm")):
        return
    found = []
    for m in RANK_NAME_RE.finditer(text):
        group = "name" if m.group("name") else "iname"
        start = m.start(group)
        words = m.group(group).split()
        if words[0] in STOP:
            continue
        end = _name_end(text, start, m.end(group))
        if end <= start or not text[start:end].split()[-1][1:].islower():
            continue   # the name ends in a surname, not in an initial
        # a single written-out word after an unstopped rank must look like a name, not a place or a unit
        if group == "name" and end - start == len(words[0]) and not words[0][1:].islower():
            continue
        found.append((m.start(), start, end))
    if not found:
        return
    for rank_start, start, end in found:
        if any(c.label == "PERSON" and c.start == start and c.end == end for c in out):
            exact = True    # the rank readers' own reading (it may beat a place of the same form later)
        else:
            exact = False
        keep = []
        for cand in out:
            if cand.end <= rank_start or cand.start >= end or (exact and cand.label == "PERSON"
                                                                 and cand.start == start and cand.end == end):
                keep.append(cand)
            elif cand.label == "PERSON" and (cand.start < start or text[cand.start:cand.end] in _RANK_WORDS
                                             or cand.end <= end):
                continue   # a reading with the rank inside, or the rank word alone, or a part of the name
            else:
                keep.append(cand)
        if not exact:
            keep.append(Candidate(start, end, "PERSON", "rule:en_unstopped_rank", PRIORITY, {}))
        out[:] = keep
