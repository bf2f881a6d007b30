"""Place forms of the session-16 round-2 label audit of English GPE (auditen20). Sentences written for the test."""

from pipeline import extract_text


def _spans(text, label):
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


def test_demonym_read_by_context_is_no_place():
    text = "The column pushed into Iraqi territory and shelled Pakistani posts near Kasur."
    assert "Iraqi" not in _spans(text, "GPE") and "Pakistani" not in _spans(text, "GPE")
    assert "Manchukuo" in _spans("Troops of Manchukuo held the line.", "GPE")


def test_water_named_of_a_place_is_one_loc():
    text = "The transports crossed the Straits of Formosa and anchored in the Gulf of Pechili."
    assert "Straits of Formosa" in _spans(text, "LOC")
    assert "Gulf of Pechili" in _spans(text, "LOC")
    assert "Formosa" not in _spans(text, "GPE")


def test_pass_with_lower_case_head_is_one_loc():
    text = "The brigade lost the Bum La pass but held Zoji La pass."
    locs = _spans(text, "LOC")
    assert "Bum La pass" in locs and "Zoji La pass" in locs


def test_verb_pass_is_no_place():
    text = "Let the Gurkhas pass through Kalimpong first."
    assert not [s for s in _spans(text, "LOC") if s.endswith("pass")]


def test_west_pakistan_is_one_gpe():
    assert "West Pakistan" in _spans("Refugees reached West Pakistan by train.", "GPE")


def test_places_linked_by_a_road():
    gpes = _spans("The new road connecting Mardan and Swabi was cut.", "GPE")
    assert "Mardan" in gpes and "Swabi" in gpes
    assert not _spans("The feud linking Chiang Kai-shek and Wang Jingwei grew.", "GPE")


def test_place_after_a_phrasal_verb_of_travel_and_to():
    text = "The Japanese pressed on to Chuhsien and the rearguard fell back to Lanchi."
    gpes = _spans(text, "GPE")
    assert "Chuhsien" in gpes and "Lanchi" in gpes
    assert not _spans("The talks continued to March.", "GPE")


def test_south_asian_million_cities_without_context():
    gpes = _spans("Rawalpindi and Peshawar stayed quiet while Benares and Gwalior rose.", "GPE")
    assert {"Rawalpindi", "Peshawar", "Benares", "Gwalior"} <= set(gpes)
