"""Operation code names in English text, and two repairs of other finders' names.

`find_code_names(text, out)` (one paragraph at a time, after the generators before it):
- EVENT: a code name in quotes before what it names ("the 'Watchtower' landing") and one in capitals after a word
  for a plan ('the new strategy (EXTENDED CAPITAL)', 'code-named MATTERHORN');
- repairs: a PERSON ending with a flag caption's first word ('Sir John Smyth Empire of Japan' -> 'John Smyth'); a
  lower-case 'battle of the X' followed by its head ('the air battle of the Pacific campaign' -> EVENT 'Pacific
  campaign').

`find_code_named_forces(text, out)` (MIL_UNIT): words in capitals before `Force|Column|Group|Task Force` (`ARROW
Force`, `END RUN Force`), each an everyday English word written in capitals or a long pronounceable word no lexicon
reads (`GALAHAD Force`); not an abbreviation (`HQ`, `USA`, `RAF Group`); a code name in capitals after a unit and `,
known as|code-named` (`the 5th Regiment, known as THUNDER,`); first seen on session 19's held-out English passages
(session 19 round 2, helper r19en; moved here from english_heldout19b in session 24).

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate
from pipeline.normalize import english as norm_en
from pipeline.rules.english_name_boundaries import not_name
from pipeline.rules.english_person_clauses import everyday_word
from pipeline.rules.english_roc_prc_pairs import lexicon_names

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

# ----------------------------------------------------------------------------- repairs of other candidates
LOWER_BATTLE_OF = re.compile(rf"battle[ \t]+of[ \t]+the[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?P<h>campaign|war|theatre|theater)(?![\w-])")
FLAG_WORDS = ("Empire", "Republic", "Kingdom", "Flag", "United")


def _repair(text: str, out: list) -> None:
    """Candidates of the other finders that run into the next name: a PERSON ending with a flag caption's first
    word ('Sir John Smyth Empire of Japan' -> 'John Smyth'); a lower-case 'battle of the X' followed by its
    head ('the air battle of the Pacific campaign' -> EVENT 'Pacific campaign')."""
    flags = any(w in text for w in FLAG_WORDS)
    battles = "battle of the " in text
    if not flags and not battles:
        return
    for i, cand in enumerate(out):
        if flags and cand.label == "PERSON" and text.endswith(FLAG_WORDS, cand.start, cand.end):
            words = text[cand.start:cand.end].split()
            if len(words) >= 3 and (words[-1] == "United" or text.startswith(" of", cand.end)):
                cut = text.rfind(" ", cand.start, cand.end)
                out[i] = Candidate(cand.start, cut, cand.label, cand.source, cand.priority, cand.norm)
        elif battles and cand.label == "EVENT" and text.startswith("battle of the ", cand.start):
            m = LOWER_BATTLE_OF.match(text, cand.start)
            if m:
                out[i] = Candidate(m.start("n"), m.end("h"), "EVENT", "rule:en_lower_battle_head", cand.priority)


# ----------------------------------------------------------------------------- code names
# a code name in quotes before what it names ("the 'Watchtower' landing": codenames.info style) and one in capitals
# after a word for a plan ('the new strategy (EXTENDED CAPITAL)', 'code-named MATTERHORN': pwencycl style): EVENT
QUOTED_CODE = re.compile(r"['\u2018](?P<c>[A-Z][a-z]{3,20}(?:[ \t][A-Z][a-z]{3,20})?)['\u2019][ \t]+(?:landings?|operations?"
                         r"|offensive|raids?|plan|assault|attack|invasion|undertaking|effort)(?![\w-])")
CAPS_CODE = re.compile(r"(?:[Ss]trategy|[Pp]lan|[Oo]peration|[Cc]ode-?[ \t]?named|[Cc]ode[ \t]name)[ \t]+\(?(?P<c>[A-Z]{4,}"
                       r"(?:[ \t-][A-Z]{4,}){0,2})(?![\w-])\)?")


def _code_names(text: str, out: list) -> None:
    if "'" in text or "\u2018" in text:
        for m in QUOTED_CODE.finditer(text):
            out.append(Candidate(m.start("c"), m.end("c"), "EVENT", "rule:en_quoted_code_name", 56))
    for literal in ("trategy", "lan ", "lan (", "peration ", "ode-named", "odenamed", "ode named", "ode name"):
        for at in _finds(text, literal):
            m = CAPS_CODE.match(text, at - 1)
            named = m is not None and text.startswith("peration " + m.group("c"), at)   # 'Operation CRIMP'
            if m and (" " in m.group("c") or "-" in m.group("c") or len(m.group("c")) >= 6 or named):
                # not an acronym after a plan ('the SEAC plan'); right after "Operation" a word in capitals is the
                # code name whatever its length (Operation CRIMP; session 16)
                start = m.start() if named else m.start("c")
                out.append(Candidate(start, m.end("c"), "EVENT", "rule:en_caps_code_name", 56))


def find_code_names(text: str, out: list) -> None:
    _repair(text, out)
    _code_names(text, out)


UNIT_PRIORITY = 58

CODE_FORCE_RE = re.compile(r"(?<![\w-])(?P<n>[A-Z]{2,12}(?:[ \t][A-Z]{2,12}){0,2})[ \t]+"
                           r"(?:Task[ \t]+Force|Force|Column|Group)(?![\w-])")
KNOWN_AS_RE = re.compile(r",[ \t]+(?:also[ \t]+|later[ \t]+)?(?:known[ \t]+as|code-?named|codenamed)[ \t]+"
                         r"(?P<n>[A-Z]{3,12}(?:[ \t][A-Z]{2,12}){0,2})(?=[,;.)])")
_LOWER_UNIT_BEFORE = re.compile(r"(?:\b(?:task[ \t]+force|force|column|group|brigade|regiment|battalion|division|"
                                r"detachment|unit)|[Tt]he[ \t]+\w+[ \t]+(?:force|column))\Z")

_VOWELS = re.compile(r"[AEIOUY]")

_FUNCTION_WORDS = frozenset("THE AND FOR WITH FROM INTO ONTO OVER UNDER THIS THAT THESE THOSE ITS HIS HER THEIR OUR "
                            "ALL ANY NOT BUT".split())


def _code_word(word: str, names: dict) -> bool:
    """A code word: an everyday English word in capitals (not a function word, a people's or side's adjective) or
    a long pronounceable word (`GALAHAD`); never an abbreviation (`HQ`, `USA`, `SEATO`) nor a lexicon name."""
    if word in names or len(word) < 3 or word in _FUNCTION_WORDS or not_name(word.capitalize()):
        return False
    return everyday_word(word) or len(word) >= 6 and len(_VOWELS.findall(word)) >= 2


def _code_forces(text: str, out: list) -> None:
    names = lexicon_names()
    for m in CODE_FORCE_RE.finditer(text):
        s, e = m.span()
        words = m.group("n").split()
        if not all(_code_word(w, names) for w in words):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if sum(ch.islower() for ch in line) < len(line) // 4:
            continue          # a heading in capitals
        if any(c.start < e and s < c.end and (c.start < s or c.end > e) for c in out):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_code_force19b", UNIT_PRIORITY,
                             norm_en.normalize_unit_en(text[s:e], "")))
    for m in KNOWN_AS_RE.finditer(text):
        before = text[:m.start()]
        unit = [c for c in out if c.label == "MIL_UNIT" and c.end == m.start()]
        if not (unit or _LOWER_UNIT_BEFORE.search(before)):
            continue
        s, e = m.span("n")
        if not all(_code_word(w, names) for w in m.group("n").split()):
            continue
        if any(c.start < e and s < c.end for c in out):
            continue
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_code_name19b", UNIT_PRIORITY,
                             dict(unit[0].norm or {}) if unit else {}))   # the alias names the unit before it


def find_code_named_forces(text: str, out: list) -> None:
    if "Force" in text or "Column" in text or "Group" in text or "known as" in text or "named" in text:
        _code_forces(text, out)
