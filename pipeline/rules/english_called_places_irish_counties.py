"""Places introduced by `called`/`named`, and Irish counties written with `county`/`Co.` before the name (session 27,
helper s27enper: English persons and places of memoirs, letter blogs, regimental and local histories and OCR'd
newspapers of the wars 1840-1979).

- `ambushed at a place called Drumkeel`, `we halted at a little village named Dobrovo`, `a farm known as Rietvlei`:
  the run of one to three capitalised words after a word of a settlement or a spot (place, spot, village, hamlet,
  town, townland, farm, homestead, settlement, locality, mission, station) and `called`/`named`/`known as` is a place
  (GPE), whatever its words are: the frame names it, no gazetteer needs to. After a word of the ground (valley, hill,
  mountain, ridge, river, stream, creek, island, plain, pass, gorge, wood, forest) the name is a LOC, and so is a
  settlement-framed name that an apposition calls ground (`to a place called Kloofnek, a deep valley`). Not a person
  (`a man called X` has no such head) nor `the`-led runs (`a place called the Devil's Elbow` stays untagged).
  The name may stand in quotes (`the mountain called "X"`, session 29): the quotes stay outside.
- `in county Clare`, `Kilbrack, Co. Mayo`, `Co Sligo`: the 32 counties of Ireland (the traditional counties of the
  island, Antrim to Wicklow, as every Irish and Northern Irish public body lists them) written after a lower-case
  `county`, `Co.` or `Co` are one GPE with the county word (guideline 6: a place suffix written with the name stays
  inside; here it is written before), in place of a bare `Co` or the bare name another finder read. Not inside a
  longer name (`the Kerry County Council`, `the Clare Brigade`). An unknown town written before it and a comma is a
  GPE (`Kilbrack, Co. Mayo`), as before a known state (english_place_context's appositions).

Priority 41 (places 40): the frame outranks a surname or given-name reading of the same words, which it replaces.
Cheap: gated on the literals `called`/`named`/`known as` and `ounty`/`Co`.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping
from pipeline.rules.english_place_context import APPOSITION_BEFORE, LATIN1_LOWER, LATIN1_UPPER, STOP, place_name

PRIORITY = 41
_WORD = rf"[{LATIN1_UPPER}][{LATIN1_LOWER}]+(?:['\u2019][{LATIN1_LOWER}]+)?(?:-[{LATIN1_UPPER}]?[{LATIN1_LOWER}]+)*"
_SETTLEMENT = "place|spot|village|hamlet|town|townland|farm|homestead|settlement|locality|mission|station"
_GROUND = "valley|hill|mountain|ridge|river|stream|creek|island|plain|pass|gorge|wood|forest"
CALLED_RE = re.compile(
    rf"(?<![\w-])(?P<head>{_SETTLEMENT}|{_GROUND})[ \t]+(?:called|named|known[ \t]+as)[ \t]+"
    # the name may stand in quotes ('the mountain called \u201cX\u201d'; session 29, s29enname): the quotes are outside
    rf"(?:(?P<q>[\"\u201c\u2018'])(?=[{LATIN1_UPPER}]))?"
    rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?(q)(?=[\"\u201d\u2019',.]?[\"\u201d\u2019'])|(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}]))")
_GROUND_APPOSITION = re.compile(
    rf",[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?:{_GROUND}|kloof|hollow|ravine|oasis|swamp|marsh|desert|plateau"
    rf"|bay|lake)\b")
_LAND_HEADS = frozenset("River Stream Creek Hill Hills Mountain Mountains Ridge Valley Pass Island Plain Gorge Wood Forest"
                        .split())
COUNTIES = ("Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny"
            "|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary"
            "|Tyrone|Waterford|Westmeath|Wexford|Wicklow")
COUNTY_RE = re.compile(rf"(?<![\w-])(?:[Cc]ounty|Co\.?)[ \t]+(?:{COUNTIES})(?![\w'\u2019-])(?![ \t]+[{LATIN1_UPPER}])")


def _called_places(text: str, out: list) -> None:
    for m in CALLED_RE.finditer(text):
        start, end = m.span("n")
        name = m.group("n")
        if name.split()[0] in STOP or name.split()[0] in ("The", "A", "An"):
            continue
        clash = overlapping(out, start, end)
        if any(c.start < start or c.end > end or c.label not in ("GPE", "LOC", "PERSON") for c in clash):
            continue            # part of a longer name, or a unit, body or event of these words
        ground = m.group("head") in _GROUND.split("|") or name.rsplit(None, 1)[-1] in _LAND_HEADS \
            or _GROUND_APPOSITION.match(text, end)
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "LOC" if ground else "GPE", "rule:en_called_place", PRIORITY, {}))


def _counties(text: str, out: list) -> None:
    for m in COUNTY_RE.finditer(text):
        start, end = m.span()
        clash = overlapping(out, start, end)
        if any(c.start < start or c.end > end or c.label not in ("GPE", "LOC", "PERSON") for c in clash):
            continue
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "GPE", "rule:en_irish_county", PRIORITY, {}))
        town = APPOSITION_BEFORE.search(text, max(0, start - 40), start)
        if town and place_name(town.group("x"), True) and not overlapping(out, town.start("x"), town.end("x")):
            out.append(Candidate(town.start("x"), town.end("x"), "GPE", "rule:en_irish_county", PRIORITY, {}))


def find_called_places_irish_counties(text: str, out: list) -> None:
    """Append places named after `called`/`named`/`known as`, and Irish counties after `county`/`Co.`."""
    if "called" in text or "named" in text or "known as" in text:
        _called_places(text, out)
    if "ounty" in text or "Co" in text:
        _counties(text, out)
