"""Session 33, helper w33enloc: island territories with a government are GPE (en_places_island_territories.tsv);
Romance peak and pass words before a name, the Turkish `X Bair` and a numbered `Height N` are LOC
(english_landform_names). Sentences written for these tests."""
from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _ent(text, surface):
    for e in extract_text(text, rules_only=True)["entities"]:
        if text[e["start"]:e["end"]] == surface:
            return e
    return None


def test_guam_is_gpe():
    text = "The Japanese bombed Guam on the morning of the raid and landed near Agana."
    assert ("Guam", "GPE") in _spans(text)
    assert _ent(text, "Guam")["norm"]["zh"] == "关岛"


def test_falklands_whole_and_short_are_gpe():
    text = "Argentina invaded the Falkland Islands, and the Falklands were retaken by the British."
    spans = _spans(text)
    assert ("Falkland Islands", "GPE") in spans
    assert ("Falklands", "GPE") in spans


def test_island_of_a_territory_stays_loc():
    text = "The brigade came ashore on East Falkland and marched on."
    assert ("East Falkland", "LOC") in _spans(text)


def test_reunion_after_island_of_is_gpe():
    text = "The governor was exiled to the French island of Reunion."
    assert ("Reunion", "GPE") in _spans(text)


def test_island_part_of_a_state_stays_loc():
    # negative: Saipan is an island of the Northern Marianas, no territory of its own in this list
    text = "The Marines landed on Saipan and then on Tinian."
    assert ("Saipan", "LOC") in _spans(text)


def test_monte_names_are_loc():
    text = "The Austrians held Monte Grappa and Monte San Michele until the spring."
    spans = _spans(text)
    assert ("Monte Grappa", "LOC") in spans
    assert ("Monte San Michele", "LOC") in spans


def test_col_cima_passo_are_loc():
    text = "The Alpini took Col di Lana and Cima Undici, then Passo del Tonale."
    spans = _spans(text)
    assert ("Col di Lana", "LOC") in spans
    assert ("Cima Undici", "LOC") in spans
    assert ("Passo del Tonale", "LOC") in spans


def test_col_without_article_is_a_colonel():
    # negative: a war diary's colonel, no col
    text = "Lt Col Brannigan Forbes went forward; Col Harker arrived at noon."
    spans = _spans(text)
    assert not any(label == "LOC" for _, label in spans)


def test_peak_shaped_town_is_no_mountain():
    # negative: a town written as a mountain or a point
    text = "The ship put in at Punta Arenas before the rally at Monte Carlo."
    spans = _spans(text)
    assert ("Punta Arenas", "LOC") not in spans
    assert ("Monte Carlo", "LOC") not in spans


def test_bair_is_loc():
    text = "The New Zealanders reached Chunuk Bair at dawn."
    assert ("Chunuk Bair", "LOC") in _spans(text)


def test_numbered_height_is_loc_but_not_a_measure():
    assert ("Height 1220", "LOC") in _spans("The company stormed Height 1220 before dawn.")
    spans = _spans("The Height 300 yards ahead was bare.")
    assert ("Height 300", "LOC") not in spans


def test_bare_mention_of_a_headed_hill_is_loc():
    text = ("The Grenadiers attacked Tololing on 22 May. After the capture of Tololing mountain, "
            "the battalion held Tololing.")
    ents = [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert ents.count(("Tololing", "LOC")) == 2
    assert ("Tololing mountain", "LOC") in ents


def test_bare_everyday_hill_name_inside_a_sentence():
    text = "The regiment fought on Heartbreak Ridge. The assault up Heartbreak's slopes failed."
    assert ("Heartbreak", "LOC") in _spans(text)


def test_ridge_named_after_a_town_keeps_the_town():
    # negative: Kohima is a town the lexicon knows; its ridge gives the town no LOC reading
    text = "The Japanese attempted to capture Kohima ridge, and the garrison at Kohima held."
    assert ("Kohima", "GPE") in _spans(text)


def test_everyday_hill_name_opening_a_sentence_is_left():
    # negative: 'Garrison Hill' makes no LOC of a sentence-opening 'Garrison'
    text = "The view of Garrison Hill was grim. Garrison troops held out."
    assert ("Garrison", "LOC") not in _spans(text)


def test_bare_hill_name_inside_another_name_is_left():
    # negative: 'Triangle Hill' makes no LOC of the 'Triangle' in 'Iron Triangle'
    text = "The battle for Triangle Hill was fought near the Iron Triangle in 1952."
    assert ("Triangle", "LOC") not in _spans(text)
