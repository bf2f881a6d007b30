"""Classes found by auditing Chinese pages on wars outside China: WWII in Europe and North Africa, the Eastern Front,
Indochina, the Russo-Japanese war at sea and the Falklands (session 13, auditzh17); own sentences, exact spans and
values."""

from sentences import surface_norm as _norm, surface_spans as _spans


# ---------------------------------------------------------------- “X行动” / 「X作戰」: a quoted code name is an EVENT

def test_quoted_operation_names_without_daihao():
    text = "德军随即发起“台风行动”，盟军则准备“火炬行动”。"
    events = _spans(text, "EVENT")
    assert ("台风行动", 7, 11, "EVENT") in events
    assert ("火炬行动", 19, 23, "EVENT") in events
    text = "英軍發動「響尾蛇作戰」以解圍。"
    assert ("響尾蛇作戰", 5, 10, "EVENT") in _spans(text, "EVENT")


def test_quoted_name_before_its_head_is_the_event_alone():
    text = "盟军的“铁锤”行动推迟了一周。"
    assert ("铁锤", 4, 6, "EVENT") in _spans(text, "EVENT")


def test_quoted_catchwords_are_no_operations():
    text = "各部必须“统一行动”，避免“单独行动”和“军事行动”中的失误，准备“大陆作战”。"
    assert _spans(text, "EVENT") == []


# ---------------------------------------------------------------- 小镇X, 海港X, X这座小城: a foreign town

def test_town_after_its_kind_is_a_gpe_at_every_mention():
    text = "伞兵空降荷兰小镇格拉维，随后格拉维的大桥被夺取。"
    places = _spans(text, "GPE")
    assert ("格拉维", 8, 11, "GPE") in places
    assert ("格拉维", 14, 17, "GPE") in places
    assert not any(s[0] == "镇格" for s in places)


def test_town_before_this_kind_and_called_village():
    text = "德军攻向马尔梅迪这座小城，又占领了一个叫做斯托蒙特的小村。"
    places = _spans(text, "GPE")
    assert ("马尔梅迪", 4, 8, "GPE") in places
    assert ("斯托蒙特", 21, 25, "GPE") in places


def test_kind_word_before_an_ordinary_word_is_nothing():
    text = "城市里的居民都撤离了，小镇上只剩下士兵。"
    assert _spans(text, "GPE") == []


# ---------------------------------------------------------------- 南方集团军群, 非洲军团: named German forces

def test_named_army_groups():
    text = "德军北方集团军群包围了列宁格勒，B集团军群则在西线。"
    units = _spans(text, "MIL_UNIT")
    assert ("北方集团军群", 2, 8, "MIL_UNIT") in units
    assert ("B集团军群", 16, 21, "MIL_UNIT") in units
    norm = _norm(text, "北方集团军群")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([], "集团军群", "")


def test_africa_forces():
    text = "德意志非洲军撤向突尼斯，非洲装甲集团军随后投降。"
    units = _spans(text, "MIL_UNIT")
    assert ("德意志非洲军", 0, 6, "MIL_UNIT") in units
    assert ("非洲装甲集团军", 12, 19, "MIL_UNIT") in units
    assert _norm(text, "非洲装甲集团军")["echelon"] == "集团军"


def test_numbered_army_group_and_africa_region_stay_as_they_were():
    text = "第21集团军群里有许多非洲军官。"
    units = _spans(text, "MIL_UNIT")
    assert ("第21集团军群", 0, 7, "MIL_UNIT") in units
    assert not any(s[0].startswith("非洲") for s in units)


# ---------------------------------------------------------------- ship names are no entities

def test_nothing_inside_a_ship_name():
    text = "阿军巡洋舰“五月广场将军”号被击沉，旗舰库图佐夫元帅号也受了伤。"
    spans = _spans(text)
    assert not any(5 <= s[1] < 11 for s in spans)
    assert not any(s[0].startswith("库图佐夫") for s in spans)
    assert _spans("驱逐舰“伯明翰号”在港内。", "GPE") == []


def test_code_name_before_hao_operation_is_kept():
    text = "日军发起“明”号作战，并命令近卫师团出动。"
    assert ("近卫师团", 14, 18, "MIL_UNIT") in _spans(text, "MIL_UNIT")
    assert _spans("该部号称十万。", "PERSON") == []


# ---------------------------------------------------------------- 司令讓·X: the post stays outside the dotted name

def test_post_before_a_dotted_name():
    text = "北部空军司令让·勒克莱尔准将抵达。"
    assert ("让·勒克莱尔", 6, 12, "PERSON") in _spans(text, "PERSON")


def test_dotted_name_starting_with_si_is_kept():
    text = "司马义·艾买提在会上讲话。"
    assert ("司马义·艾买提", 0, 7, "PERSON") in _spans(text, "PERSON")


# ---------------------------------------------------------------- 飞临头顶: over one's head, no hilltop

def test_over_the_head_is_no_hilltop():
    assert _spans("敌机飞临头顶，部队隐蔽。", "LOC") == []


# ---------------------------------------------------------------- the oblast centres and provincial capitals of Europe

def test_european_region_centres_are_gpe():
    text = "苏军收复了斯摩棱斯克和维捷布斯克，盟军则进入马格德堡与乌得勒支。"
    places = _spans(text, "GPE")
    for name, start in (("斯摩棱斯克", 5), ("维捷布斯克", 11), ("马格德堡", 22), ("乌得勒支", 27)):
        assert (name, start, start + len(name), "GPE") in places


def test_wartime_city_name_has_its_modern_name():
    text = "德军占领伏罗希洛夫格勒后，苏军攻入柯尼斯堡。"
    places = _spans(text, "GPE")
    assert ("伏罗希洛夫格勒", 4, 11, "GPE") in places
    assert ("柯尼斯堡", 17, 21, "GPE") in places
    assert _norm(text, "伏罗希洛夫格勒").get("modern") == "卢甘斯克"
    assert _norm(text, "柯尼斯堡").get("modern") == "加里宁格勒"


def test_left_out_names_stay_out():
    text = "系列日期已定，舰队驶过阿森松岛。"
    assert not any(s[0] in ("列日", "阿森") for s in _spans(text))


# ---------------------------------------------------------------- Taiwan's names of the countries (Traditional pages)

def test_taiwan_country_names_are_gpe():
    text = "義大利軍隊在衣索比亞作戰，紐西蘭師則在克里特島。"
    places = _spans(text, "GPE")
    assert ("義大利", 0, 3, "GPE") in places
    assert ("衣索比亞", 6, 10, "GPE") in places
    assert ("紐西蘭", 13, 16, "GPE") in places


def test_left_out_taiwan_names_stay_out():
    text = "格達費與卡達菲是同一人，查德是他的朋友。"
    assert not any(s[0] in ("卡達", "查德") and s[3] == "GPE" for s in _spans(text))


# ---------------------------------------------------------------- 阿登山脉, 蒂朗海峡: transliterated landforms

def test_transliterated_landforms_are_one_loc():
    text = "德军退到阿特拉斯山脉，英军封锁多佛尔海峡，盟军登上伊比利亚半岛。"
    places = _spans(text, "LOC")
    assert ("阿特拉斯山脉", 4, 10, "LOC") in places
    assert ("多佛尔海峡", 15, 20, "LOC") in places
    assert ("伊比利亚半岛", 25, 31, "LOC") in places


def test_landform_run_never_starts_inside_a_longer_name():
    text = "喜马拉雅山脉以南，中南半岛以北。"
    places = _spans(text, "LOC")
    assert not any(s[0].startswith("马拉雅") for s in places)
    assert not any(s[0] == "南半岛" for s in places)


# ---------------------------------------------------------------- 将军不打算: a negation after 将军 opens the verb

def test_negation_after_general_is_no_name():
    text = "麦克唐纳将军不打算撤退，也没有增援。"
    assert not any(s[0].startswith("不") for s in _spans(text, "PERSON"))


def test_qing_general_name_after_jiangjun_is_kept():
    text = "派将军海兰察率兵进剿。"
    persons = _spans(text, "PERSON")
    assert ("海兰察", 3, 6, "PERSON") in persons
