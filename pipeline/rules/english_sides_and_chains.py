"""Sides written around an English unit, one-span chains, boundary repairs and name glosses on the resolved English
candidates (after resolution).

- `written_sides` (called by pipeline.normalize.english document_sides): the side of a numbered formation from a
  Wikipedia disambiguator after it ('15th Division (Imperial Japanese Army)'), from the numbered infobox row it is
  listed in ('Units2:' takes 'Combatant2:'), and from an order-of-battle heading above a list ('Japanese Forces:' ...
  '- 26th Division'); no side_from, so the same designation elsewhere takes it too.
- `before_sides` (called by pipeline.rules.english find_english after resolution): a chain of three designations
  with commas ('219th Regiment, 37th Division, 29th Route Army') one span; spans never end with a quote mark
  (''Battle of Midway''); a count's noun stops before 'including'; the present or other name of a place in brackets
  after it ('(now Sittaung)', '(or Qamdo;)') takes its label.

Provenance: first seen on real-dev6-en (session 6, helper en6); was english_dev6_sides, renamed in session 24.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

_CAP = r"[A-Z][\w'\u2019-]{1,20}"


DISAMBIGUATOR = re.compile(r"[ \t]*\((?P<s>Imperial Japanese Army|Imperial Japanese Navy|IJA|Japan|India|United Kingdom"
                           r"|British Army|British Indian Army|Indian Army|China|Republic of China|National Revolutionary"
                           r" Army|United States|United States Army|Australia)\)")
_DISAMBIGUATOR_SIDE = {"Imperial Japanese Army": "JP", "Imperial Japanese Navy": "JP", "IJA": "JP", "Japan": "JP",
                       "India": "UK", "United Kingdom": "UK", "British Army": "UK", "British Indian Army": "UK",
                       "Indian Army": "UK", "China": "ROC", "Republic of China": "ROC",
                       "National Revolutionary Army": "ROC", "United States": "US", "United States Army": "US",
                       "Australia": "UK"}
INFOBOX_ROW = re.compile(r"^[-*•]?[ \t]*(?P<k>Combatant|Units|Commander|Strength)(?P<n>[12])[ \t]*:(?P<v>[^\n]*)$", re.M)
_COMBATANT_SIDES = (("Japan", "JP"), ("Manchukuo", "JP"), ("Republic of China", "ROC"), ("China", "ROC"),
                    ("United Kingdom", "UK"), ("British", "UK"), ("India", "UK"), ("United States", "US"),
                    ("Soviet", "USSR"))
FORCES_HEADING = re.compile(r"^[ \t]*(?P<s>Japanese|Chinese|Nationalist|Communist|British|Indian|American|Soviet|Allied)"
                            r"[ \t]+(?:[Ff]orces|[Oo]rder[ \t]+of[ \t]+battle|[Uu]nits)[ \t]*:?[ \t]*$", re.M)
_HEADING_SIDE = {"Japanese": "JP", "Chinese": "ROC", "Nationalist": "ROC", "Communist": "CCP", "British": "UK",
                 "Indian": "UK", "American": "US", "Soviet": "USSR"}
CHAIN_GAP = re.compile(r"^,[ \t]+$")


def _side_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, side) regions whose numbered formations take a side: infobox rows of a numbered side, list
    lines under an order-of-battle heading."""
    regions = []
    if "Combatant" in text:
        sides = {}
        for m in INFOBOX_ROW.finditer(text):
            if m.group("k") == "Combatant":
                found = [s for name, s in _COMBATANT_SIDES if name in m.group("v")]
                if found and len(set(found)) == 1:
                    sides[m.group("n")] = found[0]
        for m in INFOBOX_ROW.finditer(text):
            if m.group("k") in ("Units", "Strength") and m.group("n") in sides:
                regions.append((m.start("v"), m.end("v"), sides[m.group("n")]))
    if "orces" in text or "rder of battle" in text or "nits" in text:
        headings = list(FORCES_HEADING.finditer(text))
        for i, m in enumerate(headings):
            side = _HEADING_SIDE.get(m.group("s"))
            if not side:
                continue
            end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
            # the list below the heading: lines starting with '-', '*' or an indent, blank lines between them
            stop = re.search(r"\n(?![ \t]*(?:[-*•]|\n|$))", text[m.end():end])
            regions.append((m.end(), m.end() + stop.start() if stop else end, side))
    return regions


def written_sides(text: str, units: list[tuple[int, int, dict]], norms: list[dict], normalize_unit) -> list[dict]:
    """Norms of English MIL_UNIT spans with the sides the page writes around them (pipeline.normalize.english
    document_sides calls this first): a disambiguator in brackets after the unit, the numbered infobox row or the
    order-of-battle list it stands in."""
    regions = None
    out = []
    for (start, end, _), norm in zip(units, norms):
        if norm.get("numbers") and norm.get("side") is None:
            side = None
            if "(" in text[end:end + 3]:
                d = DISAMBIGUATOR.match(text, end)
                side = _DISAMBIGUATOR_SIDE[d.group("s")] if d else None
            if side is None:
                if regions is None:
                    regions = _side_spans(text) if ("Combatant" in text or "orces" in text or "rder of battle" in text
                                                    or "nits" in text) else []
                side = next((s for a, b, s in regions if a <= start < b), None)
            if side:        # no side_from: a side the page writes counts for the same designation elsewhere
                norm = normalize_unit(text[start:end], "", side=side)
        out.append(norm)
    return out


def before_sides(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """One-span chains and boundary repairs on the resolved candidates (see the module docstring)."""
    result = []
    for cand in chosen:
        new = cand
        if cand.label != "QUANTITY" and cand.end - cand.start > 1 and text[cand.end - 1] in "'\u2019" \
                and not text[cand.end - 2].isspace():
            new = Candidate(cand.start, cand.end - 1, cand.label, cand.source, cand.priority, cand.norm)
        elif cand.label == "QUANTITY" and " including" in text[cand.start:cand.end]:
            cut = text.find(" including", cand.start, cand.end)
            norm = norm_en.normalize_quantity_en(text[cand.start:cut])
            new = Candidate(cand.start, cut, cand.label, cand.source, cand.priority, norm)
        result.append(new)
    if "(now " in text or "(today " in text or "(present-day " in text or "(modern " in text or "(or " in text \
            or "(also " in text or "(formerly " in text:
        result = _glosses(text, result)
    return _chains(text, result) if "," in text else result


GLOSS = re.compile(rf"[ \t]*\((?:now|today|present-day|modern|or|also|formerly|also[ \t]+known[ \t]+as)[ \t]+"
                   rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[;,]?\)")


def _glosses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'the River Sittang (now Sittaung)': the place's present name in brackets after it has its label
    (rule 7, as 郑县（今郑州）)."""
    covered = bytearray(len(text))
    for c in cands:
        covered[c.start:c.end] = b"\1" * (c.end - c.start)
    extra = []
    for c in cands:
        if c.label in ("GPE", "LOC") and text[c.end:c.end + 2].lstrip(" \t").startswith("("):
            m = GLOSS.match(text, c.end)
            if m and not any(covered[m.start("n"):m.end("n")]):
                extra.append(Candidate(m.start("n"), m.end("n"), c.label, "rule:en_now_gloss", c.priority))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


_RANKS = (("Company", 1), ("Coy", 1), ("Battalion", 2), ("Bn", 2), ("Regiment", 3), ("Brigade", 4), ("Division", 5),
          ("Corps", 6), ("Army", 7))


def _rank(unit: str) -> int:
    """The echelon rank of a designation's last head word (0 unknown): a grandparent outranks its child."""
    last = unit.split()[-1] if unit.split() else ""
    return next((r for word, r in _RANKS if last.startswith(word)), 0)


def _chains(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'219th Regiment, 37th Division, 29th Route Army': a unit with its parent after a comma (one span by the
    project's convention) followed by the grandparent after a comma: one span, numbers of all three."""
    out = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (nxt is not None and cand.label == "MIL_UNIT" == nxt.label and "," in text[cand.start:cand.end]
                and CHAIN_GAP.match(text[cand.end:nxt.start]) and nxt.norm.get("numbers")
                and "," not in text[nxt.start:nxt.end] and _rank(text[cand.start:cand.end]) < _rank(text[nxt.start:nxt.end])
                and cand.norm.get("numbers") and len(cand.norm["numbers"]) >= 2):
            norm = {**cand.norm, "numbers": cand.norm["numbers"] + nxt.norm["numbers"], "id": None}
            out.append(Candidate(cand.start, nxt.end, "MIL_UNIT", cand.source, cand.priority, norm))
            i += 2
            continue
        out.append(cand)
        i += 1
    return out
