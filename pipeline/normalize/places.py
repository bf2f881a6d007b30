"""Place lexicon (GPE/LOC) and place normalisation.

`place_lexicon()` merges the place lexicons of pipeline/lexicons/ into one
name -> entry table; `normalize_place()` gives a place's norm:
{"modern": ..., "id": ..., "lat": ..., "lon": ...}.

Policy for `modern`: set only when it differs from the name as written —
the text states it ("郑县（今郑州）" → 郑州) or the lexicon knows a present-day
name for a historical one (北平 → 北京). A modern name (衡阳, 衡阳市) gets no
`modern`; its gazetteer `id`/`lat`/`lon` are given when the name is unambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicons import LEXICON_DIR, read_rows

KIND_RANK = {"province": 0, "prefecture": 1, "county": 2, "district": 3}

# "（今郑州）", "(今属扶绥)", "（今并入荥阳）": the modern name stated right after a place
MODERN_NOTE_RE = re.compile(
    r"\s*[（(]\s*今(?:属于|属|并入|划归|归入|归|改称|改名为|改名|改为|称|名|为|之)?"
    r"([\u4e00-\u9fff]{1,12}?)(?:境内|一带|附近|地区|辖境|境)?\s*[）)]"   # (今吴忠境): the land of 吴忠 (auditzh18)
)


@dataclass(frozen=True)
class PlaceEntry:
    """One matchable place name with what the lexicons know about it."""

    name: str
    label: str  # GPE | LOC
    source: str  # gazetteer | historical | world | foreign | physical
    kind: str
    modern: str | None = None
    id: str | None = None
    lat: float | None = None
    lon: float | None = None
    layer: str = ""  # "qing": a Qing or 1912–80 division (_qing_entries), whose safe short forms are listed already


def _float(text: str) -> float | None:
    return float(text) if text else None


@lru_cache(maxsize=1)
def gazetteer_by_id() -> dict[str, tuple[float | None, float | None]]:
    coords = {}
    for name, _label, _canon, _kind, _ad, lat, lon, pid in read_rows("gazetteer_cn.tsv"):
        coords[pid] = (_float(lat), _float(lon))
    return coords


def _gazetteer_entries() -> dict[str, PlaceEntry]:
    """One entry per name: the full-name row beats a short form; then the highest level.
    A short form shared by several places at the same best level gets no id."""
    best: dict[str, tuple[tuple, PlaceEntry, bool]] = {}
    for name, label, canon, kind, _ad, lat, lon, pid in read_rows("gazetteer_cn.tsv"):
        key = (0 if name == canon else 1, KIND_RANK.get(kind, 9))
        entry = PlaceEntry(name, label, "gazetteer", kind, None, pid, _float(lat), _float(lon))
        if name not in best or key < best[name][0]:
            best[name] = (key, entry, False)
        elif key == best[name][0] and best[name][1].id != pid:
            best[name] = (key, best[name][1], True)
    table = {}
    for name, (_key, entry, ambiguous) in best.items():
        if ambiguous:
            entry = PlaceEntry(name, entry.label, entry.source, entry.kind)
        table[name] = entry
    return table


def _former_entries() -> dict[str, PlaceEntry]:
    """Former county- and prefecture-level names since 1980 that today's gazetteer lacks (former_counties_cn.tsv),
    read like the gazetteer's own (source "gazetteer"), with the division that continues them as `modern` and
    its id. The full name beats a short form, then the higher level; a name several places share at the same
    level keeps no id and no modern name."""
    coords = gazetteer_by_id()
    best: dict[str, tuple[tuple, PlaceEntry, bool]] = {}
    for name, label, canon, kind, _code, _parent, _years, modern, pid in read_rows("former_counties_cn.tsv"):
        key = (0 if name == canon else 1, KIND_RANK.get(kind, 9))
        lat, lon = coords.get(pid, (None, None)) if pid else (None, None)
        entry = PlaceEntry(name, label, "gazetteer", kind, modern or None, pid or None, lat, lon)
        if name not in best or key < best[name][0]:
            best[name] = (key, entry, False)
        elif key == best[name][0] and (best[name][1].id, best[name][1].modern) != (entry.id, entry.modern):
            best[name] = (key, best[name][1], True)
    return {name: PlaceEntry(name, entry.label, entry.source, entry.kind) if ambiguous else entry
            for name, (_key, entry, ambiguous) in best.items()}


def _district_short_entries() -> dict[str, PlaceEntry]:
    """Bare short forms of districts that continue a former county of the same stem (定陶县 → 定陶区: 定陶),
    district_county_short_forms_cn.tsv: read like the gazetteer's own names, with the district's id and coordinates.
    Forms that are ordinary words too (reading "frame": 怀柔, 丰润) are left to pipeline.rules.place_short_forms."""
    return {name: PlaceEntry(name, label, "gazetteer", kind, None, pid or None, _float(lat), _float(lon))
            for name, label, _canon, kind, _ad, lat, lon, pid, reading, *_rest
            in read_rows("district_county_short_forms_cn.tsv") if reading == "bare"}


def _qing_entries() -> dict[str, PlaceEntry]:
    """Qing prefectures and counties of 1911 (qing_divisions_cn.tsv, generated from CHGIS v4) and the renamed
    or abolished divisions of 1912–80 (divisions_renamed_cn.tsv, complete lists by source): read like the
    gazetteer's own names (source "gazetteer", so its guards apply), never overriding another list's name.
    The full name beats a short form, then the higher level; a name several units share at the same level keeps
    no id and no modern name."""
    coords = gazetteer_by_id()
    best: dict[str, tuple[tuple, PlaceEntry, bool]] = {}
    rows = [(row[0], row[1], row[2], row[3], row[7], row[8]) for row in read_rows("qing_divisions_cn.tsv")]
    rows += [(row[0], row[1], row[2], row[3], row[5], row[6]) for row in read_rows("divisions_renamed_cn.tsv")]
    for name, label, canon, kind, modern, pid in rows:
        key = (0 if name == canon else 1, KIND_RANK.get(kind, 9))
        lat, lon = coords.get(pid, (None, None)) if pid else (None, None)
        entry = PlaceEntry(name, label, "gazetteer", kind, modern or None, pid or None, lat, lon, "qing")
        if name not in best or key < best[name][0]:
            best[name] = (key, entry, False)
        elif key == best[name][0] and (best[name][1].id, best[name][1].modern) != (entry.id, entry.modern):
            best[name] = (key, best[name][1], True)
    return {name: PlaceEntry(name, entry.label, entry.source, entry.kind, layer="qing") if ambiguous else entry
            for name, (_key, entry, ambiguous) in best.items()}


def _hand_entries(file_name: str, source: str) -> dict[str, PlaceEntry]:
    coords = gazetteer_by_id()
    table = {}
    for row in read_rows(file_name):
        name, label, canonical, kind, pid = row[:5]
        modern = None
        if canonical and canonical != name and kind != "region" and source != "world":
            modern = canonical
        if source == "world" and kind not in ("country", "continent", "region") and canonical != name:
            modern = canonical
        if source == "foreign":  # canonical is the full form (加州 → 加利福尼亚州), modern only for a rename
            note = row[5] if len(row) > 5 else ""
            modern = canonical if note.startswith("renamed") and canonical != name else None
        lat, lon = coords.get(pid, (None, None)) if pid else (None, None)
        table[name] = PlaceEntry(name, label, source, kind, modern, pid or None, lat, lon)
    return table


_ENGLISH_TABLES_READ_IN_CHINESE = ("en_places_world.tsv", "en_places_book.tsv", "en_places_pacific.tsv",
                                   "en_places_malaya.tsv", "en_places_burma_india.tsv", "en_places_us_india.tsv",
                                   "en_places_regions.tsv", "en_places_taiwan.tsv")


@lru_cache(maxsize=1)
def english_places_in_chinese() -> dict[str, tuple[str, str]]:
    """The Chinese column of the English place tables read in Chinese text: name → (GPE|LOC, kind); Han names of
    two characters or more, no ordinary word or personal name (en_places_zh_excluded.txt). A name another list has
    keeps that list's entry (place_lexicon)."""
    lines = (LEXICON_DIR / "en_places_zh_excluded.txt").read_text(encoding="utf-8").splitlines()
    excluded = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    names: dict[str, tuple[str, str]] = {}
    for file_name in _ENGLISH_TABLES_READ_IN_CHINESE:
        for row in read_rows(file_name):
            name, label, kind = row[:3]
            if len(name) >= 2 and name not in excluded and label in ("GPE", "LOC") and name not in names \
                    and all("\u4e00" <= ch <= "\u9fff" for ch in name):
                names[name] = (label, kind)
    return names


@lru_cache(maxsize=1)
def place_lexicon() -> dict[str, PlaceEntry]:
    """All place names. Precedence: historical > physical > world > foreign > gazetteer."""
    table = _gazetteer_entries()
    table.update((name, entry) for name, entry in _former_entries().items() if name not in table)
    table.update((name, entry) for name, entry in _district_short_entries().items() if name not in table)
    for file_name, source in (
        ("places_taiwan.tsv", "taiwan"),
        ("places_hongkong.tsv", "hongkong"),   # session 23 (s23zhfac)
        ("places_korea.tsv", "korea"),
        ("places_foreign.tsv", "foreign"),
        ("places_world.tsv", "world"),
        ("places_physical_lists.tsv", "physical"),     # complete lists by criterion (session 9); the hand list wins
        ("places_physical.tsv", "physical"),
        ("places_historical.tsv", "historical"),
    ):
        table.update(_hand_entries(file_name, source))
    # foreign places of Chinese war history (Korea, Japan, Vietnam, Burma, the Far East, Mongolia): complete lists
    # whose names never override another list's (a Chinese county of the same name stays the Chinese county)
    table.update((name, entry) for name, entry in _hand_entries("places_foreign_zh.tsv", "foreign").items()
                 if name not in table)
    # Korea's provinces, cities and front-line counties by their hanja names (the Chinese column of the English
    # list): only names no other list has (丽水, 江陵 stay the Chinese places) and no ordinary word (城南, 群山, 天安)
    from pipeline.rules.names_common import word_info     # here: names_common reads this module's lexicon
    words = word_info()
    for row in read_rows("en_places_korea.tsv"):
        name, label, kind = row[:3]
        known = words.get(name)
        if name and name not in table and not (known and (known[0] >= 100 or known[1] == "t")):
            table[name] = PlaceEntry(name, label, "foreign", kind)
    # the Chinese names of the other English place tables (world, book, Pacific, Malaya, Burma/India, US/India, regions,
    # Taiwan): one place in both languages; only names no other list has, no ordinary word (en_places_zh_excluded.txt)
    table.update((name, PlaceEntry(name, label, "foreign", kind))
                 for name, (label, kind) in english_places_in_chinese().items() if name not in table)
    # Qing prefectures and counties of 1911 and the divisions renamed 1912–80: only names no other list has
    table.update((name, entry) for name, entry in _qing_entries().items() if name not in table)
    return table


def is_gpe_name(name: str) -> bool:
    """Whether the place lexicon holds `name` as a GPE (a settlement or a division, not a landform)."""
    entry = place_lexicon().get(name)
    return entry is not None and entry.label == "GPE"


def stated_modern(following_text: str) -> str | None:
    """The modern name stated right after a place: "（今郑州）…" → "郑州"."""
    match = MODERN_NOTE_RE.match(following_text)
    return match.group(1) if match else None


def normalize_place(name: str, following_text: str = "") -> dict:
    """Norm of a GPE/LOC span: modern (stated or known, only when different), id, lat, lon."""
    entry = place_lexicon().get(name)
    norm: dict = {}
    modern = stated_modern(following_text) if "今" in following_text else None
    if modern is None and entry is not None:
        modern = entry.modern
    if modern and modern != name:
        norm["modern"] = modern
    if entry is not None:
        norm["id"] = entry.id
        if entry.lat is not None:
            norm["lat"] = entry.lat
            norm["lon"] = entry.lon
    else:
        norm["id"] = None
    return norm
