"""Place candidates and a context resolver: the right place, not the first namesake.

A place name can stand for several places (松山: 松山区 of Chifeng, or the hill by
龙陵 in Yunnan). `candidates(name)` lists every place the lexicons know under a
Simplified name (gazetteer_cn.tsv rows, the name + 县/区/市 short forms the
extraction accepts, and the hand tables places_historical/physical/world.tsv).
`resolve_places(record)` picks one candidate per GPE/LOC mention from context:

- the label: a LOC (a hill, a river) is never a county or district; a GPE is never
  a physical feature;
- the province and prefecture of the other places located in the same paragraph
  (and, more weakly, the same document);
- the distance to those places: a county short form (松山 for 松山区) or a hill/pass
  more than FAR_KM from every other located place of the document is a namesake, not
  the place meant;
- the size: a province beats a prefecture beats a county beats a district.

When no candidate fits, or two fit equally, the mention stays unlocated (id None)
rather than guessed; so does a historical place split among several of today's
(察哈尔 → 河北、内蒙古), which has no one point. `locate_record(record)` writes the outcome into norm
(id/lat/lon); pipeline.link and pipeline.report use it, and normalisation may
call it on each extracted record.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.link import to_simplified
from pipeline.rules.english_lexicon import english_names

PLACE_LABELS = ("GPE", "LOC")
KIND_SIZE = {"province": 3, "prefecture": 2, "county": 1, "district": 0}
ADMIN_SUFFIXES = ("县", "区", "市")
STRIPPED_SUFFIXES = ("城", "市", "省", "县", "镇")
FAR_KM = 700.0
# small, point-like places: a namesake of one of these far from the rest of the document is suspect
POINT_KINDS = frozenset({"county", "district", "town", "village", "mountain", "hill", "pass", "ridge", "cliff",
                         "cave", "valley", "gorge", "ferry crossing"})
NEAR_KM = 300.0
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Place:
    """One place a name may stand for."""

    id: str | None
    name: str  # canonical name (gazetteer full name, or the hand table's canonical)
    label: str  # GPE | LOC
    kind: str  # province | prefecture | county | district | river | mountain | country | ...
    source: str  # gazetteer | historical | physical | world
    lat: float | None = None
    lon: float | None = None
    adcode: str = ""  # six-digit division code ("" outside the gazetteer)
    full: bool = True  # the name was written in full (not a short form)

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def province(self) -> str:
        return self.adcode[:2]

    @property
    def prefecture(self) -> str:
        return self.adcode[:4] if self.adcode and self.adcode[2:4] != "00" else ""

    @property
    def administrative(self) -> bool:
        return self.source == "gazetteer" or self.kind in KIND_SIZE


def _float(text: str) -> float | None:
    return float(text) if text else None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[Place]], dict[str, Place]]:
    by_name: dict[str, list[Place]] = {}
    by_id: dict[str, Place] = {}
    for name, label, canon, kind, adcode, lat, lon, pid in read_rows("gazetteer_cn.tsv"):
        place = Place(pid, canon, label, kind, "gazetteer", _float(lat), _float(lon), adcode, name == canon)
        by_name.setdefault(name, []).append(place)
        if name == canon or pid not in by_id:
            by_id[pid] = place
    return by_name, by_id


@lru_cache(maxsize=1)
def _hand_tables() -> dict[str, list[Place]]:
    _, by_id = _gazetteer()
    table: dict[str, list[Place]] = {}
    for file_name, source in (("places_historical.tsv", "historical"), ("places_physical.tsv", "physical"),
                              ("places_world.tsv", "world")):
        for row in read_rows(file_name):
            name, label, canonical, kind, pid = (row + [""] * 5)[:5]
            known = by_id.get(pid) if pid else None
            if source == "historical" and "、" in canonical:
                known = None  # split among several of today's places (察哈尔: 河北、内蒙古): no one point
            table.setdefault(name, []).append(Place(
                pid or None, canonical or name, label, kind, source,
                known.lat if known else None, known.lon if known else None,
                known.adcode if known and source == "historical" else ""))
    return table


def place_by_id(place_id: str) -> Place | None:
    return _gazetteer()[1].get(place_id)


@lru_cache(maxsize=16384)
def candidates(name: str) -> tuple[Place, ...]:
    """Every place a Simplified name may stand for (one per id; unlocated hand rows kept)."""
    by_name, _ = _gazetteer()
    hand = _hand_tables()
    found: list[Place] = list(hand.get(name, ()))
    found += by_name.get(name, ())
    if len(name) >= 2 and name not in by_name:  # only when the gazetteer lacks the name (衡阳: not 衡阳区)
        for suffix in ADMIN_SUFFIXES:  # 宝山 -> 宝山区: the short form extraction accepts with a cue
            found += [Place(p.id, p.name, p.label, p.kind, p.source, p.lat, p.lon, p.adcode, False)
                      for p in list(hand.get(name + suffix, ())) + list(by_name.get(name + suffix, ()))
                      if p.full and p.source != "physical"]
    if len(name) > 2 and name.endswith(STRIPPED_SUFFIXES):  # 衡阳城, 长沙市
        found += by_name.get(name[:-1], ())
        if name[-1] == "城" and name[:-1] not in by_name:   # 宣化城: the walled town of a district's short form
            found += candidates(name[:-1])
    out: list[Place] = []
    seen: set = set()
    for place in found:
        key = (place.id, place.source, place.name if place.id is None else "")
        if key not in seen:
            seen.add(key)
            out.append(place)
    return tuple(out)


def _namesake_prone(place: Place) -> bool:
    """A county/district short form (松山 for 松山区) or a hill/pass whose id points at a county."""
    if place.kind not in POINT_KINDS:
        return False
    return place.source == "physical" or (place.source == "gazetteer" and not place.full)


def distance_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def fits_label(place: Place, label: str) -> bool:
    """A LOC (hill, river, region) is not a county or district; a GPE is not a physical feature."""
    if label == "LOC":
        return not (place.source == "gazetteer" and place.label == "GPE" and place.kind in ("county", "district"))
    if label == "GPE":
        return place.source != "physical" and place.label != "LOC"
    return True


def simplified_name(entity: dict, text: str) -> str | None:
    """The Simplified Chinese name a GPE/LOC mention stands for (English through places_en.tsv)."""
    surface = entity.get("text") or text[entity["start"]:entity["end"]]
    if CJK.search(surface):
        return to_simplified(surface)
    norm = entity.get("norm") or {}
    if norm.get("zh"):
        return norm["zh"]
    known = english_names().get(surface)
    return known[1] if known and known[0] in PLACE_LABELS else None


@dataclass
class Resolution:
    place: Place | None  # None: unlocated (no candidate fits, or two fit equally)
    reason: str
    alternatives: int = 0  # how many located candidates there were


def _paragraph_of(text: str) -> list[int]:
    """Start offsets of the paragraphs (cut at newlines)."""
    return [0] + [m.end() for m in re.finditer(r"\n+", text)]


# the 5x5 grid cells around a place's own, nearest first; and an h (haversine) surely
# under NEAR_KM (0.1 % below the exact bound, far above rounding)
_CELLS_NEAREST_FIRST = sorted(((dr, dc) for dr in range(-2, 3) for dc in range(-2, 3)),
                              key=lambda d: (max(abs(d[0]), abs(d[1])), d))
_NEAR_H = math.sin(NEAR_KM / 6371.0 / 2) ** 2 * 0.999


class _Anchors:
    """The places of one document that need no context (one located candidate), indexed
    by paragraph (provinces, prefectures) and on a 5-degree grid (nearest distance)."""

    CELL = 5.0

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.provinces: dict[int, set[str]] = defaultdict(set)
        self.prefectures: dict[int, set[str]] = defaultdict(set)
        self.document_provinces: set[str] = set()
        self.grid: dict[tuple[int, int], list[Place]] = defaultdict(list)
        self._nearest: dict[str, float | None] = {}
        # per grid cell: (id, lat and lon in radians, cos lat) of its anchors, for nearest()
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float]]] = defaultdict(list)

    def add(self, paragraph: int, place: Place) -> None:
        if place.province:
            self.provinces[paragraph].add(place.province)
            self.document_provinces.add(place.province)
        if place.prefecture:
            self.prefectures[paragraph].add(place.prefecture)
        if place.id not in self.places:
            self.places[place.id] = place
            self.grid[self._cell(place)].append(place)
            lat = math.radians(place.lat)
            self._cells[self._cell(place)].append((place.id, lat, math.radians(place.lon), math.cos(lat)))

    def _cell(self, place: Place) -> tuple[int, int]:
        return int(math.floor(place.lat / self.CELL)), int(math.floor(place.lon / self.CELL))

    def nearest(self, place: Place) -> float | None:
        """km to the nearest other anchor; math.inf when none lies within two grid cells
        (at least FAR_KM away); None when the document has no other anchor. Once an
        anchor within NEAR_KM is found (cells nearest first), its distance is given: the
        decision only asks whether the nearest lies within NEAR_KM or beyond FAR_KM."""
        if place.id in self._nearest:
            return self._nearest[place.id]
        pid = place.id
        if len(self.places) <= (pid in self.places):   # no anchor other than this place
            best = None
        else:
            # distance_km's haversine, its cosines computed once per place; the distance
            # grows with h, so the nearest is the distance of the smallest h
            sin, radians = math.sin, math.radians
            lat1, lon1 = radians(place.lat), radians(place.lon)
            cos1 = math.cos(lat1)
            row, col = self._cell(place)
            least = None
            for dr, dc in _CELLS_NEAREST_FIRST:
                for other, lat2, lon2, cos2 in self._cells.get((row + dr, col + dc), ()):
                    if other != pid:
                        h = sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * sin((lon2 - lon1) / 2) ** 2
                        if least is None or h < least:
                            least = h
                if least is not None and least < _NEAR_H:
                    break
            best = math.inf if least is None else 6371.0 * 2 * math.asin(min(1.0, math.sqrt(least)))
        self._nearest[place.id] = best
        return best


def resolve_places(record: dict) -> dict[int, Resolution]:
    """entity index -> Resolution, for every GPE/LOC mention of one record.

    Linear in the mentions: one decision per (paragraph, name, label), distances on a grid.
    """
    import bisect

    text = record.get("text", "")
    starts = _paragraph_of(text)
    mentions = []  # (index, paragraph, name, label, options, located fitting candidates)
    anchors = _Anchors()
    fitted: dict[tuple[int, str], tuple[tuple[Place, ...], bool]] = {}
    for index, entity in enumerate(record.get("entities", [])):
        if entity.get("label") not in PLACE_LABELS:
            continue
        name = simplified_name(entity, text)
        if not name:
            continue
        norm = entity.get("norm") or {}
        options = candidates(norm["modern"]) if norm.get("modern") and not candidates(name) else candidates(name)
        # keyed by the tuple's identity (it stays alive in `mentions`): hashing a tuple of
        # places hashes every field of every place
        fit_key = (id(options), entity["label"])
        known = fitted.get(fit_key)
        if known is None:
            located = _fitting(options, entity["label"])
            known = fitted[fit_key] = (located, len({p.id for p in located}) == 1)
        located, one_place = known
        paragraph = bisect.bisect_right(starts, entity["start"]) - 1
        mentions.append((index, paragraph, name, entity["label"], options, located))
        if one_place:
            anchors.add(paragraph, located[0])
    out: dict[int, Resolution] = {}
    decided: dict[tuple, Resolution] = {}
    for index, paragraph, name, label, options, located in mentions:
        key = (paragraph, name, label, id(options))
        if key not in decided:
            decided[key] = _decide(paragraph, label, options, located, anchors)
        out[index] = decided[key]
    return out


@lru_cache(maxsize=16384)
def _fitting(options: tuple[Place, ...], label: str) -> tuple[Place, ...]:
    """The located candidates that fit the label (a LOC 怒江 is the river row, not the prefecture)."""
    fitting = [p for p in options if fits_label(p, label)]
    if any(p.label == label for p in fitting):
        fitting = [p for p in fitting if p.label == label]
    return tuple(p for p in fitting if p.located)


def _decide(paragraph: int, label: str, options: tuple[Place, ...], located: tuple[Place, ...],
            anchors: _Anchors) -> Resolution:
    if not located:
        why = "no candidate fits the label" if any(p.located for p in options) else "no known coordinates"
        return Resolution(None, why, 0)
    if len(located) == 1 and not _namesake_prone(located[0]):
        return Resolution(located[0], "the only candidate", 1)   # nothing to weigh it against
    scored = []
    for place in located:
        score = KIND_SIZE.get(place.kind, 1) + (1 if place.full else 0) + (3 if place.label == label else 0)
        if place.province and place.province in anchors.provinces.get(paragraph, ()):
            score += 4
        elif place.province and place.province in anchors.document_provinces:
            score += 2
        if place.prefecture and place.prefecture in anchors.prefectures.get(paragraph, ()):
            score += 3
        nearest = anchors.nearest(place)
        if nearest is not None and nearest > FAR_KM and _namesake_prone(place):
            continue  # a small place far from every other place of the document: a namesake
        if nearest is not None and nearest <= NEAR_KM:
            score += 2
        scored.append((score, place))
    if not scored:
        return Resolution(None, f"every candidate is over {FAR_KM:.0f} km from the other places", len(located))
    scored.sort(key=lambda item: -item[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1].id != scored[1][1].id:
        return Resolution(None, "two candidates fit equally", len(located))
    return Resolution(scored[0][1], "the only candidate" if len(located) == 1 else "context", len(located))


def locate_record(record: dict) -> dict:
    """A copy of the record whose GPE/LOC norms carry the resolved id/lat/lon (unlocated: id None).

    For normalisation to call on an extracted record; a place without a gazetteer
    candidate keeps the norm it had.
    """
    resolved = resolve_places(record)
    entities = []
    for index, entity in enumerate(record.get("entities", [])):
        resolution = resolved.get(index)
        if resolution is not None:
            norm = {k: v for k, v in (entity.get("norm") or {}).items() if k not in ("lat", "lon")}
            if resolution.place is not None:
                norm["id"] = resolution.place.id
                norm["lat"], norm["lon"] = resolution.place.lat, resolution.place.lon
            elif resolution.alternatives or resolution.reason == "no candidate fits the label":
                norm["id"] = None
            entity = {**entity, "norm": norm}
        entities.append(entity)
    return {**record, "entities": entities}
