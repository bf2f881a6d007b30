"""Classes of the English despatches and histories of the China wars 1839-1911 (session 15, auditen14): numbered
regiments of the line and of the Indian armies, presidency corps, named channels, romanised prefectures with their
suffix, a courtesy title before a possessive, plural naval and junior ranks. Sentences written for these tests."""

from tests.sentences import ent, norm_of, spans, unit


# --- regiments of the line by number and short head

def test_numbered_foot_is_one_regiment():
    text = "On the 4th the 44th Foot carried the stockade above the creek."
    assert unit(ent(text, "44th Foot")) == ("MIL_UNIT", [44], "团", "步兵")


def test_coordinated_foot_is_one_span():
    text = "The 31st and 62nd Foot were landed next morning near the joss-house."
    assert unit(ent(text, "31st and 62nd Foot")) == ("MIL_UNIT", [31, 62], "团", "步兵")


def test_abbreviated_regs_keep_their_stop_outside():
    text = "The detachments of the 17th and 54th Regs. were sent to hold the walls."
    assert unit(ent(text, "17th and 54th Regs")) == ("MIL_UNIT", [17, 54], "团", "")


def test_foot_guards_and_a_foot_measure_are_not_read_here():
    assert "3rd Foot" not in spans("The 3rd Foot Guards marched past the palace.", "MIL_UNIT")
    assert spans("The wall rose twelve foot above the ditch.", "MIL_UNIT") == []


def test_numbered_royal_title_is_a_regiment():
    text = "The 21st Royal Scotch and the 11th Royal Irish stormed the breach."
    assert unit(ent(text, "21st Royal Scotch")) == ("MIL_UNIT", [21], "团", "")
    assert unit(ent(text, "11th Royal Irish")) == ("MIL_UNIT", [11], "团", "")


def test_royal_state_words_are_no_regiment():
    assert spans("On the 5th Royal Navy boats entered the river.", "MIL_UNIT") == ["Royal Navy"]


# --- regiments of the Indian armies

def test_numbered_native_infantry_with_presidency():
    text = "The 22nd Bombay Native Infantry and the 9th Madras N.I. held the ridge."
    assert unit(ent(text, "22nd Bombay Native Infantry")) == ("MIL_UNIT", [22], "团", "")
    assert unit(ent(text, "9th Madras N.I.")) == ("MIL_UNIT", [9], "团", "")
    assert "Bombay" not in spans(text, "GPE") and "Madras" not in spans(text, "GPE")


def test_native_infantry_without_presidency_and_province_infantry():
    text = "The 48th Native Infantry and the 12th Punjab Infantry crossed the ford."
    assert unit(ent(text, "48th Native Infantry")) == ("MIL_UNIT", [48], "团", "")
    assert unit(ent(text, "12th Punjab Infantry")) == ("MIL_UNIT", [12], "团", "")


def test_bare_numbered_infantry_is_left_to_the_grammar():
    # no presidency and no 'Native': the numbered grammar's reading, not this module's
    assert "in Bengal" not in spans("He went to Bengal in 1857.", "MIL_UNIT")
    assert spans("He went to Bengal in 1857.", "GPE") == ["Bengal"]


def test_presidency_corps_without_number():
    text = "The Bombay Volunteers and the Madras Horse Artillery embarked at Calcutta."
    assert unit(ent(text, "Bombay Volunteers")) == ("MIL_UNIT", [], "", "")
    assert unit(ent(text, "Madras Horse Artillery")) == ("MIL_UNIT", [], "", "")
    assert "Bombay" not in spans(text, "GPE")


# --- channels

def test_named_channel_with_lower_case_head():
    text = "The steamers went up the Sheklung passage and through the Sulphur channel at dawn."
    assert ent(text, "Sheklung passage")["label"] == "LOC"
    assert ent(text, "Sulphur channel")["label"] == "LOC"


def test_capitalised_channel_head():
    text = "They anchored in the Tongku Reach before noon."
    assert ent(text, "Tongku Reach")["label"] == "LOC"


def test_known_place_before_lower_case_passage_stays_the_place():
    text = "The fleet took the Canton passage to the factories."
    assert "Canton passage" not in spans(text, "LOC")
    assert "Canton" in spans(text, "GPE")


# --- romanised prefectures with their suffix

def test_hyphenated_prefecture_with_foo_is_one_gpe():
    text = "The rebels had taken Ning-po-foo and Kin-hwa-foo before the winter."
    assert ent(text, "Ning-po-foo")["label"] == "GPE"
    assert ent(text, "Kin-hwa-foo")["label"] == "GPE"


def test_kung_fu_is_no_prefecture():
    assert spans("He practised Kung-fu every morning.", "GPE") == []


# --- people

def test_courtesy_title_before_a_possessive():
    text = "Mr. Harland's clerk carried the letter to the consulate."
    assert ent(text, "Harland")["label"] == "PERSON"
    assert "Harland's" not in spans(text, "PERSON")


def test_plural_naval_ranks_before_coordinated_surnames():
    text = "The anchorage was sounded by Commanders Bevan and Farrow, who found three fathoms."
    assert spans(text, "PERSON") == ["Bevan", "Farrow"]
    text = "Lieutenants Tapley and Orme brought up the rockets."
    assert spans(text, "PERSON") == ["Tapley", "Orme"]


def test_plural_rank_alone_is_no_person():
    assert spans("The Lieutenants and the Commanders met in the wardroom.", "PERSON") == []


# --- Vietnamese letters inside a place word (english_place_context WORD)

def test_vietnamese_letters_do_not_join_a_lower_case_word():
    text = "The Bắc Giang campaign opened in the spring of 1885 after the fall of Lạng Sơn."
    assert "opened" not in " ".join(spans(text, "EVENT"))


# --- romanised Japanese institutions before a verb (english_surname_verbs)

def test_bakufu_before_a_verb_is_no_person():
    text = "In the spring Bakufu sent two steamers north, and Daimyo ordered the levies home."
    assert spans(text, "PERSON") == []


def test_japanese_surname_before_a_verb_is_still_a_person():
    text = "In the spring Kuroda sent two steamers north."
    assert spans(text, "PERSON") == ["Kuroda"]


# --- ranges of days without their month

def test_letter_style_day_range_takes_the_month_of_the_document():
    text = "In March 1842 the squadron lay off the bar. The firing of the 12th to 13th was heavy."
    assert norm_of(text, "12th")["value"] == "1842-03-12"
    assert norm_of(text, "13th")["value"] == "1842-03-13"


def test_hyphenated_night_range_and_from_to():
    text = "In May 1900 the line was cut; on the night of the 14th-15th and from the 16th to the 18th no train ran."
    assert [s for s in spans(text, "DATE")] == ["May 1900", "14th", "15th", "16th", "18th"]


def test_numbered_regiments_are_no_day_range():
    text = "In July 1841 the detachments of the 18th and 26th, with the Marines, landed."
    assert spans(text, "DATE") == ["July 1841"]
    text = "In July 1841 the 2nd and 3rd Brigades landed."
    assert spans(text, "DATE") == ["July 1841"]
