"""Forms found by auditing English encyclopedia pages (session 11, auditen2): own sentences, exact spans."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _ents(text):
    return extract_text(text, rules_only=True)["entities"]


def test_place_read_by_context_is_the_same_place_elsewhere():
    text = "The rebels entered Kamphon in May. The army then ordered the division to hold Kamphon at all cost."
    assert [s for s in _spans(text) if s[1] == "GPE"] == [("Kamphon", "GPE"), ("Kamphon", "GPE")]


def test_place_mention_not_where_the_form_is_a_person():
    text = "The rebels entered Kamphon in May. Colonel Kamphon wrote to the mayor, and Kamphon signed it."
    assert [s for s in _spans(text) if s[0] == "Kamphon"] == [("Kamphon", "GPE"), ("Kamphon", "PERSON")]


def test_place_mention_not_inside_a_longer_name():
    text = "The rebels entered Kamphon in May. The Kamphon Road was cut."
    assert [s for s in _spans(text) if s[0] == "Kamphon"] == [("Kamphon", "GPE")]


def test_place_after_participle_of_control_is_the_place_alone():
    text = "The army marched on Vorlan-occupied Tessak in the spring."
    spans = _spans(text)
    assert ("Tessak", "GPE") in spans
    assert not any("occupied" in s[0] for s in spans)


def test_unit_qualifier_in_brackets_is_no_person():
    text = "The 3rd Marine Division (Reinforced) and the 5th Cavalry Division (Airmobile) landed."
    spans = _spans(text)
    assert ("3rd Marine Division", "MIL_UNIT") in spans and ("5th Cavalry Division", "MIL_UNIT") in spans
    assert not any(label == "PERSON" for _, label in spans)


def test_landing_zones_and_fire_bases_are_facilities():
    text = "The company flew from LZ Falcon to Landing Zone Tango and then to Firebase Kestrel, near FSB Mary Ann."
    assert [s for s in _spans(text) if s[1] == "FAC"] == [
        ("LZ Falcon", "FAC"), ("Landing Zone Tango", "FAC"), ("Firebase Kestrel", "FAC"), ("FSB Mary Ann", "FAC")]


def test_code_fronts_military_regions_and_corps_zones():
    text = "Elements of the B2 Front crossed into Military Region 3 while the III Corps Tactical Zone held."
    ents = [e for e in _ents(text) if e["label"] == "MIL_UNIT"]
    assert [(text[e["start"]:e["end"]]) for e in ents] == ["B2 Front", "Military Region 3", "III Corps Tactical Zone"]
    assert ents[1]["norm"]["numbers"] == [3] and ents[2]["norm"]["numbers"] == [3]


def test_vietnamese_name_with_tilde_i_after_title():
    text = "The plan was approved by General Trần Văn Dĩnh in the autumn."
    assert ("Trần Văn Dĩnh", "PERSON") in _spans(text)


def test_infobox_count_row_ending_with_comma():
    text = "Strength\n400\n1 frigate,\n3 gunboats,\n2 transports"
    assert [s for s in _spans(text) if s[1] == "QUANTITY"] == [
        ("400", "QUANTITY"), ("1 frigate", "QUANTITY"), ("3 gunboats", "QUANTITY"), ("2 transports", "QUANTITY")]


def test_spanish_particle_del_inside_a_name():
    text = "Colonel Francisco del Rosario led the column; Francisco del Rosario was wounded."
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [
        ("Francisco del Rosario", "PERSON"), ("Francisco del Rosario", "PERSON")]


def test_full_name_read_once_beats_a_month_inside_it():
    text = "Commanders\nWalter B. May |\nThe column was led by Major Walter B. May in the hills."
    assert [s for s in _spans(text) if s[0].endswith("May")] == [
        ("Walter B. May", "PERSON"), ("Walter B. May", "PERSON")]


def test_rank_abbreviation_outside_an_infobox_commander():
    text = "- Commander1: Brig. Walter Harland\n- Commander2: Lt. Col. Ivo Brennan"
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [("Walter Harland", "PERSON"), ("Ivo Brennan", "PERSON")]


def test_approximator_before_a_length_in_miles():
    text = "The post lay some 4 mi east of the ford and nearly 30 km from the coast."
    ents = [e for e in _ents(text) if e["label"] == "QUANTITY"]
    assert [(text[e["start"]:e["end"]], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"]) for e in ents] == [
        ("some 4 mi", 4, "mi", "some"), ("nearly 30 km", 30, "km", "nearly")]


def test_empire_named_by_its_people():
    text = "The Siamese Empire and the Mughal Empire traded with the Empire."
    assert [s for s in _spans(text) if s[1] == "GPE"] == [("Siamese Empire", "GPE"), ("Mughal Empire", "GPE")]


def test_line_before_its_name_is_a_facility():
    text = "The division dug in along Line Jamestown after the truce talks began."
    assert ("Line Jamestown", "FAC") in _spans(text)


def test_surname_with_particle_after_the_full_name():
    text = "General Pieter Van Houten arrived in June. When Van Houten saw the river he halted."
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [("Pieter Van Houten", "PERSON"), ("Van Houten", "PERSON")]


def test_flag_codes_separate_commanders_in_an_infobox_row():
    text = "- Commander1: RVN Tran Quang Khoi RVN Dao Ba Phuoc\n- Commander2: UK B.L.T. HarwoodKIA UK Peter Lusk"
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [
        ("Tran Quang Khoi", "PERSON"), ("Dao Ba Phuoc", "PERSON"), ("B.L.T. Harwood", "PERSON"), ("Peter Lusk", "PERSON")]


def test_conflict_named_by_compound_adjective():
    text = "The Franco-Siamese war (1893) was brief; the Sino-Burmese conflict lasted longer."
    spans = _spans(text)
    assert ("Franco-Siamese war", "EVENT") in spans and ("Sino-Burmese conflict", "EVENT") in spans
    assert ("1893", "DATE") in spans


def test_alias_after_also_known_as_takes_the_label():
    text = "Troops guarded the South Manchuria Railway (also known as the SMR). The SMR carried the division north."
    assert [s for s in _spans(text) if s[1] == "FAC"] == [
        ("South Manchuria Railway", "FAC"), ("SMR", "FAC"), ("SMR", "FAC")]


def test_princely_title_outside_the_person():
    text = "The guards were led by Prince Arisugawa Takehito and Marquis Saionji Kinmochi."
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [
        ("Arisugawa Takehito", "PERSON"), ("Saionji Kinmochi", "PERSON")]


def test_strength_after_the_verb_number():
    text = "The garrison was reported to number about 350, and the relief column numbered 1,200 men."
    ents = [e for e in _ents(text) if e["label"] == "QUANTITY"]
    assert [(text[e["start"]:e["end"]], e["norm"]["value"], e["norm"]["approx"]) for e in ents] == [
        ("about 350", 350, "about"), ("1,200 men", 1200, None)]


def test_place_read_in_vietnamese_spelling_is_the_same_place_elsewhere():
    text = "The hamlet of Ấp Phước Lợi was burned. Two companies then surrounded Ấp Phước Lợi at dawn."
    assert [s for s in _spans(text) if s[1] == "GPE"] == [("Ấp Phước Lợi", "GPE"), ("Ấp Phước Lợi", "GPE")]


def test_vietnamese_name_in_an_infobox_place_row():
    text = "- Date: 3 May 1964\n- Place: , Ấp Bình Đức, Định Hòa Province, South Vietnam"
    spans = _spans(text)
    assert ("Ấp Bình Đức", "GPE") in spans and ("Định Hòa Province", "GPE") in spans


def test_battle_named_in_vietnamese():
    text = "- Conflict: Battle of Đồng Xoài, Trận Đồng Xoài\n- Partof: the Vietnam War"
    assert ("Trận Đồng Xoài", "EVENT") in _spans(text)


def test_count_of_armoured_vehicles_by_model_and_abbreviation():
    text = "The squadron lost 7 M113 APCs and 2 M41 tanks."
    assert [s for s in _spans(text) if s[1] == "QUANTITY"] == [("7 M113 APCs", "QUANTITY"), ("2 M41 tanks", "QUANTITY")]


def test_range_of_days_with_through():
    text = "The assault lasted from March 4 through 9, 1943, near the ferry."
    ents = [e for e in _ents(text) if e["label"] == "DATE"]
    assert [(text[e["start"]:e["end"]], e["norm"]["value"]) for e in ents] == [
        ("March 4", "1943-03-04"), ("9, 1943", "1943-03-09")]


def test_clock_time_after_a_dated_heading_is_no_count():
    text = "Pusan, 3 August 1950, 0600 hrs. The convoy sailed."
    spans = _spans(text)
    assert ("0600 hrs", "DATE") in spans and not any(label == "QUANTITY" for _, label in spans)


def test_agent_of_led_by_is_a_person():
    text = "The rearguard was led by Ostap Verbitsky and the town was held by Japan."
    assert [s for s in _spans(text) if s[1] == "PERSON"] == [("Ostap Verbitsky", "PERSON")]


def test_white_army_named_by_its_region():
    text = "In 1921 the Siberian White Army advanced on the railway; the White Army was later disbanded."
    # the later `the White Army` is that force's tail repeated (english_unit_tails_columns, session 20)
    assert [s for s in _spans(text) if s[1] == "MIL_UNIT"] == [("Siberian White Army", "MIL_UNIT"),
                                                               ("White Army", "MIL_UNIT")]
