"""Local-history forms (session 14 audit, auditzh21: county gazetteers' military chapters, 文史资料, village
histories). Sentences written for these tests (made-up names; real county names only as places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _norm(text, span):
    return next(e["norm"] for e in extract_text(text)["entities"] if e["text"] == span)


def test_county_security_and_self_defence_forces_are_units():
    text = "1946年,县政府组建滕县保安大队,后改称滕县自卫大队,又编为峄县自卫总队和峄县警备大队。"
    ents = _ents(text)
    for name in ("滕县保安大队", "滕县自卫大队", "峄县自卫总队", "峄县警备大队"):
        assert ("MIL_UNIT", name) in ents
    assert ("GPE", "滕县") not in ents
    norm = _norm(text, "滕县自卫大队")
    assert (norm["echelon"], norm["prefix"]) == ("大队", "自卫")
    norm = _norm(text, "峄县自卫总队")
    assert (norm["echelon"], norm["prefix"]) == ("总队", "自卫")


def test_peoples_self_defence_corps_keeps_its_county():
    ents = _ents("同年改称滕县民众自卫总队,下辖2个大队。")
    assert ("MIL_UNIT", "滕县民众自卫总队") in ents
    assert ("QUANTITY", "2个大队") in ents


def test_unowned_self_defence_forces_stay_generic():
    ents = _ents("村里成立了自卫队,全县自卫队员和民众自卫总队都来了,保安大队长王某到场。")
    assert not [e for e in ents if e[0] == "MIL_UNIT"]


def test_verb_of_founding_before_county_is_no_county():
    ents = _ents("1930年,省政府在峄县设县警备大队;次年又建县保安队,撤县巡警。")
    assert not [e for e in ents if e[0] == "GPE" and e[1] in ("设县", "建县", "撤县")]
    assert ("GPE", "峄县") in ents
    assert ("GPE", "钦县") in _ents("红军占领钦县。")


def test_old_squads_household_members_and_sticks_are_counted():
    text = "县队下设4棚,每棚10人。村民一家7口逃进山里,他被炸掉3根手指,村中只剩两口井。"
    ents = _ents(text)
    for span, unit in (("4棚", "棚"), ("7口", "口"), ("3根", "根"), ("两口", "口")):
        assert ("QUANTITY", span) in ents
        assert _norm(text, span)["unit"] == unit
    assert _norm(text, "7口")["value"] == 7


def test_words_starting_with_the_measure_are_not_counts():
    ents = _ents("他一口气跑到棚户区,根据5根据点的情报;五口通商以后,口径不一。")
    assert not [e for e in ents if e[0] == "QUANTITY" and e[1][-1:] in "口根棚"]


def test_pronoun_county_before_listed_towns_stays_outside():
    ents = _ents("日军进驻本县石门镇、高桥镇一带,又窜至该县白沙镇、青石镇。")
    for town in ("石门镇", "高桥镇", "白沙镇", "青石镇"):
        assert ("GPE", town) in ents
    assert not [e for e in ents if e[1].startswith("县")]


def test_first_company_listed_with_its_siblings_is_a_unit():
    text = "县大队下设三个连。一连长王大成,二连长李小明,三连长赵四海。"
    ents = _ents(text)
    for unit in ("一连", "二连", "三连"):
        assert ("MIL_UNIT", unit) in ents
    assert _norm(text, "一连")["numbers"] == [1]
    assert ("PERSON", "王大成") in ents
    assert ("MIL_UNIT", "一排") in _ents("一排长张三,二排长李四。")


def test_first_company_alone_is_no_unit():
    ents = _ents("这个连一连长期驻守在村里,一连三天没有吃饭。")
    assert not [e for e in ents if e[0] == "MIL_UNIT"]


def test_listed_team_counts_are_each_counted():
    text = "全县组织12个中队、178个分队。"
    ents = _ents(text)
    assert ("QUANTITY", "178个分队") in ents
    assert _norm(text, "178个分队")["unit"] == "个分队"
    assert ("QUANTITY", "三个分队") not in _ents("调来二、三个分队。")


def test_month_after_a_verb_of_staying_is_a_duration():
    text = "民国十四年五月,客军驻扎一月,始开拔;土匪围城三月余,相持两月之久。"
    ents = _ents(text)
    assert ("DATE", "民国十四年五月") in ents
    for span, value, approx in (("一月", 1, None), ("三月余", 3, "over"), ("两月", 2, None)):
        assert ("QUANTITY", span) in ents
        norm = _norm(text, span)
        assert (norm["value"], norm["unit"], norm["approx"]) == (value, "月", approx)


def test_calendar_month_stays_a_date():
    ents = _ents("部队驻守县城。一月,敌至;次年三月,驻一月十日之兵撤走。")
    assert ("DATE", "一月") in ents
    assert not [e for e in ents if e[0] == "QUANTITY" and e[1].endswith("月")]


def test_silver_in_taels_is_counted():
    text = "驻扎期间索饷贰万四千金,计公私损失约二千余金。"
    ents = _ents(text)
    assert ("QUANTITY", "贰万四千金") in ents
    assert _norm(text, "贰万四千金")["value"] == 24000
    assert _norm(text, "约二千余金")["unit"] == "金"
    assert not [e for e in _ents("千金难买,一字千金,万金油,三金属。") if e[0] == "QUANTITY"]


def test_war_name_inside_a_force_name_is_no_event():
    ents = _ents("北伐革命军自常山追踪而至;锦堂村成立抗战自卫队。")
    assert not [e for e in ents if e[0] == "EVENT"]
    ents = _ents("北伐时联军溃退,村民参加抗战。")
    assert ("EVENT", "北伐") in ents and ("EVENT", "抗战") in ents


def test_jiangnan_family_villages_are_places():
    ents = _ents("新四军在瞿家巷宿营,后移驻陈家浜、沈家埭一带。")
    for village in ("瞿家巷", "陈家浜", "沈家埭"):
        assert ("GPE", village) in ents
    assert not [e for e in ents if e[0] == "PERSON"]
    assert not [e for e in _ents("他家桥头有棵树。") if e[0] == "GPE"]


def test_attending_school_in_a_place_is_no_organisation():
    ents = _ents("他早年在北平上大学,后在上海上中学。")
    assert ("GPE", "北平") in ents and ("GPE", "上海") in ents
    assert not [e for e in ents if e[0] == "ORG"]
    assert ("ORG", "上海大学") in _ents("他考入上海大学。")


def test_adverb_du_before_a_verb_is_no_county():
    ents = _ents("各村都安上了寨门,也都安排了岗哨。")
    assert not [e for e in ents if e[0] == "GPE"]
    assert ("GPE", "都安") in _ents("日军进占都安")


def test_district_team_is_no_surname():
    ents = _ents("八区政府和区小队长期驻在山洞里,县大队长另有任用。")
    assert not [e for e in ents if e[0] == "PERSON"]


def test_set_phrase_three_in_one_is_no_count():
    ents = _ents("三位一体的战略任务,由三位同志负责。")
    assert ("QUANTITY", "三位") in ents
    assert len([e for e in ents if e[0] == "QUANTITY"]) == 1


def test_village_named_like_a_county_keeps_its_cun():
    text = "日军驻清溪村,烧毁民房。"
    ents = _ents(text)
    assert ("GPE", "清溪村") in ents
    assert "modern" not in _norm(text, "清溪村")
    ents = _ents("湖南农村和山村都遭了灾。")
    assert ("GPE", "湖南") in ents
    assert not [e for e in ents if e[1].endswith("村")]


def test_preposition_zhe_stays_outside_a_road():
    ents = _ents("日军沿着嵊长公路西进,又顺着平汉铁路南下,沿着公路走。")
    assert ("FAC", "嵊长公路") in ents and ("FAC", "平汉铁路") in ents
    assert not [e for e in ents if e[1].startswith("着")]


def test_slang_for_the_enemy_is_a_bound_form():
    ents = _ents("日本佬到了村口,村民说日本投降了。")
    assert [e for e in ents if e[0] == "GPE"] == [("GPE", "日本")]
    assert extract_text("日本佬到了村口。")["entities"] == []


def test_surname_before_magistrate_is_no_county():
    ents = _ents("时我县吴县长雨桐坐镇县城,由萧县长亲自率队。")
    assert not [e for e in ents if e[0] == "GPE"]
    assert ("PERSON", "萧") in ents
    for text in ("吴县县长到任。", "吴县长期沦陷。", "在黄县长山岛登陆。"):
        assert [e for e in _ents(text) if e[0] == "GPE"][0][1] in ("吴县", "黄县")


def test_thorough_zhouzhi_is_no_county():
    assert not [e for e in _ents("诸事均擘划周至,考虑周至。") if e[0] == "GPE"]
    assert ("GPE", "周至") in _ents("日军进占周至。")


def test_county_before_counted_townships_is_its_own_place():
    ents = _ents("泸县包耳、兴隆两乡土匪极多。")
    assert ("GPE", "泸县") in ents and ("GPE", "包耳") in ents and ("GPE", "兴隆") in ents
    assert not [e for e in ents if e[1].startswith("泸县") and len(e[1]) > 2]


def test_war_named_by_the_warlords_surnames():
    ents = _ents("1924年齐卢战争爆发,浙江战事又起。")
    assert ("EVENT", "齐卢战争") in ents
    assert not [e for e in _ents("齐卢两家在村里打官司。") if e[0] == "EVENT"]


def test_bands_gathering_and_harassing_are_no_names():
    ents = _ents("全县一直处在股匪丛集、盗痞横行之中,客军时而驻扰勒索。")
    assert not [e for e in ents if e[0] in ("PERSON", "GPE") and e[1] not in ("全县",)]
    ents = _ents("股匪李二狗逃走,部队驻琼林,")
    assert ("PERSON", "李二狗") in ents and ("GPE", "琼林") in ents


def test_verb_of_stationing_before_listed_villages_stays_outside():
    ents = _ents("日军进驻顺河集、半塔集一带。")
    assert ("GPE", "顺河集") in ents and ("GPE", "半塔集") in ents
    assert not [e for e in ents if e[1].startswith("驻")]
