"""s29enunit (session 29): unit designations and counts as English texts on the Indian, Pakistani, French, Greek,
Russian and Turkish wars of 1870-1973 write them: a number above one before lower-case arms and a singular head
(english_cardinal_units), a bare cardinal or English ordinal before a French unit abbreviation
(english_romance_unit_designations), a people's adjective before `Army of <place>`
(english_german_designations_armies_of), `Force` with a letter and a code number (english_designations), a state's
initials joined by `&` in a regiment's name (english_units), the Pakistani and more Indian battalions by number and
short title (regiment_short_titles_en.tsv), a size adjective or an adverb before a participle inside a count
(english_numbers), and a people in the plural that is no place (english_place_context). Sentences written for these
tests; the names, numbers and places are made up or other than the audited pages'."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _labels(text, span):
    return {label for s, label, _n in _ents(text) if s == span}


# --- lower-case arms after a bare number

def test_lower_case_arms_before_a_singular_head_are_a_unit():
    text = ("On the second day 11 infantry brigade was told to hold the river line while 6 mountain division "
            "moved up behind it, and 88 adhoc Brigade guarded the airfield.")
    for unit, number, echelon in (("11 infantry brigade", 11, "旅"), ("6 mountain division", 6, "师"),
                                  ("88 adhoc Brigade", 88, "旅")):
        assert _has(text, unit, "MIL_UNIT"), unit
        assert _norm(text, unit, "MIL_UNIT")["numbers"] == [number]
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == echelon
    assert not _labels(text, "11 infantry brigade") & {"QUANTITY"}


def test_region_before_a_lower_case_battalion_is_inside():
    text = "The company was sent against 31 Gilgit battalion near the pass on 4 October."
    assert _has(text, "31 Gilgit battalion", "MIL_UNIT")


def test_a_count_of_one_or_a_plural_stays_a_count():
    text = "At the start he had 2 infantry divisions and 1 armoured regiment, and later 3 field companies."
    assert _has(text, "2 infantry divisions", "QUANTITY")
    assert _has(text, "1 armoured regiment", "QUANTITY")
    assert not _has(text, "1 armoured regiment", "MIL_UNIT")


# --- French abbreviations after a bare cardinal or an English ordinal

def test_bare_cardinal_and_english_ordinal_before_french_abbreviations():
    text = ("By the end of the month 4 REI and 2 BEP held the northern posts, the 1st REP came up from the coast, "
            "13° DBLE stayed in reserve and II/5 RCP was dropped at dawn.")
    for unit, numbers, echelon in (("4 REI", [4], "团"), ("2 BEP", [2], "营"), ("1st REP", [1], "团"),
                                   ("13° DBLE", [13], "旅"), ("II/5 RCP", [2, 5], "营")):
        assert _has(text, unit, "MIL_UNIT"), unit
        assert _norm(text, unit, "MIL_UNIT")["numbers"] == numbers
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == echelon


def test_ambiguous_french_abbreviations_need_a_french_ordinal():
    text = "He fired 3 RA rounds and measured 4 DB of noise; 2 GM crops failed."
    assert not any(label == "MIL_UNIT" for _s, label, _n in _ents(text))


# --- a people's adjective before an army named by its place

def test_people_adjective_stays_outside_army_of_place():
    text = ("The Danish Army of Jutland fell back while the Prussian Army of the Elbe and the Egyptian Army of the "
            "Delta waited.")
    for unit in ("Army of Jutland", "Army of the Elbe", "Army of the Delta"):
        assert _has(text, unit, "MIL_UNIT"), unit
    assert not _has(text, "Danish Army", "MIL_UNIT")
    assert not _has(text, "Prussian Army", "MIL_UNIT")


def test_army_of_a_year_or_a_cause_is_left_alone():
    text = "The Danish Army of 1864 was small."
    assert not _has(text, "Army of 1864", "MIL_UNIT")


# --- Force with a letter and a code number

def test_force_with_a_letter_and_code_number():
    text = "The crossing was forced by Force Q-207 of the frontier army, while Force T waited on the ridge."
    assert _has(text, "Force Q-207", "MIL_UNIT")
    assert _has(text, "Force T", "MIL_UNIT")


# --- a state's initials joined by '&'

def test_ampersand_initials_in_a_regiment_name():
    text = "Major Rana of the 3rd J&K Rifles met the officers of 6 J & K Light Infantry at the bridge."
    assert _has(text, "3rd J&K Rifles", "MIL_UNIT")
    assert _has(text, "6 J & K Light Infantry", "MIL_UNIT")


# --- Pakistani and more Indian battalions by number and short title

def test_pakistani_and_indian_short_titles():
    text = ("Before dawn 31 Baluch and 8 FF crossed the canal, 12 EBR held the town, and 3 SIKH, 7 Madras and "
            "2 Punjab counter-attacked from the south.")
    for unit, side in (("31 Baluch", "PK"), ("8 FF", "PK"), ("12 EBR", "PK"), ("3 SIKH", "IN"), ("7 Madras", "IN"),
                       ("2 Punjab", "PK")):
        assert _has(text, unit, "MIL_UNIT"), unit
        assert _norm(text, unit, "MIL_UNIT")["side"] == side
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == "营"


def test_province_titles_before_a_plural_or_after_a_year_are_no_unit():
    text = "In 1947 Punjab was divided; the column crossed 5 Punjab rivers and burned 14 Sind villages."
    assert not any(label == "MIL_UNIT" for _s, label, _n in _ents(text))
    assert _has(text, "Punjab", "GPE")


# --- modifiers inside a count

def test_size_adjective_and_adverb_participle_inside_a_count():
    text = ("Two strong Austrian armies crossed the river; the fort held 180 mostly wounded men and 450 poorly "
            "equipped conscripts, and three large Serbian divisions waited.")
    for count in ("Two strong Austrian armies", "180 mostly wounded men", "450 poorly equipped conscripts",
                  "three large Serbian divisions"):
        assert _has(text, count, "QUANTITY"), count
    assert not _has(text, "Two", "QUANTITY")


def test_strength_after_a_comma_is_no_modifier():
    text = "The column, 4,000 strong, marched at dawn."
    assert _has(text, "4,000", "QUANTITY")
    assert not _has(text, "4,000 strong", "QUANTITY")


# --- a people in the plural is no place

def test_people_in_the_plural_after_a_place_context_is_no_place():
    text = "The plan was to wear down the Bulgarians and only then march on the capital."
    assert not _labels(text, "Bulgarians") & {"LOC", "GPE"}


# --- peoples and kinds of soldier counted by their capitalised plural

def test_peoples_and_troop_names_in_the_plural_are_counted_with_their_approximator():
    text = ("Roughly 600 Greeks and 2,000 Arabs held the ridge; around two hundred Legionnaires, some 150 Chasseurs "
            "and 300 sepoys came up, and nearly 90 Carabinieri were taken.")
    for count in ("Roughly 600 Greeks", "2,000 Arabs", "around two hundred Legionnaires", "some 150 Chasseurs",
                  "300 sepoys", "nearly 90 Carabinieri"):
        assert _has(text, count, "QUANTITY"), count
    assert _norm(text, "Roughly 600 Greeks", "QUANTITY")["unit"] == "Greeks"


def test_a_people_without_a_number_is_no_count():
    text = "The Greeks retreated and the Cossacks charged."
    assert not any(label == "QUANTITY" for _s, label, _n in _ents(text))


def test_a_year_before_a_capitalised_plural_is_no_count():
    text = "In 1936 Arabs struck across the country; the 1947 Cossacks reunion met; with 1600 Greeks he marched."
    assert not _has(text, "1936 Arabs", "QUANTITY")
    assert not _has(text, "1947 Cossacks", "QUANTITY")
    assert _has(text, "1936", "DATE")
    assert _has(text, "1600 Greeks", "QUANTITY")


# --- events: a march named by its goal, more lower-case heads after a name

def test_march_named_by_its_goal_is_one_event_without_a_date():
    text = ("Veterans of the March on Lisbon met in 1931; the Bolivian March to the Chaco failed, and in March the "
            "rains came.")
    assert _has(text, "March on Lisbon", "EVENT")
    assert _has(text, "March to the Chaco", "EVENT")
    assert not _has(text, "Lisbon", "GPE")
    assert [s for s, label, _n in _ents(text) if label == "DATE"] == ["1931", "March"]




# --- a town's station in lower case

def test_a_towns_station_in_lower_case_is_one_facility():
    text = ("The draft entrained at Dunmore station, changed at Kirkwall railway station and was shelled near the "
            "German station; a Red Cross station took the wounded.")
    assert _has(text, "Dunmore station", "FAC")
    assert _has(text, "Kirkwall railway station", "FAC")
    assert not any(label == "FAC" and "German" in s for s, label, _n in _ents(text))
    assert not _has(text, "Red Cross station", "FAC")


# --- a movable feast before its year alone

def test_movable_feast_with_a_year_is_one_date_with_its_day():
    text = "The rising began on Easter Monday 1926, the town fell on Good Friday, 1931, and Whit Monday 1935 was quiet."
    assert _norm(text, "Easter Monday 1926", "DATE") == {"value": "1926-04-05"}
    assert _norm(text, "Good Friday, 1931", "DATE") == {"value": "1931-04-03"}
    assert _norm(text, "Whit Monday 1935", "DATE") == {"value": "1935-06-10"}


# --- half years and the first or last stretch of a month

def test_half_years_and_stretches_of_a_month_are_inside_the_date():
    text = ("In the second half of 1923 the raids grew; the first week of March 1924 was quiet, and in the last days "
            "of October 1925 the post was abandoned; the first half of May brought rain.")
    assert _norm(text, "second half of 1923", "DATE") == {"value": "1923-H2"}
    assert _norm(text, "first week of March 1924", "DATE") == {"value": "1924-03", "mod": "START"}
    assert _norm(text, "last days of October 1925", "DATE") == {"value": "1925-10", "mod": "END"}
    assert _has(text, "May", "DATE") and not _has(text, "first half of May", "DATE")


# --- the supreme and high commands are organisations

def test_supreme_and_high_commands_are_orgs():
    text = ("Orders from the Stavka reached the front late; the OKW and the OKH quarrelled, the Comando Supremo "
            "hesitated and SHAEF moved to Reims.")
    for org in ("Stavka", "OKW", "OKH", "Comando Supremo", "SHAEF"):
        assert _has(text, org, "ORG"), org
