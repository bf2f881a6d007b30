"""One-character place abbreviations (简称), the one owner of lexicons/place_abbreviations.tsv: each character's
readings (province, city, country) and the frames that read it. Three views, each read by the finders of one job:

- `FINDER_READINGS`: char -> (province-or-country reading, city reading), the place finder's abbreviations in lists
  and after a verb of going (豫、湘、桂; 入缅; pipeline.rules.place_pattern_candidates), and the modern value of an
  abbreviation elsewhere (qing_forms, citation_forms_zh, place_abbreviation_moves).
- `ROUTE_CHARS`: the characters route names and abbreviation compounds are made of (平汉, 邕钦, 豫湘桂; name_walk,
  facilities, railway_abbreviation_lists_zh, place_reading_checks); `ROUTE_PROVINCE_CHARS` those read as provinces.
- `TRAVEL_READINGS`: char -> the place a journey's goal or start names ("" where no value is given: 京, 桂;
  travel_place_abbreviations_zh).
- `province_abbreviations(plus, without)`: the province abbreviations a grammar's character class takes: the PRC
  list's first forms and the provinces of 1928 to the 1950s (察 绥 热 康), with the alternate or older forms it adds
  and the characters it leaves out (common words in its frame, or places its frame cannot hold) named where it is
  built.
"""

from __future__ import annotations

from pipeline.lexicons import read_rows


def _rows() -> list[list[str]]:
    rows = [row + [""] * (8 - len(row)) for row in read_rows("place_abbreviations.tsv") if row and len(row[0]) == 1]
    return [[cell.strip() for cell in row] for row in rows]


def _finder_reading(row: list[str]) -> tuple[str | None, str | None]:
    _, province, city, country, finder = row[:5]
    readings = finder.split("+")
    first = province if "province" in readings else country if "country" in readings else ""
    return first or None, (city if "city" in readings else "") or None


def _travel_reading(row: list[str]) -> str:
    _, province, city, _, _, _, travel = row[:7]
    return {"province": province, "city": city}.get(travel, "")


_ROWS = _rows()
FINDER_READINGS: dict[str, tuple[str | None, str | None]] = {
    row[0]: _finder_reading(row) for row in _ROWS if row[4] not in ("", "-")}
ROUTE_CHARS: frozenset[str] = frozenset(row[0] for row in _ROWS if row[5] not in ("", "-"))
ROUTE_PROVINCE_CHARS: frozenset[str] = frozenset(row[0] for row in _ROWS if row[5] == "province")
TRAVEL_READINGS: dict[str, str] = {row[0]: _travel_reading(row) for row in _ROWS if row[6] not in ("", "-")}


_BASE_LISTS = ("standard", "former")


def province_abbreviations(plus: str = "", without: str = "") -> str:
    """The province abbreviations in table order: the `standard` and `former` lists, with `plus` (characters of the
    `alternate` or `older` lists) and without `without`. Both must be province abbreviations of the table."""
    listed = {row[0]: row[7] for row in _ROWS if row[7] not in ("", "-")}
    unknown = set(plus + without) - set(listed)
    if unknown:
        raise ValueError(f"not province abbreviations of place_abbreviations.tsv: {''.join(sorted(unknown))}")
    return "".join(char for char, group in listed.items()
                   if (group in _BASE_LISTS or char in plus) and char not in without)
