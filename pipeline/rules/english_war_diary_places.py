"""Places as war diaries, despatches and campaign narratives locate them (session 25, helper s25en: label audit of
English GPE/FAC on war diaries, memoirs and newspapers of Burma, Malaya, China and Korea, 1840-1979).

- A place located by a distance and a bearing: `4 miles S.E. of X`, `12 miles north-east of X`, `2 km NW of X`,
  `some 30 li south of X`: X is a GPE (a settlement; the bearing frame measures from towns), capitalised or in the
  capitals of a war diary, one or two words or a hyphenated name. Not after `the` (`south of the Yangtze`), and not
  a landform or structure by its head (`Hill 170`, `Mount X`, `X River`, `X Pass`, `X Ridge`, `X Bridge`, which other
  finders read), nor a word another finder has read (a known GPE or LOC keeps its reading).
- A route named by its two ends with a hyphen and a lower- or upper-case head (`the LASHIO-HSIPAW road`, `the
  Tavoy-Mergui track`, `the Burma-Siam railway`): one FAC, as `Tamu-Kalewa road` is read where both ends are known
  places; here the ends need only be capitalised words (the hyphen and the route head say what it is).
- In the capitals of a war diary, a word no lexicon knows after a verb of station or movement with `in`/`at`/`to`
  (`stationed in LOIMWE`, `proceeded to MYITNGE`, `concentrated at KYONDO`): GPE. The word has four letters or
  more and a vowel in its first three (no army abbreviation: `HQ`, `BHQ`, `FDL`).

Written from the conventions of war diaries and of the campaign narratives' map references, not from any annotated
set. Priorities: GPE 44 and FAC 46 (below the lexicons' own readings). Cheap: gated on the literals ` of `, `-`
with a route head, and a capital run.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, overlapping

PLACE_PRIORITY = 44
ROUTE_PRIORITY = 46
_BEARING = (r"(?:N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|N\.[ \t]?[EW]\.|S\.[ \t]?[EW]\.|[NSEW]\."
            r"|(?:north|south|east|west|North|South|East|West)(?:[-\u2013 ]?(?:east|west|East|West))?"
            r"|northeast|northwest|southeast|southwest)")
_UNIT = r"(?:miles?|mls?\.?|kilometres?|kilometers?|km|kms|yards?|yds\.?|li|furlongs?)"
_PLACE = r"(?P<p>[A-Z][A-Za-z'\u2019]{2,20}(?:[- ][A-Z][A-Za-z'\u2019]{2,20})?)"
_LANDFORM = re.compile(r"(?:^|[ -])(?:Hill|Mount|Mt|River|Pass|Ridge|Bridge|Lake|Island|Bay|Range|Hills|Valley|Point"
                       r"|Road|Railway|Station|Fort|Camp|Creek|Stream|Canal|HILL|RIVER|PASS|RIDGE|BRIDGE)$")
BEARING_RE = re.compile(rf"(?<![\w-])\d[\d,.]*[ \t]*{_UNIT}[ \t]+{_BEARING}[ \t]+of[ \t]+{_PLACE}(?![\w'\u2019-])")
ROUTE_RE = re.compile(r"(?<![\w-])(?P<r>[A-Z][A-Za-z]{2,20}[-\u2013][A-Z][A-Za-z]{2,20}[ \t]+"
                      r"(?:road|railway|railroad|track|highway|Road|Railway|Track|Highway|ROAD|RAILWAY|TRACK))(?![\w-])")
_DIARY_VERB = (r"(?:stationed|situated|located|based|billeted|concentrated|concentrating|halted|camped|encamped"
               r"|bivouacked|harboured|arrived|entrained|detrained|embarked|disembarked|proceed|proceeded|proceeding"
               r"|moved|moving|withdrew|withdrawn|returned|marched|advanced|retired|despatched|dispatched|sent)")
DIARY_CAPS_RE = re.compile(rf"(?<![\w-]){_DIARY_VERB}[ \t]+(?:in|at|to|into|from)[ \t]+(?P<p>[A-Z]{{4,20}})(?![\w'\u2019-])")
_COMBINING = re.compile(r"(?:Sino|Anglo|Franco|Indo|Russo|Austro|Afro|Euro|Italo|Greco|Germano|Japano|Nippo)[-\u2013]")
_VOWEL_EARLY = re.compile(r"^[A-Z]{0,2}[AEIOUY]")


def find_war_diary_places(text: str, out: list) -> None:
    """Places by distance and bearing, routes by their two ends, war-diary capitals after verbs of station."""
    found = []
    if " of " in text:
        for m in literal_finditer(BEARING_RE, text):
            start, end = m.span("p")
            name = m.group("p")
            if _LANDFORM.search(name) or overlapping(out, start, end):
                continue
            found.append(Candidate(start, end, "GPE", "rule:en_bearing_place", PLACE_PRIORITY, {}))
    if "-" in text or "\u2013" in text:
        for m in literal_finditer(ROUTE_RE, text):
            start, end = m.span("r")
            if any(c.start == start and c.end == end for c in out) or _COMBINING.match(m.group("r")):
                continue
            # the ends' own readings give way to the route (guideline 6: a place inside a FAC name belongs to it)
            out[:] = [c for c in out if not (start <= c.start and c.end <= end)]
            found.append(Candidate(start, end, "FAC", "rule:en_route_by_ends", ROUTE_PRIORITY, {}))
    if re.search(r"[A-Z]{4}", text):
        for m in literal_finditer(DIARY_CAPS_RE, text):
            start, end = m.span("p")
            if not _VOWEL_EARLY.match(m.group("p")) or overlapping(out, start, end):
                continue
            found.append(Candidate(start, end, "GPE", "rule:en_diary_caps_place", PLACE_PRIORITY, {}))
    out.extend(found)
