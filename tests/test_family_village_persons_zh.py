"""family_village_persons_zh (session 31, w31zhconf): surname + 家 + a settlement or stream head read as a person is
the family's village (GPE). Sentences written for these tests; the villages are made up."""

from pipeline import extract_text
from pipeline.rules.family_village_persons_zh import relabel_family_villages
from pipeline.spans import Candidate


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_village_after_a_qing_post_word():
    text = "第一支队守备孟家宅西端，第二支队守备孟家宅、齐家桥。"
    ents = _ents(text)
    assert ("孟家宅", "PERSON") not in ents
    assert ents.count(("孟家宅", "GPE")) == 2


def test_village_named_after_a_verb_of_naming():
    for text, name in (("村民同意，称韦家拐。", "韦家拐"), ("村民同意，称孙家拐。", "孙家拐")):
        ents = _ents(text)
        assert (name, "GPE") in ents
        assert (name, "PERSON") not in ents


def test_unit_function_relabels_only_the_village_shape():
    text = "甲说：韦家拐的人来了。"
    chosen = [Candidate(3, 6, "PERSON", "rule:test", 20)]
    out = relabel_family_villages(text, chosen)
    assert [(text[c.start:c.end], c.label) for c in out] == [("韦家拐", "GPE")]


def test_given_name_after_jia_stays_a_person():
    # negative: 家 + a given-name character (骐, 钰) is a person's name
    text = "刘家骐将军到达前线。"
    assert ("刘家骐", "PERSON") in _ents(text)
    chosen = [Candidate(0, 3, "PERSON", "rule:test", 20)]
    assert relabel_family_villages(text, chosen) == chosen


def test_four_character_names_are_left():
    # negative: only surname + 家 + head (three characters) is read so
    text = "欧阳家河口"
    chosen = [Candidate(0, 4, "PERSON", "rule:test", 20)]
    assert relabel_family_villages(text, chosen) == chosen
