"""Session 17 round 2 (prezh6): precision classes seen on Traditional-script pages (Taiwan, Hong Kong), each checked in
Traditional and in its Simplified form: the bad reading gone, the rule's good readings kept. Sentences written for
these tests, none copied from a page."""

from pipeline import extract_text


def ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def norm_of(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


# --- a place inside a four-character phrase jieba tags ns (place_word_checks._place_tagged_phrases)

def test_place_inside_tagged_set_phrase_is_no_place():
    for text in ("那天傍晚夕陽西下,部隊才出發。", "那天傍晚夕阳西下,部队才出发。"):
        assert not [e for e in ents(text) if e[1] in ("GPE", "LOC")]


def test_place_outside_set_phrase_kept():
    assert ("陽西", "GPE") in ents("部隊退到陽西一帶。")
    assert ("阳西", "GPE") in ents("部队退到阳西一带。")


# --- a surname and a place-named given name in a person-only frame (name_collisions_zh)

def test_place_given_name_in_person_frame():
    assert ("蔣渭水", "PERSON") in ents("該會以蔣渭水為首,成員百餘。")
    assert ("蒋渭水", "PERSON") in ents("该会以蒋渭水为首，成员百余。")
    assert ("黃高陽", "PERSON") in ents("李大明任隊長,黃高陽任副政委。")
    assert ("黄高阳", "PERSON") in ents("李大明任队长，黄高阳任副政委。")


def test_place_given_name_of_a_listed_man_keeps_canonical():
    assert norm_of("以楊成武為首的部隊", "楊成武") == {"canonical": "杨成武"}


def test_place_given_name_frame_negatives():
    assert ("南京", "GPE") in ents("以南京為首都。")
    assert ("江西", "GPE") in ents("，江西等省份。")
    assert ("武汉", "GPE") in ents("以武汉为首的城市")


# --- incidents named by month and day in Arabic digits (name_collisions_zh)

def test_digit_date_named_incident():
    assert ("228事件", "EVENT") in ents("當年發生228事件以後,")
    assert ("918事变", "EVENT") in ents("918事变以后，东北沦陷。")


def test_digit_incident_needs_month_and_day():
    assert not [e for e in ents("共有1947事件") if e[1] == "EVENT"]
    assert not [e for e in ents("共有500事件") if e[1] == "EVENT"]


# --- the later end of a year span written with two digits (name_collisions_zh)

def test_short_year_range_end():
    assert ("58年", "DATE") in ents("1949-58年間陸軍實施整編。")
    assert norm_of("1949-58年间陆军实施整编。", "58年") == {"value": "1958"}
    assert ("1949", "DATE") in ents("1949-58年间陆军实施整编。")


def test_short_year_range_end_must_be_later():
    assert not [e for e in ents("1949-38年") if e[0] == "38年" and e[1] == "DATE"]


# --- a garrison named after its fortress (name_collisions_zh)

def test_fortress_garrison_unit():
    assert ("高雄要塞守備大隊", "MIL_UNIT") in ents("高雄要塞守備大隊奉命出動。")
    assert ("江阴要塞守备总队", "MIL_UNIT") in ents("江阴要塞守备总队奉命出动。")


def test_fortress_alone_stays_facility():
    assert ("江陰要塞", "FAC") in ents("日軍猛攻江陰要塞。")


# --- a preposition before a two-character incident name (events._LEADING_PREPOSITIONS)

def test_preposition_before_incident_name():
    assert ("霧社事件", "EVENT") in ents("其中又以霧社事件為甚。")
    assert ("雾社事件", "EVENT") in ents("其中又以雾社事件为甚。")
    assert not [e for e in ents("其中又以霧社事件為甚。") if e[0].startswith("以")]


def test_three_character_incident_name_kept():
    assert ("泗水事件", "EVENT") in ents("在泗水事件中")
    assert ("以色列事件", "EVENT") in ents("以色列事件")


# --- a preposition before a dotted name (dotted_names_zh)

def test_preposition_before_dotted_name():
    assert ("瓦歷‧巴萬", "PERSON") in ents("巡查因瓦歷‧巴萬不肯而大怒。")
    assert ("瓦历‧巴万", "PERSON") in ents("巡查因瓦历‧巴万不肯而大怒。")


def test_dotted_name_after_clause_mark_kept():
    assert ("約瑟夫·史迪威", "PERSON") in ents("由約瑟夫·史迪威指揮。")


def test_undotted_full_name_after_dotted_one():
    found = ents("瓦歷·巴萬早年歸順。瓦歷巴萬後來率眾起事,巴萬說")
    assert ("瓦歷巴萬", "PERSON") in found and ("巴萬", "PERSON") in found


# --- a verb of going before a fortress command (fortress_names_zh)

def test_verb_before_fortress_command():
    assert ("澎湖要塞司令部", "ORG") in ents("他也到澎湖要塞司令部視察。")
    assert ("澎湖要塞司令部", "ORG") in ents("他也到澎湖要塞司令部视察。")
    assert ("江陰要塞司令部", "ORG") in ents("江陰要塞司令部司令")


# --- 整编/新编 before a 廿/卅 number (roc_memoir_forms_zh)

def test_reorganised_division_with_nian_number():
    assert ("整編廿六師", "MIL_UNIT") in ents("整編廿六師當年駐防。")
    assert ("新编卅师", "MIL_UNIT") in ents("新编卅师当年驻防。")
    assert ("第廿一師", "MIL_UNIT") in ents("第廿一師當年駐防。")


# --- written-out units after a magnitude (normalize.quantities)

def test_written_out_units_after_magnitude():
    assert ("4萬2千零65人", "QUANTITY") in ents("擊斃敵軍4萬2千零65人。")
    assert norm_of("击毙敌军4万2千零65人。", "4万2千零65人")["value"] == 42065
    assert norm_of("俘虜5百17人。", "5百17人")["value"] == 517


def test_colloquial_elision_still_left_out():
    assert ("3萬8人", "QUANTITY") not in ents("約3萬8人")


# --- a street head that opens the next place name (facilities)

def test_street_head_opening_township():
    found = ents("遷居高雄縣路竹鄉後鄉村。")
    assert not [e for e in found if e[1] == "FAC"] and ("路竹鄉", "GPE") in found


def test_street_named_after_place_kept():
    assert ("北蘇州路", "FAC") in ents("西藏北路和沿河的北蘇州路")


# --- 字/号 before a courtesy name (person_frames_zh)

def test_courtesy_name_marker_outside():
    assert ("滄海", "PERSON") in ents("林大山又名林大川、字滄海,人稱林先生。")
    assert ("沧海", "PERSON") in ents("林大山又名林大川、字沧海，人称林先生。")
    assert ("林大川", "PERSON") in ents("林大山又名林大川、字沧海，人称林先生。")


# --- a post and a Japanese surname in 村 (local_places)

def test_post_and_japanese_surname_is_no_village():
    for text in ("看到巡查松村經過", "看到巡查松村经过"):
        assert not [e for e in ents(text) if e[1] == "GPE"]
    assert ("李家村", "GPE") in ents("攻占了李家村")


# --- 调 before a place and 作战 (events._MOVEMENT_VERBS)

def test_transferred_to_fight_at_a_place():
    assert ("上海", "GPE") in ents("9月初,該團調上海作戰。")
    assert not [e for e in ents("9月初,该团调上海作战。") if e[1] == "EVENT"]
    assert ("上海作战", "EVENT") in ents("参加上海作战")
