"""A Chinese name read into the verb or adverb after it is ended before the verb (person_verb_ends_zh and
person_name_ends.CLAUSE_VERBS, session 27, s27mine). Sentences written for this test; the names are made up."""

from __future__ import annotations

from pipeline import extract_text
from pipeline.rules.person_verb_ends_zh import CLAUSE_VERBS, trim_clause_verbs
from pipeline.spans import Candidate


def persons(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text, "t")["entities"] if e["label"] == "PERSON"]


def test_name_before_clause_verb():
    assert persons("营长孙立仅率十余人突围。") == ["孙立"]
    assert persons("巡抚刘承阅视各营。") == ["刘承"]
    assert "欧阳正" in persons("敌人搜捕时，欧阳正沉着应对，脱险而去。")


def test_names_kept():
    assert persons("团长吴子明率部出击。") == ["吴子明"]
    assert persons("副官郑光远很快赶到。") == ["郑光远"]


def test_trim_on_chosen_spans():
    text = "知县马德昌奏请开仓。"
    cand = Candidate(2, 6, "PERSON", "rule:test", 20)          # 马德昌奏 read as one name
    assert [(c.start, c.end) for c in trim_clause_verbs(text, [cand])] == [(2, 5)]
    # a one-character given name is never cut to the surname alone; other labels are left as they are
    assert [(c.start, c.end) for c in trim_clause_verbs("县民王奏", [Candidate(2, 4, "PERSON", "rule:test", 20)])] == [(2, 4)]
    kin = Candidate(4, 7, "PERSON", "rule:test", 20)           # 伯伯讲: a kin word, never cut into a "name"
    assert trim_clause_verbs("常听叔叔伯伯讲故事", [kin]) == [kin]
    place = Candidate(0, 3, "GPE", "rule:test", 30)
    assert trim_clause_verbs("石门督", [place]) == [place]


def test_clause_verbs_end_no_real_name():
    assert "很" in CLAUSE_VERBS and "仅" in CLAUSE_VERBS
    assert not CLAUSE_VERBS & set("遇封旋留归")     # 熊明遇, 郭待封, 王凯旋, 曾留: the last characters of real names
