"""Pull reviewed annotations from doccano back into corpus records.

Paragraph examples are reassembled into documents (checked against the
fingerprint written at push), spans are mapped from UTF-16 paragraph offsets
back to code-point document offsets, and each entity gets `review` provenance:

- accepted: the machine span, unchanged (the machine entity is kept as is)
- relabelled: same offsets, another label (norm recomputed)
- resized: overlaps a machine span of the same label with other offsets, or
  other offsets and label (norm recomputed; the machine span is in `review.machine`)
- added: no machine span behind it (source "review")

Machine spans with no counterpart are listed in the record's `removed` list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import ZhanjiError
from pipeline.record import validate_record
from pipeline.review.client import Doccano
from pipeline.review.layout import from_utf16

STATUSES = ("accepted", "relabelled", "resized", "added")


@dataclass
class PullReport:
    documents: int = 0
    examples: int = 0
    confirmed: int = 0
    counts: dict = field(default_factory=lambda: {s: 0 for s in (*STATUSES, "removed")})

    def lines(self) -> list[str]:
        summary = ", ".join(f"{k} {v}" for k, v in self.counts.items())
        return [f"pulled {self.documents} document(s) from {self.examples} examples "
                f"({self.confirmed} confirmed): {summary}"]


def _strip_review(entity: dict) -> dict:
    return {k: v for k, v in entity.items() if k != "review"}


def diff_spans(machine: list[dict], final: list[tuple[int, int, str]]):
    """Match reviewed spans to machine entities.

    Returns (matches, removed): matches is a list of (final span, machine entity
    or None, status); removed the machine entities with no counterpart.
    """
    unused = list(range(len(machine)))
    status: dict[int, tuple[int | None, str]] = {}
    key = {(m["start"], m["end"], m["label"]): i for i, m in enumerate(machine)}
    for j, span in enumerate(final):  # 1. exact
        if span in key and key[span] in unused:
            status[j] = (key[span], "accepted")
            unused.remove(key[span])
    for j, (s, e, label) in enumerate(final):  # 2. same offsets, other label
        if j in status:
            continue
        for i in unused:
            if (machine[i]["start"], machine[i]["end"]) == (s, e):
                status[j] = (i, "relabelled")
                unused.remove(i)
                break
    for j, (s, e, label) in enumerate(final):  # 3. overlapping: resized (largest overlap first)
        if j in status:
            continue
        best = max(
            (i for i in unused if machine[i]["start"] < e and s < machine[i]["end"]),
            key=lambda i: (machine[i]["label"] == label, min(e, machine[i]["end"]) - max(s, machine[i]["start"])),
            default=None,
        )
        if best is not None:
            status[j] = (best, "resized")
            unused.remove(best)
    matches = []
    for j, span in enumerate(final):
        i, state = status.get(j, (None, "added"))
        matches.append((span, machine[i] if i is not None else None, state))
    return matches, [machine[i] for i in sorted(unused)]


def _normalise(text: str, spans: list[tuple[int, int, str]]) -> list[dict]:
    try:
        from pipeline.normalize import normalize_spans
    except ImportError:  # pragma: no cover - normaliser not installed
        return [{} for _ in spans]
    return normalize_spans(text, spans)


def build_entities(text: str, machine: list[dict], final: list[tuple[int, int, str]], added_by: dict):
    """Entities with review provenance for one document (document offsets)."""
    matches, removed = diff_spans(machine, final)
    entities = []
    for k, ((s, e, label), mach, state) in enumerate(matches):
        if state == "accepted":
            ent = _strip_review(mach)
            ent["review"] = {"status": "accepted"}
        else:
            ent = {"start": s, "end": e, "label": label, "text": text[s:e], "norm": {},  # filled by _recompute_norms
                   "source": mach["source"] if mach else "review"}
            if mach is not None:
                ent["review"] = {"status": state, "machine": {"start": mach["start"], "end": mach["end"],
                                                              "label": mach["label"]}}
            else:
                ent["review"] = {"status": "added"}
            if (s, e, label) in added_by:
                ent["review"]["by"] = added_by[(s, e, label)]
        entities.append(ent)
    removed_out = [{**_strip_review(m), "review": {"status": "removed"}} for m in removed]
    return entities, removed_out


def _doc_text(paragraphs: list[dict]) -> str:
    first = paragraphs[0]["meta"]["zhanji"]
    return first.get("before", "") + "".join(p["text"] + p["meta"]["zhanji"]["after"] for p in paragraphs)


def assemble(doc_id: str, paragraphs: list[dict], only_confirmed: bool, users: dict[int, str],
             project_name: str, report: PullReport) -> dict:
    paragraphs = sorted(paragraphs, key=lambda p: p["meta"]["paragraph"])
    expected = paragraphs[0]["meta"]["paragraphs"]
    numbers = [p["meta"]["paragraph"] for p in paragraphs]
    if numbers != list(range(expected)):
        raise ZhanjiError(f"document {doc_id!r}: doccano holds paragraphs {numbers} of {expected}; "
                          "an example was deleted or the push did not finish (run push again)")
    if any(not p["meta"]["zhanji"].get("complete") for p in paragraphs):
        raise ZhanjiError(f"document {doc_id!r} is only partly pushed: run push again before pulling")
    first = paragraphs[0]["meta"]["zhanji"]
    text = _doc_text(paragraphs)
    fingerprints = {p["meta"]["zhanji"]["fingerprint"] for p in paragraphs}
    if len(fingerprints) != 1:
        raise ZhanjiError(f"document {doc_id!r}: its paragraphs come from different pushes")
    entities, removed, paragraph_log = [], [], []
    machine_all = []
    for par in paragraphs:
        offset = par["meta"]["offset"]
        if text[offset:offset + len(par["text"])] != par["text"]:
            raise ZhanjiError(f"document {doc_id!r}: paragraph {par['meta']['paragraph']} is not at offset {offset}")
        machine = [{**m, "start": m["start"] + offset, "end": m["end"] + offset}
                   for m in par["meta"]["zhanji"]["machine"]]
        machine_all += machine
        confirmed_by = sorted({users.get(s["confirmed_by"], str(s["confirmed_by"])) for s in par["states"]})
        reviewed = bool(confirmed_by) or not only_confirmed
        report.examples += 1
        report.confirmed += bool(confirmed_by)
        paragraph_log.append({"paragraph": par["meta"]["paragraph"], "confirmed_by": confirmed_by,
                              "pulled": reviewed})
        if not reviewed:
            entities += machine
            continue
        final, added_by = [], {}
        for span in par["spans"]:
            s = from_utf16(par["text"], span["start_offset"])
            e = from_utf16(par["text"], span["end_offset"])
            label = par["label_names"].get(span["label"])
            where = f"document {doc_id!r}, paragraph {par['meta']['paragraph']} (doccano example {par['id']})"
            if s is None or e is None or not s < e:
                raise ZhanjiError(f"{where}: span [{span['start_offset']}, {span['end_offset']}] (UTF-16) "
                                  "does not fall on character boundaries")
            if label is None:
                raise ZhanjiError(f"{where}: span with unknown label id {span['label']}")
            key = (s + offset, e + offset, label)
            final.append(key)
            added_by[key] = users.get(span["user"], str(span["user"]))
        final.sort()
        ents, gone = build_entities(text, machine, final, added_by)
        # `by` is only meaningful for spans a reviewer created
        for ent in ents:
            if ent["review"]["status"] != "added":
                ent["review"].pop("by", None)
        entities += ents
        removed += gone
    entities.sort(key=lambda e: (e["start"], e["end"]))
    for ent in entities:
        if "review" in ent:
            report.counts[ent["review"]["status"]] += 1
    report.counts["removed"] += len(removed)
    report.documents += 1
    record = {"id": doc_id, "text": text, "label": None, "entities": entities,
              "meta": dict(first.get("record_meta") or {})}
    record.update(first.get("record_extra") or {})
    record["removed"] = removed
    reviewers = sorted({name for log in paragraph_log for name in log["confirmed_by"]})
    record["meta"]["review"] = {"project": project_name, "reviewers": reviewers,
                                "only_confirmed": only_confirmed, "paragraphs": paragraph_log}
    record = validate_record(record, f"doccano document {doc_id!r}")
    return record


def _recompute_norms(record: dict) -> None:
    """Norms of relabelled/resized/added spans, computed on the whole document."""
    changed = [i for i, e in enumerate(record["entities"])
               if e.get("review", {}).get("status") in ("relabelled", "resized", "added")]
    if not changed:
        return
    spans = [(e["start"], e["end"], e["label"]) for e in record["entities"]]
    norms = _normalise(record["text"], spans)
    for i in changed:
        record["entities"][i]["norm"] = norms[i]


def pull(dc: Doccano, project_name: str, only_confirmed: bool = False) -> tuple[list[dict], PullReport]:
    project = dc.find_project(project_name)
    if project is None:
        raise ZhanjiError(f"no doccano project {project_name!r} on {dc.url}")
    project_id = project["id"]
    label_names = dc.label_ids(project_id)
    try:
        users = dc.users()
    except ZhanjiError:  # only superusers may list users; fall back to ids
        users = {}
    by_doc: dict[str, list[dict]] = {}
    for ex in dc.examples(project_id):
        meta = ex.get("meta") or {}
        if "zhanji" not in meta or "doc_id" not in meta:
            continue
        ex["spans"] = dc.spans(project_id, ex["id"])
        ex["states"] = dc.states(project_id, ex["id"])
        ex["label_names"] = label_names
        by_doc.setdefault(str(meta["doc_id"]), []).append(ex)
    if not by_doc:
        raise ZhanjiError(f"doccano project {project_name!r} holds no examples pushed by zhanji")
    report = PullReport()
    records = []
    for doc_id, paragraphs in by_doc.items():
        record = assemble(doc_id, paragraphs, only_confirmed, users, project_name, report)
        _recompute_norms(record)
        records.append(record)
    return records, report

