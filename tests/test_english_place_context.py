"""Unknown English places read from their context (pipeline/rules/english_place_context.py).

Sentences written for these tests (invented towns where the name matters); spans and labels exact.
"""

from pipeline.rules.english import find_english
from pipeline.rules.english_place_context import common_word


def spans(text, label=None):
    return [(text[c.start:c.end], c.label) for c in find_english(text) if label is None or c.label == label]


def test_after_place_prepositions_and_verbs():
    text = "The column halted near Vorambi, then advanced on Kelutan and camped outside Drasmoor."
    assert spans(text, "GPE") == [("Vorambi", "GPE"), ("Kelutan", "GPE"), ("Drasmoor", "GPE")]


def test_list_after_a_preposition():
    text = "Patrols went out from Ostavik to Belmuir, Tarnok and Quillan Bay."
    got = spans(text, "GPE")
    assert ("Ostavik", "GPE") in got and ("Belmuir", "GPE") in got and ("Tarnok", "GPE") in got


def test_two_word_name_and_of_heads():
    text = "The town of Kuala Denmir fell; the garrison of Porvenko held, ten miles north of Saltrek."
    assert spans(text, "GPE") == [("Kuala Denmir", "GPE"), ("Porvenko", "GPE"), ("Saltrek", "GPE")]


def test_apposition_before_known_state():
    text = "He was born in 1881 in a farmhouse, Brenville, Florida, and later moved west."
    text2 = "Orvane, Burma, lay on the river."
    assert ("Brenville", "GPE") in spans(text)
    assert spans(text2, "GPE")[:2] == [("Orvane", "GPE"), ("Burma", "GPE")]
    start = text.index("Brenville")
    cands = [c for c in find_english(text) if c.start == start]
    assert [(c.end - c.start, c.label) for c in cands] == [(9, "GPE")]


def test_everyday_words_months_and_persons_are_not_places():
    assert spans("In Reserve were two companies. At Christmas the men rested in Victory Hall.", "GPE") == []
    assert spans("He reported to Percival at once and wrote to Marsden the next day.", "GPE") == []
    assert spans("They met at Stilwell's headquarters in August.", "GPE") == []
    assert spans("The book Road to Glory appeared in Japanese.", "GPE") == []


def test_to_and_from_need_a_word_of_movement():
    assert spans("The brigade withdrew to Halverk.", "GPE") == [("Halverk", "GPE")]
    assert spans("The letter to Halverk was lost.", "GPE") == []
    assert spans("The road from Tessen to Morrigal was cut.", "GPE") == [("Tessen", "GPE"), ("Morrigal", "GPE")]


def test_common_word_endings():
    assert common_word("Victories") and common_word("Landing") and common_word("In")
    assert not common_word("Vorambi") and not common_word("Kelutan")


def test_romanisation_apostrophes_but_not_possessives():
    text = "The line ran through P'yongjin and Tae'ok; they met at Harlan's farm."
    assert spans(text, "GPE") == [("P'yongjin", "GPE"), ("Tae'ok", "GPE")]


def test_town_and_village_heads():
    text = "They burned Hou Village and took Maqiao Town; the Old Town was spared."
    assert spans(text, "GPE") == [("Hou Village", "GPE"), ("Maqiao Town", "GPE")]


def test_area_words_and_place_subjects():
    text = "Patrols left the Malabuan area at dawn. Korvane fell to the enemy; Tessaly was bombed twice."
    assert spans(text, "GPE") == [("Malabuan", "GPE"), ("Korvane", "GPE"), ("Tessaly", "GPE")]
    assert spans("The Japanese area was quiet and the Allied sector held.", "GPE") == []


def test_travel_verb_with_words_before_to():
    assert spans("The pilots travelled with their guide to Quarvel by boat.", "GPE") == [("Quarvel", "GPE")]
    assert spans("He sent a long message to Quarvel.", "GPE") == []


def test_rivers_crossed():
    text = "The column crossed the Wenrak at dawn and moved up the Tolvanna to the coast."
    assert spans(text, "LOC") == [("Wenrak", "LOC"), ("Tolvanna", "LOC")]
    assert spans("They crossed the Burma border.", "LOC") == []


def test_schools_languages_and_publications_are_not_places():
    assert spans("He studied at Corvallen and wrote in Tervish; it was published in Marlowby.", "GPE") == []


def test_place_before_lower_case_event_head():
    text = "After the Dravenna crisis and the Korvane disaster came the northern Burma campaign."
    got = [(text[c.start:c.end], c.label) for c in find_english(text) if c.label == "EVENT"]
    assert got == [("Dravenna crisis", "EVENT"), ("Korvane disaster", "EVENT"), ("northern Burma campaign", "EVENT")]
    assert [c for c in find_english("The Japanese offensive failed and the Allied landings began.")
            if c.label == "EVENT"] == []


def test_apposition_before_a_province_written_with_its_suffix():
    text = "The family came from a farm, Qiaolou, Henan Province, in 1911."
    assert spans(text, "GPE")[:2] == [("Qiaolou", "GPE"), ("Henan Province", "GPE")]


def test_list_items_are_no_appositions():
    assert spans("Topics: Vessany, Mukden 1931, and others. Towns: Tokyo, Kelmar, Burma.", "GPE") == [
        ("Mukden", "GPE"), ("Tokyo", "GPE"), ("Burma", "GPE")]


def test_landed_on_an_island():
    text = "The Marines landed on Kervalu and the army landed at Tolmash."
    assert [(t, l) for t, l in spans(text) if l in ("GPE", "LOC")] == [("Kervalu", "LOC"), ("Tolmash", "GPE")]


def test_line_break_after_the_preposition():
    text = "The battalion withdrew to\nTamlong and dug in near\nVarsek that night."
    assert spans(text, "GPE") == [("Tamlong", "GPE"), ("Varsek", "GPE")]
