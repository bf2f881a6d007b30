"""Classes seen by helper auditen12 (session 15) on period newspaper reports, TIME pages, order-of-battle
pages and veterans' blogs about China's wars 1894-1953. Every sentence is written for the test."""

from __future__ import annotations

from tests.sentences import ent, entities, norm_of, spans


# --- year-shaped counts after verbs of killing and taking (english_newspaper_forms)

def test_year_shaped_count_after_killing_verb():
    text = "The defenders claim to have killed 1900 Japanese in the fighting at the river."
    e = ent(text, "1900 Japanese")
    assert e["label"] == "QUANTITY" and e["norm"]["value"] == 1900 and e["norm"]["unit"] == "Japanese"
    assert "1900" not in spans(text, "DATE")


def test_year_shaped_count_with_people_noun():
    text = "The column captured 1850 Russian soldiers and took 1700 prisoners near the pass."
    assert norm_of(text, "1850 Russian soldiers")["unit"] == "Russian soldiers"
    assert norm_of(text, "1700 prisoners")["value"] == 1700


def test_year_after_passive_or_before_place_stays_a_date():
    text = "He was killed 1938 Japanese records say. The army captured 1938 Soochow in autumn."
    assert spans(text, "DATE") == ["1938", "1938"]
    assert spans(text, "QUANTITY") == []


# --- 'No. 1 Chinese financier': a rank number, no count (english_numbers)

def test_rank_number_is_no_count():
    text = "He met the No. 1 Chinese banker and the No. 2 man of the ministry, with 40 men."
    assert spans(text, "QUANTITY") == ["40 men"]


# --- headline sentences in capitals are no place (english_capital_runs)

def test_headline_of_everyday_words_is_no_place():
    text = "TROOPS HOLD NEW LINES BEYOND RANGE OF GUNS\n\nThe troops held on."
    assert [s for s, lab in [(x[3], x[2]) for x in entities(text)] if lab in ("LOC", "GPE", "FAC")] == []


def test_headline_place_names_still_read():
    text = "FIGHTING AT TSINAN AND TSINGTAO\n\nThe troops held on."
    assert "TSINAN" in spans(text, "GPE") and "TSINGTAO" in spans(text, "GPE")


# --- unknown places: 'closing in on X', 'the whole X front' (english_place_context)

def test_closing_in_on_a_place():
    text = "By evening the Japanese were closing in on Liuchiachen, and later closed in on Hsiaotang."
    assert spans(text, "GPE") == ["Liuchiachen", "Hsiaotang"]


def test_closing_in_on_no_place():
    text = "The reporters were closing in on the story by then."
    assert spans(text, "GPE") == []


def test_the_whole_x_front():
    text = "Heavy fighting went on along the whole Wangchiatsai front and the entire Peikuan sector."
    assert spans(text, "GPE") == ["Wangchiatsai", "Peikuan"]


def test_the_whole_front_without_name():
    text = "Heavy fighting went on along the whole Western front."
    assert spans(text, "GPE") == []


# --- the press's solid and spaced given names (english_lexicon.press_forms)

def test_solid_and_spaced_given_names_get_the_person():
    text = "Generalissimo Chiang Kaishek met Dr. Sun Yat Sen's widow, then General Ho Ying Chin."
    assert norm_of(text, "Chiang Kaishek")["zh"] == "蒋中正"
    assert norm_of(text, "Sun Yat Sen")["zh"] == "孙中山"
    assert norm_of(text, "Ho Ying Chin")["zh"] == "何应钦"


def test_unknown_solid_name_has_no_canonical():
    text = "General Wu Kaiming spoke to the press."
    assert "zh" not in norm_of(text, "Wu Kaiming")


# --- orders of battle: commanders in brackets with a doubt or a seat; air and cavalry brigades

def test_bracketed_commander_with_seat_or_doubt():
    text = "7 Division (Hirabe; at Kaifeng)\n\n9 Division (Hamazaki?)\n\n12 Division (in reserve)"
    assert spans(text, "PERSON") == ["Hirabe", "Hamazaki"]


def test_cardinal_air_and_cavalry_brigades():
    text = "Support came from 3 Air Brigade and 4 Cavalry Brigade, not from 3 brigades of infantry."
    assert spans(text, "MIL_UNIT") == ["3 Air Brigade", "4 Cavalry Brigade"]


# --- a typographic apostrophe in a named force (normalize/english_unit_values)

def test_typographic_apostrophe_named_force():
    text = "The Chinese People\u2019s Volunteer Army crossed, and the People\u2019s Liberation Army followed."
    assert norm_of(text, "Chinese People\u2019s Volunteer Army")["id"] == "CCP/named/中国人民志愿军"
    assert norm_of(text, "People\u2019s Liberation Army")["side"] == "CCP"


def test_year_shaped_count_before_nation_and_fighting_men():
    text = "Guns shelled the suburb where 1900 Japanese marines waited, and reports said that 1750 Russian troops had left."
    assert norm_of(text, "1900 Japanese marines")["unit"] == "Japanese marines"
    assert norm_of(text, "1750 Russian troops")["value"] == 1750


def test_year_before_nation_and_troops_after_time_word_stays_a_date():
    text = "In 1937 Japanese troops came. On July 7, 1937 Japanese troops fired. The 1932 Japanese marines were few."
    assert spans(text, "QUANTITY") == []
    assert "1932" in spans(text, "DATE")


# --- a known river or creek with its head word in lower case (english_base_generators)

def test_known_river_with_lower_case_head():
    text = "The column crossed the Yellow river near the ferry."
    e = ent(text, "Yellow river")
    assert e["label"] == "LOC" and e["norm"]["zh"] == "黄河"


def test_unknown_river_with_lower_case_head_has_no_canonical():
    text = "The column crossed the Tsaokou river near the ferry."
    assert "zh" not in norm_of(text, "Tsaokou river")


# --- 'marching on X', 'bearing down on X' (english_place_context)

def test_marching_on_a_place():
    text = "The Japanese are marching on Lientang and bearing down on Sinfeng from the south."
    assert spans(text, "GPE") == ["Lientang", "Sinfeng"]


def test_moving_on_no_place():
    text = "He was moving on with his life, and prices kept driving on Monday."
    assert spans(text, "GPE") == []


# --- a romanised name-shaped pair in a place's context (english_newspaper_forms)

def test_name_shaped_pair_after_place_verb_is_a_place():
    text = "The Japanese are now attacking Sha Hoching to the north, and Liu Tayang, a western suburb of the city, fell."
    assert spans(text, "GPE") == ["Sha Hoching", "Liu Tayang"]
    assert spans(text, "PERSON") == []


def test_name_shaped_pair_before_possessive_stays_a_person():
    text = "The Japanese attacked Wen Tienlin's troops at dawn."
    assert spans(text, "GPE") == []


def test_name_shaped_pair_after_article_is_no_person():
    text = "A flying squadron from the Kao Tungyi is on its way."
    assert spans(text, "PERSON") == []


# --- the sides of a civil war by their quarter: no person before ', who' (english_numbers.DEMONYM_PLURAL)

def test_northerners_who_no_person_but_a_count_unit():
    text = "The Southerners, who had not been paid, revolted, and some 12,000 Northerners crossed."
    assert spans(text, "PERSON") == []
    assert norm_of(text, "some 12,000 Northerners")["unit"] == "Northerners"


def test_surname_who_still_a_person():
    text = "Mr. Summers, who was there, spoke to the consul."
    assert spans(text, "PERSON") == ["Summers"]


def test_older_hepburn_japanese_name_gets_the_person():
    text = "Lieut.-General Kenkichi Uyeda changed his headquarters three times."
    assert norm_of(text, "Kenkichi Uyeda")["zh"] == "植田谦吉"


def test_unknown_older_hepburn_name_has_no_canonical():
    text = "Lieut.-General Tokuji Mayeda changed his headquarters."
    assert "zh" not in norm_of(text, "Tokuji Mayeda")
