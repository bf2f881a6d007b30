"""Chinese enclosing names and FAC of session 22 (s22zhenc): enclosing_names_zh (historic sites named by a force or
body, factories and arsenals, words before a name, town governments and a place's police, counts before 军, a titled
person whose name ends in 军, railways named by two places of the text, villages, county temples, guild halls, local
militia, railway guards, pavilions and family halls).

Every sentence is written for this file with invented names (or well-known places that none of the audited pages
holds); tests assert exact spans and labels, and what must not be tagged. Extent rules followed: guideline 6 (a place
inside a longer FAC name belongs to the FAC), guideline 15 (a full official name is one span), guideline 3 (a unit
written with its parent is one span).
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def labelled(text: str, label: str) -> list[str]:
    return [s for s, lab in ents(text) if lab == label]


def norm_of(text: str, span: str) -> dict:
    record = extract_text(text, "t", rules_only=True)
    return next(e["norm"] for e in record["entities"] if text[e["start"]:e["end"]] == span)


# --- historic sites named by a force or body ---------------------------------------------------------------------
def test_site_named_by_a_headquarters_is_one_fac():
    text = "新编第九十军司令部旧址，1990年列为县级文物保护单位。"
    assert ("新编第九十军司令部旧址", "FAC") in ents(text)
    assert labelled(text, "MIL_UNIT") == []


def test_site_named_by_a_ministry_office_is_one_fac():
    text = "位于半山巷的国民政府交通部邮政总局旧址已经修缮。"
    assert "国民政府交通部邮政总局旧址" in labelled(text, "FAC")
    assert labelled(text, "ORG") == []


def test_force_without_site_stays_a_unit():
    assert "第九十军司令部" in labelled("第九十军司令部设在城东。", "MIL_UNIT")


# --- factories and arsenals ----------------------------------------------------------------------------------------
def test_factory_named_by_its_town_is_one_fac():
    text = "机器从汉口面粉厂拆运到长沙第一纱厂。"
    found = labelled(text, "FAC")
    assert "汉口面粉厂" in found and "长沙第一纱厂" in found
    assert labelled(text, "GPE") == []


def test_county_arsenal_keeps_the_county_whole():
    assert labelled("醴陵县兵工厂造步枪。", "FAC") == ["醴陵县兵工厂"]


def test_mills_of_a_country_are_no_name():
    text = "日本纱厂的工人罢工。"
    assert labelled(text, "FAC") == []
    assert labelled(text, "GPE") == ["日本"]


def test_arsenal_named_by_office_and_number_is_one_fac():
    text = "1938年，该厂改称军政部兵工署第三十工厂，后又并入兵工署第四十一兵工厂。"
    found = labelled(text, "FAC")
    assert found == ["军政部兵工署第三十工厂", "兵工署第四十一兵工厂"]
    assert labelled(text, "ORG") == []


def test_office_alone_stays_an_org():
    assert labelled("兵工署派员接收。", "FAC") == []


# --- words before a name -------------------------------------------------------------------------------------------
def test_time_word_before_a_school_is_outside():
    text = "当时省立柳塘中学已迁往乡间。"
    assert labelled(text, "ORG") == ["省立柳塘中学"]


def test_verb_of_building_before_a_works_is_outside():
    assert labelled("张之洞新建汉阳铁厂。", "FAC") == ["汉阳铁厂"]


def test_county_suffix_goes_back_to_the_county():
    text = "筹备处设于衡山县青云寺，后迁城内。"
    found = ents(text)
    assert ("衡山县", "GPE") in found and ("青云寺", "FAC") in found


# --- town governments and police ------------------------------------------------------------------------------------
def test_township_government_is_one_org():
    text = "游击队袭击了柳塘镇政府和青溪乡公所。"
    found = labelled(text, "ORG")
    assert "柳塘镇政府" in found and "青溪乡公所" in found
    assert labelled(text, "GPE") == []


def test_police_of_a_city_is_one_org():
    assert labelled("日军占领了营口公安局。", "ORG") == ["营口公安局"]


def test_kind_of_township_government_is_no_place():
    text = "各地建立了人民乡政府。"
    assert labelled(text, "ORG") == [] and labelled(text, "GPE") == []


# --- counts before 军 ------------------------------------------------------------------------------------------------
def test_approximate_count_before_army_police_is_a_quantity():
    text = "县长带五六十军警赶到，又调来二十余军警。"
    assert labelled(text, "QUANTITY") == ["五六十", "二十余"]
    assert labelled(text, "MIL_UNIT") == []
    assert norm_of(text, "五六十")["value"] == 50


def test_designations_stay_units():
    text = "第七十军警卫营和第四五军不在此列。"
    assert labelled(text, "QUANTITY") == []


# --- a titled person whose name ends in 军 ----------------------------------------------------------------------------
def test_titled_name_ending_in_jun_is_a_person():
    text = "独立大队大队长黄振军等人被捕。"
    assert "黄振军" in labelled(text, "PERSON")
    assert "黄振军" not in labelled(text, "MIL_UNIT")


# --- railways named by two places of the text -------------------------------------------------------------------------
def test_railway_named_by_two_places_of_the_text():
    text = "日军从营口沿营锦铁路进至锦州。"
    assert "营锦铁路" in labelled(text, "FAC")


def test_kind_of_railway_is_no_name():
    text = "营口修建了窄轨铁路和军用公路。"
    assert labelled(text, "FAC") == []


# --- villages ------------------------------------------------------------------------------------------------------
def test_village_before_its_villagers_and_natural_village():
    text = "柳塘村村民迁到青溪自然村。"
    found = labelled(text, "GPE")
    assert "柳塘村" in found and "青溪自然村" in found


# --- guild halls, militia and railway guards --------------------------------------------------------------------------
def test_guild_hall_named_by_a_province():
    text = "大会在汉口福建会馆召开，随后移至宁波会馆。"
    found = ents(text)
    assert ("福建会馆", "FAC") in found and ("宁波会馆", "FAC") in found and ("汉口", "GPE") in found


def test_county_militia_is_a_unit():
    text = "醴陵县挨户团与湘潭保卫团会合。"
    assert labelled(text, "MIL_UNIT") == ["醴陵县挨户团", "湘潭保卫团"]
    assert norm_of(text, "醴陵县挨户团")["echelon"] == "团"


def test_militia_kind_or_member_is_no_unit():
    assert labelled("各县民团团丁和挨户团长都逃走了。", "MIL_UNIT") == []


def test_railway_guards_are_units():
    text = "关东军独立守备队第三大队与铁路守备队会合。"
    assert labelled(text, "MIL_UNIT") == ["关东军独立守备队第三大队", "铁路守备队"]


def test_guard_company_before_its_commander():
    text = "独立守备第四大队第二中队长田中一郎下令。"
    assert "独立守备第四大队第二中队" in labelled(text, "MIL_UNIT")


# --- pavilions and family halls ---------------------------------------------------------------------------------------
def test_pavilion_after_a_locative_is_a_fac():
    text = "农会在奎星阁召开大会，又在玉皇阁设立办事处。"
    found = labelled(text, "FAC")
    assert "奎星阁" in found and "玉皇阁" in found
    assert labelled(text, "PERSON") == []


def test_cabinet_words_are_no_pavilion():
    assert labelled("他进入内阁，组阁失败后辞职，阁下请回。", "FAC") == []


def test_family_hall_is_one_fac():
    text = "部队驻在陈家祠堂，司令部设在欧阳氏宗祠。"
    found = labelled(text, "FAC")
    assert "陈家祠堂" in found and "欧阳氏宗祠" in found


# --- structures listed each with its own head -------------------------------------------------------------------------
def test_structures_each_with_a_head_are_one_fac_each():
    text = "遗址有北门、青石码头、观音寺等处。碑立在临江门、乌龙码头旁。"
    found = labelled(text, "FAC")
    assert "临江门" in found and "乌龙码头" in found
    assert not any("、" in span for span in found)


def test_place_before_a_gate_is_no_shared_head():
    text = "纪念碑分布在下柳河、安平门、白塔山等地。"
    found = ents(text)
    assert ("安平门", "FAC") in found
    assert not any("、" in span for span, _ in found)


def test_forts_sharing_one_head_stay_one_fac():
    assert labelled("守军据守镇海、定远和安澜炮台。", "FAC") == ["镇海、定远和安澜炮台"]


def test_verb_before_a_list_of_gates_is_outside():
    assert labelled("攻破青阳门、定远门。", "FAC") == ["青阳门", "定远门"]


# --- a force's or an office's own works --------------------------------------------------------------------------------
def test_works_named_by_a_force_is_one_fac():
    text = "该厂改为国民革命军第三十三军子弹厂，后归某某军区兵工厂。"
    found = labelled(text, "FAC")
    assert "国民革命军第三十三军子弹厂" in found
    assert labelled(text, "MIL_UNIT") == []


def test_works_named_by_an_office_is_one_fac():
    assert labelled("1935年更名为滇黔绥靖主任公署子弹厂。", "FAC") == ["滇黔绥靖主任公署子弹厂"]


def test_generic_force_works_is_no_name():
    assert labelled("日军兵工厂和该军兵工厂都被炸毁。", "FAC") == []


# --- residences named by their owner (session 22, lead) ----------------------------------------------------------------
def test_a_residence_named_by_its_owner_is_one_fac():
    assert labelled("参观了鲁迅故居和毛泽东旧居。", "FAC") == ["鲁迅故居", "毛泽东旧居"]
    assert labelled("教育長徐培根公館，建於1935年。", "FAC") == ["徐培根公館"]
    assert labelled("，王一民故居位于城东。", "FAC") == ["王一民故居"]
    assert labelled("，王一民故居位于城东。", "PERSON") == []


def test_a_house_that_is_no_name_is_left():
    assert labelled("他住在张群的公馆里。", "FAC") == []
    assert labelled("他住在张群的公馆里。", "PERSON") == ["张群"]
    assert labelled("委员长官邸在山上，这座公馆很大，将公馆卖了。", "FAC") == []
