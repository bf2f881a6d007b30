"""Data assembly for the HTML report: documents, map, timeline, chronicle, summary.

Everything the page shows is computed here, in Python, from the records
(linked by pipeline.link.assign_ids, places resolved by pipeline.geo); the
page's script only draws it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from pipeline.link import assign_ids, form_scripts, link_entities, to_simplified, to_traditional

PLACE_LABELS = ("GPE", "LOC", "FAC")
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_LENGTH = 3
# a sentence ends at 。！？ (and their ASCII forms before a space), ；, or a line break
SENTENCE_END_RE = re.compile(r"[。！？!?；;]+[”’」』）)]*|\.(?=\s)|\n+")
CLAUSE_END_RE = re.compile(r"[，,：:]")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(SP|SU|FA|WI)|-(H[12]))?")


def label_colours() -> dict[str, str]:
    """The doccano project's colours (pipeline.review.client.LABEL_STYLE)."""
    from pipeline.review.client import LABEL_STYLE

    return {label: colour for label, (colour, _key) in LABEL_STYLE.items()}


# ----------------------------------------------------------------------------- sentences
def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, white space trimmed; the whole text is covered in order."""
    out, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end()
        out.append((start, end))
        start = end
    if start < len(text):
        out.append((start, len(text)))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _sentence_index(ends: list[int], offset: int) -> int:
    """Index of the sentence holding offset (`ends`: the sentences' end offsets, ascending)."""
    return min(bisect.bisect_right(ends, offset), len(ends) - 1)


# ----------------------------------------------------------------------------- dates
def date_span(value: str) -> tuple[str, str, str] | None:
    """TIMEX value -> (first day, last day, precision): day | month | season | half | year."""
    match = DATE_RE.match(value or "")
    if not match:
        return None
    year, month, day, season, half = match.groups()
    y = int(year)
    if day:
        iso = f"{year}-{month}-{day}"
        return iso, iso, "day"
    if month:
        m = int(month)
        last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}", "month"
    if season:
        first = SEASON_MONTH[season]
        if season == "WI":  # December to February
            return f"{year}-12-01", f"{y + 1}-02-28", "season"
        return f"{year}-{first:02d}-01", f"{year}-{first + SEASON_LENGTH - 1:02d}-30", "season"
    if half:
        return (f"{year}-01-01", f"{year}-06-30", "half") if half == "H1" else (f"{year}-07-01", f"{year}-12-31", "half")
    return f"{year}-01-01", f"{year}-12-31", "year"


# ----------------------------------------------------------------------------- entities
def norm_text(entity: dict) -> str:
    """The normalised value as a short string for the hover text."""
    norm = entity.get("norm") or {}
    label = entity["label"]
    if label == "DATE":
        return " ".join(str(v) for v in (norm.get("value"), norm.get("mod")) if v)
    if label == "QUANTITY":
        return " ".join(str(v) for v in (norm.get("approx"), norm.get("value"), norm.get("unit")) if v not in (None, ""))
    parts = []
    for key in ("canonical", "modern", "zh", "name"):
        if norm.get(key):
            parts.append(str(norm[key]))
    if label == "MIL_UNIT" and norm.get("numbers"):
        parts.append(f"{','.join(map(str, norm['numbers']))} {norm.get('echelon') or ''}".strip())
    return " · ".join(dict.fromkeys(parts))


def _forms(surfaces: set[str]) -> list[str]:
    """衡阳 / 衡陽 / Hengyang: Simplified, Traditional and English forms of the mentions."""
    hans, hant, en = set(), set(), set()
    for surface in surfaces:
        scripts = form_scripts(surface)
        if scripts == ("en",):
            en.add(surface)
        else:
            hans.add(to_simplified(surface))
            hant.add(to_traditional(surface))
    return sorted(hans) + sorted(hant - hans) + sorted(en)


# ----------------------------------------------------------------------------- assembly
def build_report(records: list[dict]) -> dict:
    """The report's data: one dict, JSON-ready."""
    linked = assign_ids(records)
    docs, places, timeline, chronicle = [], {}, [], []
    label_counts: Counter = Counter()
    for d, record in enumerate(linked):
        text = record.get("text", "")
        bounds = sentences(text) or [(0, len(text))]
        ends = [e for _s, e in bounds]
        entities = sorted(record.get("entities", []), key=lambda e: (e["start"], e["end"]))
        out_entities = []
        for k, entity in enumerate(entities):
            surface = entity.get("text") or text[entity["start"]:entity["end"]]
            norm = entity.get("norm") or {}
            label_counts[entity["label"]] += 1
            out_entities.append({"start": entity["start"], "end": entity["end"], "label": entity["label"],
                                 "value": norm_text(entity), "id": norm.get("id") or "",
                                 "sentence": _sentence_index(ends, entity["start"])})
            if entity["label"] in PLACE_LABELS and norm.get("lat") is not None and norm.get("id"):
                place = places.setdefault(norm["id"], {"id": norm["id"], "lat": norm["lat"], "lon": norm["lon"],
                                                       "label": entity["label"], "surfaces": Counter(),
                                                       "mentions": 0, "docs": []})
                place["surfaces"][surface] += 1
                place["mentions"] += 1
                if d not in place["docs"]:
                    place["docs"].append(d)
            if entity["label"] == "DATE":
                span = date_span(norm.get("value", ""))
                if span:
                    s, e = bounds[_sentence_index(ends, entity["start"])]
                    timeline.append({"doc": d, "entity": k, "text": surface, "value": norm.get("value"),
                                     "mod": norm.get("mod") or "", "first": span[0], "last": span[1],
                                     "precision": span[2], "sentence": text[s:e]})
        chronicle += chronicle_rows(d, text, entities, bounds)
        docs.append({"id": str(record.get("id", d)), "lang": (record.get("meta") or {}).get("lang", ""),
                     "text": text, "sentences": bounds, "entities": out_entities})
    place_list = []
    for place in sorted(places.values(), key=lambda p: (-p["mentions"], p["id"])):
        surfaces = place["surfaces"]
        name = max(surfaces, key=lambda f: (bool(CJK_RE.search(f)), surfaces[f], len(f), f))
        place_list.append({**{k: v for k, v in place.items() if k != "surfaces"},
                           "name": to_simplified(name), "forms": _forms(set(surfaces))})
    timeline.sort(key=lambda t: (t["first"], t["last"], t["doc"], t["entity"]))
    chronicle.sort(key=lambda c: (c["unit_id"], c["first"] or "9999", c["doc"], c["start"]))
    return {"labels": label_colours(), "docs": docs, "places": place_list, "timeline": timeline,
            "chronicle": chronicle, "summary": summary(linked, label_counts)}


def summary(linked: list[dict], label_counts: Counter, top: int = 10) -> dict:
    rows = link_entities(linked)
    tops = {}
    for name, labels in (("units", ("MIL_UNIT",)), ("places", ("GPE", "LOC", "FAC")), ("people", ("PERSON",))):
        chosen = [r for r in rows if r["label"] in labels][:top]
        tops[name] = [{"id": r["id"], "label": r["label"], "mentions": r["mentions"], "documents": len(r["documents"]),
                       "forms": r["zh-Hans"] + [f for f in r["zh-Hant"] if f not in r["zh-Hans"]] + r["en"]}
                      for r in chosen]
    return {"labels": dict(sorted(label_counts.items(), key=lambda kv: (-kv[1], kv[0]))), **tops}


# ----------------------------------------------------------------------------- chronicle
WIDE_KINDS = frozenset({"country", "continent", "ocean", "sea", "region", "puppet state", "colony", "islands"})
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
BRACKET_REACH = 120  # a describing bracket is short: look back this far at most


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for match in CLAUSE_END_RE.finditer(text, start, end):
        out.append((s, match.end()))
        s = match.end()
    out.append((s, end))
    return out


def _in(span: tuple[int, int], entity: dict) -> bool:
    return span[0] <= entity["start"] < span[1]


def _wide(entity: dict, text: str) -> bool:
    """A country, continent, sea or world region: not where a unit is (日本第11军, 在中国)."""
    from pipeline.geo import candidates, simplified_name

    if entity["label"] == "FAC":
        return False
    name = simplified_name(entity, text)
    return bool(name) and any(p.source == "world" and p.kind in WIDE_KINDS for p in candidates(name))


def _described(entity: dict, text: str, sentence_start: int, ends: set[int]) -> bool:
    """Inside a bracket opened right after an entity: 平汉铁路（北平-汉口）, 郑县（郑州）."""
    depth, i = 0, entity["start"] - 1
    stop = max(sentence_start, entity["start"] - BRACKET_REACH)
    while i >= stop:
        if text[i] in CLOSE_BRACKETS:
            depth += 1
        elif text[i] in OPEN_BRACKETS:
            if depth == 0:
                return i in ends
            depth -= 1
        i -= 1
    return False


def _chronicle_places(inside: list[dict], text: str, sentence_start: int) -> list[dict]:
    """Places a unit can be at: no country or world region, no province written before a
    place (广东清远: 清远), nothing in a bracket that describes the entity before it."""
    ends = {e["end"] for e in inside if e["label"] in PLACE_LABELS}
    starts = {e["start"] for e in inside if e["label"] in PLACE_LABELS}
    out = []
    for entity in inside:
        if entity["label"] not in PLACE_LABELS:
            continue
        if entity["end"] in starts or _wide(entity, text) or _described(entity, text, sentence_start, ends):
            continue
        out.append(entity)
    return out


def _groups(clause_entities: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    """(units, places) in reading order: a run of units is the subject of the places after it
    (第13师团及第3师团分别进至柳州…); places before the first unit go to it if it has none."""
    groups: list[tuple[list[dict], list[dict]]] = []
    leading: list[dict] = []
    for entity in clause_entities:
        if entity["label"] == "MIL_UNIT":
            if not groups or groups[-1][1]:
                groups.append(([], []))
            groups[-1][0].append(entity)
        elif groups:
            groups[-1][1].append(entity)
        else:
            leading.append(entity)
    if groups and not groups[0][1]:
        groups[0][1].extend(leading)
    return groups


def chronicle_rows(doc: int, text: str, entities: list[dict], bounds: list[tuple[int, int]]) -> list[dict]:
    """Unit - place - date statements of one document, one row per unit and place.

    Within a clause (cut at ，：) a run of units is paired with the places that follow it
    (`分别` pairs them in order); a unit whose clause names no place takes the places of
    the next clause if that clause names no unit (日军第3师团，从长阳进入宜昌). The date is
    the one of the clause, else the nearest before the unit in the sentence; a sentence
    without a date takes the date of the sentence right before it in the same paragraph
    (`carried`).
    """
    rows = []
    previous_dates: list[dict] = []
    by_sentence: dict[int, list[dict]] = {}
    ends = [e for _s, e in bounds]
    for ent in entities:  # entities sorted by start
        by_sentence.setdefault(_sentence_index(ends, ent["start"]), []).append(ent)
    for index, (s, e) in enumerate(bounds):
        inside = [ent for ent in by_sentence.get(index, ()) if s <= ent["start"] < e]
        dates = [ent for ent in inside if ent["label"] == "DATE" and date_span((ent.get("norm") or {}).get("value", ""))]
        units = [ent for ent in inside if ent["label"] == "MIL_UNIT" and (ent.get("norm") or {}).get("id")]
        if index and "\n" in text[bounds[index - 1][1]:s]:
            previous_dates = []  # a date is not carried into a new paragraph
        carried = not dates and bool(previous_dates)
        if units and (dates or carried):
            places = _chronicle_places(inside, text, s)
            clauses = _clauses(text, s, e)
            members = [[ent for ent in units + places if _in(span, ent)] for span in clauses]
            for c, span in enumerate(clauses):
                for group_units, group_places in _groups(sorted(members[c], key=lambda x: x["start"])):
                    place_clause = c
                    if not group_places and c + 1 < len(clauses) and \
                            not any(x["label"] == "MIL_UNIT" for x in members[c + 1]):
                        group_places, place_clause = members[c + 1], c + 1
                    if not group_places:
                        continue
                    if len(group_units) == len(group_places) > 1 and "分别" in text[span[0]:span[1]]:
                        pairs = list(zip(group_units, group_places))
                    else:
                        pairs = [(u, p) for u in group_units for p in group_places]
                    for unit, place in pairs:
                        if carried:
                            date = previous_dates[-1]
                        else:
                            date = next((d for d in dates if _in(clauses[c], d) or _in(clauses[place_clause], d)),
                                        None) or next((d for d in reversed(dates) if d["start"] < unit["start"]), None)
                        if date is None:
                            continue
                        rows.append(_row(doc, index, s, e, text, unit, place, date, carried))
        previous_dates = dates  # only the sentence right before carries its date
    return rows


def _row(doc, index, s, e, text, unit, place, date, carried) -> dict:
    first, _last, precision = date_span(date["norm"]["value"])
    pnorm = place.get("norm") or {}
    return {"doc": doc, "sentence": index, "start": s, "end": e,
            "unit_id": unit["norm"]["id"], "unit": text[unit["start"]:unit["end"]], "unit_start": unit["start"],
            "place": text[place["start"]:place["end"]], "place_id": pnorm.get("id") or "",
            "lat": pnorm.get("lat"), "lon": pnorm.get("lon"),
            "date": text[date["start"]:date["end"]], "value": date["norm"]["value"],
            "first": first, "precision": precision, "carried": carried, "evidence": text[s:e]}
