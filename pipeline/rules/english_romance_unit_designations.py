"""French, Spanish, Italian and Portuguese unit designations as English texts on those armies' wars write them
(session 28, helper s28enunit: audit of all nine labels on 18 unseen passages of the Italian, Ottoman, Polish,
Israeli, Egyptian, Soviet, Indian, Finnish, Greek and French wars; the Indochina war's forum diaries and Legion
histories, the Isonzo front's brigade memoirs and the Chaco and Spanish wars write the original forms).

- A French ordinal (`1er`, `2e`, `3ème`, `13e`) before the abbreviation of a French regiment, battalion, demi-brigade
  or division (`1er BEP`, `2e REP`, `3e REI`, `13e DBLE`, `6e BPC`, `8e RPC`, `5e RTA`, `9e DIC`): one MIL_UNIT,
  numbers [n], echelon that of the abbreviation's head (Bataillon 营, Régiment 团, Demi-Brigade/Brigade 旅,
  Division 师), side FR; with a battalion's Roman numeral before a slash (`II/1er RCP`, `III/13e DBLE`): the
  battalion of that regiment, numbers [2, 1], 营. The abbreviations are those of the French army's order of battle
  of 1914-1962 (Légion étrangère, troupes coloniales and parachutistes, Armée d'Afrique: BEP REP REI REC DBLE BPC
  BCCP BCP BCA RCP RPC RPIMa RIC RICM RIMa RTA RTM RTS RTT RMLE RMT RCA RSM RSA RI RA RAC RCC RH DI DIC DIA DIM
  DLM DB BT BM GM), hand-written from general military-historical knowledge; nothing else after a French ordinal
  is read.
- A unit's name under its original head: French (`Régiment`, `Bataillon`, `Demi-Brigade`, `Escadron`,
  `Escadrille`, `Groupement`), Spanish (`Regimiento`, `Batallón`, `Brigada`, `División`, `Escuadrón`, `Tercio`,
  `Bandera`), Italian (`Reggimento`, `Battaglione`, `Brigata`, `Divisione`, `Legione`) or Portuguese (`Regimento`,
  `Batalhão`), with capitalised words after it and the linking words `de`/`des`/`du`/`del`/`della`/`di`/`et`/`y`/
  `la` (before a capital) or `d'X`/`l'X`, ending on a capitalised word (`Bataillon de Parachutistes Coloniaux`,
  `Régiment Étranger de Parachutistes`, `Regimiento Boquerón`, `Brigata Sassari`, `Tercio de Extranjeros`), with or
  without a French ordinal before it (`4e Régiment d'Infanterie Coloniale`): one MIL_UNIT; the place or patron
  inside belongs to it (guideline 6), and it is not a PERSON over `de X`. A head with no capitalised word after it
  is not read (`the 2e Régiment étranger de parachutistes` keeps its lower-case tail unread), nor the companies'
  heads (`Compañía`, `Compagnie`, `Compagnia` name shipping lines and firms too).
- An English ordinal in figures or words before the Spanish Legion's and the Regulares' units (`the 1st Bandera`,
  `the Second Bandera`, `the 5th Tabor`, `the 3rd Tercio`): one MIL_UNIT, 营 (Bandera, Tabor) or 团 (Tercio).

- A bare cardinal, an English ordinal or a degree-sign ordinal before one of the distinctive abbreviations of that
  order of battle (session 29, s29enunit: the English-language Legion and Indochina histories, online book readers
  and forum diaries write `1 BEP`, `3 REI`, `13 DBLE`, `the 1st BEP`, `13° DBLE`): the same MIL_UNIT. Only the
  abbreviations that are no English word or common English abbreviation are read so (BEP BPC BCCP BCP REP REI REC
  RCP RPC RPIMa RIC RICM RIMa RTA RTM RTT RTS RMLE RMT DBLE DIC DLM); `RI`, `RA`, `DB`, `BT`, `BM`, `GM`, `DI`,
  `RH`, `RAC` and the like keep needing a French ordinal.

- (session 30, s30enunit: the Falklands and Argentine, Spanish Civil War and Chaco pages) A Spanish designation that
  puts its number after the name or after the head (`Regimiento de Infantería 12`, `Regimiento de Infantería
  Mecanizado 25`, `Batallón de Infantería de Marina 5`, `Regimiento 7 de Infantería`): one MIL_UNIT with the number,
  numbers [n]; and where the page writes a Spanish head (`Regimiento`, `Batallón`) or an Argentine word, the Argentine
  army's abbreviations before a cardinal (`RI 12`, `RI Mec 25`, `RIMte 4`, `BIM 5`): 团 for RI, 营 for BIM. Not before
  a plural noun or a word for men (`... 25 men`), not a number with a comma or a decimal point.

Priority 62 (over the particle-name PERSON, the places inside and the bare counts). Cost: one pattern gated on a
French ordinal's letters or the heads' literals.
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
_REGIMENT, _BATTALION, _BRIGADE, _DIVISION = ("团", "regiment"), ("营", "battalion"), ("旅", "brigade"), ("师", "division")
_HEADS = {"Régiment": _REGIMENT, "Bataillon": _BATTALION, "Demi-Brigade": _BRIGADE, "Escadron": ("中队", "squadron"),
          "Escadrille": ("中队", "squadron"), "Groupement": ("", "group"),
          "Regimiento": _REGIMENT, "Batallón": _BATTALION, "Batallon": _BATTALION, "Brigada": _BRIGADE,
          "División": _DIVISION, "Escuadrón": ("中队", "squadron"), "Tercio": _REGIMENT, "Bandera": _BATTALION,
          "Reggimento": _REGIMENT, "Battaglione": _BATTALION, "Brigata": _BRIGADE, "Divisione": _DIVISION,
          "Legione": _REGIMENT, "Regimento": _REGIMENT, "Batalhão": _BATTALION}
_ORDINAL_HEADS = {"Bandera": _BATTALION, "Tabor": _BATTALION, "Tercio": _REGIMENT}
_ORDINAL = r"(?:(?P<r>[IVX]{1,4})/)?(?P<n>\d{1,3})(?:er|ère|re|ème|eme|e)"
_ABBR = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*"
_NAME = (rf"(?P<h>{'|'.join(sorted(_HEADS, key=len, reverse=True))})(?P<t>(?:[ \t]+(?:{_CAP}"
         rf"|(?:de|des|du|del|della|delle|di|dei|et|y|e|la)(?=[ \t]+[A-ZÀ-ÖØ-Þ])|[dl]['\u2019]{_CAP}))+)")
_DESIGNATION = re.compile(rf"(?<![\w/.-])(?:{_ORDINAL}[ \t]+)?(?:(?P<a>{_ABBR})|{_NAME})(?![\w-])")
_BARE_ABBREVIATIONS = ("BEP BPC BCCP BCP REP REI REC RCP RPC RPIMa RIC RICM RIMa RTA RTM RTT RTS RMLE RMT DBLE DIC "
                       "DLM").split()
_BARE_DESIGNATION = re.compile(
    rf"(?<![\w/.,$£-])(?:(?P<r>[IVX]{{1,4}})/)?(?P<n>\d{{1,3}})(?:st|nd|rd|th|d|°)?[ \t]+"
    rf"(?P<a>{'|'.join(sorted(_BARE_ABBREVIATIONS, key=len, reverse=True))})(?![\w-])")
_WORD_ORDINALS = {w: i for i, w in enumerate("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split(), 1)}
_ENGLISH_ORDINAL = re.compile(rf"(?<![\w-])(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{'|'.join(_WORD_ORDINALS)}))[ \t]+"
                              rf"(?P<h>{'|'.join(_ORDINAL_HEADS)})(?![\w-])")
_GATE = re.compile(r"\d(?:er|ère|re|ème|eme|e)[ \t]|" + "|".join(_HEADS))


def _put(out: list, start: int, end: int, numbers: list, echelon: str, key: str, side: str | None) -> None:
    if any(c.label == "MIL_UNIT" and c.start <= start and end <= c.end and (c.start, c.end) != (start, end)
           for c in out):
        return
    for c in [c for c in out if c.start < end and start < c.end]:
        out.remove(c)
    out.append(Candidate(start, end, "MIL_UNIT", "rule:en_romance_unit", PRIORITY,
                         {"numbers": numbers, "en_hint": {"numbers": numbers, "echelon": echelon, "echelon_key": key,
                                                          "prefix": "", "side": side, "id": None}}))


def _bare_designations(text: str, out: list) -> None:
    """`1 BEP`, `the 1st BEP`, `13° DBLE`, `II/3 REI` (see the module docstring)."""
    for m in _BARE_DESIGNATION.finditer(text):
        echelon, key = _ABBREVIATIONS[m.group("a")]
        numbers = [int(m.group("n"))]
        if m.group("r"):
            if not roman_value(m.group("r")):
                continue
            numbers = [roman_value(m.group("r"))] + numbers
            echelon, key = "营", "battalion"
        _put(out, m.start(), m.end(), numbers, echelon, key, "FR")


def find_romance_unit_designations(text: str, out: list) -> None:
    """French ordinals before a unit's abbreviation or name, units' names under their original French, Spanish,
    Italian or Portuguese head, English ordinals before Bandera/Tabor/Tercio (see the module docstring)."""
    if any(a in text for a in _BARE_ABBREVIATIONS):
        _bare_designations(text, out)
    if not _GATE.search(text) and "Tabor" not in text:
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
        side = "FR" if m.group("n") or m.group("a") or m.group("h") in ("Régiment", "Bataillon", "Demi-Brigade",
                                                                        "Escadron", "Escadrille", "Groupement") else None
        _put(out, m.start(), m.end(), numbers, echelon, key, side)
    for m in _ENGLISH_ORDINAL.finditer(text):
        echelon, key = _ORDINAL_HEADS[m.group("h")]
        number = int(m.group("n")) if m.group("n") else _WORD_ORDINALS[m.group("w")]
        _put(out, m.start(), m.end(), [number], echelon, key, None)
    _spanish_numbers(text, out)


_SPANISH_HEADS = ("Regimiento", "Batallón", "Batallon", "Brigada", "División", "Escuadrón")
# a number after the name (`Regimiento de Infantería 12`) or after the head (`Regimiento 7 de Infantería`)
_NOT_COUNTED = r"(?![\d\w]|[,.]\d|[ \t]+(?:[a-z]+s|men|women|people|personnel|dead|killed|wounded|strong)\b)"
_NUMBER_AFTER = re.compile(r"[ \t]+(?P<k>\d{1,3})" + _NOT_COUNTED)
_HEAD_NUMBER = re.compile(rf"(?<![\w-])(?P<h>{'|'.join(_SPANISH_HEADS)})[ \t]+(?P<k>\d{{1,3}})"
                          rf"(?P<t>[ \t]+(?:de|del)[ \t]+{_CAP}(?:[ \t]+(?:de|del|la)?[ \t]*{_CAP}){{0,3}})(?![\w-])")
# the Argentine army's abbreviations before a cardinal: Regimiento de Infantería (Mecanizado, de Monte), Batallón de
# Infantería de Marina
_SPANISH_ABBR = re.compile(r"(?<![\w/.-])(?P<a>RI(?:[ \t]?(?:Mec|Mte|Aerot))?|BIM)[ \t]+(?P<k>\d{1,2})" + _NOT_COUNTED)
_SPANISH_GATE = re.compile(r"Regimiento|Batall[óo]n|Argentin|Malvinas")


def _spanish_numbers(text: str, out: list) -> None:
    """`Regimiento de Infantería 12`, `Regimiento 7 de Infantería`, `RI 12`, `BIM 5` (see the module docstring)."""
    if not _SPANISH_GATE.search(text):
        return
    for c in [c for c in out if c.source == "rule:en_romance_unit" and text[c.start:c.end].split()[0] in _SPANISH_HEADS]:
        m = _NUMBER_AFTER.match(text, c.end)
        if m:
            hint = dict(c.norm.get("en_hint") or {})
            echelon, key = _HEADS[text[c.start:c.end].split()[0]]
            _put(out, c.start, m.end(), [int(m.group("k"))], hint.get("echelon", echelon),
                 hint.get("echelon_key", key), hint.get("side"))
    for m in _HEAD_NUMBER.finditer(text):
        echelon, key = _HEADS[m.group("h")]
        _put(out, m.start(), m.end(), [int(m.group("k"))], echelon, key, None)
    for m in _SPANISH_ABBR.finditer(text):
        echelon, key = _BATTALION if m.group("a") == "BIM" else _REGIMENT
        _put(out, m.start(), m.end(), [int(m.group("k"))], echelon, key, None)
