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
