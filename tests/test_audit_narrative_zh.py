"""Classes found by auditing Chinese narrative pages (memoirs, oral histories, county-gazetteer bandit chapters):
sentences written for these tests; exact spans (start, end, label)."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def ents(text: str, label: str) -> list[tuple[str, int, int]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"]) for e in record["entities"] if e["label"] == label]


@pytest.mark.parametrize("text, span", [
    ("我叫李长顺，老家在冀中平原。", "李长顺"),          # 长顺 is also a county: the frame decides
    ("他笑着说：“我叫王有才，今年十九岁。”", "王有才"),
    ("本人叫欧阳德明，一九三八年参军。", "欧阳德明"),
    ("我的名字叫周福，是民兵队长。", "周福"),
])
def test_self_introduction_is_a_person(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "PERSON")
    assert not [e for e in ents(text, "GPE") if start <= e[1] < start + len(span)]


@pytest.mark.parametrize("text", ["我叫他快走。", "我叫来人。", "我叫上几个人一起去。"])
def test_self_introduction_needs_a_name(text):
    assert ents(text, "PERSON") == []


@pytest.mark.parametrize("text, span", [
    ("匪首王保山率部逃窜。", "王保山"),               # not the county 保山
    ("匪首“座山雕”张乐山被活捉。", "张乐山"),          # a nickname in quotes between
    ("股匪张德林部被歼。", "张德林"),
    ("另有石桥乡陈光明匪部二百余人。", "陈光明"),
    ("刘德明股匪窜入山中。", "刘德明"),
])
def test_bandit_leaders_are_persons(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "PERSON")


@pytest.mark.parametrize("text", ["歼灭残余匪部三十余人。", "于是该匪部溃散。"])
def test_bandit_band_without_a_name(text):
    assert ents(text, "PERSON") == []


def test_preposition_xiang_before_a_three_character_word_is_no_surname():
    text = "主席向全世界宣告。"
    assert ents(text, "PERSON") == []
    text = "连长向全福带领一排冲锋。"
    assert ents(text, "PERSON") == [("向全福", 2, 5)]


@pytest.mark.parametrize("text, span", [
    ("老家在山东省莱阳县团旺镇东岚村。", "东岚村"),       # a direction character starts the village name
    ("他是黄县城关镇南关村人。", "南关村"),             # not the pass 镇南关
    ("石桥乡白杨屯的民兵赶来。", "白杨屯"),
    ("王德胜（柳树村人、保长）匪部约八十人。", "柳树村"),
    ("孙有财（柏林村人、甲长）被捕。", "柏林村"),         # not 柏林 (Berlin)
])
def test_villages_in_addresses_and_birthplaces(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "GPE")


@pytest.mark.parametrize("text", [
    "敌人烧毁了镇附近村庄。", "全乡各村都组织了民兵。", "我是邻村人，他是外村人。", "城乡村民纷纷支前。",
    "乡政府所在村被敌占领。",
])
def test_no_village_without_a_name(text):
    assert ents(text, "GPE") == []


@pytest.mark.parametrize("text, span", [
    ("计有熊英(新村人、伪军连长)匪部。", "熊英"),
    ("另有夏光荣（云山村人、保长）一股。", "夏光荣"),
    ("张廷桂（1916—2002），山西芮城人。", "张廷桂"),
])
def test_person_described_in_brackets(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "PERSON")


@pytest.mark.parametrize("text", ["这些人（多为河北人）都来了。", "在县城（今城关镇人民政府）驻扎。"])
def test_bracket_without_a_name(text):
    assert ents(text, "PERSON") == []


def test_you_before_a_township_is_no_part_of_it():
    text = "另有官渡桥乡民兵赶到。"
    assert ents(text, "GPE") == [("官渡桥乡", 2, 6)]


def mil(text: str) -> list[tuple[str, int, int]]:
    return ents(text, "MIL_UNIT")


@pytest.mark.parametrize("text, span", [
    ("他调任武乡县三区区小队队长。", "武乡县三区区小队"),
    ("他在二区区中队当战士。", "二区区中队"),
    ("5区武工队夜袭据点。", "5区武工队"),
    ("第三区区小队夜袭据点。", "第三区区小队"),
    ("他历任山西平顺游击大队队长。", "平顺游击大队"),   # a county after its province
])
def test_local_forces(text, span):
    start = text.index(span)
    assert mil(text) == [(span, start, start + len(span))]


@pytest.mark.parametrize("text", ["区小队配合主力作战。", "各区区小队都集中起来。", "第三区区公所被烧。"])
def test_generic_district_squads_stay_out(text):
    assert mil(text) == []


@pytest.mark.parametrize("text, span", [
    ("全股约80余人，30余枪。", "30余枪"),
    ("计有土匪200人、150枪。", "150枪"),
])
def test_guns_counted(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "QUANTITY")


@pytest.mark.parametrize("text", ["大约10点多，敌人进村了。", "约9点钟部队出发。", "三枪手埋伏在村口。"])
def test_clock_hours_and_words_are_no_count(text):
    assert ents(text, "QUANTITY") == []


@pytest.mark.parametrize("text, span", [
    ("得知赵明拟于五日前往县城。", "赵明"),      # 拟: a modal verb after the name
    ("张德欲投敌被捕。", "张德"),
])
def test_modal_verb_ends_a_name(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in ents(text, "PERSON")
    assert not [e for e in ents(text, "PERSON") if e[1] == start and e[0] != span]


@pytest.mark.parametrize("text", ["杀害县、区干部二十余人。", "基本上是骨干、班排长、老战士。", "连营长都负了伤。"])
def test_echelon_and_district_characters_are_no_surnames_here(text):
    assert ents(text, "PERSON") == []


def test_surname_before_a_post_still_read():
    assert ents("孙连长阵亡。", "PERSON") == [("孙", 0, 1)]


def test_names_listed_before_deng():
    text = "打击了几股土匪，如杨德之、邓柏林、王文臣、杨树臣等。"
    assert [e for e in ents(text, "PERSON")] == [("杨德之", 9, 12), ("邓柏林", 13, 16), ("王文臣", 17, 20), ("杨树臣", 21, 24)]
    assert ents(text, "GPE") == []                 # 柏林 inside a name
    text = "随后纠集兰得业、池宝里等数十名土匪。"
    assert ents(text, "PERSON") == [("兰得业", 4, 7), ("池宝里", 8, 11)]


@pytest.mark.parametrize("text", ["高桥、王庄等村被烧。", "步枪、机枪等武器。", "马匹、粮食等物资。"])
def test_lists_of_things_are_no_names(text):
    assert ents(text, "PERSON") == []
