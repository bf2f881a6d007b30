"""English forms of the en10 precision audit (pipeline/rules/english_castle_harbour_era_forms.py and the small edits it came
with). Sentences written for these tests."""

from pipeline.rules.english import find_english


def spans(text):
    return [(c.start, c.end, c.label) for c in find_english(text)]


def labelled(text):
    return [(text[c.start:c.end], c.label) for c in find_english(text)]


def test_castle_temple_shrine_are_one_fac():
    text = "The rebels laid siege to Hiroshima Castle, then burned the Zojo-ji temple near Nara castle."
    got = labelled(text)
    assert ("Hiroshima Castle", "FAC") in got and ("Zojo-ji temple", "FAC") in got and ("Nara castle", "FAC") in got
    assert ("Hiroshima", "GPE") not in got and ("Nara", "GPE") not in got
    assert spans("Hiroshima Castle fell.")[0] == (0, 16, "FAC")


def test_castle_without_a_name_is_nothing():
    # 'a week' is a duration (english_article_durations, session 26); no castle is read
    assert labelled("After a week the castle surrendered; However Castle walls stood.") == [("a week", "QUANTITY")]


def test_harbour_and_anchorage_are_loc():
    text = "The squadron left Nagasaki Harbour for the Pine Tree Anchorage."
    assert labelled(text) == [("Nagasaki Harbour", "LOC"), ("Pine Tree Anchorage", "LOC")]


def test_era_year_is_a_date_with_its_year():
    text = "The arsenal opened in 1880 (Meiji 13) and closed in Taisho 4."
    got = [(text[c.start:c.end], c.label, c.norm.get("value")) for c in find_english(text)]
    assert ("Meiji 13", "DATE", "1880") in got and ("Taisho 4", "DATE", "1915") in got
    assert not any(label == "PERSON" for _, label, _ in got)


def test_era_year_out_of_range_is_not_a_date():
    assert not any(label == "DATE" for _, label in labelled("He ranked Taisho 40 in the list."))


def test_domain_is_gpe_and_shogunate_org():
    text = "The Hizen Domain sided against the Ashikaga shogunate."
    assert labelled(text) == [("Hizen Domain", "GPE"), ("Ashikaga shogunate", "ORG")]


def test_public_domain_is_nothing():
    assert labelled("The photograph is in the public domain.") == []


def test_ship_names_are_not_places_or_persons():
    text = "The cruiser Oregon and HMS Nevada met the steamer General Grant off Texas."
    got = labelled(text)
    assert ("Texas", "GPE") in got
    assert not any(t in ("Oregon", "Nevada", "Grant", "General Grant") for t, _ in got)


def test_rank_person_without_a_ship_word_stays():
    assert ("Grant", "PERSON") in labelled("General Grant took the town.")


def test_ambush_is_an_event_head():
    assert labelled("The Tam Ky Ambush opened the war.") == [("Tam Ky Ambush", "EVENT")]


def test_unknown_island_in_context_is_loc():
    got = labelled("They sailed toward Hakuro Island at dawn.")
    assert ("Hakuro Island", "LOC") in got


def dates(text):
    return [(text[c.start:c.end], c.norm.get("value")) for c in find_english(text) if c.label == "DATE"]


def test_short_months_without_a_dot_with_a_day_or_year():
    assert dates("The forts fell on Sept 9, 1860 and the treaty came in Oct, 1860.") == [
        ("Sept 9, 1860", "1860-09-09"), ("Oct, 1860", "1860-10")]
    assert dates("Troops left on 14 Aug 1900.") == [("14 Aug 1900", "1900-08-14")]


def test_short_month_alone_is_no_date():
    assert dates("The Mar and the Dec were two ships.") == []


def quantities(text):
    return [(text[c.start:c.end], c.norm.get("value"), c.norm.get("unit")) for c in find_english(text)
            if c.label == "QUANTITY"]


def test_hyphenated_measure_before_a_dimension_word():
    assert quantities("They held a four-mile-wide front below the 230-metre ridge.") == [
        ("four-mile", 4, "mile"), ("230-metre", 230, "metre")]
    assert quantities("A 9,000-man-strong column marched.") == [("9,000-man", 9000, "man")]


def test_hyphenated_measure_before_other_words_is_nothing():
    assert quantities("The 3-day-old truce broke.") == []


def test_lower_case_battle_of_an_unknown_place():
    assert labelled("After the battle of Tashihkiao, the corps fell back.") == [("battle of Tashihkiao", "EVENT")]


def test_lower_case_battle_of_a_possessive_is_no_event():
    assert not any(label == "EVENT" for _, label in labelled("It was the battle of Kodama's life."))


def test_elliptical_counts_take_the_number_alone():
    got = quantities("Two regiments came from the 9th Division and one from the 12th Division.")
    assert got == [("Two regiments", 2, "regiments"), ("one", 1, "")]
    got = quantities("Eight transports and five gunboats (three French) sailed.")
    assert got[-1] == ("three", 3, "")


def test_elliptical_count_needs_a_count_in_the_same_sentence():
    assert quantities("The river was wide. And one from the village swam it.") == []


def test_count_of_a_capitalised_corps_of_men():
    assert quantities("The garrison held some 900 Royal Marines and 1,500 Philippine Scouts.") == [
        ("some 900 Royal Marines", 900, "Royal Marines"), ("1,500 Philippine Scouts", 1500, "Philippine Scouts")]


def test_year_before_a_corps_noun_is_no_count():
    assert quantities("In 1944 Rangers landed.") == []


def test_count_with_coordinated_nationalities():
    assert quantities("They had 3,400 Thai and Burmese labourers.") == [
        ("3,400 Thai and Burmese labourers", 3400, "Thai and Burmese labourers")]


def test_chinese_surname_with_a_possessive_is_a_person():
    text = "Peng's columns struck while Yen's garrison waited."
    assert spans(text) == [(0, 4, "PERSON"), (28, 31, "PERSON")]


def test_dynasty_and_everyday_word_possessives_are_not_persons():
    assert labelled("The Ming's fall and the Tang's poets; He's late.") == []


def test_governments_and_courts_named_by_nation_or_regime():
    assert labelled("The Peiping Government protested to the Ch'ing court.") == [
        ("Peiping Government", "ORG"), ("Ch'ing court", "ORG")]
    assert spans("the Peiyang government fell") == [(4, 22, "ORG")]


def test_generic_governments_are_not_orgs():
    assert labelled("The Government met; the Korean government, the British government and the Supreme Court "
                    "agreed.") == []


def test_a_nations_government_with_its_capital_is_an_org():
    # session 22: every development gold holding one tags it (three annotators), as 法国政府 is ORG in Chinese
    assert labelled("Then the British Government sent a note; the Japanese Government refused.") == [
        ("British Government", "ORG"), ("Japanese Government", "ORG")]
    assert labelled("The Chinese Government protested, but the Chinese government gave way.") == [
        ("Chinese Government", "ORG")]


def test_lower_case_peninsula_is_part_of_the_name():
    assert labelled("They crossed the Kwanto peninsula.") == [("Kwanto peninsula", "LOC")]


def test_unknown_places_between():
    assert labelled("The line ran between Hsimucheng and Tashihchiao.") == [
        ("Hsimucheng", "GPE"), ("Tashihchiao", "GPE")]


def test_between_a_person_and_a_name_is_no_place():
    assert not any(label == "GPE" for _, label in labelled("The quarrel between Nogi and Kodama grew."))


def test_year_month_day_with_slashes():
    assert dates("The castle fell on 1877/9/24 after a siege.") == [("1877/9/24", "1877-09-24")]


def test_second_day_of_a_coordinated_pair_takes_the_month():
    assert dates("In June 1904 the corps waited. On the 14th and 15th the attack failed.") == [
        ("June 1904", "1904-06"), ("14th", "1904-06-14"), ("15th", "1904-06-15")]


def test_coordinated_ordinals_before_an_echelon_are_no_dates():
    assert dates("On the 14th and 15th Divisions fell the blow.") == []


def test_commissioner_before_a_place_shaped_name_is_a_person():
    assert labelled("Imperial Commissioner Qishan signed.") == [("Qishan", "PERSON")]


def test_context_place_follows_the_documents_island():
    text = "The Marines landed at Tarokuma. Tarokuma Island was taken."
    assert spans(text) == [(22, 30, "LOC"), (32, 47, "LOC")]


def test_pacts_named_by_their_place_are_events():
    assert labelled("The Convention of Kanagawa and the Kanghwa Accord opened the ports.") == [
        ("Convention of Kanagawa", "EVENT"), ("Kanghwa Accord", "EVENT")]


def test_pacts_named_by_a_common_word_are_nothing():
    assert labelled("They signed the Treaty of Friendship.") == []


def test_japanese_names_with_doubled_consonants():
    assert labelled("The retainer Ogasawara Tesshu met Hattori Kenzo.") == [
        ("Ogasawara Tesshu", "PERSON"), ("Hattori Kenzo", "PERSON")]
    assert labelled("the Russian Federation") != [("Russian Federation", "PERSON")]


def test_japanese_bands_are_named_forces():
    text = "The Hokuetsu Kiheitai and the Yugekitai held the pass."
    assert spans(text) == [(4, 21, "MIL_UNIT"), (30, 39, "MIL_UNIT")]
    assert labelled("The Thai and the Tai were neighbours.") == []


def test_family_name_before_clan_is_no_person():
    text = "Tokugawa Yoshinobu resigned, but the Tokugawa clan still ruled."
    assert labelled(text) == [("Tokugawa Yoshinobu", "PERSON")]
