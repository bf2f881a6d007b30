"""Japanese and Korean persons without a title in English text (pipeline/rules/english_east_asian_names.py).
Sentences written for the tests, not taken from any gold file."""

import pytest

from pipeline.rules.english import find_english


def _persons(text):
    return [(c.start, c.end, text[c.start:c.end]) for c in find_english(text) if c.label == "PERSON"]


def _spans(text):
    return [(c.start, c.end, c.label, text[c.start:c.end]) for c in find_english(text)]


@pytest.mark.parametrize("text, name", [
    ("Later Oka Yasuji inspected the harbour.", "Oka Yasuji"),              # short listed family name
    ("Later Itoh Sukeyuki inspected the harbour.", "Itoh Sukeyuki"),        # the oh spelling
    ("Later Hirobumi Ito inspected the harbour.", "Hirobumi Ito"),          # given name first
    ("Later Fukushima Yasumasa inspected the harbour.", "Fukushima Yasumasa"),   # a family that is a place
    ("Later Kim Il-Sung inspected the harbour.", "Kim Il-Sung"),            # a capitalised hyphenated given name
    ("Later Ch'oe Yong-gŏn inspected the harbour.", "Ch'oe Yong-gŏn"),      # McCune-Reischauer
    ("Later Kang Kŏn inspected the harbour.", "Kang Kŏn"),                  # one syllable with a breve
    ("Later Paik Sun Yup inspected the harbour.", "Paik Sun Yup"),          # spaced syllables
    ("Later Admiral Tōgō inspected the harbour.", "Tōgō"),                  # a rank before a macron name
])
def test_full_names(text, name):
    start = text.index(name)
    assert (start, start + len(name), name) in _persons(text)


def test_family_name_alone_after_the_full_name():
    text = "Ono Sakae reached the river. Two days later Ono crossed it, and Paek Sun-yup met him. Paek agreed."
    assert _persons(text) == [(0, 9, "Ono Sakae"), (44, 47, "Ono"), (64, 76, "Paek Sun-yup"), (86, 90, "Paek")]


def test_macron_family_read_back_without_macron():
    text = "Colonel Itō Seiichi was killed; Ito fell first."
    assert (32, 35, "Ito") in _persons(text)


@pytest.mark.parametrize("text", [
    "The battleship Mikasa led the line, and the IJN Yamato followed the Nagato.",
    "In the Meiji era and under Taishō, Osaka and Kobe grew.",
    "Ships sailed from Sasebo to Kagoshima Prefecture.",
    "The Han Chinese crossed the Han River to Hong Kong.",
    "Tanaka Maru sailed from Kure.",
])
def test_no_person(text):
    assert _persons(text) == []


def test_ship_after_full_name_is_no_person():
    text = "Ono Sakae boarded the cruiser Ono at dawn."
    assert _persons(text) == [(0, 9, "Ono Sakae")]


def test_possessive_after_the_name():
    text = "Ono Sakae's staff met Paik Sun-yup's officers and Ch'oe Yong-gŏn's aides."
    assert _persons(text) == [(0, 9, "Ono Sakae"), (22, 34, "Paik Sun-yup"), (50, 64, "Ch'oe Yong-gŏn")]


def test_spaced_korean_given_name_with_a_korean_syllable():
    text = "Later Chung Il Kwon met Lee Hak Ku; Lee agreed. Song Hong Kong is no name."
    assert _persons(text)[:3] == [(6, 19, "Chung Il Kwon"), (24, 34, "Lee Hak Ku"), (36, 39, "Lee")]
    from pipeline.rules.english_east_asian_names import find_east_asian_names
    found = []
    find_east_asian_names("Song Hong Kong is no name.", found)
    assert found == []


def test_hepburn_apostrophe_in_the_given_name():
    text = "Later Tanaka Shin'ichi argued."
    assert _persons(text) == [(6, 22, "Tanaka Shin'ichi")]


def test_wade_giles_with_aspirates_and_later_mention():
    text = "Later Ts'ai T'ing-k'ai met Liang Ch'i-ch'ao; Ts'ai agreed."
    assert _persons(text) == [(6, 22, "Ts'ai T'ing-k'ai"), (27, 43, "Liang Ch'i-ch'ao"), (45, 50, "Ts'ai")]


def test_pinyin_with_tone_marks():
    text = "Later Lǐ Hóngzhāng met Zēng Guófān."
    assert _persons(text) == [(6, 18, "Lǐ Hóngzhāng"), (23, 34, "Zēng Guófān")]


def test_place_suffix_is_no_given_name():
    found = []
    from pipeline.rules.english_east_asian_names import find_east_asian_names
    find_east_asian_names("They reached Yang Gu-gun and Kim Hwa-Eup before dark.", found)
    assert found == []


def test_vietnamese_family_and_two_given_syllables():
    text = "Later Pham Van Dong met Trần Văn Trà; Giap was absent."
    assert _persons(text)[:2] == [(6, 19, "Pham Van Dong"), (24, 36, "Trần Văn Trà")]


@pytest.mark.parametrize("text", [
    "The convoy left Dong Ha Quang Tri at dawn.",
    "Do Not Enter the zone.",
    "They reached Ho Chi Minh City.",
])
def test_vietnamese_places_and_phrases_are_no_names(text):
    from pipeline.rules.english_east_asian_names import find_east_asian_names
    found = []
    find_east_asian_names(text, found)
    assert found == []


def test_ship_named_after_a_person_is_no_person():
    from pipeline.rules.english_east_asian_names import find_east_asian_names
    found = []
    find_east_asian_names("The frigates Tran Quang Khai (HQ-2) and Oka Yasuji (DE-9) sailed.", found)
    assert found == []
