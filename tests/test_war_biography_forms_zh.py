"""Frames of Chinese biographies of the 1937-45 war (auditzh36; sentences written for this test, exact spans)."""

import pytest

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _has(text, span, label):
    return (span, label) in _ents(text)


@pytest.mark.parametrize("text, name", [
    ("石川正雄，日本熊本县人。1905年毕业于陆军士官学校。", "石川正雄"),
    ("2、小笠原义男(1886年—1944年)，日本陆军中将。", "小笠原义男"),
    ("中村孝一（1889年3月1日－1940年5月2日），日本山口县人。", "中村孝一"),
])
def test_japanese_name_heading_a_biography(text, name):
    assert _has(text, name, "PERSON")


def test_no_japanese_name_without_the_frame():
    # a Chinese surname before 日本; a Japanese surname inside a sentence, not at its start
    from pipeline.rules.biography_forms_zh import find_biography_forms

    assert [c for c in find_biography_forms("王德海，日本投降后回乡。") if c.label == "PERSON"] == []
    assert [c for c in find_biography_forms("据说石川正雄，日本人。") if c.label == "PERSON"] == []


@pytest.mark.parametrize("text, name", [
    ("1、石川正雄陆军中将(1880年2月1日~1939年9月4日)", "石川正雄"),
    ("小笠原义男陆军少将率部登陆。", "小笠原义男"),
    ("中村孝一海军大佐战死。", "中村孝一"),
])
def test_service_word_between_a_japanese_name_and_the_rank(text, name):
    assert _has(text, name, "PERSON")


def test_three_character_surname_read_whole():
    ents = _ents("小笠原义男陆军少将率部登陆。")
    assert ("笠原义男", "PERSON") not in ents


def test_no_name_before_a_country_and_service():
    assert not any(label == "PERSON" for _, label in _ents("据日本陆军中将回忆，当时兵力不足。"))


@pytest.mark.parametrize("text, place", [
    ("张德厚(1896—1972)河北省丰润人。", "丰润"),
    ("王振东，山东省沾化县人。", "沾化"),
    ("李春山，广东文昌人，黄埔军校第五期毕业。", "文昌"),
])
def test_birthplace_county_between_province_and_ren(text, place):
    assert any(span.startswith(place) and label == "GPE" for span, label in _ents(text))


@pytest.mark.parametrize("text", ["他是河北省人。", "陕西省当地人说。", "河北省军人。"])
def test_no_county_from_a_plain_word(text):
    assert [label for _, label in _ents(text) if label == "GPE"] == ["GPE"]   # the province alone


@pytest.mark.parametrize("text, place", [
    ("许德胜(1902~1941)，句容磨盘乡人。", "磨盘乡"),
    ("周长发，湖北孝感杨店镇人，1938年参军。", "杨店镇"),
])
def test_birthplace_township_after_a_known_place(text, place):
    assert _has(text, place, "GPE")


def test_no_township_after_an_unknown_word():
    assert not any(label == "GPE" for _, label in _ents("他是当地乡下人。"))


@pytest.mark.parametrize("text, unit", [
    ("1940年调任泰西军分区政治部主任。", "泰西军分区"),
    ("他先后在鲁中军分区、滨海军分区任职。", "滨海军分区"),
])
def test_named_military_subregion(text, unit):
    assert _has(text, unit, "MIL_UNIT")


def test_no_subregion_from_a_pronoun():
    assert not any(span.endswith("军分区") and span != "军分区" and label == "MIL_UNIT" and span[:2] in ("各个", "这个")
                   for span, label in _ents("他走遍了各个军分区。"))


def test_echelon_post_after_ren_is_no_name():
    assert not any(label == "PERSON" for _, label in _ents("八月，该部改为第二梯队，他任梯队长。"))
    assert _has("在屈德队长带领下突围。", "屈德", "PERSON")


def test_city_as_object_before_a_verb_is_no_county():
    assert not any(label == "GPE" for _, label in _ents("敌军来犯时，他据城固守三日。"))
    assert _has("日军进攻城固县城。", "城固县城", "GPE")


@pytest.mark.parametrize("text, county, village", [
    ("他1916年出生于安徽省金寨县槐树湾。", "金寨县", "槐树湾"),
    ("刘德才，河南省光山县柳林湾人。", "光山县", "柳林湾"),
])
def test_county_suffix_is_no_part_of_the_bay_after_it(text, county, village):
    ents = _ents(text)
    assert (county, "GPE") in ents and (village, "GPE") in ents


def test_bay_named_by_a_place_is_still_a_bay():
    assert _has("舰队驶入镇海湾。", "镇海湾", "LOC")


@pytest.mark.parametrize("text, town", [
    ("他率部攻打敌人占领的石埠镇。", "石埠镇"),
    ("三天后部队到了梅岭镇。", "梅岭镇"),
    ("日军占领龙坎镇。", "龙坎镇"),
])
def test_town_after_a_verb_of_taking_or_reaching(text, town):
    assert _has(text, town, "GPE")


@pytest.mark.parametrize("text", ["日军占领了重镇。", "他们到了乡镇。"])
def test_no_town_from_a_common_word(text):
    assert not any(label == "GPE" for _, label in _ents(text))
