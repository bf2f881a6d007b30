"""s27enunit (session 27): war-diary battalions by number and short title, lettered sub-units written with their
regiment (english_battalion_short_titles); Sidi/Bir/Djebel/Wadi places (english_arabic_place_prefixes); the
irregular, insurgent and colonial forces outside Asia (forces_en_outside_asia.tsv); counts of a force's members by
its capitalised plural and war diaries' abbreviated counted nouns (english_period_forms); a cardinal designation with a
title in brackets and Roman-numbered brigades (english_unit_forms); possessive corps (english_royal_colonial_units);
numbered naval air, fighter and marine units (english_cardinal_units); dotted acronyms (english_dotted_acronyms);
`War of the X` (english_grammar). Sentences written for these tests; the names and places are made up or other than
the audited pages'."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- battalions by number and short title

def test_battalion_number_before_short_title_is_one_unit():
    text = "At first light 5 Hants and 2 RIrF crossed the wadi, while 1 Innisks held the ridge behind them."
    assert _has(text, "5 Hants", "MIL_UNIT")
    assert _norm(text, "5 Hants", "MIL_UNIT")["numbers"] == [5]
    assert _norm(text, "5 Hants", "MIL_UNIT")["echelon"] == "营"
    assert _has(text, "2 RIrF", "MIL_UNIT")
    assert _has(text, "1 Innisks", "MIL_UNIT")


def test_territorial_battalion_with_slash_and_armoured_regiment_numbers():
    text = "The brigade took 2/5 Queens under command, and 145 RAC and 5/6 DG moved up in support."
    assert _has(text, "2/5 Queens", "MIL_UNIT")
    assert _norm(text, "2/5 Queens", "MIL_UNIT")["numbers"] == [2, 5]
    assert _has(text, "145 RAC", "MIL_UNIT")
    assert _norm(text, "145 RAC", "MIL_UNIT")["echelon"] == "团"
    assert _has(text, "5/6 DG", "MIL_UNIT")


def test_short_title_is_no_unit_alone_after_a_day_or_before_a_street_or_men():
    text = ("He was born at 14 Essex Street near Basingstoke, Hants, and on June 3 Wilts farmers met; "
            "the company lost 11 Hants men that night.")
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))
    assert not _has(text, "Hants", "MIL_UNIT")


# --- lettered sub-units with their regiment

def test_lettered_squadron_or_company_with_its_regiment_is_one_unit():
    text = ("C Squadron 12th/9th Lancers and B Company Loamshire Rifles attacked; D Squadron Wessex Yeomanry "
            "followed, and A Company 4 Hants dug in.")
    assert _has(text, "C Squadron 12th/9th Lancers", "MIL_UNIT")
    assert _norm(text, "C Squadron 12th/9th Lancers", "MIL_UNIT")["echelon"] == "中队"
    assert _has(text, "B Company Loamshire Rifles", "MIL_UNIT")
    assert _has(text, "D Squadron Wessex Yeomanry", "MIL_UNIT")
    assert _has(text, "A Company 4 Hants", "MIL_UNIT")
    assert _norm(text, "A Company 4 Hants", "MIL_UNIT")["echelon"] == "连"


def test_lettered_sub_unit_without_regiment_stays_short():
    text = "B Company went forward at dawn; C Company stayed in reserve."
    assert _has(text, "B Company", "MIL_UNIT")
    assert _has(text, "C Company", "MIL_UNIT")


# --- Arabic place prefixes

def test_sidi_bir_places_and_djebel_wadi_landforms():
    text = "The patrol left Sidi Marzouk (4521) for Bir el Hamra, crossed Wadi Tamlet and climbed Djebel Kassab."
    assert _has(text, "Sidi Marzouk", "GPE")
    assert _has(text, "Bir el Hamra", "GPE")
    assert _has(text, "Wadi Tamlet", "LOC")
    assert _has(text, "Djebel Kassab", "LOC")
    assert not _has(text, "Sidi Marzouk", "PERSON")


def test_gebel_and_the_esh_particle_are_one_landform():
    # the two Arabic-prefix readings were merged into english_arabic_place_prefixes in session 28
    text = "The camels rested below Gebel esh Sharqa, then the column followed Wadi ed Dirra north."
    assert _has(text, "Gebel esh Sharqa", "LOC")
    assert _has(text, "Wadi ed Dirra", "LOC")
    assert not _has(text, "Gebel esh", "LOC")


def test_sidi_as_a_style_and_longer_names_are_no_places():
    text = "Sidi Ahmed ben Salem received the envoy; the Sultan Sidi Kadour spoke; the guns at Bir Tarfa Farm fired."
    assert not _has(text, "Sidi Ahmed", "GPE")
    assert not _has(text, "Sidi Kadour", "GPE")
    assert not _has(text, "Bir Tarfa", "GPE")


# --- named irregular and colonial forces

def test_irregular_and_partisan_forces_by_name_or_acronym():
    text = ("The IRA ambushed a convoy of the ADRIC; in Greece ELAS and EDES fought each other, and the "
            "Civic Guard mobilised in Finland while the Provisional IRA and the LRDG are later stories.")
    for name in ("IRA", "ADRIC", "ELAS", "EDES", "Civic Guard", "Provisional IRA", "LRDG"):
        assert _has(text, name, "MIL_UNIT"), name


# --- counts of a force's members

def test_counts_of_force_members_by_capitalised_plural():
    text = "Fourteen Auxiliaries and 6 Volunteers were killed, and four dead Partisans lay by the road."
    assert _has(text, "Fourteen Auxiliaries", "QUANTITY")
    assert _has(text, "6 Volunteers", "QUANTITY")
    assert _has(text, "four dead Partisans", "QUANTITY")
    assert _norm(text, "four dead Partisans", "QUANTITY")["value"] == 4


def test_force_names_are_no_counts():
    text = "The Irish Volunteers of 1913 drilled; one Fusilier said so."
    assert _has(text, "Irish Volunteers", "MIL_UNIT")
    assert not any(label == "QUANTITY" for _, label, _n in _ents(text))


# --- bracketed cardinal designations

def test_cardinal_designation_with_title_in_brackets():
    text = "On the left 24 (Welsh) Brigade relieved 31 (Motor) Battalion; 12 (Irish) soldiers were not units."
    assert _has(text, "24 (Welsh) Brigade", "MIL_UNIT")
    assert _norm(text, "24 (Welsh) Brigade", "MIL_UNIT")["numbers"] == [24]
    assert _has(text, "31 (Motor) Battalion", "MIL_UNIT")
    assert not any(span.startswith("12") and label == "MIL_UNIT" for span, label, _n in _ents(text))


# --- Roman-numbered brigades and army corps, possessive corps in -s', numbered air and marine units

def test_roman_numbered_brigade_and_army_corps():
    text = "The XIV International Brigade crossed the river while the VII Army Corps held the line; World War II Brigade reunions came later."
    assert _has(text, "XIV International Brigade", "MIL_UNIT")
    assert _norm(text, "XIV International Brigade", "MIL_UNIT")["numbers"] == [14]
    assert _has(text, "VII Army Corps", "MIL_UNIT")
    assert not any("II Brigade" in span and label == "MIL_UNIT" for span, label, _n in _ents(text))


def test_possessive_corps_after_a_name_in_s_and_guides():
    text = "Symonds' Horse and Harkness's Guides scouted ahead of the column; the Jones' farm was empty."
    assert _has(text, "Symonds' Horse", "MIL_UNIT")
    assert _has(text, "Harkness's Guides", "MIL_UNIT")
    assert not any(label == "MIL_UNIT" and "farm" in span for span, label, _n in _ents(text))


def test_numbered_naval_air_fighter_and_marine_units():
    text = "He joined 818 Naval Air Squadron, later 236 Fighter Squadron, and 45 Royal Marine Commando landed; 3 Fighter Squadrons were counted."
    assert _has(text, "818 Naval Air Squadron", "MIL_UNIT")
    assert _has(text, "236 Fighter Squadron", "MIL_UNIT")
    assert _has(text, "45 Royal Marine Commando", "MIL_UNIT")
    assert not _has(text, "3 Fighter Squadrons", "MIL_UNIT")


def test_named_battalion_of_a_roman_numbered_brigade_is_one_unit():
    text = "He served in the Dimitrov Battalion of the XV International Brigade until the spring."
    assert _has(text, "Dimitrov Battalion of the XV International Brigade", "MIL_UNIT")
    assert _norm(text, "Dimitrov Battalion of the XV International Brigade", "MIL_UNIT")["echelon"] == "营"


# --- dotted acronyms of listed bodies (english_dotted_acronyms)

def test_dotted_acronyms_take_the_listed_label():
    text = "The K.K.E. directed E.A.M. and the F.F.I. fought on, while the S.O.E. sent officers."
    assert _has(text, "K.K.E.", "ORG")
    assert _has(text, "E.A.M.", "ORG")
    assert _has(text, "F.F.I.", "MIL_UNIT")
    assert _has(text, "S.O.E.", "ORG")


def test_dotted_letters_that_are_no_listed_body_stay_untagged():
    text = "The Q.X.Z. file and the R.A. officer were sent; T.W. Harrow signed."
    assert not _has(text, "Q.X.Z.", "ORG")
    assert not any(label in ("ORG", "MIL_UNIT") and span.startswith("Q") for span, label, _n in _ents(text))


# --- war diaries' abbreviated counted nouns

def test_war_diary_counts_of_prisoners_other_ranks_and_machine_guns():
    text = "The patrol took 41 PoWs and 12 PW, lost 3 O.Rs and captured 4 MGs; 1944 PW cages were built."
    assert _has(text, "41 PoWs", "QUANTITY")
    assert _has(text, "12 PW", "QUANTITY")
    assert _has(text, "3 O.Rs", "QUANTITY")
    assert _has(text, "4 MGs", "QUANTITY")
    assert not _has(text, "1944 PW", "QUANTITY")


# --- 'War of the X' (english_grammar)

def test_war_of_the_name_is_one_event():
    text = "After the War of the Triple Alliance came the War of the Pacific; the Minister of War of the Republic resigned."
    assert _has(text, "War of the Triple Alliance", "EVENT")
    assert _has(text, "War of the Pacific", "EVENT")
    assert not any(label == "EVENT" and "Republic" in span for span, label, _n in _ents(text))
