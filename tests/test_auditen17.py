"""PERSON and ORG classes of English war pages of every origin (session 16, auditen17; english_person_org_forms,
english_unstopped_ranks). Every sentence here is written for the test."""

from __future__ import annotations

from tests.sentences import entities, spans


# --- titles read inside a name are outside the PERSON (spec rule 1)

def test_sovereign_title_outside_a_lexicon_name():
    text = "The funeral of Emperor Meiji was held in Tokyo. In 1898 the Empress Dowager Cixi returned to power."
    assert spans(text, "PERSON") == ["Meiji", "Cixi"]


def test_title_alone_is_no_person():
    assert spans("The Emperor arrived at the palace and the General followed.", "PERSON") == []


def test_infobox_compact_ranks_and_country_posts():
    text = ("Commanders and leaders\nLGen R. K. Dalton\nMajGen OP Verma\nPakistan President Tariq Mahmood\n"
            "FM Hugh Fennell")
    assert spans(text, "PERSON") == ["R. K. Dalton", "OP Verma", "Tariq Mahmood", "Hugh Fennell"]
    assert spans(text, "FAC") == []


def test_compact_rank_before_a_common_noun_is_no_person():
    assert spans("He was promoted to the LGen post in the new Army Headquarters.", "PERSON") == []


# --- bracketed initials or nickname between given name and surname: one PERSON

def test_bracketed_middle_joins_the_name():
    text = "Army chief General Ravi (RKN) Mehta met the press."
    assert spans(text, "PERSON") == ["Ravi (RKN) Mehta"]


def test_bracket_after_a_full_name_stays_apart():
    text = "General Ravi Mehta (RKN) met Colonel Arjun Kapoor."
    assert "Ravi (RKN) Mehta" not in spans(text, "PERSON")


# --- a name in apposition after a kinship word

def test_kin_apposition_is_person():
    text = "Tanaka and his wife, Haruko, left Tokyo in 1912."
    got = entities(text)
    assert (21, 27, "PERSON", "Haruko") in got


def test_kin_word_before_a_clause_is_no_person():
    assert spans("He married his wife, whom he met in 1890, in Osaka.", "PERSON") == []


# --- governments named by their state, societies with `of` + place, acronyms in brackets

def test_government_of_a_state_is_one_org():
    text = "The Provisional Government of Korea moved to Shanghai, but the government of Korea did not."
    assert spans(text, "ORG") == ["Provisional Government of Korea"]
    assert spans(text, "GPE") == ["Shanghai", "Korea"]


def test_society_of_a_place_is_one_org_but_not_of_a_subject():
    text = "A talk at the Historical Society of Hawaii and the Ministry of War in Tokyo."
    assert spans(text, "ORG") == ["Historical Society of Hawaii", "Ministry of War"]


def test_acronym_in_brackets_after_an_org():
    text = "It came from the Ministry of Supply (MoS) and the Ministry of Aviation (Britain)."
    assert spans(text, "ORG") == ["Ministry of Supply", "MoS", "Ministry of Aviation"]
    assert spans(text, "GPE") == ["Britain"]


def test_headline_function_words_are_no_person():
    assert spans("‘The Border War – What They Don’t Want You To Know’ by a retired officer", "PERSON") == []


# --- an unstopped rank before a name at the end of a sentence (english_unstopped_ranks)

def test_unstopped_rank_name_before_full_stop():
    text = "The division was commanded by Lt Gen RK Verma. Maj Gen J.S. Dhillon came later."
    assert spans(text, "PERSON") == ["RK Verma", "J.S. Dhillon"]
    assert "Gen" not in spans(text, "PERSON")


# --- two-syllable Vietnamese names with diacritics, OCR'd Korean `Il`, Sheikh names, passive surname verbs

def test_vietnamese_family_and_one_given_syllable():
    text = "The rebels fought for Trần Khải until 1790, far from Lạng Sơn."
    assert spans(text, "PERSON") == ["Trần Khải"]


def test_vietnamese_family_without_diacritics_is_not_read_by_the_class():
    assert spans("The ship sailed from Le Havre in 1884.", "PERSON") == []


def test_korean_name_with_ocr_roman_two():
    text = "Premier Kim II Sung wrote to Pak II Yong in 1952."
    assert spans(text, "PERSON") == ["Kim II Sung", "Pak II Yong"]


def test_roman_two_after_a_western_name_is_no_korean_name():
    assert "Henry II Tudor" not in spans("The legend of Henry II Tudor was told again.", "PERSON")


def test_sheikh_name_is_one_person():
    text = "In 1972 Sheikh Rahman Ali returned to Dacca, but the Sheikh of Kuwait stayed away."
    assert spans(text, "PERSON") == ["Sheikh Rahman Ali"]


def test_surname_before_adverb_and_passive():
    text = "Zeng was subsequently banished to Ili. Peking was subsequently used as a base."
    assert spans(text, "PERSON") == ["Zeng"]


# --- broadcasters by place, `and` inside an organisation's name, legislatures by their acts

def test_broadcaster_named_by_place():
    text = "He spoke on All India Radio and later on Radio Rangoon."
    assert spans(text, "ORG") == ["All India Radio", "Radio Rangoon"]


def test_field_radio_is_no_broadcaster():
    assert spans("The Field Radio was lost and the Radio Operator was killed.", "ORG") == []


def test_and_inside_an_organisation_name():
    text = "The Policy Research and Planning Centre issued a report in 1951."
    assert spans(text, "ORG") == ["Policy Research and Planning Centre"]


def test_and_between_a_place_and_an_organisation_is_not_joined():
    text = "Between Britain and the Colonial Office there was no quarrel."
    assert spans(text, "ORG") == ["Colonial Office"]


def test_legislature_by_its_acts():
    text = "The President asked Congress to declare war, and the Diet ratified the treaty."
    assert spans(text, "ORG") == ["Congress", "Diet"]


def test_legislature_word_as_an_event_is_not_read():
    assert spans("The Congress of Vienna ended in 1815.", "ORG") == []


# --- a bare name before a possessive of a life event; the Korean family alone after an OCR'd full name

def test_name_before_execution_possessive():
    text = "After Mabini's execution in 1901, Japan's death toll was not known and the Emperor's funeral waited."
    assert spans(text, "PERSON") == ["Mabini"]


def test_korean_family_alone_after_the_ocr_full_name():
    text = "Premier Pak II Yong wrote first; later Pak answered the letter."
    assert spans(text, "PERSON") == ["Pak II Yong", "Pak"]


# --- two-word posts and inverted speech verbs before a name; unstopped initials glued before a name;
#     native acronyms in brackets; one-name rows of a list paragraph

def test_two_word_post_and_speech_verb_outside_the_name():
    text = "Prime Minister Harold Mitchell flew home. Says Ramesh Kumar: \u201cIt was a museum.\u201d"
    assert spans(text, "PERSON") == ["Harold Mitchell", "Ramesh Kumar"]


def test_unstopped_initials_join_the_name_but_not_a_rank_or_state():
    text = ("His Defence Minister VK Ravi Menon resigned. PM Rajiv Kumar Sen and COL Hugh Barnes came; "
            "the US Dean Rusk was away.")
    got = spans(text, "PERSON")
    assert "VK Ravi Menon" in got
    assert not [p for p in got if p.startswith(("PM ", "COL ", "US "))]


def test_native_acronym_in_brackets_after_an_org():
    text = "Movements such as the Indonesian National Party (PNI) and the Malayan People\u2019s Party (USA) grew."
    assert "PNI" in spans(text, "ORG")
    assert "USA" not in spans(text, "ORG")


def test_list_rows_mostly_persons_complete_the_list():
    text = "Wilhelmina\nJuliana\nHubertus van Mook\nSimon Spoor\nRaymond Westerling\nRobert Mansergh"
    assert spans(text, "PERSON")[:2] == ["Wilhelmina", "Juliana"]


def test_list_rows_of_places_are_not_persons():
    text = "Rangoon\nProme\nMeiktila\nPegu"
    assert spans(text, "PERSON") == []
