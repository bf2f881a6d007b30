"""docs/review.md, step 3, done in a real browser: headless Chromium on the real doccano 1.8.4.

Needs Debian's `chromium` (and `fonts-wqy-zenhei` for readable Chinese in the
screenshots) plus the `playwright` package; skipped when either is missing.
With ZHANJI_REVIEW_SCREENSHOTS=docs/img the screenshots of docs/review.md are
written there (otherwise into the test's temp dir):

    ZHANJI_REVIEW_SCREENSHOTS=docs/img .venv/bin/python -m pytest -q tests/test_review_browser.py
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from pipeline.record import entity, make_record, read_records, write_records

from test_review import run
from doccano_fixture import ADMIN, REVIEWER, REVIEWER_PASSWORD, doccano_server  # noqa: F401

CHROMIUM = os.environ.get("ZHANJI_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect
expect.set_options(timeout=15_000)  # a loaded machine (CI beside other work) renders slowly
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed (apt-get install chromium)")

# Two paragraphs of our own, with the machine's mistakes made on purpose
TEXT = "1943年11月，第74军在常德以西与日军第116师团激战三昼夜。\n守军共约8,000人坚守城北的德山，师长余程万亲临一线。\n"
MACHINE = [("1943年11月", "DATE"), ("第74军", "MIL_UNIT"), ("常德", "GPE"),
           ("第116师", "MIL_UNIT"),  # too short: resize to 第116师团
           ("三昼夜", "QUANTITY"), ("约8,000人", "QUANTITY"),
           ("城北", "LOC"),  # not a named place: delete
           ("德山", "GPE")]  # a mountain: relabel to LOC; 余程万 (PERSON) is missing: add it


CLIP = {"x": 256, "y": 64, "width": 1024, "height": 520}  # the paragraph, the toolbar and the labels
BLANK = (600, 380)  # a point in the paragraph's card below the text
CHECK_ICON = "M21,7L9,19"  # mdi-check: the button once the paragraph is confirmed
CLOSE_ICON = "M19,6.41"  # mdi-close: the "Not Checked" button
NEXT_ICON = "M8.59,16.58"  # mdi-chevron-right: next paragraph


def machine_record() -> dict:
    ents = []
    for piece, label in MACHINE:
        start = TEXT.index(piece)
        ents.append(entity(start, start + len(piece), label, TEXT, {}, "rule:test"))
    return make_record("changde-1943", TEXT, ents, {"pipeline": "zhanji test"})


def piece_box(page, piece: str, must: bool = True) -> tuple[float, float, float] | None:
    """Viewport x of the first and past the last character of `piece` in doccano's SVG text, and its mid y."""
    box = page.evaluate("""(piece) => {
      for (const t of document.querySelectorAll('svg text[id]')) {
        const i = t.textContent.indexOf(piece);
        if (i < 0) continue;
        const a = t.getExtentOfChar(i), b = t.getExtentOfChar(i + piece.length - 1), m = t.getScreenCTM();
        const p0 = new DOMPoint(a.x, a.y).matrixTransform(m);
        const p1 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
        return [p0.x, p1.x, (p0.y + p1.y) / 2];
      }
      return null;
    }""", piece)
    assert box or not must, f"{piece!r} is not on the page"
    return tuple(box) if box else None


def select_text(page, piece: str) -> None:
    """Drag the mouse over `piece`, as a reviewer selects text."""
    x0, x1, y = piece_box(page, piece)
    page.mouse.move(x0 + 1, y)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y, steps=4)
    page.mouse.move(x1 - 1, y, steps=4)
    page.mouse.up()
    page.wait_for_timeout(600)


def chip(page, piece: str, label: str):
    """The label chip (under the text) of the span on `piece`."""
    x0, _, y = piece_box(page, piece)
    chips = page.locator("svg g[style*='cursor'] text", has_text=label)
    best = min(range(chips.count()), key=lambda i: abs(chips.nth(i).bounding_box()["x"] - x0))
    return chips.nth(best)


def until(page, check, what: str, seconds: float = 15.0) -> None:
    """Wait until check() holds (the browser saves each change with a request of its own)."""
    for _ in range(int(seconds * 5)):
        if check():
            return
        page.wait_for_timeout(200)
    texts = page.evaluate("() => [...document.querySelectorAll('svg text[id]')].map(t => t.textContent)")
    raise AssertionError(f"timed out waiting for: {what} (at {page.url}, text {texts}, armed {armed(page)})")


def confirmed(page, example_id: int, project_id: int) -> bool:
    return page.evaluate("""async ([p, e]) =>
        (await (await fetch(`/v1/projects/${p}/examples/${e}/states`)).json()).count > 0""", [project_id, example_id])


def armed(page) -> list[str]:
    """Labels ticked (✓) in the Label Types panel: selecting text gives it that label at once."""
    return page.evaluate("""() => [...document.querySelectorAll('.v-chip')]
        .filter(c => c.querySelector('path[d^="M21,7L9,19"]')).map(c => c.textContent.trim().split(/\\s+/)[0])""")


def spans(page, example_id: int, project_id: int) -> list[tuple[str, str]]:
    got = page.evaluate("""async ([p, e]) => {
      const spans = await (await fetch(`/v1/projects/${p}/examples/${e}/spans`)).json();
      const types = await (await fetch(`/v1/projects/${p}/span-types`)).json();
      const name = Object.fromEntries(types.map(t => [t.id, t.text]));
      return spans.map(s => [s.start_offset, s.end_offset, name[s.label]]);
    }""", [project_id, example_id])
    return sorted(tuple(span) for span in got)


def test_the_documented_review_steps_work_in_chromium(doccano_server, tmp_path):
    shots = Path(os.environ.get("ZHANJI_REVIEW_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "machine.jsonl"
    write_records(path, [machine_record()])
    pushed = run(["push", str(path), "--project", "browser", "--url", doccano_server.url, "--reviewer", REVIEWER])
    assert pushed.exit_code == 0, pushed.stderr
    url = re.search(r"^review at (\S+)$", pushed.output, re.M).group(1)
    project_id = int(re.search(r"/projects/(\d+)/", url).group(1))

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"{doccano_server.url}/auth")
        page.get_by_label("Username").fill(REVIEWER)
        page.get_by_label("Password").fill(REVIEWER_PASSWORD)
        page.get_by_role("button", name="Login").last.click()
        page.wait_for_url("**/projects")

        # the printed URL opens the first paragraph, its metadata beside it
        page.goto(url)
        page.get_by_text("1 of 2").first.wait_for()
        until(page, lambda: piece_box(page, "第116师", must=False) is not None, "paragraph 1 shown")
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "review-page.png"))
        first = page.evaluate("async (p) => (await (await fetch(`/v1/projects/${p}/examples?limit=2`)).json())"
                              ".results.map(e => e.id)", project_id)
        assert len(spans(page, first[0], project_id)) == 5

        # resize 第116师 -> 第116师团: the chip's menu, ⊗ deletes the span ...
        first_spans = spans(page, first[0], project_id)
        chip(page, "第116师", "MIL_UNIT").click()
        menu = page.locator(".menuable__content__active")
        expect(menu).to_be_visible()
        page.screenshot(path=str(shots / "review-chip-menu.png"), clip=CLIP)
        menu.locator(".v-chip__close").first.click()
        until(page, lambda: len(spans(page, first[0], project_id)) == len(first_spans) - 1, "the span deleted")
        page.keyboard.press("Escape")
        expect(menu).to_have_count(0)
        # ... then add the right extent. Selecting first opens a label menu, and the key pressed
        # then makes no span (the menu's search box or the page takes it): close the menu ...
        label_box = page.get_by_role("textbox", name="Select a label")
        select_text(page, "第116师团")
        try:  # how soon the menu opens depends on the machine's load; the point is what a key does then
            expect(label_box).to_be_visible(timeout=10_000)
            menu_opened = True
        except AssertionError:
            menu_opened = False
        if menu_opened:
            page.screenshot(path=str(shots / "review-select-menu.png"), clip=CLIP)
            before = spans(page, first[0], project_id)
            page.keyboard.press("u")
            page.wait_for_timeout(1000)
            assert spans(page, first[0], project_id) == before
        page.mouse.click(*BLANK)  # a click beside the text closes the menu
        expect(page.locator(".menuable__content__active")).to_have_count(0)
        # ... and do it the other way round: the key first (MIL_UNIT gets a ✓), then select
        page.keyboard.press("u")
        until(page, lambda: armed(page) == ["MIL_UNIT"], "MIL_UNIT armed")
        select_text(page, "第116师团")
        resized = (TEXT.index("第116师团"), TEXT.index("第116师团") + 6, "MIL_UNIT")
        until(page, lambda: resized in spans(page, first[0], project_id), "第116师团 labelled")
        page.locator(".v-chip", has_text="MIL_UNIT").last.click()  # disarm: click the ticked chip
        until(page, lambda: armed(page) == [], "MIL_UNIT disarmed")

        # confirm the paragraph: ✕ "Not Checked" becomes ✓
        page.locator(f"button:visible:has(path[d^='{CLOSE_ICON}'])").first.click()
        until(page, lambda: confirmed(page, first[0], project_id), "paragraph 1 confirmed")
        expect(page.locator(f"button:visible:has(path[d^='{CHECK_ICON}'])").first).to_be_visible()
        page.wait_for_timeout(500)  # doccano reloads the paragraph after a confirmation: let it finish
        page.locator(f"button:visible:has(path[d^='{NEXT_ICON}'])").first.click()  # next paragraph (›)
        page.get_by_text("2 of 2").first.wait_for()
        until(page, lambda: piece_box(page, "余程万", must=False) is not None, "paragraph 2 shown")

        second = [(s - TEXT.index("守军"), e - TEXT.index("守军"), label) for s, e, label in (
            (TEXT.index("约8,000人"), TEXT.index("约8,000人") + 7, "QUANTITY"),
            (TEXT.index("城北"), TEXT.index("城北") + 2, "LOC"),
            (TEXT.index("德山"), TEXT.index("德山") + 2, "LOC"),
            (TEXT.index("余程万"), TEXT.index("余程万") + 3, "PERSON"))]
        # add 余程万: press the label's key first (its chip on the right gets a ✓), then select
        page.keyboard.press("p")
        until(page, lambda: armed(page) == ["PERSON"], "PERSON armed")
        select_text(page, "余程万")
        until(page, lambda: second[3] in spans(page, first[1], project_id), "余程万 labelled")
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "review-key-then-select.png"), clip=CLIP)
        page.locator(".v-chip", has_text="PERSON").last.click()  # disarm: click the ticked chip (the key again does not)
        until(page, lambda: armed(page) == [], "PERSON disarmed")
        # delete 城北: right-click its chip
        chip(page, "城北", "LOC").click(button="right")
        until(page, lambda: second[1] not in spans(page, first[1], project_id), "城北 deleted")
        # relabel 德山: click its chip, pick the other label
        chip(page, "德山", "GPE").click()
        expect(menu).to_be_visible()
        menu.locator(".v-list-item", has_text="LOC").first.click()
        until(page, lambda: spans(page, first[1], project_id) == [second[0], second[2], second[3]], "德山 relabelled")
        page.locator(f"button:visible:has(path[d^='{CLOSE_ICON}'])").first.click()
        until(page, lambda: confirmed(page, first[1], project_id), "paragraph 2 confirmed")
        expect(page.locator(f"button:visible:has(path[d^='{CHECK_ICON}'])").first).to_be_visible()
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "review-confirmed.png"), clip=CLIP)
        browser.close()

    out = tmp_path / "reviewed.jsonl"
    pulled = run(["pull", "--project", "browser", "-o", str(out), "--url", doccano_server.url, "--user", ADMIN])
    assert pulled.exit_code == 0, pulled.stderr
    [record] = read_records(out)
    got = {(e["text"], e["label"]): e["review"] for e in record["entities"]}
    machine = {e["text"]: e for e in machine_record()["entities"]}
    assert got == {
        ("1943年11月", "DATE"): {"status": "accepted"},
        ("第74军", "MIL_UNIT"): {"status": "accepted"},
        ("常德", "GPE"): {"status": "accepted"},
        ("第116师团", "MIL_UNIT"): {"status": "resized", "by": REVIEWER, "machine": machine["第116师"]},
        ("三昼夜", "QUANTITY"): {"status": "accepted"},
        ("约8,000人", "QUANTITY"): {"status": "accepted"},
        ("德山", "LOC"): {"status": "relabelled", "by": REVIEWER, "machine": machine["德山"]},
        ("余程万", "PERSON"): {"status": "added", "by": REVIEWER},
    }
    assert [(r["text"], r["review"]) for r in record["removed"]] == [("城北", {"status": "removed", "by": REVIEWER})]
    assert record["meta"]["review"]["reviewers"] == [REVIEWER]
