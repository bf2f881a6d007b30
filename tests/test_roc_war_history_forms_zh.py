"""Forms of Taiwanese and Hong Kong war-history pages (session 14 audit, auditzh27: 國軍 history, 遠征軍 memoirs,
國防部 史政 style texts). Sentences written for these tests (made-up names and events; real places only as places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _entity(text, span):
    return next(e for e in extract_text(text)["entities"] if e["text"] == span)


# --- 午前 (the morning) as a part of day ---------------------------------------------------------------

def test_wuqian_clock_time_glued_to_its_day_is_one_date():
    text = "民國三十二年九月五日午前七時十分，我團開始渡河。"
    ent = _entity(text, "民國三十二年九月五日午前七時十分")
    assert ent["label"] == "DATE"
    assert ent["norm"]["value"] == "1943-09-05T07:10"


def test_wuqian_clock_time_alone_takes_the_day_before():
    text = "民國三十二年九月五日夜，敵來犯。午前六時許，敵退去；午後二時，我軍追擊。"
    ents = _ents(text)
    assert ("DATE", "午前六時許") in ents
    ent = _entity(text, "午前六時許")
    assert ent["norm"]["value"] == "1943-09-05T06:00" and ent["norm"].get("mod") == "APPROX"
    assert _entity(text, "午後二時")["norm"]["value"] == "1943-09-05T14:00"


def test_wuqian_without_a_clock_is_no_date():
    ents = _ents("部隊於中午前到達河邊，午前的工作已經完成。")
    assert not [e for e in ents if e[0] == "DATE"]


# --- two-digit years in numerals with a part of the year ----------------------------------------------

def test_two_digit_numeral_year_with_year_part_is_a_date():
    text = "三八年初，我們隨軍西撤；四三年冬，部隊又移駐湘西。"
    a, b = _entity(text, "三八年初"), _entity(text, "四三年冬")
    assert (a["label"], a["norm"]["value"], a["norm"].get("mod")) == ("DATE", "1938", "START")
    assert (b["label"], b["norm"]["value"]) == ("DATE", "1943-WI")


def test_two_digit_numeral_count_of_years_is_no_date():
    ents = _ents("他在部隊服役三四年後退伍，第一二年最苦。")
    assert not [e for e in ents if e[0] == "DATE"]


# --- a place described as a key town -------------------------------------------------------------------

def test_place_before_key_town_is_its_own_span():
    ents = _ents("日軍進犯贛北重鎮修水，又攻佔雲南要鎮騰衝。")
    assert ("GPE", "修水") in ents and ("GPE", "騰衝") in ents
    assert ("LOC", "贛北") in ents and ("GPE", "雲南") in ents
    assert not [e for e in ents if "重鎮" in e[1] or "要鎮" in e[1]]


def test_key_town_without_a_known_place_adds_nothing():
    ents = _ents("這座邊陲重鎮從此成了前線。")
    assert not [e for e in ents if e[0] in ("GPE", "LOC")]


# --- named military airfields -------------------------------------------------------------------------

def test_military_airfield_with_its_name_is_one_fac():
    ents = _ents("城西有一座石馬坪軍用機場，敵機轟炸了黃沙軍用飛機場。")
    assert ("FAC", "石馬坪軍用機場") in ents
    assert ("FAC", "黃沙軍用飛機場") in ents


def test_unnamed_military_airfield_is_no_fac():
    ents = _ents("工兵連夜修築軍用機場，另建一處新的軍用機場。")
    assert not [e for e in ents if e[0] == "FAC"]


# --- a numbered army group's commander before 率部 ----------------------------------------------------

def test_commander_after_army_group_before_leading_is_a_person():
    ents = _ents("第九集團軍梁定遠率部向南轉進。")
    assert ("MIL_UNIT", "第九集團軍") in ents
    assert ("PERSON", "梁定遠") in ents


def test_word_after_army_group_before_leading_is_no_person():
    ents = _ents("第九集團軍主力率部向南轉進。")
    assert not [e for e in ents if e[0] == "PERSON"]


# --- a range of Republican years opened by 起 --------------------------------------------------------

def test_republican_year_range_with_qi_gives_both_ends():
    text = "民國二十七年起至三十一年間，該師轉戰湘北。"
    a, b = _entity(text, "民國二十七年"), _entity(text, "三十一年")
    assert (a["label"], a["norm"]["value"]) == ("DATE", "1938")
    assert (b["label"], b["norm"]["value"]) == ("DATE", "1942")


def test_duration_after_qi_is_no_range():
    ents = _ents("他從那時起到三十年間一直從軍。")
    assert ("DATE", "三十年") not in ents


# --- square kilometres and metres written without 平, and 平方公尺 ---------------------------------

def test_square_units_without_ping_are_quantity_units():
    text = "該區面積約十二萬方公里，營舍共三千平方公尺，庫房八百方公尺。"
    assert _entity(text, "約十二萬方公里")["norm"] == {"value": 120000, "unit": "方公里", "approx": "about"}
    assert _entity(text, "三千平方公尺")["norm"]["unit"] == "平方公尺"
    assert _entity(text, "八百方公尺")["norm"]["unit"] == "方公尺"


def test_fang_as_side_is_no_area_unit():
    ents = _ents("雙方公開談判，中美英三方公報隨即發表，四方公尺寸之地也不讓。")
    assert not [e for e in ents if e[0] == "QUANTITY" and ("公里" in e[1] or "公" in e[1])]


# --- a ship boarded by name --------------------------------------------------------------------------

def test_ship_boarded_by_name_holds_no_place():
    ents = _ents("參謀長乘太康號、司令乘長沙號抵達外海，部隊改乘中興號南下營口。")
    assert not [e for e in ents if e[1] in ("太康", "長沙", "中興")]
    assert ("GPE", "營口") in ents


def test_boarding_words_without_a_ship_keep_their_dates():
    text = "一九四八年十月，我軍乘隙於五月三日夜渡河，乘勝追擊。"
    assert ("DATE", "五月三日夜") in _ents(text)


# --- a Republican date packed in digits -----------------------------------------------------------------

def test_packed_republican_date_is_one_date():
    text = "民國380512日，該團奉命撤離；民國1120105舉行紀念會。"
    assert _entity(text, "民國380512日")["norm"]["value"] == "1949-05-12"
    assert _entity(text, "民國1120105")["norm"]["value"] == "2023-01-05"
    assert not [e for e in _ents(text) if e[0] == "QUANTITY"]


def test_republican_year_with_a_count_is_no_packed_date():
    ents = _ents("民國38年撤退來臺的官兵共1500人。")
    assert ("DATE", "民國38年") in ents
    assert not [e for e in ents if e[0] == "DATE" and e[1].startswith("民國38") and e[1] != "民國38年"]


# --- an airfield named by a known place ----------------------------------------------------------------

def test_verb_before_place_named_airfield_stays_outside():
    ents = _ents("我軍以重砲猛轟岳陽機場，又派機轟炸芷江飛機場。")
    assert ("FAC", "岳陽機場") in ents and ("FAC", "芷江飛機場") in ents
    assert not [e for e in ents if e[0] == "FAC" and e[1].startswith(("猛", "轟"))]


def test_place_before_place_named_airfield_is_left_alone():
    ents = _ents("湘西芷江機場擴建完成。")
    assert ("FAC", "芷江機場") not in ents
    assert ("FAC", "梧州機場") not in _ents("日機轟炸柳州、梧州機場。")
