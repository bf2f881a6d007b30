"""TEI P5 and GeoJSON exports: exact markup, well-formed XML, spans back unchanged."""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.export import geojson_collection, read_tei, write_geojson, write_tei
from pipeline.export.tei import date_attributes, tei_document
from pipeline.extract import Options, extract_text

REPO = Path(__file__).resolve().parent.parent
TEXT = "1944年6月18日，日军第11军攻占长沙，守军约14.8万人。\r\n1944年夏，衡阳 & 长沙 <见附图>。"


def _record(text=TEXT, doc_id="doc-1"):
    return extract_text(text, doc_id, options=Options())


def test_tei_markup_is_exact():
    xml = tei_document(_record())
    assert ('<ab xml:space="preserve"><date when="1944-06-18">1944年6月18日</date>，日军'
            '<orgName type="military" ref="JP/army/11">第11军</orgName>攻占'
            '<placeName type="gpe" ref="cn:430100">长沙</placeName>，守军'
            '<measure quantity="148000" unit="人">约14.8万人</measure>。&#13;\n'
            '<date notBefore="1944-06" notAfter="1944-08">1944年夏</date>，'
            '<placeName type="gpe" ref="cn:430400">衡阳</placeName> &amp; ') in xml
    assert "&lt;见附图&gt;" in xml


def test_tei_round_trip_gives_the_same_text_and_spans(tmp_path):
    records = [_record(), _record("On 19 April 1944 the Japanese 11th Army took Hengyang.", "en-1")]
    path = tmp_path / "corpus.xml"
    assert write_tei(path, records) == 2
    ET.parse(path)                                       # well-formed
    back = read_tei(path)
    assert [b[0] for b in back] == ["doc-1", "en-1"]
    for (doc_id, text, spans), record in zip(back, records):
        assert text == record["text"]
        assert spans == [(e["start"], e["end"], e["label"]) for e in record["entities"]]


def test_tei_round_trip_of_the_bundled_corpus(tmp_path):
    from pipeline import extract

    records = extract([REPO / "corpus"], rules_only=True)
    write_tei(tmp_path / "c.xml", records)
    back = read_tei(tmp_path / "c.xml")
    assert [(t, s) for _, t, s in back] == \
        [(r["text"], [(e["start"], e["end"], e["label"]) for e in r["entities"]]) for r in records]


def test_date_attributes():
    assert date_attributes("1944-06-18") == {"when": "1944-06-18"}
    assert date_attributes("1944-08-08T04:00") == {"when": "1944-08-08T04:00:00"}
    assert date_attributes("1944-06-18TMO") == {"when": "1944-06-18"}
    assert date_attributes("1944-WI") == {"notBefore": "1944-12", "notAfter": "1945-02"}
    assert date_attributes("1944-H1") == {"notBefore": "1944-01", "notAfter": "1944-06"}
    assert date_attributes("XXXX-05") == {}


def test_geojson_one_feature_per_linked_place(tmp_path):
    records = [_record(), _record("On 19 April 1944 the Japanese 11th Army took Hengyang.", "en-1"),
               _record("日軍攻佔衡陽。", "hant-1")]
    collection = geojson_collection(records)
    features = {f["id"]: f for f in collection["features"]}
    assert set(features) == {"cn:430400", "cn:430100"}
    hengyang = features["cn:430400"]
    assert hengyang["geometry"] == {"type": "Point", "coordinates": [112.572, 26.8934]}
    props = hengyang["properties"]
    assert (props["zh-Hans"], props["zh-Hant"], props["en"]) == (["衡阳"], ["衡陽"], ["Hengyang"])
    assert props["mentions"] == 3 and props["documents"] == ["doc-1", "en-1", "hant-1"]
    assert features["cn:430100"]["properties"]["mentions"] == 2
    assert write_geojson(tmp_path / "p.geojson", records) == 2
    assert json.loads((tmp_path / "p.geojson").read_text(encoding="utf-8")) == collection


def test_cli_export_and_extract_formats(tmp_path):
    src = tmp_path / "battle.txt"
    src.write_text("1944年6月18日，日军第11军攻占长沙。\n", encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    run = lambda *a: subprocess.run([sys.executable, "-m", "pipeline.cli", *a], cwd=REPO,
                                    capture_output=True, text=True)
    assert run("extract", str(src), "-o", str(corpus), "-q").returncode == 0
    assert run("export", str(corpus), "-o", str(tmp_path / "c.xml")).returncode == 0
    assert read_tei(tmp_path / "c.xml")[0][2] == [(0, 10, "DATE"), (13, 17, "MIL_UNIT"), (19, 21, "GPE")]
    out = run("extract", str(src), "--format", "geojson", "-q")
    assert out.returncode == 0 and json.loads(out.stdout)["features"][0]["id"] == "cn:430100"
    bad = run("export", str(corpus), "-o", str(tmp_path / "c.txt"))
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and "--format" in bad.stderr
