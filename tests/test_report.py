"""zhanji report: data assembly (exact values) and the page in a real browser (own sentences)."""

import contextlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.report import build_report, render_html
from pipeline.report.data import date_span, label_colours, sentences

ZH = "1944年5月10日，日军第3师团攻占长沙。第3师团随后进至湘潭。6月，长沙以南激战。"
EN = "In June 1944 the 3rd Division entered Changsha."


def _record(doc, text, spans, lang):
    entities, pos = [], 0
    for word, label, norm in spans:
        start = text.index(word, pos)
        entities.append({"start": start, "end": start + len(word), "label": label, "text": word, "norm": norm})
        pos = start + len(word)
    return {"id": doc, "text": text, "entities": entities, "meta": {"lang": lang}}


def _corpus():
    zh = _record("zh", ZH, [("1944年5月10日", "DATE", {"value": "1944-05-10"}), ("第3师团", "MIL_UNIT", {}),
                            ("长沙", "GPE", {}), ("第3师团", "MIL_UNIT", {}), ("湘潭", "GPE", {}),
                            ("6月", "DATE", {"value": "1944-06"}), ("长沙", "GPE", {})], "zh")
    en = _record("en", EN, [("June 1944", "DATE", {"value": "1944-06"}), ("3rd Division", "MIL_UNIT", {}),
                            ("Changsha", "GPE", {})], "en")
    return [zh, en]


def test_sentences_and_date_spans():
    assert sentences(ZH) == [(0, 22), (22, 33), (33, 43)]
    assert sentences("One. Two\n\n三。") == [(0, 4), (5, 8), (10, 12)]
    assert date_span("1944-05-10") == ("1944-05-10", "1944-05-10", "day")
    assert date_span("1944-06-18TAF") == ("1944-06-18", "1944-06-18", "day")
    assert date_span("1944-02") == ("1944-02-01", "1944-02-29", "month")
    assert date_span("1944-SP") == ("1944-03-01", "1944-05-30", "season")
    assert date_span("1944-WI") == ("1944-12-01", "1945-02-28", "season")
    assert date_span("1944-H2") == ("1944-07-01", "1944-12-31", "half")
    assert date_span("1944") == ("1944-01-01", "1944-12-31", "year")
    assert date_span("") is None


def test_label_colours_are_the_doccano_ones():
    from pipeline.review.client import LABEL_STYLE

    assert label_colours() == {label: colour for label, (colour, _) in LABEL_STYLE.items()}
    assert label_colours()["GPE"] == "#43a047"


def test_places_merge_scripts_and_languages():
    data = build_report(_corpus())
    assert data["places"] == [
        {"id": "cn:430100", "lat": 28.2281, "lon": 112.9389, "label": "GPE", "mentions": 3, "docs": [0, 1],
         "name": "长沙", "forms": ["长沙", "長沙", "Changsha"]},
        {"id": "cn:430300", "lat": 27.8298, "lon": 112.944, "label": "GPE", "mentions": 1, "docs": [0],
         "name": "湘潭", "forms": ["湘潭"]},
    ]
    assert data["docs"][0]["entities"][1] == {"start": 13, "end": 17, "label": "MIL_UNIT", "value": "3 师团",
                                               "id": "JP/division/3", "sentence": 0}
    assert data["summary"]["labels"] == {"GPE": 4, "DATE": 3, "MIL_UNIT": 3}
    assert data["summary"]["units"][0]["id"] == "JP/division/3"
    assert data["summary"]["units"][0]["mentions"] == 3


def test_timeline_is_sorted_with_precision_and_sentence():
    data = build_report(_corpus())
    assert [(t["value"], t["precision"], t["doc"], t["sentence"]) for t in data["timeline"]] == [
        ("1944-05-10", "day", 0, "1944年5月10日，日军第3师团攻占长沙。"),
        ("1944-06", "month", 0, "6月，长沙以南激战。"),
        ("1944-06", "month", 1, EN),
    ]


def test_chronicle_rows_with_carried_date():
    data = build_report(_corpus())
    rows = [(r["unit_id"], r["unit"], r["place"], r["place_id"], r["value"], r["carried"], r["doc"], r["sentence"])
            for r in data["chronicle"]]
    assert rows == [
        ("JP/division/3", "第3师团", "长沙", "cn:430100", "1944-05-10", False, 0, 0),
        ("JP/division/3", "第3师团", "湘潭", "cn:430300", "1944-05-10", True, 0, 1),
        ("JP/division/3", "3rd Division", "Changsha", "cn:430100", "1944-06", False, 1, 0),
    ]
    assert data["chronicle"][1]["evidence"] == "第3师团随后进至湘潭。"


def test_no_row_without_a_date_nearby():
    text = "第3师团攻占长沙。"
    record = _record("x", text, [("第3师团", "MIL_UNIT", {}), ("长沙", "GPE", {})], "zh")
    assert build_report([record])["chronicle"] == []


def test_dates_are_not_carried_into_a_new_paragraph():
    text = "1944年5月，长沙告急。\n第3师团进至湘潭。"
    spans = [("1944年5月", "DATE", {"value": "1944-05"}), ("长沙", "GPE", {}), ("第3师团", "MIL_UNIT", {}),
             ("湘潭", "GPE", {})]
    assert build_report([_record("x", text, spans, "zh")])["chronicle"] == []
    same = _record("y", text.replace("\n", ""), spans, "zh")
    rows = build_report([same])["chronicle"]
    assert [(r["unit"], r["place"], r["value"], r["carried"]) for r in rows] == [("第3师团", "湘潭", "1944-05", True)]


def test_a_province_before_a_place_and_a_describing_bracket_are_not_rows():
    text = "1944年9月，第23军由广东清远沿平汉铁路（北平-汉口）南下。"
    record = _record("x", text, [("1944年9月", "DATE", {"value": "1944-09"}), ("第23军", "MIL_UNIT", {}),
                                 ("广东", "GPE", {}), ("清远", "GPE", {}), ("平汉铁路", "FAC", {}),
                                 ("北平", "GPE", {}), ("汉口", "GPE", {})], "zh")
    rows = build_report([record])["chronicle"]
    assert [r["place"] for r in rows] == ["清远", "平汉铁路"]


def test_page_is_self_contained_and_escapes_the_data():
    corpus = _corpus()
    corpus[0]["text"] = corpus[0]["text"].replace("激战。", "激战</script>。")
    page = render_html(build_report(corpus), "t")
    assert "</script>。" not in page
    assert "<\\/script>。" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "").replace("http://www.apache.org/", "")
    assert "https://" not in page
    assert page.count("<script") == 3


def test_cli_writes_the_report(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _corpus()), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 document(s), 2 located places, 3 dates, 3 chronicle rows" in result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '"unit_id":"JP/division/3"' in page


# ----------------------------------------------------------------------------- browser
@contextlib.contextmanager
def _opened(page_path: Path):
    """(page, console errors) of the report at `page_path` in headless Chromium; every
    request that is not to the file itself is blocked (the report must work offline)."""
    chromium, sync_playwright = _browser()
    errors: list[str] = []
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        except Exception as err:  # noqa: BLE001 - a browser that cannot start is a skip, not a failure
            pytest.skip(f"chromium does not start: {err}")
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda route: route.abort() if not route.request.url.startswith(("file:", "data:"))
                       else route.continue_())
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready='1']")
            yield page, errors
        finally:
            browser.close()


def _browser():
    chromium = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    return chromium, sync_playwright


def test_report_in_chromium(tmp_path):
    records = _corpus()
    data = build_report(records)
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(data, "test"), encoding="utf-8")
    with _opened(page_path) as (page, errors):
        assert errors == []
        entities = sum(len(r["entities"]) for r in records)
        assert page.locator("mark.ent").count() == entities == 10
        assert page.locator("#map-svg .place-marker").count() == len(data["places"]) == 2
        assert page.locator("#map-svg path.province").count() == 34
        assert page.locator("#chronicle-table tbody tr").count() == 3
        assert page.locator("#timeline-svg rect.date-mark").count() == 3
        assert page.locator("mark.ent").nth(2).get_attribute("title") == "GPE · cn:430100"
        # filter: unticking GPE turns its highlights off
        page.locator("#label-filter input[data-label='GPE']").uncheck()
        assert page.locator("mark.ent.off").count() == 4
        # the chronicle layer draws the unit's stops in date order
        page.locator("#layer-chronicle").check()
        assert page.locator("#chronicle-layer rect.chronicle-stop").count() == 3
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        assert errors == []


@pytest.mark.slow
def test_report_of_the_bundled_corpus_in_chromium(tmp_path):
    _browser()  # skip before the extraction when there is no browser
    from pipeline import extract

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    records = list(extract([str(corpus)], rules_only=True))
    data = build_report(records)
    assert {d["id"] for d in data["docs"]} == {"ichigo-1944", "yuxianggui-1944"}
    page_path = tmp_path / "report.html"
    page_path.write_text(render_html(data, "corpus"), encoding="utf-8")
    with _opened(page_path) as (page, errors):
        assert page.locator("mark.ent").count() == sum(len(r["entities"]) for r in records)
        assert page.locator("#map-svg .place-marker").count() == len(data["places"]) > 50
        assert page.locator("#chronicle-table tbody tr").count() == len(data["chronicle"]) > 50
        page.locator("#map").screenshot(path=str(tmp_path / "map.png"))
        assert errors == []
