"""Forms of old books, despatches and OCR'd texts (helper auditen3): own sentences, exact spans and values."""

from pipeline.rules.english import find_english


def _spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def _one(text, sub, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return (start, start + len(sub), label)


def test_places_of_the_period_outside_east_asia():
    text = "The news reached St. Petersburg and Constantinople by cable, and Cronstadt sent two cruisers to Libau."
    gpes = _spans(text, "GPE")
    assert gpes == [_one(text, "St. Petersburg", "GPE"), _one(text, "Constantinople", "GPE"),
                    _one(text, "Cronstadt", "GPE"), _one(text, "Libau", "GPE")]
    values = {text[c.start:c.end]: c.norm.get("zh") for c in find_english(text) if c.label == "GPE"}
    assert values["St. Petersburg"] == "圣彼得堡"


def test_treaty_ports_in_consular_spelling():
    text = "Steamers ran from Newchwang to Whampoa, calling at Tamsui."
    assert _spans(text, "GPE") == [_one(text, "Newchwang", "GPE"), _one(text, "Whampoa", "GPE"),
                                   _one(text, "Tamsui", "GPE")]


def test_ship_names_are_not_the_city():
    text = "HMS Portsmouth lay off the bar."
    assert _one(text, "Portsmouth", "GPE") not in _spans(text)


def test_postal_names_typed_in_two_syllables():
    text = "The gunboat left Hang Chow for Foo-Chow and then Han Kow."
    assert _spans(text, "GPE") == [_one(text, "Hang Chow", "GPE"), _one(text, "Foo-Chow", "GPE"),
                                   _one(text, "Han Kow", "GPE")]


def test_two_syllable_person_name_is_not_split_place():
    text = "Wang Ching met the envoy."
    assert _one(text, "Wang Ching", "GPE") not in _spans(text)


def test_name_broken_at_a_line_end_or_by_ocr_hyphenation():
    text = "The allies marched on Pe-\nking while the boats lay in the Pei- Ho."
    spans = _spans(text)
    assert _one(text, "Pe-\nking", "GPE") in spans
    assert _one(text, "Pei- Ho", "LOC") in spans


def test_broken_common_word_is_nothing():
    text = "The com- mander of the escort waited."
    assert _spans(text) == []


def test_messrs_list_and_particles():
    text = "Messrs. Hart and Detring called; Mr. de Mauny and Herr von Ketteler followed, and M. Pichon wrote."
    assert _spans(text, "PERSON") == [_one(text, "Hart", "PERSON"), _one(text, "Detring", "PERSON"),
                                      _one(text, "de Mauny", "PERSON"), _one(text, "von Ketteler", "PERSON"),
                                      _one(text, "Pichon", "PERSON")]


def test_messrs_of_a_firm_is_no_person():
    text = "Messrs. Butterfield, Swire and Co. chartered the steamer."
    assert _spans(text, "PERSON") == []


def test_official_appositive_title():
    text = "The yamen of Ting-pao, the Grain Commissioner, was burnt; Hsuliang, the Imperial Commissioner, fled."
    persons = _spans(text, "PERSON")
    assert _one(text, "Ting-pao", "PERSON") in persons
    assert _one(text, "Hsuliang", "PERSON") in persons


def test_place_before_an_official_stays_a_place():
    text = "At Tsinan, the Governor of Shantung received the consul. Meanwhile, the General withdrew."
    assert _one(text, "Tsinan", "GPE") in _spans(text)
    assert _spans(text, "PERSON") == []


def test_by_name():
    text = "A headman of the village, by name Tieu, guided the column."
    assert _one(text, "Tieu", "PERSON") in _spans(text, "PERSON")


def test_letter_style_days():
    text = "Fighting began on 16 May 1885. On the night of the 17th the forts fell; my despatch of the 20th inst. reports it."
    dates = [(s, e) for s, e, lab in _spans(text, "DATE")]
    assert _one(text, "17th", "DATE")[:2] in dates
    assert _one(text, "20th", "DATE")[:2] in dates
    values = {text[c.start:c.end]: c.norm.get("value") for c in find_english(text) if c.label == "DATE"}
    assert values["17th"] == "1885-05-17"


def test_ordinal_before_a_unit_is_no_day():
    text = "On the morning of the 3rd Division's advance the rain stopped."
    assert _one(text, "3rd", "DATE") not in _spans(text)


def test_day_range_with_through():
    text = "The regiment attacked 18 through 21 March 1951."
    assert _spans(text, "DATE") == [_one(text, "18", "DATE"), _one(text, "21 March 1951", "DATE")]


def test_quoted_newspaper():
    text = 'A "Standard" telegram and the "Morning Post" correspondent agreed.'
    assert _spans(text, "ORG") == [_one(text, "Standard", "ORG"), _one(text, "Morning Post", "ORG")]


def test_city_as_a_nickname_is_no_place():
    text = 'Hong Kong was called the "Gibraltar of the East" by its garrison.'
    assert _one(text, "Gibraltar", "GPE") not in _spans(text)
    assert _one(text, "Hong Kong", "GPE") in _spans(text)


def test_initials_and_surname():
    text = "The book by R. K. Douglas and the letters of W. Lockhart were read by the U. S. Army staff."
    assert _spans(text, "PERSON") == [_one(text, "R. K. Douglas", "PERSON"), _one(text, "W. Lockhart", "PERSON")]


def test_initials_of_a_government_are_no_title():
    text = "H. M. Government protested."
    assert _spans(text, "PERSON") == []


def test_dateline_in_capitals():
    text = "NEWCHWANG, March 4.—The ice broke. CHEFOO, 5th March. Transports arrived."
    assert _spans(text, "GPE") == [_one(text, "NEWCHWANG", "GPE"), _one(text, "CHEFOO", "GPE")]


def test_ship_with_a_dotted_prefix_is_no_place():
    text = "The cruiser H.M.S. Malaya and U.S.S. Oregon lay in the roads."
    assert _spans(text, "GPE") == []


def test_time_of_a_letter_day():
    text = "The column crossed between 4 p. m. of the 9th and 6 a. m. of the 10th."
    dates = _spans(text, "DATE")
    assert _one(text, "9th", "DATE") in dates and _one(text, "10th", "DATE") in dates


def test_battalion_by_number_and_regiment():
    text = "At dawn 1 RNF and 1 KOSB advanced while 4 RTR waited; 3 RAF squadrons flew over."
    units = _spans(text, "MIL_UNIT")
    assert units == [_one(text, "1 RNF", "MIL_UNIT"), _one(text, "1 KOSB", "MIL_UNIT"), _one(text, "4 RTR", "MIL_UNIT")]
    numbers = [c.norm.get("numbers") for c in find_english(text) if c.label == "MIL_UNIT"]
    assert numbers == [[1], [1], [4]]


def test_korean_mountain_in_san():
    text = "The company held Pukhan San while the enemy crossed toward San Francisco Bay."
    assert _one(text, "Pukhan San", "LOC") in _spans(text, "LOC")


def test_place_read_once_by_context_is_read_everywhere():
    text = "The patrol reached Sinhyonni at noon.\n\nLater the village of Sinhyonni was shelled."
    gpes = _spans(text, "GPE")
    assert _one(text, "Sinhyonni", "GPE") in gpes and _one(text, "Sinhyonni", "GPE", 1) in gpes


def test_indonesian_provinces():
    text = "The brigade moved from Central Java to East Java and then to Buitenzorg."
    assert _spans(text, "GPE") == [_one(text, "Central Java", "GPE"), _one(text, "East Java", "GPE"),
                                   _one(text, "Buitenzorg", "GPE")]


def test_courtesy_title_before_a_name_broken_by_a_line_end():
    text = "The note was sent by M. Henri\nDurand from the ministry."
    assert _spans(text, "PERSON") == [_one(text, "Henri\nDurand", "PERSON")]


def test_official_appositive_after_to():
    text = "The quarters belonging to Heng-ki, the Grain Intendant, were taken."
    assert _one(text, "Heng-ki", "PERSON") in _spans(text, "PERSON")


def test_quotation_attributed_to_a_name():
    text = "“The wells are dry,” wrote Castelnau-Brun. \"Hold the ridge,\" said Okafor, and \"Go,\" said The Times."
    assert _spans(text, "PERSON") == [_one(text, "Castelnau-Brun", "PERSON"), _one(text, "Okafor", "PERSON")]


def test_war_correspondent_title_is_no_event():
    text = "[From Our Special War Correspondent.] The Boer War correspondents sailed."
    assert _spans(text, "EVENT") == [_one(text, "Boer War", "EVENT")]


def test_rok_plural_with_apostrophe_is_soldiers():
    text = "The frightened ROK's had fled, but the ROK's 1st Division held."
    gpes = _spans(text, "GPE")
    assert _one(text, "ROK", "GPE") not in gpes
    assert _one(text, "ROK", "GPE", 1) in gpes


def test_newspaper_in_gutenberg_italics():
    text = "Lately Special Correspondent of _The Morning Post_, now of _The Daily Chronicle_."
    assert _spans(text, "ORG") == [_one(text, "Morning Post", "ORG"), _one(text, "Daily Chronicle", "ORG")]
