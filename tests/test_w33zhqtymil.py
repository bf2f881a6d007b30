"""Session 33 (w33zhqtymil), Chinese QUANTITY classes read across development sets:

- two neighbouring digits without a magnitude before a measure word (六七名, 四五天, 五六个钟头) are one QUANTITY,
  valued at the first digit with approx about (quantity_ranges.counted_digit_pair);
- 半月 followed by a word of duration (半月来, 达半月之久, 半月之内) is a QUANTITY of half a month
  (years_months_durations_zh.find_half_months).

Sentences written for these tests (made-up names and places).
"""

import pytest

from pipeline import extract_text


def _quantities(text):
    return [(text[e["start"]:e["end"]], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"])
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "QUANTITY"]


@pytest.mark.parametrize("text, span, value, unit", [
    ("哨兵刚出村就被六七名伪军盯上了。", "六七名", 6, "名"),
    ("我们在山洞里躲了四五天才出来。", "四五天", 4, "天"),
    ("连夜赶路,又走了五六个钟头才到石桥镇。", "五六个钟头", 5, "个钟头"),
    ("沿河的堡垒约有五六处,都已毁坏。", "五六处", 5, "处"),
    ("敌军约五六百人。", "约五六百人", 500, "人"),
    ("游击队在那里坚持了三四个月。", "三四个月", 3, "个月"),
    ("村口只剩七八人把守。", "七八人", 7, "人"),
    ("敵軍僅派出六七名騎兵偵察。", "六七名", 6, "名"),
])
def test_neighbouring_digits_count_with_their_measure_word(text, span, value, unit):
    got = [q for q in _quantities(text) if q[0] == span]
    assert got == [(span, value, unit, "about")]


@pytest.mark.parametrize("text, not_span", [
    ("同年八九月间,匪部窜入县境。", "八九月"),          # two months: a date's words, no count
    ("村里乱七八糟,没有一个人。", "七八"),              # an idiom
    ("这一仗十之八九要败。", "八九"),                   # a share
    ("他们往返了三四次。", "三四次"),                   # how often: vague (rule 14, 数次)
    ("村里四五个人都跑了。", "四五个"),                 # bare 个: no measure word
    ("一二八事变后,部队北撤。", "一二八"),              # 一二 opens designations and names
    ("晚上七八点钟,枪声又起。", "七八点"),              # a time of day
    ("两三天后他们回来了。", "两三天"),                 # 两三 stays a vague count
    ("壕沟里积水七八尺深。", "七八尺"),                 # a measure of length, not a count
])
def test_neighbouring_digits_that_count_nothing(text, not_span):
    assert all(not_span not in q[0] for q in _quantities(text))


def test_a_designation_of_neighbouring_digits_stays_a_unit():
    ents = extract_text("第三四五团随即出发。", rules_only=True)["entities"]
    assert [(e["text"], e["label"]) for e in ents] == [("第三四五团", "MIL_UNIT")]


@pytest.mark.parametrize("text, start", [
    ("青石村的农民,半月来已捉到溃兵十余人。", 7),
    ("这次展览在县城持续,达半月之久。", 11),
    ("援军兵分两路,半月之内连下三城。", 7),
    ("部队在河边休整,半月后才继续北上。", 8),
    ("援軍兵分兩路,半月之內連下三城。", 7),
])
def test_half_a_month_as_a_duration(text, start):
    got = [(e["start"], e["end"], e["label"], e["norm"]["value"], e["norm"]["unit"])
           for e in extract_text(text, rules_only=True)["entities"] if text[e["start"]:e["end"]] == "半月"]
    assert got == [(start, start + 2, "QUANTITY", 0.5, "月")]


@pytest.mark.parametrize("text", [
    "阵地修成半月形,两翼伸向河岸。",      # a shape
    "他在城里办了一份半月刊。",           # a magazine
    "到九月上半月,援军才陆续赶到。",      # a part of a month (DATE)
    "下半月内,雨一直没停。",              # a part of a month
])
def test_half_a_month_that_is_no_duration(text):
    assert not [e for e in extract_text(text, rules_only=True)["entities"]
                if text[e["start"]:e["end"]] == "半月" and e["label"] == "QUANTITY"]


@pytest.mark.parametrize("text, span", [
    ("县大队和区中队这两支队伍后来合编为独立团。", "两支"),
    ("游击区里一百多支队伍分头出击。", "一百多支"),
    ("各县独立大队3支队伍共三百余人。", "3支"),
    ("敌人又调来两支部队增援。", "两支"),
])
def test_a_count_of_troops_with_zhi(text, span):
    got = [(e["text"], e["label"], e["norm"]["unit"]) for e in extract_text(text, rules_only=True)["entities"]
           if e["text"].startswith(span)]
    assert got == [(span, "QUANTITY", "支")]


@pytest.mark.parametrize("text, span, label", [
    ("新四军3支队到达茅山。", "新四军3支队", "MIL_UNIT"),   # a designation: 支队 stays the echelon
    ("两支队各派一个营。", "两支队", "QUANTITY"),          # two detachments, counted with their echelon
])
def test_zhi_before_dui_without_wu_stays_a_detachment(text, span, label):
    assert (span, label) in [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_zhi_before_a_party_branch_is_no_count():
    assert not [e for e in extract_text("村里成立了两支部。", rules_only=True)["entities"] if e["label"] == "QUANTITY"]


# place_kind_force_names_zh: a people's resistance force named by a stem the gazetteer need not hold
@pytest.mark.parametrize("text, span", [
    ("甲村的壮丁队和惠宝人民抗日游击总队,后来合编。", "惠宝人民抗日游击总队"),
    ("先后组建东宝人民抗日游击大队,开赴前线。", "东宝人民抗日游击大队"),
    ("1947年7月任会稽山人民抗暴游击司令部联络员。", "会稽山人民抗暴游击司令部"),
    ("先后组建了新(会)鹤(山)人民抗日游击队第二大队。", "新(会)鹤(山)人民抗日游击队第二大队"),
])
def test_a_peoples_resistance_force_keeps_its_stem(text, span):
    assert (span, "MIL_UNIT") in [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text", [
    "广大人民抗日游击队员奋勇作战。",     # the people at large: no place
    "全县人民抗日情绪高涨。",             # no force head
    "当地人民抗日游击队的配合下,敌退。",  # a common word before it
])
def test_no_resistance_force_without_a_stem(text):
    assert not [e for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "MIL_UNIT"]


def test_a_county_security_command_is_no_guerrilla_command():
    assert not [e for e in extract_text("甲县保安司令部设在城内。", rules_only=True)["entities"]
                if e["label"] == "MIL_UNIT" and e["text"].endswith("司令部") and e["text"].startswith("甲")]
