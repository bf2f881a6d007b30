"""Session 27 (s27zhname): township_post_names_zh, local_post_names_zh, Japanese garrison heads after 队长 and two
surnames after one post (person_jp_surnames), 本名 (unit_history_forms_zh), the idioms 三天两头 / 一方, and no bare
place propagated into a local force's name (discourse_repeats). Every sentence is written for the test with made-up
names; the guideline rule each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _labels(text, name):
    return [lab for t, lab in _ents(text) if t == name]


# --- township_post_names_zh -----------------------------------------------------------------------------------------

def test_district_before_its_own_head_and_its_short_form():
    # guideline 6: the district's suffix stays in the name; the doubled 区 opens the post 区长 (PERSON after it)
    text = "三月二日，鸦岭区区长吴德胜从石桥乡返回鸦岭，途中遇伏。"
    ents = _ents(text)
    assert ("鸦岭区", "GPE") in ents
    assert ("吴德胜", "PERSON") in ents
    # the bare short form later in the text is the same district (GPE), not the landform 岭 suggests
    assert ("鸦岭", "GPE") in ents and ("鸦岭", "LOC") not in ents


def test_village_before_its_residents_and_township_before_its_office():
    assert ("柏塘村", "GPE") in _ents("柏塘村村民刘大有被日军杀害。")
    assert ("苇坑乡", "GPE") in _ents("敌人抓走了苇坑乡乡长。")


def test_no_township_from_pronouns_or_ordinary_words():
    # negatives: a determiner or pronoun before the doubled character, an ordinary word, no post after it
    assert not any(lab == "GPE" for _, lab in _ents("该区区长和本乡乡长都来了。"))
    assert not any(lab == "GPE" for _, lab in _ents("家乡乡亲都来看他。"))
    assert not any(lab == "GPE" for _, lab in _ents("游击区区委书记开会。"))


def test_township_named_by_its_distance_is_no_count():
    # a numeral + 里 before 乡/镇 is the township's name (GPE), not a distance (QUANTITY)
    ents = _ents("区委书记从五里乡返回县城。")
    assert ("五里乡", "GPE") in ents and ("五里", "QUANTITY") not in ents
    # negative: a distance before 乡间 stays a distance
    assert ("五里乡", "GPE") not in _ents("走了五里乡间小路。")


def test_district_glossed_by_number_and_number_glossed_by_name():
    ents = _ents("暗藏在柳河区（三区）的特务被抓获。")
    assert ("柳河区", "GPE") in ents and ("三区", "GPE") in ents
    ents = _ents("1947年春，第四区（东岗）书记郑明远牺牲。")
    assert ("第四区", "GPE") in ents and ("东岗", "GPE") in ents
    # negative: a military sub-district (分区) is left to the unit finders
    assert ("第四区", "GPE") not in _ents("第四分区（东岗）司令部。")


def test_renamed_township_on_both_sides():
    ents = _ents("县政府决定将青石区改称为 “永光区”，以示纪念。")
    assert ("青石区", "GPE") in ents and ("永光区", "GPE") in ents
    ents = _ents("1956年，白沙乡更名为红旗乡。")
    assert ("白沙乡", "GPE") in ents and ("红旗乡", "GPE") in ents
    # negatives: a person renamed, an ordinary word after the verb
    assert not any(lab == "GPE" for _, lab in _ents("他改名为李强。"))
    assert not any(lab == "GPE" for _, lab in _ents("后改为行政村。"))


# --- local_post_names_zh --------------------------------------------------------------------------------------------

def test_names_after_posts_of_local_society():
    assert ("何步青", "PERSON") in _ents("团总何步青率团丁抵抗。")
    assert ("杨老五", "PERSON") in _ents("寨主杨老五带人下山。")
    assert ("陈守德", "PERSON") in _ents("于是向团绅陈守德求援。")
    # a two-character name closed by a verb
    assert ("刘二", "PERSON") in _ents("保长刘二听说此事。")


def test_name_over_a_place_after_a_local_post():
    # a three-character name whose first two characters make a known place (金华) is the person after 县长
    ents = _ents("县长金华林听到消息，连夜出城。")
    assert ("金华林", "PERSON") in ents and ("金华", "GPE") not in ents


def test_no_name_after_local_post_in_other_words():
    # negatives: a function word after the post, the 长 of 县长 opening a place (长江)
    assert not any(lab == "PERSON" for _, lab in _ents("保长和甲长都来了。"))
    assert not any(lab == "PERSON" for _, lab in _ents("我的家在湖北黄冈县长江北岸。"))


# --- Japanese garrison heads, 本名, idioms, local forces -------------------------------------------------------------

def test_japanese_surnames_after_a_garrison_post():
    # guideline 1: the post is outside the PERSON; two surnames joined by 和 after one post are two persons
    ents = _ents("据点里的日军守备队长田中和小林，经常出来抢粮。")
    assert ("田中", "PERSON") in ents and ("小林", "PERSON") in ents
    assert _labels("日军小队长小林出来扫荡。", "小林") == ["PERSON"]
    # negative: a Chinese given name that is no Japanese surname stays as the other finders read it
    assert ("李二", "PERSON") not in _ents("日军小队长李二狗出来扫荡。")


def test_name_after_benming():
    # a person's other name after 本名 (as after 原名, 乳名) is PERSON, a given name alone too
    assert ("翠兰", "PERSON") in _ents("她本名翠兰，参加革命后改了名字。")


def test_numeral_idioms_are_no_counts():
    ents = _ents("土匪三天两头下山抢粮，雄长一方。三天后他回来了。")
    assert _labels("土匪三天两头下山抢粮，雄长一方。", "三天") == []
    assert ("一方", "QUANTITY") not in ents
    assert ("三天", "QUANTITY") in ents   # the duration after it stays a count


def test_place_not_propagated_into_a_local_force():
    # a township found by its post is not read again inside the name of its self-defence corps (guideline 15)
    text = "通过苇坑乡乡长刘文清以建立苇坑乡自卫队第二分队名义又建立了武装。"
    assert _labels(text, "苇坑乡") == ["GPE"]


# --- long_village_names_zh ------------------------------------------------------------------------------------------

def test_four_character_village_names():
    # guideline 6: the settlement word stays in the name; a 子-name in the middle or a bearing first
    assert ("柳顶子洼村", "GPE") in _ents("待我进入机关驻地柳顶子洼村时，天已经黑了。")
    assert ("后苇子沟村", "GPE") in _ents("部队转移到后苇子沟村宿营。")


def test_no_four_character_village_from_verbs_places_or_words():
    # negatives: a verb of distance or naming, a known place and its village, an ordinary word before the village
    assert ("南距柏安村", "GPE") not in _ents("该镇南距柏安村三里。")
    ents = _ents("他的老家在垣曲朱家庄。")
    assert ("垣曲", "GPE") in ents and ("朱家庄", "GPE") in ents
    assert ("设伏子钺村", "GPE") not in _ents("我军在伏击后设伏子钺村一带。")


# --- person_list_neighbors: a roll's first name after 的 or a common noun -------------------------------------------

def test_roll_first_name_after_de_or_a_noun():
    ents = _ents("以郑连为首的郑连、郑汉民（柴水）、杜建、许冬等人为害地方。")
    assert _labels("以郑连为首的郑连、郑汉民（柴水）、杜建、许冬等人为害地方。", "郑连") == ["PERSON", "PERSON"]
    assert ("郑汉民", "PERSON") in ents
    assert ("孙崑山", "PERSON") in _ents("义首吴汤生、姜绍元、秀才孙崑山、杨文彪父子起兵。")
    # negative: ordinary nouns in a list after 的 stay untagged
    assert not any(lab == "PERSON" for _, lab in _ents("他的父亲、母亲都去世了。"))


# --- road_end_places_zh ---------------------------------------------------------------------------------------------

def test_towns_at_the_ends_of_a_road_or_line():
    ents = _ents("日军强迫民夫修筑柳坝至苇塘的公路。")
    assert ("柳坝", "GPE") in ents and ("苇塘", "GPE") in ents
    ents = _ents("村民被逼铺西沙蚝湾至井栏树的柏油马路。")
    assert ("井栏树", "GPE") in ents
    ents = _ents("敌人在柳坝至苇塘一线构筑工事。")
    assert ("柳坝", "GPE") in ents and ("柳坝", "LOC") not in ents


def test_no_road_ends_from_times_or_landforms():
    assert not any(lab == "GPE" for _, lab in _ents("从上午到下午的时间里。"))
    ents = _ents("从柳坝到青龙山的公路。")
    assert ("青龙山", "GPE") not in ents


def test_road_stretch_by_its_ends_and_length():
    ents = _ents("1972年6月，续建石岙至尖墩12.7公里，次年竣工通车。")
    assert ("尖墩", "GPE") in ents and ("12.7公里", "QUANTITY") in ents
    # negative: a distance from a county town is no stretch between two places
    assert not any(lab == "GPE" for _, lab in _ents("部队行至县城30公里处。"))
