"""French army unit designations as English texts on the French wars write them (session 28, helper s28enunit:
audit of all nine labels on 18 unseen passages of the Italian, Ottoman, Polish, Israeli, Egyptian, Soviet, Indian,
Finnish, Greek and French wars; the Indochina war's forum diaries and Legion histories write the French forms).

- A French ordinal (`1er`, `2e`, `3ème`, `13e`) before the abbreviation of a French regiment, battalion, demi-brigade
  or division (`1er BEP`, `2e REP`, `3e REI`, `13e DBLE`, `6e BPC`, `8e RPC`, `5e RTA`, `9e DIC`): one MIL_UNIT,
  numbers [n], echelon that of the abbreviation's head (Bataillon 营, Régiment 团, Demi-Brigade/Brigade 旅,
  Division 师), side FR; with a battalion's Roman numeral before a slash (`II/1er RCP`, `III/13e DBLE`): the
  battalion of that regiment, numbers [2, 1], 营. The abbreviations are those of the French army's order of battle
  of 1914-1962 (Légion étrangère, troupes coloniales and parachutistes, Armée d'Afrique: BEP REP REI REC DBLE BPC
  BCCP BCP BCA RCP RPC RPIMa RIC RICM RIMa RTA RTM RTS RTT RMLE RMT RCA RSM RSA RI RA RAC RCC RH DI DIC DIA DIM
  DLM DB BT BM GM), hand-written from general military-historical knowledge; nothing else after a French ordinal
  is read.
- A French unit's full name: a French head (`Régiment`, `Bataillon`, `Demi-Brigade`, `Compagnie`, `Escadron`,
  `Escadrille`, `Groupement`) with capitalised words and `de`/`des`/`du`/`et`/`la` (before a capital) or `d'X`/`l'X` after it
  (`Bataillon de Parachutistes Coloniaux`, `Régiment Étranger de Parachutistes`, `Bataillon Etranger de
  Parachutistes`), with or without a French ordinal before it (`1er Régiment de Chasseurs Parachutistes`): one
  MIL_UNIT (not a PERSON over `de X`). Lower-case French words after the head end the name before them; a head with
  no capitalised word after it is not read.

Priority 62 (over the particle-name PERSON and the bare counts). Cost: one pattern gated on a French ordinal's
letters or the heads' literals.
"""

from __future__ import annotations

import re

from pipeline.rules.english_german_designations_armies_of import roman_value
from pipeline.spans import Candidate

PRIORITY = 62
_ABBREVIATIONS = {
    **{a: ("营", "battalion") for a in "BEP BPC BCCP BCP BCA BT BM".split()},
    **{a: ("团", "regiment") for a in ("REP REI REC RCP RPC RPIMa RIC RICM RIMa RTA RTM RTS RTT RMLE RMT RCA RSM RSA "
                                       "RI RA RAC RCC RH").split()},
    **{a: ("旅", "brigade") for a in "DBLE GM".split()},
    **{a: ("师", "division") for a in "DI DIC DIA DIM DLM DB".split()},
}
_HEADS = {"Régiment": ("团", "regiment"), "Bataillon": ("营", "battalion"), "Demi-Brigade": ("旅", "brigade"),
          "Compagnie": ("连", "company"), "Escadron": ("中队", "squadron"), "Escadrille": ("中队", "squadron"),
          "Groupement": ("", "group")}
_ORDINAL = r"(?:(?P<r>[IVX]{1,4})/)?(?P<n>\d{1,3})(?:er|ère|re|ème|eme|e)"
_ABBR = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*"
_NAME = (rf"(?P<h>{'|'.join(_HEADS)})(?P<t>(?:[ \t]+(?:{_CAP}|(?:de|des|du|et|la)(?=[ \t]+[A-ZÀ-ÖØ-Þ])"
         rf"|[dl]['\u2019]{_CAP}))+)")
_DESIGNATION = re.compile(rf"(?<![\w/.-])(?:{_ORDINAL}[ \t]+)?(?:(?P<a>{_ABBR})|{_NAME})(?![\w-])")
_GATE = re.compile(r"\d(?:er|ère|re|ème|eme|e)[ \t]|" + "|".join(_HEADS))


def find_french_unit_designations(text: str, out: list) -> None:
    """French ordinals before a unit's abbreviation or name, French units' full names (see the module docstring)."""
    if not _GATE.search(text):
        return
    for m in _DESIGNATION.finditer(text):
        if m.group("a") and not m.group("n"):
            continue                   # an abbreviation alone ('RI', 'DB'): only after a French ordinal
        if m.group("a"):
            echelon, key = _ABBREVIATIONS[m.group("a")]
        else:
            echelon, key = _HEADS[m.group("h")]
        numbers = [int(m.group("n"))] if m.group("n") else []
        if m.group("r"):
            if not roman_value(m.group("r")):
                continue
            numbers = [roman_value(m.group("r"))] + numbers
            echelon, key = "营", "battalion"
        start, end = m.start(), m.end()
        if any(c.label == "MIL_UNIT" and c.start <= start and end <= c.end and (c.start, c.end) != (start, end)
               for c in out):
            continue
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_french_unit", PRIORITY,
                             {"numbers": numbers, "en_hint": {"numbers": numbers, "echelon": echelon,
                                                              "echelon_key": key, "prefix": "", "side": "FR",
                                                              "id": None}}))
