"""Script detection, OpenCC converters, offset maps and span projection.

This module is the only owner of OpenCC converter objects. Both the official
binding (`opencc`, C++) and `opencc-python-reimplemented` provide the
`OpenCC(config).convert(text)` API used here; neither exposes where each
character went, so conversion builds its own offset map:

* text is converted line by line; a line whose length is unchanged maps
  position to position (char-level configs such as t2s/s2t always do);
* a line whose length changed (phrase configs: s2twp turns 内存 into 記憶體)
  is aligned to a character-by-character conversion of itself with
  difflib; unchanged runs map one to one, and each replaced phrase maps as a
  block (its ends exactly, interior boundaries proportionally).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from dataclasses import dataclass

from pipeline.errors import ZhanjiError

# Configs that only swap characters (safe to tag on) and phrase configs that may
# rewrite words (内存 → 記憶體, 的士兵 → 計程車兵): convert with them, never tag on them.
CHAR_CONFIGS = ("t2s", "s2t", "s2tw", "tw2s", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk", "hk2t",
                "t2jp", "jp2t")
PHRASE_CONFIGS = ("s2twp", "tw2sp")
CONFIGS = CHAR_CONFIGS + PHRASE_CONFIGS

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")


def binding() -> str:
    """Which OpenCC binding is installed: "opencc" (official, C++) or
    "opencc-python-reimplemented" (pure Python). Both install the module `opencc`."""
    import opencc

    return "opencc" if hasattr(opencc, "opencc_clib") else "opencc-python-reimplemented"


@functools.lru_cache(maxsize=None)
def converter(config: str):
    """The cached OpenCC converter for a config name such as "t2s"."""
    if config not in CONFIGS:
        raise ZhanjiError(f"unknown conversion config {config!r} (one of: {', '.join(CONFIGS)})")
    import opencc  # official binding or opencc-python-reimplemented: same API

    try:
        return opencc.OpenCC(config)
    except (OSError, ValueError) as err:  # the pure-Python binding lacks tw2t, hk2t, t2jp, jp2t
        raise ZhanjiError(f"conversion config {config!r} is not available with the installed "
                          f"{binding()} binding ({err.__class__.__name__}); the official "
                          f"`opencc` package has every config") from None


def convert_text(text: str, config: str) -> str:
    return converter(config).convert(text)


# --------------------------------------------------------------------------- detection

_KNOWN: set[str] = set()        # characters whose kind was learnt
_HANT_ONLY: set[str] = set()    # changed by t2s: only Traditional script writes them
_HANS_ONLY: set[str] = set()    # changed by s2t: only Simplified script writes them
_HANT_PROPER: set[str] = set()  # of those, the ones s2t gives back (國, 戰; not the variants 榘, 乾)


def _learn_kinds(chars: list[str]) -> None:
    """Learn which of `chars` only one script writes, remembered across documents.

    Characters are converted one per line so no phrase rule joins neighbours.
    """
    if _KNOWN.issuperset(chars):
        return
    new = [c for c in chars if c not in _KNOWN]
    if new:
        joined = "\n".join(new)
        to_hans = convert_text(joined, "t2s").split("\n")
        to_hant = convert_text(joined, "s2t").split("\n")
        if len(to_hans) == len(new) == len(to_hant):
            _KNOWN.update(new)
            _HANT_ONLY.update(c for c, s in zip(new, to_hans) if s != c)
            # a Traditional character proper comes back from its Simplified form (國 → 国 → 國);
            # a variant t2s folds (榘 → 矩, 乾 → 干) is written in Simplified pages too
            back = convert_text("\n".join(to_hans), "s2t").split("\n")
            if len(back) == len(new):
                _HANT_PROPER.update(c for c, s, b in zip(new, to_hans, back) if s != c and b == c)
            _HANS_ONLY.update(c for c, t in zip(new, to_hant) if t != c)


_QUOTED_HANT = 2                # Traditional-only characters that make a Simplified page "mixed"


def detect_script(text: str) -> str:
    """"zh-Hans", "zh-Hant", "mixed" (both scripts in force) or "none" (not Chinese).

    Counts characters that only Traditional script uses (changed by t2s) and
    characters that only Simplified script uses (changed by s2t).
    """
    from pipeline.lang import char_counts

    every = char_counts(text)
    distinct = "".join(every)
    cjk = _CJK.findall(distinct)
    n_cjk = sum(map(every.__getitem__, cjk))
    n_latin = sum(map(every.__getitem__, _LATIN.findall(distinct)))
    if not n_cjk or n_cjk < 0.05 * (n_cjk + n_latin):
        return "none"
    _learn_kinds(cjk)
    hant = sum(map(every.__getitem__, _HANT_ONLY.intersection(cjk)))
    hans = sum(map(every.__getitem__, _HANS_ONLY.intersection(cjk)))
    if hant == 0 and hans == 0:
        return "zh-Hans"
    if hant <= 0.15 * hans or hant < 2 <= hans:
        # a Simplified page quoting Traditional words (a mirror's infobox title, 英國 | 清朝):
        # "mixed", so the t2s working text reads them too (t2s leaves Simplified text as it is)
        quoted = hant and sum(map(every.__getitem__, _HANT_PROPER.intersection(cjk)))
        return "mixed" if quoted >= _QUOTED_HANT else "zh-Hans"
    if hans <= 0.15 * hant or hans < 2 <= hant:
        return "zh-Hant"
    return "mixed"


# --------------------------------------------------------------------------- offset maps

@dataclass(frozen=True)
class _Segment:
    src_start: int
    src_end: int
    dst_start: int
    dst_end: int
    fwd: tuple[int, ...] | None  # local map src boundary -> dst boundary, None = identity
    back: tuple[int, ...] | None


class OffsetMap:
    """Maps character boundaries between a source text and its conversion, both ways."""

    def __init__(self, segments: list[_Segment], src_len: int, dst_len: int):
        self._segments = segments
        self._src_starts = [s.src_start for s in segments]
        self._dst_starts = [s.dst_start for s in segments]
        self.src_len = src_len
        self.dst_len = dst_len
        self.identity = all(s.fwd is None and s.src_start == s.dst_start for s in segments)

    def to_dst(self, pos: int) -> int:
        if self.identity:
            return pos
        if pos >= self.src_len:
            return self.dst_len
        seg = self._segments[bisect.bisect_right(self._src_starts, pos) - 1]
        local = pos - seg.src_start
        return seg.dst_start + (local if seg.fwd is None else seg.fwd[local])

    def to_src(self, pos: int) -> int:
        if self.identity:
            return pos
        if pos >= self.dst_len:
            return self.src_len
        seg = self._segments[bisect.bisect_right(self._dst_starts, pos) - 1]
        local = pos - seg.dst_start
        return seg.src_start + (local if seg.back is None else seg.back[local])

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.to_dst(start), self.to_dst(end)
        return a, max(b, a + 1) if end > start else b

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.to_src(start), self.to_src(end)
        return a, max(b, a + 1) if end > start else b


def _block_map(n_src: int, n_dst: int) -> list[int]:
    """Boundaries 0..n_src of a replaced block mapped onto 0..n_dst (ends exact)."""
    if n_src == 0:
        return [0]
    return [round(k * n_dst / n_src) for k in range(n_src + 1)]


def _align_line(src: str, dst: str, config: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Local boundary maps for a line whose conversion changed its length."""
    conv = converter(config)
    charwise = "".join(conv.convert(c) if len(conv.convert(c)) == 1 else c for c in src)
    fwd = [0] * (len(src) + 1)
    back = [0] * (len(dst) + 1)
    matcher = difflib.SequenceMatcher(None, charwise, dst, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k, v in enumerate(_block_map(i2 - i1, j2 - j1)):
            fwd[i1 + k] = j1 + v
        for k, v in enumerate(_block_map(j2 - j1, i2 - i1)):
            back[j1 + k] = i1 + v
    fwd[len(src)] = len(dst)
    back[len(dst)] = len(src)
    return tuple(fwd), tuple(back)


@dataclass(frozen=True)
class Conversion:
    source: str
    text: str
    config: str
    offsets: OffsetMap


def convert_with_map(text: str, config: str) -> Conversion:
    """Convert `text` with an OpenCC config and build the offset map both ways."""
    conv = converter(config)
    whole = conv.convert(text)
    segments: list[_Segment] = []
    if len(whole) == len(text) and config in CHAR_CONFIGS:
        segments.append(_Segment(0, len(text), 0, len(whole), None, None))
        return Conversion(text, whole, config, OffsetMap(segments, len(text), len(whole)))
    out_parts: list[str] = []
    src_pos = dst_pos = 0
    for line in text.splitlines(keepends=True):
        converted = conv.convert(line)
        if len(converted) == len(line):
            fwd = back = None
        else:
            fwd, back = _align_line(line, converted, config)
        segments.append(_Segment(src_pos, src_pos + len(line), dst_pos,
                                 dst_pos + len(converted), fwd, back))
        out_parts.append(converted)
        src_pos += len(line)
        dst_pos += len(converted)
    if not segments:
        segments.append(_Segment(0, 0, 0, 0, None, None))
    out = "".join(out_parts)
    return Conversion(text, out, config, OffsetMap(segments, len(text), len(out)))


# --------------------------------------------------------------------------- records

def convert_record(record: dict, config: str) -> dict:
    """A corpus record converted to another script, every span projected onto the new text.

    Entity texts are re-read from the converted text; normalised values are kept
    (they are script-independent); meta records the conversion.
    """
    conversion = convert_with_map(record["text"], config)
    text = conversion.text
    entities = []
    for ent in record.get("entities") or []:
        start, end = conversion.offsets.span_to_dst(ent["start"], ent["end"])
        entities.append({**ent, "start": start, "end": end, "text": text[start:end]})
    entities.sort(key=lambda e: (e["start"], e["end"]))
    meta = dict(record.get("meta") or {})
    meta["converted_with"] = config
    meta["script"] = detect_script(text)
    out = {**record, "text": text, "entities": entities,
           "label": [[e["start"], e["end"], e["label"]] for e in entities], "meta": meta}
    return out


def tagging_config(script: str) -> str | None:
    """The char-level config that brings a document into Simplified script for tagging."""
    return "t2s" if script in ("zh-Hant", "mixed") else None
