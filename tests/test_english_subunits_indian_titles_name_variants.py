"""s28enunit (session 28): the Indian Army's battalions by number and short title (regiment_short_titles_en.tsv,
english_battalion_short_titles), numbered sub-units with a lower-case head joined to their regiment after `of the`
(english_regiment_titles_route_armies, english_subunit_joins), Roman-numeral battalions (english_subunit_joins), a
person's first and last name after the full name (english_short_name_variants), names with Latin-1 letters after
`commanded by` (english_encyclopedia_forms). Sentences written for these tests; the names and places are made up
or other than the audited pages'."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- Indian battalions by number and short title

def test_indian_battalion_short_titles_are_units():
    text = ("In the second week of June, 4 Raj Rif and 9 JAK Rif moved up to the ridge, while 3 Garh Rif and "
            "6 Sikh LI held the valley road and 11 Kumaon stayed in reserve.")
    for unit, numbers in (("4 Raj Rif", [4]), ("9 JAK Rif", [9]), ("3 Garh Rif", [3]), ("6 Sikh LI", [6]),
                          ("11 Kumaon", [11])):
        assert _has(text, unit, "MIL_UNIT"), unit
        assert _norm(text, unit, "MIL_UNIT")["numbers"] == numbers
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == "营"
        assert _norm(text, unit, "MIL_UNIT")["side"] == "IN"


def test_full_title_after_bare_number_and_capitals():
    text = "The 7 Jammu and Kashmir Rifles (7 JAK RIF) relieved 12 KUMAON on the pass."
    assert _has(text, "7 Jammu and Kashmir Rifles", "MIL_UNIT")
    assert _has(text, "7 JAK RIF", "MIL_UNIT")
    assert _has(text, "12 KUMAON", "MIL_UNIT")


def test_grenadiers_and_guards_after_the_or_a_bracket_and_again_bare():
    text = ("The 16 Guards and the 21 Grenadiers (21 Grenadiers) attacked the spur at dawn. "
            "21 Grenadiers made three attempts before noon.")
    assert _has(text, "16 Guards", "MIL_UNIT")
    assert [s for s, label, _n in _ents(text) if s == "21 Grenadiers" and label == "MIL_UNIT"].__len__() == 3


def test_grenadiers_counting_men_are_no_unit():
    text = "The transport carried 80 officers; 37 Grenadiers and 2 Gunners deserted the night before she sailed."
    assert not _has(text, "37 Grenadiers", "MIL_UNIT")
    text = "He saw 300 Sikh soldiers near the fort, and 14 Naga villages had been burnt. 4 Guards Armoured Brigade waited."
    assert not _has(text, "300 Sikh", "MIL_UNIT")
    assert not _has(text, "14 Naga", "MIL_UNIT")
    assert not _has(text, "4 Guards", "MIL_UNIT")


# --- numbered sub-units with a lower-case head joined to their regiment

def test_lower_case_battalion_of_the_regiment_is_one_unit():
    text = "The 5th battalion of the Dogra Regiment crossed the river under fire."
    assert _has(text, "5th battalion of the Dogra Regiment", "MIL_UNIT")
    assert _norm(text, "5th battalion of the Dogra Regiment", "MIL_UNIT")["echelon"] == "营"
    assert _norm(text, "5th battalion of the Dogra Regiment", "MIL_UNIT")["numbers"] == [5]


def test_battalion_of_capital_the_plural_regiment_head():
    text = "The 9th battalion of The Grenadiers took the ridge; the 2nd company of the regiment stayed behind."
    assert _has(text, "9th battalion of The Grenadiers", "MIL_UNIT")
    assert not _has(text, "2nd company of the regiment", "MIL_UNIT")


def test_parent_possessive_before_battalion_stays_two_units():
    text = "The Yiftach Brigade's Third Battalion held the crossroads."
    assert not _has(text, "Yiftach Brigade's Third Battalion", "MIL_UNIT")
    assert _has(text, "Third Battalion", "MIL_UNIT")


# --- Roman-numeral battalions

def test_roman_numeral_battalions_in_either_case_and_lists():
    text = ("The regiment's II battalion reached the bridge first; the I and III battalions followed, and the "
            "XIV, XXI, and XXXVI Battalions were held back. The IV Battalion never arrived.")
    assert _norm(text, "II battalion", "MIL_UNIT")["numbers"] == [2]
    assert _norm(text, "I and III battalions", "MIL_UNIT")["numbers"] == [1, 3]
    assert _norm(text, "XIV, XXI, and XXXVI Battalions", "MIL_UNIT")["numbers"] == [14, 21, 36]
    assert _norm(text, "IV Battalion", "MIL_UNIT")["echelon"] == "营"


def test_pronoun_i_and_wars_are_no_battalions():
    text = "I battalion commanders rarely met. World War II battalions were larger, and Phase II battalion moves began."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


# --- first and last name after the full name; Latin-1 names after `commanded by`

def test_first_and_last_name_after_the_full_name():
    text = ("Junior Sergeant Fyodor Grigoryevich Lapshin held the crossing alone. "
            "Two days later Fyodor Lapshin was found alive in a field hospital.")
    assert _has(text, "Fyodor Grigoryevich Lapshin", "PERSON")
    assert _has(text, "Fyodor Lapshin", "PERSON")
    assert not _has(text, "Lapshin", "PERSON")


def test_name_with_latin1_letters_after_commanded_by():
    text = "The column was commanded by Tadeusz Wójcik and reached the river at dusk."
    assert _has(text, "Tadeusz Wójcik", "PERSON")
    text = "The division commanded by Ramón Ibáñez over the winter held the line."
    assert _has(text, "Ramón Ibáñez", "PERSON")


# --- French unit designations (english_romance_unit_designations)

def test_french_ordinal_before_unit_abbreviation():
    text = "In 1951 the 2e BEP and the 5e RTM held the delta, while III/13e DBLE and the 9e DIC waited at the coast."
    assert _norm(text, "2e BEP", "MIL_UNIT")["echelon"] == "营"
    assert _norm(text, "2e BEP", "MIL_UNIT")["numbers"] == [2]
    assert _norm(text, "5e RTM", "MIL_UNIT")["echelon"] == "团"
    assert _norm(text, "III/13e DBLE", "MIL_UNIT")["numbers"] == [3, 13]
    assert _norm(text, "III/13e DBLE", "MIL_UNIT")["echelon"] == "营"
    assert _norm(text, "9e DIC", "MIL_UNIT")["echelon"] == "师"


def test_french_unit_full_names_with_or_without_ordinal():
    text = ("The 4e Régiment d'Infanterie Coloniale relieved the Bataillon de Marche Indochinois (a battalion) near "
            "the river.")
    assert _has(text, "4e Régiment d'Infanterie Coloniale", "MIL_UNIT")
    assert _has(text, "Bataillon de Marche Indochinois", "MIL_UNIT")
    assert not any(label == "PERSON" for _, label, _n in _ents(text))


def test_french_forms_that_are_no_units():
    text = "The RI and DB were acronyms; a Bataillon of sorts met; the 2e Régiment étranger de parachutistes was formed."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


# --- ordinals each with an arm word sharing one plural head (english_designation_lists); IDF

def test_mixed_arm_ordinals_sharing_a_plural_head_are_one_unit():
    text = "The corps held the 3rd Armored, 8th Mechanized, and 11th Infantry Divisions in reserve near the canal."
    assert _norm(text, "3rd Armored, 8th Mechanized, and 11th Infantry Divisions", "MIL_UNIT")["numbers"] == [3, 8, 11]
    assert _norm(text, "3rd Armored, 8th Mechanized, and 11th Infantry Divisions", "MIL_UNIT")["echelon"] == "师"
    assert not _has(text, "11th Infantry Divisions", "MIL_UNIT")


def test_idf_is_a_named_armed_force():
    text = "The IDF reached the ridge at dawn."
    assert _has(text, "IDF", "MIL_UNIT")


# --- names after the Ethiopian title Ras (english_ethiopian_titled_names)

def test_names_after_ras_in_an_ethiopian_text():
    text = ("In Tigray, Ras Gebre Mikael Tesfaye and Ras Welde Giyorgis held the passes; the army of Ras Haylu "
            "fell back on Makalle.")
    assert _has(text, "Gebre Mikael Tesfaye", "PERSON")
    assert _has(text, "Welde Giyorgis", "PERSON")
    assert _has(text, "Haylu", "PERSON")
    assert not _has(text, "Ras Haylu", "PERSON")


def test_ras_capes_and_texts_without_ethiopia_are_no_persons():
    text = "The convoy passed off Ras el Kanais and Ras Bardan on its way from Abyssinia to the coast."
    assert not any(label == "PERSON" for _, label, _n in _ents(text))
    text = "The brigade camped near Ras Hilal, and Ras Hilal was shelled at dawn."
    assert not any(label == "PERSON" for _, label, _n in _ents(text))


# --- German corps by Roman numeral to XCIX, SS and glued heads (english_unit_forms); army groups by name
#     (english_german_designations_armies_of)

def test_german_roman_corps_with_l_numerals_ss_and_glued_heads():
    text = ("The XLVII Panzer Corps and the III SS Panzer Corps struck north, while the LIII Corps and the XXIV "
            "Panzerkorps held the river line.")
    assert _norm(text, "XLVII Panzer Corps", "MIL_UNIT")["numbers"] == [47]
    assert _norm(text, "III SS Panzer Corps", "MIL_UNIT")["numbers"] == [3]
    assert _norm(text, "LIII Corps", "MIL_UNIT")["numbers"] == [53]
    assert _norm(text, "XXIV Panzerkorps", "MIL_UNIT")["numbers"] == [24]


def test_no_corps_or_brigade_after_a_war_or_without_a_qualifier():
    text = "His World War II Corps memoirs mention the XV Brigade only once."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


def test_german_army_groups_by_english_name():
    text = "Army Group North fell back to Courland while Army Group E left Greece and Army Group Centre collapsed."
    for unit in ("Army Group North", "Army Group E", "Army Group Centre"):
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == "集团军群"


def test_spanish_italian_portuguese_unit_names_under_their_heads():
    text = ("The Regimiento Corrales and the Batallón Toledo held the wells; the Brigata Pinerolo and the Divisione "
            "Cuneo fell back, while the Tercio de Extranjeros and the 3rd Bandera landed near the 2nd Tabor and the Fourth Bandera.")
    for unit in ("Regimiento Corrales", "Batallón Toledo", "Brigata Pinerolo", "Divisione Cuneo",
                 "Tercio de Extranjeros", "3rd Bandera", "2nd Tabor", "Fourth Bandera"):
        assert _has(text, unit, "MIL_UNIT"), unit
    assert not _has(text, "Extranjeros", "PERSON")
    assert _norm(text, "Brigata Pinerolo", "MIL_UNIT")["echelon"] == "旅"


def test_company_heads_and_lower_case_tails_are_no_units():
    text = "The Compañía Trasatlántica sailed; the bandera flew; a Bandera waved over the town."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


# --- Arabic names with a hyphenated article (english_arabic_particle_names)

def test_arabic_names_with_hyphenated_articles_are_persons():
    text = ("Sheikh Hasan ad-Din al-Tamimi joined Kamal el-Haddad and Tariq Al-Masri, and Yusuf al-Rashidi Bey commanded the "
            "volunteers near the village.")
    assert _has(text, "Hasan ad-Din al-Tamimi", "PERSON")
    assert _has(text, "Kamal el-Haddad", "PERSON")
    assert _has(text, "Tariq Al-Masri", "PERSON")
    assert _has(text, "Yusuf al-Rashidi", "PERSON")
    assert not _has(text, "Sheikh Hasan ad-Din al-Tamimi", "PERSON")


def test_arabic_place_and_body_names_are_no_persons():
    text = ("The column passed Deir el-Ahmar and Khan al-Sultan, prayed at the Omar al-Faruq Mosque and met the "
            "Liwa al-Yarmuk near Ras el-Hadd.")
    assert not any(label == "PERSON" for _, label, _n in _ents(text))


# --- Indian battalions of 1903-22 by place or patron and class, pioneers (english_prose); Indian short titles only
#     after a cardinal and not before a capitalised word (english_battalion_short_titles)

def test_indian_class_battalions_with_a_place_or_patron_and_pioneers():
    text = ("The 19th Multan Sikhs, the 41st Hodson's Dogras and the 61st Pioneers reached the river, and the "
            "23rd Royal Sikh Pioneers bridged it.")
    for unit, n in (("19th Multan Sikhs", 19), ("41st Hodson's Dogras", 41), ("61st Pioneers", 61),
                    ("23rd Royal Sikh Pioneers", 23)):
        assert _norm(text, unit, "MIL_UNIT")["numbers"] == [n], unit
        assert _norm(text, unit, "MIL_UNIT")["echelon"] == "营"


def test_indian_short_titles_not_after_ordinals_or_before_capitals():
    text = "The 36th Sikh Pioneers and the 9th Sikh held; 4 Sikh Light Infantry came up."
    assert not _has(text, "36th Sikh", "MIL_UNIT")
    assert not _has(text, "9th Sikh", "MIL_UNIT")
    assert not _has(text, "4 Sikh", "MIL_UNIT")
