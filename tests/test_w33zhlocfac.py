"""Session 33 (w33zhlocfac): readings of place labels and extents read across development sets. Made-up sentences."""
from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


# ---- session 33 (w33zhlocfac), places.THEATRE_KINDS: a region of China before 战场 is the region alone
def test_region_before_theatre_word_is_the_region():
    text = "这是华中战场上规模最大的一次会战。"
    assert ("华中", "LOC") in _spans(text)
    assert not any(t.endswith("战场") for t, _ in _spans(text))


def test_ocean_theatre_keeps_its_head():
    text = "美军在太平洋战场节节推进。"
    assert ("太平洋战场", "LOC") in _spans(text)


# ---- places._landform_part: a part word glued after a known landform is one LOC with it
def test_known_river_valley_is_one_loc():
    text = "游击队利用永定河谷的落差打伏击。"
    assert ("永定河谷", "LOC") in _spans(text)


def test_known_range_with_shanmai_is_one_loc():
    text = "密营设在小兴安岭山脉深处。"
    assert ("小兴安岭山脉", "LOC") in _spans(text)


def test_known_mountain_summit_is_one_loc():
    text = "炮兵集中轰击泰山顶，步兵随即冲锋。"
    assert ("泰山顶", "LOC") in _spans(text)


def test_known_pass_mouth_is_left():
    # a pass's 口 stays outside (the reading of tests/test_pass_village_forms_zh)
    text = "两军反复争夺娘子关口，伤亡甚重。"
    assert ("娘子关", "LOC") in _spans(text)


def test_summit_before_shang_is_left():
    # 山顶上 reads as a place on the mountain: the mountain alone
    text = "他登上泰山顶上远望。"
    assert ("泰山", "LOC") in _spans(text)
    assert not any(t == "泰山顶" for t, _ in _spans(text))


def test_river_mouth_is_left():
    # a river's 口 is split between the sets: the river alone stays
    text = "舰队驶入黄河口外。"
    assert not any(t == "黄河口" for t, _ in _spans(text))
