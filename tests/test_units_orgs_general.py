"""General grammar classes of military-history prose (MIL_UNIT, ORG, PERSON).

Every sentence is written for this file with invented names and numbers; tests assert exact spans
(start, end, label) and exact normalised values.
"""

from __future__ import annotations

import pytest

from pipeline import extract_text
from pipeline.rules.units import find_units


def at(text: str, part: str, label: str, pos: int = 0) -> tuple[int, int, str]:
    start = text.index(part, pos)
    return (start, start + len(part), label)


def entities(text: str, labels: tuple[str, ...]) -> list[tuple[int, int, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in labels]


def units(text: str) -> list[tuple[str, list, str, str]]:
    return [(text[c.start:c.end], c.norm["numbers"], c.norm["echelon"], c.norm["prefix"])
            for c in find_units(text)]


# --- MIL_UNIT: direction- and wing-named formations ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("北路军沿河推进，南路军在后。", [("北路军", [], "路军", ""), ("南路军", [], "路军", "")]),
    ("右路军与中路军会师。", [("右路军", [], "路军", ""), ("中路军", [], "路军", "")]),
    ("左翼军佯攻，右翼军主攻。", [("左翼军", [], "军", ""), ("右翼军", [], "军", "")]),
    ("右集团先行，左集团殿后。", [("右集团", [], "集团", ""), ("左集团", [], "集团", "")]),
    ("中路军团渡河。", [("中路军团", [], "军团", "")]),
])
def test_directional_formations(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("东路军第233师向南攻击。", ("东路军第233师", [233], "师", "")),
    ("第8战区左集团奉命东进。", ("第8战区左集团", [8], "集团", "")),
    ("右翼兵团第14军固守。", ("右翼兵团第14军", [14], "军", "")),
])
def test_named_force_with_subordinate_is_one_span(text, expected):
    assert units(text) == [expected]


@pytest.mark.parametrize("text", [
    "山东路军火商云集。",      # 山东 + 路: a street, not 东路军
    "他能够左右集团的决策。",  # 左右 = to sway
    "左集团公司的股票上涨。",
    "右翼军官多有不满。",
    "日本右翼军国主义分子。",
])
def test_directional_words_that_are_no_units(text):
    assert units(text) == []


def test_headquarters_in_the_field_stays_with_its_formation():
    text = "第十一战区前敌总指挥部移驻城北。"
    assert units(text) == [("第十一战区前敌总指挥部", [11], "战区", "")]


# --- MIL_UNIT: Japanese formations named after a commander or a place ------------------------------

@pytest.mark.parametrize("text,part,echelon,prefix", [
    ("敌松井师团一部窜至河边。", "松井师团", "师团", ""),
    ("日军前田部队在镇外集结。", "前田部队", "部队", ""),
    ("山本旅团向西进犯。", "山本旅团", "旅团", ""),
    ("日军冈村支队登陆。", "冈村支队", "支队", ""),
    ("熊本师团自海路来援。", "熊本师团", "师团", ""),
    ("日军广岛混成旅团随后跟进。", "广岛混成旅团", "旅团", "混成"),
])
def test_japanese_named_formations(text, part, echelon, prefix):
    (c,) = find_units(text)
    assert (c.start, c.end) == at(text, part, "")[:2]
    assert (c.norm["echelon"], c.norm["prefix"]) == (echelon, prefix)


@pytest.mark.parametrize("text", [
    "日军5个师团南下。",
    "两个混成旅团在后。",
    "当地部队协助防守。",
    "湖南部队开赴前线。",     # a place before 部队 is only where the troops come from
    "日本师团的编制较大。",   # a country only says whose divisions
    "英国旅团登陆。",
])
def test_counts_and_generic_troops_are_no_named_formations(text):
    assert [u for u in units(text) if not u[1]] == []


# --- ORG: publishers, news agencies, archives, research bodies, party committees -------------------

@pytest.mark.parametrize("text,part", [
    ("此书由湘江文艺出版社于次年出版。", "湘江文艺出版社"),
    ("据桂林新闻社报道，城内秩序如常。", "桂林新闻社"),
    ("相关电报现藏于南京第五历史档案馆。", "南京第五历史档案馆"),
    ("昆明研究院与成都研究所合编资料。", "昆明研究院"),
    ("这批日记后来捐给了长沙图书馆。", "长沙图书馆"),
    ("此事由中共宜昌县委出面调停。", "中共宜昌县委"),
    ("共青团衡山县委组织青年支前。", "共青团衡山县委"),
])
def test_institutions_by_suffix(text, part):
    assert at(text, part, "ORG") in entities(text, ("ORG",))


def test_japanese_research_body_with_its_sub_office_is_one_span():
    text = "据日本防卫厅防卫研究所战史室统计，伤亡甚重。"   # the nation is its own GPE (session 8 reading)
    assert entities(text, ("ORG", "GPE")) == [at(text, "日本", "GPE"), at(text, "防卫厅防卫研究所战史室", "ORG")]


@pytest.mark.parametrize("text", [
    "美国第三大银行宣布合并。",   # a rank (third largest), no name
    "该研究所的经费不足。",
    "县委会决定延期。",
])
def test_generic_institution_words_are_no_names(text):
    assert entities(text, ("ORG",)) == []


def test_communist_party_alone_is_the_party_but_not_a_bound_form():
    text = "国民党与共产党再度合作，共产党员纷纷响应。"
    assert entities(text, ("ORG",)) == [at(text, "国民党", "ORG"), at(text, "共产党", "ORG")]


@pytest.mark.parametrize("text", ["他早年即为中共党员。", "其兄是共产党员。", "国民党人多有不满。"])
def test_party_members_are_bound_forms(text):
    assert entities(text, ("ORG",)) == []


def test_a_foreign_party_is_not_cut_to_its_head():
    text = "秘鲁劳动共产党发表声明。"
    assert at(text, "共产党", "ORG") not in entities(text, ("ORG",))


# --- PERSON: credit lines and a surname + 长官 after the full name ---------------------------------

@pytest.mark.parametrize("text,names", [
    ("编辑：吴子健\n", ["吴子健"]),
    ("作者：钱国梁 责任编辑：郑小川\n", ["钱国梁", "郑小川"]),
    ("撰文/韩立新 摄影/冯博\n", ["韩立新", "冯博"]),
    ("文：谢家宁\n", ["谢家宁"]),
    ("译者：许文远、沈青\n", ["许文远", "沈青"]),
    ("（通讯员 吴子健 记者 钱国梁）", ["吴子健", "钱国梁"]),
])
def test_bylines(text, names):
    expected = [at(text, name, "PERSON") for name in names]
    assert entities(text, ("PERSON",)) == expected


@pytest.mark.parametrize("text", [
    "原文：此事不确。\n",
    "中文：王子\n",          # 原文/中文 end a word: 文 is no credit here
    "作者：佚名\n",
    "作者 不详\n",
])
def test_no_byline(text):
    assert entities(text, ("PERSON",)) == []


def test_surname_with_changguan_after_the_full_name():
    text = "司令长官龚景川坐镇城中，龚长官命令各部固守，宋长官则主张撤退。"
    # 宋 never appeared with a full name: not tagged
    assert entities(text, ("PERSON",)) == [at(text, "龚景川", "PERSON"), at(text, "龚", "PERSON", 9)]


@pytest.mark.parametrize("text,part,echelon", [
    ("日军藤井大队据守高地。", "藤井大队", "大队"),
    ("小野中队在右翼展开。", "小野中队", "中队"),
])
def test_japanese_battalions_and_companies_named_by_surname(text, part, echelon):
    (c,) = find_units(text)
    assert (text[c.start:c.end], c.norm["echelon"]) == (part, echelon)


@pytest.mark.parametrize("text", ["大队长和中队长都到了。", "山中队伍整齐。", "营口大队前来支援。",
                                  "敌以水上部队沿江巡逻。", "隐蔽在河边部队的后方。"])
def test_battalion_words_without_a_japanese_surname(text):
    assert [u for u in units(text) if not u[1]] == []


def test_traditional_script_reads_the_same():
    text = "東路軍第233師向南攻擊，敵松井師團一部竄至河邊。作者：錢國樑\n"
    assert entities(text, ("MIL_UNIT", "PERSON")) == [
        at(text, "東路軍第233師", "MIL_UNIT"), at(text, "松井師團", "MIL_UNIT"), at(text, "錢國樑", "PERSON")]


@pytest.mark.parametrize("text,part", [
    ("原件现存国史馆。", "国史馆"),
])
def test_archives_and_the_library_of_a_body(text, part):
    assert entities(text, ("ORG", "GPE")) == [at(text, part, "ORG")]


def test_library_of_a_nations_body():   # the nation is its own GPE (session 8 reading)
    text = "见日本防卫省防卫研究所图书馆藏档案。"
    assert entities(text, ("ORG", "GPE")) == [at(text, "日本", "GPE"), at(text, "防卫省防卫研究所图书馆", "ORG")]


@pytest.mark.parametrize("text,part,echelon", [
    ("北路军总指挥部设于镇上。", "北路军总指挥部", "路军"),
    ("右翼兵团司令部移驻城北。", "右翼兵团司令部", "兵团"),
    ("松井师团司令部设于县城。", "松井师团司令部", "师团"),
    ("钟国梁兵团司令部随即后撤。", "钟国梁兵团司令部", "兵团"),
])
def test_headquarters_written_with_a_named_formation(text, part, echelon):
    (c,) = find_units(text)
    assert (text[c.start:c.end], c.norm["echelon"]) == (part, echelon)


@pytest.mark.parametrize("text,part", [
    ("县里决定成立抗日救国委员会。", "抗日救国委员会"),
    ("他参加了难民救济委员会的工作。", "难民救济委员会"),
    ("江西省抗敌后援会募集款项。", "江西省抗敌后援会"),
])
def test_wartime_bodies_named_by_purpose(text, part):
    assert entities(text, ("ORG", "GPE")) == [at(text, part, "ORG")]


@pytest.mark.parametrize("text", ["委员会决定延期。", "这是战时的委员会。", "常务委员会开会。"])
def test_committee_without_a_purpose_name(text):
    assert entities(text, ("ORG",)) == []


@pytest.mark.parametrize("text,expected", [
    ("他毕业于中共湖北省委党校。", ["中共湖北省委党校"]),
    ("要切实加强基层党校建设。", []),
])
def test_party_schools(text, expected):
    assert entities(text, ("ORG",)) == [at(text, part, "ORG") for part in expected]


@pytest.mark.parametrize("text,part", [
    ("见《某战记》（台北：史话文学出版社，1979年）。", "史话文学出版社"),
    ("见《某战记》(南京:百川书局,1936)。", "百川书局"),
])
def test_publisher_in_a_citation_imprint(text, part):
    assert at(text, part, "ORG") in entities(text, ("ORG",))
