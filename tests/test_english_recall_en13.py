"""English recall classes of session 8 (helper en13): counts by model or class, parts of a counted whole, figures
after an infobox figure (pipeline/rules/english_equipment_counts.py, english_numbers._group_tail). Sentences written
for these tests."""

from pipeline.rules.english import find_english


def found(text):
    return [(c.start, c.end, c.label) for c in find_english(text)]


def quantities(text):
    return [(text[c.start:c.end], c.norm.get("value"), c.norm.get("unit"), c.norm.get("approx"))
            for c in find_english(text) if c.label == "QUANTITY"]


def test_count_with_model_designation():
    text = "The brigade brought 85 T-34 tanks, 12 M1917 howitzers and about 40 Ki-27 fighters."
    assert quantities(text) == [("85 T-34 tanks", 85, "T-34 tanks", None),
                                ("12 M1917 howitzers", 12, "M1917 howitzers", None),
                                ("about 40 Ki-27 fighters", 40, "Ki-27 fighters", "about")]


def test_count_with_two_designations_and_type_number():
    text = "At dawn nearly 300 BT-7 and T-26 tanks crossed, with six Type 89 medium tanks behind."
    assert quantities(text) == [("nearly 300 BT-7 and T-26 tanks", 300, "BT-7 and T-26 tanks", "nearly"),
                                ("six Type 89 medium tanks", 6, "Type 89 medium tanks", None)]


def test_count_with_calibre_and_class():
    text = 'The battery had eight 3.7" howitzers; later three more Fubuki-class destroyers joined.'
    assert quantities(text) == [('eight 3.7" howitzers', 8, '3.7" howitzers', None),
                                ("three more Fubuki-class destroyers", 3, "Fubuki-class destroyers", None)]
    text = "They fired 20 105-mm guns."
    assert found(text) == [(11, 25, "QUANTITY")]


def test_aircraft_by_designation_alone():
    text = "The group lost two B-25s over the river and one F-86, but one P-51 squadron stayed."
    assert quantities(text) == [("two B-25s", 2, "B-25s", None), ("one F-86", 1, "F-86", None)]


def test_year_before_a_designation_is_no_count():
    text = "In 1943 M4 tanks reached the front."
    assert not any(label == "QUANTITY" for _, _, label in found(text))


def test_one_before_a_warship():
    text = "The flotilla had one destroyer and one aircraft carrier; no one frigate captain knew."
    assert quantities(text)[:2] == [("one destroyer", 1, "destroyer", None),
                                    ("one aircraft carrier", 1, "aircraft carrier", None)]


def test_two_word_ship_head():
    text = "By June the fleet counted 11 aircraft carriers and 4 submarine chasers."
    assert quantities(text) == [("11 aircraft carriers", 11, "aircraft carriers", None),
                                ("4 submarine chasers", 4, "submarine chasers", None)]


def test_part_of_a_counted_whole():
    text = "The gunners hit seven of twelve enemy barges, and more than 30 of 80 defenders escaped."
    got = quantities(text)
    assert ("seven", 7, "", None) in got and ("more than 30", 30, "", "over") in got
    assert ("twelve enemy barges", 12, "enemy barges", None) in got
    assert not any(q[0] == "one" for q in quantities("He was one of three pilots."))


def test_count_after_an_infobox_figure():
    text = "Strength: 85,000 312 field guns | Losses: 12,406 9 gunboats sunk"
    assert quantities(text) == [("85,000", 85000, "", None), ("312 field guns", 312, "field guns", None),
                                ("12,406", 12406, "", None), ("9 gunboats", 9, "gunboats", None)]


def test_thousands_written_with_a_space_stay_one_count():
    text = "An army of 250 000 soldiers marched."
    assert quantities(text) == [("250 000 soldiers", 250000, "soldiers", None)]


# ------------------------------------------------------------------ forms glossed after a name (english_gloss_aliases)

def labelled(text):
    return [(text[c.start:c.end], c.label) for c in find_english(text)]


def test_glossed_forms_take_the_label_of_the_name():
    text = ("The Battle of Shumshu (Russian: Бой за Шумшу, romanized: Boy za Shumshu; Japanese: 占守島の戦い, "
            "romanized: Shimushu-tō no Tatakai; 18 – 23 August 1945) was fought.")
    got = labelled(text)
    assert ("Бой за Шумшу", "EVENT") in got and ("Boy za Shumshu", "EVENT") in got
    assert ("Shimushu-tō no Tatakai", "EVENT") in got
    start = text.index("Boy za")
    assert (start, start + len("Boy za Shumshu"), "EVENT") in found(text)


def test_unmarked_forms_after_a_japanese_event_name():
    text = "The siege of Weihaiwei (威海衛攻略戦, Ikaiei Kōryakusen; Осада Вэйхайвэя, 1895) ended badly."
    got = labelled(text)
    assert ("Ikaiei Kōryakusen", "EVENT") in got and ("Осада Вэйхайвэя", "EVENT") in got
    assert not any(label == "PERSON" for _, label in got)


def test_glossed_person_name():
    text = "Yuan Shikai (Chinese: 袁世凱; Wade–Giles: Yüan Shih-k'ai; courtesy name Weiting) took power."
    got = labelled(text)
    assert ("Yüan Shih-k'ai", "PERSON") in got
    assert not any(form.startswith("courtesy") for form, _ in got)


def test_parenthesis_without_gloss_is_left():
    text = "The Fifth Army (Japanese sources) and Seoul (the capital, March 1951) held."
    got = labelled(text)
    assert ("Japanese sources", "EVENT") not in got and not any(f.startswith("the capital") for f, _ in got)


# ------------------------------------------------------------------ Malaya (en_places_malaya.tsv), image-name glue

def test_malay_states_and_towns_are_gpe_with_chinese_names():
    text = "The brigade fell back from Kelantan through Pahang to Negri Sembilan and Alor Star."
    got = [(text[c.start:c.end], c.label, c.norm.get("zh")) for c in find_english(text)]
    assert got == [("Kelantan", "GPE", "吉兰丹"), ("Pahang", "GPE", "彭亨"), ("Negri Sembilan", "GPE", "森美兰"),
                   ("Alor Star", "GPE", "亚罗士打")]


def test_caption_glued_to_an_image_file_name():
    text = "Belligerents\nNaval Ensign of Japan.svgImperial Japanese Navy\nCommanders"
    start = text.index("Imperial Japanese Navy")
    assert (start, start + len("Imperial Japanese Navy"), "MIL_UNIT") in found(text)


# ------------------------------------------------------------------ a clock time before its date (english_span_edges)

def test_clock_time_before_its_date():
    text = "Posted: 07:41, August 2, 2016 | Edited: 19:03 on 4 August 2016."
    got = [(text[c.start:c.end], c.label, c.norm.get("value")) for c in find_english(text)]
    assert ("07:41", "DATE", "2016-08-02T07:41") in got and ("19:03", "DATE", "2016-08-04T19:03") in got


def test_clock_time_without_a_date_or_a_ratio_is_left():
    text = "The vote went 12:30 against them, and the ratio 3:1 held in the report."
    assert not any(label == "DATE" for _, _, label in found(text))


# ------------------------------------------------------------------ label checks and newspapers (english_label_checks)

def test_name_across_a_line_break_before_a_place_is_no_person():
    text = "Commanders\nJapan Ando Rikichi Taiwan Zhou Lan\nTaiwan Du Yuming"
    got = labelled(text)
    assert ("Zhou Lan", "PERSON") in got and ("Du Yuming", "PERSON") in got
    assert got.count(("Taiwan", "GPE")) == 2 and not any("\n" in form for form, _ in got)


def test_people_adjective_is_no_japanese_name():
    text = "They reached Kanze Tibetan lands and the Horqin Mongolian banners."
    assert not any(label == "PERSON" for _, label in labelled(text))


def test_war_flag_caption_is_no_event():
    text = "Belligerents\nChina New Fourth Army War flag of the Imperial Japanese Army.svg"
    got = labelled(text)
    assert not any(label == "EVENT" for _, label in got) and ("New Fourth Army", "MIL_UNIT") in got


def test_newspaper_titles_are_org():
    text = "(PHOTO: ZHOU LEI / FOR SHANGHAI DAILY) The Straits Times and the Osaka Mainichi Shimbun agreed."
    got = labelled(text)
    assert ("SHANGHAI DAILY", "ORG") in got and ("Straits Times", "ORG") in got
    assert ("Osaka Mainichi Shimbun", "ORG") in got
    assert not any(label == "ORG" for _, label in labelled("Three Times he asked; in Modern Times it changed."))


def test_day_or_reference_before_a_designation_is_no_count():
    text = "On June 5 T-34 tanks attacked; see page 12 of 300 pages."
    got = quantities(text)
    assert not any(q[0].startswith(("5", "12")) for q in got)


# ------------------------------------------------------------------ buildings and unit codes (english_structures)

def test_buildings_by_their_head_word_are_fac():
    text = "The defenders held the Zhabei Warehouse, the Jinling Arsenal and Xiaguan Railway Station."
    got = labelled(text)
    assert ("Zhabei Warehouse", "FAC") in got and ("Jinling Arsenal", "FAC") in got
    assert ("Xiaguan Railway Station", "FAC") in got
    assert not any(label == "FAC" for _, label in labelled("The Police Station and the Station commander met."))


def test_unit_by_its_code_number():
    text = "Unit 516 and Unit 1855 of the Kwantung Army were disbanded."
    got = [(text[c.start:c.end], c.label, c.norm.get("numbers"), c.norm.get("echelon")) for c in find_english(text)]
    assert ("Unit 516", "MIL_UNIT", [516], "部队") in got and ("Unit 1855", "MIL_UNIT", [1855], "部队") in got


# ------------------------------------------------------------------ a bare surname before a person's verb (english_surname_verbs)

def test_bare_surname_before_a_verb_of_a_person():
    text = "Hsueh insisted on the attack, but Shang refused; later Kuo resigned and Sakamoto was recalled."
    got = labelled(text)
    for name in ("Hsueh", "Shang", "Kuo", "Sakamoto"):
        assert (name, "PERSON") in got


def test_words_and_places_before_such_verbs_are_no_person():
    text = "The Qing ordered a retreat; Ran said nothing; Nanking refused; Then ordered troops moved; Banana agreed."
    assert not any(label == "PERSON" for _, label in labelled(text))


# ------------------------------------------------------------------ Postal spellings (english_romanise._postal_syllable)

def test_postal_spellings_of_chinese_places():
    from pipeline.rules.english_romanise import wade_giles_forms
    assert "Tungkwan" in wade_giles_forms("潼关") and "Sinyang" in wade_giles_forms("信阳")
    assert "Kweiyang" in wade_giles_forms("贵阳") and "Yingkow" in wade_giles_forms("营口")
    text = "The column marched from Sinyang to Tungkwan, then north to Yingkow."
    got = [(text[c.start:c.end], c.label, c.norm.get("zh")) for c in find_english(text)]
    assert got == [("Sinyang", "GPE", "信阳"), ("Tungkwan", "GPE", "潼关"), ("Yingkow", "GPE", "营口")]


def test_seat_of_a_qing_prefecture_with_fu():
    text = "The relief column reached Kaifengfu and then Chengchowfu."
    got = [(text[c.start:c.end], c.label, c.norm.get("zh")) for c in find_english(text)]
    assert ("Kaifengfu", "GPE", "开封") in got


# ------------------------------------------------------------------ autonomous divisions (english_autonomous_places)

def test_autonomous_divisions_are_one_gpe():
    text = "He was born in Aba Tibetan and Qiang autonomous prefecture, near the Guangxi Zhuang Autonomous Region."
    got = labelled(text)
    assert ("Aba Tibetan and Qiang autonomous prefecture", "GPE") in got
    assert ("Guangxi Zhuang Autonomous Region", "GPE") in got
    assert not any(label == "PERSON" for _, label in got)


def test_airline_by_its_title_is_org():
    text = "A Trans Pacific Airways flying boat landed; the Navy Airways Transport Service did not."
    got = labelled(text)
    assert ("Trans Pacific Airways", "ORG") in got and not any(f.startswith("Navy") and l == "ORG" for f, l in got)


def test_count_before_a_verb_of_surviving():
    text = "Of the 900 who sailed, only 317 survived and 45 eventually returned; Hill 521 remained quiet."
    got = quantities(text)
    assert ("317", 317, "", None) in got and ("45", 45, "", None) in got
    assert not any(q[0] == "521" for q in got)


# ------------------------------------------------------------------ forces named by a place or people and their kind

def test_forces_named_by_place_and_kind():
    text = ("The Chahar Self-Defense Army, the Kirin Provincial Army and the Outer Mongolian Army met the "
            "Vietnamese Liberation Army and the Burmese Volunteer Corps.")
    got = labelled(text)
    for name in ("Chahar Self-Defense Army", "Kirin Provincial Army", "Outer Mongolian Army",
                 "Vietnamese Liberation Army", "Burmese Volunteer Corps"):
        assert (name, "MIL_UNIT") in got


def test_kind_of_troops_alone_or_after_a_known_force_is_left():
    text = "The Peace Preservation Corps and the National Army held; the Japanese Kwantung Army Volunteer Corps."
    got = labelled(text)
    assert not any(f in ("Peace Preservation Corps", "National Army") for f, _ in got)
    assert not any(f.startswith("Kwantung Army ") for f, _ in got)


# ------------------------------------------------------------------ abbreviations inside designations (english_abbreviated_units)

def test_designation_with_an_abbreviation_inside():
    text = "They relieved the 6th and 7th A.I.F. Divisions, then the 5th N.Z. Brigade and the 25th US Infantry Division."
    got = [(text[c.start:c.end], c.label, c.norm.get("numbers")) for c in find_english(text)]
    assert ("6th and 7th A.I.F. Divisions", "MIL_UNIT", [6, 7]) in got
    assert ("5th N.Z. Brigade", "MIL_UNIT", [5]) in got and ("25th US Infantry Division", "MIL_UNIT", [25]) in got


# ------------------------------------------------------------------ a place's other name in brackets (english_gloss_aliases)

def test_place_and_its_other_name_in_brackets():
    text = "Troops from Jin (Shanxi) and Dian (Yunnan) held Peiping (now Beijing) and Tsingpu (modern Haikou)."
    got = labelled(text)
    assert ("Jin", "GPE") in got and ("Dian", "GPE") in got
    assert ("Tsingpu", "GPE") in got and ("Haikou", "GPE") in got
    assert not any(label == "GPE" and form == "Chinese"
                   for form, label in labelled("The Chinese (Fujian) troops and Japan (1937) agreed."))


def test_unit_by_its_number_after_no():
    text = "No. 224 Group and No. 5 Commando moved up; the Provisional No. 2 Air Commando Group followed. No. 7 was empty."
    got = [(text[c.start:c.end], c.label, c.norm.get("numbers")) for c in find_english(text)]
    assert ("No. 224 Group", "MIL_UNIT", [224]) in got and ("No. 5 Commando", "MIL_UNIT", [5]) in got
    assert ("Provisional No. 2 Air Commando Group", "MIL_UNIT", [2]) in got
    assert not any(form.startswith("No. 7") for form, _, _ in got)
