"""Session 14 audit (auditen9) of English unit histories and battle pages: Irish and Norman surname prefixes, the
division abbreviated without a full stop, side adjectives before a lower-case event head, the IJA's area armies by
region, a force's head before 'and' in an organisation's name, bracketed titles of British battalions,
Commonwealth formations by a cardinal, and the British full title `1st Battalion The <Regiment>`.
Sentences written for these tests."""

from pipeline.rules.english import find_english


def ents(text, label=None):
    return [(text[c.start:c.end], c.label) for c in find_english(text) if label is None or c.label == label]


def norm_of(text, part):
    for c in find_english(text):
        if text[c.start:c.end] == part:
            return c.norm
    raise AssertionError(part)


def test_d_prefixed_surnames_after_a_rank_or_initials():
    text = "Command passed to Major K.P. D'Souza and later to Lt. Colonel A.J. D'Abreu-Hall; Captain Peter D'Cruz stayed."
    assert ents(text, "PERSON") == [("K.P. D'Souza", "PERSON"), ("A.J. D'Abreu-Hall", "PERSON"),
                                    ("Peter D'Cruz", "PERSON")]


def test_d_prefix_does_not_make_a_person_of_a_plain_word():
    text = "D'you know the road to the river? The column marched at dawn."
    assert ents(text, "PERSON") == []


def test_division_without_its_full_stop():
    text = "The 19th Indian Div crossed first; the Japanese 54th and 55th Divs fell back while the 2nd Div waited."
    units = ents(text, "MIL_UNIT")
    assert units == [("19th Indian Div", "MIL_UNIT"), ("54th and 55th Divs", "MIL_UNIT"), ("2nd Div", "MIL_UNIT")]
    assert norm_of(text, "19th Indian Div")["echelon"] == "师"
    assert norm_of(text, "19th Indian Div")["side"] == "UK"
    assert norm_of(text, "54th and 55th Divs")["numbers"] == [54, 55]
    assert norm_of(text, "54th and 55th Divs")["echelon"] == "师团"


def test_div_as_a_word_is_no_unit():
    text = "A Div HQ signal came, and the divisional staff split the work."
    assert ents(text, "MIL_UNIT") == []


def test_side_adjective_before_a_lower_case_head_is_no_event():
    text = "The South Vietnamese raid failed, and the Chinese and North Korean offensive stalled near the river."
    assert ents(text, "EVENT") == []


def test_named_happenings_before_lower_case_heads_stay_events():
    text = "The Kanto earthquake came before the Tangshan famine and the Wuchang uprising."
    assert ents(text, "EVENT") == [("Kanto earthquake", "EVENT"), ("Tangshan famine", "EVENT"),
                                   ("Wuchang uprising", "EVENT")]


def test_area_armies_by_region():
    text = "Staff of the Japanese Northern Area Army met officers of the Korea Area Army and the Southern Area Army."
    assert ents(text, "MIL_UNIT") == [("Northern Area Army", "MIL_UNIT"), ("Korea Area Army", "MIL_UNIT"),
                                      ("Southern Area Army", "MIL_UNIT")]
    norm = norm_of(text, "Korea Area Army")
    assert norm["echelon"] == "方面军" and norm["side"] == "JP" and norm["numbers"] == []


def test_area_army_without_a_region_is_no_unit():
    text = "Its Area Army staff met the Area Army commander; the Entire Area Army was tired."
    assert ents(text, "MIL_UNIT") == []


def test_force_head_before_and_ends_the_force():
    text = "The Tenasserim Rifles and Moulmein Harbour Police were raised in 1941."
    assert ("Moulmein Harbour Police", "ORG") in ents(text)
    assert ("Tenasserim Rifles", "MIL_UNIT") in ents(text)


def test_and_between_two_names_of_one_firm_stays():
    text = "Clerks of the Jardine and Matheson Company met the Peking Club."
    assert ents(text, "ORG") == [("Jardine and Matheson Company", "ORG"), ("Peking Club", "ORG")]


def test_bracketed_titles_of_battalions():
    text = "The 9th (Rangoon Police) Battalion and the 6th (Highland) Parachute Battalion joined the 3rd (Kohat) Brigade."
    assert ents(text, "MIL_UNIT") == [("9th (Rangoon Police) Battalion", "MIL_UNIT"),
                                      ("6th (Highland) Parachute Battalion", "MIL_UNIT"),
                                      ("3rd (Kohat) Brigade", "MIL_UNIT")]
    assert norm_of(text, "9th (Rangoon Police) Battalion")["numbers"] == [9]
    assert norm_of(text, "9th (Rangoon Police) Battalion")["echelon"] == "营"


def test_brackets_holding_a_sentence_word_are_no_title():
    text = "He joined the 3rd (in the Battalion) and the 4th (The Army) Division later."
    assert ("4th (The Army) Division", "MIL_UNIT") not in ents(text)
    assert all("(" not in span for span, _ in ents(text, "MIL_UNIT"))


def test_commonwealth_formations_by_a_cardinal():
    text = "In 1952 the 28 Commonwealth Infantry Brigade relieved 26 British Commonwealth Brigade and 6 West African Brigade."
    assert ents(text, "MIL_UNIT") == [("28 Commonwealth Infantry Brigade", "MIL_UNIT"),
                                      ("26 British Commonwealth Brigade", "MIL_UNIT"),
                                      ("6 West African Brigade", "MIL_UNIT")]
    assert norm_of(text, "26 British Commonwealth Brigade")["numbers"] == [26]
    assert norm_of(text, "26 British Commonwealth Brigade")["echelon"] == "旅"


def test_plural_after_a_cardinal_stays_a_count():
    text = "Then 3 Commonwealth Brigades and 2 British Battalions arrived."
    assert ents(text, "MIL_UNIT") == []


def test_british_full_title_of_a_battalion():
    text = "The 2nd Battalion The Royal Leicestershire Regiment relieved the 1st Battalion The King's Own Scottish Borderers."
    assert ents(text, "MIL_UNIT")[0] == ("2nd Battalion The Royal Leicestershire Regiment", "MIL_UNIT")
    norm = norm_of(text, "2nd Battalion The Royal Leicestershire Regiment")
    assert norm["echelon"] == "营" and norm["numbers"] == [2]


def test_lower_case_the_after_a_battalion_is_no_title():
    text = "The 4th Battalion the next day marched to the Kabaw Valley."
    assert ("4th Battalion", "MIL_UNIT") in ents(text)
    assert all(not span.startswith("4th Battalion the") for span, _ in ents(text))


def test_lettered_sub_units_before_one_plural():
    text = "Men of A, B and D Companies met C and D Squadrons, while Able and Baker Companies and B and C Coys waited."
    assert ents(text, "MIL_UNIT") == [("A, B and D Companies", "MIL_UNIT"), ("C and D Squadrons", "MIL_UNIT"),
                                      ("Able and Baker Companies", "MIL_UNIT"), ("B and C Coys", "MIL_UNIT")]
    assert norm_of(text, "A, B and D Companies") ["echelon"] == "连"
    assert norm_of(text, "A, B and D Companies")["numbers"] == []
    assert norm_of(text, "B and C Coys")["numbers"] == [] and norm_of(text, "B and C Coys")["echelon"] == "连"
    assert norm_of(text, "C and D Squadrons")["echelon"] == "中队"


def test_counted_companies_are_no_lettered_list():
    text = "Then 3 Companies and two Squadrons came up; he and I Companies' clerks talked."
    assert ents(text, "MIL_UNIT") == []


def test_lettered_company_with_coy():
    text = "B Coy held the spur and Dog Coy the ford."
    assert ents(text, "MIL_UNIT") == [("B Coy", "MIL_UNIT"), ("Dog Coy", "MIL_UNIT")]
    assert norm_of(text, "B Coy")["echelon"] == "连"


def test_coy_as_a_word_is_no_unit():
    text = "She gave a coy smile; the Coy family lived in Hull."
    assert ents(text, "MIL_UNIT") == []


def test_regiments_of_foot():
    text = ("The 67th (South Hampshire) Regiment of Foot and the 31st Regiment of Foot stormed the forts, with the "
            "99th (Duke of Edinburgh's) Regiment of Foot behind.")
    assert ents(text, "MIL_UNIT") == [("67th (South Hampshire) Regiment of Foot", "MIL_UNIT"),
                                      ("31st Regiment of Foot", "MIL_UNIT"),
                                      ("99th (Duke of Edinburgh's) Regiment of Foot", "MIL_UNIT")]
    norm = norm_of(text, "67th (South Hampshire) Regiment of Foot")
    assert norm["numbers"] == [67] and norm["echelon"] == "团"


def test_foot_without_regiment_is_no_unit():
    text = "The 67th mile of foot travel ended at the Regiment's depot."
    assert ents(text, "MIL_UNIT") == []


def test_indian_battalions_by_number_and_plural_name():
    text = "The 7/10 Punjabs and 2/19 Hyderabads fell back."
    assert ents(text, "MIL_UNIT") == [("7/10 Punjabs", "MIL_UNIT"), ("2/19 Hyderabads", "MIL_UNIT")]
    assert norm_of(text, "7/10 Punjabs")["numbers"] == [7, 10]


def test_fraction_before_a_plural_of_no_regiment_is_no_battalion():
    text = "About 3/4 Indians and 1/2 Punjabis' wives were on leave; 2/3 Hyderabad men stayed."
    assert ents(text, "MIL_UNIT") == [("1/2 Punjabis", "MIL_UNIT")]


def test_malay_villages():
    text = "The patrol reached Kampong Gajah and later Kampung Tanjong Rambutan before dawn."
    assert ents(text, "GPE") == [("Kampong Gajah", "GPE"), ("Kampung Tanjong Rambutan", "GPE")]


def test_structure_after_a_malay_village_is_no_village():
    text = "They blocked Kampong Bharu Road and held Kampong Java Station."
    assert ents(text, "GPE") == []


def test_fixed_feast_days_with_a_year():
    text = "The garrison fell on Christmas Day, 1943; the raid came on Boxing Day 1944 and New Year's Eve, 1944."
    dates = [(text[c.start:c.end], c.norm.get("value")) for c in find_english(text) if c.label == "DATE"]
    assert dates == [("Christmas Day, 1943", "1943-12-25"), ("Boxing Day 1944", "1944-12-26"),
                     ("New Year's Eve, 1944", "1944-12-31")]


def test_movable_feast_with_only_a_year_takes_its_day():
    # session 29 (s29enunit): the day of the Gregorian Easter of that year (was the year alone, '1945')
    text = "They attacked on Easter Sunday, 1945 and again in May."
    dates = [(text[c.start:c.end], c.norm.get("value")) for c in find_english(text) if c.label == "DATE"]
    assert dates[0][1] == "1945-04-01"


def test_tilde_distance_ends_before_an_adverb_of_place():
    text = "The outpost stood ~800 yards away and the ridge ran ~4 miles long."
    quantities = [(text[c.start:c.end], c.norm.get("unit")) for c in find_english(text) if c.label == "QUANTITY"]
    assert quantities == [("~800 yards", "yards"), ("~4 miles", "miles")]


def test_tilde_count_keeps_its_counted_noun():
    text = "They lost ~300 infantry rifles and ~40 tanks."
    quantities = [(text[c.start:c.end], c.norm.get("unit")) for c in find_english(text) if c.label == "QUANTITY"]
    assert quantities == [("~300 infantry rifles", "infantry rifles"), ("~40 tanks", "tanks")]


def test_lower_case_battle_for_a_height():
    text = "The battle for Pork Hill lasted a week; the battle for Bloody Ridge and the battle for Nungshigum Pass followed."
    assert ents(text, "EVENT") == [("battle for Pork Hill", "EVENT"), ("battle for Bloody Ridge", "EVENT"),
                                   ("battle for Nungshigum Pass", "EVENT")]


def test_battle_for_a_province_or_a_thing_is_no_event():
    text = ("The battle for Hunan, the battle for Control of the skies and the battle for the tunnels at Maungdaw "
            "were long.")
    assert ents(text, "EVENT") == []
    assert ("Hunan", "GPE") in ents(text)


def test_plus_after_a_count_of_a_corps():
    text = "Led by 6,000+ Marines and 300+ Rangers, the force landed."
    quantities = [(text[c.start:c.end], c.norm.get("approx"), c.norm.get("unit"))
                  for c in find_english(text) if c.label == "QUANTITY"]
    assert quantities == [("6,000+ Marines", "over", "Marines"), ("300+ Rangers", "over", "Rangers")]


def test_year_before_a_corps_is_no_count():
    text = "In 1944+ Marines was a misprint; the 1945 Marines reunion met."
    assert [c for c in find_english(text) if c.label == "QUANTITY"] == []


def test_victorian_ordinals_with_a_stop():
    text = "The 55th., 98th., and 99th. regiments landed on the 16th. of June, 1842, and the 37th. regiment followed."
    units = [(text[c.start:c.end], c.norm.get("numbers")) for c in find_english(text) if c.label == "MIL_UNIT"]
    assert units == [("55th., 98th., and 99th. regiments", [55, 98, 99]), ("37th. regiment", [37])]
    dates = [(text[c.start:c.end], c.norm.get("value")) for c in find_english(text) if c.label == "DATE"]
    assert dates == [("16th. of June, 1842", "1842-06-16")]


def test_ordinal_stop_ending_a_sentence_stays_a_stop():
    text = "They crossed on the 18th. Regiments of the line then marched to the river."
    assert ents(text, "MIL_UNIT") == []
