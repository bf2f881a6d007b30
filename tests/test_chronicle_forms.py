"""Session 10 classes seen auditing local chronicles (sentences written for these tests): passes named by 关,
county before 县城, and a village after its county that is really the next clause's function word."""

from pipeline import extract_text


def ents(text, labels=("GPE", "LOC")):
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in labels]


def test_a_pass_named_after_a_known_town_is_one_loc():
    # 长宁 and 白沙 are towns (towns_cn.tsv); with 关 after a verb of attack or holding they name a pass
    text = "敌军攻占长宁关后，我军经白沙关退守。"
    assert ents(text) == [(4, 7, "LOC"), (12, 15, "LOC")]


def test_words_with_guan_are_no_pass():
    assert ents("此事与机关有关，关系重大，关于此点不再赘述。") == []


def test_a_pass_named_like_a_district_is_the_place():
    # 山海关区 is a district: 山海关 stays a GPE
    assert ents("部队集结于山海关一线。") == [(5, 8, "GPE")]


def test_one_character_county_before_county_town():
    text = "起义军攻破户县城，随即北上。"
    assert ents(text) == [(5, 8, "GPE")]


def test_function_word_after_a_county_is_no_village():
    text = "该部由绩溪过宁国而去。"
    assert ents(text) == [(3, 5, "GPE"), (6, 8, "GPE")]


def test_courtesy_name_in_brackets_after_the_name():
    record = extract_text("团长赵某（字子衡，河北人）率部前进。", "t", rules_only=True)
    assert [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] == "PERSON"] == [
        (2, 4, "PERSON"), (6, 8, "PERSON")]


def test_a_county_and_a_one_character_island_town_are_no_island():
    # 荣成 is a county-level city; the place after it is no island named 荣成X岛
    assert ents("他在荣成石岛参加了民兵。") == [(2, 4, "GPE")]


def test_an_airfield_name_holds_no_verb():
    record = extract_text("两架敌机飞临机场上空盘旋。", "t", rules_only=True)
    assert [e for e in record["entities"] if e["label"] == "FAC"] == []
    record = extract_text("日军攻占遂川机场。", "t", rules_only=True)
    assert [(e["start"], e["end"], e["label"]) for e in record["entities"]] == [(4, 8, "FAC")]


def test_names_listed_and_counted_are_persons():
    text = "阵地上只剩下孙德旺、覃小川、韦有才3个人。"
    record = extract_text(text, "t", rules_only=True)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"] if e["label"] == "PERSON"] == [
        ("孙德旺", "PERSON"), ("覃小川", "PERSON"), ("韦有才", "PERSON")]
    text = "派林茂生、蔡永福等五人前往联络。"
    record = extract_text(text, "t", rules_only=True)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"] if e["label"] == "PERSON"] == [
        ("林茂生", "PERSON"), ("蔡永福", "PERSON")]


def test_places_listed_and_counted_are_no_persons():
    record = extract_text("日军连陷衡阳、长沙二城。", "t", rules_only=True)
    assert [e["label"] for e in record["entities"]] == ["GPE", "GPE", "QUANTITY"]


def test_numeral_place_names_are_no_quantities():
    for text in ("敌军进攻三间房阵地。", "起义军经过三元里。"):
        record = extract_text(text, "t", rules_only=True)
        assert [e for e in record["entities"] if e["label"] == "QUANTITY"] == []
    for text, span in (("盖了三间房子。", "三间"), ("共用去五元钱。", "五元"), ("三个师里有两个是新编的。", "三个师")):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "QUANTITY"][0] == span


def test_one_day_as_once_upon_a_time_is_no_duration():
    for text in ("有一天，连队奉命转移。", "一天，他外出侦察。", "半年后的一天晚上，他接到命令。"):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "QUANTITY"
                and "一天" in text[e["start"]:e["end"]]] == [], text
    for text in ("部队苦战了一天，才攻下县城。", "他们只有一天时间。"):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "QUANTITY"] == ["一天"], text


def test_an_adverb_after_a_name_is_no_given_name():
    text = "幸得友人力保，石岱峰才得以脱身。"
    record = extract_text(text, "t", rules_only=True)
    assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"] == ["石岱峰"]
    text = "村民李有才被抓走。"
    record = extract_text(text, "t", rules_only=True)
    assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"] == ["李有才"]


def test_a_mixed_brigade_without_a_japanese_echelon_is_not_japanese():
    record = extract_text("冯玉祥时任第16混成旅旅长。", "t", rules_only=True)
    unit = [e for e in record["entities"] if e["label"] == "MIL_UNIT"][0]
    assert unit["text"] == "第16混成旅" and unit["norm"]["side"] != "JP"
    record = extract_text("日军独立混成第7旅团进攻。", "t", rules_only=True)
    unit = [e for e in record["entities"] if e["label"] == "MIL_UNIT"][0]
    assert unit["norm"]["side"] == "JP"


def test_a_pinyin_reading_glued_after_a_character_breaks_no_name():
    text = "拉開了臨汾戰(zhàn)役的序幕，美第八集團(tuán)軍南撤。"
    record = extract_text(text, "t", rules_only=True)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]] == [
        ("臨汾戰(zhàn)役", "EVENT"), ("第八集團(tuán)軍", "MIL_UNIT")]


def test_an_abbreviation_in_brackets_is_no_pinyin_reading():
    from pipeline.working import normalise
    assert normalise("美军(US)与英军(UK)")[0] == "美军（US）与英军（UK）"


def test_a_village_named_with_a_numeral_and_li_is_no_quantity():
    record = extract_text("志愿军抢占三所里，切断退路。", "t", rules_only=True)
    assert [e for e in record["entities"] if e["label"] == "QUANTITY"] == []


def test_a_post_ending_in_zhang_before_a_name_is_no_place():
    text = "师长江潮同意这个意见，湖南省长沙地区仍在激战。"
    record = extract_text(text, "t", rules_only=True)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]] == [
        ("江潮", "PERSON"), ("湖南省", "GPE"), ("长沙", "GPE")]


def test_the_verb_of_an_appointment_is_no_given_name():
    for text in ("黄某继任军长，韦昭任副军长。", "第六十师，韦昭兼任师长。"):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"][-1] == "韦昭", text


def test_commoner_japanese_family_names_before_a_rank():
    # 津田 and 水上 are in surnames_jp_common.txt (generated from a public family-name list), not in surnames_jp.txt
    for text, name in (("该部由津田光雄少将指挥。", "津田光雄"), ("联队长水上正男大佐率部突围。", "水上正男")):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"] == [name], text


def test_the_japanese_family_name_list_is_as_generated():
    from pathlib import Path
    rows = [l for l in Path("pipeline/lexicons/surnames_jp_common.txt").read_text(encoding="utf-8").splitlines()
            if l and not l.startswith("#")]
    assert len(rows) > 900 and "津田" in rows and "出口" not in rows and "福岛" not in rows


def test_a_designation_number_split_by_a_stray_space():
    text = "日军遭到第4 7师的阻击。"
    record = extract_text(text, "t", rules_only=True)
    units = [e for e in record["entities"] if e["label"] == "MIL_UNIT"]
    assert [(u["text"], u["norm"]["numbers"]) for u in units] == [("第4 7师", [47])]
    text = "伤亡3 1人。"     # no designation: two numbers stay two
    record = extract_text(text, "t", rules_only=True)
    assert [e["text"] for e in record["entities"]] == ["1人"]


def test_state_works_and_services_after_a_place_are_organisations():
    for text, org in (("安庆军械所奉命赶造枪弹。", "安庆军械所"), ("芜湖警察局随即封锁城门。", "芜湖警察局")):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "ORG"] == [org], text


def test_governments_and_assemblies_of_a_place_are_one_organisation():
    for text, org in (("1940年，定远县抗日民主政府成立。", "定远县抗日民主政府"), ("冀中行政公署发出布告。", "冀中行政公署"),
                      ("湖南省参议会开会。", "湖南省参议会")):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "ORG"] == [org], text
    record = extract_text("各地成立了民主政府。", "t", rules_only=True)
    assert [e for e in record["entities"] if e["label"] == "ORG"] == []


def test_a_river_whose_end_is_a_county_is_the_river():
    text = "清军驻扎在大同江畔。"      # 同江 is a county; 大同江 the river
    record = extract_text(text, "t", rules_only=True)
    assert [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]] == [("大同江", "LOC")]


def test_landing_at_a_place_described_before_it_is_no_event():
    text = "日军在辽东半岛南岸的花园口登陆。"
    record = extract_text(text, "t", rules_only=True)
    assert [e for e in record["entities"] if e["label"] == "EVENT"] == []
    text = "在美军组织的仁川登陆中，朝鲜人民军腹背受敌。"
    record = extract_text(text, "t", rules_only=True)
    assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "EVENT"] == ["仁川登陆"]


def test_company_posts_soldiers_and_comrade_mark_a_name():
    for text, name in (("指导员覃振邦带领全连出击。", "覃振邦"), ("战士龙家旺拉响了手榴弹。", "龙家旺"),
                       ("岳连中同志告诉我，部队要北上。", "岳连中")):
        record = extract_text(text, "t", rules_only=True)
        assert [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"] == [name], text
    for text in ("老同志们都来了。", "各位同志，请注意。"):
        record = extract_text(text, "t", rules_only=True)
        assert [e for e in record["entities"] if e["label"] == "PERSON"] == [], text
