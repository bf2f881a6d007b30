"""Classes of english_slash_chain_nickname_forms and the small edits beside it (session 18, helper s18enunit): English
MIL_UNIT and PERSON forms. Sentences written for the test (invented units and names)."""

from tests.sentences import ents, norms


def test_slash_chain_is_one_unit():
    text = ("The task force held 2nd Battalion/44th Infantry, C and D Batteries/91st Field Artillery Battalion and "
            "F Battery/12th Anti-tank Rocket Battalion on the ridge.")
    got = ents(text)
    for span in ("2nd Battalion/44th Infantry", "C and D Batteries/91st Field Artillery Battalion",
                 "F Battery/12th Anti-tank Rocket Battalion"):
        assert (span, "MIL_UNIT") in got
    values = dict(norms(text, "MIL_UNIT"))
    assert values["2nd Battalion/44th Infantry"]["numbers"] == [2, 44]
    assert values["2nd Battalion/44th Infantry"]["echelon"] == "营"


def test_slash_chain_with_spaces_and_corps_tail():
    got = ents("The guns of G Battery / C Brigade, Royal Horse Artillery came up at noon.")
    assert ("G Battery / C Brigade, Royal Horse Artillery", "MIL_UNIT") in got


def test_slash_between_equals_stays_two():
    # negative: two divisions on either side of a slash are not a chain, a slash battalion keeps its reading
    got = ents("The 41st Division/42nd Division boundary ran east. The 3/9 Gurkhas attacked.")
    assert ("41st Division", "MIL_UNIT") in got and ("42nd Division", "MIL_UNIT") in got
    assert not any("/" in t and "Division" in t for t, label in got if label == "MIL_UNIT")


def test_order_of_battle_item_with_bracketed_title():
    got = ents("Fourth Brigade\u2014Brigadier Hollis: 14th (King's Own Borderers), 77th (Royal Kentish Fusiliers), "
               "and 3rd (Queen's).")
    for span in ("14th", "King's Own Borderers", "77th", "Royal Kentish Fusiliers", "3rd", "Queen's"):
        assert (span, "MIL_UNIT") in got
    # negative: a date with a bracketed weekday is no unit
    assert not any(label == "MIL_UNIT" for _, label in ents("He wrote on the 14th (Monday) and left."))


def test_quoted_lettered_companies():
    got = ents("'E' Company held the bridge while 'F' and 'G' Companies moved to the hill.")
    assert ("E' Company", "MIL_UNIT") in got and ("F' and 'G' Companies", "MIL_UNIT") in got
    # negative: a quoted letter before another word is nothing
    assert not any(label == "MIL_UNIT" for _, label in ents("He marked 'X' Point on the map."))


def test_rct_abbreviation():
    got = ents("RCT-12 crossed first and the 188th RCT followed.")
    assert ("RCT-12", "MIL_UNIT") in got and ("188th RCT", "MIL_UNIT") in got
    assert dict(norms("RCT-12 crossed first.", "MIL_UNIT"))["RCT-12"]["numbers"] == [12]


def test_brigade_of_and_rank_before_a_unit_word():
    got = ents("He later became Major General Brigade of Highlanders and then Colonel of the Brigade of Fusiliers.")
    assert ("Brigade of Highlanders", "MIL_UNIT") in got and ("Brigade of Fusiliers", "MIL_UNIT") in got
    assert not any(label == "PERSON" for _, label in got)
    # kept: a rank before a name
    assert ("Alan Fenwick", "PERSON") in ents("Major General Alan Fenwick took over the brigade.")


def test_coordinated_initials_names():
    got = ents("Two officers joined the company: 2Lt R T Amberley and P K Holloway.")
    assert ("R T Amberley", "PERSON") in got and ("P K Holloway", "PERSON") in got
    # negative: `and` before a place after a person
    assert ("Holloway", "PERSON") not in ents("Capt R T Amberley and Holloway Road were named.")


def test_name_wrapped_after_a_rank():
    text = "The garrison was given to Colonel\nAnselme Brival, and his deputy Colonel Mathurin\nJoseph Dorval de Vasse."
    assert ("Mathurin\nJoseph Dorval de Vasse", "PERSON") in ents(text)
    # negative: names listed one a line stay separate
    got = ents("Commanders\nPierre Lamotte\nJacques Verdier\n")
    assert ("Pierre Lamotte", "PERSON") in got and ("Jacques Verdier", "PERSON") in got


def test_quoted_nickname_inside_the_name():
    got = ents("Orders came from General 'Tiger' Hallam and from Brigadier \u2018Bunny\u2019 Pexton.")
    assert ("Tiger' Hallam", "PERSON") in got and ("Bunny\u2019 Pexton", "PERSON") in got


def test_knighted_unstopped_rank():
    got = ents("Lt Gen Sir Oswin Marrable took the corps; Maj-Gen Sir Piers Tolland kept the division.")
    assert ("Oswin Marrable", "PERSON") in got and ("Piers Tolland", "PERSON") in got
    assert not any(t.startswith("Sir") for t, label in got if label == "PERSON")
    assert ("Hal Brenner", "PERSON") in ents("Lt Gen Hal Brenner came.")   # kept: no knighthood


def test_regiment_of_foot_with_county_title():
    got = ents("The 71st Wessex Regiment of Foot formed square.")
    assert ("71st Wessex Regiment of Foot", "MIL_UNIT") in got
    # kept: a regiment without `of Foot`
    assert ("71st Wessex Regiment", "MIL_UNIT") in ents("The 71st Wessex Regiment formed square.")


def test_sub_unit_of_regiment_across_a_line_break():
    got = ents("Memories of the 2nd Company\nof the 14th Ranger Battalion\n\nBy a veteran")
    assert ("2nd Company\nof the 14th Ranger Battalion", "MIL_UNIT") in got


def test_singh_closes_a_name_after_a_family_word():
    got = ents("The envoys were Chand Singh and Ram Lal; the leader, Nath Singh, refused.")
    assert ("Chand Singh", "PERSON") in got and ("Nath Singh", "PERSON") in got
    assert ("Singh", "PERSON") not in got


def test_malay_generic_opens_no_person():
    got = ents("The company moved from Sungei Ranau to Kampong Tebing and patrolled to Bukit Larap.")
    assert not any(label == "PERSON" for _, label in got)
    # kept: a person's name without a generic
    assert ("Tomas Haber", "PERSON") in ents("Captain Tomas Haber led the patrol.")


def test_bare_surname_before_a_verb_with_a_person_object():
    text = "Later Pettifer invited the chiefs to a durbar, and the chiefs reported to Pettifer at noon."
    got = ents(text)
    assert got.count(("Pettifer", "PERSON")) == 2
    # negative: a body after an article, a known state
    got = ents("The Council invited the envoys. Siam thanked the British for the loan.")
    assert not any(label == "PERSON" for _, label in got)
