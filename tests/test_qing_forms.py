"""Late-Qing military forms (pipeline/rules/qing_forms.py, the 武卫 divisions in named_units.tsv): sentences
written for these tests, exact spans, labels and values."""

from __future__ import annotations

from pipeline.rules.qing_forms import find_qing_forms
from sentences import entities, norm_of


def test_character_battalion_after_a_name():
    text = "张树声树字营随后赶到。"
    assert (3, 6, "MIL_UNIT", "树字营") in entities(text)
    assert norm_of(text, "树字营")["echelon"] == "营"


def test_character_troop_keeps_its_province():
    text = "另派吉林胜字马队三百驻城外。"
    assert (2, 8, "MIL_UNIT", "吉林胜字马队") in entities(text)
    assert norm_of(text, "吉林胜字马队")["echelon"] == "队"


def test_bare_character_unit_before_its_count():
    text = "城中仅有毅军一营、胜字三营。"
    found = entities(text)
    assert (9, 11, "MIL_UNIT", "胜字") in found
    assert (11, 13, "QUANTITY", "三营") in found
    assert norm_of(text, "三营")["value"] == 3


def test_common_words_with_zi_are_not_units():
    assert not find_qing_forms("他用数字营造气氛,十字军东征,写字军人。", [])


def test_provincial_militia_traditional():
    text = "福建團練五千人助守。"
    assert (0, 4, "MIL_UNIT", "福建團練") in entities(text)


def test_militia_office_is_not_a_force():
    assert not [c for c in find_qing_forms("山东团练大臣到任。", []) if c.label == "MIL_UNIT"]


def test_taiping_division_before_its_commander():
    text = "太平天国右军主将韦志俊率部渡江。"
    found = entities(text)
    assert (4, 6, "MIL_UNIT", "右军") in found
    assert (8, 11, "PERSON", "韦志俊") in found


def test_taiping_division_needs_a_taiping_text():
    assert not find_qing_forms("右军主将率部渡江。", [])


def test_name_loses_the_memorial_verb():
    text = "副都统舒保奏称我军失利。"
    found = entities(text)
    assert (3, 5, "PERSON", "舒保") in found
    assert not [e for e in found if e[3].endswith("奏")]


def test_wuwei_divisions():
    text = "武衛後軍董福祥部與武衛中軍同守京城。"
    found = entities(text)
    assert (0, 4, "MIL_UNIT", "武衛後軍") in found
    assert (9, 13, "MIL_UNIT", "武衛中軍") in found
    assert norm_of(text, "武衛後軍")["id"] == "QING/named/武卫后军"


def test_official_named_by_memorial_and_dismissal():
    text = "此前,耆英奏称夷船已退。不久,耆英被革职,由耆英旧部接防。"
    found = entities(text)
    starts = [i for i in range(len(text)) if text.startswith("耆英", i)]
    for start in starts:
        assert (start, start + 2, "PERSON", "耆英") in found


def test_official_verbs_after_a_pronoun_or_adverb_name_nobody():
    assert not find_qing_forms("此后,他被革职。其奏称如此。随后被革职。", [])


def test_reign_era_with_the_cycle_name_of_its_year():
    text = "道光庚子年夏,英舰北上;咸豐庚申八月,联军入城。"
    found = entities(text)
    assert (0, 6, "DATE", "道光庚子年夏") in found       # the season belongs to its year (session 29)
    assert norm_of(text, "道光庚子年夏")["value"] == "1840-SU"
    assert (12, 18, "DATE", "咸豐庚申八月") in found
    assert norm_of(text, "咸豐庚申八月")["value"] == "1860-08"


def test_reign_cycle_year_with_a_lunar_day():
    text = "光绪戊戌年八月初六日,政变发生。"
    assert norm_of(text, "光绪戊戌年八月初六日")["value"] == "1898-08-06"


def test_hongxian_era():
    text = "洪宪元年三月,帝制取消。"
    assert norm_of(text, "洪宪元年三月")["value"] == "1916-03"


def test_redoubts_counted():
    text = "山上筑有外垒三垒,另有一垒在江边。"
    found = entities(text)
    assert (6, 8, "QUANTITY", "三垒") in found
    assert norm_of(text, "三垒") == {"value": 3, "unit": "垒", "approx": None}
    assert (11, 13, "QUANTITY", "一垒") in found


def test_boxers_are_a_force_and_their_movement_an_event():
    text = "义和拳围攻教堂,后来义和团运动失败。"
    found = entities(text)
    assert (0, 3, "MIL_UNIT", "义和拳") in found
    assert (10, 15, "EVENT", "义和团运动") in found
    assert not [e for e in found if e[2] == "MIL_UNIT" and e[0] == 10]


def test_forces_of_1900():
    text = "甘軍與虎神營守城,八國聯軍自天津北上。"
    found = entities(text)
    assert (0, 2, "MIL_UNIT", "甘軍") in found
    assert (3, 6, "MIL_UNIT", "虎神營") in found
    assert (9, 13, "MIL_UNIT", "八國聯軍") in found
    assert norm_of(text, "八國聯軍")["id"] == "QING/named/八国联军"


def test_names_after_posts_of_the_late_qing():
    text = "标统马承祥、哨官韩德胜率部出城;翼王石镇邦亦至。"
    found = entities(text)
    assert (2, 5, "PERSON", "马承祥") in found
    assert (8, 11, "PERSON", "韩德胜") in found
    assert (18, 21, "PERSON", "石镇邦") in found


def test_posts_that_are_words_name_nobody():
    assert not find_qing_forms("守备江防,游击区工作,统制全局,会办事情,都督府成立。", [])


def test_manchu_name_after_a_general_post():
    text = "定边将军奕兴率兵出关,宁夏将军托明阿。"
    found = entities(text)
    assert (4, 6, "PERSON", "奕兴") in found
    assert (15, 18, "PERSON", "托明阿") in found


def test_general_word_before_a_verb_names_nobody():
    assert not [c for c in find_qing_forms("这位老将军指挥下的部队,他是中将军长。", []) if c.label == "PERSON"]


def test_list_of_province_abbreviations_of_the_early_republic():
    text = "此后由鲁、奉、直三省联防。"
    found = entities(text)
    assert [e for e in found if e[2] == "GPE"] == [(3, 4, "GPE", "鲁"), (5, 6, "GPE", "奉"), (7, 8, "GPE", "直")]
    assert norm_of(text, "奉")["modern"] == "辽宁"


def test_common_characters_alone_make_no_province_list():
    assert not find_qing_forms("直、奉两军交战;他说好、吉、利。", [])


def test_reign_date_with_a_leap_month_is_one_date():
    text = "道光二十三年闰七月初九日,条约换文。"
    found = entities(text)
    assert (0, 12, "DATE", "道光二十三年闰七月初九日") in found
    assert norm_of(text, "道光二十三年闰七月初九日")["value"] == "1843-07-09"


def test_reign_date_with_winter_month_and_cycle_name():
    text = "同治三年冬月,又光緒二十年甲午六月十五日。"
    assert norm_of(text, "同治三年冬月")["value"] == "1864-11"
    assert norm_of(text, "光緒二十年甲午六月十五日")["value"] == "1894-06-15"


def test_armies_of_1911_and_their_governor():
    text = "沪军都督王其昌率部进攻,江浙联军随后。"
    found = entities(text)
    assert (0, 2, "MIL_UNIT", "沪军") in found
    assert (4, 7, "PERSON", "王其昌") in found
    assert (12, 16, "MIL_UNIT", "江浙联军") in found


def test_era_places_are_every_start_of_every_era():
    # era_places (one scan) finds what a substring search per era finds, overlapping starts included (perf22)
    from pipeline.rules.qing_forms import era_first_years, era_places
    from pipeline.rules.scan import literal_positions

    text = "康熙帝令大军出征。乾隆年间，嘉庆帝登基。光绪光绪二年，天命天聪之际，并无此事。"
    expected = {era: literal_positions(text, era) for era in era_first_years() if era in text}
    assert era_places(text) == expected
    assert era_places(text)["光绪"] == [20, 22]
    assert era_places("并无年号。") == {}
