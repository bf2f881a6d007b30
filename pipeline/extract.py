"""The extraction workflow: source text → record with normalised entities.

    read → script (convert to Simplified for tagging, keep an offset map)
         → segment + tag (spaCy pipeline: finders, optional model, reconcile)
         → normalise (on the working text) → project back → record
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from pipeline import segment, tag
from pipeline.errors import ZhanjiError
from pipeline.io import read_source
from pipeline.normalize import normalize_spans
from pipeline.record import entity, make_record, sha256_text
from pipeline.script import convert_text, convert_with_map, detect_script, tagging_config
from pipeline.version import PIPELINE

CHUNK_CHARS = 100_000  # tag long documents in paragraph-aligned pieces of about this size
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class Options:
    """How to extract: which statistical model (None = rules only) and extra layers."""

    model: str | None = None
    tokens: bool = False

    @staticmethod
    def default(model: str | None = None, rules_only: bool = False, tokens: bool = False) -> "Options":
        if rules_only:
            return Options(None, tokens)
        if model is None:
            from pipeline.ner_model import default_model_path

            found = default_model_path()
            model = str(found) if found else None
        elif not Path(model).is_dir():
            raise ZhanjiError(f"model directory not found: {model}")
        return Options(model, tokens)


def quotes_traditional(text: str) -> bool:
    from pipeline.lang import quotes_traditional as quoted

    return quoted(text)


def detect_lang(text: str) -> str:
    from pipeline.lang import detect_language

    return detect_language(text)


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Paragraph-aligned pieces of `text` with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def tag_text(working: str, lang: str, options: Options) -> tuple[list, int]:
    """Chosen candidates over the working text, and how many tokens had to be split."""
    nlp = tag.english_pipeline() if lang == "en" else tag.chinese_pipeline(options.model)
    chosen, splits = [], 0
    # records are built from character offsets: skip aligning spaCy tokens to the spans
    no_ents = {"zhanji_reconcile": {"set_ents": False}}
    for offset, piece in _chunks(working):
        doc = nlp(piece, component_cfg=no_ents)
        splits += doc.user_data.get("zhanji_token_splits", 0)
        for cand in doc._.zhanji_entities or []:
            chosen.append((cand.start + offset, cand.end + offset, cand))
    return chosen, splits


def extract_text(text: str, doc_id: str = "doc", *, source: str = "",
                 options: Options | None = None) -> dict:
    """Extract entities from one text; returns a corpus record (see pipeline.record)."""
    options = options or Options()
    if not text.strip():
        raise ZhanjiError(f"{source or doc_id}: empty text")
    script = detect_script(text)
    lang = detect_lang(text)
    config = tagging_config(script)
    if config is None and script == "none" and quotes_traditional(text):
        config = "t2s"            # English text quoting Traditional Chinese: tag the quotes too
    conversion = convert_with_map(text, config) if config else None
    working = conversion.text if conversion else text
    chosen, splits = tag_text(working, lang, options)
    spans = [(s, e, c.label) for s, e, c in chosen]
    norms = normalize_spans(working, spans, [c.norm for _, _, c in chosen])
    entities = []
    for (start, end, cand), norm in zip(chosen, norms):
        if conversion:
            norm = _as_written(norm, working, start, end, conversion)
            start, end = conversion.offsets.span_to_src(start, end)
        entities.append(entity(start, end, cand.label, text, norm, cand.source))
    meta = {"source": source, "script": script, "lang": lang, "sha256": sha256_text(text),
            "pipeline": PIPELINE, "model": options.model or None,
            "token_splits": splits}
    if conversion:
        meta["tagged_as"] = config
    record = make_record(doc_id, text, entities, meta)
    if options.tokens:
        record["tokens"] = _token_layer(text, working, conversion)
    return record


MODERN_WINDOW = 16


def _as_written(norm: dict, working: str, start: int, end: int, conversion) -> dict:
    """Values copied from the text keep the document's own script.

    Normalisation runs on the Simplified working text; a QUANTITY's unit
    (輛, 門) and a modern name the text states (（今棗莊）) are read back from the
    original at the same place. A modern name that only the gazetteer knows is
    given in the document's script (OpenCC s2t). Vocabulary values (echelon,
    prefix, dates, numbers) stay as they are.
    """
    original = conversion.source
    offsets = conversion.offsets

    def read_back(value: str, lo: int, hi: int) -> str | None:
        at = working.find(value, lo, hi)
        if at < 0:
            return None
        a, b = offsets.span_to_src(at, at + len(value))
        return original[a:b]

    out = dict(norm)
    unit = out.get("unit")
    if isinstance(unit, str) and unit:
        out["unit"] = read_back(unit, start, end) or unit
    modern = out.get("modern")
    if isinstance(modern, str) and modern:
        stated = read_back(modern, end, end + MODERN_WINDOW)
        out["modern"] = stated or convert_text(modern, "s2t")
    return out


def warm_up(options: Options) -> None:
    """Load the pipelines, lexicons and caches now (before forking workers)."""
    extract_text("1944年4月17日，日军第37师团约2万人进攻衡阳。", "warm-up", options=options)
    extract_text("On 19 April 1944 the Japanese 37th Division attacked.", "warm-up",
                 options=options)
    # the loaded pipelines and lexicons live as long as the process: keep them out of the
    # garbage collector's full passes (and shared copy-on-write with forked workers)
    gc.collect()
    gc.freeze()


def _token_layer(text: str, working: str, conversion) -> list[dict]:
    tokens = segment.pos_tokens(working)
    if conversion:
        for tok in tokens:
            tok["start"], tok["end"] = conversion.offsets.span_to_src(tok["start"], tok["end"])
            tok["text"] = text[tok["start"]:tok["end"]]
    return tokens


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


def extract_file(path: str | os.PathLike, *, encoding: str | None = None,
                 options: Options | None = None, doc_id: str | None = None) -> dict:
    src = read_source(path, encoding)
    return extract_text(src.text, doc_id or document_id(path), source=str(path), options=options)


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
    return extract_text(src.text, doc_id or stem, source=str(path), options=options)


def extract(inputs: Iterable[str | os.PathLike] | str, *, model: str | None = None,
            rules_only: bool = False, tokens: bool = False,
            encoding: str | None = None) -> list[dict]:
    """Python API: extract every input file (or directory of .txt files) into records.

    >>> from pipeline import extract
    >>> records = extract(["corpus/"], rules_only=True)
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    options = Options.default(model, rules_only, tokens)
    return [extract_file(p, encoding=encoding, options=options) for p in expand_inputs(inputs)]
