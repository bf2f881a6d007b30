"""Entity linking across scripts and languages: one id per real-world entity.

Id rules (`norm.id`):
- GPE/LOC: the gazetteer id of the place pipeline.geo resolves from context (`cn:430400`
  for 衡阳 = 衡陽 = Hengyang; a namesake far from the document's other places, or a
  county for a LOC hill, is refused), with its norm.lat/lon;
  a place without one gets `place:<Simplified name>`; English names map to their
  Chinese name through places_en.tsv.
- FAC: `fac:<Simplified name>` (English through places_en.tsv).
- MIL_UNIT: `side/echelon_key/number` of the innermost unit (`JP/army/11`; see
  pipeline.normalize.units for chains and lists), `side/named/<name>`; an
  unknown side takes the one side the same document gives the same designation
  elsewhere, else the one side the whole corpus gives it (`side_from` says which);
  where neither settles it, it stays unknown: the id is `?/army/11` and the entity
  row says `side unknown` (never guessed). A list (11th and 23rd Armies, `JP/army/11+23`,
  or comma-joined member ids) counts as a mention of each member, and a side stated for
  a list member is used for the same designation elsewhere in the document.
- PERSON: `person:<canonical name>` from persons.tsv (Chinese names, aliases and
  English forms); a Chinese name the lexicon lacks is matched to English mentions
  through its pinyin (pypinyin) and the Wade-Giles table; otherwise
  `person:<name as written>`.
- ORG/EVENT: `org:`/`event:` + the canonical Simplified name where a lexicon knows it.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from functools import lru_cache

from pipeline.rules.english_lexicon import english_names, read_rows

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LINKED_LABELS = ("GPE", "LOC", "FAC", "MIL_UNIT", "PERSON", "ORG", "EVENT")
PLACE_SUFFIXES = ("城", "市", "省", "县", "镇")


# ----------------------------------------------------------------------------- scripts
@lru_cache(maxsize=4)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text) if CJK.search(text) else text


@lru_cache(maxsize=65536)
def to_traditional(text: str) -> str:
    return _opencc("s2t").convert(text) if CJK.search(text) else text


def form_scripts(text: str) -> tuple[str, ...]:
    """Which columns a surface form belongs to: ("en",), ("zh-Hans",), ("zh-Hant",) or both zh."""
    if not CJK.search(text):
        return ("en",)
    simplified, traditional = to_simplified(text), to_traditional(text)
    if simplified != text:
        return ("zh-Hant",)
    if traditional != text:
        return ("zh-Hans",)
    return ("zh-Hans", "zh-Hant")


# ----------------------------------------------------------------------------- places
def place_id(zh_name: str) -> str | None:
    """Gazetteer id of a Simplified place name (suffix 城/市/省/县 tolerated), or None."""
    from pipeline.normalize.places import place_lexicon

    table = place_lexicon()
    candidates = [zh_name] + [zh_name[:-1] for s in PLACE_SUFFIXES if zh_name.endswith(s) and len(zh_name) > 2]
    for name in candidates:
        entry = table.get(name)
        if entry is not None and entry.id:
            return entry.id
    return None


def _place_canonical(zh_name: str) -> str:
    from pipeline.normalize.places import place_lexicon

    entry = place_lexicon().get(zh_name)
    if entry is not None and entry.modern and entry.source == "world":
        return entry.modern
    return zh_name


def _place_key(entity: dict, simplified: str, is_english: bool, resolution=None) -> str:
    """Id of a place mention; `resolution` (pipeline.geo) settles namesakes from context."""
    norm = entity.get("norm") or {}
    zh = norm.get("zh") if is_english else simplified
    if zh is None and is_english:
        known = english_names().get(entity["text"])
        zh = known[1] if known else None
    if zh is None:     # a town only the world gazetteer knows keeps its GeoNames id (english_world_cities, session 25)
        return norm["id"] if str(norm.get("id") or "").startswith("geonames:") else f"place:en:{entity['text']}"
    if entity["label"] == "FAC":
        return f"fac:{zh}"
    if resolution is not None and resolution.place is not None and resolution.place.id:
        return resolution.place.id
    if resolution is not None and (resolution.alternatives or resolution.reason == "no candidate fits the label"):
        return f"place:{_place_canonical(zh)}"  # a namesake is not this place: leave it unlocated
    return (norm.get("id") if not is_english and norm.get("id") else None) or place_id(zh) or \
        f"place:{_place_canonical(zh)}"


# ----------------------------------------------------------------------------- units
def _unit_key(entity: dict, simplified: str, left: str, is_english: bool) -> tuple[str | None, dict]:
    """(id or None, norm) for a MIL_UNIT mention, computing the norm when it lacks one."""
    norm = entity.get("norm") or {}
    if "numbers" not in norm or "side" not in norm:
        if is_english:
            from pipeline.normalize.english import normalize_unit_en

            norm = normalize_unit_en(entity["text"], left)
        else:
            from pipeline.normalize.units import normalize_unit

            norm = normalize_unit(simplified, left)
    return norm.get("id"), norm


def _unit_pending_key(norm: dict, unit_id: str | None, simplified: str, is_english: bool) -> str | None:
    """Side-free key of a numbered designation (army/11, provisional_army/15, army/11+23)."""
    if unit_id and "/named/" not in unit_id:
        return ",".join(part.split("/", 1)[1] for part in unit_id.split(","))
    numbers = tuple(norm.get("numbers") or ())
    if not numbers:
        return None
    if not is_english:
        from pipeline.normalize.units import designation_key

        return designation_key(simplified)
    from pipeline.normalize.english import unit_id as english_unit_id

    probe = english_unit_id("X", _echelon_key(norm), list(numbers), norm.get("prefix", ""))
    return probe.split("/", 1)[1] if probe else None


def _member_keys(key: str) -> list[str]:
    """army/11+23 -> [army/11, army/23]; a,b -> [a, b]; regiment/161/battalion/3 stays whole."""
    members = []
    for part in key.split(","):
        head, _, numbers = part.rpartition("/")
        if "+" in numbers and all(n.isdigit() for n in numbers.split("+")):
            members.extend(f"{head}/{n}" for n in numbers.split("+"))
        else:
            members.append(part)
    return members


def _echelon_key(norm: dict) -> str:
    if norm.get("echelon_key"):
        return norm["echelon_key"]
    from pipeline.normalize.units import echelon_key

    return echelon_key(norm.get("echelon", "")) or "unit"


def _split_unit_id(unit_id: str) -> list[str]:
    """JP/army/11+23 -> [JP/army/11, JP/army/23]; comma-joined member ids are split too."""
    side = unit_id.split("/", 1)[0]
    if "/named/" in unit_id:
        return [unit_id]
    out = []
    for part in unit_id.split(","):
        part_side, _, key = part.partition("/")
        out.extend(f"{part_side or side}/{member}" for member in _member_keys(key))
    return out


# ----------------------------------------------------------------------------- persons
@lru_cache(maxsize=1)
def _person_lexicon() -> dict[str, str]:
    """Any Chinese name/alias or English form (lower case) -> canonical Chinese name."""
    table: dict[str, str] = {}
    for row in read_rows("persons.tsv"):
        if not row or not row[0]:
            continue
        table[row[0]] = row[0]
        if len(row) > 1:
            for alias in row[1].split(","):
                if alias.strip():
                    table.setdefault(alias.strip(), row[0])
    from pipeline.rules.person_lists import list_rows   # session 9: the complete lists of people

    for row in list_rows():
        for form in [row[0], *(row[1].split(",") if len(row) > 1 else [])]:
            if form.strip():
                table.setdefault(form.strip(), row[0].strip())
    for form, (label, zh) in english_names().items():
        if label == "PERSON":
            table.setdefault(form.lower(), zh)
    return table


@lru_cache(maxsize=1)
def _romanisation() -> tuple[dict[str, set[str]], frozenset]:
    """Romanised syllable (pinyin or Wade-Giles, plain ASCII) -> possible pinyin syllables."""
    reverse: dict[str, set[str]] = defaultdict(set)
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            pinyin = row[0].replace("ü", "v")
            for form in {pinyin, row[0].replace("ü", "u"), row[1].replace("'", "").replace("ü", "u").replace("ê", "e"),
                         row[2]}:
                reverse[form].add(pinyin)
    return dict(reverse), frozenset(reverse)


def _segment(word: str, known: frozenset) -> list[list[str]]:
    """All ways to cut a romanised word into known syllables (at most 3 syllables)."""
    if not word:
        return [[]]
    cuts = []
    for i in range(1, len(word) + 1):
        if word[:i] in known:
            for rest in _segment(word[i:], known):
                if len(rest) < 3:
                    cuts.append([word[:i]] + rest)
    return cuts


def romanised_keys(name: str, limit: int = 64) -> set[str]:
    """Pinyin keys an English-written Chinese name may stand for ('Hsueh Yueh' -> {'xue yue', ...})."""
    reverse, known = _romanisation()
    options: list[list[str]] = []
    for word in re.split(r"[\s\-\u2019']+", name.lower().strip()):
        if not word:
            continue
        cuts = _segment(word, known)
        if not cuts:
            return set()
        options.append([" ".join(c) for c in cuts])
    keys = set()
    for words in itertools.product(*options):
        syllables = " ".join(words).split()
        for choice in itertools.product(*(sorted(reverse[s]) for s in syllables)):
            keys.add(" ".join(choice))
            if len(keys) >= limit:
                return keys
    return keys


def chinese_name_keys(simplified: str) -> set[str]:
    """Pinyin keys of a Chinese name (heteronyms of the surname included)."""
    from pypinyin import Style, pinyin

    readings = pinyin(simplified, style=Style.NORMAL, heteronym=True, v_to_u=False)
    if not readings or any(not r or not re.fullmatch(r"[a-z]+", r[0]) for r in readings):
        return set()
    first = readings[0][:3]
    rest = [r[0] for r in readings[1:]]
    return {" ".join([f] + rest) for f in first}


def _person_key(text: str, simplified: str, is_english: bool) -> tuple[str | None, set[str]]:
    """(lexicon id or None, romanisation keys for matching across languages)."""
    lexicon = _person_lexicon()
    canonical = lexicon.get(text.lower()) if is_english else lexicon.get(simplified)
    if canonical:
        return f"person:{canonical}", set()
    keys = romanised_keys(text) if is_english else chinese_name_keys(simplified)
    return None, keys


# ----------------------------------------------------------------------------- org / event
@lru_cache(maxsize=1)
def _alias_table(file: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in read_rows(file):
        if row and row[0]:
            table[row[0]] = row[0]
            for alias in (row[1].split(",") if len(row) > 1 else []):
                if alias.strip():
                    table.setdefault(alias.strip(), row[0])
            for form in (row[2].split(",") if len(row) > 2 else []):
                if form.strip():
                    table.setdefault(form.strip(), row[0])
    return table


def _named_key(label: str, text: str, simplified: str, norm: dict) -> str:
    file, prefix = ("organisations.tsv", "org") if label == "ORG" else ("events.tsv", "event")
    table = _alias_table(file)
    canonical = table.get(simplified) or table.get(text) or norm.get("zh")
    return f"{prefix}:{canonical or simplified}"


# ----------------------------------------------------------------------------- linking
def _mentions(records: list[dict]):
    """Yield (record index, entity index, entity, simplified text, is_english, left context)."""
    for r, record in enumerate(records):
        text = record.get("text", "")
        for e, entity in enumerate(record.get("entities", [])):
            if entity.get("label") not in LINKED_LABELS:
                continue
            surface = entity.get("text") or text[entity["start"]:entity["end"]]
            entity = {**entity, "text": surface}
            is_english = not CJK.search(surface)
            left = text[max(0, entity["start"] - 40):entity["start"]]
            yield r, e, entity, to_simplified(surface), is_english, (left if is_english else to_simplified(left))


def assign_ids(records: list[dict]) -> list[dict]:
    """Copies of the records with norm.id (and norm.side_known for units) on every linked entity."""
    out = [{**rec, "entities": [dict(ent, norm=dict(ent.get("norm") or {})) for ent in rec.get("entities", [])]}
           for rec in records]
    mentions = list(_mentions(out))
    from pipeline.geo import resolve_places

    places = {r: resolve_places(record) for r, record in enumerate(out)}
    person_keys: dict[tuple, set[str]] = {}
    chinese_key_to_id: dict[str, str] = {}
    pending_units: list[tuple] = []
    doc_sides: dict[tuple, set[str]] = defaultdict(set)
    for r, e, entity, simplified, is_english, left in mentions:
        norm = out[r]["entities"][e]["norm"]
        label = entity["label"]
        if label in ("GPE", "LOC", "FAC"):
            resolution = places[r].get(e) if label != "FAC" else None
            norm["id"] = _place_key(entity, simplified, is_english, resolution)
            if resolution is not None:
                norm.pop("lat", None), norm.pop("lon", None)
                if resolution.place is not None and resolution.place.id == norm["id"]:
                    norm["lat"], norm["lon"] = resolution.place.lat, resolution.place.lon
        elif label == "MIL_UNIT":
            unit_id, unit_norm = _unit_key(entity, simplified, left, is_english)
            for field in ("numbers", "echelon", "prefix", "side"):
                norm.setdefault(field, unit_norm.get(field))
            norm["id"] = unit_id
            pending = _unit_pending_key(unit_norm, unit_id, simplified, is_english)
            if unit_id and pending and unit_norm.get("side"):
                for member in _member_keys(pending):
                    doc_sides[(r, member)].add(unit_norm["side"])
            elif not unit_id:
                pending_units.append((r, e, unit_norm, pending))
        elif label == "PERSON":
            lexicon_id, keys = _person_key(entity["text"], simplified, is_english)
            norm["id"] = lexicon_id
            if lexicon_id is None:
                person_keys[(r, e)] = keys
                if not is_english:
                    for key in keys:
                        chinese_key_to_id.setdefault(key, f"person:{simplified}")
        else:
            norm["id"] = _named_key(label, entity["text"], simplified, norm)
    corpus_sides: dict[str, set[str]] = defaultdict(set)
    for (_, member), found in doc_sides.items():
        corpus_sides[member] |= found
    for r, e, unit_norm, pending in pending_units:
        norm = out[r]["entities"][e]["norm"]
        members = _member_keys(pending) if pending else []
        sides = set().union(*(doc_sides.get((r, m), set()) for m in members))
        source = "document"
        if not sides and members:  # the corpus knows this designation on one side only
            sides = set().union(*(corpus_sides.get(m, set()) for m in members))
            source = "corpus"
        if len(sides) == 1:
            side = next(iter(sides))
            norm["side"] = side
            norm["id"] = ",".join(f"{side}/{part}" for part in pending.split(","))
            norm["side_from"] = source
        elif pending:
            norm["id"] = ",".join(f"?/{part}" for part in pending.split(","))
            norm["side_known"] = False
        elif unit_norm.get("name"):
            norm["id"] = f"?/named/{unit_norm['name']}"
            norm["side_known"] = False
    for (r, e), keys in person_keys.items():
        entity = out[r]["entities"][e]
        match = next((chinese_key_to_id[k] for k in sorted(keys) if k in chinese_key_to_id), None)
        entity["norm"]["id"] = match or f"person:{to_simplified(entity.get('text') or out[r]['text'][entity['start']:entity['end']])}"
    return out


def link_entities(records: list[dict]) -> list[dict]:
    """One row per linked entity: id, label, forms per script/language, mentions, documents."""
    rows: dict[tuple[str, str], dict] = {}
    linked = assign_ids(records)
    for record in linked:
        doc = record.get("id", "")
        for entity in record.get("entities", []):
            if entity.get("label") not in LINKED_LABELS or not entity["norm"].get("id"):
                continue
            surface = entity.get("text") or record["text"][entity["start"]:entity["end"]]
            for entity_id in (_split_unit_id(entity["norm"]["id"]) if entity["label"] == "MIL_UNIT"
                              else [entity["norm"]["id"]]):
                row = rows.setdefault((entity_id, entity["label"]), {
                    "id": entity_id, "label": entity["label"], "zh-Hans": set(), "zh-Hant": set(),
                    "en": set(), "mentions": 0, "documents": set(), "note": ""})
                for column in form_scripts(surface):
                    row[column].add(surface)
                row["mentions"] += 1
                row["documents"].add(doc)
                if entity_id.startswith("?/"):
                    row["note"] = "side unknown"
    result = []
    for row in rows.values():
        hans = row["zh-Hans"] | {to_simplified(f) for f in row["zh-Hant"]}
        hant = row["zh-Hant"] | {to_traditional(f) for f in row["zh-Hans"]}
        result.append({**row, "zh-Hans": sorted(hans), "zh-Hant": sorted(hant), "en": sorted(row["en"]),
                       "documents": sorted(row["documents"])})
    return sorted(result, key=lambda r: (-r["mentions"], r["label"], r["id"]))
