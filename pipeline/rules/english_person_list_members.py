"""Unfamiliar members of an English list of persons (PERSON): session 34, helper w34enper, from the cross-set
reading of the rules' misses on the development sets (the shape in audit22, audit26 and audit30; stored pages of
Civil War official records, Confederate histories, the Boxer Protocol decrees and Chancellorsville narratives).

A list of names joined by commas and a last `and` lists things of one kind. english_person_clauses joins an
unknown word to a TITLED name (`Searle and Mr. Riggs`); english_place_list_members reads unknown members of lists
of places. Here a list of one- or two-word names (a member may carry a title or initials: `Jackson and A. P.
Hill`, `Captain Morrow, Teague and Dunmore`) is a list of persons where

- the list is the subject of a predicate said of persons only: `were (publicly) beheaded / executed / killed /
  wounded / hanged / shot / murdered / arrested / sentenced / promoted / buried`, `were ordered to commit
  suicide`, `(committed) suicide`, `both being wounded`, `both died` (`Ratliff and Dunmore were both killed`,
  `Cbehsin and Hsuchengu were publicly beheaded`, `Jackson and A. P. Hill both being wounded`); or
- the list's last member is the possessor of a force or of a fate only persons have (`Wood and Russell's native
  regiments`, `X and Y's men`, `X and Y's surrender`),

and no member is read as anything else (`Britain and France's troops` stays out). A list with a PERSON member and
no such predicate was tried (the unknown members of `A and <a found PERSON>`): it added a false span on the
audits' held-out passages and none right there, and is left.
Then every member no finder read, whose words no lexicon holds and that is no everyday word, month, nationality,
title or people's plural (english_person_clauses.unknown_name; an everyday-word surname only where the page never
writes it in small letters, english_bare_surnames.everyday_surname), is a PERSON. Not a list after an article
(`the Smith and Jones factions`); not a member of fewer than three letters, nor one the page writes after `the`
elsewhere (`the X`: a ship, a place, a house).

Priority 34 (english_person_clauses'): any other reading of the same words wins.
Cost: str.find of ` and `; two anchored regex matches per hit.
"""

from __future__ import annotations

import re

from pipeline.rules.english_place_context import LATIN1_UPPER
from pipeline.spans import Candidate, overlapping

SOURCE, PRIORITY = "rule:en_person_list_member", 34

_U = LATIN1_UPPER
_WORD = rf"[{_U}][a-z\u00df-\u00ff]+(?:-[{_U}a-z][a-z]+)*"
_TITLE = (r"(?:Mr|Mrs|Dr|General|Gen|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Lieut|Sergeant|Sgt|Brigadier"
          r"|Admiral|Commander|Private|Pte|Corporal|Cpl|Sir|Lord|Count|Prince|Marshal)\.?[ \t]+")
_INITIALS = rf"(?:[{_U}]\.[ \t]*){{1,3}}"
_ITEM = rf"(?:{_TITLE})?(?:{_INITIALS})?{_WORD}(?:[ \t]+{_WORD})?"
_BEFORE_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<list>(?:{_ITEM},[ \t]+){{0,5}}{_ITEM}),?$")
_AFTER_RE = re.compile(rf"[ \t]+and[ \t]+(?P<b>{_ITEM})")
_SPLIT_RE = re.compile(rf"{_ITEM}")
_WORDS_RE = re.compile(_WORD)
_TITLE_RE = re.compile(rf"(?:{_TITLE})?(?:{_INITIALS})?")

_VERB = (r"killed|wounded|executed|beheaded|decapitated|hanged|hung|shot(?![ \t]+down)|murdered|assassinated|arrested"
         r"|sentenced|court-martiall?ed|promoted|knighted|buried|ordered[ \t]+to[ \t]+commit[ \t]+suicide"
         r"|mortally[ \t]+wounded|severely[ \t]+wounded|slightly[ \t]+wounded")
_PREDICATE_RE = re.compile(
    rf",?[ \t]+(?:(?:were|had[ \t]+been|have[ \t]+been)[ \t]+(?:(?:both|all|each|later|also|then|subsequently"
    rf"|publicly|duly|afterwards|[a-z]+ly)[ \t]+){{0,2}}(?:{_VERB})\b"
    rf"|(?:both|each)[ \t]+(?:being[ \t]+)?(?:killed|wounded|fell|died)\b"
    rf"|(?:committed[ \t]+)?suicide\b|both[ \t]+died\b)")
_POSSESSIVE_RE = re.compile(
    r"['\u2019]s?[ \t]+(?:[a-z]+[ \t]+)?(?:brigades?|regiments?|divisions?|battalions?|columns?|men|troops|forces"
    r"|followers|levies|horsemen|staffs?|commands?|surrender|deaths?|executions?|arrests?|wounding)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an|An|this|these|those|its|their)[ \t]+$")


# a sentence adverb or conjunction opening the first member (`Later X and Y were killed`): no part of a name
_OPENER_RE = re.compile(r"(?:[A-Z][a-z]{2,14}ly|Then|Later|Meanwhile|Still|Now|Soon|Thus|Yet|And|But|So|Also|Even|Next"
                        r"|When|While|After|Before|Both|There|Here|Today|Yesterday|Afterwards|Finally|Eventually)$")


def _name_ok(text: str, start: int, name: str) -> bool:
    from pipeline.rules.english_bare_surnames import everyday_surname  # noqa: PLC0415
    from pipeline.rules.english_person_clauses import unknown_name  # noqa: PLC0415

    if len(name) < 3:
        return False
    if any(re.search(rf"\b(?:the|The)[ \t]+{re.escape(w)}\b", text) for w in name.split()):
        return False                    # a person takes no article (`named the Mustika`: a ship)
    if unknown_name(name):
        return True
    return " " not in name and everyday_surname(text, start, name)


def _members(text: str, base: int, run: str) -> list[tuple[int, int, int]]:
    """(item start, name start, end) of each member of a list run starting at `base`."""
    found = []
    for m in _SPLIT_RE.finditer(run):
        lead = _TITLE_RE.match(run, m.start())
        found.append((base + m.start(), base + lead.end(), base + m.end()))
    return found


def _kind(text: str, start: int, end: int, out: list, names: dict) -> str | None:
    """'PERSON' where a PERSON candidate covers part of the member, 'other' where another label does, else None."""
    kinds = {c.label for c in overlapping(out, start, end)}
    if kinds:
        return "PERSON" if kinds == {"PERSON"} else "other"
    got = names.get(text[start:end])
    if got is not None:
        return "PERSON" if got[0] == "PERSON" else "other"
    return None


def find_person_list_members(text: str, out: list) -> None:
    """Append PERSON candidates for unknown members of lists of persons (see the module docstring)."""
    pos = text.find(" and ")
    if pos < 0:
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    while pos >= 0:
        here, pos = pos, text.find(" and ", pos + 5)
        after = _AFTER_RE.match(text, here)
        if after is None:
            continue
        b_end = after.end("b")
        nxt = text[b_end:b_end + 2]
        if nxt[:1].isalnum() or nxt[:1] == "-" or (nxt[:1] == " " and nxt[1:2].isupper()):
            continue                    # the tail of a longer capitalised run
        if _PREDICATE_RE.match(text, b_end) is None and _POSSESSIVE_RE.match(text, b_end) is None:
            continue
        window = max(0, here - 160)
        before = _BEFORE_RE.search(text, window, here)
        if before is None:
            continue
        members = _members(text, before.start("list"), before.group("list"))
        lead = text[max(0, before.start() - 16):before.start()]
        # a leading capitalised function word is no member (`But Jackson and Hill`)
        s0, n0, e0 = members[0]
        first_words = _WORDS_RE.findall(text[n0:e0])
        if len(first_words) == 2 and n0 == s0 and (_OPENER_RE.match(first_words[0])
                                                    or not _name_ok(text, n0, first_words[0])):
            n0 = s0 = text.index(first_words[1], n0 + len(first_words[0]))
            members[0] = (s0, n0, e0)
        members.append((after.start("b"), _TITLE_RE.match(text, after.start("b")).end(), b_end))
        kinds = [_kind(text, n, e, out, names) for _, n, e in members]
        if "other" in kinds:
            continue
        if _ARTICLE_BEFORE.search(lead):
            continue
        for (_, n, e), kind in zip(members, kinds):
            if kind is None and _name_ok(text, n, text[n:e]):
                out.append(Candidate(n, e, "PERSON", SOURCE, PRIORITY, {}))
