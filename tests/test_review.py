"""zhanji review: layout and stats units, and the push/review/pull loop on a real doccano server."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.record import make_record, read_records, write_records
from pipeline.review import server
from pipeline.review.cli import review
from pipeline.review.client import Doccano
from pipeline.review.layout import cut_paragraphs, from_utf16, to_utf16
from pipeline.review.pull import diff_spans
from pipeline.review.stats import char_tags, cohen_kappa, label_stats, span_f1
from pipeline.review.store import PushStore, example_key

from doccano_fixture import (  # noqa: F401  (doccano_server is a fixture)
    ADMIN,
    ADMIN_PASSWORD,
    OUTSIDE_BMP,
    REVIEWER,
    REVIEWER_PASSWORD,
    doccano_server,
    machine_record,
)


# ---------------------------------------------------------------- no server
def test_paragraphs_rebuild_the_text_and_keep_white_space_outside():
    text = "　标题 \r\n\r\n第一段𠮷第37师团。\n  \n第二\n段\n"
    before, pars = cut_paragraphs(text, [(12, 17, "MIL_UNIT")])
    assert before == "　"
    assert [text[p.start:p.end] for p in pars] == ["标题", "第一段𠮷第37师团。", "第二", "段"]
    assert before + "".join(text[p.start:p.end] + p.after for p in pars) == text


def test_a_span_across_a_line_break_keeps_its_lines_together():
    text = "甲乙\n丙丁\n戊"
    _, pars = cut_paragraphs(text, [(1, 4, "LOC")])
    assert [text[p.start:p.end] for p in pars] == ["甲乙\n丙丁", "戊"]


def test_utf16_offsets_count_outside_bmp_characters_twice():
    text = "𠮷林市的第37师团"
    assert to_utf16(text, 1) == 2 and to_utf16(text, 3) == 4
    assert from_utf16(text, 4) == 3
    assert from_utf16(text, 1) is None  # inside the surrogate pair


def test_diff_spans_names_every_kind_of_change():
    machine = [{"start": 0, "end": 3, "label": "GPE"}, {"start": 5, "end": 9, "label": "MIL_UNIT"},
               {"start": 10, "end": 12, "label": "PERSON"}, {"start": 20, "end": 22, "label": "DATE"}]
    final = [(0, 3, "GPE"), (5, 8, "MIL_UNIT"), (10, 12, "ORG"), (30, 31, "LOC")]
    matches, removed = diff_spans(machine, final)
    assert [state for _, _, state in matches] == ["accepted", "resized", "relabelled", "added"]
    assert removed == [machine[3]]


def test_agreement_measures():
    assert span_f1({(0, 2, "GPE")}, {(0, 2, "GPE"), (3, 4, "LOC")}) == pytest.approx(2 / 3)
    assert cohen_kappa(["O", "O", "X", "X"], ["O", "O", "X", "O"]) == pytest.approx(0.5)
    assert char_tags("甲 乙丙", {(2, 4, "LOC")}) == ["O", "LOC", "LOC"]


def test_label_stats_counts_machine_fates_and_precision():
    ents = [
        {"start": 0, "end": 1, "label": "GPE", "review": {"status": "accepted"}},
        {"start": 2, "end": 3, "label": "LOC", "review": {"status": "relabelled",
                                                          "machine": {"start": 2, "end": 3, "label": "GPE"}}},
        {"start": 4, "end": 5, "label": "GPE", "review": {"status": "added"}},
        {"start": 6, "end": 7, "label": "GPE"},  # not reviewed: not counted
    ]
    table = label_stats([{"entities": ents, "removed": [{"start": 8, "end": 9, "label": "GPE"}]}])
    gpe = table["GPE"]
    assert (gpe["accepted"], gpe["relabelled"], gpe["removed"], gpe["added"]) == (1, 1, 1, 1)
    assert gpe["precision"] == pytest.approx(1 / 3) and gpe["recall"] == pytest.approx(1 / 2)
    assert table["LOC"]["recall"] == 0.0


@pytest.mark.parametrize("command", ["setup", "serve", "push", "pull", "stats", "adduser"])
def test_every_subcommand_has_help(command):
    result = CliRunner().invoke(review, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


# ---------------------------------------------------------------- real server
def run(args, password=ADMIN_PASSWORD):
    env = {"ZHANJI_DOCCANO_PASSWORD": password}
    return CliRunner().invoke(review, args, env=env, catch_exceptions=False)


def small_record(doc_id="small", drop=0):
    text = f"{OUTSIDE_BMP}1944年4月，第37师团进攻郑县。\n\n军长方先觉守衡阳城。\n"
    spans = [(1, 8, "DATE"), (9, 14, "MIL_UNIT"), (16, 18, "GPE"), (23, 26, "PERSON"), (27, 30, "GPE")]
    ents = [{"start": s, "end": e, "label": l, "text": text[s:e], "norm": {}, "source": "test"}
            for s, e, l in spans[drop:]]
    return make_record(doc_id, text, ents, {"pipeline": "zhanji test"})


@pytest.fixture(scope="module")
def pushed(doccano_server, tmp_path_factory):
    """The article's machine record pushed into project 'article' with a reviewer."""
    record, origin = machine_record()
    path = tmp_path_factory.mktemp("push") / "extracted.jsonl"
    write_records(path, [record])
    result = run(["push", str(path), "--project", "article", "--url", doccano_server.url, "--user", ADMIN,
                  "--reviewer", REVIEWER])
    assert result.exit_code == 0, result.stderr
    assert f"pushed 1 document(s)" in result.output
    return {"record": record, "path": path, "origin": origin, "url": doccano_server.url,
            "data_dir": doccano_server.data_dir}


def _project(dc, name):
    project = dc.find_project(name)
    assert project is not None
    return project["id"]


def test_round_trip_keeps_every_span_and_reports_the_four_changes(pushed, tmp_path):
    record, url = pushed["record"], pushed["url"]
    dc = Doccano(url, REVIEWER, REVIEWER_PASSWORD)
    pid = _project(dc, "article")
    examples = dc.examples(pid)
    labels = {name: i for i, name in dc.label_ids(pid).items()}
    records = PushStore(pushed["data_dir"], pid).read_all()
    for ex in examples:
        ex["machine"] = records[example_key(ex["meta"])]["machine"]

    # doccano holds UTF-16 offsets, so the browser shows 𠮷林市 where the record has [0, 3)
    tail = next(ex for ex in examples if ex["text"].startswith(OUTSIDE_BMP + "林市"))
    stored = sorted((s["start_offset"], s["end_offset"]) for s in dc.spans(pid, tail["id"]))
    assert stored == [(0, 4), (5, 10)]

    # a reviewer, through the API as the browser does: resize, relabel, delete, add; then confirm all
    target = next(ex for ex in examples if len(ex["machine"]) >= 4
                  and ex["text"].startswith(OUTSIDE_BMP))
    offset, par_text = target["meta"]["offset"], target["text"]
    spans = sorted(dc.spans(pid, target["id"]), key=lambda s: s["start_offset"])
    machine = sorted(target["machine"], key=lambda m: m["start"])
    to_resize = next(i for i, m in enumerate(machine) if m["end"] - m["start"] >= 3)
    to_relabel, to_delete = [i for i in range(len(machine)) if i != to_resize][:2]
    m_resize, m_relabel, m_delete = machine[to_resize], machine[to_relabel], machine[to_delete]
    new_label = "LOC" if m_relabel["label"] != "LOC" else "GPE"
    dc.call(dc.api.update_span, pid, target["id"], spans[to_resize]["id"],
            start_offset=to_utf16(par_text, m_resize["start"]), end_offset=to_utf16(par_text, m_resize["end"] - 1),
            label=labels[m_resize["label"]])
    dc.call(dc.api.update_span, pid, target["id"], spans[to_relabel]["id"],
            start_offset=spans[to_relabel]["start_offset"], end_offset=spans[to_relabel]["end_offset"],
            label=labels[new_label])
    dc.call(dc.api.delete_span, pid, target["id"], spans[to_delete]["id"])
    assert par_text[0] == OUTSIDE_BMP and all(m["start"] > 0 for m in machine)
    dc.create_span(pid, target["id"], 0, 2, labels["PERSON"])  # 𠮷: UTF-16 [0, 2)
    for ex in examples:
        dc.confirm(pid, ex["id"])

    out = tmp_path / "reviewed.jsonl"
    result = run(["pull", "--project", "article", "-o", str(out), "--url", url, "--user", ADMIN])
    assert result.exit_code == 0, result.stderr
    [pulled] = read_records(out)
    assert pulled["text"] == record["text"]

    def doc(m):
        return (m["start"] + offset, m["end"] + offset, m["label"])

    changed = {doc(m_resize), doc(m_relabel), doc(m_delete)}
    by_span = {(e["start"], e["end"], e["label"]): e for e in pulled["entities"]}
    for ent in record["entities"]:
        key = (ent["start"], ent["end"], ent["label"])
        if key in changed:
            continue
        got = dict(by_span[key])
        assert got.pop("review") == {"status": "accepted"}
        assert json.dumps(got, ensure_ascii=False) == json.dumps(ent, ensure_ascii=False)

    def original(m):
        return next(x for x in record["entities"] if (x["start"], x["end"], x["label"]) == doc(m))

    # edited in place through the API: doccano keeps push's user on the span, the confirmer is named
    s, e, label = doc(m_resize)
    resized = by_span[(s, e - 1, label)]
    assert resized["review"] == {"status": "resized", "by": REVIEWER, "machine": original(m_resize)}
    assert resized["text"] == record["text"][s:e - 1] and resized["source"] == "review"
    s, e, label = doc(m_relabel)
    relabelled = by_span[(s, e, new_label)]
    assert relabelled["review"] == {"status": "relabelled", "by": REVIEWER, "machine": original(m_relabel)}
    added = by_span[(offset, offset + 1, "PERSON")]
    assert added["text"] == OUTSIDE_BMP and added["source"] == "review"
    assert added["review"] == {"status": "added", "by": REVIEWER}
    assert [(r["start"], r["end"], r["label"]) for r in pulled["removed"]] == [doc(m_delete)]
    assert pulled["removed"][0]["review"] == {"status": "removed", "by": REVIEWER}
    statuses = [e["review"]["status"] for e in pulled["entities"]]
    assert statuses.count("accepted") == len(record["entities"]) - 3
    assert sorted(x for x in statuses if x != "accepted") == ["added", "relabelled", "resized"]
    assert pulled["meta"]["review"]["reviewers"] == [REVIEWER]
    assert {k: v for k, v in pulled["meta"].items() if k != "review"} == record["meta"]

    # never overwrite without --force
    again = run(["pull", "--project", "article", "-o", str(out), "--url", url, "--user", ADMIN])
    assert again.exit_code == 1 and "file exists; use --force" in again.stderr
    forced = run(["pull", "--project", "article", "-o", str(out), "--url", url, "--user", ADMIN, "--force"])
    assert forced.exit_code == 0 and read_records(out) == [pulled]

    stats = run(["stats", str(out), "--json"])
    table = json.loads(stats.output)["labels"]["ALL"]
    n = len(record["entities"])
    assert (table["accepted"], table["relabelled"], table["resized"], table["removed"], table["added"],
            table["unreviewed"]) == (n - 3, 1, 1, 1, 1, 0)
    assert table["precision"] == pytest.approx((n - 3) / n)
    assert table["recall"] == pytest.approx((n - 3) / (n - 1 + 1))


def test_double_push_adds_nothing_and_a_changed_document_is_reported(pushed, tmp_path):
    dc = Doccano(pushed["url"], ADMIN, ADMIN_PASSWORD)
    before = len(dc.examples(_project(dc, "article")))
    again = run(["push", str(pushed["path"]), "--project", "article", "--url", pushed["url"]])
    assert again.exit_code == 0 and "pushed 0 document(s)" in again.output and "1 already there" in again.output
    changed = dict(pushed["record"])
    changed["entities"] = changed["entities"][1:]
    changed["label"] = changed["label"][1:]
    path = tmp_path / "changed.jsonl"
    write_records(path, [changed])
    result = run(["push", str(path), "--project", "article", "--url", pushed["url"]])
    assert result.exit_code == 1
    assert "document 'yuxianggui-1944' changed since it was pushed" in result.stderr
    assert len(dc.examples(_project(dc, "article"))) == before


def test_only_confirmed_keeps_unconfirmed_paragraphs_as_machine_spans(doccano_server, tmp_path):
    path = tmp_path / "small.jsonl"
    write_records(path, [small_record()])
    assert run(["push", str(path), "--project", "confirm", "--url", doccano_server.url]).exit_code == 0
    dc = Doccano(doccano_server.url, ADMIN, ADMIN_PASSWORD)
    pid = _project(dc, "confirm")
    first, second = sorted(dc.examples(pid), key=lambda ex: ex["meta"]["paragraph"])
    for ex in (first, second):  # a reviewer deletes the first span of each paragraph
        span = min(dc.spans(pid, ex["id"]), key=lambda s: s["start_offset"])
        dc.call(dc.api.delete_span, pid, ex["id"], span["id"])
    dc.confirm(pid, first["id"])
    out = tmp_path / "reviewed.jsonl"
    result = run(["pull", "--project", "confirm", "-o", str(out), "--only-confirmed", "--url", doccano_server.url])
    assert result.exit_code == 0, result.stderr
    [pulled] = read_records(out)
    assert [(r["start"], r["end"]) for r in pulled["removed"]] == [(1, 8)]
    assert [(e["start"], e["end"], e["review"]["status"]) for e in pulled["entities"]] == \
        [(9, 14, "accepted"), (16, 18, "accepted"), (23, 26, "unreviewed"), (27, 30, "unreviewed")]
    assert [p["confirmed_by"] for p in pulled["meta"]["review"]["paragraphs"]] == [[ADMIN], []]


@pytest.mark.parametrize("spans, message", [
    ([(1, 8, "DATE"), (5, 10, "MIL_UNIT")], "overlapping spans [1, 8, DATE] and [5, 10, MIL_UNIT]"),
    ([(1, 99, "DATE")], "span [1, 99, DATE] runs past the end"),
    ([(1, 8, "WEAPON")], "unknown label 'WEAPON'"),
    ([(18, 20, "GPE")], "span [18, 20, GPE] '。\\n' starts or ends with white space"),
])
def test_invalid_spans_are_refused_before_anything_is_sent(doccano_server, tmp_path, spans, message):
    record = small_record()
    record["entities"] = [{"start": s, "end": e, "label": l, "text": record["text"][s:e], "norm": {}, "source": "t"}
                          for s, e, l in spans]
    record["label"] = [list(x) for x in spans]
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(["push", str(path), "--project", "never", "--url", doccano_server.url])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr and str(path) in result.stderr
    assert Doccano(doccano_server.url, ADMIN, ADMIN_PASSWORD).find_project("never") is None


def test_server_down_is_one_line(tmp_path):
    path = tmp_path / "small.jsonl"
    write_records(path, [small_record()])
    url = f"http://127.0.0.1:{server.free_port()}"
    result = run(["push", str(path), "--project", "x", "--url", url])
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot reach doccano at {url} (is `zhanji review serve` running?)\n"


def test_bad_credentials_are_one_line(doccano_server, tmp_path):
    path = tmp_path / "small.jsonl"
    write_records(path, [small_record()])
    result = run(["pull", "--project", "x", "-o", str(tmp_path / "o.jsonl"), "--url", doccano_server.url],
                 password="wrong")
    assert result.exit_code == 1
    assert result.stderr == f"error: login to {doccano_server.url} as 'admin' failed: wrong user name or password\n"
    assert not (tmp_path / "o.jsonl").exists()


def test_adduser_creates_a_reviewer_who_can_log_in(doccano_server):
    env = {"ZHANJI_DOCCANO_PASSWORD": ADMIN_PASSWORD, "ZHANJI_DOCCANO_NEW_PASSWORD": "alice-pass-123"}
    result = CliRunner().invoke(review, ["adduser", "alice", "--url", doccano_server.url], env=env)
    assert result.exit_code == 0, result.stderr
    assert Doccano(doccano_server.url, "alice", "alice-pass-123").username == "alice"


# ---------------------------------------------------------------- issue 11
def test_stats_count_only_confirmed_paragraphs_and_unreviewed_on_their_own():
    ents = [
        {"start": 0, "end": 1, "label": "GPE", "review": {"status": "accepted"}},
        {"start": 2, "end": 3, "label": "GPE", "review": {"status": "unreviewed"}},
        {"start": 4, "end": 5, "label": "GPE", "review": {"status": "unreviewed"}},
        {"start": 6, "end": 7, "label": "LOC", "review": {"status": "added", "confirmed": False}},
    ]
    meta = {"review": {"paragraphs": [{"paragraph": 0, "confirmed_by": ["a"]},
                                      {"paragraph": 1, "confirmed_by": []}, {"paragraph": 2, "confirmed_by": []}]}}
    records = [{"entities": ents, "removed": [], "meta": meta}]
    table = label_stats(records)
    assert (table["GPE"]["accepted"], table["GPE"]["unreviewed"], table["GPE"]["precision"]) == (1, 2, 1.0)
    assert (table["LOC"]["added"], table["LOC"]["final"], table["ALL"]["unconfirmed_changes"]) == (0, 0, 1)


def small_push(doccano_server, tmp_path, project, record, *extra):
    path = tmp_path / f"{project}.jsonl"
    write_records(path, [record])
    result = run(["push", str(path), "--project", project, "--url", doccano_server.url, *extra])
    assert result.exit_code == 0, result.stderr
    dc = Doccano(doccano_server.url, ADMIN, ADMIN_PASSWORD)
    pid = _project(dc, project)
    return result, dc, pid, sorted(dc.examples(pid), key=lambda ex: ex["meta"]["paragraph"])


def pull_records(doccano_server, tmp_path, project, *extra):
    out = tmp_path / f"{project}-reviewed.jsonl"
    result = run(["pull", "--project", project, "-o", str(out), "--url", doccano_server.url, "--force", *extra])
    assert result.exit_code == 0, result.stderr
    return read_records(out), out


def test_spans_of_unconfirmed_paragraphs_are_unreviewed_not_accepted(doccano_server, tmp_path):
    _, dc, pid, (first, second) = small_push(doccano_server, tmp_path, "unreviewed", small_record())
    span = min(dc.spans(pid, second["id"]), key=lambda s: s["start_offset"])  # edit without confirming
    dc.call(dc.api.delete_span, pid, second["id"], span["id"])
    dc.confirm(pid, first["id"])
    [pulled], out = pull_records(doccano_server, tmp_path, "unreviewed")
    assert [(e["start"], e["end"], e["review"]["status"]) for e in pulled["entities"]] == \
        [(1, 8, "accepted"), (9, 14, "accepted"), (16, 18, "accepted"), (27, 30, "unreviewed")]
    assert pulled["removed"][0]["review"] == {"status": "removed", "confirmed": False}
    table = json.loads(run(["stats", str(out), "--json"]).output)
    assert table["paragraphs"] == {"confirmed": 1, "total": 2}
    every = table["labels"]["ALL"]
    assert (every["accepted"], every["unreviewed"], every["removed"], every["unconfirmed_changes"]) == (3, 1, 0, 1)
    assert every["precision"] == 1.0 and every["recall"] == 1.0
    text = run(["stats", str(out)]).output
    assert "reviewed (confirmed) paragraphs: 1 of 2" in text
    assert "1 change(s) in unconfirmed paragraphs are not counted" in text


TRADITIONAL = "敵戰車約三百輛沿公路南下。\n副師長林振華率部反擊。\n"


def traditional_record():
    def ent(piece, label, norm, nth=0):
        start = TRADITIONAL.index(piece) if not nth else TRADITIONAL.index(piece, TRADITIONAL.index(piece) + 1)
        return {"start": start, "end": start + len(piece), "label": label, "text": piece, "norm": norm,
                "source": "rule:test"}
    ents = [ent("三百輛", "QUANTITY", {"value": 300, "unit": "輛", "approx": None}),
            ent("公路", "LOC", {}), ent("林振華", "ORG", {})]
    return make_record("trad", TRADITIONAL, ents, {"pipeline": "zhanji test"})


def test_changed_spans_are_normalised_like_new_ones_and_name_their_reviewer(doccano_server, tmp_path):
    record = traditional_record()
    _, admin, pid, (first, second) = small_push(doccano_server, tmp_path, "trad", record, "--reviewer", REVIEWER)
    dc = Doccano(doccano_server.url, REVIEWER, REVIEWER_PASSWORD)
    labels = {name: i for i, name in dc.label_ids(pid).items()}
    by_text = {first["text"][s["start_offset"]:s["end_offset"]]: s for s in dc.spans(pid, first["id"])}
    # resize as the browser does it: delete the span, select the wider text, press the key
    dc.call(dc.api.delete_span, pid, first["id"], by_text["三百輛"]["id"])
    dc.create_span(pid, first["id"], 3, 7, labels["QUANTITY"])  # 約三百輛
    admin.call(admin.api.delete_span, pid, first["id"], by_text["公路"]["id"])  # the admin removes a span
    admin.confirm(pid, first["id"])
    [person] = dc.spans(pid, second["id"])  # relabel from the chip's menu: the span is edited in place
    dc.call(dc.api.update_span, pid, second["id"], person["id"], start_offset=person["start_offset"],
            end_offset=person["end_offset"], label=labels["PERSON"])
    dc.confirm(pid, second["id"])
    [pulled], _ = pull_records(doccano_server, tmp_path, "trad")
    machine = {e["text"]: e for e in record["entities"]}
    quantity, relabelled = pulled["entities"]
    assert (quantity["start"], quantity["end"], quantity["text"]) == (3, 7, "約三百輛")
    # the same normaliser as extraction: Simplified working text, unit as written
    assert quantity["norm"] == {"value": 300, "unit": "輛", "approx": "about"}
    assert quantity["source"] == "review"
    assert quantity["review"] == {"status": "resized", "by": REVIEWER, "machine": machine["三百輛"]}
    assert (relabelled["label"], relabelled["source"]) == ("PERSON", "review")
    assert relabelled["review"] == {"status": "relabelled", "by": REVIEWER, "machine": machine["林振華"]}
    assert pulled["removed"] == [{**machine["公路"], "review": {"status": "removed", "by": ADMIN}}]


def test_reviewers_see_only_what_helps_and_pull_needs_the_push_records(doccano_server, tmp_path):
    result, dc, pid, (first, second) = small_push(doccano_server, tmp_path, "screen", small_record())
    assert first["meta"] == {"document": "small", "paragraph": "1 of 2", "offset": 0, "pipeline": "zhanji test"}
    assert second["meta"] == {"document": "small", "paragraph": "2 of 2", "offset": 21, "pipeline": "zhanji test"}
    url = f"{doccano_server.url}/projects/{pid}/sequence-labeling?page=1"
    assert f"review at {url}\n" in result.output
    records = PushStore(doccano_server.data_dir, pid).read_all()
    assert sorted(records) == [("small", 0), ("small", 1)]
    assert [r["example_id"] for r in (records[("small", 0)], records[("small", 1)])] == [first["id"], second["id"]]
    [pulled], _ = pull_records(doccano_server, tmp_path, "screen")
    assert pulled["text"] == small_record()["text"]
    elsewhere = tmp_path / "elsewhere"
    out = tmp_path / "none.jsonl"
    failed = run(["pull", "--project", "screen", "-o", str(out), "--url", doccano_server.url,
                  "--data-dir", str(elsewhere)])
    assert failed.exit_code == 1 and failed.stderr.count("\n") == 1
    assert "has no push record in" in failed.stderr and "--data-dir" in failed.stderr
    again = run(["push", str(tmp_path / "screen.jsonl"), "--project", "screen", "--url", doccano_server.url,
                 "--data-dir", str(elsewhere)])
    assert again.exit_code == 1 and "use the --data-dir they were pushed with" in again.stderr
    assert len(dc.examples(pid)) == 2


def test_serve_on_a_busy_port_creates_nothing(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        data_dir = tmp_path / "doccano-data"
        result = CliRunner().invoke(review, ["serve", "--data-dir", str(data_dir), "--port", str(port)],
                                    env={"ZHANJI_DOCCANO_PASSWORD": "x"})
    assert result.exit_code == 1
    assert result.stderr == f"error: port {port} on 127.0.0.1 is already in use; " \
                            "stop what runs there or choose another with --port\n"
    assert not data_dir.exists()


def test_adduser_for_an_existing_user_leaves_the_password(doccano_server):
    env = {"ZHANJI_DOCCANO_PASSWORD": ADMIN_PASSWORD, "ZHANJI_DOCCANO_NEW_PASSWORD": "another-pass-456"}
    result = CliRunner().invoke(review, ["adduser", REVIEWER, "--url", doccano_server.url], env=env)
    assert result.exit_code == 0, result.stderr
    assert result.output == f"user {REVIEWER!r} already exists; password left unchanged\n"
    assert Doccano(doccano_server.url, REVIEWER, REVIEWER_PASSWORD).username == REVIEWER


def test_a_project_pushed_before_push_records_still_pulls_and_is_not_pushed_twice(doccano_server, tmp_path):
    from pipeline.review.push import to_examples

    record = small_record("legacy")
    path = tmp_path / "legacy.jsonl"
    write_records(path, [record])
    dc = Doccano(doccano_server.url, ADMIN, ADMIN_PASSWORD)
    pid = dc.create_project("legacy", "", "old zhanji push")["id"]
    labels = dc.ensure_labels(pid)
    for ex in to_examples(record, "legacy"):  # as the old push wrote them: everything in the meta
        block = {k: ex.record[k] for k in ("fingerprint", "after", "machine") if k in ex.record}
        block.update({k: ex.record[k] for k in ("before", "record_meta", "record_extra") if k in ex.record})
        meta = {"doc_id": "legacy", "paragraph": ex.paragraph, "paragraphs": 2, "offset": ex.record["offset"],
                "pipeline": "zhanji test", "zhanji": {"v": 1, **block, "complete": True}}
        example_id = dc.create_example(pid, ex.text, meta)
        for start, end, label in ex.spans:
            dc.create_span(pid, example_id, start, end, labels[label])
        if ex.paragraph == 0:
            dc.confirm(pid, example_id)
    [pulled], _ = pull_records(doccano_server, tmp_path, "legacy")
    assert pulled["text"] == record["text"]
    assert [e["review"]["status"] for e in pulled["entities"]] == ["accepted"] * 3 + ["unreviewed"] * 2
    again = run(["push", str(path), "--project", "legacy", "--url", doccano_server.url])
    assert again.exit_code == 0 and "pushed 0 document(s)" in again.output and "1 already there" in again.output
    assert len(dc.examples(pid)) == 2
