"""Precision guards of session 17 round 2 (prezh5): characters that follow a name or an institution and are read
into it (sentences written for these tests; the names are invented)."""

from tests.sentences import ents


def _labels(text, label):
    return [s for s, lab in ents(text) if lab == label]


def test_relative_suo_before_led_by_verb_is_outside_the_name():
    # person_clause_frames_zh _LED_BY_RE: 由X所率领 → X
    assert "邝文所" not in _labels("当时的队伍是由邝文所率领的义勇团组成。", "PERSON")
    assert _labels("这支乡勇是由庞守仁所率领的。", "PERSON") == ["庞守仁"]
    # the good readings of the frame are kept: two and three characters, with and without 所, lists
    assert _labels("这支乡勇由邝明率领。", "PERSON") == ["邝明"]
    assert _labels("这支乡勇由庞守仁率部出发。", "PERSON") == ["庞守仁"]
    assert _labels("两营由邝明、庞守仁带领。", "PERSON") == ["邝明", "庞守仁"]


def test_verb_of_going_does_not_end_a_likely_name():
    # person_likeness: 赴/抵/返 after a two-character name, before a place, is the verb
    assert not any(p.endswith("赴") for p in _labels("我派四弟鲍钧赴洛,告诫子玉。", "PERSON"))
    assert not any(p.endswith("抵") for p in _labels("次日鲍钧抵沪,即往拜访。", "PERSON"))
    # a three-character name before another verb is kept
    assert _labels("那年冬天，庞书远在山中养伤。", "PERSON") == ["庞书远"]


def test_spaced_word_before_a_particle_is_no_name():
    # book_forms_zh: 总支部 的常委 (the page also writes 支部的 unspaced) is a word and 的
    text = "我任海外部驻日总支部 的常委,夺回了总 支部的全部党员名单。"
    assert _labels(text, "PERSON") == []
    # a name broken by a stray space is still read
    text = "叛徒邝 福廷被捕后供出了邝福廷的住处。"
    assert "邝 福廷" in _labels(text, "PERSON")


def test_count_and_measure_word_before_an_institution_are_outside_it():
    # written_zh_orgs_events _INSTITUTION_RE: 办了一个X书局 → X书局
    assert _labels("他捐了会费,办了一个崇文书局,刊行书报。", "ORG") == ["崇文书局"]
    assert _labels("后来,又开了两家明远书店,专售新书。", "ORG") == ["明远书店"]
    # the plain citation reading is kept
    assert _labels("见文史资料出版社,1985年版。", "ORG") == ["文史资料出版社"]


def test_dictionary_name_inside_a_run_of_province_abbreviations_is_no_person():
    # person_document_names.dictionary_names: 直鲁豫|巡阅使
    assert _labels("吴佩孚则以直鲁豫巡阅使的头衔驻节洛阳。", "PERSON") == ["吴佩孚"]
    # a dictionary name after one abbreviation is kept (the run must be of three)
    assert _labels("驻豫鲁仲连通电下野。", "PERSON") == ["鲁仲连"]
    assert _labels("此时鲁仲连通电下野。", "PERSON") == ["鲁仲连"]


def test_party_congress_of_a_region_is_one_event():
    # org_event_forms_zh _LOCAL_CONGRESS_RE: not ORG 中共 + the place
    assert [(s, l) for s, l in ents("7月,在中共闽东第一次代表大会上,当选为特委委员。") if l in ("ORG", "EVENT")] == \
        [("中共闽东第一次代表大会", "EVENT")]
    assert ("中国共产党崇安县第二次代表大会", "EVENT") in ents("1958年在县城召开中国共产党崇安县第二次代表大会。")
    # no place run through a verb or 的: the party stays ORG
    assert ("中共", "ORG") in ents("中共的第一次代表大会")
    assert ("中共中央", "ORG") in ents("中共中央决定在第一次代表大会上提出。")


def test_listed_movement_takes_its_head_when_written_with_it():
    # events.find_events: a listed name without a head + 运动 is one EVENT (as + 战役 already)
    assert ("延安整风运动", "EVENT") in ents("1942年春,全党开展延安整风运动。")
    assert ("延安整风", "EVENT") in ents("1942年延安整风开始。")
    # a word of sport after it stays outside; a name ending in a head takes no 运动
    assert ("长征", "EVENT") in ents("他是长征运动员出身。")
    assert ("北伐", "EVENT") in ents("北伐运动失败后,他回到家乡。")
