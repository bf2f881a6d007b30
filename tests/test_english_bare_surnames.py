"""Bare Western surnames read from a person's predicate, unlisted middle names, short Chinese surnames at their bare
mentions, and South Asian names after titles (english_bare_surnames, english_acronym_aliases,
english_burmese_indian_names,
english_surname_verbs; session 16, auditen19). Sentences and names written for these tests."""

from pipeline.rules.english import find_english


def persons(text):
    return [text[c.start:c.end] for c in find_english(text) if c.label == "PERSON"]


def test_verb_of_thought_or_life_makes_a_bare_surname_a_person():
    assert persons("The river was in flood, and Pendlebury feared the worst.") == ["Pendlebury"]
    assert persons("In 1821 Harrowby was born at a vicarage near the coast.") == ["Harrowby"]
    assert persons("Two days later Kestrell was mortally wounded at the ford.") == ["Kestrell"]


def test_verb_with_his_object_and_and_his():
    assert persons("On the third day Ashworth moved his guns to the ridge.") == ["Ashworth"]
    assert persons("The rebels had got rid of Dunsmore and his followers.") == ["Dunsmore"]


def test_passive_of_command_and_predicate_noun():
    assert persons("Ravensby was ordered to hold the bridge.") == ["Ravensby"]
    assert persons("Fortunately Tolliver was a man of great patience.") == ["Tolliver"]


def test_apposition_with_a_post():
    assert persons("The fort was built by Wenlock, general and governor of the province.") == ["Wenlock"]


def test_possessive_of_life_event():
    assert persons("News of Quarrington's death reached the coast in May.") == ["Quarrington"]


def test_one_mention_reads_the_others():
    text = "Pendlebury hoped the road was open. The men trusted Pendlebury, and Pendlebury's column marched."
    assert persons(text) == ["Pendlebury", "Pendlebury", "Pendlebury"]


def test_no_person_without_a_person_predicate_or_after_an_article():
    assert persons("Marlowbury was taken after a long siege.") == []
    assert persons("The Pendlebury hoped for rain.") == []
    assert persons("Lucknow was a city of palaces.") == []
    assert persons("The fortress expressed its strength; Britain feared nothing.") == []
    assert persons("The Nawab of Sindhpur and his court fled; Whitehall feared the cost.") == []


def test_unlisted_middle_name_goes_on_to_the_surname():
    assert persons("That evening Mary Ellisande Corrow wrote home.") == ["Mary Ellisande Corrow"]
    assert persons("That evening Mary Ellisande wrote home.") == ["Mary Ellisande"]
    assert "John Harlan Road" not in persons("They met at the John Harlan Road bridge.")


def test_three_letter_chinese_surname_at_its_bare_mentions():
    text = "Then Viceroy Kao arrived. When Kao reached the city, the merchants fled. Kao Shih-lin stayed."
    found = [(c.label, text[c.start:c.end]) for c in find_english(text) if c.label == "PERSON"]
    assert ("PERSON", "Kao") in found and found.count(("PERSON", "Kao")) == 2
    assert ("PERSON", "Kao Shih-lin") in found


def test_conjunction_that_before_a_chinese_surname():
    assert persons("It was plain that Chou wanted peace.") == ["Chou"]


def test_air_force_ranks_stay_outside_south_asian_names():
    text = "Air Vice Marshal Harbans Gill met Air Marshal Rahim Qureshi."
    assert persons(text) == ["Harbans Gill", "Rahim Qureshi"]


def test_family_name_after_an_indian_title():
    assert persons("Later Pandit Sharma wrote to the council.") == ["Sharma"]
    assert persons("The Raja Bahadur received the envoy.") == []


def test_arabic_article_inside_a_name():
    assert persons("The envoy met Nur al-Karim Khan at the fort.") == ["Nur al-Karim Khan"]
