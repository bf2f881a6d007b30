"""Named buildings and works by their head word, and units named by a code number (session 8, helper en13).

- a capitalised name before the head word of a building or a work (`the Sihang Warehouse`, `the Hanyang Arsenal`,
  `Beidaying Barracks`, `Kiangnan Dockyard`, `Shanghai North Railway Station`, `the Summer Palace`, `Sun Yat-sen
  Mausoleum`, `Fengman Dam`, `the Cathay Hotel`): one FAC (spec: a man-made structure), the place name inside it
  (rule 6) — not a GPE or a person for the name alone; a town's station in lower case too (`Le Havre station`,
  `Harbin railway station`; session 29), not after a people, a service in capitals or a kind of post (`the Japanese
  station`, `the BBC station`, `a Red Cross station`);
- a unit named by its code number after `Unit` (`Unit 731`, `Unit 100`, `Unit 8604`; 731部队): one MIL_UNIT,
  echelon 部队, its side from the document (english.py `_sides_from_document`).

Found from the head words (one alternation) and `Unit ` (str.find); the name is read back at most 60 characters.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

STRUCTURE_PRIORITY = 44
_FIELD_HEADS = ("Farm", "Farmhouse", "Estate", "Trail", "Track", "Camp", "Fort", "Redoubt", "Cemetery")
_HEADS = ("Warehouse", "Arsenal", "Barracks", "Dockyard", "Shipyard", "Navy Yard", "Naval Yard", "Railway Station",
          "Station", "Palace", "Mausoleum", "Pagoda", "Dam", "Prison", "Cathedral", "Lighthouse", "Citadel", "Hotel",
          "Building", "building", "Lock", "Dyke", "Dike", "Embankment", "Pier", "Wharf", "Jetty", "Blockhouse",
          # a town's station written in lower case after its name (session 29, s29enunit: `Le Havre station`,
          # `Mukden station`, `Harbin railway station` of war diaries, memoirs and news features)
          "railway station", "railroad station", "station",
          # (session 34, w34enplace, read across audit22, audit23, audit25, audit27) the works of the country a force
          # fights over, named by their head after the name: a farm as its buildings (`Zradune Farm`), an estate
          # (`Phin Soon Estate`), a trail or track (`the Kokoda Trail`), a camp (`X Prisoners-of-War Camp`), a fort
          # written after its name (`the White Fort`), a redoubt and a cemetery; not after a people (`the Chinese
          # Farm`, a region of the Sinai the golds read LOC) nor a lone everyday word (`Base Camp`, `Home Farm`)
          *_FIELD_HEADS)
_WORD = r"(?:[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{1,15}){0,2}|[A-Z]{2,6})"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+$")
# words that open a sentence or a clause, or say what kind of station or building it is, not whose
_NOT_NAME = frozenset("The A An This That These Those Its His Her Their Our In At On By For From To Of And Or But "
                      "When After Before While Near Police Radio Weather Power Relay Pumping Railway Rail Main "
                      "Office Apartment Administration Army Navy Naval Air Military Central North South East West "
                      "Old New Main Headquarters".split())
_NOT_AFTER = re.compile(r"[ \t]*(?:of\b|[A-Z][a-z])")        # 'Palace of Versailles' (its own form), 'Station Hospital'

# the head words as one alternation, longest first (re skips to their first letters in C: cheaper than a find each)
HEAD_RE = re.compile("|".join(re.escape(h) for h in sorted(_HEADS, key=longest_first)))
UNIT_CODE_RE = re.compile(r"Unit[ \t]+(?P<n>\d{2,5})(?![\w,.]\d|[\w-])")


def _lower_station_veto(last: str) -> bool:
    """A lower-case station after a people, a service or an organisation, not a town: `the Japanese station`, `the BBC
    station`, `a Red Cross station`, `the Mission station`."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    return last in demonyms() or last.isupper() or last in ("Cross", "Mission", "Relief", "Dressing", "Casualty",
                                                            "Clearing", "Field", "Signal", "Wireless", "Coaling")


def _field_head_veto(words: list[str]) -> bool:
    """A farm, estate, trail, camp or fort named by a people (`the Chinese Farm`, `the Boer camp`) or by one everyday
    word (`Base Camp`, `Home Farm`; a colour stays: `the White Fort`), or a name in capitals only of one short word
    (`POW Camp`): no named work."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    last = words[-1]
    if last in demonyms() or last.rstrip("s") in demonyms():
        return True
    if len(words) == 1 and (last.isupper() or common_word(last) and last not in _COLOURS):
        return True
    return False


_COLOURS = frozenset("White Red Black Green Blue Yellow".split())


def find_structures(text: str, out: list) -> None:
    """Buildings and works by their head word; units by their code number (see the module doc)."""
    for found in HEAD_RE.finditer(text):
        head, at, end = found.group(), found.start(), found.end()
        if (at and not text[at - 1] in " \t") or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
        if _NOT_AFTER.match(text, end):
            continue
        m = _NAME_BEFORE.search(text, max(0, at - 60), at)
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("n")))
        while words and words[0].group() in _NOT_NAME:
            words.pop(0)
        if not words or head in ("Station", "station") and words[-1].group() in _NOT_NAME:
            continue
        if head.islower() and head != "building" and _lower_station_veto(words[-1].group()):
            continue
        if head in _FIELD_HEADS and _field_head_veto([w.group() for w in words]):
            continue
        out.append(Candidate(m.start("n") + words[0].start(), end, "FAC", "rule:en_structure", STRUCTURE_PRIORITY))
    for at in literal_positions(text, "Unit "):
        if at and (text[at - 1].isalnum() or text[at - 1] == "-"):
            continue
        m = UNIT_CODE_RE.match(text, at)
        if m is None:
            continue
        norm = norm_en.normalize_unit_en(m.group(), text[max(0, at - 40):at])
        out.append(Candidate(at, m.end(), "MIL_UNIT", "rule:en_unit_code", 58, norm))
