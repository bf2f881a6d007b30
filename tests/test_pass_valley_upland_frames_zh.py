"""Session 19 round 2 (r19zhplaces): classes seen on round 1's held-out passages, tested with sentences of our own.

Guidelines: a pass is a LOC (spec table; docs: `直至青龙关` is one LOC); `X河谷` is one LOC (session 18); boundary
lines are LOC (session 18, English, read the same in Chinese); QUANTITY: each end of a range its own span, a range's
first end takes its partner's unit and magnitude (`6、7千人` → 6000, 7000; session 13 `五、六百人`).
"""

from __future__ import annotations

import pytest

from pipeline import extract_text


def ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def spans(text, label):
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text)["entities"] if e["label"] == label]


def quantities(text):
    return [(e["text"], e["norm"]["value"], e["norm"]["unit"]) for e in extract_text(text)["entities"]
            if e["label"] == "QUANTITY"]


# --- 1. a pass in a frame of position or after 攻/出: X关 is the pass (LOC), not the county X or the county X关 ---

@pytest.mark.parametrize("text, name", [
    ("援兵赶到偏关那头，天已黑了。", "偏关"),        # a county named after its pass, in a frame of position
    ("敌军集结于壶关前，等待增援。", "壶关"),
    ("两个连扼守潼关下的山口。", "潼关"),
    ("嘉峪关外是一片戈壁。", "嘉峪关"),             # not 关外 (the region) + the city
    ("部队到了武都关那头。", "武都关"),             # not the county 武都 alone
    ("灵丘关外大雪纷飞。", "灵丘关"),
    ("大军出偏关，直趋河套。", "偏关"),
    ("日军连日猛攻壶关，未能得手。", "壶关"),
    ("我军出白马关，向北推进。", "白马关"),         # a character glued before the city 马关: a longer pass name
])
def test_pass_in_frame_is_loc(text, name):
    assert (name, "LOC") in ents(text)
    assert not any(label == "GPE" and (t in name or name in t) for t, label in ents(text))


@pytest.mark.parametrize("text, name", [
    ("部队进驻偏关县城。", "偏关县城"),             # written with 县城: the town
    ("我军攻偏关城，一举克之。", "偏关城"),         # written with 城
    ("援兵赶到韶关前线。", "韶关"),                # 前线 is no position word; 韶关 is a city, no pass
    ("敌机轰炸韶关外围。", "韶关"),
    ("日军猛攻韶关。", "韶关"),                    # a city in 关 that is no pass keeps its reading
])
def test_settlement_readings_kept(text, name):
    assert (name, "GPE") in ents(text)


def test_verb_word_before_the_name_is_no_frame():
    # 出兵|潼关: the verb is 出兵, the name 潼关 (no glued 兵潼关)
    assert not any("兵潼" in t for t, _ in ents("当年曾出兵潼关。"))
    assert not any(t.startswith("取") for t, _ in ents("我军攻取雁门关。"))


def test_no_pass_in_ordinary_words():
    assert not any(label == "LOC" for _, label in ents("大家齐心攻克难关。"))
    assert not any(label == "LOC" for _, label in ents("货物出海关后运走。"))


# --- 3. a river's valley and a region's upland: one LOC ---

def test_river_valley_after_the_whole_river_name():
    assert spans("部队沿雅鲁藏布江河谷西进。", "LOC") == [(3, 10, "雅鲁藏布江河谷")]
    assert ("怒江河谷地", "LOC") in ents("敌人退入怒江河谷地。")


def test_valley_land_of_an_unknown_river():
    assert ("甲秀河谷地", "LOC") in ents("部队进入甲秀河谷地。")
    # 地带 is a word of its own: the valley stays X河谷
    assert ("甲秀河谷", "LOC") in ents("部队进入甲秀河谷地带。")


def test_rivers_listed_before_a_shared_valley_keep_their_names():
    found = ents("主力沿汾河、渭河河谷推进。")
    assert ("汾河", "LOC") in found and ("渭河", "LOC") in found
    assert not any(t.endswith("河谷") for t, _ in found)


def test_region_or_province_upland():
    assert ("川西山地", "LOC") in ents("部队转入川西山地。")
    assert ("云南山地", "LOC") in ents("两军在云南山地反复争夺。")
    assert ("云南山", "LOC") not in ents("两军在云南山地反复争夺。")
    # 山地区 / 山地带: not the upland's name
    assert ("云南山地", "LOC") not in ents("云南山地区交通不便。")


# --- 4. a mountain cut by a county inside it: the longer landform where the words say a height ---

@pytest.mark.parametrize("text, name", [
    ("1941年，石马山失守。", "石马山"),
    ("敌军炮击金马山。", "金马山"),
    ("，黄台山一战，敌伤亡惨重。", "黄台山"),
    ("石龙江守敌弃阵而逃。", "石龙江"),
    ("白玉山高地仍在我手。", "白玉山"),
])
def test_glued_landform_in_words_of_a_height(text, name):
    found = ents(text)
    assert (name, "LOC") in found
    assert (name[1:], "GPE") not in found


def test_glued_surname_without_words_of_a_height_keeps_the_county():
    # a surname glued before a county in 山 with no word of a height: left as it was (张玉山 may be a person)
    assert ("张玉山", "LOC") not in ents("张玉山说明天再来。")


# --- 5. a generic landform after a count or demonstrative: no named range ---

def test_counted_big_snow_mountain_is_no_range():
    found = ents("他们翻越了五座大雪山，这座大雪山终年积雪。")
    assert ("大雪山", "LOC") not in found
    assert ("五座", "QUANTITY") in found


def test_named_range_kept():
    assert ("大雪山", "LOC") in ents("红军翻越大雪山。")
    assert ("夹金山", "LOC") in ents("部队翻越夹金山。")


# --- 6. a transliterated boundary line: one LOC ---

def test_transliterated_boundary_line():
    assert spans("英方划出所谓麦克马洪线，从未被承认。", "LOC") == [(6, 11, "麦克马洪线")]
    found = ents("麦克马洪线以南的地区。")
    assert ("麦克马洪线", "LOC") in found and not any(label == "GPE" for _, label in found)


def test_ordinary_lines_not_read_as_boundary():
    found = ents("敌人突破了南线防线，马其诺防线也没用。")
    assert not any(t.endswith("线") and label == "LOC" for t, label in found)


# --- 7. quantities: a quoted count of myriads; tens ranges written with 、 ---

def test_quoted_count_of_myriads_kept():
    assert quantities("据称共毙伤敌“30余万”人。") == [("30余万", 300000, "")]


def test_quoted_small_number_still_a_name():
    assert quantities("这种步枪俗称“98”。") == []


@pytest.mark.parametrize("text, expected", [
    ("是役歼敌七、八十人。", [("七", 70, "人"), ("八十人", 80, "人")]),
    ("来了三、四十辆坦克。", [("三", 30, "辆"), ("四十辆", 40, "辆")]),
    ("集结五、六十万人。", [("五", 500000, "人"), ("六十万人", 600000, "人")]),
    ("俘敌七、八百人。", [("七", 700, "人"), ("八百人", 800, "人")]),        # the reading the project had
])
def test_tens_range_with_dunhao(text, expected):
    assert quantities(text) == expected


def test_decades_are_no_range_of_counts():
    assert quantities("三、四十年代的战争。") == []


@pytest.mark.parametrize("text", ["人数约二、三十。", "年纪七、八十了。"])
def test_tens_without_a_counted_thing_give_no_lone_first_end(text):
    # the second end counts nothing (no measure word), so the first end is no count either
    assert quantities(text) == []


def test_region_before_guan_is_no_pass_stem():
    # 东北|关外: a region, then the region 关外 (no pass 东北关)
    assert ("东北关", "LOC") not in ents("东北关外天寒地冻。")
