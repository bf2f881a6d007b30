"""Session 34, helper w34enper: lists of persons before a predicate of persons (english_person_list_members), a rank
before a landform-headed surname (english_label_checks), a post before the name and death participles in apposition
(english_bare_surnames). Made-up sentences."""

from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _persons(text):
    return {s for s, lab in _spans(text) if lab == "PERSON"}


# lists of persons --------------------------------------------------------------------------------------------------

def test_pair_before_a_passive_of_death():
    assert {"Ratliff", "Dunmore"} <= _persons("Ratliff and Dunmore were both killed at the ford.")


def test_pair_publicly_beheaded():
    t = "On the next day Ormsk and Talvenu were publicly beheaded at the gate."
    assert {"Ormsk", "Talvenu"} <= _persons(t)


def test_list_of_three_with_a_ranked_member():
    t = "Captain Morrow, Teague and Dunmore were wounded."
    assert {"Morrow", "Teague", "Dunmore"} <= _persons(t)


def test_unknown_beside_an_initialled_name_both_wounded():
    t = "Prowse and A. P. Hill both being wounded, the command passed to the colonel."
    assert {"Prowse", "A. P. Hill"} <= _persons(t)


def test_committed_suicide():
    assert {"Yelnor", "Haskatum"} <= _persons("The envoys assert that Yelnor and Haskatum committed suicide.")


def test_possessive_force():
    t = "The column was followed by Wood and Trevelin's native regiments."
    assert {"Wood", "Trevelin"} <= _persons(t)


def test_pair_of_countries_is_no_list_of_persons():
    assert ("Britain", "GPE") in _spans("Britain and France's troops landed.")
    assert not _persons("Britain and France's troops landed.")


def test_pair_without_a_predicate_is_left():
    assert not _persons("The troops reached Kumasova and Belwami on the third day.")


def test_list_after_an_article_is_left():
    assert not _persons("The Ratliff and Dunmore factions were killed off in the purge.")


def test_aircraft_shot_down_is_left():
    assert not _persons("Spitfire and Hurricane were shot down.")


def test_member_written_after_the_is_no_person():
    t = "They sailed in the Marvella. Later Marvella and Corrigan were killed."
    assert "Marvella" not in _persons(t)
    assert "Corrigan" in _persons(t)


# a rank before a landform-headed surname ---------------------------------------------------------------------------

def test_colonel_hill_is_a_person():
    t = "Colonel Hill was wounded in the charge."
    assert _spans(t) == {("Hill", "PERSON")}


def test_captain_brook_is_a_person():
    assert _spans("Captain Brook led the company.") == {("Brook", "PERSON")}


def test_a_hill_without_a_rank_stays_a_place():
    assert ("Cemetery Hill", "LOC") in _spans("The troops held Cemetery Hill until dusk.")


# appositions -------------------------------------------------------------------------------------------------------

def test_formerly_a_post():
    t = "He was Dorrin Halvey, formerly a captain of the rifles."
    assert "Dorrin Halvey" in _persons(t)


def test_killed_at_in_apposition():
    t = "Among the dead was Brannock Teale, killed at the ford."
    assert "Brannock Teale" in _persons(t)


def test_post_before_a_bracketed_surname():
    t = "Stuart was sent for, and our brigadier (Pettigrue), was put in command."
    assert "Pettigrue" in _persons(t)


def test_post_before_an_everyday_word_is_left():
    assert not _persons("His assistant, Sunday, came late.")
