"""Session 19 round 2 (r19en), English classes seen on round 1's held-out passages (pipeline/rules/
english_event_ordinals.py, english_roc_prc_pairs.py, english_name_boundaries.py, english_code_names.py; the ordinal
kept before an event head in english_base_generators.py; `ROC` in
places_en.tsv): sentences written for the tests, not copied from pages."""

from tests.sentences import at, ents, extracted


# --- 1. an event name keeps its ordinal (guideline 10), also `First`/`Second` before a name and an event head
def test_second_before_named_crisis_is_kept():
    text = "Shelling resumed during the Second Strait Crisis, and the navy sailed."
    assert [(s, e, lab) for s, e, lab, _ in extracted(text, "EVENT")] == [at(text, "Second Strait Crisis", "EVENT")]


def test_first_before_two_word_incident_is_kept():
    got = ents("Talks broke down after the First Lake Border Incident of that spring.")
    assert ("First Lake Border Incident", "EVENT") in got
    assert ("Lake Border Incident", "EVENT") not in got


def test_third_still_kept_and_ordinal_war_unchanged():
    assert ("Third Border Crisis", "EVENT") in ents("The Third Border Crisis ended in a truce.")
    assert ("First Opium War", "EVENT") in ents("The First Opium War ended with a treaty.")


def test_ordinal_before_a_bare_head_is_no_event():
    got = ents("First Crisis drills were held weekly.")
    assert not any(label == "EVENT" for _, label in got)


def test_ordinal_unit_unchanged():
    got = ents("The Second Division and Second Army units marched.")
    assert ("Second Division", "MIL_UNIT") in got and ("Second Army", "MIL_UNIT") in got


# --- 2. `<name> War of <year>` is one EVENT with its year
def test_war_of_year_keeps_the_year():
    text = "Both fleets fought in the Coastal War of 1887 and again later."
    assert extracted(text, "EVENT") == [(*at(text, "Coastal War of 1887", "EVENT"), {})]
    assert extracted(text, "DATE") == []


def test_war_of_1812_unchanged_and_rising_keeps_its_date():
    assert ("War of 1812", "EVENT") in ents("The War of 1812 is not relevant here.")
    got = ents("The Harbour Rising of 1921 failed within a week.")
    assert ("Harbour Rising of 1921", "EVENT") not in got


def test_war_of_a_name_is_not_extended():
    got = ents("He fought in the Boer War of the Cape, not in 1900.")
    assert ("Boer War", "EVENT") in got


# --- 3. ROC and PRC are GPE, also in a hyphenated pair; not inside a longer capitals word
def test_roc_alone_and_possessive():
    text = "The ROC refused, and the ROC's envoy left."
    got = extracted(text, "GPE")
    assert [(s, e, lab) for s, e, lab, _ in got] == [at(text, "ROC", "GPE"), at(text, "ROC", "GPE", 1)]
    assert got[0][3]["zh"] == "中华民国"


def test_roc_and_prc_in_hyphen_pairs():
    text = "The ROC-Japan treaty and the US-PRC talks went on."
    got = [(s, e, lab) for s, e, lab, _ in extracted(text, "GPE")]
    assert at(text, "ROC", "GPE") in got and at(text, "PRC", "GPE") in got


def test_no_gpe_inside_longer_acronyms():
    got = ents("The ROCAF flew patrols while the PRCN stayed in port.")
    assert not any(label == "GPE" for _, label in got)


def test_roc_army_stays_a_unit():
    assert ("ROC Army", "MIL_UNIT") in ents("The ROC Army held the coast.")


# --- 4. a rank inside an apposition is outside the PERSON (spec rule 1)
def test_rank_in_apposition_is_outside():
    text = "The column halted, and its commander, Brigadier Ashworth, refused to move."
    assert [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")] == [at(text, "Ashworth", "PERSON")]


def test_landform_surname_after_rank_in_apposition_is_a_person():
    got = ents("The battery's officer, Captain Moor, ordered a halt.")
    assert ("Moor", "PERSON") in got
    assert not any(label == "LOC" for _, label in got)


def test_rank_person_outside_apposition_unchanged():
    assert ("Ashworth", "PERSON") in ents("Brigadier Ashworth refused to move.")


def test_apposition_without_rank_unchanged():
    assert ("Sukarno", "PERSON") in ents("Its chairman, Sukarno, was in Jakarta.")


# --- 5. code-named forces in capitals before Force/Column/Group, and `known as X` after a unit
def test_code_named_forces():
    text = "SPEAR Force crossed the river while DEEP BLUE Column held the pass."
    got = [(s, e, lab) for s, e, lab, _ in extracted(text, "MIL_UNIT")]
    assert got == [at(text, "SPEAR Force", "MIL_UNIT"), at(text, "DEEP BLUE Column", "MIL_UNIT")]


def test_code_name_known_as_after_unit():
    text = "The 8th Regiment, known as HAMMER, moved north."
    got = [(s, e, lab) for s, e, lab, _ in extracted(text, "MIL_UNIT")]
    assert at(text, "8th Regiment", "MIL_UNIT") in got and at(text, "HAMMER", "MIL_UNIT") in got


def test_abbreviations_before_group_are_no_code_name():
    got = ents("The HQ Group met the staff at noon.")
    assert not any(label == "MIL_UNIT" for _, label in got)


def test_known_as_after_no_unit_is_nothing():
    got = ents("The mountain, known as THUNDER, rose above the town.")
    assert ("THUNDER", "MIL_UNIT") not in got


def test_heading_in_capitals_is_no_code_force():
    got = ents("THE MARCH OF THE SPEAR Force\nThe men rested.")
    assert ("SPEAR Force", "MIL_UNIT") not in got


# --- 7. a given name before an initial and a surname is part of the name
def test_sentence_initial_given_name_with_initial():
    text = "Thaddeus K. Wimbourne took over the division in May."
    assert [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")] == [at(text, "Thaddeus K. Wimbourne", "PERSON")]


def test_given_name_after_comma():
    assert ("Thaddeus K. Wimbourne", "PERSON") in ents("Later, Thaddeus K. Wimbourne took over.")


def test_everyday_word_before_initial_stays_outside():
    got = ents("Then K. Wimbourne took over.")
    assert ("K. Wimbourne", "PERSON") in got
    assert ("Then K. Wimbourne", "PERSON") not in got


def test_title_before_initial_stays_outside():
    assert ("K. Wimbourne", "PERSON") in ents("General K. Wimbourne took over.")


# --- 8. a romanised Chinese doctrine (主义, `Chu I`, `Zhuyi`) is no person
def test_doctrine_gives_no_person():
    assert not any(label == "PERSON" for _, label in ents("The San Min Chu I was taught in every school."))
    assert not any(label == "PERSON" for _, label in ents("Pupils learnt the Sanmin Zhuyi by heart."))


def test_chinese_name_outside_doctrine_kept():
    got = ents("The San Min Chu I was taught, and Wang Min Chu arrived later.")
    assert ("Wang Min Chu", "PERSON") in got


def test_adverb_or_weekday_before_initial_stays_outside():
    got = ents("Subsequently K. Wimbourne left. Monday K. Wimbourne returned.")
    assert ("Subsequently K. Wimbourne", "PERSON") not in got and ("Monday K. Wimbourne", "PERSON") not in got
    assert ("K. Wimbourne", "PERSON") in got


def test_capitals_articles_sides_and_acronyms_are_no_code_name():
    got = ents("THE ALLIED Force landed, and the SEATO Group met later.")
    assert not any(label == "MIL_UNIT" for _, label in got)


# --- 6. a unit before a possessive apostrophe of any form: straight, curly or the modifier letter apostrophe
def test_unit_before_modifier_letter_apostrophe():
    for mark in ("'", "\u2019", "\u02bc"):
        text = f"The Kumaon Rifles{mark} commander was hit, and the 9th Division{mark}s guns fell silent."
        got = [(s, e, lab) for s, e, lab, _ in extracted(text, "MIL_UNIT")]
        assert got == [at(text, "Kumaon Rifles", "MIL_UNIT"), at(text, "9th Division", "MIL_UNIT")], mark


def test_modifier_letter_apostrophe_in_wade_giles_name():
    text = "General Chʼen Cheng met the envoy."
    assert [(s, e, lab) for s, e, lab, _ in extracted(text, "PERSON")] == [at(text, "Chʼen Cheng", "PERSON")]


def test_hyphenated_wade_giles_doctrines_give_no_person():
    got = ents("The Min-sheng Chu-i and the Kung-ch'an Chu-i were debated by Hu Han-min.")
    assert [p for p in got if p[1] == "PERSON"] == [("Hu Han-min", "PERSON")]


def test_body_after_rank_word_in_apposition_is_no_person():
    got = ents("Orders came from its superior, General Headquarters, at noon.")
    assert not any(label == "PERSON" for _, label in got)


def test_code_name_after_unit_takes_the_units_norm():
    text = "The 8th Regiment, known as HAMMER, moved north."
    norms = {text[s:e]: n for s, e, _, n in extracted(text, "MIL_UNIT")}
    assert norms["HAMMER"]["numbers"] == [8] and norms["HAMMER"]["echelon"] == norms["8th Regiment"]["echelon"]
