"""`zhanji evaluate --error-types` (pipeline/evaluate.py): each miss and each false span counted by label and by
what it overlaps on the other side, as counts only. Records written for this test."""

import json

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluate import ERROR_TYPES, score

TEXT = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"


def _record(spans):
    return {"id": "d", "text": TEXT,
            "entities": [{"start": s, "end": e, "label": label, "text": TEXT[s:e], "norm": {}} for s, e, label in spans]}


GOLD = _record([(0, 2, "GPE"), (3, 5, "PERSON"), (6, 8, "LOC"), (9, 11, "ORG"), (12, 14, "FAC")])
PRED = _record([(0, 2, "GPE"),            # right
                (3, 6, "PERSON"),         # PERSON 3-5 missed with the wrong extent; a false PERSON of that kind
                (6, 8, "GPE"),            # LOC 6-8 missed under another label, same span; a false GPE on it
                (9, 10, "GPE"),           # ORG 9-11 missed under another label and extent
                (15, 16, "DATE")])        # a false DATE on nothing; FAC 12-14 missed with nothing near


def test_each_error_is_counted_once_by_its_type():
    kinds = score([GOLD], [PRED]).as_dict()["error_types"]
    assert kinds["PERSON"]["missed: wrong extent"] == 1 and kinds["PERSON"]["false: wrong extent"] == 1
    assert kinds["LOC"]["missed: other label"] == 1
    assert kinds["ORG"]["missed: other label and extent"] == 1
    assert kinds["FAC"]["missed: nothing found"] == 1
    assert kinds["GPE"]["false: on another label's entity"] == 2     # 6-8 on the LOC, 9-10 inside the ORG
    assert kinds["DATE"]["false: overlaps nothing"] == 1
    total = sum(sum(row.values()) for row in kinds.values())
    assert total == 4 + 4          # four misses, four false spans
    assert set(kinds["GPE"]) == set(ERROR_TYPES)


def test_a_perfect_prediction_has_no_error_types():
    assert score([GOLD], [GOLD]).as_dict()["error_types"] == {}


def test_the_command_prints_counts_and_never_the_text(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(PRED, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--error-types"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()
            if line.split() and line.split()[0] in ("GPE", "FAC", "all")}
    assert rows["GPE"] == ["0", "0", "0", "0", "0", "0", "2"]
    assert rows["FAC"] == ["1", "0", "0", "0", "0", "0", "0"]
    assert rows["all"] == ["1", "1", "1", "1", "1", "1", "2"]
    assert not any(ch in result.output for ch in TEXT)
    as_json = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert json.loads(as_json.output)[0]["result"]["error_types"]["FAC"]["missed: nothing found"] == 1
