"""w32en (session 32): English classes read across the development sets: the frames of a place a force retakes,
invades, marches against, leaves or reaches (`an attempt to recapture X`, `the invasion of X`, `marched against X`,
`left X`, `pushed on as far as X`, `within 40 miles of X`, `the border of X`; english_place_context), and the part
of a counted whole with up to two words before its noun or a capitalised plural (`two of his most trusted generals`,
`Two hundred of the Fusiliers`; english_numbers), not after an order word (`the first two of the three`). Sentences
written for these tests; the places and men are made up."""

from pipeline import extract_text


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


def test_recapture_and_retake_frame_a_place() -> None:
    text = "The second attempt to recapture Vorlenka was beaten off, and orders came to retake Dasmiri at any cost."
    _has(text, "Vorlenka", "GPE")
    _has(text, "Dasmiri", "GPE")


def test_invasion_border_and_distance_frames() -> None:
    text = ("The invasion of Karvonia began in the spring. Raids on the northern border of Ostrakand followed, "
            "and the cavalry camped within 30 miles of Pellwyn.")
    _has(text, "Karvonia", "GPE")
    _has(text, "Ostrakand", "GPE")
    _has(text, "Pellwyn", "GPE")
    _has(text, "30 miles", "QUANTITY")


def test_as_far_as_reach_but_not_the_idiom() -> None:
    text = "The pursuit was pressed as far as Tervisk and Omalda."
    _has(text, "Tervisk", "GPE")
    _has(text, "Omalda", "GPE")
    idiom = "As far as Brenwick was concerned, the war was over, and as far as Tolliver knew it was."
    assert _labels_over(idiom, "Brenwick") == []
    assert ("Tolliver", "GPE") not in _labels_over(idiom, "Tolliver")


def test_against_and_leaving_frames() -> None:
    text = "The column marched against Vashtor in May, leaving Quelbany and Orsk to the militia."
    _has(text, "Vashtor", "GPE")
    _has(text, "Quelbany", "GPE")


def test_a_man_left_in_command_and_an_abbreviation_are_no_place() -> None:
    text = "The general left Hollowell in command and rode north. Tank left Sp. at 04.10 and moved off."
    assert ("Hollowell", "GPE") not in _labels_over(text, "Hollowell")
    assert _labels_over(text, "Sp.") == []


def test_part_of_a_whole_with_two_words_before_the_noun() -> None:
    text = "He explained the plan to two of his most trusted captains before dawn."
    norm = _has(text, "two", "QUANTITY")
    assert norm["value"] == 2 and norm["unit"] == ""


def test_part_of_a_whole_of_a_capitalised_plural() -> None:
    text = "Two hundred of the Rangers came out of the wood."
    norm = _has(text, "Two hundred", "QUANTITY")
    assert norm["value"] == 200 and norm["unit"] == ""


def test_part_of_a_number_of_defenders() -> None:
    text = "They killed or took nine hundred of the fifteen hundred defenders."
    assert _has(text, "nine hundred", "QUANTITY")["value"] == 900


def test_order_word_before_a_part_is_no_count() -> None:
    text = "Only the first two of the four transports reached the harbour."
    assert _labels_over(text, "two") == []
    text2 = "Only two of the four transports reached the harbour."
    assert _has(text2, "two", "QUANTITY")["value"] == 2


def test_a_side_before_an_offensive_or_campaign_is_no_event() -> None:
    text = ("The Republican offensive on the river stalled, a Carlist offensive followed, and the Egyptian offensive "
            "of the spring was beaten. A Confederate campaign aimed at Harlowe failed.")
    for side in ("Republican offensive", "Carlist offensive", "Egyptian offensive", "Confederate campaign"):
        assert not [x for x in _labels_over(text, side) if x[1] == "EVENT"], side


def test_a_place_or_a_war_before_the_head_stays_an_event() -> None:
    text = "He served in the Mesopotamian campaign and wrote of the Boer war and the Doolittle raid."
    _has(text, "Mesopotamian campaign", "EVENT")
    _has(text, "Boer war", "EVENT")
    _has(text, "Doolittle raid", "EVENT")
