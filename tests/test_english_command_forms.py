"""s22en (session 22): Gurkha regiments by number, pacification zones, advisory groups and their acronyms,
divisional arms and guards divisions, named streets, vessels' names, day ranges that count units, peoples'
plurals and ranks read as places (pipeline/rules/english_command_forms.py); hyphenated ranks and double-barrelled
surnames after a rank (english_grammar); counts of `enemy` (english_numbers). Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- Gurkha regiments by their number

def test_numbered_gurkhas_are_a_regiment():
    text = "Men of the 9th Gurkhas and the 3rd Gurkhas held the ridge above the river."
    assert _spans(text, "MIL_UNIT") == ["9th Gurkhas", "3rd Gurkhas"]
    assert _norm(text, "9th Gurkhas", "MIL_UNIT")["numbers"] == [9]


def test_gurkhas_without_number_are_no_unit():
    text = "The Gurkhas of the brigade attacked at dawn."
    assert _spans(text, "MIL_UNIT") == []


# --- pacification zones

def test_ordinal_pacification_zone_is_a_unit():
    text = "He Ming led the Fourth Pacification Zone and later the 2nd Pacification Area near the canal."
    assert _has(text, "Fourth Pacification Zone", "MIL_UNIT")
    assert _has(text, "2nd Pacification Area", "MIL_UNIT")
    assert _norm(text, "Fourth Pacification Zone", "MIL_UNIT")["numbers"] == [4]
    assert _norm(text, "Fourth Pacification Zone", "MIL_UNIT")["echelon"] == "绥靖区"


def test_lower_case_pacification_zone_is_no_unit():
    text = "The army set up a pacification zone in the hills."
    assert _spans(text, "MIL_UNIT") == []


# --- advisory groups and their acronyms

def test_advisory_group_and_acronym_are_orgs():
    text = "The Soviet Military Advisory Group (SMAG) reached the capital in 1951. Later SMAG officers left."
    assert _has(text, "Soviet Military Advisory Group", "ORG")
    assert [t for t in _spans(text, "ORG")] == ["Soviet Military Advisory Group", "SMAG", "SMAG"]
    text = "Officers of the Military Assistance Advisory Group trained the new army."
    assert _has(text, "Military Assistance Advisory Group", "ORG")


def test_advisory_word_alone_is_no_org():
    text = "The advisory group met in the hall. An Advisory note was sent."
    assert _spans(text, "ORG") == []


# --- divisional arms and guards divisions

def test_division_arm_is_one_unit():
    text = "Men of the 6th Division Signals and 9th Division Cavalry kept the lines open."
    assert _spans(text, "MIL_UNIT") == ["6th Division Signals", "9th Division Cavalry"]
    assert _norm(text, "6th Division Signals", "MIL_UNIT")["numbers"] == [6]


def test_guards_division_is_whole():
    text = "The Japanese Imperial Guards Division crossed the river; the Guards Division stayed in Egypt."
    assert _has(text, "Imperial Guards Division", "MIL_UNIT")
    assert not _has(text, "Imperial Guards", "MIL_UNIT")
    assert _norm(text, "Imperial Guards Division", "MIL_UNIT")["echelon"] == "师团"
    assert _has(text, "Guards Division", "MIL_UNIT")


# --- named streets

def test_capitalised_street_is_a_facility():
    text = "The marines marched up Harbour Street and along Temple Avenue to the gate."
    assert _has(text, "Harbour Street", "FAC")
    assert _has(text, "Temple Avenue", "FAC")


def test_street_after_article_or_people_is_not_whole():
    text = "The Street was empty. They took the Chinese Road north."
    assert _spans(text, "FAC") == []


# --- vessels' names

def test_vessel_names_are_no_places():
    text = ("The cruiser Pingyang fled and the gunboats Taihe and Lushan were captured. "
            "After the action, Pingyang was repaired in Tianjin.")
    assert not _has(text, "Pingyang", "GPE")
    assert not _has(text, "Lushan", "LOC") and not _has(text, "Lushan", "GPE")
    assert _has(text, "Tianjin", "GPE")


def test_vessel_name_keeps_the_place_after_a_preposition():
    text = "The steamer Hankow sailed at noon and anchored off Hankow the next day."
    assert _has(text, "Hankow", "GPE")


# --- day ranges counting units; peoples' plurals; ranks read as places

def test_day_range_in_a_clause_of_battalions_is_no_date():
    text = "Both battalions of the regiment, the 1st and the 2nd, were cut off."
    assert _spans(text, "DATE") == []
    text = "The fighting of the 4th to 6th was severe."
    assert _spans(text, "DATE") == ["4th", "6th"]


def test_people_plural_is_no_place():
    text = "The Canadians fought at Kapyong and Koreans still remember them."
    assert not _has(text, "Koreans", "GPE")


def test_rank_never_opens_a_place():
    text = "Command passed to Brigadier Lloyd-Owen after the battle."
    assert _has(text, "Lloyd-Owen", "PERSON")
    assert _spans(text, "GPE") == []


# --- english_grammar: hyphenated ranks; double-barrelled surnames

def test_hyphenated_rank_is_outside_the_name():
    text = "They were led out by the senior officer, Lieutenant-Colonel Peter Marsh, 2/18th Battalion."
    assert _has(text, "Peter Marsh", "PERSON")
    assert not _has(text, "Lieutenant-Colonel Peter Marsh", "PERSON")
    text = "Rear-Admiral John Harwood sailed at dawn."
    assert _has(text, "John Harwood", "PERSON")


def test_double_barrelled_surname_after_rank():
    text = "The bridge was held by Gen Smith-Dorrien until dusk."
    assert _has(text, "Smith-Dorrien", "PERSON")
    text = "General Sino-Japanese relations were poor."
    assert _spans(text, "PERSON") == []


# --- english_numbers: counts of `enemy`

def test_enemy_is_a_counted_noun():
    text = "The battery killed over a thousand enemy and 40 enemy were taken, with 300 enemy troops."
    assert _has(text, "over a thousand enemy", "QUANTITY")
    assert _has(text, "40 enemy", "QUANTITY")
    assert _has(text, "300 enemy troops", "QUANTITY")
    assert _norm(text, "40 enemy", "QUANTITY")["unit"] == "enemy"


# --- battalions before their regiment with a slash; cardinal divisions with arms (english_cardinal_units)

def test_slash_battalion_before_regiment_is_one_unit():
    text = "The 3rd/9th Baluch Regiment and the 2nd/4th Royal Gurkha Rifles crossed the river."
    assert _spans(text, "MIL_UNIT") == ["3rd/9th Baluch Regiment", "2nd/4th Royal Gurkha Rifles"]
    assert _norm(text, "3rd/9th Baluch Regiment", "MIL_UNIT")["numbers"][:1] == [3]


def test_cardinal_division_with_arms():
    text = "In June 1943 23 Indian Light Division and 6 Armoured Division moved north; 2 divisions stayed."
    assert _has(text, "23 Indian Light Division", "MIL_UNIT")
    assert _has(text, "6 Armoured Division", "MIL_UNIT")
    assert _has(text, "2 divisions", "QUANTITY")


# --- French mobile groups; regiments named with `and` in a comma chain; Korean mountains in San

def test_mobile_group_is_a_unit():
    text = "Mobile Group 21 was ambushed on the road; GM 5 and Groupement Mobile 9 came up later."
    assert _spans(text, "MIL_UNIT") == ["Mobile Group 21", "GM 5", "Groupement Mobile 9"]
    assert _norm(text, "Mobile Group 21", "MIL_UNIT")["numbers"] == [21]


def test_battalion_of_a_regiment_named_with_and():
    text = "The 2nd Battalion, Argyll and Sutherland Highlanders held the bridge."
    assert _spans(text, "MIL_UNIT") == ["2nd Battalion, Argyll and Sutherland Highlanders"]
    text = "The Gloucesters and Royal Ulster Rifles held the hill."
    assert _has(text, "Royal Ulster Rifles", "MIL_UNIT")
    assert not _has(text, "Gloucesters and Royal Ulster Rifles", "MIL_UNIT")
    text = "The 1st Battalion, 2nd Battalion and 3rd Battalion attacked."
    assert _spans(text, "MIL_UNIT") == ["1st Battalion", "2nd Battalion", "3rd Battalion"]


def test_korean_mountain_in_san_is_a_loc():
    text = "The brigade took Paegun San after two days."
    assert _has(text, "Paegun San", "LOC")
    assert not _has(text, "Paegun San", "GPE")


# --- headquarters companies; six-letter abbreviations before a count (english_numbers)

def test_headquarters_company_is_a_unit():
    text = "Lieutenant Tom Reed, leading the 2nd Battalion's Headquarters Company, reached the ford."
    assert _has(text, "Headquarters Company", "MIL_UNIT")
    assert not _has(text, "Headquarters Company", "ORG")
    text = "The General Headquarters moved to the capital."
    assert _has(text, "General Headquarters", "ORG")


def test_six_letter_abbreviation_before_a_count():
    text = "The column took 320 KATUSA soldiers and 45 ARVN rangers north."
    assert _has(text, "320 KATUSA soldiers", "QUANTITY")
    assert _has(text, "45 ARVN rangers", "QUANTITY")
    text = "In APRIL 1951 the company held."
    assert _spans(text, "QUANTITY") == []
