"""Classes seen in a session 13 audit (auditzh20) of Chinese academic writing on military history: journal
articles, book reviews, translated footnotes, casualty surveys with ① notes.

Every sentence is written for this file with invented names, numbers and titles; tests assert exact spans,
labels and normalised values, with a negative case for each class.
"""

from __future__ import annotations

from sentences import ent, ents


def _has(text: str, surface: str, label: str) -> bool:
    return (surface, label) in ents(text)


# --- PERSON: a translated name with a middle initial and its full stop, no second dot ----------------------

def test_middle_initial_with_full_stop_and_no_second_dot():
    text = "[12]理查德·K.霍夫曼和赖斯·贝克:《另一场战役》,第40页。"
    e = ent(text, "理查德·K.霍夫曼")
    assert (e["label"], e["start"], e["end"]) == ("PERSON", 4, 13)
    assert _has(text, "赖斯·贝克", "PERSON")


def test_surname_of_an_initialled_name_alone_elsewhere():
    text = "[3]霍夫曼和贝克:《战区报告》,第8页。[4]理查德·K.霍夫曼:《另一场战役》,第9页。"
    assert _has(text, "霍夫曼", "PERSON")
    assert ent(text, "霍夫曼")["start"] == 3


def test_a_full_stop_between_sentences_is_no_initial():
    text = "部队开到了A.随后又转移。"
    assert not any(label == "PERSON" for _, label in ents(text))


# --- DATE: a year after a figure and an ASCII comma ---------------------------------------------------------

def test_year_after_an_archive_number_and_ascii_comma():
    text = "档案号712.05/33,1941年5月6日,附件第2页。"
    e = ent(text, "1941年5月6日")
    assert e["label"] == "DATE" and e["norm"]["value"] == "1941-05-06"


def test_a_thousands_group_stays_one_number():
    text = "当年征兵1,944人。"
    assert ("1,944人", "QUANTITY") in ents(text)
    assert not any(label == "DATE" for _, label in ents(text))


# --- QUANTITY: a count of ten-thousands before a closing quote ---------------------------------------------

def test_myriad_count_before_closing_quote():
    text = "某书写道,“全省军民伤亡达300余万”。"
    e = ent(text, "300余万")
    assert e["label"] == "QUANTITY" and e["norm"]["value"] == 3000000 and e["norm"]["approx"] == "over"


def test_quoted_number_name_stays_untagged():
    text = "他们称之为“140”与“98”。"
    assert not any(label == "QUANTITY" for _, label in ents(text))


# --- QUANTITY: 同 after a counted echelon ------------------------------------------------------------------

def test_counted_echelon_before_tong_and_a_sides_troops():
    text = "该部4个师同日军2个旅团对峙。"
    e = ent(text, "4个师")
    assert e["label"] == "QUANTITY" and e["norm"]["unit"] == "个师"
    assert _has(text, "2个旅团", "QUANTITY")


def test_counted_echelon_before_tongshi():
    text = "两个团同时出击。"
    assert ent(text, "两个团")["norm"]["unit"] == "个团"


def test_tong_in_a_word_after_the_echelon_is_not_the_echelon():
    text = "全团同志三个团同学会。"
    assert ("三个团", "QUANTITY") not in ents(text)


# --- ORG: a publisher or society named after an army; DATE: a publication year written bare -----------------

def test_publisher_named_after_an_army_and_its_bare_year():
    text = "参见王某:《华北战记》(解放军出版社1988),第15页。"
    assert _has(text, "解放军出版社", "ORG")
    assert not any(label == "MIL_UNIT" for _, label in ents(text))
    e = ent(text, "1988")
    assert e["label"] == "DATE" and e["norm"]["value"] == "1988"


def test_society_named_after_an_army():
    text = "1990年,新四军研究会召开年会。"
    assert _has(text, "新四军研究会", "ORG")


def test_year_in_brackets_after_a_title():
    text = "他的《龙河战记》(2011)与《山城之围》(2015)都以档案为据。"
    assert [(s, lab) for s, lab in ents(text) if lab == "DATE"] == [("2011", "DATE"), ("2015", "DATE")]
    assert ent(text, "2015")["norm"]["value"] == "2015"


def test_an_army_that_is_no_publisher_stays_a_unit():
    text = "新四军主力北移,东方出版社2021年再版此书。"
    assert _has(text, "新四军", "MIL_UNIT")
    assert not any(s == "2021" for s, _ in ents(text))


def test_a_count_after_a_title_in_brackets_is_no_year():
    text = "《某书》(300)页。"
    assert not any(label == "DATE" for _, label in ents(text))


# --- ORG: two nouns joined before an institution word --------------------------------------------------------

def test_author_and_publisher_is_no_org():
    text = "这是作者和出版社都没有想到的。"
    assert not any(label == "ORG" for _, label in ents(text))


def test_named_publisher_after_he_keeps_its_name():
    text = "作者与江东人民出版社签约。"
    assert _has(text, "江东人民出版社", "ORG")


# --- QUANTITY: words, plates and volumes counted ---------------------------------------------------------------

def test_words_plates_and_volumes_counted():
    text = "全书85万字,附图三十余幅,分上下两册。"
    assert ent(text, "85万字")["norm"] == {"value": 850000, "unit": "字", "approx": None}
    assert ent(text, "三十余幅")["norm"] == {"value": 30, "unit": "幅", "approx": "over"}
    assert ent(text, "两册")["norm"]["unit"] == "册"


def test_numeral_words_with_zi_are_no_count():
    text = "部队在十字路口摆成一字长蛇阵,他留着八字胡。"
    assert not any(label == "QUANTITY" for _, label in ents(text))


# --- ORG: the Nationalist Government before one of its bodies ----------------------------------------------------

def test_nationalist_government_before_its_ministry_is_one_org():
    text = "据国民政府军令部统计,另据重庆国民政府行政院的报告。"
    assert _has(text, "国民政府军令部", "ORG")
    assert _has(text, "重庆国民政府行政院", "ORG")


def test_nationalist_government_alone_stays_itself():
    text = "国民政府军队在此设防,国民政府于是迁都。"
    assert [s for s, lab in ents(text) if lab == "ORG"] == ["国民政府", "国民政府"]


# --- DATE: Ming reign years, and a reign year glossed before 年 --------------------------------------------------

def test_ming_reign_year_is_a_date_not_a_duration():
    text = "嘉靖三十四年五月,倭寇进犯某城。"
    e = ent(text, "嘉靖三十四年五月")
    assert e["label"] == "DATE" and e["norm"]["value"] == "1555-05"
    assert not any(label == "QUANTITY" for _, label in ents(text))


def test_reign_year_glossed_before_nian_with_month_and_day():
    text = "天启二(1622)年三月初五,援军抵达。"
    e = ent(text, "天启二(1622)年三月初五")
    assert e["label"] == "DATE" and e["norm"]["value"] == "1622-03-05"


def test_a_gloss_without_an_era_is_no_reign_date():
    text = "坚持二十(1622)年之久。"
    assert not any(s.startswith("二十(") for s, _ in ents(text))


# --- PERSON: cited authors and editors; ORG: publishers named 书店, 书社 -----------------------------------------

def test_cited_author_and_editors():
    text = "[7]樊志远:《某镇守考》,载卢明德、欧阳子良主编《边防论丛》第二辑,合肥:青山书社,1999年。"
    assert _has(text, "樊志远", "PERSON")
    assert _has(text, "卢明德", "PERSON") and _has(text, "欧阳子良", "PERSON")
    assert _has(text, "青山书社", "ORG")


def test_organisation_before_a_cited_title_is_no_person():
    text = "华中局:《某决定》,1941年。"
    assert not any(label == "PERSON" for _, label in ents(text))


def test_bookshop_publisher():
    text = "北京:联合书店,1956年。"
    assert _has(text, "联合书店", "ORG")


# --- GPE: a nation before 帝国主义; one-character states listed before their count ---------------------------------

def test_imperialism_names_the_nation_not_the_empire():
    text = "他们反抗日本帝国主义的压迫,而大日本帝国早已不存。"
    assert _has(text, "日本", "GPE") and _has(text, "大日本帝国", "GPE")
    assert ("日本帝国", "GPE") not in ents(text)


def test_traditional_script_forms():
    text = "參見《某書》(解放軍出版社1990)。國民政府軍政部統計。"
    assert _has(text, "解放軍出版社", "ORG") and _has(text, "國民政府軍政部", "ORG")
    assert ent(text, "1990")["norm"]["value"] == "1990"


def test_one_character_states_listed_before_their_count():
    text = "英、法、德三国代表与中、日、韩三国学者会面。"
    got = [s for s, lab in ents(text) if lab == "GPE"]
    assert got == ["英", "法", "德", "中", "日", "韩"]
    assert ent(text, "韩")["norm"]["modern"] == "韩国"


def test_one_character_states_without_a_count_stay_out():
    text = "他在法、德两地之间奔走,成绩优、良。"
    assert not any(lab == "GPE" for _, lab in ents(text))


# --- PERSON: an emperor by dynasty and temple name ----------------------------------------------------------------

def test_emperor_by_dynasty_and_temple_name():
    text = "清圣祖亲征,明英宗被俘。"
    assert _has(text, "清圣祖", "PERSON") and _has(text, "明英宗", "PERSON")


def test_temple_name_before_tomb_or_reign_is_no_person():
    text = "游人参观明孝陵与清太宗陵,又谈明神宗朝的旧事。"
    assert not any(lab == "PERSON" for _, lab in ents(text))
