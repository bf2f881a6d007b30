"""Corps and arms of service named by their arm, without a number (session 31, helper w31en, from the cross-set reading
of the English development errors: audit26, audit29, real-dev7).

An army's corps of an arm is a named formation (spec: MIL_UNIT, a designated formation or command, named armed forces),
written with a capital and no number: `the Tank Corps`, `the Machine Gun Corps`, `the Camel Corps`, `the Israeli
Armored Corps` (the side outside, rule 2), `the Army Service Corps`; a county's volunteer cavalry `the Essex Yeomanry`,
`the Imperial Yeomanry`; `the Mounted Infantry` of the colonial wars, and `the Home Guard`. The English golds tag every
`<X> Corps` written so (Burma Corps, Royal Flying Corps, Far East Expeditionary Corps); the lexicon knows the royal
ones (`Royal Tank Corps`), which stay as they are (a longer reading wins).

`find_arm_corps(text, out)`: only where ` Corps`, `Yeomanry`, `Mounted Infantry` or `Home Guard` is written; the arm
word right before `Corps` is one of the arms of service (a closed list from how English armies name their corps, not
from any annotated set), a capitalised `Royal` or `Army` before it belongs to the name; before `Yeomanry` one or two
capitalised words that are no article, preposition or side's adjective. No echelon (a corps of an arm is no 军).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 40                       # below the lexicon: `Royal Flying Corps` keeps its norm
_ARMS = ("Tank|Armoured|Armored|Machine[ \t]+Gun|Motor[ \t]+Machine[ \t]+Gun|Camel|Cyclist|Signal|Signals|Medical"
         "|Service|Ordnance|Engineer|Engineers|Labour|Labor|Veterinary|Pay|Intelligence|Flying|Chemical|Balloon|Remount"
         "|Transport|Military[ \t]+Police|Provost|Pioneer|Dental|Nursing|Education|Parachute|Artillery|Cavalry")
_CORPS_RE = re.compile(rf"(?<![\w-])(?:(?:Royal|Army|Indian|Imperial)[ \t]+){{0,2}}(?:{_ARMS})[ \t]+Corps(?![\w-])")
_WORD = r"[A-Z][a-z]{2,15}"
_YEOMANRY_RE = re.compile(rf"(?<![\w-])(?P<n>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+Yeomanry(?![\w-])")
_FIXED_RE = re.compile(r"(?<![\w-])(?:Mounted[ \t]+Infantry|Home[ \t]+Guard)(?![\w-])")
_STOP = frozenset("The A An In At On Of By For From To With Into And Or But His Her Its Their This That British "
                  "English Scottish Welsh Irish Colonial Volunteer Volunteers".split())
_NOT_AFTER = re.compile(r"[ \t]+(?:Regiment|Brigade|Division|Battalion|Company|Squadron|Headquarters|Depot|School)\b")


def _hint() -> dict:
    return {"en_hint": {"numbers": [], "echelon": "", "prefix": ""}}


def find_arm_corps(text: str, out: list) -> None:
    """Corps of an arm, county yeomanry, the Mounted Infantry and the Home Guard (see the module doc)."""
    if " Corps" in text:
        for m in _CORPS_RE.finditer(text):
            if text[m.start() - 1:m.start()].isdigit() or re.search(r"\d(?:st|nd|rd|th|d)?[ \t]+$",
                                                                    text[max(0, m.start() - 8):m.start()]):
                continue                 # a numbered corps is the designation finders' ('1st Cavalry Corps')
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_arm_corps", PRIORITY, _hint()))
    if "Yeomanry" in text:
        for m in _YEOMANRY_RE.finditer(text):
            words = [w for w in re.finditer(r"\S+", m.group("n"))]
            while words and words[0].group() in _STOP:
                words.pop(0)
            if not words or _NOT_AFTER.match(text, m.end()):
                continue
            start = m.start("n") + words[0].start()
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_yeomanry", PRIORITY, _hint()))
    if "Mounted" in text or "Home Guard" in text:
        for m in _FIXED_RE.finditer(text):
            if re.search(r"\d(?:st|nd|rd|th|d)?[ \t]+$", text[max(0, m.start() - 8):m.start()]):
                continue                 # '5th Mounted Infantry': the designation finders'
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_arm_corps", PRIORITY, _hint()))
