"""Session 12 audit of Traditional-script pages (auditzh10): classes found on Taiwan/HK pages about the Burma
campaign, the 1937-1944 battles and ROC unit histories. Sentences are written for these tests."""

from pipeline import extract_text


def _spans(text):
    return [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _entity(text, piece, label):
    start = text.index(piece)
    for e in extract_text(text, rules_only=True)["entities"]:
        if (e["start"], e["end"], e["label"]) == (start, start + len(piece), label):
            return e
    raise AssertionError(f"{piece} {label} not found in {_spans(text)}")


# --- a province short form the stoplist dropped with a district of the same name (海南 of 乌海)

def test_hainan_province_short_form():
    text = "日軍於次年登陸海南,他是海南人。"
    e = _entity(text, "海南", "GPE")
    assert e["norm"]["id"] == "cn:460000"
    assert (text.index("海南人"), text.index("海南人") + 2, "GPE") in _spans(text)


def test_hainan_island_stays_loc():
    text = "艦隊駛向海南島以南。"
    assert (4, 7, "LOC") in _spans(text)


# --- a facility name never starts on a particle or conjunction (之, 且)

def test_facility_name_after_zhi():
    text = "部隊沿修築完成之川滇公路南下。"
    start = text.index("川滇公路")
    assert (start, start + 4, "FAC") in _spans(text)
    assert not any(s < start < e for s, e, _ in _spans(text))


def test_facility_name_after_qie():
    text = "彈藥已運完,且東興倉庫東側已起火。"
    start = text.index("東興倉庫")
    assert (start, start + 4, "FAC") in _spans(text)
    assert (start - 1, start + 4, "FAC") not in _spans(text)


# --- a branch sub-unit written right after its parent (tank and honour regiments)

def test_tank_regiment_after_army():
    text = "第九軍戰車團隨即出發。"
    e = _entity(text, "第九軍戰車團", "MIL_UNIT")
    assert e["norm"]["numbers"][0] == 9


def test_honour_regiment_after_division():
    text = "該團由第47師榮譽團改編。"
    _entity(text, "第47師榮譽團", "MIL_UNIT")


# --- a two-character name padded to three characters in a roster

def test_padded_names_in_roster():
    text = "歷任團長:\n趙 剛(1940年3月--1941年8月)\n錢世榮(1941年8月--1943年1月)\n孫 傑(1943年1月--1945年9月)"
    spans = _spans(text)
    a = text.index("趙 剛")
    b = text.index("孫 傑")
    assert (a, a + 3, "PERSON") in spans
    assert (b, b + 3, "PERSON") in spans
    assert (text.index("1940年3月"), text.index("1940年3月") + 7, "DATE") in spans


def test_padded_names_in_list():
    text = "參加會議者有周大同、吳 鵬、鄭 明等人。"
    spans = _spans(text)
    for name in ("吳 鵬", "鄭 明"):
        start = text.index(name)
        assert (start, start + 3, "PERSON") in spans


def test_space_between_words_stays():
    text = "中 國軍隊"
    assert not any(label == "PERSON" for _, _, label in _spans(text))


# --- a transliterated foreign name right before a rank or 將軍

def test_foreign_names_before_rank():
    text = "英軍的哈靈頓上校與美國布萊德利將軍會面,羅伯茨中將隨後抵達。"
    spans = _spans(text)
    for name in ("哈靈頓", "布萊德利", "羅伯茨"):
        start = text.index(name)
        assert (start, start + len(name), "PERSON") in spans, name


def test_chinese_name_before_general_not_cut():
    text = "陳安德將軍率部抵達。"
    assert (0, 3, "PERSON") in _spans(text)
    assert (1, 3, "PERSON") not in _spans(text)


def test_no_person_from_place_or_generic_before_general():
    text = "俄羅斯將軍與這位老將軍都到了。"
    assert not any(label == "PERSON" for _, _, label in _spans(text))


# --- a named force whose first character ends a verb (掩護|國軍)

def test_cover_verb_before_national_army():
    text = "第三營掩護國軍第六十師撤退。"
    spans = _spans(text)
    start = text.index("第六十師")
    assert (start, start + 4, "MIL_UNIT") in spans
    assert not any(s <= text.index("護") < e for s, e, _ in spans)


def test_national_protection_army_still_found():
    text = "蔡將軍在雲南組織護國軍討袁。"
    start = text.index("護國軍")
    assert (start, start + 3, "MIL_UNIT") in _spans(text)


# --- a Japanese name whose surname the list lacks, before a rank only the Japanese army used

def test_japanese_name_before_japanese_rank():
    text = "日軍第二大隊長柿坂良雄少佐率部突圍,其餘由根津義和大尉指揮。"
    spans = _spans(text)
    for name in ("柿坂良雄", "根津義和"):
        start = text.index(name)
        assert (start, start + 4, "PERSON") in spans, name


def test_no_name_without_boundary_before_japanese_rank():
    text = "命令派遣大佐前往。"
    assert not any(label == "PERSON" for _, _, label in _spans(text))


# --- a railway named after its two ends, with 上 (on the railway)

def test_railway_with_shang():
    text = "我軍在同蒲路上之敵據點附近伏擊,湘黔路上車輛不絕。"
    spans = _spans(text)
    for name in ("同蒲路", "湘黔路"):
        start = text.index(name)
        assert (start, start + 3, "FAC") in spans, name
    assert not any(label == "PERSON" for _, _, label in spans)


def test_city_road_with_shang_is_no_railway():
    text = "大連路上行人很多。"
    assert not any(label == "FAC" for _, _, label in _spans(text))


# --- a joining dot typed as a full stop (Taiwanese pages)

def test_full_stop_as_joining_dot():
    text = "頭目比荷.沙波約在1930年率眾起事,瓦歷斯.諾幹隨後加入。"
    spans = _spans(text)
    for name in ("比荷.沙波", "瓦歷斯.諾幹"):
        start = text.index(name)
        assert (start, start + len(name), "PERSON") in spans, name


def test_full_stop_between_sentences_is_no_name():
    text = "部隊抵達高雄.日本守軍已撤離。"
    assert not any(label == "PERSON" for _, _, label in _spans(text))


# --- a PDF page's indented block: a word broken at a line end is joined even under a deep indent

def test_deep_indented_pdf_lines_join():
    text = ("            日軍主力沿公路北進,先頭部隊於拂曉前已到了騰\n"
            "            衝以北,隨即轉向怒江渡口。")
    spans = _spans(text)
    start = text.index("騰")
    assert (start, text.index("衝以北") + 1, "GPE") in spans


def test_indented_table_rows_stay_apart():
    text = "第一縱隊  王\n                陵"
    assert not any(label == "GPE" for _, _, label in _spans(text))


# --- a Latin gloss after a known place belongs to the place; no name is read before it

def test_gloss_after_place_is_no_person():
    text = "日軍隨即進佔臘戍(Lashio),另一路直抵八莫(Bhamo)。"
    spans = _spans(text)
    assert not any(label == "PERSON" for _, _, label in spans)
    start = text.index("八莫")
    assert (start, start + 2, "GPE") in spans


def test_particle_before_battle_head_is_no_event():
    text = "國軍放棄在臘戍(Lashio)的會戰計畫。"
    assert not any(label == "EVENT" for _, _, label in _spans(text))
