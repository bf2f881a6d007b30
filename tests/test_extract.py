"""Extraction end to end: exact spans and values, Simplified/Traditional equivalence, API."""

import json

import pytest
from click.testing import CliRunner

from pipeline import convert, extract, extract_text
from pipeline.cli import main

TAIERZHUANG = ("1938年3月下旬，日军第10师团一部由峄县南下进攻台儿庄。第五战区司令长官李宗仁命令"
               "第2集团军孙连仲部坚守台儿庄，第20军团汤恩伯部迂回敌后。4月7日凌晨，国军发起反攻，"
               "歼灭日军约1万余人，缴获火炮70余门。")

EXPECTED = [
    (0, 9, "DATE", "1938年3月下旬", {"value": "1938-03", "mod": "END"}),
    (12, 17, "MIL_UNIT", "第10师团", {"numbers": [10], "echelon": "师团", "prefix": "",
                                       "side": "JP", "id": "JP/division/10"}),
    (20, 22, "GPE", "峄县", {"modern": "枣庄"}),
    (26, 29, "GPE", "台儿庄", {}),
    (30, 34, "MIL_UNIT", "第五战区", {"numbers": [5], "echelon": "战区", "side": "ROC",
                                       "id": "ROC/war_area/5"}),
    (38, 41, "PERSON", "李宗仁", {}),
    (43, 48, "MIL_UNIT", "第2集团军", {"numbers": [2], "echelon": "集团军", "side": None}),
    (48, 51, "PERSON", "孙连仲", {}),
    (54, 57, "GPE", "台儿庄", {}),
    (58, 63, "MIL_UNIT", "第20军团", {"numbers": [20], "echelon": "军团"}),
    (63, 66, "PERSON", "汤恩伯", {}),
    (72, 78, "DATE", "4月7日凌晨", {"value": "1938-04-07TMO"}),
    (90, 95, "QUANTITY", "约1万余人", {"value": 10000, "unit": "人", "approx": "about"}),
    (100, 104, "QUANTITY", "70余门", {"value": 70, "unit": "门", "approx": "over"}),
]


def _check(record, expected):
    got = [(e["start"], e["end"], e["label"], e["text"]) for e in record["entities"]]
    assert got == [x[:4] for x in expected]
    for ent, (*_, norm) in zip(record["entities"], expected):
        for key, value in norm.items():
            assert ent["norm"].get(key) == value, (ent["text"], key)


def test_simplified_passage_exact_spans_and_values():
    record = extract_text(TAIERZHUANG, "taierzhuang", rules_only=True)
    _check(record, EXPECTED)
    assert record["label"] == [[s, e, l] for s, e, l, *_ in EXPECTED]
    assert record["meta"]["script"] == "zh-Hans" and record["meta"]["lang"] == "zh"


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_traditional_passage_gives_the_same_entities(config):
    hant = convert(TAIERZHUANG, config)
    assert hant != TAIERZHUANG
    record = extract_text(hant, "taierzhuang-hant", rules_only=True)
    assert record["meta"]["script"] == "zh-Hant"
    simplified = extract_text(TAIERZHUANG, "taierzhuang", rules_only=True)
    written = ("unit", "modern")  # values copied from the text keep the document's script

    def comparable(ents):
        return [(e["start"], e["end"], e["label"],
                 {k: v for k, v in e["norm"].items() if k not in written}) for e in ents]

    assert comparable(record["entities"]) == comparable(simplified["entities"])
    # entity texts are read from the original Traditional text
    assert record["entities"][1]["text"] == "第10師團"
    assert record["text"] == hant
    assert record["entities"][-1]["text"] == "70餘門"
    assert record["entities"][-1]["norm"] == {"value": 70, "unit": "門", "approx": "over"}
    assert record["entities"][2]["norm"]["modern"] == convert(EXPECTED[2][4]["modern"], config)


def test_mixed_script_document_is_tagged_and_projected():
    text = "衡陽會戰中，第十军坚守衡阳47日。"
    record = extract_text(text, "mixed", rules_only=True)
    assert record["meta"]["script"] in ("mixed", "zh-Hant")
    assert [(e["text"], e["label"]) for e in record["entities"]] == [
        ("衡陽會戰", "EVENT"), ("第十军", "MIL_UNIT"), ("衡阳", "GPE"), ("47日", "QUANTITY")]


def test_bundled_article_round_trip_and_known_spans(tmp_path):
    records = {r["id"]: r for r in extract(["corpus/"], rules_only=True)}
    assert sorted(records) == ["ichigo-1944", "yuxianggui-1944"]
    assert records["ichigo-1944"]["meta"]["lang"] == "en"
    record = records["yuxianggui-1944"]
    text = record["text"]
    assert text == open("corpus/yuxianggui-1944.zh-hans.txt", encoding="utf-8", newline="").read()
    spans = {(e["start"], e["end"], e["label"]): e for e in record["entities"]}
    start = text.index("第26、37、10、73、74、79、100、99军")
    unit = spans[(start, start + 26, "MIL_UNIT")]
    assert unit["norm"]["numbers"] == [26, 37, 10, 73, 74, 79, 100, 99]
    start = text.index("14.8万余人")
    assert spans[(start, start + 7, "QUANTITY")]["norm"] == {
        "value": 148000, "unit": "人", "approx": "over"}
    ends = sorted((e["start"], e["end"]) for e in record["entities"])
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:])), "entities overlap"
    assert all(e["text"] == text[e["start"]:e["end"]] for e in record["entities"])


def test_tokens_layer_covers_the_text():
    record = extract_text("日军第37师团强渡黄河。", "t", rules_only=True, tokens=True)
    tokens = record["tokens"]
    assert "".join(t["text"] for t in tokens) == "日军第37师团强渡黄河。"
    assert tokens[0] == {"start": 0, "end": 2, "text": "日军", "pos": tokens[0]["pos"]}
    assert any(t["text"] == "黄河" and t["pos"] == "ns" for t in tokens)


def test_split_tokens_are_counted_where_words_are_computed():
    """`meta.token_splits` counts jieba words an entity edge cuts (中国|空军 of the word
    中国空军): given with --tokens, where the words are computed anyway; rules-only
    extraction without them does not segment the text just to count."""
    text = "美军飞行员说中国空军基地已失守。"
    with_words = extract_text(text, "t", rules_only=True, tokens=True)
    assert [(e["start"], e["end"], e["label"]) for e in with_words["entities"]] == [(6, 8, "GPE")]
    assert "中国空军" in [t["text"] for t in with_words["tokens"]]
    assert with_words["meta"]["token_splits"] == 1
    plain = extract_text(text, "t", rules_only=True)
    assert "token_splits" not in plain["meta"]
    assert plain["entities"] == with_words["entities"]


def test_cli_csv_and_jsonl(tmp_path):
    src = tmp_path / "taierzhuang.txt"
    src.write_text(TAIERZHUANG, encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--rules-only", "-q"])
    assert result.exit_code == 0, result.output
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + len(EXPECTED)
    assert rows[1].startswith("taierzhuang,0,9,DATE,1938年3月下旬,rule:date,1938-03,,,END,")
    result = CliRunner().invoke(main, ["extract", str(src), "--rules-only", "-q"])
    record = json.loads(result.output)
    assert record["id"] == "taierzhuang" and len(record["entities"]) == len(EXPECTED)


def test_english_token_splits_counted_without_tokenising_the_document():
    """Rules-only English extraction makes spaCy's tokens only for the whitespace-delimited
    chunks an entity edge falls in (tokenizer.tokens_cut); the count is the one a full
    tokenisation gives, at every position of a text with affixes, abbreviations and runs
    of whitespace."""
    from pipeline import tag
    from pipeline.components.tokenizer import tokens_cut

    text = ("On 3 May 1944, the U.S. 14th Air Force's B-25s (at 10 a.m.) hit Yoyang--\n\n"
            "  Lt.-Gen. O'Brien's 5th/7th units \"withdrew\"; e.g. 1,200 men.  End")
    tokenizer = tag.english_pipeline().tokenizer
    full = {t.idx for t in tokenizer(text)} | {len(text)}
    positions = set(range(len(text) + 1))
    assert tokens_cut(tokenizer, text, positions) == positions - full
    record = extract_text(text, "t", rules_only=True)
    edges = {p for e in record["entities"] for p in (e["start"], e["end"])}
    assert record["meta"]["token_splits"] == len(edges - full) > 0
