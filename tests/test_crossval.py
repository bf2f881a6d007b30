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
