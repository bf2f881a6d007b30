"""English designations glossed with their Japanese name in brackets (order-of-battle pages and encyclopedia
mirrors write `the 31st Division (第31師団, Dai-sanjūichi Shidan)`): the unit is the Imperial Japanese Army's, with
the Japanese echelon word (session 31). Sentences written for this test."""

from pipeline import extract_text


def _units(text: str) -> dict[str, dict]:
    return {e["text"]: e["norm"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "MIL_UNIT"}


def test_a_kanji_gloss_makes_the_division_japanese():
    units = _units("The 44th Division (第44師団, Dai-yonjūyon Shidan) was raised in Osaka and sent to Luzon.")
    assert units["44th Division"]["echelon"] == "师团"
    assert units["44th Division"]["id"] == "JP/division/44"
    assert units["44th Division"]["side_from"] == "gloss"


def test_a_regiment_glossed_in_kanji_or_romaji_is_a_rentai():
    units = _units("Its 77th Infantry Regiment (歩兵第77聯隊) held the ridge; the 12th Regiment (Rentai) came later.")
    assert (units["77th Infantry Regiment"]["echelon"], units["77th Infantry Regiment"]["side"]) == ("联队", "JP")
    assert (units["12th Regiment"]["echelon"], units["12th Regiment"]["id"]) == ("联队", "JP/regiment/12")


def test_a_bracket_that_names_no_japanese_echelon_gives_no_side():
    units = _units("The 6th Division (Reserve) and the 9th Division (2nd Corps) marched to the river.")
    assert units["6th Division"]["echelon"] == "师" and units["6th Division"].get("side") is None
    assert units["9th Division"]["echelon"] == "师" and units["9th Division"].get("side") is None


def test_a_named_national_air_force_is_no_usaaf_unit():
    units = _units("The Peruvian Air Force and the Ninth Air Force both flew that week.")
    assert units["Peruvian Air Force"].get("side") is None and units["Peruvian Air Force"]["echelon"] == ""
    assert (units["Ninth Air Force"]["echelon"], units["Ninth Air Force"]["id"]) == ("航空队", "US/air_group/9")
