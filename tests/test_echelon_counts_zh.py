"""Counts of formations written without 个 after a word of counting (约4大队, 每1大队) are QUANTITY, not bare
designations; and Japanese officers with a surname no list has but a given name only Japanese has (虎二郎)."""

from pipeline import extract_text


def _ents(text, label):
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text)["entities"] if e["label"] == label]


def test_counted_formations_without_ge_are_quantities():
    text = "该支队由步兵约3大队组成，每1中队配属机枪4挺，另编为2联队。"
    got = [(e["text"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"])
           for e in extract_text(text)["entities"] if e["label"] == "QUANTITY"]
    assert got == [("约3大队", 3, "大队", "about"), ("1中队", 1, "中队", None), ("4挺", 4, "挺", None),
                   ("2联队", 2, "联队", None)]
    assert _ents(text, "MIL_UNIT") == []


def test_a_designation_stays_a_unit():
    text = "第3大队与步兵第二旅团2大队会合。"
    assert [t for _, _, t in _ents(text, "MIL_UNIT")] == ["第3大队", "步兵第二旅团2大队"]
    assert _ents(text, "QUANTITY") == []


def test_japanese_officer_with_an_unlisted_surname_before_his_rank():
    assert _ents("右翼队，石堂虎之助少将指挥，于拂晓出发。", "PERSON") == [(4, 9, "石堂虎之助")]
    assert _ents("左翼队，洪井忠三郎大佐指挥。", "PERSON") == [(4, 9, "洪井忠三郎")]
    # the ending alone after a character that is no boundary does not start a name there
    assert (5, 9, "田熊二郎") not in _ents("右翼队，盘田熊二郎少将指挥。", "PERSON")


def test_verbs_after_a_post_or_between_ranks_are_no_names():
    assert _ents("战后统计，共有9名将官毙命于此。", "PERSON") == []
    assert _ents("阵亡的大佐追赠少将者不在此列。", "PERSON") == []


def test_a_region_where_forces_are_stationed_before_their_count():
    text = "当时日军驻西南3个师团，驻东北5个师团。"
    assert [t for _, _, t in _ents(text, "LOC")] == ["西南", "东北"]
    assert _ents("部队驻地东北5公里处有一座桥。", "LOC") == []


def test_a_counted_squad_is_a_formation_count():
    got = [(e["text"], e["norm"]["unit"]) for e in extract_text("敌人两个班守桥，我们派三个班长去侦察。")["entities"]
           if e["label"] == "QUANTITY"]
    assert got == [("两个班", "个班"), ("三个", "个")]
