"""`review push --order uncertain`: ranking, reasons and example meta, without a doccano server."""

import json

from pipeline.review.order import NO_SIGNAL, assess, rank
from pipeline.review.push import push, to_examples


def ent(text, piece, label, source, norm=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return {"start": start, "end": start + len(piece), "label": label, "text": piece,
            "norm": norm, "source": source}


P1 = "五月三日大雨，部队休整。"
P2 = "敌第九十八联队攻占鸡公岭，赵铁山营长阵亡。"
P3 = "我军第八团在石门镇与敌对峙。"
TEXT = f"{P1}\n\n{P2}\n{P3}\n"


def tiny_record():
    o2, o3 = TEXT.index(P2), TEXT.index(P3)

    def shift(e, by):
        return {**e, "start": e["start"] + by, "end": e["end"] + by}

    entities = [
        ent(TEXT, "五月三日", "DATE", "rule:date", {"value": "--05-03"}),
        shift(ent(P2, "第九十八联队", "MIL_UNIT", "rule:unit",
                  {"numbers": [98], "echelon": "联队", "prefix": "", "side": "JP", "id": "JP/regiment/98"}), o2),
        shift(ent(P2, "鸡公岭", "LOC", "rule:loc"), o2),
        shift(ent(P2, "赵铁山", "PERSON", "rule:person"), o2),
        shift(ent(P3, "第八团", "MIL_UNIT", "rule:unit",
                  {"numbers": [8], "echelon": "团", "prefix": "", "side": None, "id": None}), o3),
        shift(ent(P3, "石门镇", "GPE", "lexicon:gazetteer"), o3),
    ]
    return {"id": "tiny", "text": TEXT, "entities": entities,
            "label": [[e["start"], e["end"], e["label"]] for e in entities],
            "meta": {"pipeline": "zhanji test"}}


def fake_scorer(text):
    """The 'model': sure of 我军 as ORG and of 石门 as GPE (the rules have 石门镇),
    sure of 石门镇 only at 0.1, unsure of 大雨 as PERSON."""
    out = []
    if "石门镇" in text:
        i = text.index("石门镇")
        out += [(i, i + 2, "GPE", 0.9), (i, i + 3, "GPE", 0.1), (0, 2, "ORG", 0.95)]
    if "大雨" in text:
        i = text.index("大雨")
        out.append((i, i + 2, "PERSON", 0.5))
    return out


def paragraphs():
    return [(ex.text, ex.record["machine"]) for ex in to_examples(tiny_record(), "tiny")]


def test_rule_signals_alone_rank_guesses_first():
    assert rank(paragraphs()) == [
        (1, 0.5, "name by rule only ×2 (鸡公岭, 赵铁山)"),
        (2, 0.25, "unit side unknown ×1 (第八团)"),
        (0, 0, NO_SIGNAL),
    ]


def test_model_disagreement_and_low_scores_add_to_the_rule_signals():
    assert rank(paragraphs(), fake_scorer) == [
        (2, 0.75, "model disagrees ×2 (我军/ORG, 石门/GPE); unit side unknown ×1 (第八团)"),
        (1, 0.5, "name by rule only ×2 (鸡公岭, 赵铁山)"),
        (0, 0.25, "model unsure ×1 (大雨/PERSON)"),
    ]


def test_a_reason_names_at_most_three_entities():
    text = "甲乙丙丁戊"
    machine = [{"start": i, "end": i + 1, "label": "PERSON", "source": "rule:person"} for i in range(5)]
    assert assess(text, machine) == (1.25, "name by rule only ×5 (甲, 乙, 丙, …)")
    assert assess(text, [{**m, "source": "lexicon:person"} for m in machine]) == (0, NO_SIGNAL)


class FakeDoccano:
    """Just enough of pipeline.review.client.Doccano for push()."""

    url = "http://doccano.test"
    username = "admin"

    def __init__(self):
        self.created = []  # (id, text, meta) in creation order: doccano's page order

    def find_project(self, name):
        return {"id": 1, "project_type": "SequenceLabeling", "collaborative_annotation": True}

    def ensure_labels(self, project_id):
        return {label: i for i, label in enumerate(
            ["PERSON", "MIL_UNIT", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "QUANTITY"])}

    def examples(self, project_id):
        return [{"id": i, "text": t, "meta": m} for i, t, m in self.created]

    def delete_examples(self, project_id, ids):
        assert not ids

    def create_example(self, project_id, text, meta):
        self.created.append((len(self.created) + 1, text, json.loads(json.dumps(meta))))
        return len(self.created)

    def create_span(self, project_id, example_id, start, end, label_id):
        return {"id": 100 * example_id + start, "user": 1}


def write_corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(tiny_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_push_uncertain_order_puts_rank_and_reason_in_each_example_meta(tmp_path):
    dc = FakeDoccano()
    report = push(dc, write_corpus(tmp_path), "p", data_dir=tmp_path / "data", order="uncertain",
                  scorer=fake_scorer)
    assert [(t, m["paragraph"], m["order_rank"], m["order_reason"]) for _, t, m in dc.created] == [
        (P3, "3 of 3", 1, "model disagrees ×2 (我军/ORG, 石门/GPE); unit side unknown ×1 (第八团)"),
        (P2, "2 of 3", 2, "name by rule only ×2 (鸡公岭, 赵铁山)"),
        (P1, "1 of 3", 3, "model unsure ×1 (大雨/PERSON)"),
    ]
    assert (report.pushed, report.examples, report.spans, report.held) == (["tiny"], 3, 6, 0)


def test_push_limit_holds_the_rest_for_the_next_push(tmp_path):
    dc = FakeDoccano()
    corpus = write_corpus(tmp_path)
    first = push(dc, corpus, "p", data_dir=tmp_path / "data", order="uncertain", limit=1)
    assert [(m["paragraph"], m["order_rank"]) for _, _, m in dc.created] == [("2 of 3", 1)]
    assert (first.pushed, first.examples, first.held) == ([], 1, 2)
    assert "2 paragraph(s) left for a later push (--limit); push again to add them" in first.lines()
    second = push(dc, corpus, "p", data_dir=tmp_path / "data", order="uncertain")
    assert [(m["paragraph"], m["order_rank"]) for _, _, m in dc.created[1:]] == [("3 of 3", 1), ("1 of 3", 2)]
    assert (second.resumed, second.examples, second.held) == (["tiny"], 2, 0)


def test_document_order_meta_is_unchanged(tmp_path):
    dc = FakeDoccano()
    push(dc, write_corpus(tmp_path), "p", data_dir=tmp_path / "data")
    assert [m for _, _, m in dc.created] == [
        {"document": "tiny", "paragraph": f"{i} of 3", "offset": TEXT.index(p), "pipeline": "zhanji test"}
        for i, p in ((1, P1), (2, P2), (3, P3))]


def test_model_scorer_gives_trimmed_spans_with_probabilities():
    import pytest

    from pipeline.ner_model import default_model_path, load_ner
    from pipeline.review.order import model_scorer

    path = default_model_path()
    if path is None:
        pytest.skip("models/zh-general not built (make model)")
    text = "军长王振华率部进驻石门镇，与李德胜会合。"
    scored = model_scorer(load_ner(path))(text)
    assert scored and all(0.0 <= p <= 1.0 + 1e-6 for *_, p in scored)
    assert all(0 <= s < e <= len(text) and text[s] not in "，。" and text[e - 1] not in "，。"
               for s, e, _, _ in scored)
    best = {(text[s:e], label) for s, e, label, p in scored if p >= 0.8}
    assert ("王振华", "PERSON") in best


def test_name_words_jieba_tags_and_no_entity_covers_are_a_signal():
    from pipeline.review.order import untagged_name_words

    text = "部队经过北京和上海，张大勇随行。"
    beijing = {"start": 4, "end": 6, "label": "GPE", "source": "lexicon:gazetteer"}
    assert untagged_name_words(text, []) == ["北京", "上海", "张大"]
    assert untagged_name_words(text, [beijing]) == ["上海", "张大"]
    # Traditional text is read in Simplified, the words are named as written
    assert untagged_name_words("部隊經過北京和上海，張大勇隨行。", []) == ["北京", "上海", "張大"]
    assert assess(text, [beijing]) == (2, "untagged name word ×2 (上海, 张大)")
    # an entity that covers part of a name word cuts it: not untagged, but cut
    zhang = {"start": 10, "end": 11, "label": "PERSON", "source": "rule:person"}
    assert assess(text, [beijing, zhang]) == (2.25, "name word cut ×1 (张大); untagged name word ×1 (上海); "
                                                   "name by rule only ×1 (张)")


def test_a_place_the_gazetteer_could_not_locate_is_a_strong_signal():
    text = "一营进至李家沟一带，前锋抵石门镇。"
    guessed = {"start": 4, "end": 7, "label": "GPE", "source": "lexicon:gazetteer", "norm": {"id": None}}
    located = {"start": 13, "end": 16, "label": "GPE", "source": "lexicon:gazetteer",
               "norm": {"id": "cn:130100", "lat": 38.0, "lon": 114.5}}
    assert assess(text, [guessed, located]) == (1, "place not located ×1 (李家沟)")
    # a GPE without any norm (an English place, a test entity) says nothing about its location
    assert assess(text, [{**guessed, "norm": None}, located]) == (0, NO_SIGNAL)


def test_a_name_word_an_entity_edge_cuts_is_a_strong_signal():
    from pipeline.review.order import name_words

    text = "我军攻占石门镇后向北京推进。"
    short = {"start": 4, "end": 6, "label": "GPE", "source": "lexicon:gazetteer", "norm": {"id": "cn:1"}}
    beijing = {"start": 9, "end": 11, "label": "GPE", "source": "lexicon:gazetteer", "norm": {"id": "cn:2"}}
    assert name_words(text, [short, beijing]) == ([], ["石门镇"])
    assert assess(text, [short, beijing]) == (1, "name word cut ×1 (石门镇)")
    # an entity that covers the whole word (or more) does not cut it
    whole = {**short, "end": 7}
    assert name_words(text, [whole, beijing]) == ([], [])
    longer = {**short, "end": 8, "label": "FAC"}
    assert name_words(text, [longer, beijing]) == ([], [])


def test_strong_signals_outrank_many_weak_ones():
    strong = "我军攻占石门镇后向北京推进。"
    weak = "甲乙丙丁戊"
    items = [(weak, [{"start": i, "end": i + 1, "label": "PERSON", "source": "rule:person"} for i in range(3)]),
             (strong, [{"start": 4, "end": 6, "label": "GPE", "source": "lexicon:gazetteer", "norm": {"id": "cn:1"}},
                       {"start": 9, "end": 11, "label": "GPE", "source": "lexicon:gazetteer", "norm": {"id": "cn:2"}}])]
    assert [(i, score) for i, score, _ in rank(items)] == [(1, 1), (0, 0.75)]
