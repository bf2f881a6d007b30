"""A name-like string the document repeats (pipeline/rules/person_repeated_names.py)."""

from pipeline import extract_text


def _persons(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_repeated_veteran_without_title():
    text = "那年冬天,老兵的亲戚柴秋今来到村里。柴秋今记得,舅舅临终前还念叨着连队。"
    spans = _persons(text)
    assert (10, 13) in spans and (18, 21) in spans


def test_single_mention_stays_out():
    text = "那年冬天,老兵的亲戚柴秋今来到村里,说舅舅临终前还念叨着连队。"
    assert (10, 13) not in _persons(text)


def test_repeated_route_is_no_name():
    text = "部队破袭的只是石太路,主力则以石太路为重点。"
    assert _persons(text) == []


def test_repeated_sea_and_village_are_no_names():
    text = "飞机落入白犬洋。白犬洋南方海面风浪很大。部队在乔家窝堡宿营,次日离开乔家窝堡。"
    assert _persons(text) == []


def test_repeated_pass_reads_only_repeated_three_characters():
    # scored_names(repeated=True) skips surnames whose three characters stand once: the same readings of three or
    # more characters written twice as the full pass gives (perf22)
    from pipeline.rules.person_likeness import scored_names
    from pipeline.rules.person_repeated_names import FLOOR

    text = "那年冬天,老兵的亲戚柴秋今来到村里,王德发也来了。柴秋今记得,舅舅临终前还念叨着连队和李长顺。"
    full = scored_names(text, [], FLOOR)
    only = scored_names(text, [], FLOOR, repeated=True)
    assert set(only) <= set(full)
    assert [r for r in full if r[2] - r[1] >= 3 and text.count(text[r[1]:r[2]]) >= 2] == \
        [r for r in only if r[2] - r[1] >= 3 and text.count(text[r[1]:r[2]]) >= 2]
    assert {text[s:e] for _, s, e in only} == {"柴秋今"}
