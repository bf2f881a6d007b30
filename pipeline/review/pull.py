"""Pull reviewed annotations from doccano back into corpus records.

Paragraph examples are reassembled into documents from their push records (see
store.py; checked against the text hashes written at push), spans are mapped
from UTF-16 paragraph offsets back to code-point document offsets, and each
entity gets `review` provenance:

- accepted: the machine span, unchanged, in a paragraph a reviewer confirmed
  (the machine entity is kept as is)
- unreviewed: the machine span, unchanged, in a paragraph nobody confirmed
- relabelled: same offsets, another label
- resized: overlaps a machine span (same label first) with other offsets
- added: no machine span behind it

Relabelled, resized and added spans are normalised as extraction normalises a
new span (pipeline.extract.normalize_text_spans); their `source` is "review",
`review.by` names the reviewer, and `review.machine` keeps the machine entity.
Machine spans with no counterpart are listed in the record's `removed` list.
A change in a paragraph nobody confirmed carries `review.confirmed: false`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.record import validate_record
from pipeline.review.client import Doccano
from pipeline.review.layout import from_utf16
from pipeline.review.store import PushStore, pushed_examples, text_hash

STATUSES = ("accepted", "unreviewed", "relabelled", "resized", "added")
CHANGES = ("relabelled", "resized", "added")


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


@dataclass(frozen=True)
class SpanInfo:
    """Who stands behind a reviewed span."""

    user: str  # doccano's user of the span (its creator)
    user_id: int
    pushed: bool  # the span is one push created (possibly edited in place since)


def _by(info: SpanInfo | None, confirmed_by: list[str], pushed_by: int | None) -> str | None:
    """The reviewer of a change: the span's creator, unless push created it.

    A pushed span that a reviewer edited in place (relabel from the label menu)
    keeps push's user in doccano, so its reviewer is who confirmed the paragraph.
    """
    if info is not None and (not info.pushed or info.user_id != pushed_by):
        return info.user
    return ", ".join(confirmed_by) or None


def build_entities(text: str, machine: list[dict], final: list[tuple[int, int, str]],
                   span_info: dict, confirmed_by: list[str], pushed_by: int | None = None):
    """Entities with review provenance for one paragraph (document offsets)."""
    matches, removed = diff_spans(machine, final)
    entities = []
    for (s, e, label), mach, state in matches:
        if state == "accepted":
            ent = _strip_review(mach)
            ent["review"] = {"status": "accepted" if confirmed_by else "unreviewed"}
            entities.append(ent)
            continue
        ent = {"start": s, "end": e, "label": label, "text": text[s:e], "norm": {},  # filled by _recompute_norms
               "source": "review", "review": {"status": state}}
        by = _by(span_info.get((s, e, label)), confirmed_by, pushed_by)
        if by:
            ent["review"]["by"] = by
        if mach is not None:
            ent["review"]["machine"] = _strip_review(mach)
        if not confirmed_by:
            ent["review"]["confirmed"] = False
        entities.append(ent)
    removed_out = []
    for m in removed:
        review = {"status": "removed"}
        if confirmed_by:
            review["by"] = ", ".join(confirmed_by)
        else:
            review["confirmed"] = False
        removed_out.append({**_strip_review(m), "review": review})
    return entities, removed_out


def _unreviewed(machine: list[dict]) -> list[dict]:
    return [{**_strip_review(m), "review": {"status": "unreviewed"}} for m in machine]


def _doc_text(paragraphs: list[dict]) -> str:
    return paragraphs[0]["rec"].get("before", "") + "".join(p["text"] + p["rec"]["after"] for p in paragraphs)


def assemble(doc_id: str, paragraphs: list[dict], only_confirmed: bool, users: dict[int, str],
             project_name: str, report: PullReport) -> dict:
    paragraphs = sorted(paragraphs, key=lambda p: p["rec"]["paragraph"])
    expected = paragraphs[0]["rec"]["paragraphs"]
    numbers = [p["rec"]["paragraph"] for p in paragraphs]
    if numbers != list(range(expected)):
        raise ZhanjiError(f"document {doc_id!r}: doccano holds paragraphs {[n + 1 for n in numbers]} of {expected}; "
                          "an example was deleted or the push did not finish (run push again)")
    first = paragraphs[0]["rec"]
    text = _doc_text(paragraphs)
    if len({p["rec"]["fingerprint"] for p in paragraphs}) != 1:
        raise ZhanjiError(f"document {doc_id!r}: its paragraphs come from different pushes")
    if "document_sha" in first and text_hash(text) != first["document_sha"]:
        raise ZhanjiError(f"document {doc_id!r}: the paragraphs in doccano do not rebuild the pushed text")
    entities, removed, paragraph_log = [], [], []
    for par in paragraphs:
        rec = par["rec"]
        offset, number = rec["offset"], rec["paragraph"]
        machine = [{**m, "start": m["start"] + offset, "end": m["end"] + offset} for m in rec["machine"]]
        confirmed_by = sorted({users.get(s["confirmed_by"], str(s["confirmed_by"])) for s in par["states"]})
        taken = bool(confirmed_by) or not only_confirmed
        report.examples += 1
        report.confirmed += bool(confirmed_by)
        paragraph_log.append({"paragraph": number, "start": offset, "end": offset + len(par["text"]),
                              "confirmed_by": confirmed_by, "pulled": taken})
        if not taken:
            entities += _unreviewed(machine)
            continue
        final, span_info = [], {}
        for span in par["spans"]:
            s = from_utf16(par["text"], span["start_offset"])
            e = from_utf16(par["text"], span["end_offset"])
            label = par["label_names"].get(span["label"])
            where = f"document {doc_id!r}, paragraph {number + 1} (doccano example {par['id']})"
            if s is None or e is None or not s < e:
                raise ZhanjiError(f"{where}: span [{span['start_offset']}, {span['end_offset']}] (UTF-16) "
                                  "does not fall on character boundaries")
            if label is None:
                raise ZhanjiError(f"{where}: span with unknown label id {span['label']}")
            key = (s + offset, e + offset, label)
            final.append(key)
            span_info[key] = SpanInfo(users.get(span["user"], str(span["user"])), span["user"],
                                      str(span["id"]) in rec.get("spans", {}))
        final.sort()
        ents, gone = build_entities(text, machine, final, span_info, confirmed_by, rec.get("pushed_by_id"))
        entities += ents
        removed += gone
    entities.sort(key=lambda e: (e["start"], e["end"]))
    for ent in entities:
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
    """Norms of relabelled/resized/added spans, computed on the whole document as extraction does."""
    changed = [i for i, e in enumerate(record["entities"]) if e["review"]["status"] in CHANGES]
    if not changed:
        return
    from pipeline.extract import normalize_text_spans

    spans = [(e["start"], e["end"], e["label"]) for e in record["entities"]]
    norms = normalize_text_spans(record["text"], spans)
    for i in changed:
        record["entities"][i]["norm"] = norms[i]


def pull(dc: Doccano, project_name: str, only_confirmed: bool = False,
         data_dir: str | Path = "") -> tuple[list[dict], PullReport]:
    project = dc.find_project(project_name)
    if project is None:
        raise ZhanjiError(f"no doccano project {project_name!r} on {dc.url}")
    project_id = project["id"]
    store = PushStore(data_dir, project_id)
    records = store.read_all()
    label_names = dc.label_ids(project_id)
    try:
        users = dc.users()
    except ZhanjiError:  # only superusers may list users; fall back to ids
        users = {}
    by_doc: dict[str, list[dict]] = {}
    for ex, key, rec in pushed_examples(dc.examples(project_id), records):
        if rec is None:
            raise ZhanjiError(f"document {key[0]!r}: example {ex['id']} has no push record in {store.dir}; "
                              "pull with the --data-dir it was pushed with")
        if rec.get("example_id") != ex["id"] or not rec.get("complete"):
            raise ZhanjiError(f"document {key[0]!r} is only partly pushed: run push again before pulling")
        if text_hash(ex["text"]) != rec["text_sha"]:
            raise ZhanjiError(f"document {key[0]!r}: the text of example {ex['id']} differs from what was pushed")
        ex["rec"] = rec
        ex["spans"] = dc.spans(project_id, ex["id"])
        ex["states"] = dc.states(project_id, ex["id"])
        ex["label_names"] = label_names
        by_doc.setdefault(key[0], []).append(ex)
    if not by_doc:
        raise ZhanjiError(f"doccano project {project_name!r} holds no examples pushed by zhanji")
    report = PullReport()
    out = []
    for doc_id, paragraphs in by_doc.items():
        record = assemble(doc_id, paragraphs, only_confirmed, users, project_name, report)
        _recompute_norms(record)
        out.append(record)
    return out, report
