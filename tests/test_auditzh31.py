"""Session 15 audit (auditzh31): Chinese book and PDF excerpts (文史资料 memoirs, 党史 compilations, 县志 military
sections, OCR text). Every sentence here is written for the test (no audited page's text)."""

from __future__ import annotations

from tests.sentences import ent, ents, norm_of, spans


# --- an era year whose 年 the page dropped, confirmed by its gloss: 民国4(1915)

def test_yearless_era_gloss_is_a_date():
    text = "民国3(1914)6月,省派警备队一个排进驻县城。"
    assert ent(text, "民国3")["label"] == "DATE"
    assert norm_of(text, "民国3")["value"] == "1914"
    assert ent(text, "1914")["label"] == "DATE"
    assert norm_of(text, "6月")["value"] == "1914-06"


def test_yearless_era_gloss_needs_the_matching_year():
    text = "民国3(1920)人到县城。"
    assert not spans(text, "DATE")     # 1911 + 3 is no 1920: no era year there


# --- a numeral before 所 + a word that makes 所 a particle (所料, 所述, 所辖, 所率): no count

def test_suo_particle_after_a_number_is_no_count():
    text = "此举大出敌酋冈村宁次所料。"
    assert not spans(text, "QUANTITY")
    assert ("冈村宁次", "PERSON") in ents(text)


def test_suo_counts_schools():
    assert ("五所", "QUANTITY") in ents("当时全区共有小学五所。")


# --- a verb of holding with its resultative 住: the name starts after 住

def test_resultative_zhu_is_outside_the_place():
    text = "只要守住凤凰山,县城就可保无虞。"
    assert ("凤凰山", "LOC") in ents(text)
    assert not any(s.startswith("住") for s, _ in ents(text))


def test_zhu_as_a_verb_opens_no_place():
    assert not any(s.startswith("住") for s, _ in ents("他住在山上,每天守着村子。"))


# --- a railway section named by two abbreviations (津浦北线, 陇海东段): no county read across it

def test_railway_section_is_no_county():
    text = "陇海东段被截断后,平汉南段也告吃紧。"
    labels = ents(text)
    assert ("海东", "GPE") not in labels and ("汉南", "GPE") not in labels


def test_county_name_outside_a_railway_section_stays():
    assert ("浦北县", "GPE") in ents("部队到了浦北县。")


# --- crossing a river and moving on (渡江北进, 渡河南下): no 江北 / 河南

def test_crossing_then_moving_is_no_place():
    text = "敌军三千余人渡江北进,另一部渡河南下。"
    labels = ents(text)
    assert ("江北", "LOC") not in labels and ("河南", "GPE") not in labels


def test_river_bank_region_after_other_verbs_stays():
    assert ("江北", "LOC") in ents("部队进驻江北。")


# --- 在X誓师: the army swore its oath there (a verb), the place is a place

def test_oath_taking_at_a_place_is_no_event():
    text = "第五军在贵阳誓师,随即东进。"
    assert ("贵阳", "GPE") in ents(text)
    assert not spans(text, "EVENT")


def test_oath_taking_named_stays_an_event():
    assert ("韶关誓师", "EVENT") in ents("韶关誓师以后,部队分路北进。")


# --- a name followed by the verb 驻 (stationed at): the name ends before it

def test_name_ends_before_zhu_stationed():
    text = "后者旅长为吴芬驻丰台。"
    assert ("吴芬", "PERSON") in ents(text)
    assert ("丰台", "GPE") in ents(text)
    assert ("吴芬驻", "PERSON") not in ents(text)


# --- X镇守使: the post, no village 守使 after a town

def test_zhenshoushi_post_is_no_village():
    text = "1915年米振华任赤峰镇守使,驻防多年。"
    assert not any(s == "守使" for s, _ in ents(text))


def test_village_after_a_town_stays():
    assert ("王庄", "GPE") in ents("他到了三河镇王庄，驻扎。")


# --- 三月一天: one day of that month, no duration; an editor's note number (8801注:) is no count

def test_a_day_of_a_month_is_no_duration():
    assert not spans("五月一天正逢集日,他混进镇里。", "QUANTITY")
    assert ("一天", "QUANTITY") in ents("部队行军一天，到达。")


def test_note_number_is_no_count():
    assert not spans("他籍隶山东黄县(7702注:今龙口市)。", "QUANTITY")


# --- a person's name broken by a stray OCR space, written whole elsewhere

def test_name_broken_by_a_space_is_one_person():
    text = "了解到叛徒刘 德旺带领汉奸。后来刘德旺被我击毙。"
    assert ("刘 德旺", "PERSON") in ents(text)
    assert ("德旺", "PERSON") not in ents(text)
    text2 = "叛徒刘德 旺投敌。刘德旺后被击毙。"
    assert ("刘德 旺", "PERSON") in ents(text2)


def test_space_between_words_joins_nothing():
    text = "师长 王耀武率部。中 国人民。"
    labels = ents(text)
    assert ("王耀武", "PERSON") in labels
    assert not any(" " in s and lab == "PERSON" for s, lab in labels)


# --- 越战越强: the 越…越 construction, not the Vietnam War

def test_yue_zhan_yue_is_no_war():
    assert not spans("该团越战越勇,终于守住阵地。", "EVENT")
    assert ("越战", "EVENT") in ents("越战结束以后,他回到家乡。")


# --- 甲、乙、丙之线: a list of places closed by 之线

def test_list_closed_by_zhixian():
    text = "我军驻守马庄、许家集、小陈桥之线,不再南下。"
    labels = ents(text)
    assert ("许家集", "GPE") in labels and ("小陈桥", "GPE") in labels


# --- a post, then a person whose given name is a place's name

def test_place_named_person_after_a_post():
    text = "游击纵队副司令赵长江率部东进。"
    assert ("赵长江", "PERSON") in ents(text)
    assert ("长江", "LOC") not in ents(text)


def test_post_then_place_stays_a_place():
    labels = ents("师长江潮率部,沿长江东下。")
    assert ("长江", "LOC") in labels
    assert not any(s.endswith("长江") and lab == "PERSON" for s, lab in labels)
