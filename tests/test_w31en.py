"""w31en (session 31): English classes read across the development sets: a line end inside a hard-wrapped paragraph
read as a space (english_wrapped_lines), `the Japanese Army` / `the American Army` with a capital as named forces
(english_nation_forces). Sentences written for these tests; names and places are made up or other than the sets'."""

from pipeline import extract_text
from pipeline.rules.english_wrapped_lines import wrapped_line_joins


def _ents(text: str) -> list[tuple[str, str, int, int, dict]]:
    return [(text[e["start"]:e["end"]], e["label"], e["start"], e["end"], e.get("norm") or {})
            for e in extract_text(text, rules_only=True)["entities"]]


def _has(text: str, span: str, label: str) -> dict:
    start = text.index(span)
    for _surface, lab, s, e, norm in _ents(text):
        if (s, e, lab) == (start, start + len(span), label):
            return norm
    raise AssertionError(f"{span!r} {label} not found in {[(x[0], x[1]) for x in _ents(text)]}")


def _labels_over(text: str, span: str) -> list[tuple[str, str]]:
    start = text.index(span)
    end = start + len(span)
    return [(x[0], x[1]) for x in _ents(text) if x[2] < end and start < x[3]]


# a book page wrapped at about 60 characters
WRAPPED = ("The column left the coast on the first morning and it was\n"
           "soon found that the roads were far worse than anyone had\n"
           "expected. In the second week the 31st, a battalion of the\n"
           "Rifle Brigade, and the 57th\n"
           "Highlanders came up from the base, and the general sent word\n"
           "to his old friend Tobias\n"
           "Wrenfield that the march would go on whatever the weather.\n"
           "By the end of the month the whole force stood on the ridge.\n")


def test_wrapped_lines_join_only_wrapped_breaks() -> None:
    joined = wrapped_line_joins(WRAPPED)
    assert len(joined) == len(WRAPPED)
    first = WRAPPED.index("\n")
    assert joined[first] == " "                       # a full line followed by a word that did not fit
    short = WRAPPED.index("57th\n") + 4
    assert joined[short] == "\n"                      # `Rifle Brigade, and the 57th` is short: no wrap there
    assert joined.endswith("\n")                      # the last line end: nothing follows


def test_wrapped_regiment_and_person_across_a_line_end() -> None:
    # a regiment's number and title broken by the wrap
    text = ("The column left the coast on the first morning and it was\n"
            "soon found that the roads were far worse than anyone had\n"
            "expected. In the second week a battalion of the 57th\n"
            "Highlanders came up from the base, and the general sent\n"
            "word to his old friend, the magistrate Tobias\n"
            "Wrenfield, that the march would go on whatever the weather.\n"
            "By the end of the month the whole force stood on the ridge.\n")
    norm = _has(text, "57th\nHighlanders", "MIL_UNIT")
    assert norm.get("numbers") == [57]
    _has(text, "Tobias\nWrenfield", "PERSON")


def test_infobox_fields_are_not_joined() -> None:
    # fields of an infobox: short lines beside a long paragraph, each a field of its own
    text = ("Battle of Korvenhaa\n"
            "Part of the Winter War\n"
            "Date 3 March 1940\n"
            "Location Korvenhaa, Finland\n"
            "Commanders and leaders\n"
            "Aarne Talvio\n"
            "Semyon Orlov\n"
            "The battle was fought over three days in deep snow along the frozen lake shore, and the defenders held "
            "the road until the armistice came into force on the thirteenth of the month.\n")
    assert wrapped_line_joins(text) == text
    assert ("Aarne Talvio\nSemyon Orlov", "PERSON") not in _labels_over(text, "Aarne Talvio")


def test_japanese_and_american_army_with_a_capital() -> None:
    text = "A week later a grand parade of the Japanese Army was held in the square."
    assert _has(text, "Japanese Army", "MIL_UNIT") is not None
    text = "The Scouts, who were part of the American Army, held the beach."
    _has(text, "American Army", "MIL_UNIT")


def test_chinese_army_and_lower_case_army_stay_generic() -> None:
    text = "The Chinese Army fell back and the Japanese army followed it to the river."
    labels = [lab for _s, lab, *_ in _ents(text)]
    assert ("Chinese Army", "MIL_UNIT") not in [(s, lab) for s, lab, *_ in _ents(text)]
    assert "MIL_UNIT" not in labels


def test_inlets_and_isthmus_by_their_head() -> None:
    text = "The brigade landed at Morrow Cove and later at Port Elsing Water, then crossed the Vedrin isthmus."
    _has(text, "Morrow Cove", "LOC")
    _has(text, "Port Elsing Water", "LOC")
    _has(text, "Vedrin isthmus", "LOC")


def test_water_after_an_adjective_of_water_is_no_inlet() -> None:
    text = "The factory at Rjukan made Heavy Water for the German programme."
    assert ("Heavy Water", "LOC") not in [(s, lab) for s, lab, *_ in _ents(text)]


def test_corps_of_an_arm_yeomanry_and_named_arms() -> None:
    text = ("In 1917 Harlow transferred into the Tank Corps; his brother rode with the Dorset Yeomanry, and the "
            "Thessalian Armoured Corps, under General Voss, held the pass with the Mounted Infantry. His father "
            "joined a Home Guard platoon.")
    norm = _has(text, "Tank Corps", "MIL_UNIT")
    assert norm.get("numbers") == []
    _has(text, "Dorset Yeomanry", "MIL_UNIT")
    _has(text, "Armoured Corps", "MIL_UNIT")         # the side before it stays outside (rule 2)
    _has(text, "Mounted Infantry", "MIL_UNIT")
    _has(text, "Home Guard", "MIL_UNIT")


def test_corps_negatives() -> None:
    # a lower-case arm is no name; a numbered corps keeps its whole designation (the designation finders')
    text = "The tank corps of every army grew. The 3rd Cavalry Corps crossed the river with the Yeomanry."
    spans = [(s, lab) for s, lab, *_ in _ents(text)]
    assert not any(s.lower().startswith("tank corps") for s, _ in spans)
    assert ("Cavalry Corps", "MIL_UNIT") not in spans


def test_a_defence_line_named_by_one_place() -> None:
    text = "The Bulgarians reached the Korvath lines unopposed; the Paraguayans tried to destroy the Varenza line."
    _has(text, "Korvath lines", "FAC")
    _has(text, "Varenza line", "FAC")


def test_a_sides_or_everyday_line_is_no_fac() -> None:
    text = "They broke the Communist lines near the Japanese line and kept to the Party line."
    assert not [s for s, lab, *_ in _ents(text) if lab == "FAC"]


def test_a_surname_by_what_only_a_man_owns() -> None:
    text = "We waited in Brackwell's car by the gate; the news diverted Osterley's attention from the north."
    _has(text, "Brackwell", "PERSON")
    _has(text, "Osterley", "PERSON")


def test_a_state_with_the_same_possessive_is_no_person() -> None:
    text = "Japan's staff and Britain's orders reached the Navy's attention."
    assert not [s for s, lab, *_ in _ents(text) if lab == "PERSON"]
