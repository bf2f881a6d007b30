"""local_record_names_zh (session 22, s22zhname): villages, communes, native places, Qing records.
Sentences written for the test (made-up names); exact spans, labels, and what must stay untagged."""

from pipeline import extract_text
from pipeline.rules.local_record_names_zh import find_local_record_names


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, "t")["entities"]]


def _has(text, surface, label):
    return (surface, label) in _ents(text)


def _span(text, surface):
    return [(e["start"], e["end"], e["label"]) for e in extract_text(text, "t")["entities"] if e["text"] == surface]


# 1. a village after its township; a natural village in brackets
def test_village_after_township():
    text = "王某某,青石镇光明村人。"
    assert _span(text, "光明村") == [(7, 10, "GPE")]
    text = "刘某,下河乡和平村(张家湾自然村)人,1940年参军。"
    assert _has(text, "和平村", "GPE") and _has(text, "张家湾自然村", "GPE")


def test_village_traditional():
    assert _has("陳某,石門鎮新華村人。", "新華村", "GPE")


def test_no_village_after_generic_township_words():
    assert not any(label == "GPE" and "农村" in s for s, label in _ents("城镇农村,各乡镇村庄都受了灾。"))
    assert not _has("本镇新村人口不多。", "新村", "GPE")


# 2. a quoted settlement name after a naming word
def test_quoted_settlement_names():
    text = "因村处山坳之中,故名“坳里庄”,后改为“石家岗”,沿用至今。"
    assert _has(text, "坳里庄", "GPE") and _has(text, "石家岗", "GPE")
    assert _has("據碑文記載,原名“槐樹屯”。", "槐樹屯", "GPE")


def test_quoted_non_settlements_stay_out():
    assert not _has("战士们把这里称为“血肉磨坊”。", "血肉磨坊", "GPE")
    assert not _has("人们称为“英雄村”", "英雄", "GPE")


# 3. a people's commune
def test_communes():
    assert _span("1958年成立红星人民公社,", "红星人民公社") == [(7, 13, "GPE")]
    text = "他任前锋人民公社社长,后调到某某市胜利人民公社。"
    assert _has(text, "前锋人民公社", "GPE")
    assert _has("随着长安人民公社成立", "长安人民公社", "GPE")


def test_commune_after_city_starts_after_it():
    text = "该村属于石家庄市向阳人民公社。"
    assert _has(text, "向阳人民公社", "GPE") and _has(text, "石家庄市", "GPE")


# 4. a three-character county holding a two-character one
def test_county_holding_county():
    text = "两县合并,取名丰安县,后来又叫丰安县。"
    assert [s for s, label in _ents(text) if label == "GPE"] == ["丰安县", "丰安县"]
    assert _has("淇南縣原屬河北,", "淇南縣", "GPE")


def test_county_after_verb_or_province_stays_short():
    assert not any(s.startswith("经") for s, _ in _ents("部队途经沁县城北。"))
    assert _has("自蔚县出发", "蔚县", "GPE") and not _has("自蔚县出发", "自蔚县", "GPE")
    assert _has("四川安县人", "安县", "GPE")
    assert find_local_record_names("對沁縣方面的敵人") == []


# 5. a town before 人,祖籍
def test_home_town_before_ancestral_home():
    text = "(2)林某某—太平人,祖籍福建南安。"
    assert _has(text, "太平", "GPE")
    assert _has("(5)陈某某─怡保人,祖籍广东。", "怡保", "GPE")
    text = "黄某—吉兰丹瓜拉吉赖人,祖籍广东。"
    assert _has(text, "瓜拉吉赖", "GPE") and _has(text, "吉兰丹", "GPE")


# 6. a name before a bracketed native place
def test_names_before_native_place():
    text = "经林青峰(南安人)、许德山(均晋江人)等人筹备。"
    assert _has(text, "林青峰", "PERSON") and _has(text, "许德山", "PERSON")
    assert not _has(text, "林青峰", "LOC")


# 7. Qing records
def test_qing_commoner_wife_and_officials():
    text = "将石门坑民人陈阿福及其妻陈林氏一并杀毙,经抚臣张广泗奏报。"
    assert _has(text, "石门坑", "GPE") and _has(text, "陈阿福", "PERSON")
    assert _has(text, "陈林氏", "PERSON") and _has(text, "张广泗", "PERSON")


def test_qing_intendant_after_circuit():
    assert _has("臣已飞饬福建道李某德并咨会", "李某德", "PERSON")


def test_no_commoner_after_generic_place():
    assert not any(label == "GPE" for s, label in _ents("该县民人等纷纷逃避"))


# 8. migration chains
def test_migration_origins():
    text = "清代,王氏從劉村石家莊遷此立村。"
    assert _has(text, "石家莊", "GPE")
    assert find_local_record_names("从山西洪洞大槐树迁来") == []


# 9. kinship
def test_kin_names():
    assert _has("儿子孙永发,现住吉隆坡。", "孙永发", "PERSON")
    assert not any(label == "PERSON" for s, label in _ents("儿子出生在北京。"))


# 10. a village before its posts
def test_village_before_posts():
    assert _span("桃园村村支书介绍", "桃园村") == [(0, 3, "GPE")]
    assert _has("据张家营村村民回忆", "张家营村", "GPE")
    for text in ("全村村民都参加了", "农村村民收入", "他是邻村村民"):
        assert not any(label == "GPE" for s, label in _ents(text)), text


def test_finder_alone_is_quiet_on_plain_text():
    assert find_local_record_names("日军于1944年4月发动豫中会战。") == []


def test_commune_traditional_and_generic_kinds():
    text = "1958年10月,石橋鄉改為石橋人民公社,次年,西河人民公社並入石橋人民公社。"
    assert [s for s, label in _ents(text) if label == "GPE" and s.endswith("人民公社")] == ["石橋人民公社", "西河人民公社", "石橋人民公社"]
    assert find_local_record_names("按照农村人民公社的模式,武汉市城市人民公社成立") == []
    assert find_local_record_names("会议通过《关于人民公社若干问题的决议》,进入人民公社时期") == []


def test_county_commoner():
    assert _has("审明山东某某县民赵德旺在安徽因索欠起衅", "赵德旺", "PERSON")


# 11. Qing case records
def test_case_record_names():
    text = "某县民张德在某州因争地殴毙李顺一案。据地保赵守义报,据李福投称:伊胞弟李顺醉后与张德争吵。"
    for name in ("李顺", "赵守义", "李福"):
        assert _has(text, name, "PERSON"), name
    assert not _has(text, "李顺醉", "PERSON")
    assert not _has(text, "李福投", "PERSON")


def test_name_after_native_place():
    assert _has("开店之江西人罗德昌不允赊欠", "罗德昌", "PERSON")
    assert find_local_record_names("中国人民解放军进入城市") == []


def test_no_village_after_a_bare_township_word():
    assert find_local_record_names("敌人烧毁了镇附近村庄。") == []
    assert find_local_record_names("某某镇周围村庄都被占领。") == []


def test_unquoted_settlement_names():
    assert _has("因村内石姓居多,故命名为石家村,沿用至今。", "石家村", "GPE")
    assert _has("民國初年將此村更名為興隆莊,延續至今。", "興隆莊", "GPE")
    assert find_local_record_names("2002年撤销乡镇,改为行政村。") == []


def test_no_county_after_a_settlement_word():
    assert find_local_record_names("游击队在王家集和县城之间伏击敌人。") == []
    assert find_local_record_names("他回到东乡镇柳林村。") == [] or \
        [(c.start, c.end) for c in find_local_record_names("他回到东乡镇柳林村。")] == [(6, 9)]
