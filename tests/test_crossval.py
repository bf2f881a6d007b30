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
