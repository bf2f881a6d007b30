"""Chinese ORG, MIL_UNIT and FAC readings of mission societies and orders, local offices of relics and culture,
the Nationalist party's local organs and department heads, place-named security units and historic sites
(pipeline/rules/mission_company_names_zh.py, org_patterns.py, org_local_bodies.py, org_ministries.py,
place_security_units_zh.py, site_names_zh.py, facilities.py). Sentences written for these tests; exact spans,
labels and values, and what must not be tagged."""

from __future__ import annotations

import pytest

from sentences import ents, exact, labelled_norm


# --- mission societies and Catholic orders (ORG) ---------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("美北长老会在登州设立学堂。", "美北长老会"),
    ("此后美南浸信会也派人来到黄县。", "美南浸信会"),
    ("1880年,苏格兰长老会教士来到奉天。", "苏格兰长老会"),
    ("爱尔兰长老会在营口开教。", "爱尔兰长老会"),
    ("美国南方浸信会的教士抵达烟台。", "美国南方浸信会"),
    ("美国北长老会随后也来了。", "美国北长老会"),
    ("挪威新教信义会在益阳建堂。", "挪威新教信义会"),
    ("瑞典行道会在沙市传教。", "瑞典行道会"),
    ("礼贤会与巴色会在东莞传教。", "礼贤会"),
    ("礼贤会与巴色会在东莞传教。", "巴色会"),
    ("遣使会、多明我会与方济各会相继进入福建。", "多明我会"),
    ("巴黎外方传教会接管了教务。", "巴黎外方传教会"),
    ("中华基督教会在县城设堂。", "中华基督教会"),
    ("政治部设在原礼贤会会址内。", "礼贤会"),
    ("他后来加入了长老会。", "长老会"),
])
def test_mission_societies_and_orders(text, span):
    exact(text, span, "ORG")


def test_a_member_of_an_order_is_no_body():
    assert ("耶稣会士", "ORG") not in ents("耶稣会士某某来华后学习中文。")
    assert not any(label == "ORG" for _, label in ents("耶稣会士某某来华后学习中文。"))
    assert ("长老会", "ORG") not in ents("他参加了长老会议。")


# --- local offices of relics, culture and records (ORG) --------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("日前,醴陵县文物所派人来到现场。", "醴陵县文物所"),
    ("湘乡市文物管理局公布了名单。", "湘乡市文物管理局"),
    ("茶陵县文化馆保存了这块碑。", "茶陵县文化馆"),
    ("据攸县史志办介绍,碉堡建于1939年。", "攸县史志办"),
    ("浏阳县文物保护中心的工作人员正在清理。", "浏阳县文物保护中心"),
])
def test_local_relic_and_culture_offices(text, span):
    exact(text, span, "ORG")


def test_an_office_without_its_place_is_no_name():
    assert not any(label == "ORG" for _, label in ents("县文物所的人说,当地文化馆很小。"))


# --- the Nationalist party's local organs (ORG) ----------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1928年成立中国国民党江西省宁都县党务指导委员会。", "中国国民党江西省宁都县党务指导委员会"),
    ("次年改为国民党宁都县整理委员会。", "国民党宁都县整理委员会"),
    ("筹备处后改为国民党瑞金县执行委员会。", "国民党瑞金县执行委员会"),
    ("1927年成立国民党瑞金临时县党部。", "国民党瑞金临时县党部"),
    ("中国国民党江西省瑞金县党部成立。", "中国国民党江西省瑞金县党部"),
    ("安徽省直属宁国县党务整理委员会成立。", "安徽省直属宁国县党务整理委员会"),
])
def test_party_local_organs(text, span):
    exact(text, span, "ORG")


def test_a_generic_committee_without_the_party_or_place_is_no_organ():
    assert ("宁都县执行委员会", "ORG") not in ents("宁都县执行委员会召开会议。")
    assert not any(label == "ORG" for _, label in ents("县党务指导委员会下设三个部。"))


def test_local_party_department_heads_are_posts():
    text = "张甲等5人任国民党瑞金县党部执行委员,常务部长张甲,组织部长李乙,宣传部长王丙,工商部长赵丁。"
    found = ents(text)
    assert ("国民党瑞金县党部", "ORG") in found
    assert not any(label == "ORG" and surface.endswith("部") and surface != "国民党瑞金县党部" for surface, label in found)
    # a minister of the national government keeps his ministry
    exact("1928年,孔祥熙任工商部长。", "工商部", "ORG")


# --- security units named with their place (MIL_UNIT) ----------------------------------------------------------

@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("江西省保安第三团随后赶到。", "江西省保安第三团", [3], "团"),
    ("湖南保安五团攻入县城。", "湖南保安五团", [5], "团"),
    ("宁都县保安第一大队开到城外。", "宁都县保安第一大队", [1], "大队"),
    ("江西省保安二团团长某某阵亡。", "江西省保安二团", [2], "团"),
])
def test_place_security_units(text, span, numbers, echelon):
    exact(text, span, "MIL_UNIT")
    norm = labelled_norm(text, span, "MIL_UNIT")
    assert norm["numbers"] == numbers and norm["echelon"] == echelon and norm["prefix"] == "保安"


def test_security_troops_without_a_number_or_place():
    assert not any(label == "MIL_UNIT" and "省" in surface for surface, label in ents("各省保安团均受命开拔。"))
    assert not any(label == "MIL_UNIT" for _, label in ents("江西省保安团长某某到任。"))


# --- historic sites (FAC) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1、 甲乙村新四军司令部旧址位于江苏省宜兴市。", "甲乙村新四军司令部旧址"),
    ("2、中共宁都县委旧址位于宁都县城。", "中共宁都县委旧址"),
    ("3. 红军总部旧址位于瑞金市叶坪乡。", "红军总部旧址"),
    ("1934年,红三、五军团指挥部旧址被确定。", "红三、五军团指挥部旧址"),
    ("参观了第一、二支队司令部旧址。", "第一、二支队司令部旧址"),
    ("这里是侵华日军第七三一部队旧址。", "侵华日军第七三一部队旧址"),
])
def test_sites_named_by_their_bodies(text, span):
    exact(text, span, "FAC")


@pytest.mark.parametrize("text", [
    "司令部旧址由主楼、礼拜堂和纪念碑组成。",
    "如此完整的日军侵华遗址在县内还是首次发现。",
    "这是一处日军侵华罪证遗址。",
    "次日又焚毁法国天主教教堂三所。",
])
def test_generic_sites_and_churches_are_no_names(text):
    assert not any(label == "FAC" for _, label in ents(text))


# --- named water works and quoted structures (FAC) ---------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1958年,全县兴建了跃进水库、胜利水库和东方红水电站。", "跃进水库"),
    ("1958年,全县兴建了跃进水库、胜利水库和东方红水电站。", "胜利水库"),
    ("1958年,全县兴建了跃进水库、胜利水库和东方红水电站。", "东方红水电站"),
    ("1966年动工修建的幸福渠全长七十公里。", "幸福渠"),
    ("全县开挖了幸福渠和跃进渠,又修建了东风渠。", "东风渠"),
    ("1975年,甲乙水库和丙丁滩水库先后溃坝。", "丙丁滩水库"),
    ("日军修筑了“平安桥”,当地人称为“鬼子桥”。", "鬼子桥"),
])
def test_water_works_and_quoted_structures(text, span):
    exact(text, span, "FAC")


def test_every_mention_of_a_quoted_structure():
    text = "日军修筑了“平安桥”。后来平安桥被洪水冲毁。"
    exact(text, "平安桥", "FAC", 0)
    exact(text, "平安桥", "FAC", 1)


@pytest.mark.parametrize("text", [
    "公社修建了一座小型水库,又开挖水渠,建了发电站和水电站。",
    "他走“后门”进了工厂,住进“大楼”。",
    "武秀才渠某某是拳民首领,官兵并获贼渠。",
    "当地人称那道山谷为“剑门”。",
])
def test_kinds_words_and_chiefs_are_no_works(text):
    assert not any(label == "FAC" for _, label in ents(text))


# --- risings named by their place and who rose (EVENT) -----------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1927年,浏阳农民起义失败,醴陵工人暴动随之而起。", "浏阳农民起义"),
    ("1927年,浏阳农民起义失败,醴陵工人暴动随之而起。", "醴陵工人暴动"),
    ("同年又发生了桂东农民暴动。", "桂东农民暴动"),
    ("特委领导的海南岛总起义爆发。", "海南岛总起义"),
    ("闽西四大暴动震撼八闽。", "闽西四大暴动"),
    ("贵州苗民起义也爆发了。", "贵州苗民起义"),
])
def test_risings_by_place_and_who_rose(text, span):
    exact(text, span, "EVENT")


@pytest.mark.parametrize("text", [
    "他们领导农民起义,各县农民暴动此起彼伏。",
    "中国农民起义史源远流长。",
    "1928年领导了宁都农民武装暴动。",
])
def test_unnamed_risings(text):
    assert not any(label == "EVENT" for _, label in ents(text))


# --- a place's wartime, relief and native-place societies (ORG) ---------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1938年,醴陵县抗敌后援会成立。", "醴陵县抗敌后援会"),
    ("湘乡旅省同乡会也捐了款。", "湘乡旅省同乡会"),
    ("1937年,平江县救国会和浏阳县赈济会相继成立。", "浏阳县赈济会"),
    ("嘉定同乡会派人参加了大会。", "嘉定同乡会"),
])
def test_place_societies(text, span):
    exact(text, span, "ORG")


def test_societies_without_a_place_are_kinds():
    assert not any(label == "ORG" for _, label in ents("他们成立了后援会,又去同乡会求助。"))


# --- edges: an aspect particle after a verb of founding; a county's school after 于 (ORG / GPE) ------------------

def test_aspect_particle_after_founding_verb_is_outside():
    exact("1950年,县里成立了新华书店。", "新华书店", "ORG")


def test_county_school_after_yu_keeps_the_county():
    text = "他先后就读于醴陵县立简易师范和渌江中学。"
    found = ents(text)
    assert ("陵县", "GPE") not in found
    exact(text, "醴陵县立简易师范", "ORG")
    exact("他生于醴陵县,后来向醴陵县投递书函。", "醴陵县", "GPE", 1)
    exact("她后来到长沙县立初级中学教书。", "长沙县立初级中学", "ORG")


# --- mission and charity hospitals (ORG) -------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1941年,她在福音医院当护士,后来到仁济医院。", "福音医院"),
    ("1941年,她在福音医院当护士,后来到仁济医院。", "仁济医院"),
    ("他又去了普爱医院。", "普爱医院"),
    ("北京协和医院很有名。", "北京协和医院"),
])
def test_mission_hospitals(text, span):
    exact(text, span, "ORG")


def test_a_kind_of_hospital_is_no_name():
    assert not any(label == "ORG" for _, label in ents("他们还办了教会医院和野战医院。"))


# --- state factories of 1949-1979 (FAC) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1958年,株洲冶炼厂相继投产,洛阳拖拉机厂也建成了。", "株洲冶炼厂"),
    ("1958年,株洲冶炼厂相继投产,洛阳拖拉机厂也建成了。", "洛阳拖拉机厂"),
    ("他在株洲机车车辆厂当工人,后来调到长沙第一纺织厂。", "长沙第一纺织厂"),
    ("1970年,国营七一二厂迁到山区。", "国营七一二厂"),
])
def test_state_factories(text, span):
    exact(text, span, "FAC")


def test_a_country_s_or_every_place_s_factories_are_no_name():
    assert not any(label == "FAC" for _, label in ents("日本纱厂和美国汽车厂,各地化肥厂。"))


# --- disasters and attacks named by their place (EVENT) -----------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("1940年宁波细菌战造成数百人死亡。", "宁波细菌战"),
    ("1920年海原大地震震惊全国。", "海原大地震"),
    ("1931年江淮大水灾后,灾民四散。", "江淮大水灾"),
])
def test_place_disasters_and_attacks(text, span):
    exact(text, span, "EVENT")


def test_a_body_named_after_the_event_keeps_its_name():
    exact("常德细菌战受害者协会成立。", "常德细菌战受害者协会", "ORG")


@pytest.mark.parametrize("text", ["河南的大饥荒使千万人逃荒。", "各地大火不断。", "一场大火烧了三天。"])
def test_unnamed_disasters(text):
    assert not any(label == "EVENT" for _, label in ents(text))
