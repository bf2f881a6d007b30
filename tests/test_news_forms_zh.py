"""Forms of 1940s wire reports (session 13, lead): a day after 上月/本月/同月 is a date; 廿/卅 inside a number
(一百廿余人 = 120); a bearing from a landmark before 之 is no region (运河东南之X); a county's short form before a
direction and a distance (鱼台东北三十里) is the county, and no name is read across the two (台东)."""

from pipeline import extract_text


def _ents(text, label):
    return [(e["text"], e["norm"].get("value")) for e in extract_text(text)["entities"] if e["label"] == label]


def test_a_day_of_a_month_pointed_at_is_a_date():
    assert _ents("敌于上月十五日窜入，我于本月二日收复。", "DATE") == [("十五日", "XXXX-XX-15"), ("二日", "XXXX-XX-02")]
    assert _ents("守城十五日后撤出。", "DATE") == []


def test_twenty_and_thirty_inside_a_number():
    assert _ents("俘敌二百廿余人，毙伤一百卅名。", "QUANTITY") == [("二百廿余人", 220), ("一百卅名", 130)]


def test_a_bearing_from_a_landmark_before_zhi_is_no_region():
    assert _ents("我军收复铁路西北之一小镇。", "LOC") == []
    assert _ents("此地扼东北之咽喉。", "LOC") == [("东北", None)]


def test_a_county_short_form_before_a_bearing_and_a_distance():
    got = [(e["text"], e["label"]) for e in extract_text("攻克单县西南二十里之张集。")["entities"]
           if e["label"] in ("GPE", "LOC")]
    assert ("单县", "GPE") in got
    got = [(e["text"], e["label"]) for e in extract_text("部队进至鱼台东北十五里处。")["entities"] if e["label"] == "GPE"]
    assert got == [("鱼台", "GPE")]


def test_the_variant_ning_of_the_1940s_press():
    got = [(e["text"], e["label"]) for e in extract_text("匪軍破壞北寗路，竄擾遼寗各地。")["entities"]
           if e["label"] in ("FAC", "GPE")]
    assert got == [("北寗路", "FAC"), ("遼寗", "GPE")]
