"""Session 30 (s30enper) classes: Nguni patronymics, ranked particle names, Iberian long names, Muslim honorifics,
commanders' named brigades, Khel clans, lower-case hills/heights/range, Loma/Lomas, kingdoms named by their people.
Sentences written for these tests (made-up names)."""

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _has(text, span, label):
    return (span, label) in _ents(text)


def test_nguni_patronymic_with_clan():
    t = "The left horn was led by Mbuzane kaTholi Dlamini, and Sikobe kaNdaba held the ridge."
    assert _has(t, "Mbuzane kaTholi Dlamini", "PERSON")
    assert _has(t, "Sikobe kaNdaba", "PERSON")


def test_nguni_patronymic_not_across_a_line():
    t = "Commanders:\nMbuzane kaTholi\nSikobe kaNdaba"
    ents = _ents(t)
    assert ("Mbuzane kaTholi", "PERSON") in ents and ("Sikobe kaNdaba", "PERSON") in ents


def test_nguni_negative_plain_ka_word():
    # `ka` not glued to a capital: no patronymic
    assert not any(l == "PERSON" and "ka " in s for s, l in _ents("The word ka means son of in the story."))


def test_ranked_particle_names():
    t = "Lt.-Col. von Haldrum-Weiss held the hill while General van der Kroon waited at the ford."
    assert _has(t, "von Haldrum-Weiss", "PERSON")
    assert _has(t, "van der Kroon", "PERSON")


def test_ranked_particle_negative_lower_case_word():
    # a particle-like word before a lower-case word is no name
    assert not any(l == "PERSON" for s, l in _ents("The General de facto ruled the district."))


def test_iberian_long_name_and_later_surname():
    t = "He confided in Rodrigo de Paula Carvalhedo. Two days later he wrote Carvalhedo again."
    ents = _ents(t)
    assert ("Rodrigo de Paula Carvalhedo", "PERSON") in ents


def test_iberian_long_name_negative_place_head():
    t = "They camped near Juan de la Costa River that night."
    assert ("Juan de la Costa River", "PERSON") not in _ents(t)


def test_honorific_before_name():
    t = "The house of the notorious mullah, Saiyid Omarzai, was burned, and Mullah Rahim Gul Aka Khel fled."
    ents = _ents(t)
    assert ("Omarzai", "PERSON") in ents
    assert ("Rahim Gul", "PERSON") in ents


def test_honorific_negative_common_word():
    assert not any(l == "PERSON" for s, l in _ents("The Mullah Said so to the elders."))


def test_commander_named_brigade():
    t = "Fenwick’s Welsh Brigade held the kopjes and two battalions of Ormsby’s Brigade held the drift."
    ents = _ents(t)
    assert ("Fenwick", "PERSON") in ents and ("Welsh Brigade", "MIL_UNIT") in ents
    assert ("Ormsby", "PERSON") in ents
    assert ("Ormsby’s Brigade", "MIL_UNIT") not in ents


def test_commander_brigade_negative_country():
    assert ("England", "PERSON") not in _ents("England's Brigade of Guards sailed.")


def test_khel_clan_is_no_person():
    t = "It is held by the Barak Khel subsection of the Adam Khel Afridis."
    assert not any(l == "PERSON" for s, l in _ents(t))


def test_lower_case_hills_heights_range():
    t = "They camped below the Tamboli hills, stormed the Zargai heights and crossed the Sarkoh range."
    ents = _ents(t)
    assert ("Tamboli hills", "LOC") in ents
    assert ("Zargai heights", "LOC") in ents
    assert ("Sarkoh range", "LOC") in ents


def test_lower_case_range_negative_adjective():
    ents = _ents("The guns were within German range and the Japanese hills were quiet.")
    assert not any(s.endswith(("range", "hills")) for s, l in ents)


def test_loma_lomas():
    t = "The allies stormed the Lomas Tarumba and then Loma Guazu."
    ents = _ents(t)
    assert ("Lomas Tarumba", "LOC") in ents and ("Loma Guazu", "LOC") in ents


def test_kingdom_by_its_people():
    t = "War broke out between the Empire and the Ndoro Kingdom in 1879."
    assert _has(t, "Ndoro Kingdom", "GPE")


def test_kingdom_negative_common_word():
    assert ("Animal Kingdom", "GPE") not in _ents("He wrote a book on the Animal Kingdom.")


def test_frontier_landform_heads():
    t = "A battery was posted at the Zarmi Kotal, and the column went up the Shalgar Darra below the Tor Koh."
    ents = _ents(t)
    assert ("Zarmi Kotal", "LOC") in ents and ("Shalgar Darra", "LOC") in ents and ("Tor Koh", "LOC") in ents


def test_frontier_landform_head_negative_without_article():
    # a surname Koh after a given name, no article: no landform
    assert ("Wilbur Koh", "LOC") not in _ents("Ambassador Wilbur Koh spoke at the meeting.")
