"""Burmese and South Asian personal names (english_burmese_indian_names; session 10, en14). Sentences written for
these tests (the names are formed from the module's syllables and family names, not taken from any set)."""

from pipeline.rules.english import find_english


def persons(text):
    return [(c.start, c.end) for c in find_english(text) if c.label == "PERSON"]


def at(text, part):
    start = text.index(part)
    return (start, start + len(part))


def test_burmese_names_with_and_without_honorific():
    text = "Later Tin Maung Oo met U Hla Pe and Daw Khin Nyunt."
    assert persons(text) == [at(text, "Tin Maung Oo"), at(text, "U Hla Pe"), at(text, "Daw Khin Nyunt")]


def test_burmese_titles_stay_outside():
    text = "Then Thakin Kyaw Zaw joined Bo Aung Myint."
    assert persons(text) == [at(text, "Kyaw Zaw"), at(text, "Aung Myint")]


def test_chinese_syllables_alone_make_no_burmese_name():
    text = "The envoy San Min arrived."
    assert not any(c.source == "rule:en_burmese_indian_name" for c in find_english(text))


def test_south_asian_family_names():
    text = "Captain Gurdial Singh and Abdul Karim Khan met Sarat Chandra Ghosh in Calcutta."
    assert persons(text) == [at(text, "Gurdial Singh"), at(text, "Abdul Karim Khan"), at(text, "Sarat Chandra Ghosh")]


def test_family_name_first_is_no_person():
    text = "They reached Khan Yunis at dawn."
    assert not any(c.source == "rule:en_burmese_indian_name" for c in find_english(text))


def test_french_spanish_dutch_russian_given_names():
    text = "Later Gaston Mercier, Emilio Ramos, Pieter Hoekstra and Semyon Petrenko met."
    assert persons(text) == [at(text, "Gaston Mercier"), at(text, "Emilio Ramos"), at(text, "Pieter Hoekstra"),
                             at(text, "Semyon Petrenko")]


def test_western_names_over_their_particles():
    text = "Later Jacques de la Roche and Willem van der Heide met Rudolf von Stein."
    assert persons(text) == [at(text, "Jacques de la Roche"), at(text, "Willem van der Heide"),
                             at(text, "Rudolf von Stein")]
