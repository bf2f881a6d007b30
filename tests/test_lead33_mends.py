"""Mends the lead made after session 33's merges, each a class with its near-miss (sentences written for these
tests; names are made up): troops written 队伍 are no unit head (组成两支队伍 is no commander's 支队), two forces that
do something to each other are "both sides", no count (两支队伍交手, as 两军对峙), `over the X` is a river only where
something crosses it, and a name opened by an Arabic landform word is LOC in every place frame (`held Jebel X`)."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_troops_written_duiwu_are_no_unit_head():
    text = "他们组成两支队伍，分头出击。"
    assert _ents(text) == [("两支", "QUANTITY")]
    assert ("甘河支队", "MIL_UNIT") in _ents("甘河支队在桥头阻击敌军。")


def test_two_forces_meeting_each_other_are_both_sides_not_a_count():
    assert [e for e in _ents("两支队伍在村口交手。") if e[1] == "QUANTITY"] == []
    assert [e for e in _ents("两支部队相互对峙了三天。") if e[0] == "两支"] == []
    assert ("三支", "QUANTITY") in _ents("三支队伍会师于河口镇。")      # three forces: a count


def test_over_the_x_is_a_river_only_where_something_crosses_it():
    text = "The sappers threw a bridge over the Vardel and the brigade withdrew over the Osmena."
    assert ("Vardel", "LOC") in _ents(text) and ("Osmena", "LOC") in _ents(text)
    assert _ents("The squadron flew solo over the Tarvel that night.") == []
    assert _ents("He had little authority over the Quorran.") == []


def test_a_name_opened_by_a_landform_word_is_loc_in_a_place_frame():
    assert ("Jebel Tasrin", "LOC") in _ents("The Turks held Jebel Tasrin for a week.")
    assert ("Wadi Tamsar", "LOC") in _ents("The rebels held Wadi Tamsar for a week.")
    assert ("Punta Arenas", "GPE") in _ents("The cruiser reached Punta Arenas on 3 May.")   # a town of that shape
