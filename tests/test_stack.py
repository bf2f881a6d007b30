"""The stacked correction tagger (pipeline/train/stack.py): features, permissions, training, use."""

import json
import random
from collections import Counter

import pytest

pytest.importorskip("pycrfsuite")

from pipeline.train import permissions as perms  # noqa: E402
from pipeline.train import stack  # noqa: E402


def test_rule_features_mark_the_rule_entities():
    text = "他到了甲乙村。"
    feats = stack.stack_features(text, [(3, 6, "GPE", "lexicon:gazetteer:x")])
    assert "r0=O" in feats[2] and "r1=B-GPE" in feats[2] and "rl=GPE" not in feats[2]
    assert {"r0=B-GPE", "r-1=O", "r1=I-GPE", "rl=GPE", "rs=lexicon:gazetteer", "rn=3", "rB",
            "r0c0=B-GPE|甲", "r0c-1=B-GPE|了"} <= set(feats[3])
    assert "rE" not in feats[3] and "rB" not in feats[4]
    assert {"r0=E-GPE", "rE", "r1=O", "r0c1=E-GPE|。"} <= set(feats[5])
    assert "c0=村" in feats[5]            # the CRF's own features are still there


def test_perturb_is_seeded_and_keeps_spans_inside_the_text():
    rules = [(i, i + 2, "GPE", "x") for i in range(0, 200, 4)]
    a = stack.perturb("字" * 202, rules, 0.6, random.Random(1))
    b = stack.perturb("字" * 202, rules, 0.6, random.Random(1))
    assert a == b and a != rules and len(a) < len(rules)
    assert all(0 <= s < e <= 202 for s, e, _, _ in a)
    assert stack.perturb("字" * 202, rules, 0.0, random.Random(1)) == rules


RULES = [(0, 3, "MIL_UNIT"), (5, 8, "QUANTITY"), (10, 12, "GPE")]


def test_apply_each_mode_only_with_its_permission():
    scored = [(0, 4, "MIL_UNIT", 0.95),   # extends the unit
              (10, 13, "LOC", 0.8),       # replaces the GPE: another label and end
              (20, 22, "PERSON", 0.6)]    # added
    drops = [(5, 8, "QUANTITY", 0.9)]
    rules = set(RULES)
    assert stack.apply(RULES, scored, drops, {}) == rules
    assert stack.apply(RULES, scored, drops, {("MIL_UNIT", "extend"): 0.9}) == \
        {(0, 4, "MIL_UNIT"), (5, 8, "QUANTITY"), (10, 12, "GPE")}
    assert stack.apply(RULES, scored, drops, {("MIL_UNIT", "extend"): 0.99}) == rules
    assert stack.apply(RULES, scored, drops, {("LOC", "replace"): 0.7}) == \
        {(0, 3, "MIL_UNIT"), (5, 8, "QUANTITY"), (10, 13, "LOC")}
    assert stack.apply(RULES, scored, drops, {("LOC", "extend"): 0.5}) == rules
    assert stack.apply(RULES, scored, drops, {("QUANTITY", "drop"): 0.9}) == \
        {(0, 3, "MIL_UNIT"), (10, 12, "GPE")}
    assert stack.apply(RULES, scored, drops, {("PERSON", "add"): 0.5}) == rules | {(20, 22, "PERSON")}
    assert stack.mode_of((0, 3, "MIL_UNIT"), RULES) is None
    assert stack.mode_of((1, 3, "MIL_UNIT"), RULES) == "replace"   # a shorter span replaces


def _doc(gold, scored=(), drops=()):
    return {"text": "", "gold": set(gold), "rules": list(RULES), "scored": list(scored), "drops": list(drops)}


def test_nested_permissions_need_a_gain_on_the_other_folds():
    good = (0, 4, "MIL_UNIT", 0.95)
    right = [(0, 4, "MIL_UNIT"), (5, 8, "QUANTITY"), (10, 12, "GPE")]
    docs = [_doc(right, [good]), _doc(right, [good]),          # fold 0 and 1: the extension is right
            _doc(RULES, [good], [(10, 12, "GPE", 0.6)])]       # fold 2: wrong, and a wrong drop
    fold_of = [0, 1, 2]
    table = perms.measure(docs, fold_of, ["MIL_UNIT", "GPE"], stack.MODES, stack.apply_doc)
    assert [perms.net(g) for g in table[("MIL_UNIT", "extend")][0.9]] == [2, 2, -2]
    assert [perms.net(g) for g in table[("GPE", "drop")][0.5]] == [0, 0, -1]
    assert perms.choose(table) == {("MIL_UNIT", "extend"): 0.5}
    preds, chosen = perms.nested(docs, fold_of, table, stack.apply_doc)
    assert chosen[0] == {} and chosen[2] == {("MIL_UNIT", "extend"): 0.5}
    assert preds[0] == set(RULES) and preds[2] == set(right)


SURNAME_FREE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def test_tiny_training_learns_a_systematic_boundary_correction(tmp_path):
    """The 'rules' here stop one character short of every 村; gold has the whole name."""
    rng = random.Random(0)
    examples = []
    for k in range(30):
        a, b = rng.sample(SURNAME_FREE, 2)
        text = f"部队于是到了{a}{b}村，又向北走。"
        examples.append(stack.example(text, [(6, 8, "GPE", "rule:x")], [(6, 9, "GPE")]))
        text = f"我们听说{a}{b}河水涨了。"
        examples.append(stack.example(text, [(4, 7, "LOC", "rule:y")], [(4, 7, "LOC")]))
    stack.train_stack(examples, tmp_path, stack.StackRecipe(max_iterations=60),
                      permissions={("GPE", "extend"): 0.5})
    tagger = stack.StackTagger(tmp_path)
    assert tagger.permissions == {("GPE", "extend"): 0.5}
    text = "后来到了午未村，再向东。"
    scored, drops = tagger.score(text, [(4, 6, "GPE", "rule:x")])
    assert [s[:3] for s in scored] == [(4, 7, "GPE")] and scored[0][3] > 0.5 and drops == []
    from pipeline.spans import Candidate

    rule = Candidate(4, 6, "GPE", "rule:x", 30)
    out = tagger.revise(text, [rule])
    assert [(c.start, c.end, c.label, c.source) for c in out] == [(4, 7, "GPE", stack.MODEL_SOURCE)]
    tagger.close()


def _corpus(n: int) -> list[dict]:
    """Documents whose 'review' never tags quantities: gold = the rules' output minus QUANTITY."""
    from pipeline.extract import extract_text

    rng = random.Random(3)
    places = ["长沙", "衡阳", "桂林", "柳州", "常德", "宜昌", "南昌", "武汉"]
    numbers = ["两万人", "三千名", "五百人", "一万二千人", "八百名"]
    out = []
    for k in range(n):
        lines = []
        for _ in range(4):
            lines.append(f"第{rng.randint(2, 99)}军约有{rng.choice(numbers)}，"
                         f"1944年{rng.randint(1, 12)}月开到{rng.choice(places)}以北。")
        text = "".join(lines)
        rec = extract_text(text, f"d{k}")
        out.append({"id": f"d{k}", "text": text,
                    "entities": [{"start": e["start"], "end": e["end"], "label": e["label"]}
                                 for e in rec["entities"] if e["label"] != "QUANTITY"]})
    return out


def test_train_arch_stack_then_extract_with_the_model(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main as cli
    from pipeline.extract import Options, extract_text

    records = _corpus(7)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    dev = tmp_path / "dev.jsonl"
    dev.write_text(json.dumps(_corpus(8)[-1], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    result = CliRunner().invoke(cli, ["train", str(corpus), "-o", str(out), "--arch", "stack", "--dev", str(dev),
                                      "--crf-iterations", "60", "--stack-folds", "3"])
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["zhanji"]["permissions"] == [["QUANTITY", "drop", 0.5]]
    assert meta["zhanji"]["scores"]["micro"]["f"] == 1.0
    stored = json.loads((out / "ner" / stack.META_FILE).read_text(encoding="utf-8"))
    assert stored["permissions"] == [["QUANTITY", "drop", 0.5]]

    text = "第7军约有三千名，1944年9月开到桂林以北。"
    rules = extract_text(text, "t")
    with_model = extract_text(text, "t", options=Options(str(out)))
    assert Counter(e["label"] for e in rules["entities"])["QUANTITY"] == 1
    assert [(e["start"], e["end"], e["label"]) for e in with_model["entities"]] == \
        [(e["start"], e["end"], e["label"]) for e in rules["entities"] if e["label"] != "QUANTITY"]
    assert with_model["entities"][1]["norm"] == rules["entities"][2]["norm"]   # the DATE's value kept
