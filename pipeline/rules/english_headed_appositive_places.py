"""English places and facilities read by their head word, their joined names, an appositive of their kind or their
Vietnamese spelling.

- `find_headed_appositive_places(text, out)`: headlands and walls by their head word (`Taivu Point` LOC, `Tartar
  Wall` FAC; none of the words an English common word or a clause opener: `Turning Point`, `West Point` are left);
  railways and lines named by the two places they join (`Peking-Hankau line` FAC, one of them a known place); a name
  glossed by an appositive of its kind (`Kanggye, a town in the north` GPE; island/hill/river… LOC, fort FAC).
- `find_vietnamese_river_banks(text, out)`: names in Vietnamese spelling (one to four capitalised syllables, one
  with a
  letter only Vietnamese uses) after a place preposition (GPE/LOC/FAC by their head) or a title (PERSON); the river of
  a `Bank of the X River` (LOC, no ORG).

Provenance: first seen by auditing fresh English pages (session 10 on, helper auditen1 and later audits); was
english_audit_place_forms with the generators of english_audit_forms, renamed in session 24.
"""

from __future__ import annotations

import re

from pipeline.rules.english_possessive_titled_names import LOWER, NOT_PERSON, UPPER, covered
from pipeline.spans import Candidate

_BANK_RE = re.compile(r"\b(?:(?:Left|Right|North|South|East|West|Northern|Southern|Eastern|Western)[ \t]+)?Bank"
                      r"[ \t]+of[ \t]+the[ \t]+(?P<river>(?:[A-Z][\w'\u2019-]{1,20}[ \t]+){1,3}River)\b")


def _river_banks(text: str, out: list) -> None:
    for m in _BANK_RE.finditer(text):
        drop = [c for c in out if c.label == "ORG" and c.start <= m.start("river") and m.end("river") <= c.end
                and c.start < m.start("river")]
        for c in drop:
            out.remove(c)
        if drop or not covered(out, m.start("river"), m.end("river"), None):
            out.append(Candidate(m.start("river"), m.end("river"), "LOC", "rule:en_river_bank", 40))


_HEAD_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?P<n>[{UPPER}][{LOWER}'\u2019]{{1,20}}(?:[ \t]+[{UPPER}][{LOWER}'\u2019]{{1,20}})?)"
                           r"[ \t]+$")
HEAD_STOP = frozenset("The A An In At On Of By For From To With Into Across Along Near Over Under After Before "
                       "During When While Since Until And Or But Then Its His Her Their This That These Those North "
                       "South East West Northern Southern Eastern Western Central Upper Lower Japanese Chinese British "
                       "American Allied Soviet Russian Korean Indian Burmese Nationalist Communist Enemy Great City "
                       "Old New Main Outer Inner Front Rear High Low Sea Stone Brick Mud".split())


def _headed(text: str, out: list, head: str, label: str) -> None:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    pos = text.find(" " + head)
    while pos >= 0:
        end = pos + 1 + len(head)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-'\u2019"):
            m = _HEAD_NAME_RE.search(text, max(0, pos - 44), pos + 1)
            if m:
                words = m.group("n").split()
                start = m.start("n")
                while words and words[0] in HEAD_STOP:
                    start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
                    words = words[1:]
                if words and start >= 0 and not any(common_word(w) for w in words) \
                        and not any(c.start < end and start < c.end and c.label not in ("GPE", "LOC", "PERSON")
                                    for c in out):
                    for c in [c for c in out if c.start >= start and c.end <= end and c.label in ("GPE", "LOC", "PERSON")]:
                        out.remove(c)
                    out.append(Candidate(start, end, label, "rule:en_audit_head", 44))
        pos = text.find(" " + head, end)


_JOINED_LINE_RE = re.compile(rf"(?<![\w'\u2019-])(?P<a>[{UPPER}][{LOWER}]{{2,20}})[-\u2013](?P<b>[{UPPER}][{LOWER}]{{2,20}})"
                             r"[ \t]+\Z")


def _joined_line_matches(text: str):
    for word in ("line", "railway", "railroad", "Railway", "Railroad", "Line"):
        pos = text.find(" " + word)
        while pos >= 0:
            end = pos + 1 + len(word)
            if end >= len(text) or not (text[end].isalnum() or text[end] in "-"):
                m = _JOINED_LINE_RE.search(text, max(0, pos - 44), pos + 1)
                if m:
                    yield m, end
            pos = text.find(" " + word, end)


def _joined_lines(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = None
    for m, end in _joined_line_matches(text):
        if names is None:
            names = english_names()
        if m.group("a") in NOT_PERSON or m.group("b") in NOT_PERSON or m.group("a").endswith("o"):
            continue          # 'Anglo-French line', 'Sino-Japanese line': peoples, not places
        known = [names.get(m.group(g)) for g in ("a", "b")]
        if not any(k is not None and k[0] in ("GPE", "LOC") for k in known):
            continue
        if any(c.label == "FAC" and c.start <= m.start() and end <= c.end for c in out):
            continue
        for c in [c for c in out if c.start >= m.start() and c.end <= end and c.label in ("GPE", "LOC")]:
            out.remove(c)
        out.append(Candidate(m.start(), end, "FAC", "rule:en_joined_line", 46))


_APPOSITIVE_RE = re.compile(
    r",[ \t]+an?[ \t]+(?:(?:small|large|little|big|tiny|fortified|walled|market|coastal|mountain|border|key|"
    r"strategic|rocky|wooded|nearby|fishing|river|important|major|minor|remote|frontier)[ \t]+){0,2}"
    r"(?P<k>island|islet|village|town|hamlet|city|port|river|stream|mountain|peak|hill|pass|valley|bay|fort|fortress)"
    r"(?![\w-])")
_APPOSITIVE_LABEL = {"island": "LOC", "islet": "LOC", "river": "LOC", "stream": "LOC", "mountain": "LOC",
                     "peak": "LOC", "hill": "LOC", "pass": "LOC", "valley": "LOC", "bay": "LOC", "village": "GPE",
                     "town": "GPE", "hamlet": "GPE", "city": "GPE", "port": "GPE", "fort": "FAC", "fortress": "FAC"}

_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>[{UPPER}][{LOWER}'\u2019-]{{1,20}}(?:[ \t]+[{UPPER}][{LOWER}'\u2019-]{{1,20}}){{0,2}})$")


def _appositives(text: str, out: list) -> None:
    for m in _APPOSITIVE_RE.finditer(text):
        name = _NAME_BEFORE_COMMA.search(text[max(0, m.start() - 64):m.start()])
        if not name:
            continue
        words = name.group("n").split()
        start = m.start() - len(name.group("n"))
        while words and words[0] in HEAD_STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if not words or start < 0 or words[0] in NOT_PERSON:
            continue
        end = m.start()
        label = _APPOSITIVE_LABEL[m.group("k")]
        if any(c.start <= start and end <= c.end for c in out):
            continue          # read already as a whole (or inside a longer name)
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue          # crossing another reading
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC")]:
            out.remove(c)
        out.append(Candidate(start, end, label, "rule:en_appositive_kind", 44))


_VIET_ONLY = "\u01a0\u01a1\u01af\u01b0\u0110\u0111\u0102\u0103\u1ea0-\u1ef9"
_VIET_CHAR_RE = re.compile(f"[{_VIET_ONLY}]")
_VIET_LETTERS = f"a-z\u00c0-\u00ff\u0128\u0129\u0168\u0169{_VIET_ONLY}"   # with ĩ ũ (Vĩnh, Dũng)
_VIET_RUN_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>[A-Z\u00c0-\u00de{_VIET_ONLY}][{_VIET_LETTERS}]{{0,7}}"
    rf"(?:[ \t]+[A-Z\u00c0-\u00de{_VIET_ONLY}][{_VIET_LETTERS}]{{0,7}}){{0,3}})(?![\w'\u2019-])")
_PLACE_PREP_RE = re.compile(r"\b(?:of|at|in|from|to|near|toward|towards|into|around|outside|across|beyond|reached|"
                            r"captured|took|occupied|evacuated|besieged)[ \t]+(?:the[ \t]+(?:village|town|city|"
                            r"citadel|fortress|province)[ \t]+of[ \t]+)?\Z")
_PERSON_TITLE_RE = re.compile(r"\b(?:General|Emperor|King|President|Prince|Marshal|Colonel|Commander|Mandarin|"
                              r"Viceroy|Governor|Minister|Premier|Lieutenant|Captain|Major|Admiral|Mr|Dr)\.?[ \t]+\Z")

# an infobox's place row ('- Place: , Ấp Bắc, Châu Thành, Định Tường Province'): every name of it is a place
_PLACE_ROW_RE = re.compile(r"(?:^|\n)[ \t*\u2022-]*(?:Place|Location)[ \t]*:?[^\n:]{0,40}\Z")
_RUN_TITLE_RE = re.compile(r"(?:General|Emperor|King|President|Prince|Marshal|Colonel|Commander|Mandarin|Viceroy|"
                           r"Governor|Minister|Premier|Lieutenant|Captain|Major|Admiral)[ \t]+")

_VIET_FAC_HEADS = frozenset("Airbase Airfield Airport Airstrip Base Bridge Camp Road Highway Railway Citadel Fort "
                            "Outpost Firebase".split())
_VIET_LOC_HEADS = frozenset("River Mountain Mountains Pass Valley Delta Plateau Hill Hills Island Bay Lake Forest "
                            "Plain Ridge".split())


def _vietnamese(text: str, out: list) -> None:
    done = -1
    for hit in _VIET_CHAR_RE.finditer(text):
        if hit.start() < done:
            continue
        for m in _VIET_RUN_RE.finditer(text, max(0, hit.start() - 40), min(len(text), hit.end() + 40)):
            if not m.start() <= hit.start() < m.end():
                continue
            done = m.end()
            start, end = m.span("n")
            title = _RUN_TITLE_RE.match(text, start, end)   # 'General Vĩnh Lộc': the title opens the run
            if title and _VIET_CHAR_RE.search(text, title.end(), end):
                start = title.end()
            if any(c.start < end and start < c.end for c in out):
                break         # read already (the lexicon's Vietnamese places, a longer name)
            before = text[max(0, start - 40):start]
            if _PERSON_TITLE_RE.search(before):
                label = "PERSON"
            elif _PLACE_PREP_RE.search(before) or _PLACE_ROW_RE.search(before):
                head = text[start:end].split()[-1]
                # the run's own head word decides (auditen6): 'Thân Cửu Nghĩa Airbase' FAC, 'Sông Bé River' LOC
                label = "FAC" if head in _VIET_FAC_HEADS else "LOC" if head in _VIET_LOC_HEADS else "GPE"
            else:
                break
            out.append(Candidate(start, end, label, "rule:en_vietnamese_spelling", 43))
            break


def find_headed_appositive_places(text: str, out: list) -> None:
    if " Point" in text:
        _headed(text, out, "Point", "LOC")
    if " Wall" in text:
        _headed(text, out, "Wall", "FAC")
    if " line" in text or " railway" in text or " railroad" in text or " Railway" in text or " Line" in text:
        _joined_lines(text, out)
    if ", a " in text or ", an " in text:
        _appositives(text, out)


def find_vietnamese_river_banks(text: str, out: list) -> None:
    if _VIET_CHAR_RE.search(text):
        _vietnamese(text, out)
    if "Bank of the" in text:
        _river_banks(text, out)
