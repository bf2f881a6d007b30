"""Forms of prose on the wars of 1550–1799 (session 14 audit, auditzh23): the Later Jin/early Qing and Southern Ming
reign eras (lexicons/eras.tsv), Gregorian glosses of Ming years before 1600, of another era's year and of a relative
year (pipeline/rules/era_year_glosses.py), the persons of lexicons/persons_mingqing.tsv. Sentences written for these
tests, exact spans, labels and values."""

from __future__ import annotations

from sentences import entities, norm_of


def _value(text: str, surface: str) -> str:
    return norm_of(text, surface)["value"]


# ------------------------------------------------------------------ Later Jin / early Qing and Southern Ming eras


def test_later_jin_and_southern_ming_era_years_are_dates():
    text = "天聪五年八月，清军围城。永历十二年春，明军退守。"
    found = entities(text)
    assert (0, 6, "DATE", "天聪五年八月") in found
    assert _value(text, "天聪五年八月") == "1631-08"
    assert _value(text, "永历十二年春") == "1658-SP"


def test_word_era_alone_sets_no_era_for_bare_years():
    text = "此乃天命所归，二年三月，城中粮尽。"
    assert _value(text, "二年三月") != "1617-03"
    text = "天命四年，大军西进。二年三月，城中粮尽。"
    assert _value(text, "天命四年") == "1619"


# ------------------------------------------------------------------ Gregorian glosses


def test_ming_year_before_1600_glossed_is_a_date():
    text = "到隆庆二年(1568)后，边患渐息。"
    found = entities(text)
    assert (6, 10, "DATE", "1568") in found


def test_early_gloss_that_the_era_does_not_give_is_no_date():
    text = "到隆庆二年(1500)后，边患渐息。"
    assert not any(f[3] == "1500" and f[2] == "DATE" for f in entities(text))
    text = "他共活了三十年(1500)。"
    assert not any(f[3] == "1500" and f[2] == "DATE" for f in entities(text))


def test_gregorian_year_closing_another_eras_year_is_a_date():
    text = "明天启六年(天命十一年, 1626)正月，大军渡辽河。"
    found = entities(text)
    assert (6, 11, "DATE", "天命十一年") in found
    assert (13, 17, "DATE", "1626") in found
    assert _value(text, "天命十一年") == "1626"


def test_gregorian_year_closing_a_wrong_era_year_stays_out():
    text = "明天启六年(天命十一年，1630)正月"
    assert not any(f[3] == "1630" and f[2] == "DATE" for f in entities(text))


def test_gregorian_year_glossing_a_relative_year_is_a_date():
    text = "次年(1659)，大军北上。"
    found = entities(text)
    assert (3, 7, "DATE", "1659") in found
    assert not any(f[3].startswith("次年") for f in entities(text))


def test_relative_year_with_a_count_in_brackets_is_no_date():
    text = "次年(三人)，众皆散去。"
    assert not any(f[2] == "DATE" and "三" in f[3] for f in entities(text))


# ------------------------------------------------------------------ persons of the wars of 1550–1799


def test_commanders_of_the_ming_qing_war_are_persons():
    text = "皇太极围大凌河，祖大寿出降；多尔衮入关，施琅攻澎湖。"
    found = entities(text)
    for name in ("皇太极", "祖大寿", "多尔衮", "施琅"):
        start = text.index(name)
        assert (start, start + len(name), "PERSON", name) in found


def test_campaign_commanders_of_the_high_qing_are_persons():
    text = "乾隆年间，阿桂、海兰察攻金川；福康安率兵平林爽文。"
    found = entities(text)
    for name in ("阿桂", "海兰察", "福康安", "林爽文"):
        start = text.index(name)
        assert (start, start + len(name), "PERSON", name) in found


def test_a_plant_named_like_a_general_is_no_person():
    text = "山坡上种着杜松和侧柏。"
    assert not any(f[2] == "PERSON" for f in entities(text))


# ------------------------------------------------------------------ emperors named by their reign era


def test_era_before_its_emperor_title_is_the_person_without_the_title():
    text = "嘉庆帝闻报大怒；道光皇帝遂命出兵。"
    found = entities(text)
    assert (0, 2, "PERSON", "嘉庆") in found
    assert (8, 10, "PERSON", "道光") in found


def test_bare_era_opening_a_clause_before_a_verb_of_ruling_is_the_emperor():
    text = "雍正命岳钟琪西征，乾隆下诏嘉奖。"
    found = entities(text)
    assert (0, 2, "PERSON", "雍正") in found
    assert (9, 11, "PERSON", "乾隆") in found


def test_era_as_a_period_or_an_empire_is_no_person():
    text = "雍正年间，西北用兵；乾隆时期，国力最盛。"
    assert not any(f[2] == "PERSON" for f in entities(text))
    text = "此乃天命帝王之业。"
    assert not any(f[2] == "PERSON" and f[3] == "天命" for f in entities(text))


def test_a_listed_emperor_named_by_his_era_keeps_his_canonical_name():
    from pipeline import extract_text

    entities = extract_text("光緒皇帝下詔變法。")["entities"]
    assert [(e["text"], e["label"], e["norm"]) for e in entities][:1] == [("光緒", "PERSON", {"canonical": "光绪"})]
