"""English text nobody fitted to (issue 8, real-dev3-en): the other side's designations (Red Army fronts,
the Korean War's CCF/PVA/ROK abbreviations, Roman ordinals, British cardinals of army groups), named units
and flotillas, Korean places, weekday dates and 'June of 1944', pinyin glosses of battle names, coordinated
event names, place suffixes (Gap, Reservoir, fortress). Sentences written for these tests."""

import pytest

from sentences import at, extracted, found


# ----------------------------------------------------------------------------- DATE
@pytest.mark.parametrize("text,span,value", [
    ("The ferry left on Tuesday, 14 March, in heavy rain.", "Tuesday, 14 March", "XXXX-03-14"),
    ("It was Friday, June 2, 1944 when the bridge fell.", "Friday, June 2, 1944", "1944-06-02"),
    ("Orders came on Wednesday 3 May 1939 at noon.", "Wednesday 3 May 1939", "1939-05-03"),
])
def test_a_day_of_the_week_belongs_to_the_date(text, span, value):
    assert found(text, "DATE") == [at(text, span, "DATE")]
    assert [(s, e, n) for s, e, _, n in extracted(text, "DATE")] == [(*at(text, span, "DATE")[:2], {"value": value})]


def test_a_weekday_alone_is_no_date():
    assert found("On Saturday the rain stopped.", "DATE") == []


def test_month_of_year_is_one_date():
    text = "The depot was built from March of 1938 through May of 1940."
    assert found(text, "DATE") == [at(text, "March of 1938", "DATE"), at(text, "May of 1940", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["1938-03", "1940-05"]


# ----------------------------------------------------------------------------- MIL_UNIT
@pytest.mark.parametrize("text,span,numbers,echelon,prefix", [
    ("Marshal Li of the Chinese army sent the XIVth Army Group north.", "XIVth Army Group", [14], "集团军", ""),
    ("The Chinese IVth Corps held the ford.", "IVth Corps", [4], "军", ""),
    ("The Chinese 12 Army Group had left the port.", "12 Army Group", [12], "集团军", ""),
    ("Scouts met the 38th CCF Army near the lake.", "38th CCF Army", [38], "军", ""),
    ("Scouts met the 115th CCF Division near the lake.", "115th CCF Division", [115], "师", ""),
    ("The 13th CCF Army Group crossed the Yalu.", "13th CCF Army Group", [13], "兵团", ""),
    ("Two weeks later the 6th ROK Division withdrew.", "6th ROK Division", [6], "师", ""),
    ("On 9 August the 3rd Belorussian Front stood idle.", "3rd Belorussian Front", [3], "方面军", ""),
    ("In the east the 1st Red Banner Army crossed the border.", "1st Red Banner Army", [1], "集团军", "红旗"),
    ("In the west the 6th Guards Tank Army crossed the hills.", "6th Guards Tank Army", [6], "集团军", "近卫坦克"),
])
def test_designations_of_the_other_side(text, span, numbers, echelon, prefix):
    assert at(text, span, "MIL_UNIT") in found(text, "MIL_UNIT")
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == span)
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == (numbers, echelon, prefix)


@pytest.mark.parametrize("text,span,echelon,prefix", [
    ("The Transbaikal Front reached the pass.", "Transbaikal Front", "方面军", ""),
    ("Boats of the Ussuri River Flotilla landed troops.", "Ussuri River Flotilla", "舰队", ""),
    ("The Primorsky Operational Group waited.", "Primorsky Operational Group", "集群", ""),
    ("Then the Kawaguchi Tank Unit turned east.", "Kawaguchi Tank Unit", "部队", "战车"),
    ("The order reached the Mainland Brigade at dusk.", "Mainland Brigade", "旅", ""),
    ("He moved into his Island Brigade Headquarters at dusk.", "Island Brigade Headquarters", "旅", ""),
    ("Near the ford the North China Field Army halted.", "North China Field Army", "野战军", ""),
])
def test_named_formations(text, span, echelon, prefix):
    assert at(text, span, "MIL_UNIT") in found(text, "MIL_UNIT")
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == span)
    assert (norm["echelon"], norm["prefix"]) == (echelon, prefix)


def test_an_armed_service_before_its_formation_is_one_span():
    text = "Belligerents\nPeople's Liberation Army East China Field Army\nCommanders"
    assert found(text, "MIL_UNIT") == [at(text, "People's Liberation Army East China Field Army", "MIL_UNIT")]


def test_a_column_with_its_field_army_after_a_comma():
    text = "He struck the 9th Column, ECFA, at dawn."
    assert found(text, "MIL_UNIT") == [at(text, "9th Column, ECFA", "MIL_UNIT")]
    assert [(n["numbers"], n["echelon"]) for *_, n in extracted(text, "MIL_UNIT")] == [([9], "纵队")]


def test_counts_of_different_arms_are_not_a_unit_and_its_parent():
    text = "Strength\n80,000 troops, 1 Engineer Regiment, 1 Cavalry Brigade, 40 tanks"
    assert at(text, "1 Engineer Regiment, 1 Cavalry Brigade", "MIL_UNIT") not in found(text)
    assert at(text, "1 Engineer Regiment", "QUANTITY") in found(text)


def test_a_named_command_after_places_joined_by_dashes():
    text = "The Shaanxi–Gansu–Ningxia Border Region Defence Command sent a column."
    assert found(text, "MIL_UNIT") == [at(text, "Shaanxi–Gansu–Ningxia Border Region Defence Command", "MIL_UNIT")]


def test_an_allied_army_group_stays_an_army_group():
    text = "The Allied 21st Army Group under Montgomery crossed the Rhine; Chinese observers watched."
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == "21st Army Group")
    assert norm["echelon"] == "集团军群"


def test_generic_brigades_stay_untagged():
    assert found("They joined the Infantry Brigade and the Artillery Division.", "MIL_UNIT") == []


# ----------------------------------------------------------------------------- places
@pytest.mark.parametrize("text,span,label", [
    ("The convoy sailed from Hungnam at dawn.", "Hungnam", "GPE"),
    ("Refugees crowded the docks of Chinnampo.", "Chinnampo", "GPE"),
    ("The front ran south of Kaesong.", "Kaesong", "GPE"),
    ("Ships anchored off Taegu, then Pusan.", "Pusan", "GPE"),
    ("The line held at the Kaiping Gap for a week.", "Kaiping Gap", "LOC"),
    ("The marines dug in around the Fusen Reservoir in the snow.", "Fusen Reservoir", "LOC"),
    ("They stormed the Bocca Tigris fortress from the land side.", "Bocca Tigris fortress", "FAC"),
    # (a lower-case compass adjective is outside the place: english_span_edges, docs/annotation-guidelines.md)
    ("Raids reached northern Manchukuo in the autumn.", "Manchukuo", "GPE"),
])
def test_places(text, span, label):
    assert at(text, span, label) in found(text)


def test_a_possessive_before_a_lower_case_road_is_no_name():
    assert found("They cut the Island's road network in two places.", "FAC") == []


def test_field_army_is_no_airfield():
    text = "The Northeast Field Army took the city."
    assert found(text) == [at(text, "Northeast Field Army", "MIL_UNIT")]


# ----------------------------------------------------------------------------- EVENT / ORG / PERSON
def test_pinyin_gloss_of_a_battle_name():
    text = "The Battle of Wanjialing (simplified Chinese: 万家岭战役; pinyin: Wànjiālǐng Zhànyì) was a victory."
    assert at(text, "Wànjiālǐng Zhànyì", "EVENT") in found(text, "EVENT")


def test_pinyin_gloss_of_a_place_is_no_event():
    assert found("The town (pinyin: Wànjiālǐng) lies north.", "EVENT") == []


def test_names_coordinated_before_a_plural_head():
    text = "After the Tehran and Yalta Conferences the plan changed."
    assert found(text, "EVENT") == [at(text, "Tehran and Yalta Conferences", "EVENT")]


def test_lower_case_incident_after_a_known_place():
    text = "The Mukden incident began the war."
    assert at(text, "Mukden incident", "EVENT") in found(text)


def test_nationalist_government_lower_case():
    text = "Envoys of the Nationalist government arrived."
    assert found(text, "ORG") == [at(text, "Nationalist government", "ORG")]


def test_british_brigadier_is_a_rank():
    text = "Brigadier Wallis held the ridge."
    assert found(text, "PERSON") == [at(text, "Wallis", "PERSON")]


def test_wade_giles_given_name_with_a_capital_after_the_hyphen():
    text = "Talks with Chiang Kai-Shek went on."
    assert found(text, "PERSON") == [at(text, "Chiang Kai-Shek", "PERSON")]


# ----------------------------------------------------------------------------- QUANTITY
@pytest.mark.parametrize("text,span,value,unit", [
    ("The regiment had three ROK battalions in line.", "three ROK battalions", 3, "ROK battalions"),
    ("Harbour patrol: four PT boats and a tug.", "four PT boats", 4, "PT boats"),
    ("Reinforcements: two Canadian companies arrived.", "two Canadian companies", 2, "Canadian companies"),
])
def test_counts_with_an_abbreviation_or_nationality(text, span, value, unit):
    assert at(text, span, "QUANTITY") in found(text, "QUANTITY")
    norm = next(n for s, e, _, n in extracted(text, "QUANTITY") if text[s:e] == span)
    assert (norm["value"], norm["unit"]) == (value, unit)


def test_a_month_abbreviation_is_no_modifier_of_a_count():
    text = "On 6 APR supporting elements moved up."
    assert at(text, "6 APR", "DATE") in found(text)


def test_tilde_before_an_infobox_figure():
    text = "Casualties and losses\n~31,000 (est.) 12,000\n"
    assert found(text, "QUANTITY") == [at(text, "~31,000", "QUANTITY"), at(text, "12,000", "QUANTITY")]
    assert extracted(text, "QUANTITY")[0][3] == {"value": 31000, "unit": "", "approx": "about"}


# ----------------------------------------------------------------------------- villages and headquarters
@pytest.mark.parametrize("text,span", [
    ("The column was cut off at Gaojiazhuang before dawn.", "Gaojiazhuang"),
    ("They fell back towards Xiaoqiao.", "Xiaoqiao"),
    ("Fighting went on near Hagaru-ri all week.", "Hagaru-ri"),
    ("Supply dumps at Lintong, Dongguanzhen, and Huxian were burnt.", "Dongguanzhen"),
])
def test_villages_no_lexicon_holds(text, span):
    assert at(text, span, "GPE") in found(text, "GPE")


@pytest.mark.parametrize("text", [
    "He spoke of Chinese soldiers with respect.",
    "They met in Human Resources at noon.",
    "Prices rose in Change Alley.",
    "The envoy came back to Manila, then to Hanging Rock.",
    "A telegram from Chen reached the front.",
])
def test_english_words_made_of_syllables_are_no_village(text):
    assert [t for t in found(text, "GPE") if t[2] == "GPE" and text[t[0]:t[1]] in
            ("Chinese", "Human", "Change", "Hanging", "Chen")] == []


def test_a_headquarters_without_an_echelon_word_is_an_org():
    text = "The staff moved into Fortress Headquarters under the hill."
    assert found(text, "ORG") == [at(text, "Fortress Headquarters", "ORG")]


# ----------------------------------------------------------------------------- unusual typings
def test_a_day_range_keeps_the_year_on_its_second_end():
    text = "The raid came on the night of March 3-4, 1945, over the city."
    assert found(text, "DATE") == [at(text, "March 3", "DATE"), at(text, "4, 1945", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["1945-03-03", "1945-03-04"]


@pytest.mark.parametrize("text,span,value,unit", [
    ("Some 300 000 soldiers crossed the river.", "Some 300 000 soldiers", 300000, "soldiers"),
    ("They lost 12 500 horses that winter.", "12 500 horses", 12500, "horses"),
])
def test_thousands_grouped_by_spaces(text, span, value, unit):
    assert found(text, "QUANTITY") == [at(text, span, "QUANTITY")]
    assert [(n["value"], n["unit"]) for *_, n in extracted(text, "QUANTITY")] == [(value, unit)]


def test_task_force_named_after_its_commander():
    text = "By dusk Task Force Drysdale had reached the town."
    assert at(text, "Task Force Drysdale", "MIL_UNIT") in found(text, "MIL_UNIT")


def test_a_battalion_with_its_marine_regiment():
    text = "The 2nd Battalion, 7th Marines held the pass."
    assert found(text, "MIL_UNIT") == [at(text, "2nd Battalion, 7th Marines", "MIL_UNIT")]


def test_an_army_group_beside_a_war_zone_is_chinese():
    text = "In the Sixth War Zone the 33rd Army Group held the river."
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == "33rd Army Group")
    assert (norm["numbers"], norm["echelon"]) == ([33], "集团军")


# ----------------------------------------------------------------------------- sides, provincial armies, hills
def test_a_division_owned_by_a_japanese_commander_is_a_shidan():
    text = "General Sakurai's 55th Division pressed on."
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == "55th Division")
    assert norm["echelon"] == "师团"


def test_a_brigade_owned_by_a_known_western_commander_stays_a_brigade():
    text = "Wingate's 16th Brigade marched in."
    norm = next(n for s, e, _, n in extracted(text, "MIL_UNIT") if text[s:e] == "16th Brigade")
    assert norm["echelon"] == "旅"


def test_provincial_armies_and_cliques():
    text = "The Shansi Army and the Kwangtung clique quarrelled."
    assert found(text) == [at(text, "Shansi Army", "MIL_UNIT"), at(text, "Kwangtung clique", "ORG")]


def test_hills_named_by_their_height():
    text = "They took Hill 1062 and lost Point 4051 the same night."
    assert found(text, "LOC") == [at(text, "Hill 1062", "LOC"), at(text, "Point 4051", "LOC")]


def test_a_count_before_a_verb_of_dying_is_a_bare_count():
    text = "In that winter some 2–3 million perished in the province."
    assert found(text, "QUANTITY") == [at(text, "some 2–3 million", "QUANTITY")]
    assert extracted(text, "QUANTITY")[0][3] == {"value": 2000000, "unit": "", "approx": "some"}


def test_a_word_number_with_a_hyphenated_unit_has_a_value():
    text = "After a six-week siege the town fell."
    assert extracted(text, "QUANTITY") == [(*at(text, "six-week", "QUANTITY")[:2], "QUANTITY",
                                           {"value": 6, "unit": "week", "approx": None})]


def test_a_name_after_a_rank_beats_a_place_of_the_same_form():
    text = "Then Lt Gen Nagano ordered a halt."
    assert found(text) == [at(text, "Nagano", "PERSON")]


def test_a_government_named_without_a_lexicon_entry():
    text = "Delegates of the Border Region Government arrived; the Japanese Government refused."
    assert found(text, "ORG") == [at(text, "Border Region Government", "ORG"), at(text, "Japanese Government", "ORG")]


def test_wade_giles_villages_joined_by_hyphens():
    text = "The battalion camped near Tsao-chia-tien that night."
    assert found(text, "GPE") == [at(text, "Tsao-chia-tien", "GPE")]


def test_a_day_of_the_month_written_as_a_word():
    text = "The column left on 2 March 1942; on the ninth, it reached the river."
    assert found(text, "DATE") == [at(text, "2 March 1942", "DATE"), at(text, "ninth", "DATE")]
    assert [n["value"] for *_, n in extracted(text, "DATE")] == ["1942-03-02", "1942-03-09"]


def test_an_ordinal_word_before_a_noun_is_no_date():
    assert found("He relied on the second battalion for support.", "DATE") == []


def test_war_of_a_name_is_one_event():
    text = "During the War of Resistance the capital moved west."
    assert found(text, "EVENT") == [at(text, "War of Resistance", "EVENT")]


def test_a_route_at_the_start_of_a_sentence_keeps_its_places():
    text = "The Tientsin–Pukow railway was cut in three places."
    assert found(text, "FAC") == [at(text, "Tientsin–Pukow railway", "FAC")]
    assert found(text, "GPE") == []


def test_divisions_of_an_army_whose_commander_is_japanese():
    text = "The 9th and 16th Divisions of the 14th Army under Lieutenant General Yamashita Tomoyuki landed."
    norms = {text[s:e]: n for s, e, _, n in extracted(text, "MIL_UNIT")}
    assert (norms["9th and 16th Divisions"]["echelon"], norms["14th Army"]["side"]) == ("师团", "JP")
