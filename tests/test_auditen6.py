"""Forms found by auditing fresh English pages on East Asian wars 1840-1979 (session 13, helper auditen6).
Own sentences; exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    r = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in r["entities"] if label is None or e["label"] == label]


def _one(text, span, label):
    r = extract_text(text, rules_only=True)
    hits = [e for e in r["entities"] if text[e["start"]:e["end"]] == span and e["label"] == label]
    assert hits, (span, label, _ents(text))
    return hits[0]


# ---- Wade-Giles with ê and ŭ (english_wade_giles_marks) ----
def test_wade_giles_circumflex_full_name_and_later_surname():
    text = "In 1862 Tsêng Kuo-fan moved his camp to the river. Two weeks later Tsêng wrote to the court."
    assert _ents(text, "PERSON") == [("Tsêng Kuo-fan", "PERSON"), ("Tsêng", "PERSON")]


def test_wade_giles_circumflex_in_both_parts_and_aspirate():
    text = "The column of Ch'ên Yi joined the troops of Chêng Ch'êng-kung near the coast."
    assert _ents(text, "PERSON") == [("Ch'ên Yi", "PERSON"), ("Chêng Ch'êng-kung", "PERSON")]


def test_wade_giles_circumflex_with_umlaut_given_name():
    text = "His brother Tsêng Kuo-ch'üan pressed the siege through the summer."
    assert _ents(text, "PERSON") == [("Tsêng Kuo-ch'üan", "PERSON")]


def test_vietnamese_circumflex_untouched():
    # Vietnamese words share ê: nothing is read plain next to letters only Vietnamese uses
    text = "General Lê Trọng Tấn crossed at Yên Bái, and the fête at Genève went on."
    names = _ents(text)
    assert ("Lê Trọng Tấn", "PERSON") in names and ("Yên Bái", "GPE") in names
    assert not any(span in ("Lê", "Yên") for span, _ in names)


# ---- old ordinals of despatches: 2d, 3d, 22d, 23d (english_numbers, english_book_forms) ----
def test_old_ordinal_day_after_weekday_takes_month_and_year():
    text = "The squadron left the bay on the 19th August, 1842, and did not reach the river until Tuesday the 23d."
    e = _one(text, "23d", "DATE")
    assert e["norm"]["value"] == "1842-08-23"


def test_old_ordinal_day_of_month():
    text = "On the 2d of June, 1857, the gunboats moved up the creek."
    e = _one(text, "2d of June, 1857", "DATE")
    assert e["norm"]["value"] == "1857-06-02"


def test_old_ordinal_not_a_date_without_month():
    text = "The 3d Marine Division and the 2d Battalion waited."
    assert _ents(text, "DATE") == []


# ---- elided French particles (english_burmese_indian_names) ----
def test_elided_particle_stays_in_name():
    text = "Colonel Henri de l'Orme and Admiral Jean d'Estaing met Captain Paul Lévêque de l'Aigle at the port."
    assert _ents(text, "PERSON") == [("Henri de l'Orme", "PERSON"), ("Jean d'Estaing", "PERSON"),
                                     ("Paul Lévêque de l'Aigle", "PERSON")]


def test_elided_particle_not_after_a_common_noun():
    text = "The army de l'Est was a French formation."
    assert not any("l'Est" in span and label == "PERSON" for span, label in _ents(text))


# ---- cardinal British sub-units with their arm (english_cardinal_units) ----
def test_cardinal_units_with_arm_words():
    text = ("The brigade had 41 Medium Machine Gun Company, 27 Mountain Battery, 316 Jungle Mortar Battery "
            "and 66 Para Field Ambulance under command.")
    assert _ents(text, "MIL_UNIT") == [("41 Medium Machine Gun Company", "MIL_UNIT"), ("27 Mountain Battery", "MIL_UNIT"),
                                       ("316 Jungle Mortar Battery", "MIL_UNIT"), ("66 Para Field Ambulance", "MIL_UNIT")]
    assert not _ents(text, "FAC")
    e = _one(text, "27 Mountain Battery", "MIL_UNIT")
    assert e["norm"]["numbers"] == [27] and e["norm"]["echelon"] == "连"


def test_cardinal_units_field_company_and_regiment():
    text = "Sappers of 12 Field Company and gunners of 9 Field Regiment built the bridge."
    assert _ents(text, "MIL_UNIT") == [("12 Field Company", "MIL_UNIT"), ("9 Field Regiment", "MIL_UNIT")]


def test_cardinal_plural_is_a_count_not_a_unit():
    text = "He had 3 Batteries and 12 Company men and paid $5 Field Company fees."
    assert _ents(text, "MIL_UNIT") == []


# ---- a lettered sub-unit has no number (normalize.english) ----
def test_lettered_company_has_no_roman_number():
    text = "C Company held the ridge while D Troop covered the ford."
    assert _one(text, "C Company", "MIL_UNIT")["norm"]["numbers"] == []
    assert _one(text, "D Troop", "MIL_UNIT")["norm"]["numbers"] == []


def test_roman_corps_keeps_its_number():
    text = "IV Corps and XV Corps held the plain."
    assert _one(text, "XV Corps", "MIL_UNIT")["norm"]["numbers"] == [15]


# ---- Vietnamese-spelled names by their head (english_headed_appositive_places) ----
def test_vietnamese_spelled_airbase_is_fac():
    text = "Troops were flown in from Phú Lợi Airbase and landed near Tân Phước."
    names = _ents(text)
    assert ("Phú Lợi Airbase", "FAC") in names and ("Tân Phước", "GPE") in names


# ---- a plural head shares coordinated places (english_event_forms) ----
def test_plural_battles_with_coordinated_places():
    text = "Both divisions fought in the Battles of Tarakan & Balikpapan and later in the battles of Lae, Salamaua and Finschhafen."
    events = _ents(text, "EVENT")
    assert ("Battles of Tarakan & Balikpapan", "EVENT") in events
    assert ("battles of Lae, Salamaua and Finschhafen", "EVENT") in events


def test_singular_battle_does_not_take_the_next_place():
    text = "The Battle of Lae and Salamaua town were far apart."
    assert ("Battle of Lae", "EVENT") in _ents(text, "EVENT")


# ---- bare counts before a passive of killing (english_numbers) ----
def test_bare_count_before_absolute_passive():
    text = "The town fell, some fifteen thousand being slaughtered in the streets."
    e = _one(text, "some fifteen thousand", "QUANTITY")
    assert e["norm"]["value"] == 15000 and e["norm"]["approx"] == "some" and e["norm"]["unit"] == ""


def test_bare_count_before_were_executed():
    text = "About four hundred were executed at the gate."
    assert _one(text, "About four hundred", "QUANTITY")["norm"]["value"] == 400


def test_no_count_of_a_year_before_passive():
    text = "In 1863 were executed the leaders of the revolt."
    assert _ents(text, "QUANTITY") == []


# ---- Vietnamese horned letters inside names (english.UP/LOW) ----
def test_event_name_with_horned_letters_is_whole():
    text = "The Battle of Cao Bằng Thượng followed the Battle of Sơn Tây."
    events = _ents(text, "EVENT")
    assert ("Battle of Cao Bằng Thượng", "EVENT") in events and ("Battle of Sơn Tây", "EVENT") in events


# ---- a word in -tai after a place context is no Japanese band (english_castle_harbour_era_forms) ----
def test_tai_word_after_village_of_is_no_unit():
    text = "The cavalry rode to the small village of Huangchitai before dawn."
    assert _ents(text, "MIL_UNIT") == []


def test_japanese_band_still_read_without_place_context():
    text = "The Sakaguchi Shitai and the Kawaguchitai landed on the coast."
    assert not any(span == "Kawaguchitai" and label != "MIL_UNIT" for span, label in _ents(text))


# ---- persons and places of the old books on China (english_romanised_forms) ----
def test_rank_before_capitals_name():
    text = "General FANG retreated, Colonel LIU held the gate and Admiral TSAO K'UEI-HSIN lost his junks."
    assert _ents(text, "PERSON") == [("FANG", "PERSON"), ("LIU", "PERSON"), ("TSAO K'UEI-HSIN", "PERSON")]


def test_rank_before_mixed_case_surname_and_capitals_given():
    text = "General Yü HSIAO-LIN came up with his men."
    assert _ents(text, "PERSON") == [("Yü HSIAO-LIN", "PERSON")]


def test_rank_before_acronym_is_no_person():
    text = "General HQ issued orders and Captain RN Smith and Colonel USMC staff agreed."
    assert not any(span in ("HQ", "RN", "USMC") for span, _ in _ents(text, "PERSON"))


def test_plural_rank_before_coordinated_surnames():
    text = "The columns were led by Generals Sakharov, Bilderling and Zarubaev, and Admirals Uriu and Dewa followed."
    assert _ents(text, "PERSON") == [("Sakharov", "PERSON"), ("Bilderling", "PERSON"), ("Zarubaev", "PERSON"),
                                     ("Uriu", "PERSON"), ("Dewa", "PERSON")]


def test_plural_rank_before_a_body_is_no_list():
    text = "Generals Staff and Council members met."
    assert _ents(text, "PERSON") == []


def test_hyphenated_romanised_shan_is_loc():
    text = "The rebels held Lung-wang Shan and the hill of Pei-t'a Shan."
    assert _ents(text) == [("Lung-wang Shan", "LOC"), ("Pei-t'a Shan", "LOC")]


def test_river_in_ho_after_the_and_lower_battle():
    text = "After the battle of the Tai-tzu-ho the corps crossed the Hun-ho in the snow."
    assert _ents(text) == [("battle of the Tai-tzu-ho", "EVENT"), ("Hun-ho", "LOC")]


def test_hyphenated_town_in_ho_without_the_is_not_made_a_river():
    text = "Troops entered Pai-ho and camped."
    assert ("Pai-ho", "LOC") not in _ents(text)


# ---- French colonial regiments in English (english_units) ----
def test_french_colonial_regiment_heads():
    text = "A battalion each from the 2nd and 4th Algerian Skirmishers landed, and the 3rd Tonkinese Tirailleurs followed."
    units = _ents(text, "MIL_UNIT")
    assert ("2nd and 4th Algerian Skirmishers", "MIL_UNIT") in units and ("3rd Tonkinese Tirailleurs", "MIL_UNIT") in units
    assert _one(text, "3rd Tonkinese Tirailleurs", "MIL_UNIT")["norm"]["echelon"] == "团"
    assert not _ents(text, "PERSON")


def test_lower_case_skirmishers_no_unit():
    text = "The skirmishers advanced through the paddy."
    assert _ents(text, "MIL_UNIT") == []


# ---- a joined pinyin given name has no vowel-initial second syllable (english.romanised_given) ----
def test_vietnamese_place_in_oa_is_no_chinese_name():
    text = "The column retreated to Thanh Hoa and then advanced on Hung Hoa."
    assert _ents(text, "PERSON") == []


def test_chinese_joined_given_name_still_read():
    text = "The division of Zhang Lingfu and the army of Li Mingrui met."
    persons = _ents(text, "PERSON")
    assert ("Zhang Lingfu", "PERSON") in persons and ("Li Mingrui", "PERSON") in persons


# ---- Mac/Mc before a capital inside names (english.CAP) ----
def test_operation_named_with_mac_prefix():
    text = "The brigade joined Operation MacKenzie and later Operation McDowell in the hills."
    events = _ents(text, "EVENT")
    assert ("Operation MacKenzie", "EVENT") in events and ("Operation McDowell", "EVENT") in events


def test_mac_prefix_needs_a_capital_after_it():
    text = "Operation Machete began at dawn."
    assert ("Operation Machete", "EVENT") in _ents(text, "EVENT")


# ---- a count before a verb of becoming (english_numbers) ----
def test_count_before_became_casualties_is_bare():
    text = "Of the 420 men who went up the slope, 215 became casualties."
    e = _one(text, "215", "QUANTITY")
    assert e["norm"]["value"] == 215 and e["norm"]["unit"] == ""
    assert not any("became" in span for span, _ in _ents(text))


# ---- the Vietnam War's abbreviations inside designations (english.NATION) ----
def test_vietnam_abbreviations_inside_lower_case_designations():
    text = "The 88th and 95th NVA infantry regiments and the 2nd NVA division attacked, and the 7th ARVN Division held."
    units = _ents(text, "MIL_UNIT")
    assert ("88th and 95th NVA infantry regiments", "MIL_UNIT") in units
    assert ("2nd NVA division", "MIL_UNIT") in units and ("7th ARVN Division", "MIL_UNIT") in units
    e = _one(text, "2nd NVA division", "MIL_UNIT")
    assert e["norm"]["numbers"] == [2] and e["norm"]["echelon"] == "师" and e["norm"]["side"] == "VN"


def test_lower_case_ordinal_regiment_without_abbreviation_is_unchanged():
    text = "He served in the 3rd and then the 5th infantry regiment."
    assert ("5th infantry regiment", "MIL_UNIT") in _ents(text, "MIL_UNIT")


# ---- a nicknamed person is on one line and opens with a given name (english_persons) ----
def test_nickname_does_not_join_a_heading_and_a_surname():
    text = ("General Harold Keller took the ridge.\nThe Japanese \"Iron Ring\"\n"
            "Keller did not know it, but the defenders had dug in.")
    persons = _ents(text, "PERSON")
    assert ("Harold Keller", "PERSON") in persons and ("Keller", "PERSON") in persons
    assert not any("Iron" in span for span, _ in persons)


def test_nicknamed_person_still_one_span():
    text = 'Colonel Walter "Iron Mike" Hensley led the regiment.'
    assert _ents(text, "PERSON") == [('Walter "Iron Mike" Hensley', "PERSON")]
