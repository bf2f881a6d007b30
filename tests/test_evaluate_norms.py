"""Normalisation accuracy in `zhanji evaluate` (pipeline/evaluate.py): the fields compared per label, and
"no value" written as null, "" or [] counting as one value (annotators write a named force's prefix either way)."""

from pipeline.evaluate import norm_matches, score


def _record(norm: dict) -> dict:
    return {"id": "d", "text": "甲军进攻。", "entities": [{"start": 0, "end": 2, "label": "MIL_UNIT", "text": "甲军",
                                                          "norm": norm}]}


def test_an_empty_prefix_and_echelon_agree_however_written():
    gold = {"numbers": [], "echelon": None, "prefix": None}
    pred = {"numbers": [], "echelon": "", "prefix": "", "side": "ROC"}
    assert norm_matches("MIL_UNIT", gold, pred)
    assert norm_matches("MIL_UNIT", {"numbers": None}, {"numbers": []})


def test_a_value_never_agrees_with_no_value():
    assert not norm_matches("MIL_UNIT", {"numbers": [15], "echelon": "军", "prefix": ""},
                            {"numbers": [15], "echelon": "", "prefix": ""})
    assert not norm_matches("QUANTITY", {"value": 0, "unit": "", "approx": None},
                            {"value": None, "unit": "", "approx": None})
    assert not norm_matches("DATE", {"value": "1944-05", "mod": None}, {"value": "", "mod": None})


def test_numbers_compare_as_numbers():
    assert norm_matches("QUANTITY", {"value": 20000, "unit": "人", "approx": "about"},
                        {"value": 20000.0, "unit": "人", "approx": "about"})


def test_the_corpus_score_counts_the_agreeing_norm():
    scores = score([_record({"numbers": [], "echelon": None, "prefix": None})],
                   [_record({"numbers": [], "echelon": "", "prefix": "", "side": ""})])
    result = scores.as_dict()
    assert result["micro"]["tp"] == 1
    assert result["normalisation"]["correct"] == 1 and result["normalisation"]["total"] == 1


def test_a_gold_given_by_spans_alone_scores_no_values(tmp_path):
    """A gold record with a `label` list only (as doccano exports it) has no normalised values to compare: its spans
    are scored, its values are not, and the report says so instead of printing 0.000."""
    from pipeline.evaluate import format_report
    from pipeline.record import read_records

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "d", "text": "甲军进攻。", "label": [[0, 2, "MIL_UNIT"]]}\n', encoding="utf-8")
    gold = read_records(path)
    scores = score(gold, [_record({"numbers": [], "echelon": "军", "prefix": ""})])
    result = scores.as_dict()
    assert result["micro"]["tp"] == 1
    assert result["normalisation"]["total"] == 0
    assert "normalisation: the gold holds no normalised values" in format_report(result)


def test_a_named_force_with_empty_values_is_still_scored():
    """Empty values are values: a gold norm holding the fields (a named force: no numbers, no echelon) is compared."""
    scores = score([_record({"numbers": [], "echelon": "", "prefix": ""})],
                   [_record({"numbers": [], "echelon": "军", "prefix": ""})])
    normalisation = scores.as_dict()["normalisation"]
    assert normalisation["total"] == 1 and normalisation["correct"] == 0
