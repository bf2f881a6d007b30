"""Push machine annotations to doccano: one example per paragraph, idempotently.

Each example's meta holds only what a reviewer needs beside the text
(document, "paragraph n of N", offset, pipeline). What `pull` needs to rebuild
the document exactly (the text between paragraphs, the machine entities with
their norms and sources, the pushed span ids, the record's meta, fingerprints)
goes to a push record in the data directory (see store.py). Spans go over the
wire in UTF-16 units (see layout.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.record import read_records
from pipeline.review.client import Doccano
from pipeline.review.layout import cut_paragraphs, utf16_prefix
from pipeline.review.store import PushStore, display_meta, pushed_examples, text_hash

GUIDELINES = Path(__file__).resolve().parents[2] / "docs" / "annotation-guidelines.md"
RECORD_KEYS = ("id", "text", "label", "entities", "meta")


@dataclass
class Example:
    doc_id: str
    paragraph: int
    text: str
    meta: dict  # shown to reviewers
    record: dict  # the push record (store.py) without example and span ids
    spans: list[tuple[int, int, str]]  # UTF-16 offsets into the paragraph


@dataclass
class PushReport:
    pushed: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    examples: int = 0
    spans: int = 0
    first_url: str = ""
    held: int = 0  # paragraphs left for a later push by --limit

    def lines(self) -> list[str]:
        out = [f"pushed {len(self.pushed)} document(s) ({self.examples} examples, {self.spans} spans); "
               f"{len(self.unchanged)} already there unchanged"]
        if self.held:
            out.append(f"{self.held} paragraph(s) left for a later push (--limit); push again to add them")
        if self.first_url:
            out.append(f"review at {self.first_url}")
        if self.resumed:
            out.append(f"finished {len(self.resumed)} partly pushed document(s): {', '.join(self.resumed)}")
        if self.replaced:
            out.append(f"replaced {len(self.replaced)} changed document(s): {', '.join(self.replaced)}")
        for doc_id in self.changed:
            out.append(f"warning: document {doc_id!r} changed since it was pushed; not pushed again "
                       "(use --replace to delete its examples, and the reviews on them, and push it anew)")
        return out


def fingerprint(record: dict) -> str:
    body = json.dumps([record["text"], record["entities"]], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def to_examples(record: dict, where: str) -> list[Example]:
    """Cut one validated record into paragraph examples; errors name the record and span."""
    text, entities = record["text"], record["entities"]
    spans = [(e["start"], e["end"], e["label"]) for e in entities]
    for ent in entities:
        piece = text[ent["start"]:ent["end"]]
        if piece != piece.strip():
            raise ZhanjiError(f"{where}: span [{ent['start']}, {ent['end']}, {ent['label']}] {piece!r} "
                              "starts or ends with white space")
    try:
        before, paragraphs = cut_paragraphs(text, spans)
    except ValueError as err:
        raise ZhanjiError(f"{where}: {err}") from None
    if not paragraphs:
        raise ZhanjiError(f"{where}: the text has no non-blank line to review")
    doc_id = str(record["id"])
    print_hash = fingerprint(record)
    extra = {k: v for k, v in record.items() if k not in RECORD_KEYS}
    pipeline = str(record.get("meta", {}).get("pipeline", ""))
    examples = []
    for par in paragraphs:
        par_text = text[par.start:par.end]
        prefix = utf16_prefix(par_text)
        machine = [{**e, "start": e["start"] - par.start, "end": e["end"] - par.start}
                   for e in entities if par.start <= e["start"] and e["end"] <= par.end]
        block = {"doc_id": doc_id, "paragraph": par.index, "paragraphs": len(paragraphs), "offset": par.start,
                 "fingerprint": print_hash, "text_sha": text_hash(par_text), "after": par.after,
                 "machine": machine}
        if par.index == 0:
            block.update({"before": before, "document_sha": text_hash(text),
                          "record_meta": record.get("meta", {}), "record_extra": extra})
        meta = display_meta(doc_id, par.index, len(paragraphs), par.start, pipeline)
        wire = [(prefix[m["start"]], prefix[m["end"]], m["label"]) for m in machine]
        examples.append(Example(doc_id, par.index, par_text, meta, block, wire))
    return examples


def load_for_push(path: str) -> list[tuple[dict, list[Example]]]:
    """Read, validate and cut every record before anything is sent."""
    records = read_records(path)
    seen: dict[str, int] = {}
    out = []
    for number, record in enumerate(records, 1):
        doc_id = str(record.get("id") or "")
        where = f"{path}: record {number} (id {doc_id!r})"
        if not doc_id:
            raise ZhanjiError(f"{where}: record has no id; push matches documents by id")
        if doc_id in seen:
            raise ZhanjiError(f"{where}: id also used by record {seen[doc_id]}; ids must be unique")
        seen[doc_id] = number
        out.append((record, to_examples(record, where)))
    return out


def read_guidelines(path: str | None) -> str:
    source = Path(path) if path else GUIDELINES
    try:
        return source.read_text(encoding="utf-8")
    except OSError:
        if path:
            raise ZhanjiError(f"{path}: cannot read the guidelines file") from None
        return "Annotation guidelines: see docs/annotation-guidelines.md in the zhanji repository."


def open_project(dc: Doccano, name: str, guideline: str) -> dict:
    project = dc.find_project(name)
    if project is None:
        project = dc.create_project(name, guideline, "zhanji entity review (machine pre-annotations)")
    elif project.get("project_type") != "SequenceLabeling":
        raise ZhanjiError(f"doccano project {name!r} exists but is a {project.get('project_type')} project")
    elif not project.get("collaborative_annotation"):
        raise ZhanjiError(f"doccano project {name!r} exists without collaborative annotation; "
                          "reviewers would not see the machine spans (use another --project name)")
    return project


def _push_example(dc: Doccano, project_id: int, example: Example, label_ids: dict[str, int],
                  store: PushStore) -> int:
    record = {**json.loads(json.dumps(example.record)), "example_id": None, "pushed_by": dc.username,
              "pushed_by_id": None, "spans": {}, "complete": False}
    store.write(record)  # first: an example created after this is known to be ours
    example_id = dc.create_example(project_id, example.text, example.meta)
    record["example_id"] = example_id
    store.write(record)
    for start, end, label in example.spans:
        made = dc.create_span(project_id, example_id, start, end, label_ids[label])
        record["spans"][str(made["id"])] = [start, end, label]
        record["pushed_by_id"] = made["user"]
    record["complete"] = True
    store.write(record)
    return example_id


def existing_examples(dc: Doccano, project_id: int, project_name: str, store: PushStore):
    """Examples zhanji pushed, by document: ({doc: {paragraph: (example, record)}}, {doc: [stale ids]}).

    Stale: an example an interrupted push left (its record is incomplete or names
    another example). An example with no push record at all stops everything:
    it was pushed with another data directory, and pull could not rebuild it.
    """
    records = store.read_all()
    complete: dict[str, dict[int, tuple[dict, dict]]] = {}
    stale: dict[str, list[int]] = {}
    foreign = []
    for ex, key, rec in pushed_examples(dc.examples(project_id), records):
        if rec is None:
            foreign.append(key[0])
        elif rec.get("example_id") == ex["id"] and rec.get("complete"):
            complete.setdefault(key[0], {})[key[1]] = (ex, rec)
        else:
            stale.setdefault(key[0], []).append(ex["id"])
    if foreign:
        docs = ", ".join(sorted(set(foreign))[:5])
        raise ZhanjiError(f"doccano project {project_name!r} holds {len(foreign)} example(s) ({docs}) with no push "
                          f"record in {store.dir}: use the --data-dir they were pushed with")
    return complete, stale


def example_url(dc: Doccano, project_id: int, example_id: int | None) -> str:
    """The annotation page of an example in doccano 1.8.4 (pages count examples in doccano's order).

    Only `page` goes in the query: a link with an empty `q=` makes doccano search for "null".
    """
    ids = [ex["id"] for ex in dc.examples(project_id)]
    page = ids.index(example_id) + 1 if example_id in ids else 1
    return f"{dc.url}/projects/{project_id}/sequence-labeling?page={page}"


def push(dc: Doccano, path: str, project_name: str, guideline: str = "", replace: bool = False,
         reviewers: tuple[str, ...] = (), data_dir: str | Path = "", order: str = "document",
         limit: int | None = None, scorer=None) -> PushReport:
    """`order` "uncertain" pushes the least certain paragraphs first (order.py; `scorer`: the
    model's, optional); `limit` pushes at most that many paragraphs now."""
    if not data_dir:
        raise ZhanjiError("push needs a data directory for its push records")
    documents = load_for_push(path)
    project = open_project(dc, project_name, guideline)
    project_id = project["id"]
    store = PushStore(data_dir, project_id)
    label_ids = dc.ensure_labels(project_id)
    for reviewer in reviewers:
        dc.add_member(project_id, reviewer)
    existing, stale = existing_examples(dc, project_id, project_name, store)
    report = PushReport()
    finished: list[str] = []
    first_id = None  # the example to send reviewers to: the first one pushed now, else the first document's
    queued: list[Example] = []  # with an order or a limit: pushed after every document is decided
    for record, examples in documents:
        doc_id = str(record["id"])
        there = existing.get(doc_id, {})
        if first_id is None and 0 in there:
            first_id = there[0][0]["id"]
        todo = examples
        dc.delete_examples(project_id, stale.get(doc_id, []))
        if there:
            same = all(rec.get("fingerprint") == fingerprint(record) for _, rec in there.values())
            if not same:
                if not replace:
                    report.changed.append(doc_id)
                    continue
                dc.delete_examples(project_id, [ex["id"] for ex, _ in there.values()])
                store.delete_document(doc_id)
                report.replaced.append(doc_id)
            else:
                todo = [ex for ex in examples if ex.paragraph not in there]
                if not todo:
                    report.unchanged.append(doc_id)
                    continue
                report.resumed.append(doc_id)
        elif doc_id in stale:
            report.resumed.append(doc_id)
        if order != "document" or limit is not None:
            queued.extend(todo)
            continue
        try:
            for example in todo:
                made = _push_example(dc, project_id, example, label_ids, store)
                if not report.examples:
                    first_id = made
                report.examples += 1
                report.spans += len(example.spans)
        except ZhanjiError as err:
            made = ", ".join(finished) or "none"
            raise ZhanjiError(f"{err}; documents pushed completely before this: {made}; "
                              f"{doc_id!r} is partly pushed: run the same push again to finish it") from None
        finished.append(doc_id)
        if doc_id not in report.resumed and doc_id not in report.replaced:
            report.pushed.append(doc_id)
    if queued:
        made = _push_queue(dc, project_id, queued, label_ids, store, report, order, limit, scorer)
        first_id = made if made is not None else first_id
    report.first_url = example_url(dc, project_id, first_id)
    return report


def _push_queue(dc: Doccano, project_id: int, queued: list[Example], label_ids: dict[str, int],
                store: PushStore, report: PushReport, order: str, limit: int | None, scorer) -> int | None:
    """Push queued paragraphs in the review order, at most `limit`; returns the first example id."""
    from pipeline.review.order import order_meta, rank

    if order == "uncertain":
        ranked = [(queued[i], order_meta(pos, reason)) for pos, (i, _, reason) in
                  enumerate(rank([(ex.text, ex.record["machine"]) for ex in queued], scorer), 1)]
    else:
        ranked = [(ex, {}) for ex in queued]
    now = ranked if limit is None else ranked[:limit]
    report.held = len(ranked) - len(now)
    first = None
    for example, extra in now:
        example.meta.update(extra)
        try:
            made = _push_example(dc, project_id, example, label_ids, store)
        except ZhanjiError as err:
            raise ZhanjiError(f"{err}; {report.examples} paragraph(s) pushed before this: "
                              "run the same push again to finish") from None
        first = made if first is None else first
        report.examples += 1
        report.spans += len(example.spans)
    partial = {ex.doc_id for ex, _ in ranked[len(now):]}
    for doc_id in dict.fromkeys(ex.doc_id for ex in queued):
        if doc_id not in partial and doc_id not in report.resumed and doc_id not in report.replaced:
            report.pushed.append(doc_id)
    return first
