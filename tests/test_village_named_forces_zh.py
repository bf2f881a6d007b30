"""Session 28 (s28zhunit): local forces named by a village or township (village_named_forces_zh), a county's 保卫总团
(place_kind_force_names_zh), massacres and risings named by a village after its county
(village_named_events_bodies_zh, org_event_heads_zh), bare numbered 大队 (unit_bare_numbers) and a large troop that
is no designation (bare_designation_units_zh). All sentences are made up; the counties are real, the villages,
people and units invented."""

from tests.sentences import ents, exact, extracted


# --- village and township forces -------------------------------------------------------------------------------
def test_village_militia_with_settlement_generic():
    text = "民国十九年,石桥坪保卫团与马家庄民团会攻匪巢。"
    exact(text, "石桥坪保卫团", "MIL_UNIT")
    exact(text, "马家庄民团", "MIL_UNIT")
    assert ("石桥坪", "GPE") not in ents(text)


def test_township_and_market_town_forces():
    text = "柳溪镇自卫团、黄家集保卫总团各出团丁五十人。"
    exact(text, "柳溪镇自卫团", "MIL_UNIT")
    exact(text, "黄家集保卫总团", "MIL_UNIT")


def test_village_force_norm_echelon_and_prefix():
    text = "是年冬,吴家沟联防队被解散。"
    [(s, e, _, norm)] = extracted(text, "MIL_UNIT")
    assert text[s:e] == "吴家沟联防队" and norm["echelon"] == "队"
    text = "张家坪保卫总团成立。"
    [(s, e, _, norm)] = extracted(text, "MIL_UNIT")
    assert text[s:e] == "张家坪保卫总团" and norm["echelon"] == "团"


def test_numbered_sub_unit_after_the_force_and_preposition_opening():
    text = "年底以柳溪乡自卫队第三分队的名义重建武装。"
    [(s, e, _, norm)] = extracted(text, "MIL_UNIT")
    assert text[s:e] == "柳溪乡自卫队第三分队" and norm["numbers"] == [3] and norm["echelon"] == "分队"
    exact("他任石桥坪保卫团团总。", "石桥坪保卫团", "MIL_UNIT")
    exact("乡长以建立柳溪乡自卫队第二分队名义组建武装。", "柳溪乡自卫队第二分队", "MIL_UNIT")


def test_county_before_village_stays_its_own_place():
    text = "醴陵县白石坪保卫团被编入县队。"
    exact(text, "醴陵县", "GPE")
    exact(text, "白石坪保卫团", "MIL_UNIT")


def test_traditional_village_force():
    exact("民國十八年,石橋坪保衛團成立。", "石橋坪保衛團", "MIL_UNIT")


def test_village_force_negatives():
    # a determiner or a count in the run, a village ending in 营, a post or a member after the head
    for text in ("各村民团一律改编。", "东西数乡民团数万人合围。", "独立营游击队开到。", "马家庄民团长某某被擒。",
                 "石桥坪保卫团丁四散。"):
        assert not any(label == "MIL_UNIT" and "民团长" not in s and s.endswith(("团", "队")) and len(s) > 3
                       for s, label in ents(text)), text


def test_county_security_corps_with_zongtuan():
    text = "将原宁都县保卫总团改编为保安大队。"
    exact(text, "宁都县保卫总团", "MIL_UNIT")
    [(s, e, _, norm)] = [u for u in extracted(text, "MIL_UNIT") if text[u[0]:u[1]] == "宁都县保卫总团"]
    assert norm["echelon"] == "团"


# --- massacres and risings named by a village after its county -------------------------------------------------
def test_county_framed_village_massacre_without_generic():
    text = "1942年春,磁县崔楼惨案中遇难者百余人。"
    exact(text, "磁县", "GPE")
    exact(text, "崔楼惨案", "EVENT")
    # an ordinary word is no village name (高楼: a tall building)
    assert not any(label == "EVENT" for _, label in ents("1942年春,磁县高楼惨案中遇难者百余人。"))
    text = "邢台市东石门惨案发生后,各界震动。"
    exact(text, "东石门惨案", "EVENT")


def test_county_without_suffix_opens_the_heading():
    text = "寿阳柏树垣惨案"
    exact(text, "寿阳", "GPE")
    exact(text, "柏树垣惨案", "EVENT")


def test_village_slaughter_head():
    text = "日军在行唐县王家庄大屠杀中杀害村民百余人。"
    exact(text, "王家庄大屠杀", "EVENT")


def test_bearing_before_a_known_place_stays_in_the_village():
    text = "武强县北马村血案,死者数十人。"
    exact(text, "北马村血案", "EVENT")
    assert ("马村血案", "EVENT") not in ents(text)


def test_county_frame_negatives():
    # a city's own massacre keeps its reading; a province is no county
    exact("成都血案震动全国。", "成都血案", "EVENT")
    assert not any(label == "EVENT" for _, label in ents("四川省城里大屠杀。"))
    assert ("崔楼惨案", "EVENT") not in ents("山西崔楼惨案的真相。")
    # the people who rose are no village (a city's suburban peasants)
    assert not any(label == "EVENT" for _, label in ents("广州市郊农民暴动爆发。"))
    text = "醴陵县枫林暴动后,农军上山。"
    exact(text, "醴陵县", "GPE")
    exact(text, "枫林暴动", "EVENT")


# --- bare numbered 大队 and a large troop --------------------------------------------------------------------------
def test_bare_numbered_battalion_of_guerrillas():
    text = "次年成立了五大队,他任五大队政委。"
    assert [s for s, label in ents(text) if label == "MIL_UNIT"] == ["五大队", "五大队"]
    [(_, _, _, norm), _] = extracted(text, "MIL_UNIT")
    assert norm["numbers"] == [5] and norm["echelon"] == "大队"


def test_bare_battalion_negatives():
    for text in ("当夜派出一大队日军包围了村子。", "编成两大队。", "又派出三个大队。"):
        assert not any(label == "MIL_UNIT" and s in ("一大队", "五大队", "两大队", "三个大队")
                       for s, label in ents(text)), text


# --- a named Qing army's camps: the name opens after the last verb, post or function character -------------------
def test_qing_camp_after_post_and_function_words():
    for text, name in (("光绪九年,他奉命统带安远军左营。", "安远军左营"),
                       ("次年管带亲军中营,驻防天津。", "亲军中营"),
                       ("会同驻防的新军后营一营开赴省城。", "新军后营"),
                       ("他率练军右营移驻海口。", "练军右营")):
        exact(text, name, "MIL_UNIT")
        assert not any(label == "MIL_UNIT" and s != name and name in s for s, label in ents(text)), text


def test_qing_army_guard_corps_camp_is_one_unit():
    exact("城内另驻安远军亲军右营步队。", "安远军亲军右营步队", "MIL_UNIT")


# --- Green Standard battalions and regiments named by their seat (green_standard_commands_zh) ---------------------
def test_seat_battalion_before_an_officer_post():
    text = "嘉庆十年,设汉阴营游击一员,驻汉阴厅。"
    exact(text, "汉阴营", "MIL_UNIT")
    [(s, e, _, norm)] = extracted(text, "MIL_UNIT")
    assert norm["echelon"] == "营"


def test_city_guard_battalion_and_bracketed_station():
    exact("凤翔城守营都司驻凤翔府。", "凤翔城守营", "MIL_UNIT")
    exact("兴安营(存城参将驻兴安府城)兵丁五百名。", "兴安营", "MIL_UNIT")
    exact("遵义协(副将一员驻遵义府)。", "遵义协", "MIL_UNIT")


def test_listed_seat_battalions_after_one_read_so():
    text = "统辖略阳营(存城都司驻略阳县城)、阶州营、文县营。"
    for name in ("略阳营", "阶州营", "文县营"):
        exact(text, name, "MIL_UNIT")


def test_seat_battalion_negatives():
    # a village in 营 the lexicon does not hold, a camp site, a count of battalions, a seat inside a longer word
    for text, not_unit in (("张家营守备某某到任。", "张家营"), ("日军在西安营地驻扎。", "西安营"),
                           ("广州各营官兵。", "广州营"), ("新凤翔营游击某某。", "凤翔营")):
        assert (not_unit, "MIL_UNIT") not in ents(text), text
