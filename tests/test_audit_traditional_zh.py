"""Classes found by auditing Traditional-script pages (Taiwan/HK histories, blogs, wiki mirrors;
session 11, auditzh4); own sentences."""

from pipeline import extract_text


def _ents(text, label=None):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"], e.get("norm") or {}) for e in record["entities"]
            if label is None or e["label"] == label]


def _dates(text):
    return [(s, n.get("value"), n.get("mod")) for s, _, n in _ents(text, "DATE")]


# --------------------------------------------------------------------------- ROC years written bare

def test_bare_roc_year_with_month_after_the_era_is_named():
    text = "民國三十七年冬,該師奉命南調。四十二年三月,部隊移防澎湖,同年九月再調金門。"
    dates = _dates(text)
    assert ("四十二年三月", "1953-03", None) in dates
    assert ("九月", "1953-09", None) in dates
    assert not [s for s, _, _ in _ents(text, "QUANTITY") if "四十二" in s]


def test_bare_roc_year_with_day_and_part_of_month():
    text = "民國四十年,部隊駐防馬祖。四十四年二月上旬,該營奉令撤離。四十五年六月十二日,全師換防。"
    dates = _dates(text)
    assert ("四十四年二月上旬", "1955-02", "START") in dates
    assert ("四十五年六月十二日", "1956-06-12", None) in dates


def test_bare_roc_year_alone_is_a_date_but_durations_are_not():
    text = "民國三十九年該部整編完成;四十七年再次改編為步兵師。前後三十年來,該師歷經改編。"
    dates = _dates(text)
    assert ("四十七年", "1958", None) in dates
    assert not [d for d in dates if d[0].startswith("三十年")]


def test_arabic_roc_years_after_an_arabic_era_year():
    text = "民國45年擴建機場。46年5月3日,第一架運輸機降落;47年8月初,砲戰爆發。"
    dates = _dates(text)
    assert ("46年5月3日", "1957-05-03", None) in dates
    assert ("47年8月初", "1958-08", "START") in dates


def test_two_digit_years_stay_gregorian_without_the_era():
    text = "44年12月,日軍攻佔獨山。"
    assert _dates(text)[0][:2] == ("44年12月", "1944-12")


# --------------------------------------------------------------------------- names joined by a dot

def test_austronesian_names_with_the_big5_hyphenation_point():
    text = "部落頭目瓦歷斯‧諾幹率族人伏擊,其弟比浩‧沙布加入後,兩人分路撤退。"
    persons = [s for s, _, _ in _ents(text, "PERSON")]
    assert persons == ["瓦歷斯‧諾幹", "比浩‧沙布"]


def test_dotted_names_with_other_dots_and_minority_names():
    text = "會上,阿沛·阿旺晉美發言,另有德國顧問馮・法肯豪森列席。"
    persons = [s for s, _, _ in _ents(text, "PERSON")]
    assert "阿沛·阿旺晉美" in persons and "馮・法肯豪森" in persons


def test_dots_in_titles_and_numeral_dates_are_no_names():
    text = "他讀過《瓦歷斯‧諾幹詩集》,也寫過一·二八的回憶。"
    assert not _ents(text, "PERSON")


# --------------------------------------------------------------------------- edges and false positives

def test_possessive_before_a_glossed_old_name_is_outside():
    text = "清廷令其駐紮淡水之艋舺(今萬華),兼顧基隆。"
    gpes = [s for s, _, _ in _ents(text, "GPE")]
    assert "艋舺" in gpes and "之艋舺" not in gpes


def test_military_affairs_after_a_named_force_is_no_unit():
    text = "他奉旨督辦臺灣軍務,另有關東軍務處之說。"
    assert not _ents(text, "MIL_UNIT")


def test_figure_table_and_note_numbers_are_no_counts():
    text = "砲台位置見圖3與表4(注5),守軍陣亡300人。"
    assert [s for s, _, _ in _ents(text, "QUANTITY")] == ["300人"]


def test_a_river_mouth_is_no_county():
    text = "河口的水雷無法清除,艦隊只得停泊於外海。"
    assert not _ents(text, "GPE")


def test_era_year_with_its_gloss_before_nian_and_january():
    text = "中華民國三十八(一九四九)年冬,部隊南撤。民國三十九(一九五○)年二月,該團退入緬境;民國四十年元月整編。"
    dates = _dates(text)
    assert ("中華民國三十八(一九四九)年", "1949", None) in dates
    assert ("民國三十九(一九五○)年二月", "1950-02", None) in dates
    assert ("民國四十年元月", "1951-01", None) in dates


def test_anti_communist_guerrilla_armies_are_units():
    text = "國府將殘部改編為浙江反共救國軍,其後又有泰北的人民反共志願軍。"
    units = [s for s, _, _ in _ents(text, "MIL_UNIT")]
    assert units == ["浙江反共救國軍", "人民反共志願軍"]


def test_a_name_ends_before_defecting():
    text = "省主席程潛投共,師長某人變節。"
    assert [s for s, _, _ in _ents(text, "PERSON")][:1] == ["程潛"]


def test_names_before_company_and_field_ranks():
    text = "座機由林志華中尉駕駛,僚機為陳國興少尉,醫官黃明德上尉隨行。"
    persons = [s for s, _, _ in _ents(text, "PERSON")]
    assert persons == ["林志華", "陳國興", "黃明德"]
    assert not _ents(text, "LOC")


def test_counted_aircraft_are_no_persons():
    text = "此役擊落米格機三架,擊傷一架。"
    assert not _ents(text, "PERSON")
    assert [s for s, _, _ in _ents(text, "QUANTITY")] == ["三架", "一架"]


def test_imperial_and_nautical_units():
    text = "該艦航速二十八節,距岸約三千碼,航程四百浬,主砲口徑五吋。"
    qs = [(s, n.get("value"), n.get("unit")) for s, _, n in _ents(text, "QUANTITY")]
    assert qs == [("二十八節", 28, "節"), ("約三千碼", 3000, "碼"), ("四百浬", 400, "浬"), ("五吋", 5, "吋")]


def test_villages_of_a_counted_list_are_places():
    text = "日軍焚燬了頂厝、下寮、石牛崎等三村,又轉戰南勢、北勢(以上二村今屬某鄉)。大、小兩村未受波及。"
    gpes = [s for s, _, _ in _ents(text, "GPE")]
    assert gpes[:5] == ["頂厝", "下寮", "石牛崎", "南勢", "北勢"]
    assert "大" not in gpes


def test_a_list_whose_count_disagrees_is_left_alone():
    text = "義軍轉戰甲寮、乙崎(以上三村均遭焚燬)。"
    assert not [s for s, _, _ in _ents(text, "GPE") if s in ("甲寮", "乙崎")]


def test_taiwan_and_hong_kong_papers_and_service_headquarters():
    text = "據青年戰士報與華僑日報報導,空軍總部證實此事。"
    orgs = [s for s, _, _ in _ents(text, "ORG")]
    assert orgs == ["青年戰士報", "華僑日報", "空軍總部"]


def test_offshore_islands_without_an_island_head():
    text = "該營自南竿移防西莒,另一連進駐東碇;大陳撤退前,他曾駐守披山。"
    locs = [s for s, _, _ in _ents(text, "LOC")]
    assert locs == ["南竿", "西莒", "東碇", "大陳", "披山"]
    assert not _ents("他大膽進攻。", "LOC")


def test_transliterated_names_glossed_in_latin():
    text = "清廷聘英國人赫德(Robert Hart)總理稅務,法國工程師日意格(Prosper Giquel)主持船廠,艦隊泊於大沽港(Taku)。"
    persons = [s for s, _, _ in _ents(text, "PERSON")]
    assert "赫德" in persons and "日意格" in persons
    assert "大沽港" not in persons


def test_a_service_before_a_field_rank_is_no_force():
    text = "日本陸軍少校某某率隊登陸,日本陸軍隨即增援。"
    units = [s for s, _, _ in _ents(text, "MIL_UNIT")]
    assert units == ["日本陸軍"]
    assert _ents(text, "MIL_UNIT")[0] and text.index("日本陸軍隨") == [
        e["start"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "MIL_UNIT"][0]


def test_an_ordinary_word_before_dao_shang_is_no_island():
    text = "以懲罰島上之民為由出兵,部隊登陸東引島上。"
    locs = [s for s, _, _ in _ents(text, "LOC")]
    assert locs == ["東引島"]


def test_a_sending_verb_after_an_adverb_is_outside_a_dotted_name():
    from pipeline import extract_text

    text = "国务院遂派乔治·马歇尔来华调处，又令约翰·戴维斯随行。"
    got = [e["text"] for e in extract_text(text)["entities"] if e["label"] == "PERSON"]
    assert got == ["乔治·马歇尔", "约翰·戴维斯"]


def test_the_last_part_of_a_dotted_name_alone_later_is_the_person():
    from pipeline import extract_text

    text = "英军旅长马尔科姆·德拉蒙德准将率部登岸。次日德拉蒙德下令向内陆推进，德拉蒙德的坦克随后跟进。"
    got = [(e["start"], e["end"], e["text"]) for e in extract_text(text)["entities"] if e["label"] == "PERSON"]
    assert got == [(4, 13, "马尔科姆·德拉蒙德"), (22, 26, "德拉蒙德"), (34, 38, "德拉蒙德")]
    # a one-character last part is no name alone (金 in 金融)
    text = "海军上将欧内斯特·金主持会议，会后讨论金融问题。"
    assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == "PERSON"] == ["欧内斯特·金"]


def test_a_glossed_name_before_a_place_head_is_no_person():
    from pipeline import extract_text

    text = "第3营在萨勒诺(Salerno)滩头苦战，营长派克(Parker)负伤。"
    got = [(e["text"], e["label"]) for e in extract_text(text)["entities"] if e["label"] == "PERSON"]
    assert got == [("派克", "PERSON")]
