"""What extraction gives for a sentence written for a test: helpers shared by the tests of the
classes seen on real passages (tests/test_real*_en.py, tests/test_real*_zh.py)."""

from __future__ import annotations

from pipeline import extract_text
from pipeline.rules.english import find_english


def at(text: str, span: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    """(start, end, label) of the nth occurrence of `span` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return (start, start + len(span), label)


# --- the English finder's candidates

def found(text: str, label: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of every candidate, optionally of one label."""
    return [(c.start, c.end, c.label) for c in find_english(text) if label in (None, c.label)]


def norms(text: str, label: str) -> list[tuple[str, dict]]:
    """(surface, norm) of the candidates of one label."""
    return [(text[c.start:c.end], c.norm) for c in find_english(text) if c.label == label]


# --- whole extraction (rules only)

def extracted(text: str, label: str) -> list[tuple[int, int, str, dict | None]]:
    """(start, end, label, norm) of the extracted entities of one label."""
    record = extract_text(text, "t")
    return [(e["start"], e["end"], e["label"], e.get("norm")) for e in record["entities"] if e["label"] == label]


def located(text: str, label: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of the extracted entities of one label."""
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text, "t")["entities"] if e["label"] == label]


def exact(text: str, surface: str, label: str, nth: int = 0) -> None:
    """Assert that the nth occurrence of `surface` in `text` is extracted as one entity of `label`."""
    start, end, _ = at(text, surface, label, nth)
    assert (start, end, surface) in located(text, label), (surface, label, located(text, label))


def ents(text: str) -> list[tuple[str, str]]:
    """(surface, label) of every extracted entity."""
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def ent(text: str, part: str, nth: int = 0) -> dict:
    """The extracted entity spanning exactly the nth occurrence of `part` (it must exist)."""
    record = extract_text(text, "t", rules_only=True)
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    found = [e for e in record["entities"] if e["start"] == start and e["end"] == start + len(part)]
    assert found, (part, [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]])
    return found[0]


def unit(e: dict) -> tuple:
    """A MIL_UNIT entity's label and designation values: (label, numbers, echelon, prefix)."""
    return (e["label"], e["norm"]["numbers"], e["norm"]["echelon"], e["norm"]["prefix"])


def spans(text: str, label: str) -> list[str]:
    """The texts of the entities of one label found in `text`, in order."""
    return [s for s, lab in ents(text) if lab == label]


# --- whole extraction (rules only): (start, end, label, surface) and the norm of one span

def entities(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, surface) of every extracted entity (rules only)."""
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"], text[e["start"]:e["end"]]) for e in record["entities"]]


def span_at(text: str, surface: str, label: str, nth: int = 0) -> tuple[int, int, str, str]:
    """(start, end, label, surface) of the nth occurrence of `surface`, in the form `entities` gives."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), label, surface)


def norm_of(text: str, part: str) -> dict:
    """The norm of the extracted entity that spans the first occurrence of `part` exactly."""
    record = extract_text(text, "t", rules_only=True)
    start = text.index(part)
    hit = [e for e in record["entities"] if (e["start"], e["end"]) == (start, start + len(part))]
    assert hit, entities(text)
    return hit[0]["norm"]


# --- (surface, start, end, label) of the entities and the norm of a surface (the audit tests of sessions 12-13)

def surface_spans(text: str, label: str | None = None) -> list[tuple[str, int, int, str]]:
    """(surface, start, end, label) of every extracted entity (rules only), or of those of one label."""
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"], e["label"]) for e in record["entities"]
            if label is None or e["label"] == label]


def surface_norm(text: str, surface: str) -> dict:
    """The norm of the first extracted entity whose text is `surface`."""
    record = extract_text(text, rules_only=True)
    return next(e["norm"] for e in record["entities"] if text[e["start"]:e["end"]] == surface)


def unit_spans(text: str, label: str = "MIL_UNIT") -> list[str]:
    """The texts of the entities of one label (MIL_UNIT unless given), in order."""
    return spans(text, label)


def unit_norm(text: str, span: str) -> dict:
    """The norm of the MIL_UNIT whose text is exactly `span` (it must exist)."""
    record = extract_text(text, "t", rules_only=True)
    for e in record["entities"]:
        if e["label"] == "MIL_UNIT" and text[e["start"]:e["end"]] == span:
            return e["norm"]
    raise AssertionError(f"no MIL_UNIT {span!r} in {unit_spans(text)}")


def labelled(text: str) -> list[tuple[str, str, dict]]:
    """(text, label, norm) of every extracted entity (default pipeline)."""
    return [(e["text"], e["label"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def has_span(text: str, span: str, label: str) -> bool:
    """Whether an entity of `label` with exactly the text `span` is extracted."""
    return any(t == span and lab == label for t, lab, _ in labelled(text))


def labelled_norm(text: str, span: str, label: str) -> dict:
    """The norm of the entity of `label` whose text is exactly `span` (it must exist)."""
    for t, lab, norm in labelled(text):
        if t == span and lab == label:
            return norm
    raise AssertionError(f"{span!r} {label} not in {[(t, lab) for t, lab, _ in labelled(text)]}")
