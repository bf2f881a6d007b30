"""s25en (session 25): regiments with a bracketed title and bare line numbers (english_line_regiment_titles), given
names alone (english_lone_given_names), war-diary names and unit headquarters (english_war_diary_names), places by
bearing, routes by their ends and war-diary capitals (english_war_diary_places), romanised three-syllable places after
`at`/`near`/`between`/`from` (english_dispatch_forms), `early in`/`late in` a month (english_numbers).
Sentences written for these tests; the names are made up or other than the audited pages'."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- regiments with a bracketed title and a head (english_line_regiment_titles)

def test_numbered_regiment_with_bracketed_title_is_one_unit():
    text = "In 1858 the 73rd (Perthshire) Regiment sailed for Bombay."
    assert _has(text, "73rd (Perthshire) Regiment", "MIL_UNIT")
    assert not _has(text, "Perthshire", "GPE")
    norm = _norm(text, "73rd (Perthshire) Regiment", "MIL_UNIT")
    assert norm["numbers"] == [73] and norm["echelon"] == "团"
    text = "the 41st (Welch) Royal Regiment marched out"
    assert _has(text, "41st (Welch) Royal Regiment", "MIL_UNIT")


def test_patron_regiment_with_bracketed_title_is_one_unit_without_article():
    text = "The King's (Shropshire) Regiment relieved The Queen's Own (Royal Kent) Regiment of Foot at noon."
    assert _has(text, "King's (Shropshire) Regiment", "MIL_UNIT")
    assert _has(text, "Queen's Own (Royal Kent) Regiment of Foot", "MIL_UNIT")
    assert not _has(text, "The King's (Shropshire) Regiment", "MIL_UNIT")


def test_bracket_without_regiment_head_is_not_read_here():
    text = "The report (Appendix B) Regimental notes follow."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


# --- bare line numbers (english_line_regiment_titles)

def test_bare_line_number_after_the_is_a_regiment():
    text = "The 58th and the 74th carried the breach; the 58th's colour was hit. The 83rd, which had landed, waited."
    for unit in ("58th", "74th", "83rd"):
        assert _has(text, unit, "MIL_UNIT")
    assert _norm(text, "74th", "MIL_UNIT")["numbers"] == [74]


def test_bare_number_takes_the_echelon_its_head_gives_elsewhere():
    text = "The 36th Division crossed the river. Two days later the 36th advanced on the town."
    assert _norm(text, "36th", "MIL_UNIT")["echelon"] == "师"


def test_days_nouns_and_capitals_are_not_line_numbers():
    text = "He wrote on the 14th, as the 50th anniversary neared; the 38th Parallel and the 45th parallel were lines."
    assert not _has(text, "14th", "MIL_UNIT")
    assert not _has(text, "50th", "MIL_UNIT")
    assert not _has(text, "45th", "MIL_UNIT")


# --- given names alone (english_lone_given_names)

def test_given_name_alone_before_a_verb_is_a_person():
    text = "We reached the bungalow at six. Harold joined us for dinner, and Edith and I walked to the river."
    assert _has(text, "Harold", "PERSON") and _has(text, "Edith", "PERSON")
    text = "The shots were heard at dawn; not only had Percy been wounded, but the cook too."
    assert _has(text, "Percy", "PERSON")


def test_given_name_after_a_capital_an_article_or_as_a_place_is_not_read():
    text = "The ship put in at Port Albert. The Florence was sunk. Sydney was shelled in May. In August heavy rain fell."
    assert not _has(text, "Albert", "PERSON")
    assert not _has(text, "Florence", "PERSON")
    assert not _has(text, "Sydney", "PERSON")
    assert not _has(text, "August", "PERSON")


# --- war-diary names and headquarters (english_war_diary_names)

def test_ranked_initials_and_caps_surname_is_a_person():
    text = "Capt R.T. HOLLIS rejoined from leave. Lieut.-Col. G. TREMAYNE, O.B.E. took command; Major A. V. KERSHAW left."
    for name in ("R.T. HOLLIS", "G. TREMAYNE", "A. V. KERSHAW"):
        assert _has(text, name, "PERSON")
    assert not _has(text, "Capt R.T. HOLLIS", "PERSON")


def test_listed_diary_names_and_burmese_names_without_initials():
    text = "Officers: LT COL P.J. DANBY[1], Capts H.M. ROWE[2], J TURNBULL, TUN SHEIN[3]."
    for name in ("P.J. DANBY", "H.M. ROWE", "J TURNBULL", "TUN SHEIN"):
        assert _has(text, name, "PERSON")


def test_army_abbreviations_after_a_rank_are_no_names():
    text = "Major HQ STAFF met at noon; Capt OC BN reported."
    assert not any(label == "PERSON" for _, label, _n in _ents(text))


def test_unit_with_headquarters_word_is_one_unit():
    text = "He reported to Twelfth Army Headquarters and then to 23rd Division HQ."
    assert _has(text, "Twelfth Army Headquarters", "MIL_UNIT")
    assert _has(text, "23rd Division HQ", "MIL_UNIT")
    text = "The 4th Battalion Headquarters Company dug in."
    assert not _has(text, "4th Battalion Headquarters", "MIL_UNIT")


# --- places by bearing, routes by ends, diary capitals (english_war_diary_places)

def test_place_by_distance_and_bearing_is_a_gpe():
    text = "The patrol halted 6 miles S.E. of NAMKYAUNG and later 3 miles north-west of Pyinmabin."
    assert _has(text, "NAMKYAUNG", "GPE") and _has(text, "Pyinmabin", "GPE")


def test_bearing_before_an_article_or_a_landform_is_not_a_gpe():
    text = "We camped 2 miles south of the river and 4 miles west of Hill 305."
    assert not _has(text, "Hill 305", "GPE")


def test_route_named_by_its_two_ends_is_a_fac():
    text = "The column held the MOGOKE-SINGU road and the Pantha-Kaduma track."
    assert _has(text, "MOGOKE-SINGU road", "FAC") and _has(text, "Pantha-Kaduma track", "FAC")
    assert not _has(text, "MOGOKE", "GPE")


def test_diary_capitals_after_a_verb_of_station_is_a_gpe():
    text = "Bn was stationed in PYAWBWE and proceeded to KYAUKMYAUNG; HQ moved to BHQ."
    assert _has(text, "PYAWBWE", "GPE") and _has(text, "KYAUKMYAUNG", "GPE")
    assert not _has(text, "BHQ", "GPE")


# --- romanised places of three syllables (english_dispatch_forms)

def test_romanised_three_syllable_place_after_at_between_and_from():
    text = "The marines landed at Lao Shan-wan and the line between Tung Sha Kou and Hsi Ma Tien was cut."
    for place in ("Lao Shan-wan", "Tung Sha Kou", "Hsi Ma Tien"):
        assert _has(text, place, "GPE")
    text = "The rebels retreated from Mao Chia-tun at night."
    assert _has(text, "Mao Chia-tun", "GPE")


def test_romanised_name_after_a_letter_from_or_a_look_at_stays_a_person():
    text = "A letter from Li Wen-ping arrived; the crowd stared at Chang Kuo-hsin."
    assert not _has(text, "Li Wen-ping", "GPE")
    assert not _has(text, "Chang Kuo-hsin", "GPE")


# --- early/late in a month (english_numbers)

def test_early_or_late_in_a_month_is_one_date():
    text = "Early in March, 1857, the fleet sailed; late in June it returned."
    assert _has(text, "Early in March, 1857", "DATE")
    assert _norm(text, "Early in March, 1857", "DATE") == {"value": "1857-03", "mod": "START"}
    assert _has(text, "late in June", "DATE")
    assert _norm(text, "late in June", "DATE")["mod"] == "END"


# --- ships named after people or places (english_vessels_styles_partners)

def test_ship_after_on_board_or_a_ship_word_holds_no_names():
    text = "Mr. Hart took passage on board the ill-fated Admiral Corlett in 1871."
    assert not _has(text, "Corlett", "PERSON") and _has(text, "1871", "DATE")
    text = "He sailed in the troopship Brandon from Bombay, then aboard the Empress of Ceylon."
    assert not _has(text, "Ceylon", "GPE") and not _has(text, "Brandon", "GPE")
    assert _has(text, "Bombay", "GPE")


def test_going_aboard_at_a_place_keeps_the_place():
    text = "General Lowe went aboard at Chefoo."
    assert _has(text, "Chefoo", "GPE")


def test_numbered_battalion_or_company_with_bracketed_title_is_one_unit():
    text = "The 9th (Rangoon Police) Battalion and the 4th (Canterbury) Company joined the column."
    assert _has(text, "9th (Rangoon Police) Battalion", "MIL_UNIT")
    assert _norm(text, "9th (Rangoon Police) Battalion", "MIL_UNIT")["echelon"] == "营"
    assert _norm(text, "4th (Canterbury) Company", "MIL_UNIT")["echelon"] == "连"
