"""auditen21 (session 17): sub-units `of` their regiment, route armies with a lower-case head or none, a line
regiment's number before its title in brackets, the Royal Irish and other regiments by title, the presidency armies
(pipeline/rules/english_regiment_titles_route_armies.py). Sentences written for these tests."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _units(text):
    return [t for t, lab, _ in _ents(text) if lab == "MIL_UNIT"]


def _find(text, span, label):
    for t, lab, norm in _ents(text):
        if t == span and lab == label:
            return norm
    raise AssertionError(f"{span!r} {label} not in {[(t, lab) for t, lab, _ in _ents(text)]}")


def test_battalion_of_its_regiment_is_one_unit():
    text = "In 1916 he was posted to the 3rd Battalion of the Dogra Regiment at Jullundur, and later to Burma."
    norm = _find(text, "3rd Battalion of the Dogra Regiment", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([3], "营")
    text = "By 1951 the 4th Battalion of 9 Jat Rifles had moved up to the pass beyond the river."
    norm = _find(text, "4th Battalion of 9 Jat Rifles", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([4, 9], "营")
    text = "In March 1945 the First Battalion of the Lincolnshire Regiment crossed the river at dawn."
    norm = _find(text, "First Battalion of the Lincolnshire Regiment", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([1], "营")


def test_battalion_of_a_generic_regiment_stays_alone():
    text = "In 1916 he was posted to the 3rd Battalion of the regiment at Jullundur, and later to Burma."
    assert "3rd Battalion" in _units(text)
    assert not [u for u in _units(text) if " of " in u]


def test_route_army_with_a_lower_case_head_or_none():
    text = "In 1930 the 17th Route army held the line at Luoyang, and the 17th Route later withdrew to the west."
    units = _units(text)
    assert units.count("17th Route army") == 1 and "17th Route" in units
    norm = _find(text, "17th Route", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([17], "路军")
    norm = _find("In 1933 the Twenty-ninth Army and the Fourth Route army fought in Jehol.", "Fourth Route army",
                 "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([4], "路军")


def test_a_numbered_road_is_no_route_army():
    text = "In 1950 the convoy drove along the 4th Route Coloniale and then Route 4 to the border post."
    assert not [u for u in _units(text) if "Route" in u]


def test_line_regiment_number_before_its_title_in_brackets():
    text = "In 1857 the brigade was formed of the 23rd (Royal Welsh Fusiliers), the 82nd (Volunteers) and two batteries."
    norm = _find(text, "23rd", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"], norm["side"]) == ([23], "团", "UK")
    assert "82nd" in _units(text) and "Volunteers" in _units(text)
    assert "Royal Welsh Fusiliers" in _units(text)


def test_an_ordinal_before_a_bracketed_date_or_place_is_no_unit():
    text = "In 1860 it was the 18th (Tuesday) of the month, and the 5th (Canton) mail had not yet arrived."
    assert not _units(text)


def test_royal_irish_and_staffords_by_title():
    text = "In 1842 the Royal Irish landed at Amoy, while the North Staffords held the ridge and the Munsters waited."
    units = _units(text)
    assert {"Royal Irish", "North Staffords", "Munsters"} <= set(units)
    assert _find(text, "Royal Irish", "MIL_UNIT")["side"] == "UK"
    text = "In 1920 the Royal Irish Constabulary patrolled the roads of the county."
    assert "Royal Irish" not in _units(text)


def test_presidency_armies():
    text = "In 1840 volunteers of the Bengal army and a corps of the Bombay Army sailed for Chusan from Madras."
    units = _units(text)
    assert "Bengal army" in units and "Bombay Army" in units
    assert _find(text, "Bombay Army", "MIL_UNIT")["echelon"] == "军"
    assert _find(text, "Madras", "GPE")


def test_sappers_and_miners_keep_their_miners():
    text = "In 1860 the 3rd Queen's Own Sappers and Miners bridged the creek near Taku."
    assert "3rd Queen's Own Sappers and Miners" in _units(text)


def test_second_mention_by_number_and_nationality():
    text = ("In 1944 the 7th Indian Infantry Division held the Admin Box; by March the 7th Indian had beaten off "
            "every attack, and the 7th Indian troops went on to Kohima.")
    units = _units(text)
    assert units.count("7th Indian") == 1
    norm = _find(text, "7th Indian", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([7], "师")


def test_no_second_mention_without_the_full_designation():
    text = "In 1944 by March the 7th Indian had beaten off every attack near the river."
    assert "7th Indian" not in _units(text)


def test_forces_named_legion():
    text = "In 1919 the Polish Legion guarded the line while the Italian Alpini Legion waited at the station."
    units = _units(text)
    assert "Polish Legion" in units and "Alpini Legion" in units
    assert not [u for u in units if u.startswith("Italian")]


def test_veterans_bodies_and_orders_named_legion_are_no_units():
    text = "In 1950 the American Legion met in Chicago, and he received the Legion of Honour from the French."
    assert not [u for u in _units(text) if "Legion" in u]


def test_numbers_after_a_plural_head_share_it():
    text = "In 1943 Columns 7 and 8 moved north, No. 3 Column and Japanese Batteries 2, 4 and 6 went south."
    norm = _find(text, "Columns 7 and 8", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([7, 8], "纵队")
    norm = _find(text, "No. 3 Column", "MIL_UNIT")
    assert (norm["numbers"], norm["echelon"]) == ([3], "纵队")
    norm = _find(text, "Batteries 2, 4 and 6", "MIL_UNIT")
    assert norm["numbers"] == [2, 4, 6]
    assert not [u for u in _units(text) if u.startswith(("Column and", "Japanese"))]


def test_a_plural_head_before_a_year_is_no_list():
    text = "The Companies Act of 1929 and the Columns of 1930 were reported in the press."
    assert not _units(text)


def test_forces_named_by_their_kind():
    text = "In 1897 the Tochi Field Force marched up the valley, and in 1944 Special Force flew into Burma."
    units = _units(text)
    assert "Tochi Field Force" in units and "Special Force" in units
    assert _find(text, "Tochi Field Force", "MIL_UNIT")["echelon"] == "部队"
    assert not [t for t, lab, _ in _ents(text) if lab == "FAC"]


def test_a_field_force_in_lower_case_or_special_forces_plural_is_no_name():
    text = "In 1897 a small field force marched up the valley, and in 1944 special forces flew into Burma."
    assert not _units(text)
