"""The extraction workflow: source text → record with normalised entities.

    read → working text (pipeline.working: OpenCC t2s for Traditional, then
           punctuation/width/spacing/footnote normalisation; one offset map)
         → segment + tag (spaCy pipeline: finders, optional model, reconcile)
         → normalise (on the working text) → project back → record
"""

from __future__ import annotations

import functools
import gc
import os
from typing import Iterable, Iterator

from pipeline import segment, tag
from pipeline.errors import ZhanjiError
from pipeline.components.tokenizer import deferred_tokens
from pipeline.io import read_source
from pipeline.normalize import normalize_spans
from pipeline.pieces import keep, pieces
from pipeline.spill import SpilledEntities
from pipeline.geo import locate_record
from pipeline.record import entity, make_record, sha256_text
from pipeline.rules.char_places import INDEX_LENGTH as INDEXED_LENGTH, IndexedText
from pipeline.script import convert_text, detect_script, tagging_config
from pipeline.working import working_text
from pipeline.version import PIPELINE
# the inputs and options, in a module of their own (a cluster run's client reads them without loading the rules)
from pipeline.inputs import (DEFAULT_MODEL_NAME, TEXT_SUFFIXES, Options, document_id,  # noqa: F401
                             document_ids, expand_inputs)

CHUNK_CHARS = 100_000  # tag long documents in pieces of about this size (pipeline.pieces)
SPILL_CHARS = 1_000_000  # keep the entities of longer documents on disk (pipeline.spill)


def quotes_traditional(text: str) -> bool:
    from pipeline.lang import quotes_traditional as quoted

    return quoted(text)


def detect_lang(text: str) -> str:
    from pipeline.lang import detect_language

    return detect_language(text)


def tag_pieces(working: str, lang: str, options: Options, counts: dict) -> Iterator[list]:
    """Chosen candidates over the working text, one sorted list per piece (pipeline.pieces);
    `counts["token_splits"]` adds up how many tokens had to be split (counted when the
    words are computed anyway: with a model, or with `--tokens`)."""
    nlp = tag.english_pipeline() if lang == "en" else tag.chinese_pipeline(options.model)
    # records are built from character offsets: skip aligning spaCy tokens to the spans
    no_ents = {"zhanji_reconcile": {"set_ents": False, "count_splits": options.tokens},
               "zhanji_normalize": {"public": False}}
    # rules only: the finders read the text, so jieba only cuts where a span edge falls
    # (and spaCy's English tokens are only made where a span edge may cut one)
    deferred = None
    if options.model is None:
        deferred = getattr(nlp.tokenizer, "deferred", None) or functools.partial(deferred_tokens, nlp.tokenizer)
    kept_end = 0
    for piece in pieces(working, CHUNK_CHARS):
        offset = piece.read_start
        chunk = working[offset:piece.read_end]
        if lang != "en" and len(chunk) >= INDEXED_LENGTH:
            chunk = IndexedText(chunk)   # the finders' `word in text` gates read its characters' kept places
        doc = nlp(deferred(chunk) if deferred else chunk, component_cfg=no_ents)
        if "zhanji_token_splits" in doc.user_data:
            counts["token_splits"] = counts.get("token_splits", 0) + doc.user_data["zhanji_token_splits"]
        found = sorted(((c.start + offset, c.end + offset, c) for c in doc._.zhanji_entities or []),
                       key=lambda t: t[:2])
        kept, kept_end = keep(piece, found, kept_end)
        yield kept


def extract_text(text: str, doc_id: str = "doc", *, source: str = "",
                 options: Options | None = None) -> dict:
    """Extract entities from one text; returns a corpus record (see pipeline.record).

    A long text is tagged and normalised piece by piece (the date context carries over);
    past SPILL_CHARS its entities go to disk as they are made (pipeline.spill), so memory
    stays flat whatever the size of the document.
    """
    options = options or Options()
    if not text.strip():
        raise ZhanjiError(f"{source or doc_id}: empty text")
    script = detect_script(text)
    lang = detect_lang(text)
    config = tagging_config(script)
    if config is None and script == "none" and quotes_traditional(text):
        config = "t2s"            # English text quoting Traditional Chinese: tag the quotes too
    work = working_text(text, config)
    working = work.text
    entities = SpilledEntities() if len(text) > SPILL_CHARS else []
    counts: dict = {}
    state: dict = {}
    changed = work.changed      # computed once: it may compare the two texts
    for chosen in tag_pieces(working, lang, options, counts):
        spans = [(s, e, c.label) for s, e, c in chosen]
        norms = normalize_spans(working, spans, [c.norm for _, _, c in chosen], state)
        if changed:
            # (most norms copy nothing from the text: _as_written would hand them back as they are)
            norms = [_as_written(norm, work, start, end) if norm.get("unit") or norm.get("modern") else norm
                     for (start, end, _), norm in zip(chosen, norms)]
            places = work.offsets.spans_to_src([(start, end) for start, end, _ in chosen])
        else:
            places = [(start, end) for start, end, _ in chosen]
        found = [entity(start, end, cand.label, text, norm, cand.source)
                 for (start, end), (_, _, cand), norm in zip(places, chosen, norms)]
        # a place's id by its context (the piece's other places), not its first namesake
        entities.extend(locate_record({"text": text, "entities": found})["entities"])
    meta = {"source": source, "script": script, "lang": lang, "sha256": sha256_text(text),
            "pipeline": PIPELINE, "model": options.model or None}
    if "token_splits" in counts:
        meta["token_splits"] = counts["token_splits"]
    if config:
        meta["tagged_as"] = config
    record = make_record(doc_id, text, entities, meta)
    if options.tokens:
        record["tokens"] = token_layer(work)
    _settle((lang, options.model))
    return record


_SETTLED: set = set()
_COLLECTOR_HELD = [False]


def hold_collector() -> None:
    """No garbage collection until the first document's pipeline is settled (`_settle` turns it back on): start-up
    makes millions of objects that all live as long as the process (modules, compiled patterns, lexicons, jieba's
    dictionary), and the collector's passes over the growing heap cost a one-line file about 0.2 s of its 2 s;
    there is no cyclic garbage to free then. The `zhanji extract` command holds it (without --scheduler). Where a
    pipeline has settled already (a second command in one process), the collector runs at once."""
    if _SETTLED:
        gc.enable()
        return
    gc.disable()
    _COLLECTOR_HELD[0] = True


def _settle(pipeline_key: tuple) -> None:
    """After the first document through a pipeline, the lexicons and caches its finders
    loaded live as long as the process: freeze them out of the garbage collector's full
    passes (cheap; a loaded process otherwise spends ~5 % of its time in them). A collector
    held through start-up (hold_collector) runs again from here."""
    if pipeline_key not in _SETTLED:
        _SETTLED.add(pipeline_key)
        gc.freeze()
        if _COLLECTOR_HELD[0]:
            _COLLECTOR_HELD[0] = False
            gc.enable()


def normalize_text_spans(text: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    """Norms of (start, end, label) spans of `text`, computed as extract_text does:
    on the normalised working text, with values copied from the text read back
    as written. For spans made outside extraction (e.g. by a reviewer)."""
    work = working_text(text, tagging_config(detect_script(text)))
    if not work.changed:
        return normalize_spans(text, spans)
    working = [(*work.offsets.span_to_dst(s, e), label) for s, e, label in spans]
    norms = normalize_spans(work.text, working)
    return [_as_written(norm, work, s, e) for norm, (s, e, _) in zip(norms, working)]


MODERN_WINDOW = 16


def _as_written(norm: dict, work, start: int, end: int) -> dict:
    """Values copied from the text are given as the document writes them.

    Normalisation runs on the working text (Simplified, normalised punctuation,
    width and spacing); a QUANTITY's unit (輛, 門, ｋｍ) and a modern name the
    text states (（今棗莊）) are read back from the original at the same place.
    A modern name that only the gazetteer knows is given in the document's
    script (OpenCC s2t when the text was converted). Vocabulary values
    (echelon, prefix, dates, numbers) stay as they are.
    """
    unit, modern = norm.get("unit"), norm.get("modern")
    if not (isinstance(unit, str) and unit) and not (isinstance(modern, str) and modern):
        return norm     # nothing copied from the text (most entities)
    working, original, offsets = work.text, work.source, work.offsets

    def read_back(value: str, lo: int, hi: int) -> str | None:
        at = working.find(value, lo, hi)
        if at < 0:
            return None
        a, b = offsets.span_to_src(at, at + len(value))
        if b - a == len(value):
            return original[a:b]
        # characters skipped for matching (a space, a line break) are not part of a value
        return "".join(original[offsets.to_src(i)] for i in range(at, at + len(value)))

    def read_back_gapped(value: str, lo: int, hi: int) -> str | None:
        # a unit the normaliser took a word out of (3個半師 → 个师, the 半 counted in the value): its
        # characters in order inside the span, read back one by one
        at, picked = lo, []
        for ch in value:
            at = working.find(ch, at, hi)
            if at < 0:
                return None
            picked.append(original[offsets.to_src(at)])
            at += 1
        return "".join(picked)

    out = dict(norm)
    if isinstance(unit, str) and unit:
        # a range's first end carries its partner's unit, written just after it (二至三個軍)
        out["unit"] = (read_back(unit, start, end) or read_back(unit, end, end + MODERN_WINDOW)
                       or read_back_gapped(unit, start, end) or unit)
    if isinstance(modern, str) and modern:
        stated = read_back(modern, end, end + MODERN_WINDOW)
        out["modern"] = stated or (convert_text(modern, "s2t") if work.config else modern)
    return out


# made-up sentences for warm_up: besides the pipelines they reach the tables and patterns that finders build on
# first use (jieba's dictionary, the names in capitals, the stops inside given names, unit chains, Japanese
# given-name heads, nations' forces), so that forked workers share them instead of each building its own
WARM_UP_TEXTS = (
    "1944年4月17日，日军第37师团约2万人进攻衡阳。张大山、李小河、钱乃成等人率第3至5师和南京军区12军34师第2营，"
    "与山田太郎、中村次郎所部在某某州激战。晋冀会战中共投入120,000名士兵、3个师团、2个旅团，战区副司令官王大山部"
    "从中、印起飞的飞机空袭敌后。",
    "On 19 April 1944 the Japanese 37th Division attacked. GENERAL JOHN SMITH of the Japanese Expeditionary "
    "Force and the Chinese Army met Admiral Tōgō of the British Pacific Fleet.",
)


def warm_up(options: Options) -> None:
    """Load the pipelines, lexicons and caches now (before forking workers)."""
    for text in WARM_UP_TEXTS:
        extract_text(text, "warm-up", options=options)
    # the loaded pipelines and lexicons live as long as the process: keep them out of the
    # garbage collector's full passes (and shared copy-on-write with forked workers)
    gc.collect()
    gc.freeze()


def token_layer(work) -> list[dict]:
    """jieba words of the working text (what the finders saw), spans in the original."""
    tokens = segment.pos_tokens(work.text)
    if work.changed:
        for tok in tokens:
            tok["start"], tok["end"] = work.offsets.span_to_src(tok["start"], tok["end"])
            tok["text"] = work.source[tok["start"]:tok["end"]]
    return tokens


def extract_file(path: str | os.PathLike, *, encoding: str | None = None,
                 options: Options | None = None, doc_id: str | None = None) -> dict:
    src = read_source(path, encoding)
    return extract_text(src.text, doc_id or document_id(path), source=str(path), options=options)


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
    paths = expand_inputs(inputs)
    return [extract_file(p, encoding=encoding, options=options, doc_id=doc_id)
            for p, doc_id in zip(paths, document_ids(paths))]
