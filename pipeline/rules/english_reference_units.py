"""Unit and force forms of English reference pages on the Asian wars (session 12, helper auditen4).

- A country or province written before `Army`, `Navy`, `Air Force` or `Marine Corps` names that state's armed force:
  `the Pakistan Army`, `the Bangladesh Air Force`, `the Hunan Army` -> one MIL_UNIT (spec: named armed forces), not a
  GPE followed by a common noun. The place must be read as a GPE by the others; `Japan`, `China` and `America`
  before `Army` are left (the side's troops, rule 5, as english_nation_forces leaves `the Japanese Army`), and so is
  a head
  followed by a smaller echelon or a post (`the Burma Army Group`, `the Pakistan Army Headquarters`).
- Armoured and cavalry regiments of the Indian, Pakistani and British armies named by their arm: `the 9th Horse`,
  `5th Horse`, `the 9th Deccan Horse`, `8th Light Cavalry`, and a numbered `Cavalry` before a bracketed note of its
  equipment (`4th Cavalry (Pattons)`, which english_arm_regiments leaves because a bracket may hold an echelon) ->
  MIL_UNIT,
  a regiment (团) of cavalry (骑兵).
- The Red Army's fortified regions (укрепрайон, 筑垒地域), numbered like divisions: `the 31st Fortified Region`,
  `the 31st and 32nd Fortified Regions` -> one MIL_UNIT (rule 4), not a GPE `Fortified Region`.

Criteria: how these names are formed (a state's name + a service word; a number + an arm word; the Soviet echelon
word), written for zhanji from general military-history usage, not taken from any annotated set. Cheap where it does
not apply: each form is tried only in a paragraph holding its literal (` Army`/` Navy`/` Air Force`, `Horse`,
`Cavalry`, `Fortified Region`).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 63
_SERVICE_RE = re.compile(r"[ \t]+(?:Army|Navy|Air[ \t]+Force|Marine[ \t]+Corps)(?![\w-])")
_NOT_AFTER_SERVICE = re.compile(r"[ \t]+(?:Groups?|Corps|Command|Headquarters|HQ|Area|Division|Officers?|Chief|Staff"
                                r"|Day|Act|Ministry|Department|Museum|Academy|School|College|Cup)(?![\w-])")
_GENERIC = frozenset({"Japan", "China", "America"})

_ORD = r"\d{1,3}(?:st|nd|rd|th|d)"
_ARM_RE = re.compile(
    rf"(?<![\w-])(?P<n>{_ORD})[ \t]+(?:(?P<named>(?:[A-Z][a-z]+(?:['\u2019]s)?[ \t]+){{0,2}})Horse(?![\w-])(?![ \t]+(?:Artillery|Guards))"
    rf"|Light[ \t]+Cavalry(?![\w-])(?![ \t]+(?:Divisions?|Regiments?|Brigades?|Squadrons?))"
    rf"|Cavalry(?=[ \t]*\((?!(?:Airmobile|Division|Regiment|Brigade|Squadron|Infantry|Dismounted)\b)))")
_FORTIFIED_RE = re.compile(
    rf"(?<![\w-])(?P<u>{_ORD}(?:(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+){_ORD}){{0,6}}[ \t]+Fortified[ \t]+Regions?)(?![\w-])")
_NUMBER = re.compile(r"\d+")


def _services(text: str, out: list) -> None:
    added = []
    for cand in out:
        if cand.label != "GPE" or text[cand.start:cand.end] in _GENERIC:
            continue
        m = _SERVICE_RE.match(text, cand.end)
        if not m or _NOT_AFTER_SERVICE.match(text, m.end()):
            continue
        added.append(Candidate(cand.start, m.end(), "MIL_UNIT", "rule:en_state_service", PRIORITY,
                               {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))
    out.extend(added)


def _arm_regiments(text: str, out: list) -> None:
    for m in _ARM_RE.finditer(text):
        number = int(_NUMBER.match(m.group("n")).group())
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_arm_regiment_name", PRIORITY - 4,
                             {"numbers": [number], "echelon": "团", "prefix": "骑兵", "side": None, "id": None}))


def _fortified_regions(text: str, out: list) -> None:
    for m in _FORTIFIED_RE.finditer(text):
        numbers = [int(n) for n in _NUMBER.findall(m.group("u").split("Fortified")[0])]
        out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_fortified_region", PRIORITY,
                             {"numbers": numbers, "echelon": "筑垒地域", "prefix": "", "side": None, "id": None}))


def find_reference_units(text: str, out: list) -> None:
    if " Army" in text or " Navy" in text or " Air Force" in text or " Marine Corps" in text:
        _services(text, out)
    if "Horse" in text or "Cavalry" in text:
        _arm_regiments(text, out)
    if "Fortified Region" in text:
        _fortified_regions(text, out)

