"""Events, bodies and places in English forms the other generators miss (session 19, helper s19enevt).

Proposes (each a class read on pages of 1840-1979 history; tests in tests/test_english_place_battles_fronts.py):
- A place name before the head `Battle` (no `of` after it) is one named battle, EVENT (`the Yellow Sea Battle`,
  `the Pingxingguan Battle`): the English of a Chinese `X战役/X海战` keeps the place in the name, as `the Battle
  of X` does (guideline: a named battle is an EVENT; the place inside an EVENT belongs to it). The name must be a
  place the lexicons know or a romanised Chinese word (english_villages.village_word); not `the Great Battle`,
  not `Battle Group`/`Battle Honours` (a capitalised word after the head).
- A person's or country's possessive before an event name is outside the EVENT (`Chiang's Shanghai Massacre` ->
  EVENT `Shanghai Massacre`), as a force's possessive before a unit and an owner's possessive before an
  organisation are (docs/annotation-guidelines.md, English span edges). A common noun before 's stays inside
  (`the People's War`).
- A body written with its parent after `of the` is one ORG, the full official name (guideline 15): `the Military
  Commission of the CPC`, `the Central Committee of the CCP`, `the Standing Committee of the KMT`. Only where the
  pipeline read both halves as ORG and the first ends on a body's head word.
- Two places joined by a hyphen where one is a place the lexicons know and the other a romanised Chinese word
  (`Tianjin-Pudong`, `Nanking-Pukou`, the ends of a railway glossed in brackets) are two places, the unknown one GPE;
  not before a structure word (`the Peking-Suiyuan railway` is a FAC read elsewhere) and not a combining form of a
  nation (`Anglo-`, `Sino-`).
- A list of towns (`A, B, C, and D`, at least three items) where the pipeline read at least two items as GPE and no
  item as anything else: the other items that are romanised Chinese words are GPE too (`such as Anshan, Haicheng,
  Huangkutun, and Hsin-min`; the village rule of english_villages wants a place word right before the list).
- A boundary line read as LOC once (english_boundary_lines, boundary context) is the same line at every later
  mention in
  the paragraph, where its sentence says nothing of borders (`the British followed the Johnson Line`); and a line
  named by two surnames in a boundary context is a LOC too (`the MacDonald McCartney Line (X in China)`).
- A united front of parties is an alliance, ORG (guideline 12: alliances are ORG), with its ordinal or its
  capitalised qualifiers (`the First United Front`, `the Anti-Japanese National United Front`); a department named
  after it keeps its longer reading (`United Front Work Department`).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

EVENT_PRIORITY = 56
ORG_PRIORITY = 46
GPE_PRIORITY = 31

_CAPW = r"[A-Z][a-z'\u2019]{1,20}"
BATTLE_HEAD_RE = re.compile(rf"(?<![\w-])(?P<n>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})[ \t]+Battle(?![\w-])"
                            rf"(?![ \t]+[A-Z])")
POSSESSIVE_HEAD_RE = re.compile(r"(?P<p>[A-Z][\w-]{1,20})['\u2019]s[ \t]+")
_BODY_HEAD = re.compile(r"(?:Committee|Commission|Bureau|Council|Department|Ministry|Secretariat|Politburo|"
                        r"Presidium|Office|Board|Directorate|Section|Conference|Congress)\Z")
OF_THE_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+\Z")
HYPHEN_PAIR_RE = re.compile(r"(?<![\w-])(?P<a>[A-Z][a-z]{2,15})[\u2013-](?P<b>[A-Z][a-z]{2,15})(?![\w-])")
_STRUCTURE_AFTER = re.compile(r"[ \t]+(?:[Rr]ailway|[Rr]ailroad|[Rr]oad|[Hh]ighway|[Ll]ine|[Cc]anal|[Rr]oute|"
                              r"[Tt]runk|[Ss]ection|[Ee]xpress|[Bb]order|[Ff]rontier|[Ww]ar|[Tt]reaty|[Aa]greement)\b")
# the Latin combining forms of nations' names (`Anglo-Chinese`, `Sino-Soviet`): no place
_COMBINING_FORMS = frozenset({"Anglo", "Sino", "Franco", "Russo", "Italo", "Austro", "Indo", "Germano", "Hispano",
                              "Luso", "Graeco", "Greco", "Nippo", "Judeo", "Turco", "Serbo", "Dano", "Swedo"})
LIST_ITEM = r"[A-Z][a-z]{2,15}(?:-[a-z]{2,8}){0,2}"
LIST_RE = re.compile(rf"(?<![\w-])(?P<run>{LIST_ITEM}(?:,[ \t]+{LIST_ITEM}){{1,20}},?[ \t]+and[ \t]+{LIST_ITEM})"
                     rf"(?![\w'\u2019-]|[ \t]+[A-Z])")
UNITED_FRONT_RE = re.compile(r"(?<![\w-])(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+){0,3}United[ \t]+Front(?![\w-])"
                             r"(?![ \t]+[A-Z])")
TWO_NAME_LINE_RE = re.compile(r"(?<![\w-])(?P<l>(?:Ma?c)?[A-Z][a-z]{2,14}[ \t]+(?:Ma?c)?[A-Z][a-z]{2,14}[ \t]+Line)"
                              r"(?![\w-])")


def _names():
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    return english_names()


def village_word(word: str) -> bool:
    from pipeline.rules.english_villages import village_word as village  # noqa: PLC0415

    return village(word)


def _common_word(word: str) -> bool:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    return common_word(word)


def _battles(text: str, out: list) -> None:
    if "Battle" not in text:
        return
    names = _names()
    for m in BATTLE_HEAD_RE.finditer(text):
        words = m.group("n").split()
        while words and names.get(" ".join(words), ("",))[0] not in ("GPE", "LOC") \
                and not (len(words) == 1 and village_word(words[0])):
            words = words[1:]        # `The Yellow Sea Battle`: the name is the place, not the article
        if not words:
            continue
        start = m.end("n") - len(" ".join(words))
        if text[start:m.end("n")] != " ".join(words):
            continue                 # a line break inside the name: left to the others
        end = m.end()
        out[:] = [c for c in out if not (c.start >= start and c.end <= end)]
        out.append(Candidate(start, end, "EVENT", "rule:en_place_battle19", EVENT_PRIORITY, {}))


def possessive_events(text: str, out: list) -> None:
    if "'s " not in text and "\u2019s " not in text:
        return
    for c in [c for c in out if c.label == "EVENT"]:
        m = POSSESSIVE_HEAD_RE.match(text, c.start, c.end)
        if not m or m.end() >= c.end or _common_word(m.group("p")) or not text[m.end()].isupper():
            continue
        out.remove(c)
        out.append(Candidate(m.end(), c.end, "EVENT", c.source, c.priority, c.norm))


def _of_the_bodies(text: str, out: list) -> None:
    if " of the " not in text:
        return
    orgs = sorted((c for c in out if c.label == "ORG"), key=lambda c: c.start)
    for first in orgs:
        if not _BODY_HEAD.search(text[first.start:first.end]):
            continue
        for second in orgs:
            if second.start > first.end and OF_THE_RE.search(text[first.end:second.start]) \
                    and second.start - first.end <= 10:
                out[:] = [c for c in out if not (c.start >= first.start and c.end <= second.end)]
                out.append(Candidate(first.start, second.end, "ORG", "rule:en_body_of_party19", ORG_PRIORITY,
                                     {}))
                break


def _hyphen_pairs(text: str, out: list) -> None:
    if "-" not in text and "\u2013" not in text:
        return
    names = _names()
    for m in HYPHEN_PAIR_RE.finditer(text):
        if _STRUCTURE_AFTER.match(text, m.end()) or names.get(m.group()) is not None:
            continue
        a, b = names.get(m.group("a"), ("",)), names.get(m.group("b"), ("",))
        known = [x[0] in ("GPE", "LOC") for x in (a, b)]
        if known.count(True) != 1:
            continue
        other = m.group("b") if known[0] else m.group("a")
        if other in _COMBINING_FORMS or _common_word(other) or not village_word(other):
            continue
        if any(c.start < m.end() and c.end > m.start() for c in out):
            continue
        for key, info in (("a", a), ("b", b)):
            label = info[0] if info[0] in ("GPE", "LOC") else "GPE"
            norm = {"zh": info[1]} if info[0] in ("GPE", "LOC") else {}
            source = f"lexicon:en_{label.lower()}" if info[0] in ("GPE", "LOC") else "rule:en_hyphen_place19"
            out.append(Candidate(m.start(key), m.end(key), label, source, GPE_PRIORITY, norm))


def _town_lists(text: str, out: list) -> None:
    if ", " not in text:
        return
    for m in LIST_RE.finditer(text):
        items = list(re.finditer(LIST_ITEM, m.group("run")))
        spans = [(m.start("run") + i.start(), m.start("run") + i.end()) for i in items]
        labels = []
        for s, e in spans:
            hit = [c for c in out if c.start < e and c.end > s]
            labels.append(hit[0].label if len(hit) == 1 and (hit[0].start, hit[0].end) == (s, e) else
                          ("?" if hit else None))
        if labels.count("GPE") < 2 or any(lab not in ("GPE", None) for lab in labels):
            continue
        for (s, e), lab in zip(spans, labels):
            word = text[s:e]
            if lab is None and village_word(word) and not _common_word(word):
                out.append(Candidate(s, e, "GPE", "rule:en_town_list19", GPE_PRIORITY, {}))


def _boundary_lines(text: str, out: list) -> None:
    if "Line" not in text:
        return
    from pipeline.rules.english_boundary_lines import BOUNDARY_CONTEXT, DEFENCE_CONTEXT, sentence_around  # noqa: PLC0415

    names = _names()
    for m in TWO_NAME_LINE_RE.finditer(text):
        first = m.group("l").split()[0]
        if names.get(first, ("",))[0] in ("GPE", "LOC") or _common_word(first):
            continue
        sentence = sentence_around(text, m.start(), m.end())
        if not BOUNDARY_CONTEXT.search(sentence) or DEFENCE_CONTEXT.search(sentence):
            continue
        s, e = m.start("l"), m.end("l")
        out[:] = [c for c in out if not (c.start >= s and c.end <= e)]
        out.append(Candidate(s, e, "LOC", "rule:en_boundary_line19", 47, {}))
    read = {text[c.start:c.end] for c in out if c.label == "LOC" and c.source in
            ("rule:en_boundary_line18", "rule:en_boundary_line19")}
    if not read:
        return
    for c in [c for c in out if c.label == "FAC" and text[c.start:c.end] in read]:
        out.remove(c)
        out.append(Candidate(c.start, c.end, "LOC", "rule:en_boundary_line19", 47, {}))


def _united_fronts(text: str, out: list) -> None:
    if "United Front" not in text:
        return
    for m in UNITED_FRONT_RE.finditer(text):
        start = m.start()
        if text[start:start + 4] in ("The ", "The\t"):
            start += 4                # the article is outside every span
        if any(c.start <= start and c.end >= m.end() and c.end - c.start > m.end() - start for c in out):
            continue
        out[:] = [c for c in out if not (c.start >= start and c.end <= m.end())]
        out.append(Candidate(start, m.end(), "ORG", "rule:en_united_front19", ORG_PRIORITY, {}))


def find_place_battles_fronts(text: str, out: list) -> None:
    _battles(text, out)
    possessive_events(text, out)
    _of_the_bodies(text, out)
    _hyphen_pairs(text, out)
    _town_lists(text, out)
    _boundary_lines(text, out)
    _united_fronts(text, out)
