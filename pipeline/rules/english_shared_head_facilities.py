"""Facilities listed before one plural head word they share, in English text (session 28, helper s28enorg: audit of
English ORG/FAC/LOC/EVENT on colonial-war and partition-war pages).

- `X and Y airfields`, `X, Y and Z airports`, `X (now W) and Y aerodromes`, `the X and Y bridges`, `X and Y
  barracks`, `X and Y railway stations`: every member is a FAC (spec: a man-made structure) — the last one with the
  shared head (`Y airfields`, english_grammar.PLACE_SUFFIX_RE's reading), each earlier one alone (`X`), as a list of
  designations that shares one echelon word is read member by member in English — and not the town it is named
  after (GPE); a modern name in brackets after a member (`(now W)`) is its own FAC (guideline 7).

Not: a member that is a force (`the Fourteenth Air Force and Y airfields`: the force is its own name), a member
another finder reads as a longer name (a FAC, an ORG, a unit), lower-case words (`the old and new airfields`).

Criterion: the plural head words of structures a war names by their place (airfields, airports, aerodromes,
airstrips, bridges, barracks, forts, railway stations, wharves, docks, mines), read from English coordination (one
head after the last member serves them all), not from any annotated set or audited page. Priority 46 (over the
one-word GPE readings of the members). Cheap: one pattern tried from the plural head's literal.
"""

from __future__ import annotations

import re

from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 46

_WORD = rf"[{LATIN1_UPPER}][{LATIN1_LOWER}'\u2019]{{1,16}}(?:-[{LATIN1_UPPER}{LATIN1_LOWER}][{LATIN1_LOWER}]{{1,12}})?"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_NOW = rf"(?:[ \t]+\((?:now|today|later)[ \t]+(?P<nowI>{_NAME})\))?"
_HEADS = ("airfields", "airports", "aerodromes", "airstrips", "bridges", "barracks", "forts", "railway stations",
          "wharves", "docks", "mines")
SHARED_HEAD_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<a>{_NAME}){_NOW.replace('nowI', 'nowa')}(?:,[ \t]+(?P<b>{_NAME}){_NOW.replace('nowI', 'nowb')})?"
    rf",?[ \t]+and[ \t]+(?P<last>{_NAME})[ \t]+(?P<head>{'|'.join(_HEADS)})(?![\w-])")
_NOT_MEMBER = frozenset("The A An And Or Of In On At To From By For With Both Either Old New Two Three Four Five "
                        "Several Many All Some Its His Her Their Our".split())
_FORCE_WORDS = frozenset("Force Forces Army Armies Corps Navy Command Group Wing Division Squadron Fleet".split())


def _member(text: str, m: re.Match, group: str) -> tuple[int, int] | None:
    if m.group(group) is None:
        return None
    start, end = m.start(group), m.end(group)
    words = m.group(group).split()
    while words and words[0] in _NOT_MEMBER:
        start = text.find(words[1], start) if len(words) > 1 else end
        words = words[1:]
    if not words or words[-1] in _FORCE_WORDS:
        return None
    return start, end


def find_shared_head_facilities(text: str, out: list) -> None:
    """X and Y airfields: X a FAC, Y airfields a FAC (see the module docstring)."""
    if not any(h in text for h in _HEADS):
        return
    found = []
    for m in literal_finditer(SHARED_HEAD_RE, text):
        last = _member(text, m, "last")
        if last is None:
            continue
        spans = [(last[0], m.end())]
        for group in ("a", "nowa", "b", "nowb"):
            span = _member(text, m, group)
            if span is not None:
                spans.append(span)
        for start, end in spans:
            if any(c.start <= start and end <= c.end and (c.end - c.start) > (end - start) and c.label != "GPE"
                   for c in out):
                continue                   # a longer name another finder reads holds it
            for c in [c for c in out if c.start < end and start < c.end]:
                out.remove(c)
            found.append(Candidate(start, end, "FAC", "rule:en_shared_head_facility", PRIORITY, {}))
    out.extend(found)
