"""Helpers of the document-level cross-validation (pipeline/train/crossval.py)."""

from pipeline.train.crossval import folds, headroom


def test_folds_deal_documents_round_robin():
    assert folds(list("abcdefg"), 3) == [[0, 3, 6], [1, 4], [2, 5]]


def test_headroom_counts_found_misses_and_free_model_spans():
    gold = {"entities": [{"start": 0, "end": 3, "label": "PERSON"}, {"start": 5, "end": 8, "label": "GPE"},
                         {"start": 10, "end": 13, "label": "GPE"}, {"start": 20, "end": 24, "label": "DATE"}]}
    rules = {"entities": [{"start": 0, "end": 3, "label": "PERSON"}, {"start": 20, "end": 24, "label": "DATE"}]}
    model = [(1, 3, "PERSON"),   # overlaps a rule entity: not free
             (5, 8, "GPE"),      # a miss found, free and right
             (10, 12, "GPE"),    # free and wrong (boundary)
             (15, 17, "ORG")]    # free and wrong
    assert headroom(gold, rules, model) == {"missed": 2, "found": 1, "right": 1, "wrong": 2}


TEXT = "我军攻占石门镇后向北京推进，沿途经过太平镇。"
SHIMEN = (4, 7, "GPE")        # 石门镇
BEIJING = (9, 11, "GPE")      # 北京
TAIPING = (18, 21, "GPE")     # 太平镇


def test_a_permission_to_add_keeps_confident_spans_that_overlap_no_rule_entity():
    from pipeline.train.permissions import apply

    rules = [(4, 6, "GPE"), BEIJING]
    scored = [(*TAIPING, 0.9), (*SHIMEN, 0.95), (0, 2, "ORG", 0.99)]
    assert apply(TEXT, rules, scored, {}) == set(rules)
    # 石门镇 overlaps the rules' 石门: adding never touches a rule entity; 我军 is not ORG-like
    assert apply(TEXT, rules, scored, {("GPE", "add"): 0.7, ("ORG", "add"): 0.5}) == {*rules, TAIPING}
    assert apply(TEXT, rules, scored, {("GPE", "add"): 0.95}) == set(rules)


def test_a_permission_to_extend_lengthens_a_rule_entity_of_the_same_label_only():
    from pipeline.train.permissions import apply

    rules = [(4, 6, "GPE"), BEIJING]
    assert apply(TEXT, rules, [(*SHIMEN, 0.9)], {("GPE", "extend"): 0.7}) == {SHIMEN, BEIJING}
    assert apply(TEXT, rules, [(*SHIMEN, 0.6)], {("GPE", "extend"): 0.7}) == set(rules)
    # a longer LOC never swallows a GPE, and a span over two rule entities of another label stays out
    assert apply(TEXT, rules, [(4, 7, "LOC", 0.9)], {("LOC", "extend"): 0.5}) == set(rules)
    assert apply(TEXT, [(4, 6, "GPE"), (6, 8, "FAC")], [(4, 8, "GPE", 0.9)],
                 {("GPE", "extend"): 0.5}) == {(4, 6, "GPE"), (6, 8, "FAC")}


def test_nested_choice_takes_a_permission_only_when_it_paid_on_the_other_folds():
    from pipeline.train.permissions import gain, measure, nested

    docs = [{"text": TEXT, "gold": {SHIMEN, BEIJING, TAIPING}, "rules": [BEIJING],
             "scored": [(*TAIPING, 0.8)]},                  # fold 0: adding 太平镇 is right
            {"text": TEXT, "gold": {BEIJING}, "rules": [BEIJING],
             "scored": [(*TAIPING, 0.8)]},                  # fold 1: the same span is wrong
            {"text": TEXT, "gold": {BEIJING, TAIPING}, "rules": [BEIJING],
             "scored": [(*TAIPING, 0.8)]}]                  # fold 2: right
    assert gain(docs[:1], {("GPE", "add"): 0.7}) == {"tp": 1, "fp": 0, "fn": -1}
    table = measure(docs, [0, 1, 2], ["GPE"])
    preds, chosen = nested(docs, [0, 1, 2], table)
    # fold 0 sees folds 1 and 2 (+0 net at every threshold up to 0.7): no permission; fold 1 sees
    # folds 0 and 2 (+2): GPE add (and add-any: 太平镇 passes the form check) at the best (lowest)
    # threshold; fold 2 sees 0 and 1 (+0): none
    assert chosen == [{}, {("GPE", "add"): 0.5, ("GPE", "add-any"): 0.5}, {}]
    assert preds == [{BEIJING}, {BEIJING, TAIPING}, {BEIJING}]


def test_add_any_skips_the_form_check_that_add_keeps():
    from pipeline.train.permissions import apply

    text = "部队进至木桥溪一带。"       # 溪 is no GPE suffix and jieba does not know the word as ns
    scored = [(4, 7, "GPE", 0.95)]
    assert apply(text, [], scored, {("GPE", "add"): 0.5}) == set()
    assert apply(text, [], scored, {("GPE", "add-any"): 0.9}) == {(4, 7, "GPE")}
    assert apply(text, [], scored, {("GPE", "add-any"): 0.99}) == set()


# --------------------------------------------------------------------------- folds of whole sets

def _write(path, records):
    import json

    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _rec(rid, text, n):
    return {"id": rid, "text": text, "entities": [{"start": 0, "end": 1, "label": "GPE"}] * n}


def test_read_sets_makes_ids_unique_and_names_each_records_set(tmp_path):
    from pipeline.train.crossval import read_sets

    a = _write(tmp_path / "alpha-zh.jsonl", [{"id": 1, "text": "甲城", "entities": []}, _rec("x", "乙城", 1)])
    b = _write(tmp_path / "beta.jsonl", [{"id": 1, "text": "丙城", "entities": []}])
    records, sets = read_sets(f"{a},{b}")
    assert [r["id"] for r in records] == ["alpha-zh/1", "alpha-zh/x", "beta/1"]
    assert [r["text"] for r in records] == ["甲城", "乙城", "丙城"]
    assert sets == ["alpha-zh", "alpha-zh", "beta"]


def test_set_folds_keep_each_set_whole_and_balance_entities():
    from pipeline.train.crossval import set_folds

    # sets by entities: a 10 (two records), b 9, c 4, d 3, e 3
    records = [_rec(0, "", 6), _rec(1, "", 9), _rec(2, "", 4), _rec(3, "", 4), _rec(4, "", 3), _rec(5, "", 3)]
    sets = ["a", "b", "a", "c", "d", "e"]
    # a -> fold 0 (10), b -> fold 1 (9), c -> fold 1 (13), d -> fold 0 (13), e -> fold 0 (tie 13/13: lowest)
    assert set_folds(records, sets, 2) == [[0, 2, 4, 5], [1, 3]]
    # five sets in five folds: one set per fold, largest first
    assert set_folds(records, sets, 5) == [[0, 2], [1], [3], [4], [5]]


def test_chinese_only_keeps_the_chinese_records_and_their_sets():
    from pipeline.train.crossval import chinese_only

    records = [_rec(0, "第三师于五月攻入某城。", 1),
               _rec(1, "The Third Division entered the town in May and held it for a week.", 1),
               _rec(2, "第三師於五月攻入某城。", 1)]
    kept, sets = chinese_only(records, ["zh", "en", "tw"])
    assert [r["id"] for r in kept] == [0, 2] and sets == ["zh", "tw"]
    # a stated meta.lang/script decides, as for `zhanji evaluate --lang` (a Chinese page quoting English at length)
    records[1]["meta"] = {"script": "hans"}
    records[0]["meta"] = {"lang": "en"}
    kept, sets = chinese_only(records, ["zh", "en", "tw"])
    assert [r["id"] for r in kept] == [1, 2] and sets == ["en", "tw"]


# --------------------------------------------------------------------------- permissions chosen on the training folds

RULE_SPANS = [(0, 3, "MIL_UNIT"), (5, 8, "QUANTITY")]
EXTENDED = (0, 4, "MIL_UNIT", 0.95)
RIGHT = {(0, 4, "MIL_UNIT"), (5, 8, "QUANTITY")}


def _sdoc(gold, scored=()):
    return {"text": "", "gold": set(gold), "rules": list(RULE_SPANS), "scored": list(scored), "drops": []}


def test_inner_choice_chooses_each_folds_permissions_on_its_training_folds_only():
    from pipeline.train.crossval import inner_choice

    # three folds, one document each; the extension is right in folds 0 and 1, wrong in fold 2
    docs = [_sdoc(RIGHT), _sdoc(RIGHT), _sdoc(RULE_SPANS)]
    fold_of = [0, 1, 2]
    # the pair stackers: (k, j) tags fold j without k and j. Only the stacker without folds 0 and 1
    # proposes the extension (on both); the others propose nothing.
    inner = {(0, 1): {1: ([EXTENDED], [])}, (1, 0): {0: ([EXTENDED], [])},
             (0, 2): {2: ([], [])}, (2, 0): {0: ([], [])},
             (1, 2): {2: ([], [])}, (2, 1): {1: ([], [])}}
    chosen = inner_choice(docs, fold_of, inner, ["MIL_UNIT", "QUANTITY"])
    # fold 0 sees fold 1 gain (+2: one right span, one false span gone) and fold 2 nothing;
    # fold 1 likewise; fold 2 sees nothing proposed: no permission
    assert chosen == [{("MIL_UNIT", "extend"): 0.5}, {("MIL_UNIT", "extend"): 0.5}, {}]


def test_inner_choice_refuses_a_permission_that_loses_on_a_training_fold():
    from pipeline.train.crossval import inner_choice

    docs = [_sdoc(RIGHT), _sdoc(RULE_SPANS), _sdoc(RIGHT)]
    fold_of = [0, 1, 2]
    # for fold 2 the training folds 0 (+2) and 1 (-2) cancel: nothing chosen
    inner = {(2, 0): {0: ([EXTENDED], [])}, (2, 1): {1: ([EXTENDED], [])},
             (0, 1): {1: ([EXTENDED], [])}, (0, 2): {2: ([EXTENDED], [])},
             (1, 0): {0: ([EXTENDED], [])}, (1, 2): {2: ([EXTENDED], [])}}
    chosen = inner_choice(docs, fold_of, inner, ["MIL_UNIT"])
    assert chosen == [{}, {("MIL_UNIT", "extend"): 0.5}, {}]


def test_fold_lines_report_each_folds_f1_and_the_chosen_permissions_gain_there():
    from pipeline.train import permissions as perms
    from pipeline.train import stack
    from pipeline.train.crossval import fold_lines

    docs = [_sdoc(RIGHT, [EXTENDED]), _sdoc(RULE_SPANS, [EXTENDED])]
    fold_of = [0, 1]
    table = perms.measure(docs, fold_of, ["MIL_UNIT"], stack.MODES, stack.apply_doc)
    chosen = [{("MIL_UNIT", "extend"): 0.9}, {("MIL_UNIT", "extend"): 0.9}]
    preds = [stack.apply_doc(d, chosen[f]) for d, f in zip(docs, fold_of)]
    lines = fold_lines(docs, fold_of, chosen, preds, table)
    assert lines[1:] == [
        "  fold 1: 0.5000 -> 1.0000 (+0.5000; tp +1, fp -1); MIL_UNIT extend >= 0.9: +2",
        "  fold 2: 1.0000 -> 0.5000 (-0.5000; tp -1, fp +1); MIL_UNIT extend >= 0.9: -2"]


def test_inner_spans_survive_the_json_round_trip_of_spans_files():
    import json

    from pipeline.train.crossval import decode_inner, encode_inner

    inner = {(0, 1): {3: ([[0, 4, "MIL_UNIT", 0.95]], [])}, (1, 0): {0: ([], [[5, 8, "QUANTITY", 0.7]])}}
    saved = json.loads(json.dumps(encode_inner(inner)))
    assert saved == {"0,1": {"3": [[[0, 4, "MIL_UNIT", 0.95]], []]}, "1,0": {"0": [[], [[5, 8, "QUANTITY", 0.7]]]}}
    assert decode_inner(saved) == {(0, 1): {3: [[[0, 4, "MIL_UNIT", 0.95]], []]},
                                   (1, 0): {0: [[], [[5, 8, "QUANTITY", 0.7]]]}}
