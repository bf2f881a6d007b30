"""Session 21 round 2 (r21orgloc): guards of the firm, structure and barracks rules (society_firm_office_frames_zh.py,
mission_company_names_zh.py, org_patterns.py, facilities.py, facility_frames_zh.py), a place's government before one of
its
bodies (org_before_posts_zh.py), and the classes of university_landform_region_lists_zh.py: universities' short forms, landforms
coordinated under one head, 外/内 + river, river + gorges, region + region word, quoted defence lines; regions of
places_physical.tsv. Sentences written for these tests; exact spans, labels and values, and negatives."""

from __future__ import annotations

from sentences import entities, norm_of, span_at


def _surfaces(text: str, label: str) -> list[str]:
    return [t for _, _, lab, t in entities(text) if lab == label]


# --- 1. firms: the name opens after a preposition; a country + 公司 is no name ---------------------------------

def test_preposition_before_bare_bank_is_no_firm():
    text = "厂方整顿了仓储;通过向银行借款扩充了设备。"
    assert _surfaces(text, "ORG") == []


def test_verb_of_direction_before_bare_hong_is_no_firm():
    text = "茶叶从农户到洋行要转好几道手。"
    assert _surfaces(text, "ORG") == []


def test_hong_after_verb_of_going_keeps_only_the_name():
    text = "他到太古洋行做买办。"
    assert span_at(text, "太古洋行", "ORG") in entities(text)
    assert "他到太古洋行" not in _surfaces(text, "ORG")


def test_leading_yi_stays_outside_the_company():
    text = "以大成纺织股份有限公司为首的厂家纷纷迁川。"
    assert span_at(text, "大成纺织股份有限公司", "ORG") in entities(text)
    assert "以大成纺织股份有限公司" not in _surfaces(text, "ORG")


def test_country_and_bare_company_is_no_org():
    text = "当年美国公司与日本公司争夺这条航线。"
    assert _surfaces(text, "ORG") == []


def test_named_bank_after_preposition_still_found():
    text = "商会向金城银行借款。"
    assert span_at(text, "金城银行", "ORG") in entities(text)


# --- 2. structures: sizes and verbs are no name; a clause before 营房 is no barracks ------------------------------

def test_size_word_before_factory_is_no_fac():
    text = "城郊有中大型工厂二十余座。"
    assert _surfaces(text, "FAC") == []


def test_verb_and_side_before_airfield_is_no_fac():
    text = "敌机可以利用西机场起降。"
    assert "用西机场" not in _surfaces(text, "FAC")
    assert "利用西机场" not in _surfaces(text, "FAC")


def test_verb_clause_before_barracks_is_no_fac():
    text = "入夜后守军退守营房，城门紧闭。"
    assert _surfaces(text, "FAC") == []


def test_named_barracks_in_list_still_found():
    text = "部队驻在青龙营房、白虎营房一带。"
    assert span_at(text, "青龙营房", "FAC") in entities(text)
    assert span_at(text, "白虎营房", "FAC") in entities(text)


# --- 3. universities' short forms ---------------------------------------------------------------------------------

def test_university_short_forms_in_list():
    text = "战事一起，北大、清华和南开三校合组临时大学。"
    assert span_at(text, "北大", "ORG") in entities(text)
    assert span_at(text, "清华", "ORG") in entities(text)
    assert span_at(text, "南开", "ORG") in entities(text)
    assert norm_of(text, "南开")["canonical"] == "南开大学"


def test_unambiguous_short_form_in_text_about_universities():
    text = "其时武汉大学迁往乐山，厦大迁往长汀。"
    assert span_at(text, "厦大", "ORG") in entities(text)
    assert norm_of(text, "厦大")["canonical"] == "厦门大学"


def test_lone_place_short_form_is_not_a_university():
    text = "他家住在南开一带。"
    assert "南开" not in _surfaces(text, "ORG")


def test_short_form_without_university_text_is_untagged():
    text = "厦大迁往长汀。"
    assert _surfaces(text, "ORG") == []


# --- 4. landforms and structures coordinated under one head ------------------------------------------------------

def test_first_landform_takes_second_head():
    text = "所谓双峰，是指老虎山与紫阳山两座高地。"
    assert span_at(text, "老虎山", "LOC") in entities(text)
    assert span_at(text, "紫阳山", "LOC") in entities(text)


def test_first_fortress_takes_second_head():
    text = "东面的屏障即为将军要塞和白马岭要塞。"
    assert span_at(text, "将军要塞", "FAC") in entities(text)
    assert span_at(text, "白马岭要塞", "FAC") in entities(text)


def test_two_unknown_members_are_no_pair():
    text = "他走过青桐溪与紫檀溪，才到家。"
    assert _surfaces(text, "LOC") == []


def test_generic_mountains_are_no_pair():
    text = "这座山与那座山之间有一条小路。"
    assert _surfaces(text, "LOC") == []


# --- 5. 外/内 + a river; a river + its gorges ------------------------------------------------------------------------

def test_outer_river_is_one_loc():
    text = "护城河一段称为外秦淮河，向西流去。"
    assert span_at(text, "外秦淮河", "LOC") in entities(text)
    assert "秦淮河" not in _surfaces(text, "LOC")


def test_wai_of_chengwai_stays_outside_the_river():
    text = "城外秦淮河水位上涨。"
    assert span_at(text, "秦淮河", "LOC") in entities(text)
    assert "外秦淮河" not in _surfaces(text, "LOC")


def test_river_and_gorges_are_one_loc():
    text = "船队经长江三峡东下宜昌。"
    assert span_at(text, "长江三峡", "LOC") in entities(text)
    assert "长江" not in _surfaces(text, "LOC")


# --- 6. a region + a region word; listed regions ------------------------------------------------------------------

def test_region_and_plain_are_one_loc():
    text = "大军随即进入鲁西平原。"
    assert span_at(text, "鲁西平原", "LOC") in entities(text)


def test_river_and_valley_land_are_one_loc():
    text = "敌军沿渭河谷地西进。"
    assert span_at(text, "渭河谷地", "LOC") in entities(text)
    assert "渭河" not in _surfaces(text, "LOC")


def test_shared_valley_word_leaves_list_members_alone():
    text = "主力沿汾河、渭河河谷推进。"
    assert span_at(text, "渭河", "LOC") in entities(text)
    assert "渭河河谷" not in _surfaces(text, "LOC")


def test_direction_word_before_plain_is_no_region():
    text = "队伍向正北平原地带转移。"
    assert "正北平原" not in _surfaces(text, "LOC")


def test_listed_regions_of_the_lexicon():
    text = "此地自古为西蜀门户，扼守巴蜀咽喉。"
    assert span_at(text, "西蜀", "LOC") in entities(text)
    assert span_at(text, "巴蜀", "LOC") in entities(text)


# --- 7. a defence line named in quotes ------------------------------------------------------------------------------

def test_quoted_name_before_line_is_fac_not_person():
    text = "这一带工事号称“北疆齐格菲”防线。北疆齐格菲最终未能挡住进攻。"
    assert span_at(text, "北疆齐格菲", "FAC") in entities(text)
    assert span_at(text, "北疆齐格菲", "FAC", 1) in entities(text)
    assert _surfaces(text, "PERSON") == []


def test_quoted_person_without_line_word_is_untouched():
    text = "大家都叫他“老黄牛”。"
    assert _surfaces(text, "FAC") == []


# --- 8. a place's government before one of its bodies --------------------------------------------------------------

def test_provincial_government_and_its_committee_before_post():
    text = "他曾任江西省政府禁烟委员会委员。"
    assert span_at(text, "江西省政府禁烟委员会", "ORG") in entities(text)
    assert "江西省" not in _surfaces(text, "GPE")


def test_committee_without_parent_keeps_its_span():
    text = "后任禁烟委员会委员。"
    assert span_at(text, "禁烟委员会", "ORG") in entities(text)


def test_quoted_name_before_de_and_system_is_fac():
    text = "日军称之为“北满壁垒”的防御体系。"
    assert span_at(text, "北满壁垒", "FAC") in entities(text)


def test_quoted_count_scheme_is_no_fac():
    text = "守军布成“三横两纵”的防御体系。"
    assert _surfaces(text, "FAC") == []
