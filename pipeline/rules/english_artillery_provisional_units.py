"""English MIL_UNIT forms (session 19, helper s19enunit; audit of Nomonhan, Chosin, Imjin, Opium War, Huaihai,
Liaoshen, Weihaiwei, Kunlun Pass, Myitkyina and Korean War memoir pages):

- An artillery regiment by its number and its corps' name (`the 45th Royal Artillery`, `the 7th Field Artillery`,
  `the 3rd Royal Horse Artillery`): one MIL_UNIT from the number to `Artillery` (guideline 3: a numbered unit
  written with its corps is one span), 团, prefix 炮兵; the corps alone (`Royal Artillery`) was read before and the
  number left out. Not before a further echelon word (`45th Field Artillery Battalion` is the numbered grammar's).

- A US provisional unit by a bare four-figure number (`the 5307 Composite Unit`, `5318 Air Unit`): one MIL_UNIT, as
  `5307th Composite Unit` of the numbered grammar; no year-shaped number (1800-2099).
- A youth, peace, press, diplomatic or consular corps is no MIL_UNIT (`the San Min Chu I Youth Corps` is a party's
  youth organisation; a roman `I` before it is no corps number).
- A rank's abbreviation with its full stop read as a name (`and Cpl. X`) is no PERSON (guideline 1).
- A single capitalised word coordinated with a one-word PERSON before a verb or a stop (`Nogi and Oku attacked`,
  `Oku and Nogi met`, `Kuroki, Oku and Nozu advanced`): PERSON, where no finder read the word and it is no everyday
  English word (coordinated nouns share their class); a sentence's first word only before the PERSON.

Related classes of the same session live where their grammar is: the arm before the number (`Infantry 3rd
Division`) and `or` between ordinals sharing an echelon (`the 12th or 15th Regiment`) in english_grammar; a
platoon heading a comma chain in english_designations; an articled alternative (`the 2nd or the 3rd Battalion`)
in english_span_edges; a code name in capitals after `Task Force` in english_units; the missing Mandarin
syllables (lun, den, nou, nun, rua) in romanisation_wg.tsv.
Written for zhanji from the forms British and US army histories use, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.normalize.english_unit_values import parse_ordinal
from pipeline.rules.english_grammar import ORD
from pipeline.spans import Candidate

PRIORITY = 63                 # above the corps' lexicon reading and the numbered grammar (60)

ARTILLERY_RE = re.compile(
    rf"(?<![\w/.-])(?P<n>{ORD})[ \t]+(?:Royal[ \t]+)?(?:(?:Horse|Field|Garrison|Mountain|Coast|Medium)[ \t]+)?Artillery"
    r"(?![\w-])(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Regiment|Battalion|Brigade|Battery|Batteries|Group|Division|Corps"
    r"|Command|Section|Park|Company|Squadron|School|Depot)s?\b)")
_DIGITS = re.compile(r"\d+")


# The US Army's provisional units of the CBI by a bare four-figure number (`the 5307 Composite Unit`, `the 5318 Air
# Unit`): no year (1800-2099) and no figure after a comma, a point or a currency sign.
FOUR_FIGURE_RE = re.compile(
    r"(?<![\w,.$£¥/-])(?!1[89]\d\d|20\d\d)(?P<n>[1-9]\d{3})[ \t]+(?:(?:Composite|Air|Provisional|Quartermaster|Signal"
    r"|Engineer|Ordnance|Medical|Service|Base)[ \t]+)?(?P<e>Unit|Brigade|Group|Regiment|Battalion|Squadron)(?![\w-])")
_FOUR_ECHELON = {"Unit": ("部队", "unit"), "Brigade": ("旅", "brigade"), "Group": ("大队", "group"),
                 "Regiment": ("团", "regiment"), "Battalion": ("营", "battalion"), "Squadron": ("中队", "squadron")}


# corps that are no armed formation: a party's youth corps, the diplomatic and press corps
_CIVIL_CORPS = re.compile(r"(?:Youth|Peace|Press|Diplomatic|Consular)[ \t]+Corps\Z")


# a rank's abbreviation with its full stop is no name ('and Cpl. X', 'and Pvt. Y'; guideline 1: ranks are outside)
_RANK_ABBREVIATIONS = frozenset("Cpl Pvt Pte Sgt Lt Col Gen Maj Capt Brig Adm Cdr Pfc Cmdr Lcpl".split())


def find_artillery_provisional_units(text: str, out: list) -> None:
    """Append the candidates of the module's forms."""
    if " and " in text or ", " in text:
        _coordinated_surnames(text, out)
    if "Corps" in text:
        out[:] = [c for c in out if not (c.label == "MIL_UNIT" and _CIVIL_CORPS.search(text, c.start, c.end))]
    if "." in text:
        out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end] in _RANK_ABBREVIATIONS
                                         and text.startswith(".", c.end))]
    for m in FOUR_FIGURE_RE.finditer(text):
        start, end = m.span()
        if any(c.start < end and start < c.end and c.label == "MIL_UNIT" for c in out):
            continue
        out[:] = [c for c in out if not (c.start < end and start < c.end)]
        echelon, key = _FOUR_ECHELON[m.group("e")]
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_four_figure_unit", PRIORITY,
                             {"numbers": [int(m.group("n"))], "echelon": echelon, "echelon_key": key, "prefix": "",
                              "side": None, "id": None}))
    if "Artillery" not in text:
        return
    for m in ARTILLERY_RE.finditer(text):
        number = parse_ordinal(m.group("n"))
        if number is None:
            continue
        start, end = m.span()
        out[:] = [c for c in out if not (c.start < end and start < c.end and c.label != "MIL_UNIT")]
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_numbered_artillery", PRIORITY,
                             {"numbers": [number], "echelon": "团", "echelon_key": "regiment", "prefix": "炮兵",
                              "side": "UK" if "Royal" in m.group() else None, "id": None}))


# ----------------------------------------------------------------------------- coordinated surnames
# A single capitalised word coordinated with a one-word PERSON before a verb or a stop (`Nogi and Oku attacked`,
# `Kuroki, Oku and Nozu advanced`, `Oku and Nogi met`): a PERSON too, where no finder read the word and it is no
# everyday English word (a short surname no lexicon holds; coordinated nouns share their class).
_WORD = r"[A-Z][a-z]{1,14}"
_VERB_OR_STOP = (r"(?=[ \t]*[,.;:)]|[ \t]+and[ \t]+[A-Z]|[ \t]+(?:[a-z]{2,14}ed|were|was|had|would|held|led|fought|met|took|sent|began|made"
                 r"|agreed|withdrew|drew|fell|struck|broke|ran|won|lost|kept|gave|came|went|stood|knew|thought|saw)\b)")
AFTER_PERSON_RE = re.compile(rf"(?:[ \t]+(?:and|or)[ \t]+|,[ \t]*(?:and[ \t]+)?)(?P<w>{_WORD}){_VERB_OR_STOP}")
BEFORE_PERSON_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<w>{_WORD})(?:[ \t]+(?:and|or)[ \t]+|,[ \t]*)\Z")


# titles written short are no surname (`Morrison and Mr. Subbione`: not `Mr`; session 33, w33enper)
_ABBREVIATED_TITLES = frozenset("Mr Mrs Ms Dr Messrs Mme Mlle Mgr Rev Revd Col Gen Capt Lt Maj Sgt Cpl Pte Adm Cdr Brig "
                                "Sr Jr St Esq Hon Prof".split())


def _coordinated_surnames(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START, NOT_PERSON_WORDS  # noqa: PLC0415
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    persons = [c for c in out if c.label == "PERSON" and " " not in text[c.start:c.end]
               and text[c.start:c.end][:1].isupper()]
    found = []

    def free(start: int, end: int, word: str) -> bool:
        return not (word in NOT_NAME_START or word in NOT_PERSON_WORDS or common_word(word) or word in _ABBREVIATED_TITLES
                    or any(c.start < end and start < c.end for c in out))

    for p in persons:
        m = AFTER_PERSON_RE.match(text, p.end)
        if m and free(m.start("w"), m.end("w"), m.group("w")):
            found.append(Candidate(m.start("w"), m.end("w"), "PERSON", "rule:en_coordinated_surname", 30))
        b = BEFORE_PERSON_RE.search(text, max(0, p.start - 24), p.start)
        if b and free(b.start("w"), b.end("w"), b.group("w")) and _VERB_AFTER.match(text, p.end):
            before = text[max(0, b.start() - 3):b.start()].rstrip(" \t")
            if not before or before[-1] in ".!?\n\"\u201c(":     # a sentence's first word is too often a common one
                continue
            found.append(Candidate(b.start("w"), b.end("w"), "PERSON", "rule:en_coordinated_surname", 30))
    out.extend(found)


_VERB_AFTER = re.compile(_VERB_OR_STOP)
