"""The only owner of loaded statistical NER models.

    load_ner(path)            -> spacy.Language (cached per resolved path)
    default_model_path()      -> models/zh-general if it is there, else None
    model_candidates(nlp, t)  -> the model's entities as Candidates (source "model", priority 10)
    model_info(path)          -> labels, training data, scores, whether it saw the dev article
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.pieces import keep, pieces
from pipeline.spans import LABELS, Candidate

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = REPO / "models" / "zh-general"
MODEL_SOURCE = "model"
MODEL_PRIORITY = 10
MAX_CHUNK = 4000  # characters per piece handed to the model (pipeline.pieces)
_EDGE = set(" \t\r\n\u3000，。、；：！？,.;:!?（）()「」『』“”‘’\"'《》〈〉【】[]—…·-")


def default_model_path() -> Path | None:
    """models/zh-general when it holds a model, else None."""
    return DEFAULT_MODEL if (DEFAULT_MODEL / "meta.json").exists() else None


@functools.lru_cache(maxsize=4)
def _load(resolved: str):
    import spacy

    from pipeline.train import crf_component as _crf  # noqa: F401  registers zhanji_crf_ner
    from pipeline.train import stack_component as _stack  # noqa: F401  registers zhanji_stack_ner
    from pipeline.train import tokenizer as _tok  # noqa: F401  registers zhanji.CharTokenizer.v1

    try:
        return spacy.load(resolved)
    except (OSError, IOError, ValueError) as err:
        raise ZhanjiError(f"cannot load the model: {str(err).splitlines()[0]}", path=resolved) from None


def load_ner(path: str | Path):
    """The spaCy pipeline in `path` (a directory written by `zhanji train`), cached."""
    path = Path(path)
    if not (path / "meta.json").exists():
        raise ZhanjiError("not a model directory (no meta.json)", path=str(path))
    return _load(str(path.resolve()))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def model_candidates(nlp, text: str) -> list[Candidate]:
    """The model's entities in `text` as Candidates; labels outside LABELS are skipped,
    punctuation and spaces at either edge are trimmed."""
    out: list[Candidate] = []
    parts = list(pieces(text, MAX_CHUNK))
    kept_end = 0
    docs = nlp.pipe(text[p.read_start:p.read_end] for p in parts)
    for piece, doc in zip(parts, docs):
        found = []
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            start, end = trim(text, piece.read_start + ent.start_char, piece.read_start + ent.end_char)
            if start < end:
                found.append((start, end, ent.label_))
        kept, kept_end = keep(piece, found, kept_end)
        out.extend(Candidate(start, end, label, MODEL_SOURCE, MODEL_PRIORITY)
                   for start, end, label in kept)
    return out


def model_info(path: str | Path) -> dict:
    """What a model is: labels, training data, dev scores, and `seen_dev_article`
    (True when the bundled article was in its training data; figures on it are then
    not development figures). `trained_text_sha256` lists the corpus texts it saw."""
    path = Path(path)
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ZhanjiError(f"cannot read model meta.json: {err}", path=str(path)) from None
    z = meta.get("zhanji", {})
    ner_labels = (meta.get("labels") or {}).get("ner") or z.get("labels", [])
    return {
        "path": str(path),
        "name": meta.get("name", ""),
        "labels": list(ner_labels),
        "training_data": z.get("training_data", []),
        "scripts": z.get("scripts", "simplified"),
        "seen_dev_article": bool(z.get("seen_dev_article", False)),
        "trained_text_sha256": list(z.get("trained_text_sha256", [])),
        "scores": z.get("scores", {}),
        "created": z.get("created", ""),
        "pipeline": z.get("pipeline", ""),
    }


def model_saw_text(info: dict, text: str) -> bool:
    """Whether a model (its model_info) was trained on exactly this text."""
    from pipeline.record import sha256_text

    return sha256_text(text) in set(info.get("trained_text_sha256", []))
