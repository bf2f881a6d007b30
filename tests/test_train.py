"""zhanji train: dataset readers, DocBin alignment, errors, --scripts both, a tiny training run."""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner

from pipeline.errors import ZhanjiError
from pipeline.spans import Candidate
from pipeline.train.config import Recipe, make_config
from pipeline.train.datasets import read_char_tagged, read_cluener, split_loc, tags_to_spans, to_project_labels
from pipeline.train.docbin import blank_nlp, paragraph_records, record_to_doc

# ------------------------------------------------------------------ readers and label mapping


def test_tags_to_spans_bio_bmes_and_stray_i():
    assert tags_to_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert tags_to_spans(["B-NAME", "M-NAME", "E-NAME", "S-ORG", "O"]) == [(0, 3, "NAME"), (3, 4, "ORG")]
    # Weibo has entities that start with I-; a type change starts a new span
    assert tags_to_spans(["O", "I-GPE.NAM", "I-GPE.NAM", "I-LOC.NAM"]) == [(1, 3, "GPE.NAM"), (3, 4, "LOC.NAM")]


def test_read_char_tagged_weibo_digits_and_cluener_inclusive_end(tmp_path):
    weibo = tmp_path / "w.conll"
    weibo.write_text("我0\tO\n在0\tO\n北0\tB-GPE.NAM\n京1\tI-GPE.NAM\n\n好0\tO\n", encoding="utf-8")
    recs = read_char_tagged(weibo, strip_digit=True, name="w")
    assert [r["text"] for r in recs] == ["我在北京", "好"]
    assert recs[0]["label"] == [[2, 4, "GPE.NAM"]]
    clue = tmp_path / "c.json"
    clue.write_text(json.dumps({"text": "彭小军认为台湾", "label": {"name": {"彭小军": [[0, 2]]},
                                                            "address": {"台湾": [[5, 6]]}}},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    rec = read_cluener(clue)[0]
    assert sorted(rec["label"]) == [[0, 3, "name"], [5, 7, "address"]]
    mapped = to_project_labels([rec], "cluener")[0]
    assert mapped["label"] == [[0, 3, "PERSON"]]
    assert mapped["missing"] == [[5, 7]]      # addresses are not taught as "no entity"


def test_people_daily_mapping_military_org_and_fac_are_missing():
    rec = {"id": "pd", "text": "八路军和新华社在人民大会堂见到黄河",
           "label": [[0, 3, "ORG"], [4, 7, "ORG"], [8, 13, "LOC"], [15, 17, "LOC"]]}
    mapped = to_project_labels([rec], "peoples_daily")[0]
    assert mapped["label"] == [[4, 7, "ORG"], [15, 17, "LOC"]]
    assert mapped["missing"] == [[0, 3], [8, 13]]


@pytest.mark.parametrize("name,label", [
    ("湖南", "GPE"), ("长沙", "GPE"), ("上海", "GPE"), ("浙江", "GPE"), ("青岛", "GPE"),
    ("黄河", "LOC"), ("伏牛山", "LOC"), ("洞庭湖", "LOC"), ("海南岛", "LOC"), ("华北平原", "LOC"),
    ("华北", "LOC"), ("东南亚", "LOC"), ("亚洲", "LOC"), ("人民大会堂", None), ("长安街", None),
])
def test_split_loc(name, label):
    assert split_loc(name) == label


# ------------------------------------------------------------------ DocBin conversion

RECORD_TEXT = "1944年，军长方先觉守衡阳。\n\nClaire Chennault 到重庆。\n第十军在湘江。"
RECORD = {"id": "d1", "text": RECORD_TEXT,
          "entities": [{"start": 8, "end": 11, "label": "PERSON"},
                       {"start": 12, "end": 14, "label": "GPE"},
                       {"start": 17, "end": 33, "label": "PERSON"},
                       {"start": 35, "end": 37, "label": "GPE"},
                       {"start": 39, "end": 42, "label": "MIL_UNIT"},
                       {"start": 43, "end": 45, "label": "LOC"}]}


def test_paragraph_records_keep_every_span_text():
    pieces = paragraph_records(RECORD)
    assert [p["text"] for p in pieces] == ["1944年，军长方先觉守衡阳。\n", "Claire Chennault 到重庆。\n",
                                           "第十军在湘江。"]
    texts = [(p["text"][e["start"]:e["end"]], e["label"]) for p in pieces for e in p["entities"]]
    assert texts == [("方先觉", "PERSON"), ("衡阳", "GPE"), ("Claire Chennault", "PERSON"),
                     ("重庆", "GPE"), ("第十军", "MIL_UNIT"), ("湘江", "LOC")]


@pytest.mark.parametrize("tokenizer", ["char", "char+bigram"])
def test_docbin_drops_no_span_with_char_tokenizers(tokenizer):
    nlp = blank_nlp(tokenizer)
    got = []
    total_misaligned = 0
    for piece in paragraph_records(RECORD):
        doc, report = record_to_doc(nlp, piece)
        total_misaligned += report.n_misaligned
        got += [(e.text, e.label_) for e in doc.ents]
    assert total_misaligned == 0
    assert got == [("方先觉", "PERSON"), ("衡阳", "GPE"), ("Claire Chennault", "PERSON"),
                   ("重庆", "GPE"), ("第十军", "MIL_UNIT"), ("湘江", "LOC")]


def test_untrained_labels_and_misaligned_spans_are_missing_not_outside():
    from spacy.lang.en import English

    nlp = English()  # whitespace words: a span inside a word cannot align
    record = {"id": "x", "text": "Xue Yue held Changsha firmly",
              "entities": [{"start": 0, "end": 7, "label": "PERSON"},
                           {"start": 13, "end": 18, "label": "GPE"},       # 'Chang' cuts a word
                           {"start": 22, "end": 28, "label": "DATE"}]}
    doc, report = record_to_doc(nlp, record, labels={"PERSON", "GPE"})
    assert (report.spans, report.aligned, report.n_misaligned, report.dropped_label) == (3, 1, 1, 1)
    assert report.misaligned == [("x", 13, 18, "GPE", "Chang")]
    assert "1 NOT aligned" in report.summary()
    assert [t.ent_iob_ for t in doc] == ["B", "I", "O", "", ""]


def test_char_bigram_tokenizer_norms():
    doc = blank_nlp("char+bigram")("中国 ab")
    assert [t.text for t in doc] == ["中", "国", "a", "b"]
    assert [t.norm_ for t in doc] == ["中国", "国a", "ab", "b</s>"]
    assert doc[1].whitespace_ == " "


def test_config_has_seed_and_early_stopping():
    cfg = make_config(Recipe(seed=7, patience=321, max_steps=999))
    assert "seed = 7" in cfg and "patience = 321" in cfg and "max_steps = 999" in cfg
    assert 'pipeline = ["tok2vec","ner"]' in cfg


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("content,message", [
    ("", "empty corpus"),
    ('{"id": "a", "text": "abc", "label": [[0, 9, "GPE"]]}\n', "runs past the end"),
    ('{"id": "a", "text": "abc"\n', "malformed JSON"),
])
def test_bad_training_file_gives_one_line_error(tmp_path, content, message):
    from pipeline.train.cli import train_cmd

    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(train_cmd, [str(path), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]
    assert not (tmp_path / "m").exists()


# ------------------------------------------------------------------ --scripts both


def test_scripts_both_adds_traditional_copies_with_projected_spans():
    from pipeline.train.trainer import add_other_script

    piece = {"id": "p", "text": "军长方先觉守卫衡阳，薛岳在长沙。",
             "entities": [{"start": 2, "end": 5, "label": "PERSON", "text": "方先觉"},
                          {"start": 7, "end": 9, "label": "GPE", "text": "衡阳"},
                          {"start": 10, "end": 12, "label": "PERSON", "text": "薛岳"},
                          {"start": 13, "end": 15, "label": "GPE", "text": "长沙"}],
             "missing": [[0, 2]]}
    out = add_other_script([piece])
    assert len(out) == 2 and out[0] is piece
    copy = out[1]
    assert copy["text"] == "軍長方先覺守衛衡陽，薛嶽在長沙。"
    assert [(copy["text"][e["start"]:e["end"]], e["label"]) for e in copy["entities"]] == [
        ("方先覺", "PERSON"), ("衡陽", "GPE"), ("薛嶽", "PERSON"), ("長沙", "GPE")]
    assert copy["missing"] == [[0, 2]]


# ------------------------------------------------------------------ a tiny training run

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "德国华文明建立志强军伟宗仁中正恩伯先觉鼎文岳光庭汉卿玉祥钧鸿达福寿昌荣辉嘉义礼智勇忠孝廉耀祖"
PLACES_HEAD = "郑洛许汝宝鲁叶舞襄樊邓南唐沁温孟济修武获嘉新乡卫辉淇滑浚内黄汤阴安阳林临漳涉"
TEMPLATES = ["军长{P}率部进驻{G}县。", "{P}奉命固守{G}县，与敌激战三日。", "师长{P}在{G}县以北阻击日军。",
             "日军攻陷{G}县后，{P}率残部突围。", "{P}指挥所部向{G}县转进。", "{G}县失守，{P}被撤职查办。"]


def _name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _record(rng, i, person=None, place=None):
    template = rng.choice(TEMPLATES)
    person = person or _name(rng)
    place = place or rng.choice(PLACES_HEAD) + rng.choice(PLACES_HEAD)
    text = template.replace("{P}", person).replace("{G}", place)
    p, g = text.index(person), text.index(place + "县")
    ents = sorted([(p, p + len(person), "PERSON"), (g, g + len(place) + 1, "GPE")])
    return {"id": f"s{i}", "text": text, "label": [list(e) for e in ents]}


TINY = Recipe(width=64, depth=2, hidden_width=32, max_steps=240, patience=240, eval_frequency=60,
              batch_start=200, batch_stop=600, seed=1, tokenizer="char+bigram")


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    from pipeline.train.trainer import train

    rng = random.Random(3)
    records = [_record(rng, i) for i in range(160)]
    out = tmp_path_factory.mktemp("models")
    simp = train(records, out / "simp", recipe=TINY, quiet=True, log=lambda m: None)
    both = train(records, out / "both", recipe=TINY, scripts="both", quiet=True, log=lambda m: None)
    return out, records, simp, both


def test_tiny_model_finds_held_out_entities(tiny_models):
    from pipeline.ner_model import load_ner, model_candidates, model_info, model_saw_text

    out, records, simp, _ = tiny_models
    assert simp["alignment"]["train_misaligned"] == 0
    assert not simp["seen_dev_article"]
    nlp = load_ner(out / "simp")
    assert load_ner(out / "simp") is nlp                      # cached
    text = "军长晏勋甫率部进驻灵宝县。"                          # name and county never seen in training
    assert not any(r["text"] == text for r in records)
    cands = model_candidates(nlp, text)
    assert Candidate(2, 5, "PERSON", "model", 10) in cands
    assert Candidate(9, 12, "GPE", "model", 10) in cands
    info = model_info(out / "simp")
    assert info["labels"] == ["GPE", "PERSON"] and info["seen_dev_article"] is False
    assert len(info["trained_text_sha256"]) == len({r["text"] for r in records})
    assert model_saw_text(info, records[0]["text"]) and not model_saw_text(info, text)
    card = (out / "simp" / "README.md").read_text(encoding="utf-8")
    assert "Saw the bundled development article" in card and "research" in card
    config = (out / "simp" / "config.cfg").read_text(encoding="utf-8")
    assert "train = null" in config and "zhanji-train-" not in config


def test_scripts_both_model_reads_traditional_text(tiny_models):
    from pipeline.ner_model import load_ner
    from pipeline.script import convert_text

    out, _, simp, both = tiny_models
    assert both["scripts"] == "both" and both["n_train_docs"] > simp["n_train_docs"]
    rng = random.Random(99)
    tests = [_record(rng, i) for i in range(40)]
    simp_texts = [(r["text"], {tuple(x) for x in r["label"]}) for r in tests]
    trad_texts = [(convert_text(text, "s2t"), gold) for text, gold in simp_texts]

    def recall(nlp, docs):
        hits = sum(len(gold & {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents})
                   for text, gold in docs)
        return hits / sum(len(gold) for _, gold in docs)

    simp_model, both_model = load_ner(out / "simp"), load_ner(out / "both")
    # on Traditional text the Simplified-only model misses what the both-model finds
    r_simp, r_both = recall(simp_model, trad_texts), recall(both_model, trad_texts)
    assert r_both >= 0.8
    assert r_both > r_simp + 0.2
    # on Simplified text the two agree (measured: 0.99 each)
    assert recall(both_model, simp_texts) >= 0.9 and recall(simp_model, simp_texts) >= 0.9


def test_model_candidates_trim_and_chunk(tiny_models):
    from pipeline.ner_model import MAX_CHUNK, load_ner, model_candidates

    out = tiny_models[0]
    nlp = load_ner(out / "simp")
    line = "军长晏勋甫率部进驻灵宝县。\n"
    text = line * (MAX_CHUNK // len(line) + 5)               # longer than one chunk
    cands = model_candidates(nlp, text)
    starts = {c.start for c in cands if c.label == "PERSON"}
    n_lines = text.count("\n")
    assert starts == {i * len(line) + 2 for i in range(n_lines)}
    assert all(text[c.start] not in "，。\n" and text[c.end - 1] not in "，。\n" for c in cands)


def test_shipped_default_model_meta():
    from pipeline.ner_model import default_model_path, model_info
    from pipeline.train.trainer import dir_size_mb

    path = default_model_path()
    if path is None:
        pytest.skip("models/zh-general not built (make model)")
    info = model_info(path)
    assert sorted(info["labels"]) == ["GPE", "LOC", "ORG", "PERSON"]
    assert info["seen_dev_article"] is True            # trained with the article's gold
    assert dir_size_mb(path) < 25
    card = (path / "README.md").read_text(encoding="utf-8")
    assert "research" in card and "People's Daily" in card and "WITHOUT the article" in card


def test_default_model_path_and_bad_model_dir(tmp_path):
    from pipeline.ner_model import DEFAULT_MODEL, default_model_path, load_ner

    path = default_model_path()
    assert path is None or path == DEFAULT_MODEL
    with pytest.raises(ZhanjiError, match="not a model directory"):
        load_ner(tmp_path)


def test_train_curve_reports_each_fraction(tiny_models):
    from dataclasses import replace

    from pipeline.train.curve import train_curve

    _, records, _, _ = tiny_models
    rows = train_curve(records[:80], recipe=replace(TINY, max_steps=60, patience=60),
                       fractions=(0.5, 1.0), log=lambda m: None)
    assert [row["fraction"] for row in rows] == [0.5, 1.0]
    assert rows[0]["n_train"] < rows[1]["n_train"]
    assert all(0.0 <= row["f"] <= 1.0 for row in rows)
