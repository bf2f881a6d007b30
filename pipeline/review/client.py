"""A thin wrapper over doccano-client 1.2.8: login, projects, labels, examples, spans.

Every failure becomes a one-line ZhanjiError (server down, bad login, timeout,
an HTTP error with doccano's own message). Lists are read with large pages
(doccano's default page holds 5 examples).
"""

from __future__ import annotations

import os
from typing import Iterator

import requests
from doccano_client import DoccanoClient
from doccano_client.exceptions import DoccanoAPIError

from pipeline.errors import ZhanjiError
from pipeline.spans import LABELS

PASSWORD_ENV = "ZHANJI_DOCCANO_PASSWORD"
DEFAULT_URL = "http://127.0.0.1:8000"
PAGE = 200

# fixed colours and shortcut keys for the nine labels (doccano: press the key to tag a selection)
LABEL_STYLE: dict[str, tuple[str, str]] = {
    "PERSON": ("#d81b60", "p"),
    "MIL_UNIT": ("#1e88e5", "u"),
    "ORG": ("#8e24aa", "o"),
    "GPE": ("#43a047", "g"),
    "LOC": ("#00897b", "l"),
    "FAC": ("#6d4c41", "f"),
    "EVENT": ("#f4511e", "e"),
    "DATE": ("#fb8c00", "d"),
    "QUANTITY": ("#546e7a", "q"),
}
assert set(LABEL_STYLE) == set(LABELS)


def _describe(err: Exception, url: str) -> str:
    if isinstance(err, DoccanoAPIError):
        response = err.response
        detail = ""
        try:
            body = response.json()
            detail = body.get("detail") if isinstance(body, dict) else body
            detail = detail or body
        except ValueError:
            detail = response.text[:200]
        detail = " ".join(str(detail).split())
        return f"doccano at {url} answered {response.status_code} for {response.request.method} " \
               f"{response.request.path_url}: {detail}"
    if isinstance(err, requests.Timeout):
        return f"doccano at {url} did not answer in time ({err.__class__.__name__})"
    if isinstance(err, requests.ConnectionError):
        return f"cannot reach doccano at {url} (is `zhanji review serve` running?)"
    return f"doccano at {url}: {err.__class__.__name__}: {err}"


class Doccano:
    """One logged-in session. Methods raise ZhanjiError with one line on any failure."""

    def __init__(self, url: str, username: str, password: str, timeout: float = 30.0):
        self.url = url.rstrip("/")
        self.username = username
        self.api = DoccanoClient(self.url)
        self._base = self.api._base_repository
        session = self._base._session
        plain_request = session.request

        def request_with_timeout(method, url, **kwargs):
            kwargs.setdefault("timeout", timeout)
            return plain_request(method, url, **kwargs)

        session.request = request_with_timeout
        try:
            self.api.login(username, password)
        except DoccanoAPIError as err:
            if err.response.status_code in (400, 401, 403):
                raise ZhanjiError(f"login to {self.url} as {username!r} failed: wrong user name or password") from None
            raise ZhanjiError(_describe(err, self.url)) from None
        except (requests.RequestException, OSError) as err:
            raise ZhanjiError(_describe(err, self.url)) from None

    def call(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (DoccanoAPIError, requests.RequestException, OSError) as err:
            raise ZhanjiError(_describe(err, self.url)) from None

    def get_json(self, resource: str, **params):
        return self.call(self._base.get, resource, params=params or None).json()

    def post_json(self, resource: str, body: dict):
        return self.call(self._base.post, resource, json=body).json()

    def paged(self, resource: str, **params) -> Iterator[dict]:
        offset = 0
        while True:
            page = self.get_json(resource, limit=PAGE, offset=offset, **params)
            if isinstance(page, list):  # unpaginated list
                yield from page
                return
            yield from page["results"]
            offset += len(page["results"])
            if not page.get("next") or not page["results"]:
                return

    # projects -------------------------------------------------------------
    def find_project(self, name: str) -> dict | None:
        for project in self.paged("projects"):
            if project["name"] == name:
                return project
        return None

    def create_project(self, name: str, guideline: str, description: str) -> dict:
        project = self.call(
            self.api.create_project,
            name=name,
            project_type="SequenceLabeling",
            description=description,
            guideline=guideline,
            collaborative_annotation=True,
            allow_overlapping=False,
            grapheme_mode=False,
        )
        return self.get_json(f"projects/{project.id}")

    def ensure_labels(self, project_id: int) -> dict[str, int]:
        """The nine labels with their colours and keys; returns label text -> id."""
        existing = {lt.text: lt.id for lt in self.call(self.api.list_label_types, project_id, "span")}
        for text in LABELS:
            if text not in existing:
                colour, key = LABEL_STYLE[text]
                created = self.call(self.api.create_label_type, project_id, "span", text, suffix_key=key, color=colour)
                existing[text] = created.id
        return existing

    def label_ids(self, project_id: int) -> dict[int, str]:
        return {lt.id: lt.text for lt in self.call(self.api.list_label_types, project_id, "span")}

    def users(self) -> dict[int, str]:
        return {user["id"]: user["username"] for user in self.get_json("users")}

    def add_member(self, project_id: int, username: str, role: str = "annotator") -> None:
        members = {m.username for m in self.call(self.api.list_members, project_id)}
        if username not in members:
            if username not in self.users().values():
                raise ZhanjiError(f"no doccano user {username!r} on {self.url}: create it first (see docs/review.md)")
            self.call(self.api.add_member, project_id, username, role)

    # examples and spans ---------------------------------------------------
    def examples(self, project_id: int) -> list[dict]:
        return list(self.paged(f"projects/{project_id}/examples"))

    def create_example(self, project_id: int, text: str, meta: dict) -> int:
        return self.post_json(f"projects/{project_id}/examples", {"text": text, "meta": meta})["id"]

    def update_meta(self, project_id: int, example_id: int, meta: dict) -> None:
        self.call(self._base._session.patch, f"{self._base.api_url}/projects/{project_id}/examples/{example_id}",
                  json={"meta": meta}).raise_for_status()

    def delete_examples(self, project_id: int, example_ids: list[int]) -> None:
        if example_ids:
            self.call(self.api.bulk_delete_examples, project_id, example_ids)

    def spans(self, project_id: int, example_id: int) -> list[dict]:
        return self.get_json(f"projects/{project_id}/examples/{example_id}/spans")

    def create_span(self, project_id: int, example_id: int, start: int, end: int, label_id: int) -> dict:
        return self.post_json(
            f"projects/{project_id}/examples/{example_id}/spans",
            {"start_offset": start, "end_offset": end, "label": label_id, "prob": 0.0},
        )

    def states(self, project_id: int, example_id: int) -> list[dict]:
        return list(self.paged(f"projects/{project_id}/examples/{example_id}/states"))

    def confirm(self, project_id: int, example_id: int) -> None:
        """Mark an example confirmed (doccano's POST toggles, so only when not yet confirmed)."""
        if not self.states(project_id, example_id):
            self.post_json(f"projects/{project_id}/examples/{example_id}/states", {})


def password_from_env() -> str | None:
    return os.environ.get(PASSWORD_ENV) or None
