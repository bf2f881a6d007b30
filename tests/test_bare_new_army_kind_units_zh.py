"""MIL_UNIT forms of session 21's unit audit (s21zhunit): pipeline/rules/bare_new_army_kind_units_zh.py, the 北洋陆军 alias in
pipeline/lexicons/named_units.tsv and the 师 + 大战 look-ahead in pipeline/normalize/unit_grammar.py. Sentences
written for these tests (made-up places and people), exact spans, labels and values. Guideline numbers are those of
../shared/spec/annotation-guidelines.md."""

from __future__ import annotations

import pytest

from sentences import unit_norm as norm, unit_spans as units
from pipeline import extract_text


# a late-Qing 协/标 by its bare number before its commander's post or its station (the finders read only 第N标)
@pytest.mark.parametrize("text, span, number, echelon", [
    ("其时六十三标统带为王某，驻城北。", "六十三标", 63, "标"),
    ("四十一协统领由李某兼任，所部驻江岸。", "四十一协", 41, "协"),
    ("二十九標管帶張某率部出城。", "二十九標", 29, "标"),      # Traditional script
])
def test_bare_new_army_units(text, span, number, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == [number] and norm(text, span)["echelon"] == echelon


def test_bare_new_army_negatives():
    # a common word after 协/标 stays a word; no New Army post or 镇 in the text: no reading
    assert units("双方签订了二十三协议，统带亦在场。") == []
    assert units("三十五标准件运到仓库。") == []
    assert units("六十三标出现在地图上。") == []
    # a one-character numeral is no designation here
    assert units("十标统带某某到任。") == []


# guideline 3: a unit named by its kind right after its numbered parent, with the battalions written after it
@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("次年编入第9师补充团，开赴前线。", "第9师补充团", [9], "团", "补充"),
    ("第十二军教导旅随即北上。", "第十二军教导旅", [12], "旅", "教导"),
    ("他调到第3师补充团第二营任职。", "第3师补充团第二营", [3, 2], "营", "补充"),
    ("该连后来编入第7师皖南支队。", "第7师皖南支队", [7], "支队", ""),
    ("新四军五师警卫团驻防山中。", "新四军五师警卫团", [5], "团", "警卫"),
])
def test_kind_named_tails(text, span, numbers, echelon, prefix):
    assert units(text) == [span]
    h = norm(text, span)
    assert h["numbers"] == numbers and h["echelon"] == echelon and h["prefix"] == prefix


def test_kind_named_alone_and_named_parent():
    assert units("不久东北抗联独立旅改编为第五军。") == ["东北抗联独立旅", "第五军"]
    # negatives: a post after the tail is no unit extent; an 独立 that is no unit word stays out
    assert units("第9师独立自主地作战。") == ["第9师"]
    assert "第9师补充团长" not in units("第9师补充团长王某阵亡。")


# guideline 4: bare numbers typed with commas before one echelon word are one list (numbers expanded)
def test_comma_lists():
    text = "该师辖31,32,33团及炮兵营。"
    assert units(text) == ["31,32,33团"]
    assert norm(text, "31,32,33团")["numbers"] == [31, 32, 33]
    # negatives: a falling list or a thousands separator is no list
    assert units("共1,000,000团员参加。") == []


# named forces: 北洋陆军 is the Beiyang Army (named_units.tsv); a division before 大战 is a unit (unit_grammar)
def test_beiyang_and_division_before_battle():
    assert units("张某所部编入北洋陆军，驻防关外。") == ["北洋陆军"]
    assert units("随后七十七师大战某某集。")[0] == "七十七师"
    assert not any(x["label"] == "MIL_UNIT" for x in extract_text("她考入华东师大战略研究所。", "t")["entities"])


# guideline 15 (an HQ written with its formation is part of it): a 军团 or 纵队 with its 部
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("部队以红五军团部为核心整编。", "红五军团部", [5], "军团"),
    ("第七纵队部设在某某村。", "第七纵队部", [7], "纵队"),
    ("新四军第二纵队部随后转移。", "新四军第二纵队部", [2], "纵队"),
])
def test_legion_and_column_hqs(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_legion_hq_negatives():
    # 部分, 部队, 部长 after the unit are other words
    assert units("红五军团部分干部留下。") == ["红五军团"]
    assert units("第七纵队部队向南出发。") == ["第七纵队"]


# a late-Qing New Army regiment named by its arm (炮标, 马标) before its commander's post
def test_arm_regiments():
    text = "炮标统带某某与马标管带某某同日到任。"
    assert units(text) == ["炮标", "马标"]
    assert norm(text, "炮标")["prefix"] == "炮兵" and norm(text, "马标")["echelon"] == "标"
    # negative: 目标, 指标 are words; without a New Army post nothing is read
    assert units("炮标出现在图上。") == []
    assert units("这一目标统带全局。") == []


# a region-named detachment after a preposition: the preposition stays outside
@pytest.mark.parametrize("text, span", [
    ("后由冀鲁支队接防该镇。", "冀鲁支队"),
    ("该连归皖北支队指挥。", "皖北支队"),
])
def test_region_detachments_after_prepositions(text, span):
    assert units(text) == [span]
    assert norm(text, span)["echelon"] == "支队"


def test_region_detachment_negatives():
    # a surname-named detachment keeps the finder's reading
    assert units("由张某支队接防。") == ["张某支队"]


# named guerrilla units of the war histories (named_units.tsv); nothing inside a title
def test_named_guerrilla_units():
    assert units("铁道游击队在某某车站一带活动。") == ["铁道游击队"]
    assert units("雁翎队在湖上伏击了运输船。") == ["雁翎队"]
    assert units("他看过《铁道游击队》这部电影。") == []


# 补充 (supplementary) before a numbered unit is its qualifier (unit_prefixes.tsv), like 独立 and 暂编
def test_supplementary_prefix():
    text = "他后来任补充2旅参谋主任。"
    assert units(text) == ["补充2旅"]
    assert norm(text, "补充2旅")["prefix"] == "补充" and norm(text, "补充2旅")["numbers"] == [2]
    assert units("补充第三团开到江边。") == ["补充第三团"]
    # negatives: a count after the verb 补充 stays a count
    assert units("上级为前线补充2个团。") == []
    assert units("他补充了两团兵力。") == []
