"""Europe's islands that are no state and its historical regions without a government are LOC in English text
(session 32, w32enloc: en_places_islands_regions.tsv); the states named by them stay one GPE. Sentences made up."""

from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _norm(text, span):
    for e in extract_text(text, rules_only=True)["entities"]:
        if text[e["start"]:e["end"]] == span:
            return e.get("norm") or {}
    return None


def test_island_of_a_state_after_a_preposition_is_loc():
    text = "The brigade sailed from Crete to Leros, and a second wave landed on Sicily."
    spans = _spans(text)
    assert ("Crete", "LOC") in spans
    assert ("Leros", "LOC") in spans
    assert ("Sicily", "LOC") in spans
    assert not {s for s in spans if s[0] in ("Crete", "Sicily") and s[1] == "GPE"}


def test_historical_regions_are_loc_with_their_chinese_name():
    text = "The corps was moved to Normandy, while the Bulgarians crossed into Thrace and Macedonia."
    spans = _spans(text)
    assert {("Normandy", "LOC"), ("Thrace", "LOC"), ("Macedonia", "LOC")} <= spans
    assert _norm(text, "Normandy").get("zh") == "诺曼底"


def test_central_european_regions_are_loc():
    text = "Austrian armies retreated through Galicia and Bukovina into Transylvania."
    spans = _spans(text)
    assert {("Galicia", "LOC"), ("Bukovina", "LOC"), ("Transylvania", "LOC")} <= spans


def test_island_groups_are_loc():
    text = "German troops occupied the Dodecanese and raided the Cyclades."
    spans = _spans(text)
    assert ("Dodecanese", "LOC") in spans
    assert ("Cyclades", "LOC") in spans


def test_states_named_by_a_region_stay_one_gpe():
    text = "He served the Kingdom of Sardinia and later the Protectorate of Bohemia and Moravia."
    spans = _spans(text)
    assert ("Kingdom of Sardinia", "GPE") in spans
    assert ("Protectorate of Bohemia and Moravia", "GPE") in spans
    assert ("Bohemia", "LOC") not in spans


def test_republic_and_island_states_stay_gpe():
    text = "Envoys of North Macedonia and Cyprus met on Malta."
    spans = _spans(text)
    assert ("North Macedonia", "GPE") in spans
    assert ("Cyprus", "GPE") in spans
    assert ("Malta", "LOC") not in spans


def test_guarded_names_are_not_read_as_islands():
    # Rhodes (Cecil Rhodes) and Milos (a given name) are left out of the list
    text = "Cecil Rhodes wrote to Milos Petrovic about the railway."
    spans = _spans(text)
    assert ("Rhodes", "LOC") not in spans
    assert ("Milos", "LOC") not in spans
    assert not {s for s in spans if s[1] == "LOC"}


def test_bare_mountain_ranges_are_loc():
    text = "The column crossed the Andes; partisans held the Dolomites and the Rhodopes."
    spans = _spans(text)
    assert {("Andes", "LOC"), ("Dolomites", "LOC"), ("Rhodopes", "LOC")} <= spans


def test_a_named_alps_range_is_one_span():
    text = "The Italians attacked in the Julian Alps before winter."
    spans = _spans(text)
    assert ("Julian Alps", "LOC") in spans
    assert ("Alps", "LOC") not in spans


def test_regions_of_ukraine_and_the_middle_east_are_loc():
    text = "The army withdrew from the Crimea into the Kuban, while the Arabs rose across Arabia."
    spans = _spans(text)
    assert {("Crimea", "LOC"), ("Kuban", "LOC"), ("Arabia", "LOC")} <= spans
    assert _norm(text, "Crimea").get("zh") == "克里米亚"


def test_a_state_holding_a_region_name_keeps_its_label():
    text = "Envoys came from Saudi Arabia and the Crimean Front was formed."
    spans = _spans(text)
    assert ("Saudi Arabia", "GPE") in spans
    assert ("Arabia", "LOC") not in spans
    assert ("Crimea", "LOC") not in spans


def test_atlantic_island_groups_are_loc():
    text = "Convoys sailed from the Orkneys by way of the Azores to the West Indies."
    spans = _spans(text)
    assert {("Orkneys", "LOC"), ("Azores", "LOC"), ("West Indies", "LOC")} <= spans
    assert _norm(text, "Azores").get("zh") == "亚速尔群岛"
