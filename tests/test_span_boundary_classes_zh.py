"""Chinese span boundaries (session 25, s25zhextent): the first member of a month or day list written with one unit
(shared_unit_date_members_zh), counted classifiers and spoken time words (measure_words.tsv), 驻 before a place
(local_place_forms_zh, place_frames) and the 补训 qualifier (unit_prefixes.tsv). Sentences written for the test
(made-up or generic names); exact spans, labels, values, and what must stay untagged."""

from tests.sentences import ents, extracted, located


def _dates(text):
    return [(text[s:e], (n or {}).get("value")) for s, e, _, n in extracted(text, "DATE")]


def _counts(text):
    return [(text[s:e], (n or {}).get("value"), (n or {}).get("unit")) for s, e, _, n in extracted(text, "QUANTITY")]


# --- DATE: the first member keeps the year or month written before it (guideline 8, 1947年2月20~23日)

def test_month_list_first_member_keeps_year():
    assert _dates("1943年11至12月间,甲部北移。") == [("1943年11", "1943-11"), ("12月", "1943-12")]
    assert _dates("一九四四年五、六月间敌南下。") == [("一九四四年五", "1944-05"), ("六月", "1944-06")]


def test_era_year_month_list():
    assert _dates("民国三十年五、六月间,乙部移防。") == [("民国三十年五", "1941-05"), ("六月", "1941-06")]


def test_day_list_first_member_keeps_month():
    assert _dates("1949年,7月3、4日两军对峙。") == [("1949年", "1949"), ("7月3", "1949-07-03"), ("4日", "1949-07-04")]
    assert _dates("1946年3月29至4月2日召开会议。") == [("1946年3月29", "1946-03-29"), ("4月2日", "1946-04-02")]


def test_day_list_before_count_of_days():
    text = "1940年,十月十二、十三两日敌机来袭。"
    assert _dates(text) == [("1940年", "1940"), ("十月十二", "1940-10-12"), ("十三", "1940-10-13")]
    assert _counts(text) == [("两日", 2, "日")]


def test_no_join_without_forward_list_or_head():
    assert ("1944年5", "1944-05") not in _dates("1944年5、6万人南下。")          # no 月 after the second member
    assert [d for d, _ in _dates("1945年5月12、3日。")][0] == "1945年5月"          # the list goes back
    assert not any(d.startswith("1944年3") for d, _ in _dates("1944年3至5日。"))   # a day list needs its month
    assert "第5" not in [d for d, _ in _dates("第5、6月。")]


# --- QUANTITY: classifiers of booty lists and records, time counted in speech

def test_classifier_counts():
    text = "缴获书籍200本,子弹500粒,步枪三百杆,破案30宗,捐地两顷余,制钱二千串。"
    assert [c[0] for c in _counts(text)] == ["200本", "500粒", "三百杆", "30宗", "两顷余", "二千串"]


def test_spoken_time_counts():
    text = "斗争历经近3个年头,又走了两个钟头,过了三个礼拜。"
    assert _counts(text) == [("近3个年头", 3, "个年头"), ("两个钟头", 2, "个钟头"), ("三个礼拜", 3, "个礼拜")]


def test_classifier_word_readings_stay_out():
    text = "两路包围县城,礼拜天休息,此役是境内最后一仗。"
    assert all(c[0] not in ("两路包", "一仗") for c in _counts(text))
    assert "礼拜" not in "".join(c[0] for c in _counts(text))


# --- GPE/LOC: 驻 (stationed at) is no part of the place after it

def test_stationed_before_known_mountain_named_city():
    text = "敌军向驻凉山附近的北村进逼。"
    assert located(text, "GPE")[0] == (4, 6, "凉山")
    assert located(text, "LOC") == []


def test_stationed_cut_off_landform():
    assert ("马鞍山", "GPE") in ents("敌军驻马鞍山附近。")


def test_stationed_before_list_first_member():
    text = "另有某部第二师,驻叙永、纳溪一带。"
    assert [s for _, _, s in located(text, "GPE")] == ["叙永", "纳溪"]


# --- MIL_UNIT: the replacement-training qualifier stays in the designation

def test_replacement_training_units():
    text = "该部补训三团与补训第2团出发,他在补训处工作。"
    assert [s for _, _, s in located(text, "MIL_UNIT")] == ["补训三团", "补训第2团"]


# --- DATE: the half or stage of a century written with it

def test_century_parts():
    assert _dates("17世纪下半叶,甲岛上已有华人;到20世纪初期人数大增。") == [("17世纪下半叶", "16"), ("20世纪初期", "19")]
    text = "19世纪中期,乙村建了学校;18世纪后半期又扩建。"
    assert [(text[s:e], n.get("mod")) for s, e, _, n in extracted(text, "DATE")] == [("19世纪中期", "MID"),
                                                                                    ("18世纪后半期", "END")]


# --- PERSON: 道 after a post and a surname is a given name's character, no Qing circuit

def test_post_surname_dao_name():
    assert located("团长邓道成率部出发。", "PERSON") == [(2, 5, "邓道成")]
    assert located("苏松太道吴健彰会同领事前往。", "PERSON")[0] == (4, 7, "吴健彰")


# --- QUANTITY: years and months of one duration (years_months_durations_zh)

def test_years_and_months_one_duration():
    assert _counts("部队在山区坚持了两年零五个月,前后历时约1年又6个月。") == [("两年零五个月", 2.42, "年"),
                                                                        ("约1年又6个月", 1.5, "年")]


def test_calendar_or_era_year_before_months_is_no_duration():
    text = "1944年零3个月,民国三年又三个月。"
    assert all("年" not in c[0] for c in _counts(text))


# --- DATE: a reign's stages (qing_annals_zh) and a bare era year in digits glossed by its Gregorian year

def test_reign_stages():
    assert _dates("康熙末期或雍正初期设厅,嘉庆中叶匪起。") == [("康熙末期", "1722"), ("雍正初期", "1723"),
                                                          ("嘉庆中叶", "1808")]


def test_bare_digit_era_year_with_gloss():
    text = "民国时期,甲军于14年(1925)入境。"
    assert ("14年", "1925") in _dates(text)
    assert ("14年", 14, "年") in _counts("他服役14年(1925-1939)。")     # a duration glossed by its range
