"""Armed forces named by a nation, expeditionary forces, forces 'in the <Region>' and a navy's squadrons, in English
text.

`find_nation_forces(text, out)` (MIL_UNIT):
- armed forces named by a nation ('the Philippine Army', 'the German Navy', 'the Dutch Air Force'; the sides whose
  '<nation> Army' the guidelines read as generic stay out), expeditionary forces ('Far East Expeditionary Corps',
  'British Expeditionary Force': an expeditionary corps is 军) and forces 'in the <Region>' ('U.S. Army Forces in the
  Far East'): without echelon;
- a navy's own squadron or fleet written with it ('Royal Navy China Squadron', 'Imperial Japanese Navy 2nd Fleet'):
  one span, the nationality before it outside.

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.spans import Candidate

@lru_cache(maxsize=1)
def _demonyms() -> str:
    """National adjectives of demonyms_en.tsv as a regex alternation (longest first)."""
    from pipeline.rules.english_lexicon import demonyms, trie_regex  # noqa: PLC0415

    return f"(?:{trie_regex(sorted(demonyms()))})"


# ----------------------------------------------------------------------------- forces named by a nation
FORCE_HEAD = r"(?:Army|Navy|Air[ \t]+Force|Marine[ \t]+Corps|Armed[ \t]+Forces|Naval[ \t]+Forces|National[ \t]+Guard)"
# the side whose '<nation> Army' is read as generic (rule 5: 国军); its named forces are in forces_en.tsv (National
# Revolutionary Army). Session 31 (w31en): `the Japanese Army`, `the American Army` written with a capital are the
# state's named force in every gold of the English development sets (5 of 5 in audit24, audit27, real-dev8; none
# left), as `the British Army`, `the Philippine Army`, `the German Navy` are; the lower-case `the Japanese army`
# (the side's troops) is no match of the head.
GENERIC_NATIONS = frozenset({"Chinese"})
FORCE_HEAD_RE = re.compile(rf"(?<![\w-]){FORCE_HEAD}(?![\w-])")
FORCE_ANCHOR = re.compile(r"Army|Navy|Air Force|Corps|Forces|Guard|Force|[Ff]leet|[Ss]quadron")


@lru_cache(maxsize=1)
def _force_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    nation = _demonyms()
    by_nation = re.compile(rf"(?<![\w-])(?:{nation})[ \t]+(?:Imperial[ \t]+|Royal[ \t]+|National[ \t]+|Regular[ \t]+)?$")
    expeditionary = re.compile(r"(?<![\w-])(?P<u>(?:[A-Z][a-z]+[ \t]+){1,3}Expeditionary[ \t]+(?P<h>Corps|Force|Forces|Army))"
                               r"(?![\w-])")
    in_region = re.compile(rf"(?<![\w-])(?P<u>(?:(?:U\.S\.|US|United[ \t]+States|{nation})[ \t]+)?(?:Army[ \t]+)?"
                           r"(?:Armed[ \t]+)?Forces[ \t]+(?:in|of)[ \t]+the[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?![\w-])")
    return by_nation, expeditionary, in_region


# fleets and squadrons named by a sea or region ('the Baltic fleet', 'the East Asiatic Squadron', 'the China
# Squadron'); with a lower-case head only after a sea or compass word (not 'the Japanese fleet')
FLEET_RE = re.compile(r"(?<=\b[Tt]he )(?P<f>(?:[A-Z][a-z]+[ \t]+){1,3}(?P<h>Fleet|Squadron|fleet|squadron))(?![\w-])")
SEA_WORDS = frozenset("Baltic Pacific Atlantic Asiatic Mediterranean Black North South East West Northern Southern "
                      "Eastern Western Home Channel Arctic Caribbean Yellow".split())
FLEET_STOP = frozenset("The A An His Her Its Their Our Combined Allied Main Grand Whole Entire First Second Third "
                       "Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
CAPITAL_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:The|A|An|In|On|At|By|Of|From|With|And|Under|To|For|When|While|As|But|Then)[ \t])"
                            r"[A-Z][\w'\u2019-]*[ \t]+$")
FORCE_NOT_AFTER = re.compile(r"[ \t]+(?:Group|Groups|Corps|Command|Division|Headquarters|Area|Air|Reserve|Officer|[A-Z])")
EXPEDITIONARY_STOP = frozenset("The A An In Of Its His Their This That".split())


def forces(text: str, out: list) -> None:
    if not FORCE_ANCHOR.search(text):
        return
    by_nation, expeditionary, in_region = _force_res()
    for head in FORCE_HEAD_RE.finditer(text):      # the head first, the nation read back before it
        m = by_nation.search(text, max(0, head.start() - 48), head.start())
        if m is None or head.start() - m.start() > 48:
            continue
        if CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) or FORCE_NOT_AFTER.match(text, head.end()):
            continue        # part of a longer name: 'Collaborationist Chinese Army', 'Soviet Mongolian Army Group'
        if m.group().split()[0] in GENERIC_NATIONS:
            continue        # 'the Chinese Army': the side's troops (rule 5)
        start = m.start()
        qualifier = re.search(r"(?:Royal|Imperial)[ \t]+$", m.group())
        if qualifier:       # 'British Royal Air Force' -> 'Royal Air Force': the nationality outside (README conventions)
            start = m.start() + qualifier.start()
        out.append(Candidate(start, head.end(), "MIL_UNIT", "rule:en_nation_force", 62,
                             {"en_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "Expeditionary" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in expeditionary.finditer(text):
            if any(text[s:m.end("u")] in names for s in [m.start("u")] + [i + 1 for i in range(m.start("u"), m.end("u"))
                                                                      if text[i] == " "]):
                continue            # a named force of the lexicon ('China Expeditionary Army'): its own norm
            start = m.start("u")
            words = m.group("u").split()
            while words and words[0] in EXPEDITIONARY_STOP:
                start += len(words[0]) + 1
                words.pop(0)
            echelon = "军"          # 远征军: the Chinese, British and French expeditionary corps and forces alike
            out.append(Candidate(start, m.end("u"), "MIL_UNIT", "rule:en_expeditionary", 62,
                                 {"en_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    if "Forces in the" in text or "Forces of the" in text:
        for m in in_region.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_forces_in", 63,
                                 {"en_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "leet" in text or "quadron" in text:
        for m in FLEET_RE.finditer(text):
            words, start = m.group("f").split(), m.start("f")
            if len(words) > 1 and re.fullmatch(_demonyms(), words[0]):
                start += len(words.pop(0)) + 1      # the nationality is outside: 'the Chinese | Beiyang Fleet'
            if words[0] in FLEET_STOP or (m.group("h").islower() and words[0] not in SEA_WORDS):
                continue
            out.append(Candidate(start, m.end("f"), "MIL_UNIT", "rule:en_named_fleet", 61,
                                 {"en_hint": {"numbers": [], "echelon": "舰队", "prefix": ""}}))


# a navy's own squadron or fleet written with it ('Royal Navy China Squadron', 'Imperial Japanese Navy 2nd Fleet'):
# one span (the named force stays inside the designation, rule 2), the nationality before it outside
NAVY_UNIT_RE = re.compile(r"(?<![\w-])(?P<f>(?:Royal|Imperial|Soviet|Red|[A-Z][a-z]+[ \t]+[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?[ \t]+Navy[ \t]+"
                          r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:Fleet|Squadron))(?![\w-])")


def navy_units(text: str, out: list) -> None:
    if "Navy " not in text:
        return
    for m in NAVY_UNIT_RE.finditer(text):
        start, words = m.start("f"), m.group("f").split()
        if len(words) > 3 and re.fullmatch(_demonyms(), words[0]) and words[1] in ("Royal", "Imperial", "Red"):
            start += len(words[0]) + 1          # 'British | Royal Navy China Squadron'
        numbers = [int(m.group("n"))] if m.group("n") else []
        out.append(Candidate(start, m.end("f"), "MIL_UNIT", "rule:en_navy_unit", 63,
                             {"en_hint": {"numbers": numbers, "echelon": "舰队", "prefix": ""}}))


def find_nation_forces(text: str, out: list) -> None:
    forces(text, out)
    navy_units(text, out)
