"""Push machine annotations to doccano: one example per paragraph, idempotently.

Each example's meta carries doc_id, paragraph index, paragraph count, character
offset and pipeline version (shown to reviewers), plus a `zhanji` block that
lets `pull` rebuild the document exactly: the text between paragraphs, the
machine entities of the paragraph (with their norms and sources), the record's
meta and a fingerprint of the document. Spans go over the wire in UTF-16 units
(see layout.py).
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

SCHEMA = 1
GUIDELINES = Path(__file__).resolve().parents[2] / "docs" / "annotation-guidelines.md"
RECORD_KEYS = ("id", "text", "label", "entities", "meta")


@dataclass
class Example:
    doc_id: str
    paragraph: int
    text: str
    meta: dict
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

    def lines(self) -> list[str]:
        out = [f"pushed {len(self.pushed)} document(s) ({self.examples} examples, {self.spans} spans); "
               f"{len(self.unchanged)} already there unchanged"]
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
    examples = []
    for par in paragraphs:
        par_text = text[par.start:par.end]
        prefix = utf16_prefix(par_text)
        machine = [{**e, "start": e["start"] - par.start, "end": e["end"] - par.start}
                   for e in entities if par.start <= e["start"] and e["end"] <= par.end]
        block = {"v": SCHEMA, "fingerprint": print_hash, "after": par.after, "machine": machine, "complete": False}
        if par.index == 0:
            block.update({"before": before, "record_meta": record.get("meta", {}), "record_extra": extra})
        meta = {
            "doc_id": doc_id,
            "paragraph": par.index,
            "paragraphs": len(paragraphs),
            "offset": par.start,
            "pipeline": record.get("meta", {}).get("pipeline", ""),
            "zhanji": block,
        }
        wire = [(prefix[m["start"]], prefix[m["end"]], m["label"]) for m in machine]
        examples.append(Example(doc_id, par.index, par_text, meta, wire))
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


def _push_example(dc: Doccano, project_id: int, example: Example, label_ids: dict[str, int]) -> int:
    example_id = dc.create_example(project_id, example.text, example.meta)
    for start, end, label in example.spans:
        dc.create_span(project_id, example_id, start, end, label_ids[label])
    done = json.loads(json.dumps(example.meta))
    done["zhanji"]["complete"] = True
    dc.update_meta(project_id, example_id, done)
    return example_id


def push(dc: Doccano, path: str, project_name: str, guideline: str = "", replace: bool = False,
         reviewers: tuple[str, ...] = ()) -> PushReport:
    documents = load_for_push(path)
    project = open_project(dc, project_name, guideline)
    project_id = project["id"]
    label_ids = dc.ensure_labels(project_id)
    for reviewer in reviewers:
        dc.add_member(project_id, reviewer)
    existing: dict[str, dict[int, dict]] = {}
    for ex in dc.examples(project_id):
        meta = ex.get("meta") or {}
        if "doc_id" in meta and "zhanji" in meta:
            existing.setdefault(str(meta["doc_id"]), {})[meta.get("paragraph")] = ex
    report = PushReport()
    finished: list[str] = []
    for record, examples in documents:
        doc_id = str(record["id"])
        there = existing.get(doc_id, {})
        todo = examples
        if there:
            same = all(ex["meta"]["zhanji"].get("fingerprint") == fingerprint(record) for ex in there.values())
            if not same:
                if not replace:
                    report.changed.append(doc_id)
                    continue
                dc.delete_examples(project_id, [ex["id"] for ex in there.values()])
                report.replaced.append(doc_id)
            else:
                stale = [ex["id"] for ex in there.values() if not ex["meta"]["zhanji"].get("complete")]
                dc.delete_examples(project_id, stale)
                complete = {i for i, ex in there.items() if ex["meta"]["zhanji"].get("complete")}
                todo = [ex for ex in examples if ex.paragraph not in complete]
                if not todo:
                    report.unchanged.append(doc_id)
                    continue
                report.resumed.append(doc_id)
        try:
            for example in todo:
                _push_example(dc, project_id, example, label_ids)
                report.examples += 1
                report.spans += len(example.spans)
        except ZhanjiError as err:
            made = ", ".join(finished) or "none"
            raise ZhanjiError(f"{err}; documents pushed completely before this: {made}; "
                              f"{doc_id!r} is partly pushed: run the same push again to finish it") from None
        finished.append(doc_id)
        if doc_id not in report.resumed and doc_id not in report.replaced:
            report.pushed.append(doc_id)
    return report
