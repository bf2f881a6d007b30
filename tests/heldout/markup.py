"""Shared by the build_heldout*.py scripts: inline markup → clean text, exact offsets, checks.

A draft marks each entity as [[surface|L|norm]] with L one of P U O G L F E D Q:
  DATE      [[1944年4月|D|1944-04]] or [[5月中旬|D|1944-05;MID]]
  QUANTITY  [[约40万人|Q|400000;人;about]]
  MIL_UNIT  [[第37师团|U|37;师团;]] (numbers;echelon;prefix; omitted = as at its first mention)
  GPE/LOC   [[郑县|G|郑州]] (the modern name, if any)
Offsets are computed, never typed.
"""

import json
import os
import re
import sys

LABELS = {"P": "PERSON", "U": "MIL_UNIT", "O": "ORG", "G": "GPE", "L": "LOC",
          "F": "FAC", "E": "EVENT", "D": "DATE", "Q": "QUANTITY"}
VALID = set(LABELS.values())
APPROX = {None, "about", "over", "under", "nearly", "some"}
DATE_RE = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|SP|SU|FA|WI|H1|H2)(-\d{2})?)?"
                     r"(T(\d{2}:\d{2}|MO|AF|EV|NI))?$")
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z])(?:\|([^\]]*))?\]\]")
PUNCT = set("，。、；：！？「」『』（）《》“”‘’〈〉【】—…·,.;:!?()[]\"' \t\n\u3000")


def parse_norm(label, spec, surface, prev_units):
    if label == "DATE":
        if not spec:
            raise ValueError(f"DATE without value: {surface}")
        parts = spec.split(";")
        norm = {"value": parts[0]}
        if len(parts) > 1 and parts[1]:
            norm["mod"] = parts[1]
        return norm
    if label == "QUANTITY":
        if not spec:
            raise ValueError(f"QUANTITY without value: {surface}")
        value, unit, approx = (spec.split(";") + ["", ""])[:3]
        assert approx in ("", "about", "over", "under", "nearly", "some"), surface
        number = float(value)
        if number.is_integer():
            number = int(number)
        return {"value": number, "unit": unit, "approx": approx or None}
    if label == "MIL_UNIT":
        if spec is None:
            if surface not in prev_units:
                raise ValueError(f"MIL_UNIT without norm and no earlier one: {surface}")
            return dict(prev_units[surface])
        numbers, echelon, prefix = (spec.split(";") + ["", ""])[:3]
        norm = {"numbers": [int(x) for x in numbers.split(",") if x], "echelon": echelon,
                "prefix": prefix}
        prev_units.setdefault(surface, norm)
        return norm
    if label in ("GPE", "LOC"):
        return {"modern": spec} if spec else {}
    if spec:
        raise ValueError(f"unexpected norm for {label}: {surface}")
    return {}


def render(draft):
    """(clean text, entities) of one draft."""
    out, ents, pos = [], [], 0
    prev_units = {}
    for m in MARK.finditer(draft):
        out.append(draft[pos:m.start()])
        start = sum(len(s) for s in out)
        surface, code, spec = m.group(1), m.group(2), m.group(3)
        label = LABELS[code]
        out.append(surface)
        ents.append({"start": start, "end": start + len(surface), "label": label,
                     "text": surface, "norm": parse_norm(label, spec, surface, prev_units)})
        pos = m.end()
    out.append(draft[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup left in text")
    return text, ents


def validate(id_, text, ents, echelons=None):
    """The guidelines' span rules, and the value vocabularies, for one document."""
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (id_, e)
        assert e["label"] in VALID, (id_, e)
        assert e["start"] >= last_end, ("overlap", id_, e)
        assert e["end"] > e["start"], (id_, e)
        assert e["text"][0] not in PUNCT and e["text"][-1] not in PUNCT, (id_, e)
        # never crosses a comma (a thousands separator between digits is no comma)
        assert "，" not in e["text"] and "\n" not in e["text"], (id_, e)
        assert not re.search(r",(?!\d{3})|(?<!\d),", e["text"]), (id_, e)
        norm = e["norm"]
        if e["label"] == "DATE":
            assert DATE_RE.match(norm["value"]), (id_, e)
            assert norm.get("mod") in (None, "START", "MID", "END", "APPROX"), (id_, e)
        if e["label"] == "QUANTITY":
            assert norm["approx"] in APPROX, (id_, e)
        if e["label"] == "MIL_UNIT" and echelons is not None:
            assert norm["echelon"] in echelons, (id_, e)
        last_end = e["end"]
    for m in re.finditer(r"《[^》]*》", text):  # nothing inside a title is tagged
        for e in ents:
            assert not (e["start"] < m.end() and e["end"] > m.start()), ("title", id_, e)


def write_set(filename, docs, source, echelons=None):
    """Render, check and write [(id, script, draft)] as JSONL beside the scripts."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), filename)
    with open(path, "w", encoding="utf-8") as handle:
        for id_, script, draft in docs:
            text, ents = render(draft)
            validate(id_, text, ents, echelons)
            record = {"id": id_, "text": text, "entities": ents,
                      "meta": {"source": source, "script": script}}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"{id_}: {len(text)} chars, {len(ents)} entities", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)
