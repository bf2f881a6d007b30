"""Reconcile: priorities, edges, titles, and which model spans are believed."""

from pipeline.components.reconcile import choose, plausible_model_span
from pipeline.spans import Candidate


def test_higher_priority_wins_then_longer():
    text = "柳州飞机场被炸"
    chosen = choose(text, [Candidate(0, 2, "GPE", "lexicon:gazetteer", 30),
                           Candidate(0, 5, "FAC", "rule:fac", 45)])
    assert [(c.start, c.end, c.label) for c in chosen] == [(0, 5, "FAC")]


def test_nothing_inside_a_title_and_no_punctuation_edges():
    text = "见《张自忠将军传》，张自忠殉国。"
    cands = [Candidate(2, 5, "PERSON", "lexicon:person", 35),
             Candidate(10, 13, "PERSON", "lexicon:person", 35),
             Candidate(9, 13, "PERSON", "rule:person", 20)]
    assert [(c.start, c.end) for c in choose(text, cands)] == [(10, 13)]


def test_model_spans_need_evidence_and_only_add():
    text = "布防于东侧，王德明率部至新墙镇，李宗仁"
    model = [Candidate(0, 2, "PERSON", "model", 10),     # 布防: a verb
             Candidate(3, 5, "GPE", "model", 10),        # 东侧: a locative word
             Candidate(6, 9, "PERSON", "model", 10),     # 王德明: surname first
             Candidate(12, 15, "GPE", "model", 10),      # 新墙镇: settlement suffix
             Candidate(16, 19, "PERSON", "model", 10)]   # overlaps the lexicon span below
    assert [plausible_model_span(text, c) for c in model[:4]] == [False, False, True, True]
    rule = Candidate(16, 19, "PERSON", "lexicon:person", 35)
    chosen = choose(text, model + [rule])
    assert [(c.start, c.end, c.source) for c in chosen] == [
        (6, 9, "model"), (12, 15, "model"), (16, 19, "lexicon:person")]


def test_model_loc_is_not_taken_by_default():
    text = "渡过大沙河后"
    assert choose(text, [Candidate(2, 5, "LOC", "model", 10)]) == []
