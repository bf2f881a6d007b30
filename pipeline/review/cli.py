"""`zhanji review`: serve doccano, push machine annotations, pull reviews, print stats."""

from __future__ import annotations

import functools
import json
import os
import signal
import sys
import time
from pathlib import Path

import click

from pipeline.errors import ZhanjiError

URL_ENV = "ZHANJI_DOCCANO_URL"
USER_ENV = "ZHANJI_DOCCANO_USER"
DATA_ENV = "ZHANJI_DOCCANO_HOME"
DEFAULT_DATA = Path.home() / ".zhanji" / "doccano"


def one_line_errors(fn):
    """ZhanjiError -> 'error: <msg>' on stderr, exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ZhanjiError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(1)

    return wrapper


def server_options(fn):
    fn = click.option("--timeout", default=30.0, show_default=True, help="Seconds to wait for each request.")(fn)
    fn = click.option("--user", envvar=USER_ENV, default="admin", show_default=True,
                      help=f"doccano user name (env {USER_ENV}).")(fn)
    fn = click.option("--url", envvar=URL_ENV, default="http://127.0.0.1:8000", show_default=True,
                      help=f"doccano server (env {URL_ENV}).")(fn)
    return fn


def data_dir_option(help_text: str):
    return click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), envvar=DATA_ENV,
                        default=DEFAULT_DATA, show_default=True, help=f"{help_text} (env {DATA_ENV}).")


def _password(user: str) -> str:
    from pipeline.review.client import PASSWORD_ENV, password_from_env

    password = password_from_env()
    if password:
        return password
    if not sys.stdin.isatty():
        raise ZhanjiError(f"no password for doccano user {user!r}: set {PASSWORD_ENV} or run in a terminal")
    return click.prompt(f"doccano password for {user}", hide_input=True)


def _connect(url: str, user: str, timeout: float):
    from pipeline.review.client import Doccano

    return Doccano(url, user, _password(user), timeout=timeout)


@click.group()
def review():
    """Review machine annotations in doccano: serve, push, pull, stats."""


@review.command()
@one_line_errors
def setup():
    """Create .venv-doccano (doccano 1.8.4) and its pre-migrated template database.

    Run once; `serve` does it on first use and `make test` runs it before the tests.
    """
    from pipeline.review import server

    venv = server.setup(echo=lambda msg: click.echo(msg, err=True))
    click.echo(f"doccano environment ready: {venv}")


@review.command()
@data_dir_option("Where the database, media and push records live")
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1.")
@click.option("--user", envvar=USER_ENV, default="admin", show_default=True,
              help="Admin account created with a new data directory.")
@click.option("--no-worker", is_flag=True, help="Do not start doccano's task worker (its file import/export).")
@one_line_errors
def serve(data_dir: Path, port: int, user: str, no_worker: bool):
    """Start a local doccano on 127.0.0.1 and keep it running until Ctrl-C.

    A new data directory gets an admin account; its password comes from
    ZHANJI_DOCCANO_PASSWORD or a prompt.
    """
    from pipeline.review import server

    server.check_port_free(port)  # before anything is created or asked for
    server.ensure_env(echo=lambda msg: click.echo(msg, err=True))
    fresh = not (data_dir / "db.sqlite3").exists()
    password = _password(user) if fresh else None
    server.init_data_dir(data_dir)
    if fresh:
        server.set_user(data_dir, user, password, admin=True)
    doccano = server.DoccanoServer(data_dir, port=port, worker=not no_worker)

    def stop_on_term(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop_on_term)
    doccano.start()
    login = f"user {user!r}" + (" (the password you gave)" if fresh else "")
    click.echo(f"doccano is running at {doccano.url}/  log in as {login}; data in {data_dir}")
    click.echo("press Ctrl-C to stop")
    try:
        while all(p.poll() is None for p in doccano.processes):
            time.sleep(1)
        raise ZhanjiError(f"doccano stopped; see {data_dir / 'logs'}")
    except KeyboardInterrupt:
        click.echo("stopping doccano", err=True)
    finally:
        doccano.stop()


@review.command()
@click.argument("name")
@server_options
@click.option("--project", help="Also add the user to this project as an annotator.")
@one_line_errors
def adduser(name: str, url: str, user: str, timeout: float, project: str | None):
    """Create a reviewer account NAME (password from ZHANJI_DOCCANO_NEW_PASSWORD or a prompt)."""
    dc = _connect(url, user, timeout)
    exists = name in dc.users().values()
    if not exists:
        new_password = os.environ.get("ZHANJI_DOCCANO_NEW_PASSWORD") or click.prompt(
            f"password for the new user {name}", hide_input=True, confirmation_prompt=True)
        dc.call(dc.api.create_user, name, new_password)
    if project:
        found = dc.find_project(project)
        if found is None:
            raise ZhanjiError(f"no doccano project {project!r} on {dc.url}")
        dc.add_member(found["id"], name)
    message = f"user {name!r} already exists; password left unchanged" if exists else f"user {name!r} created"
    if project:
        message += f"; member of project {project!r}"
    click.echo(message)


@review.command()
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("--project", required=True, help="doccano project name (created when missing).")
@server_options
@click.option("--guidelines", type=click.Path(dir_okay=False), help="Guideline text shown in doccano "
              "(default docs/annotation-guidelines.md).")
@click.option("--reviewer", "reviewers", multiple=True, help="Existing doccano user to add as annotator (repeatable).")
@click.option("--replace", is_flag=True, help="Re-push changed documents, deleting their old examples and reviews.")
@data_dir_option("Where push records are kept for pull; the server's data directory")
@click.option("--order", type=click.Choice(["document", "uncertain"]), default="document", show_default=True,
              help="uncertain: paragraphs where rules and model disagree, the model is unsure or the rules "
              "guessed go first (each example's meta says its rank and why).")
@click.option("--limit", type=click.IntRange(1), help="Push at most N paragraphs now (the next push adds the rest).")
@click.option("--model", type=click.Path(file_okay=False), help="Model whose scores rank paragraphs for "
              "--order uncertain: a directory, or 'default' (models/zh-general; used when built).")
@one_line_errors
def push(corpus, project, url, user, timeout, guidelines, reviewers, replace, data_dir, order, limit, model):
    """Push a corpus JSONL (from `zhanji extract`) to doccano, one example per paragraph.

    Every record is validated before anything is sent. Pushing the same corpus
    again adds nothing; a document that changed since is reported, not duplicated.
    What pull needs to rebuild the documents is kept in DATA_DIR, out of the
    reviewers' sight; pull with the same --data-dir.
    """
    from pipeline.review.push import load_for_push, push as do_push, read_guidelines

    load_for_push(corpus)  # validate before asking for a password or touching the server
    scorer = None
    if order == "uncertain":
        from pipeline.review.order import load_scorer

        scorer = load_scorer(model)
    dc = _connect(url, user, timeout)
    report = do_push(dc, corpus, project, read_guidelines(guidelines), replace=replace, reviewers=reviewers,
                     data_dir=data_dir, order=order, limit=limit, scorer=scorer)
    for line in report.lines():
        click.echo(line, err=line.startswith("warning"))
    if report.changed:
        sys.exit(1)


@review.command()
@click.option("--project", required=True, help="doccano project name.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, readable=False),
              help="Reviewed corpus JSONL (- for stdout).")
@server_options
@click.option("--only-confirmed", is_flag=True, help="Ignore edits in examples nobody confirmed: "
              "those paragraphs keep their machine spans (as `unreviewed`).")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@data_dir_option("Where push kept its records (the --data-dir of push)")
@one_line_errors
def pull(project, output, url, user, timeout, only_confirmed, force, data_dir):
    """Pull reviewed spans from doccano into a corpus JSONL with review provenance.

    A machine span counts as `accepted` only in a paragraph a reviewer confirmed
    (doccano's check mark); elsewhere it is `unreviewed`.
    """
    from pipeline.record import write_records
    from pipeline.review.pull import pull as do_pull

    if Path(output).exists() and not force:
        raise ZhanjiError(f"{output}: file exists; use --force to overwrite it")
    dc = _connect(url, user, timeout)
    records, report = do_pull(dc, project, only_confirmed=only_confirmed, data_dir=data_dir)
    write_records(output, records)
    to_stdout = output == "-"  # the records went there: the report goes to stderr
    for line in report.lines():
        click.echo(line, err=to_stdout)
    if not to_stdout:
        click.echo(f"wrote {output}")


@review.command()
@click.argument("reviewed", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@one_line_errors
def stats(reviewed, as_json):
    """Per label: machine spans accepted/relabelled/resized/removed, human-added spans,
    unreviewed spans, machine precision and recall as judged by reviewers
    (on confirmed paragraphs only; the count of those is printed first).

    Given several reviewed files of the same documents (one per reviewer or
    project), also prints pairwise agreement: span-exact F1 and Cohen's kappa
    over characters.
    """
    from pipeline.record import read_records
    from pipeline.review import stats as st

    named = {path: read_records(path) for path in reviewed}
    all_records = [r for records in named.values() for r in records]
    table = st.label_stats(all_records)
    paragraphs = st.paragraph_counts(all_records)
    pairs = st.pairwise(named) if len(named) > 1 else []
    if as_json:
        click.echo(json.dumps({"paragraphs": paragraphs, "labels": table, "agreement": pairs},
                              ensure_ascii=False, indent=2))
        return
    click.echo(st.format_table(table, paragraphs))
    if pairs:
        click.echo("")
        click.echo(st.format_agreement(pairs))
