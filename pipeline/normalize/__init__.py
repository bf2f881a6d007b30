"""Normalised values for entities, per the annotation guidelines.

`normalize_spans(text, spans)` is the one entry point: it gives one `norm`
dict per span, using the whole document for context (a date without a year
takes the nearest preceding explicit year; a unit's side comes from the words
right before it; a place's modern name from "（今X）" or the gazetteer).
Chinese values are computed on Simplified working text; English spans use the
English normalisers; the values are the same vocabulary in both languages.
"""

from __future__ import annotations

import bisect
import re

_LATIN_SPAN = re.compile(r"^[\x00-\x7f\u2010-\u201d\u00c0-\u024f]+$")   # dashes and curly quotes too
_CJK_NEAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_LATIN_NEAR = re.compile(r"[A-Za-z]")
UNIT_CONTEXT = 12
UNIT_RIGHT_CONTEXT = 80  # a list without its echelon word: …第116，及…，共10个师团
PLACE_CONTEXT = 16
NEAR = 16   # an English number has Latin letters this close (_english_number)


def is_english(span_text: str) -> bool:
    first = span_text[:1]
    if first > "\u024f" and not "\u2018" <= first <= "\u201d":
        return False              # a CJK first character: cheaper than the regex
    return bool(_LATIN_SPAN.match(span_text)) and any(c.isalpha() for c in span_text)


def english_number(text: str, start: int, end: int) -> bool:
    """A span without letters ('3' of 'From 3 to 16 April', '4,064') in English text: no Chinese
    character close by and Latin letters around it."""
    span = text[start:end]
    if not span or not _LATIN_SPAN.match(span):
        return False
    around = text[max(0, start - NEAR):start] + " " + text[end:end + NEAR]
    return not _CJK_NEAR.search(around) and bool(_LATIN_NEAR.search(around))


_LATIN_LETTERS = re.compile("[A-Za-z\u00c0-\u024f]+")


def latin_nearby(text: str, spans: list[tuple[int, int, str]]):
    """A test whether a Latin letter lies in a span or within NEAR of it: a span without one is
    neither English (`_is_english` needs a letter in it, `_english_number` one around it).
    Reads only the stretch of text the spans cover."""
    if not spans:
        return lambda start, end: False
    low = max(0, min(s for s, _, _ in spans) - NEAR)
    high = max(e for _, e, _ in spans) + NEAR
    ends = []     # runs of Latin letters in the stretch, by their ends (they do not overlap)
    starts = []
    for run in _LATIN_LETTERS.finditer(text, low, high):
        starts.append(run.start())
        ends.append(run.end())
    if not starts:
        return lambda start, end: False

    def near(start: int, end: int) -> bool:
        i = bisect.bisect_right(ends, start - NEAR)     # the first run ending after start - NEAR
        return i < len(starts) and starts[i] < end + NEAR
    return near


def normalize_spans(text: str, spans: list[tuple[int, int, str]],
                    hints: list[dict] | None = None, state: dict | None = None) -> list[dict]:
    """One norm dict per (start, end, label) span; `hints` are finders' partial norms.

    A long document may be normalised in consecutive batches of spans: pass the same
    `state` dict to each call and the date context (last year, month, day) carries over.
    """
    state = {} if state is None else state
    from pipeline.normalize.dates import normalize_dates
    from pipeline.normalize.places import normalize_place
    from pipeline.normalize.quantities import normalize_quantity
    from pipeline.normalize.units import normalize_unit
    from pipeline.rules.names_common import canonical_norm

    hints = hints or [{} for _ in spans]
    norms: list[dict] = [{**h} if h else {} for h in hints]     # copies (dict(h or {}) without its calls)
    order = sorted(range(len(spans)), key=[span[0] for span in spans].__getitem__)   # by start, stable
    near = latin_nearby(text, spans)
    english = [i for i in order if near(spans[i][0], spans[i][1])
               and (is_english(text[spans[i][0]:spans[i][1]]) or english_number(text, spans[i][0], spans[i][1]))]
    english_set = set(english)

    zh_dates = [i for i in order if spans[i][2] == "DATE" and i not in english_set]
    if zh_dates:
        # a finder that read the value itself (month_forms_zh, era years) gives a hint: kept, and it sets the context
        date_hints = [norms[i].pop("date_hint", None) for i in zh_dates]
        for i, value in zip(zh_dates, normalize_dates(text, [spans[i][:2] for i in zh_dates],
                                                         state.setdefault("zh", {}), date_hints)):
            norms[i].update(value)
    for i in order:
        if i in english_set:
            continue
        start, end, label = spans[i]
        span_text = text[start:end]
        if label == "QUANTITY":
            value = normalize_quantity(span_text)
            if not value["unit"] and norms[i].get("unit"):
                value["unit"] = norms[i]["unit"]   # a range's first end: its partner's unit (finder hint)
            scale = norms[i].pop("range_scale", None)
            if scale and isinstance(value["value"], (int, float)):
                value["value"] = value["value"] * scale   # and its magnitude (四至五万人 → 40000)
            tens = norms[i].pop("range_add", None)
            if tens and isinstance(value["value"], (int, float)):
                value["value"] = value["value"] + tens      # 17~8万人: the second end is 18万
            norms[i].update(value)
        elif label == "MIL_UNIT":
            hint = norms[i].pop("unit_hint", None)   # a finder that parsed the designation itself
            norms[i].update(normalize_unit(span_text, text[max(0, start - UNIT_CONTEXT):start],
                                           text[end:end + UNIT_RIGHT_CONTEXT]))
            if hint:
                if hint.get("echelon") and hint["echelon"] != norms[i].get("echelon") and "id" not in hint:
                    norms[i]["id"] = None   # the span's own reading named another unit (广西军区 of 广西军区独立师)
                norms[i].update(hint)
        elif label == "PERSON":
            if "canonical" not in norms[i]:
                # a listed name keeps its lexicon's canonical name whichever finder read it (杜立德 → 杜立特)
                norms[i].update(canonical_norm(span_text))
        elif label in ("GPE", "LOC"):
            found = normalize_place(span_text, text[end:end + PLACE_CONTEXT])
            norms[i].update({k: v for k, v in found.items() if v is not None or k not in norms[i]})
    if english:
        from pipeline.normalize.english import normalize_english_spans

        values = normalize_english_spans(text, [spans[i] for i in english], state.setdefault("en", {}))
        for i, value in zip(english, values):
            if spans[i][2] == "MIL_UNIT" and "echelon" in norms[i] \
                    and text[spans[i][0]:spans[i][1]].endswith(value.get("echelon") or "\0"):
                continue    # a bare ordinal ('the 23rd', '6th, 101st and 106th') or an echelon word the normaliser
                #             does not know ('21st RCT'): the finder's norm of the unit it names is kept
            norms[i].update(value)
    for norm in norms:      # a finder's own reading of an English span wins over the text's (english_capital_runs)
        hint = norm.pop("en_hint", None)
        if hint:
            norm.update(hint)
    return norms
