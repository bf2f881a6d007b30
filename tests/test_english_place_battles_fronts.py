"""Session 19 (s19enevt), English EVENT/ORG/LOC/GPE classes (pipeline/rules/english_place_battles_fronts.py): sentences
written for the tests, not copied from pages."""

from tests.sentences import ents


# --- a place before the head `Battle` is one EVENT (guideline: a named battle is an EVENT; its place is inside)
def test_known_place_before_battle_is_one_event():
    got = ents("The squadron was crippled in the Bohai Sea Battle and never sailed again.")
    assert ("Bohai Sea Battle", "EVENT") in got
    assert ("Bohai Sea", "LOC") not in got


def test_romanised_village_before_battle_is_one_event():
    got = ents("After the Liujiazhuang Battle the regiment rested for a week.")
    assert ("Liujiazhuang Battle", "EVENT") in got


def test_battle_of_year_still_reads_the_place_battle():
    got = ents("The Hankou Battle of that autumn cost both sides dearly.")
    assert ("Hankou Battle", "EVENT") in got


def test_no_place_before_battle_is_no_event():
    got = ents("It was the Great Battle that everyone feared, and the Final Battle never came.")
    assert not any(label == "EVENT" for _, label in got)


def test_battle_group_keeps_its_reading():
    got = ents("The Shanghai Battle Group sailed at dawn.")
    assert ("Shanghai Battle", "EVENT") not in got


def test_battle_of_x_unchanged():
    assert ("Battle of Wuhan", "EVENT") in ents("The Battle of Wuhan lasted four months.")


# --- a possessive before an event name is outside the EVENT (English span edges: possessives stay outside)
def test_person_possessive_is_outside_the_event():
    got = ents("Many fled after Wang's Canton Massacre of 1925.")
    assert ("Canton Massacre", "EVENT") in got
    assert ("Wang's Canton Massacre", "EVENT") not in got


def test_common_noun_possessive_stays_inside():
    from pipeline.rules.english_place_battles_fronts import possessive_events
    from pipeline.spans import Candidate

    text = "They joined the People's Harvest Rising in spring."
    start = text.index("People")
    out = [Candidate(start, text.index(" in spring"), "EVENT", "rule:test", 55, {})]
    possessive_events(text, out)
    assert [(text[c.start:c.end], c.label) for c in out] == [("People's Harvest Rising", "EVENT")]


# --- a body `of the` its party is one ORG (guideline 15: a full official name is one span)
def test_committee_of_the_party_is_one_org():
    got = ents("The Central Committee of the CCP met in Ruijin in the winter.")
    assert ("Central Committee of the CCP", "ORG") in got
    assert ("CCP", "ORG") not in got


def test_commission_of_the_party_is_one_org():
    got = ents("Orders came from the Military Commission of the KMT that night.")
    assert ("Military Commission of the KMT", "ORG") in got


def test_leader_of_the_party_is_no_body():
    got = ents("He became the leader of the KMT in 1938.")
    assert ("KMT", "ORG") in got
    assert not any(surface.startswith("leader") for surface, _ in got)


# --- hyphen pairs with one known place and one romanised name: two places
def test_hyphen_pair_with_unknown_romanised_end():
    got = ents("The branch line (Nanking-Pukou) was cut twice in May.")
    assert ("Nanking", "GPE") in got and ("Pukou", "GPE") in got


def test_hyphen_pair_before_railway_stays_one_fac():
    got = ents("The Peking-Suiyuan railway was repaired by the engineers.")
    assert ("Peking-Suiyuan railway", "FAC") in got


def test_combining_form_is_no_place():
    got = ents("The Anglo-Tibet talks failed.")
    assert ("Anglo", "GPE") not in got


# --- a list of towns: romanised items beside two or more GPEs are GPE
def test_list_of_towns_reads_unknown_romanised_items():
    got = ents("The cavalry raided towns such as Fushun, Liaoyang, Gaoqiao, and Xiaoheyan.")
    assert ("Gaoqiao", "GPE") in got and ("Xiaoheyan", "GPE") in got


def test_list_with_a_person_is_left_alone():
    got = ents("The letter named Zhou Enlai, Fushun, Liaoyang, and Dagushan.")
    assert ("Dagushan", "GPE") not in got or ("Zhou Enlai", "PERSON") in got


def test_list_of_english_words_gets_nothing():
    got = ents("They sent Fushun, Liaoyang, Pencils, and Paper.")
    assert ("Pencils", "GPE") not in got and ("Paper", "GPE") not in got


# --- a boundary line read once keeps its reading; two-surname lines (docs: a line on the map is LOC)
def test_boundary_line_keeps_loc_at_later_mentions():
    text = ("The Smithson Line marked the border in the west. Later the cabinet preferred the Smithson Line, "
            "and the maps followed the Smithson Line.")
    got = ents(text)
    assert got.count(("Smithson Line", "LOC")) == 3
    assert ("Smithson Line", "FAC") not in got


def test_two_surname_boundary_line_is_loc():
    got = ents("The Pemberton Whitlock Line drew the frontier along the ridge.")
    assert ("Pemberton Whitlock Line", "LOC") in got


def test_defensive_line_stays_fac():
    got = ents("The troops held the Pemberton Whitlock Line with bunkers and trenches.")
    assert ("Pemberton Whitlock Line", "LOC") not in got


# --- a united front is an alliance, ORG (guideline 12), with its ordinal or qualifiers; `The` outside
def test_numbered_united_front_is_org():
    got = ents("The talks of 1936 led to the Second United Front a year later.")
    assert ("Second United Front", "ORG") in got


def test_qualified_united_front_is_org_without_article():
    got = ents("The Anti-Fascist Popular United Front held the coast.")
    assert ("Anti-Fascist Popular United Front", "ORG") in got


def test_united_front_department_keeps_its_longer_name():
    got = ents("Li joined the United Front Work Department in 1950.")
    assert ("United Front Work Department", "ORG") in got
    assert ("United Front", "ORG") not in got


# --- a conflict named by its sides' compound adjective, the hyphen typed with spaces (english_encyclopedia_forms)
def test_spaced_hyphen_compound_war_is_one_event():
    got = ents("When the Sino - Japanese war began, the mission left for the coast.")
    assert ("Sino - Japanese war", "EVENT") in got


def test_unspaced_en_dash_compound_war_is_one_event():
    got = ents("When the Sino\u2013Japanese war began, the mission left for the coast.")
    assert ("Sino\u2013Japanese war", "EVENT") in got


def test_spaced_hyphen_without_a_conflict_head_is_no_event():
    got = ents("The Sino - Japanese trade talks resumed in May.")
    assert not any(label == "EVENT" for _, label in got)


# --- a meeting named by its date is one EVENT (english_month_day_events: month-day before an event head)
def test_date_named_conference_is_one_event():
    got = ents("Soon after the November 3 Conference the committee moved to the hills.")
    assert ("November 3 Conference", "EVENT") in got
    assert not any(label == "DATE" for _, label in got)


def test_date_before_capitalised_meeting_after_on_is_a_date():
    got = ents("On June 2 Meeting halls were shut by the police.")
    assert ("June 2 Meeting", "EVENT") not in got
