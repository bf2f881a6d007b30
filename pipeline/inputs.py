"""What a run extracts and how: the input files, their record ids and the extraction options.

A module of its own, light to import (no rule, lexicon nor spaCy): `pipeline.extract` reads them from here
(and names them too), and a cluster run's client (`zhanji extract --scheduler`), which only hands out files,
reads them without loading the rules that only its workers run.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pipeline.errors import ZhanjiError

TEXT_SUFFIXES = (".txt", ".text", ".md")
DEFAULT_MODEL_NAME = "default"  # `--model default`: the shipped models/zh-general


@dataclass(frozen=True)
class Options:
    """How to extract: which statistical model (None = rules only) and extra layers."""

    model: str | None = None
    tokens: bool = False

    @staticmethod
    def default(model: str | None = None, rules_only: bool = False, tokens: bool = False) -> "Options":
        """Rules only unless a model is asked for: `model` is a directory, or "default" for
        the shipped models/zh-general. The model is opt-in because on independent real
        passages it does not beat the rules (docs/training.md) and cuts throughput ~6x.
        `rules_only` (the old opt-out) still wins over `model`."""
        if rules_only or model is None:
            return Options(None, tokens)
        if model == DEFAULT_MODEL_NAME:
            from pipeline.ner_model import DEFAULT_MODEL, default_model_path

            found = default_model_path()
            if not found:
                raise ZhanjiError(f"the default model is not built ({DEFAULT_MODEL}): run make model")
            return Options(str(found), tokens)
        if not Path(model).is_dir():
            raise ZhanjiError(f"model directory not found: {model}")
        return Options(model, tokens)


def expand_inputs(inputs: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named directly, plus text files inside named directories (sorted)."""
    paths: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            paths.extend(sorted(q for q in p.rglob("*") if q.is_file()
                                and q.suffix.lower() in TEXT_SUFFIXES))
        else:
            paths.append(p)
    return paths


_LANGUAGE_TAG = re.compile(r"\.(?:zh(?:-[a-z]+)*|en|ja|ko)$", re.IGNORECASE)


def document_id(path: str | os.PathLike) -> str:
    """The default record id: the file name without its extension and language tag.

    corpus/yuxianggui-1944.zh-hans.txt → yuxianggui-1944; ichigo-1944.en.txt → ichigo-1944.
    """
    stem = Path(path).name
    for suffix in TEXT_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return _LANGUAGE_TAG.sub("", stem) or stem


def _without_text_suffix(name: str) -> str:
    for suffix in TEXT_SUFFIXES:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def document_ids(paths: list[str | os.PathLike]) -> list[str]:
    """Record ids for the inputs, unique: the short `document_id` where no other input has it.

    Inputs that would share an id are told apart by their path relative to the
    nearest common directory: a.txt and sub/a.txt → a and sub/a; battle.en.txt and
    battle.zh-hans.txt → battle.en and battle.zh-hans (the language tag kept),
    a.txt and a.md → a.txt and a.md. The same file named twice is an error.
    """
    seen: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        if real in seen:
            raise ZhanjiError(f"named twice (also as {seen[real]}): each input file once",
                              path=str(path))
        seen[real] = str(path)
    ids = [document_id(p) for p in paths]
    for full in (False, True):
        groups: dict[str, list[int]] = {}
        for i, doc_id in enumerate(ids):
            groups.setdefault(doc_id, []).append(i)
        for members in groups.values():
            if len(members) < 2:
                continue
            absolute = [os.path.abspath(paths[i]) for i in members]
            base = os.path.commonpath([os.path.dirname(a) for a in absolute])
            for i, a in zip(members, absolute):
                rel = Path(os.path.relpath(a, base)).as_posix()
                ids[i] = rel if full else _without_text_suffix(rel)
    counts: dict[str, int] = {}
    for doc_id in ids:
        counts[doc_id] = counts.get(doc_id, 0) + 1
    for path, doc_id in zip(paths, ids):
        if counts[doc_id] > 1:
            raise ZhanjiError(f"another input gets the same record id {doc_id!r}; rename one",
                              path=str(path))
    return ids
