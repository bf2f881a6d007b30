"""Boundary lines and regional landform plurals, in English text.

`find_boundary_lines(text, out)` (LOC):
- a capitalised region adjective before a lower-case landform plural (`the Gangetic plains`, `the Deccan plateau`) is
  one LOC like `X pass`;
- a boundary line is a line on the map, not a structure: LOC like the International Date Line, where `Line` follows a
  surname in a boundary context (border, boundary, frontier, demarcation, drawn, ceasefire) and not a defensive one
  (built, fortified, held, troops, positions), or names a ceasefire or control line (`Line of Control`, `Line of
  Actual
  Control`, `Ceasefire Line`, `Armistice Line`, `Demarcation Line`); defensive lines stay FAC (`Main Line of
  Resistance`). `_BOUNDARY_CONTEXT`, `_DEFENCE_CONTEXT` and `_sentence` are also read by english_place_battles_fronts.

Provenance: first seen on session 18's held-out English passages (session 18 round 2, helper r18en; split out of
english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.english_royal_colonial_units import drop_inside, nationality_words

REGION_LANDFORM_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<l>[A-Z][a-z]{2,14}(?:[ \t]+[A-Z][a-z]{2,14})?[ \t]+"
                                r"(?:plains|plateau|uplands|lowlands|highlands|steppes?|delta|deserts?))(?![\w-])")

BOUNDARY_LINE_RE = re.compile(
    r"(?<![\w-])(?P<l>(?:(?:Ma?c)?[A-Z][a-z]{2,14}(?:[\u2013-](?:Ma?c)?[A-Z][a-z]{2,14})?[ \t]+Line"
    r"|Line[ \t]+of[ \t]+(?:Actual[ \t]+)?Control|(?:Military[ \t]+)?Demarcation[ \t]+Line|Cease-?[Ff]ire[ \t]+Line"
    r"|Armistice[ \t]+Line))(?![\w-])")
_ACRONYM_AFTER = re.compile(r"\s?\((?P<a>[A-Z]{2,6})\)")
_CONTROL_LINE = re.compile(r"Line[ \t]+of|Demarcation|Cease|Armistice")
BOUNDARY_CONTEXT = re.compile(r"(?i)\b(?:border|borders|boundary|boundaries|frontier|frontiers|demarcat\w*|"
                               r"drawn|delimit\w*|partition\w*|divid\w*|separat\w*|ceasefire|cease-fire|treaty|convention)\b")
DEFENCE_CONTEXT = re.compile(r"(?i)\b(?:fortif\w*|pillbox\w*|bunkers?|trenches|defen[cs]es?|defensive|held|attack\w*|"
                              r"broke|breach\w*|assault\w*|manned|built|constructed|forts?|fortress\w*|concrete|"
                              r"withdr[ae]w\w*|retreat\w*|positions?|troops|outposts?)\b")


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[left + 1:right]


def find_boundary_lines(text: str, out: list) -> None:
    nationalities = None
    for m in REGION_LANDFORM_RE.finditer(text):
        first = m.group("l").split()[0]
        if nationalities is None:
            nationalities = nationality_words()
        if first in nationalities:
            continue          # `the Japanese lowlands`: a people's adjective, no name
        drop_inside(out, m.start("l"), m.end("l"))
        out.append(Candidate(m.start("l"), m.end("l"), "LOC", "rule:en_region_landform18", 45, {}))
    if "Line" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in BOUNDARY_LINE_RE.finditer(text):
            if re.search(r"(?<![\w'\u2019-])(?!(?:The|A|An)[ \t])[A-Z][\w'\u2019-]*[ \t]+\Z",
                         text[max(0, m.start() - 20):m.start()]):
                continue      # the end of a longer name (`Gin Drinkers Line`): left to the others
            if not _CONTROL_LINE.match(m.group("l")):
                if names.get(m.group("l").split()[0], ("",))[0] in ("GPE", "LOC"):
                    continue  # `Kansas Line`, `Wyoming Line`: the code lines of a front take place names (FAC)
                sentence = sentence_around(text, m.start(), m.end())
                if not BOUNDARY_CONTEXT.search(sentence) or DEFENCE_CONTEXT.search(sentence):
                    continue
            start, end = m.start("l"), m.end("l")
            for c in [c for c in out if c.start == start and c.end == end and c.label == "FAC"]:
                out.remove(c)
            out.append(Candidate(start, end, "LOC", "rule:en_boundary_line18", 47, {}))
            a = _ACRONYM_AFTER.match(text, end)
            if a:             # its acronym defined in brackets takes the same label (english_prose._lines)
                for c in [c for c in out if c.start == a.start("a") and c.end == a.end("a") and c.label == "FAC"]:
                    out.remove(c)
                    out.append(Candidate(c.start, c.end, "LOC", c.source, c.priority, {}))
