"""Session 24 (s24zhloc): where a place name ends and the next word begins (place_word_boundaries_zh), and heritage
sites and parks (heritage_site_names_zh). Sentences written for the tests; the places are real, the passages not."""

from __future__ import annotations

import pytest

from tests.sentences import located


def _spans(text: str, label: str) -> list[str]:
    return [surface for _, _, surface in located(text, label)]


# --- a province right before one of its counties --------------------------------------------------------------------

def test_province_then_county_whose_first_character_reads_as_water():
    text = "他们过桥进入云南省河口瑶族自治县，又到了西藏江孜县城区。"
    assert _spans(text, "GPE") == ["云南省", "河口瑶族自治县", "西藏", "江孜县"]
    assert _spans(text, "LOC") == []          # no river 省河, 西藏江


def test_province_before_its_seat_word():
    text = "滇越铁路的终点是云南省会昆明，贵州省会贵阳不通火车。"
    assert ("云南" in _spans(text, "GPE")) and ("云南省" not in _spans(text, "GPE"))
    assert "贵州" in _spans(text, "GPE") and "昆明" in _spans(text, "GPE")


def test_place_before_militia_word_or_garrison_verb():
    text = "巡抚调湖南乡勇三千赴援，又令马队赴营口屯驻。"
    assert _spans(text, "GPE") == ["湖南", "营口"]


# --- lists closed by a word of counties -----------------------------------------------------------------------------

def test_list_members_before_county_closer_are_places():
    text = "大水淹及封丘、祥符各县，又漫及兰仪、考城、长垣等县。"
    assert _spans(text, "GPE") == ["封丘", "祥符", "兰仪", "考城", "长垣"]


def test_one_character_departments_and_the_word_of_all_departments():
    text = "防线南自牛庄至金、盖各州，分驻宁远、昌图诸州县。"
    gpe = _spans(text, "GPE")
    assert "金" in gpe and "盖" in gpe and "宁远" in gpe and "昌图" in gpe
    assert "诸州县" not in gpe


def test_province_short_form_before_sheng():
    text = "同治五年，闽省水师北上，湘省团练亦至，江苏省巡抚奏报。"
    assert _spans(text, "GPE") == ["闽省", "湘省", "江苏省"]


@pytest.mark.parametrize("text", ["他事后常常反省。", "这样可以省得麻烦。", "全州县城在湘江边。"])
def test_no_province_short_form_or_department_word_in_ordinary_words(text):
    gpe = _spans(text, "GPE")
    assert not any(g.endswith("省") for g in gpe)
    if "全州" in text:
        assert "全州县城" in gpe or "全州" in gpe


# --- gazetteer names that are other words here ----------------------------------------------------------------------

def test_course_of_a_river_is_no_place():
    text = "黄河自此东北流入海，其支流西南流经许州。"
    assert _spans(text, "GPE") == ["许州"]
    assert _spans(text, "LOC") == ["黄河"]


def test_reign_era_before_early_or_a_listed_year_is_no_county():
    text = "咸丰初，湘军东下；东出曹州的一股在咸丰八、九年即淤。"
    assert "咸丰" not in _spans(text, "GPE")
    assert "咸丰县" in _spans("他生在湖北咸丰县。", "GPE")


def test_seaside_words_style_words_and_sea_mouths():
    text = "奉天地皆滨海，滨海地区多炮台；城中有罗马式教堂；水师巡防牛庄海口，他后来坐船到海口。"
    gpe = _spans(text, "GPE")
    assert "滨海" not in gpe and "罗马" not in gpe
    assert gpe.count("海口") == 1 and "奉天" in gpe


# --- heritage sites and parks ---------------------------------------------------------------------------------------

def test_heritage_site_reads_over_places_and_events():
    text = "国务院公布江孜宗山抗英遗址为全国重点文物保护单位，位于三元里的三元里抗英斗争旧址也在其中。"
    assert _spans(text, "FAC") == ["江孜宗山抗英遗址", "三元里抗英斗争旧址"]
    assert _spans(text, "ORG") == ["国务院"]


def test_heritage_site_of_a_fort_is_the_fort_and_kinds_are_no_names():
    assert _spans("1961年，大沽口炮台遗址被列为文物保护单位。", "FAC") == ["大沽口炮台"]
    for text in ("这是一处革命遗址。", "考古队发现了古城遗址。", "该遗址保存完好。"):
        assert _spans(text, "FAC") == []


def test_parks_are_facilities_and_kinds_of_park_are_not():
    text = "炮台旧址现已改建成白鹿山市政公园，城里还建有人民公园。"
    assert _spans(text, "FAC") == ["白鹿山市政公园"]      # 人民公园: a kind (site_names_zh)
    assert _spans("当地正在建设城市公园和湿地公园。", "FAC") == []
    assert _spans("山上矗立着革命烈士纪念碑。", "FAC") == []
    assert _spans("鸦片战争遗址公园也称竹山公园。", "FAC") == ["鸦片战争遗址公园", "竹山公园"]


def test_memorials_cemeteries_and_mass_graves_are_named_facilities():
    text = "村口有甲乙村人民抗英烈士纪念碑一座，附近还有江东门万人坑和衡阳抗战纪念城。"
    assert _spans(text, "FAC") == ["甲乙村人民抗英烈士纪念碑", "江东门万人坑", "衡阳抗战纪念城"]
    for text in ("当地出资为他们修建了纪念碑。", "这座由红砂石修建的纪念碑很高。", "广场上有烈士纪念碑。"):
        assert _spans(text, "FAC") == []


def test_walls_and_towers_of_a_pass_or_town_are_one_facility():
    assert _spans("法军退走时炸毁了镇南关古关墙。", "FAC") == ["镇南关古关墙"]
    assert _spans("游客登上嘉峪关箭楼，又看了平遥古城墙。", "FAC") == ["嘉峪关箭楼", "平遥古城墙"]
    assert _spans("他们拆除了这段古城墙。", "FAC") == []


def test_course_words_around_the_county_named_beiliu():
    assert "北流" not in _spans("宋人争论河道北流、东流之利弊，后来河水北流入海。", "GPE")
    assert "北流" in _spans("他是广西北流人，后来到容县。", "GPE")
