"""Session 33, w33enper: English persons by the clause around them (english_bare_surnames: surnames that are
everyday words written as names inside a sentence, `X with his`, an unlisted given name before the surname) and the
titles english_ranked_surnames gained (Missionary, Bishop, Rajah, Nawab, Commodore ...), with made-up sentences."""

from pipeline.rules.english import find_english


def _persons(text):
    return {(text[c.start:c.end], c.start) for c in find_english(text) if c.label == "PERSON"}


def _has(text, name, label="PERSON", nth=0):
    start = text.index(name)
    for _ in range(nth):
        start = text.index(name, start + 1)
    return any(c.start == start and c.end == start + len(name) and c.label == label for c in find_english(text))


def test_everyday_word_surname_inside_a_sentence():
    text = "Prior to the campaign opening, Grey wrote that arrangements had been made."
    assert _has(text, "Grey")
    text = "The pickets were driven in. In response, Marsh\u2019s vanguard, led by a captain, charged the ford."
    assert _has(text, "Marsh")


def test_everyday_word_the_page_writes_small_or_a_body_is_no_person():
    text = "The wood was cut at night. In the evening, Wood wrote that the road was clear."
    assert not any(name == "Wood" for name, _ in _persons(text))
    text = "At dawn the line held, and Signal ordered a halt while Cavalry attacked the town."
    assert _persons(text) == set()
    text = "Grey wrote that arrangements had been made."        # a sentence's first word: any word is capitalised
    assert not any(name == "Grey" for name, _ in _persons(text))


def test_with_his_after_a_comma_not_after_a_preposition():
    text = "Having the inner line, Marlowe with his mobile force could manoeuvre."
    assert _has(text, "Marlowe")
    text = "The colonel reached Tsaochiatun with his men before dark."
    assert not any(name == "Tsaochiatun" for name, _ in _persons(text))


def test_unlisted_given_name_and_surname():
    text = "Rian Gavelin, a member of the battalion, was wounded at the ford."
    assert _has(text, "Rian Gavelin")
    text = "Aris Velkoudis was killed in the mountains in 1945."
    assert _has(text, "Aris Velkoudis")


def test_pair_not_a_rank_nor_a_place():
    text = "Brigadier Lawsey was killed at his headquarters."
    assert _has(text, "Lawsey")
    assert not _has(text, "Brigadier Lawsey")
    text = "The town of Krasny Borovets was promoted to a city."
    assert _persons(text) == set()


def test_titles_of_clergy_princes_and_other_armies():
    text = "Missionary Wildner and his wife stayed in the town; Bishop Morvant blessed the column."
    assert _has(text, "Wildner") and _has(text, "Morvant")
    text = "The Rajah of Sarawak, Rajah Brookwell, fled; Nawab Sirajuddaula marched on Calcutta."
    assert _has(text, "Brookwell") and _has(text, "Sirajuddaula")
    assert not _has(text, "Nawab Sirajuddaula")
    text = "Commodore Perrin arrived; Generalleutnant Kessner retreated."
    assert _has(text, "Perrin") and _has(text, "Kessner")


def test_title_before_a_noun_is_no_person():
    text = "The Bishop Museum opened and the Commodore Class ships sailed."
    assert _persons(text) == set()


def test_short_title_is_no_coordinated_surname():
    text = "Harrowby and Mr. Subbiano met the consul at the gate."
    assert not any(name == "Mr" for name, _ in _persons(text))

