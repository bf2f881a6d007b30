"""What the complete general lists of people and of organisations share (person_lists, org_lists): their rows, read
from every `<prefix>_*.tsv` of pipeline/lexicons/ in name order (name, aliases, English forms, note), and their
Chinese forms, with the two-character forms that are also a place of the gazetteer or an ordinary word of jieba's
dictionary (frequency >= 20, not tagged as the list's own kind: `nr` for people, `nt` for organisations) left out."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from pipeline.lexicons import LEXICON_DIR, read_rows

COLLIDING_FREQ = 20      # a two-character form jieba knows as another kind of word this often is that word


@lru_cache(maxsize=None)
def list_files(prefix: str) -> tuple[str, ...]:
    """The list files `<prefix>_*.tsv`, in name order."""
    return tuple(sorted(p.name for p in LEXICON_DIR.glob(f"{prefix}_*.tsv")))


@lru_cache(maxsize=None)
def list_rows(prefix: str) -> tuple[tuple[str, ...], ...]:
    """Every data row of every `<prefix>_*.tsv` list file (name, aliases, English forms, note)."""
    return tuple(tuple(row) for name in list_files(prefix) for row in read_rows(name) if row and row[0].strip())


def colliding(form: str, own_tag: str) -> bool:
    """A two-character form that is also a place or an ordinary word not tagged `own_tag`."""
    from pipeline.rules.names_common import known_places, word_info

    if len(form) != 2:
        return False
    if form in known_places():
        return True
    entry = word_info().get(form)
    return bool(entry) and entry[0] >= COLLIDING_FREQ and not entry[1].startswith(own_tag)


def chinese_forms(rows, own_tag: str, longest: int,
                  bare: Callable[[tuple[str, ...]], bool] = lambda row: False) -> dict[str, str]:
    """Chinese name or alias (2 to `longest` characters) -> canonical name, the colliding two-character forms left
    out unless `bare(row)` says the row's forms match bare anyway."""
    shape = re.compile(f"[\u4e00-\u9fff·]{{2,{longest}}}")
    out: dict[str, str] = {}
    for row in rows:
        canonical = row[0].strip()
        forms = [canonical] + ([a.strip() for a in row[1].split(",")] if len(row) > 1 else [])
        row_bare = bare(row)
        for form in forms:
            if form and shape.fullmatch(form) and (row_bare or not colliding(form, own_tag)):
                out.setdefault(form, canonical)
    return out
