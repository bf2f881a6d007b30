"""One-word names after role and kinship nouns, names in apposition, one reading per paragraph, Chinese glosses
after a romanised name and name frames (english_mononyms; session 17, auditen22). Sentences and names written for
these tests."""

from pipeline.rules.english import find_english


def spans(text, label="PERSON"):
    return [text[c.start:c.end] for c in find_english(text) if c.label == label]


def test_role_noun_before_a_one_word_name():
    assert spans("The court feared the young emperor Tailong more than his ministers.") == ["Tailong"]
    assert spans("She was raised by her aunt Merivale after the flood.") == ["Merivale"]
    assert spans("The plot was led by his half-brother Rook, who fled north.") == ["Rook"]


def test_role_noun_before_a_lexicon_place_word_reads_the_person():
    # Xianfeng is a county of Hubei too; after `the emperor` it is the ruler
    assert spans("The edict of the emperor Xianfeng reached the coast in spring.") == ["Xianfeng"]
    assert "Xianfeng" not in spans("The edict of the emperor Xianfeng reached the coast in spring.", "GPE")


def test_role_noun_negative_month_or_nationality():
    assert spans("His son March was not a name but a month, the emperor Chinese said.") == []


def test_one_reading_per_paragraph():
    text = "The regent Talvani ruled for ten years. In 1870 Talvani fell ill, and Talvani\u2019s son took power."
    assert spans(text) == ["Talvani", "Talvani", "Talvani"]
    assert spans("The consort Ci'ran fled. Later Ci\u2019ran returned.") == ["Ci'ran", "Ci\u2019ran"]


def test_apposition_after_a_person_noun():
    text = "Two nationalist leaders, Wiranto and Sumadi Rahardjo, were taken to a farm outside the city."
    assert spans(text) == ["Wiranto", "Sumadi Rahardjo"]
    assert spans("The militia captured Chen Baolin, a rebel who had looted the salt works.") == ["Chen Baolin"]


def test_apposition_negative_place_before_a_place_noun():
    assert spans("The troops reached Kerrowan, a town on the river.") == []


def test_chinese_gloss_after_a_romanised_name_and_name_frames():
    text = "His uncle was known as Wang Te-sheng 王德生 and his childhood name was Ah-lin."
    assert spans(text) == ["Wang Te-sheng", "王德生", "Ah-lin"]
    assert spans("The general's courtesy name was Boyan, by which he signed.") == ["Boyan"]


def test_gloss_negative_after_a_place():
    assert spans("He was born in Kwangtung 廣東 in a poor family.") == []


def test_rising_revolt_insurrection_heads_are_events():
    text = "The Hupeh Rising was put down, but the Lantau Revolt and the Kashgar Insurrection spread."
    assert spans(text, "EVENT") == ["Hupeh Rising", "Lantau Revolt", "Kashgar Insurrection"]
    assert spans(text, "GPE") == []
    assert spans("After the Tsingpu Rising of 1927 the party hid.", "EVENT") == ["Tsingpu Rising"]


def test_rising_negative_rising_sun_and_lower_case():
    assert spans("The flag of the Rising Sun flew over the port.", "EVENT") == []
    assert spans("The price of rice was rising in the spring.", "EVENT") == []


def test_post_or_calling_before_a_one_word_name():
    text = "The warlord Tsaolin was beaten by the reformer Kangwei, and the viceroy Chunglin fled."
    assert spans(text) == ["Tsaolin", "Kangwei", "Chunglin"]
    assert spans("The Taiping rebel Daquan crossed the river.") == ["Daquan"]


def test_post_negative_everyday_word_or_place():
    assert spans("The minister Plenipotentiary arrived with the governor General Staff.") == []
    assert spans("The viceroy Canton had been warned.") == []


def test_post_negative_people_in_the_plural():
    assert spans("The army fought the rebel Hakkanites near the lake.") == []
