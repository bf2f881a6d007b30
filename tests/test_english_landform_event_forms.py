"""Landforms by head word, capes, parallels (english_landform_names) and events named by their date, a lower-case
head or an ordinal (english_event_forms); session 10, en14. Sentences written for these tests."""

from pipeline.rules.english import find_english


def spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def at(text, part, label):
    start = text.index(part)
    return (start, start + len(part), label)


def test_landform_heads():
    text = "Nomads crossed the Dzungarian Basin, the Alashan Desert and the Irrawaddy Delta."
    assert spans(text, "LOC") == [at(text, "Dzungarian Basin", "LOC"), at(text, "Alashan Desert", "LOC"),
                                  at(text, "Irrawaddy Delta", "LOC")]


def test_river_name_inside_a_landform():
    text = "Floods covered the Han River Basin."
    assert spans(text) == [at(text, "Han River Basin", "LOC")]


def test_reef_atoll_isthmus_cape():
    text = "Ships passed Eniwetok Atoll, the Tubbataha Reef and Cape Bojeador before the Chignecto Isthmus."
    assert spans(text, "LOC") == [at(text, "Eniwetok Atoll", "LOC"), at(text, "Tubbataha Reef", "LOC"),
                                  at(text, "Cape Bojeador", "LOC"), at(text, "Chignecto Isthmus", "LOC")]


def test_colony_coast_and_compass_coast_are_not_landforms():
    text = "Troops from the Gold Coast sailed along the East Coast."
    assert at(text, "Gold Coast", "LOC") not in spans(text)
    assert not any(label == "LOC" and text[s:e] == "East Coast" for s, e, label in spans(text))


def test_parallels():
    text = "They fell back to the 37th parallel and then to the Thirty-sixth Parallel."
    assert spans(text, "LOC") == [at(text, "37th parallel", "LOC"), at(text, "Thirty-sixth Parallel", "LOC")]


def test_events_named_by_date():
    text = "After the June 4 Incident and the 12 December Movement came the 1919 Revolution."
    assert spans(text) == [at(text, "June 4 Incident", "EVENT"), at(text, "12 December Movement", "EVENT"),
                           at(text, "1919 Revolution", "EVENT")]


def test_lower_case_heads_after_a_name():
    text = "The Tottori earthquake came a year after the Schweinfurt raid and the Madras famine."
    assert spans(text, "EVENT") == [at(text, "Tottori earthquake", "EVENT"), at(text, "Schweinfurt raid", "EVENT"),
                                    at(text, "Madras famine", "EVENT")]


def test_demonym_or_unit_before_a_lower_case_head_is_no_event():
    text = "The Japanese raid failed, and the Army mutiny was crushed."
    assert spans(text, "EVENT") == []


def test_ordinal_congress_and_plenum():
    text = "The Ninth National Congress met after the 11th Plenum."
    assert spans(text, "EVENT") == [at(text, "Ninth National Congress", "EVENT"), at(text, "11th Plenum", "EVENT")]


def test_death_march_and_great_earthquake():
    text = "The Sandakan Death March followed the Great Hanshin Earthquake in no way."
    assert spans(text, "EVENT") == [at(text, "Sandakan Death March", "EVENT"),
                                    at(text, "Great Hanshin Earthquake", "EVENT")]


def test_lower_case_numbered_hill_but_not_a_distance():
    text = "They dug in on hill 517, a hill 300 yards from the road."
    assert spans(text, "LOC") == [at(text, "hill 517", "LOC")]


def test_the_hump_is_a_region_flown_over():
    text = "The Hump route ran over the Himalayas; pilots feared the Hump."
    got = spans(text)
    assert (4, 8, "LOC") in got and (text.rindex("Hump"), text.rindex("Hump") + 4, "LOC") in got


def test_lower_case_campaign_and_landing_after_a_long_name():
    text = "The Han River Crossing campaign followed the Wonsan landing. Further landings came later."
    assert spans(text, "EVENT") == [at(text, "Han River Crossing campaign", "EVENT"), at(text, "Wonsan landing", "EVENT")]


def test_works_by_head_word():
    text = "Sappers blew the Jiuli dike near the Subic Naval Base and the Kalaw Tunnel."
    assert spans(text, "FAC") == [at(text, "Jiuli dike", "FAC"), at(text, "Subic Naval Base", "FAC"),
                                  at(text, "Kalaw Tunnel", "FAC")]


def test_bare_river_names_of_the_list():
    text = "Boats crossed the Kaladan and the Pukhan before reaching the Sangkan."
    assert spans(text, "LOC") == [at(text, "Kaladan", "LOC"), at(text, "Pukhan", "LOC"), at(text, "Sangkan", "LOC")]
    assert [c.norm.get("zh") for c in find_english(text) if c.label == "LOC"] == ["加拉丹河", "北汉江", "桑干河"]


def test_burmese_and_mongolian_landform_words():
    text = "Columns crossed the Bago Yoma to reach Khukh Nuur."
    assert spans(text, "LOC") == [at(text, "Bago Yoma", "LOC"), at(text, "Khukh Nuur", "LOC")]
