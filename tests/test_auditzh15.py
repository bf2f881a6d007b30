"""Classes found by auditing Traditional-script pages from Taiwan and Hong Kong and forum posts (session 13,
auditzh15): ROC unit code names, qualifiers and commands, barracks, succession lines, 1911 armies. Own
sentences, exact spans."""

from sentences import surface_norm as _norm, surface_spans as _spans


# ROC code names (部隊代號)

def test_code_name_in_brackets_after_a_designation():
    text = "第九十九軍(雄鷹部隊)移防澎湖,雄鷹部隊官兵隨即構工。"
    spans = _spans(text, "MIL_UNIT")
    assert ("第九十九軍", 0, 5, "MIL_UNIT") in spans
    assert ("雄鷹部隊", 6, 10, "MIL_UNIT") in spans
    assert ("雄鷹部隊", 16, 20, "MIL_UNIT") in spans     # a later mention of the name found so


def test_code_name_quoted_after_a_brigade_and_after_a_naming_word():
    text = "陸軍步兵第三〇二旅「飛豹部隊」駐防新竹;該旅別稱飛豹部隊。"
    spans = _spans(text, "MIL_UNIT")
    assert ("飛豹部隊", 10, 14, "MIL_UNIT") in spans
    assert ("飛豹部隊", 24, 28, "MIL_UNIT") in spans


def test_code_name_after_a_dash():
    text = "陸軍第八十四師-鐵血部隊的老兵回憶。"
    assert ("鐵血部隊", 8, 12, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_generic_troops_are_no_code_name():
    text = "第五軍(主力部隊)北上,「地面部隊」隨後跟進,守備部隊留守。"
    surfaces = [s[0] for s in _spans(text, "MIL_UNIT")]
    assert "主力部隊" not in surfaces and "地面部隊" not in surfaces and "守備部隊" not in surfaces


# qualifiers of ROC designations

def test_army_before_a_qualifier_stays_in_the_designation():
    text = "陸軍步兵第三一七師開抵金門。"
    assert _spans(text, "MIL_UNIT") == [("陸軍步兵第三一七師", 0, 9, "MIL_UNIT")]
    assert _norm(text, "陸軍步兵第三一七師")["prefix"] == "步兵"


def test_combined_arms_and_mechanised_brigades():
    text = "陸軍聯兵五三二旅聯兵二營與陸軍機步第二六九旅、輕裝步兵第六十八師會合。"
    spans = _spans(text, "MIL_UNIT")
    assert ("陸軍聯兵五三二旅聯兵二營", 0, 12, "MIL_UNIT") in spans
    assert ("陸軍機步第二六九旅", 13, 22, "MIL_UNIT") in spans
    assert ("輕裝步兵第六十八師", 23, 32, "MIL_UNIT") in spans
    assert _norm(text, "陸軍機步第二六九旅")["prefix"] == "机步"
    assert _norm(text, "輕裝步兵第六十八師")["prefix"] == "轻装步兵"


def test_numbered_assault_group_keeps_its_number():
    text = "十月三日由第三突擊大隊出擊,突擊大隊另一部留守。"
    spans = _spans(text, "MIL_UNIT")
    assert ("第三突擊大隊", 5, 11, "MIL_UNIT") in spans
    assert _norm(text, "第三突擊大隊")["numbers"] == [3]


# commands and garrisons named by their area

def test_area_commands_and_defence_short_forms_are_org():
    text = "陸軍蘭陽地區指揮部奉令,澎湖防衛指揮部與馬防部同步演練。"
    spans = _spans(text, "ORG")
    assert ("陸軍蘭陽地區指揮部", 0, 9, "ORG") in spans
    assert ("澎湖防衛指揮部", 12, 19, "ORG") in spans
    assert ("馬防部", 20, 23, "ORG") in spans
    assert not _spans(text, "PERSON")


def test_defence_short_form_before_troops_or_a_post_is_no_command():
    text = "國防部長視察邊防部隊。"
    assert ("國防部", 0, 3, "ORG") in _spans(text, "ORG")
    assert all(s[0] != "防部" for s in _spans(text))


def test_garrison_units_named_by_their_place():
    text = "金門守備大隊成立,由金北守備隊與烈嶼守備隊併編。"
    spans = _spans(text, "MIL_UNIT")
    assert ("金門守備大隊", 0, 6, "MIL_UNIT") in spans
    assert ("金北守備隊", 10, 15, "MIL_UNIT") in spans


# barracks

def test_barracks_named_by_their_place_are_fac():
    text = "新兵進駐屏東縣龍泉營區,再移防清泉崗營區。"
    spans = _spans(text, "FAC")
    assert ("龍泉營區", 7, 11, "FAC") in spans
    assert ("清泉崗營區", 15, 20, "FAC") in spans


def test_barracks_after_a_verb_is_no_name():
    text = "官兵進入營區後立即集合。"
    assert not _spans(text, "FAC")


# false positives

def test_infobox_label_country_or_region_is_no_place():
    text = "國家或地區 中華民國\n效忠於 中華民國"
    assert all(s[0] != "國家或" for s in _spans(text))


def test_a_drill_ground_after_a_town_is_no_market_town():
    text = "部隊每年七月集結在新竹閱兵場,也在操場演練。"
    assert all(not s[0].endswith("閱兵場") for s in _spans(text, "GPE"))


def test_a_verb_of_holding_before_a_village_is_outside_it():
    text = "右翼部隊占據馬坊附近高地。"
    assert _spans(text, "GPE") == [("馬坊", 6, 8, "GPE")]


def test_a_commanders_headquarters_is_not_japans():
    text = "張某在城內設立大本營,日本大本營則另有部署。"
    orgs = _spans(text, "ORG")
    assert ("大本營", 7, 10, "ORG") not in orgs
    assert any(s[0].endswith("大本營") and s[1] > 10 for s in orgs)


def test_unit_qualifier_before_a_post_is_no_name():
    text = "原整編軍長劉某未能出任司令,原暫編師長另調。"
    surfaces = [s[0] for s in _spans(text, "PERSON")]
    assert "原整編" not in surfaces and "原暫編" not in surfaces


# persons

def test_name_ends_before_a_commendation():
    text = "戰後團長趙文記功一次,營長錢明記大功。"
    spans = _spans(text, "PERSON")
    assert ("趙文", 4, 6, "PERSON") in spans
    assert ("錢明", 13, 15, "PERSON") in spans


def test_successor_after_you_is_a_person():
    text = "首任團長為周大年,後由魏振聲繼任。"
    assert ("魏振聲", 11, 14, "PERSON") in _spans(text, "PERSON")


def test_you_before_a_pronoun_is_no_successor():
    text = "此職後由其繼任。"
    assert not _spans(text, "PERSON")


# the 1911 armies of the lower Yangtze

def test_member_armies_of_the_1911_allied_army():
    text = "下轄鎮軍、淞軍及寧軍,各派一部攻城。"
    spans = _spans(text, "MIL_UNIT")
    assert [s[0] for s in spans] == ["鎮軍", "淞軍", "寧軍"]


# forum watermarks, glosses, villages named by a surname that is also a function word

def test_watermark_letter_before_a_designation():
    text = "}% t6 Q8 K205師在此役中犧牲殆盡。"
    assert ("205師", 10, 14, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_model_code_letter_is_no_watermark():
    text = "裝備P40戰機,後換B25轟炸機。"
    assert not _spans(text, "MIL_UNIT")


def test_revolutionary_army_with_its_service_and_qualifier_is_one_unit():
    text = "改編為國民革命軍陸軍警衛第三師。"
    assert _spans(text, "MIL_UNIT") == [("國民革命軍陸軍警衛第三師", 3, 15, "MIL_UNIT")]


def test_ordinary_word_glossed_by_a_known_place_after_a_verb_is_a_place():
    text = "清軍進抵橋頭(今憑祥),再趨省城(今南寧)。"
    spans = _spans(text, "GPE")
    assert ("橋頭", 4, 6, "GPE") in spans
    assert all(s[0] != "省城" for s in spans)


def test_village_named_by_a_surname_that_is_an_adverb():
    text = "第二連被圍於曾塘,另一部退至何庄。"
    spans = _spans(text, "GPE")
    assert ("曾塘", 6, 8, "GPE") in spans
    assert ("何庄", 14, 16, "GPE") in spans


def test_adverb_before_a_village_word_is_no_village():
    text = "他曾村居三年,又向村民借糧。"
    assert not _spans(text, "GPE")


# ROC years from 100 on, services, place-named commands

def test_roc_year_written_digit_by_digit():
    text = "民國三十六年成軍,並於一〇五年改編為旅。"
    spans = _spans(text, "DATE")
    assert ("一〇五年", 11, 15, "DATE") in spans
    assert _norm(text, "一〇五年")["value"] == "2016"


def test_roc_year_digit_by_digit_needs_the_era():
    text = "全書共一〇五年的記錄。"
    assert not _spans(text, "DATE")


def test_rebuilding_a_service_is_no_purpose_army():
    text = "國民政府重建海軍陸戰隊,又籌建空軍。"
    assert all(not s[0].endswith(("建海軍", "建空軍")) for s in _spans(text, "MIL_UNIT"))


def test_the_three_services_after_a_service_are_no_third_army():
    text = "海軍三軍聯合作戰基地移編,海軍第三艦隊與陸軍第三軍不變。"
    surfaces = [s[0] for s in _spans(text, "MIL_UNIT")]
    assert "海軍三軍" not in surfaces
    assert "陸軍第三軍" in surfaces


def test_command_named_by_a_known_place_is_org():
    text = "陸戰隊轄東引指揮部與烏坵指揮部。"
    spans = _spans(text, "ORG")
    assert ("烏坵指揮部", 10, 15, "ORG") in spans


def test_command_post_of_a_unit_is_no_place_command():
    text = "第九戰區長沙指揮部成立。"
    assert not _spans(text, "ORG")


# Hong Kong 1941 pages: quoted forts, adverbs before an island, a year before its month

def test_quoted_fort_and_its_other_mentions():
    text = "英軍撤入「金山碉堡」固守,日軍夜襲金山碉堡得手。"
    spans = _spans(text, "FAC")
    assert ("金山碉堡", 5, 9, "FAC") in spans
    assert ("金山碉堡", 17, 21, "FAC") in spans


def test_unquoted_fort_word_alone_is_no_name():
    text = "日軍炸毀碉堡多座。"
    assert not _spans(text, "FAC")


def test_adverb_and_verb_stay_outside_an_island():
    text = "日軍先取九龍,再攻港島。"
    assert all(not s[0].startswith("再") for s in _spans(text))


def test_two_digit_year_before_its_month_is_a_date():
    text = "41年的12月8日清晨日軍越過深圳河。"
    spans = _spans(text, "DATE")
    assert ("41年", 0, 3, "DATE") in spans
    assert _norm(text, "41年")["value"] == "1941"


def test_a_lasting_count_before_a_month_stays_a_count():
    text = "他從軍長達41年的歲月。"
    assert not _spans(text, "DATE")
