"""The CRF character tagger (pipeline/train/crf.py): features, tags, label cleaning, a tiny training run."""

from __future__ import annotations

import pytest

from pipeline.train.crf import (CrfRecipe, CrfTagger, char_type, featurize, relabel_majority, spans_to_tags,
                                train_crf)
from pipeline.train.datasets import tags_to_spans


def test_spans_to_tags_round_trip_and_overlap():
    tags = spans_to_tags(9, [(0, 3, "PER"), (4, 5, "GPE"), (6, 9, "ORG"), (7, 8, "LOC")])
    assert tags == ["B-PER", "I-PER", "E-PER", "O", "S-GPE", "O", "B-ORG", "I-ORG", "E-ORG"]
    assert tags_to_spans(tags) == [(0, 3, "PER"), (4, 5, "GPE"), (6, 9, "ORG")]


def test_featurize_window_types_and_lexicons():
    feats = featurize("刘德明在广州市")
    assert len(feats) == 7
    assert {"c0=刘", "c1=德", "c2=明", "c-1=\x02", "b0=刘德", "t0=刘德明"} <= set(feats[0])
    assert "sn" in feats[0]                       # 刘 is a surname (surnames_cn.txt)
    assert {"xB3", "xB:P"} <= set(feats[4])       # 广州市 starts at 4 (gazetteer_cn.tsv)
    assert {"xE3", "xE:P"} <= set(feats[6])
    assert "y0=H" in feats[0]
    assert [char_type(c) for c in "三5a，\u3000字"] == ["N", "D", "L", "P", "S", "H"]
    only_chars = featurize("刘德明", groups=("char",))
    assert not any(f.startswith(("s=", "d", "x", "y")) for f in only_chars[1])


def test_relabel_majority_fixes_rare_labels_of_frequent_strings():
    recs = [{"text": "国籍中国籍", "label": [[0, 2, "X"]]} for _ in range(4)]
    recs.append({"text": "国籍中国籍", "label": [[0, 2, "NAME"], [2, 5, "CONT"]]})
    cleaned, changed = relabel_majority(recs, min_count=3, min_share=0.6)
    assert changed == 1
    assert cleaned[-1]["label"] == [[0, 2, "X"], [2, 5, "CONT"]]
    assert recs[-1]["label"][0][2] == "NAME"     # the input is not modified


def test_tiny_crf_training_tags_exact_spans(tmp_path):
    pytest.importorskip("pycrfsuite")
    people = ["王建国", "李志远", "陈立新", "赵海平", "孙明华", "周振宇"]
    places = ["杭州", "成都", "西安", "南京", "武汉", "长沙"]
    records = []
    for i, person in enumerate(people):
        place = places[i]
        text = f"{person}昨天到{place}开会。"
        records.append({"text": text, "label": [[0, 3, "PER"], [6, 8, "LOC"]]})
        text = f"记者在{place}见到了{person}。"
        records.append({"text": text, "label": [[3, 5, "LOC"], [9, 12, "PER"]]})
    meta = train_crf(records, tmp_path / "m", CrfRecipe(max_iterations=60))
    assert meta["labels"] == ["LOC", "PER"]
    tagger = CrfTagger(tmp_path / "m")
    assert tagger.spans("王建国昨天到杭州开会。") == [(0, 3, "PER"), (6, 8, "LOC")]
    # names seen in training, in a sentence pattern of the other kind
    assert tagger.spans("记者在成都见到了孙明华。") == [(3, 5, "LOC"), (9, 12, "PER")]
    assert tagger.spans("") == []
    tagger.close()


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国志远立新海平明华振宇文斌德胜玉山光荣永"
COUNTIES = ["平阳", "安化", "龙泉", "宁远", "丰城", "清河", "长乐", "武宁", "新化", "宜山"]
TEMPLATES = ["团长{P}率部进驻{G}县。", "{P}奉命从{G}县出发。", "次日{P}抵达{G}县城外。",
             "{G}县县长{P}前来迎接。"]


def _crf_corpus(n: int) -> list[dict]:
    import random

    rng = random.Random(5)
    out = []
    for i in range(n):
        person = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        county = rng.choice(COUNTIES)
        text = rng.choice(TEMPLATES).replace("{P}", person).replace("{G}", county)
        p, g = text.index(person), text.index(county + "县")
        out.append({"id": f"c{i}", "text": text,
                    "label": sorted([[p, p + 3, "PERSON"], [g, g + len(county) + 1, "GPE"]])})
    return out


def test_zhanji_train_arch_crf_loads_with_spacy_and_extracts(tmp_path):
    pytest.importorskip("pycrfsuite")
    import json

    import spacy
    from click.testing import CliRunner

    from pipeline.ner_model import load_ner, model_candidates, model_info
    from pipeline.spans import Candidate
    from pipeline.train.cli import train_cmd

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _crf_corpus(120)),
                      encoding="utf-8")
    result = CliRunner().invoke(train_cmd, [str(corpus), "-o", str(tmp_path / "crf"), "--arch", "crf",
                                            "--crf-iterations", "80"])
    assert result.exit_code == 0, result.output
    assert "dev P" in result.output
    info = model_info(tmp_path / "crf")
    assert info["labels"] == ["GPE", "PERSON"]
    assert sorted(p.name for p in (tmp_path / "crf" / "ner").iterdir()) == ["crf.json", "model.crfsuite"]
    assert "linear-chain CRF" in (tmp_path / "crf" / "README.md").read_text(encoding="utf-8")
    meta = json.loads((tmp_path / "crf" / "meta.json").read_text(encoding="utf-8"))
    assert meta["description"] == "zhanji NER tagger (linear-chain CRF over characters, python-crfsuite, CPU)"
    assert meta["zhanji"]["recipe"]["tokenizer"] == "char+bigram"
    assert meta["zhanji"]["relabelled_train_spans"] == 0 and meta["zhanji"]["seen_dev_article"] is False
    assert len(meta["zhanji"]["trained_text_sha256"]) == 120
    # a name and a county never seen in training, in a sentence of a seen pattern
    text = "团长邓铁梅率部进驻桦川县。"
    nlp = load_ner(tmp_path / "crf")
    assert [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] == [(2, 5, "PERSON"), (9, 12, "GPE")]
    assert model_candidates(nlp, text) == [Candidate(2, 5, "PERSON", "model", 10),
                                           Candidate(9, 12, "GPE", "model", 10)]
    assert spacy.load(tmp_path / "crf").pipe_names == ["ner"]


def test_zhanji_train_arch_crf_rejects_base(tmp_path):
    from click.testing import CliRunner

    from pipeline.train.cli import train_cmd

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "王建国到了。", "label": [[0, 3, "PERSON"]]}\n', encoding="utf-8")
    result = CliRunner().invoke(train_cmd, [str(corpus), "-o", str(tmp_path / "m"), "--arch", "crf",
                                            "--base", str(tmp_path)])
    assert result.exit_code == 1 and "--base" in result.output
