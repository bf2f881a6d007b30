"""Short forms of districts that continue a county of the same stem (lexicons/district_county_short_forms_cn.tsv)."""

from pipeline import extract_text
from pipeline.lexicons import read_rows
from pipeline.lexicons.build_district_short_forms import build_rows


def _gpe(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(e["start"], e["end"], text[e["start"]:e["end"]], (e.get("norm") or {}).get("id"))
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "GPE"]


def test_bare_short_form_of_a_former_county_now_a_district():
    text = "一九四七年秋，我军三个纵队围攻定陶，守敌弃城西逃。"
    assert _gpe(text) == [(15, 17, "定陶", "cn:371703")]


def test_bare_short_form_with_city_suffix_and_in_a_list():
    text = "敌人退到宣化城内固守，顺义、平谷两地的伪军也先后撤走。"
    assert _gpe(text) == [(4, 7, "宣化城", "cn:130705"), (11, 13, "顺义", "cn:110113"),
                          (14, 16, "平谷", "cn:110117")]


def test_bare_short_form_before_a_verb():
    text = "萧山失守以后，余杭也很快落入敌手。"
    assert _gpe(text) == [(0, 2, "萧山", "cn:330109"), (7, 9, "余杭", "cn:330110")]


def test_ordinary_word_forms_only_in_a_frame_of_place():
    # 怀柔 "conciliate", 丰润 "plump", 万全 "foolproof": words, not the places
    assert _gpe("朝廷对边疆各族一向采取怀柔政策，以为万全之计。") == []
    assert _gpe("老人面容丰润，精神很好。") == []
    # in a frame of place they are the districts
    text = "日军先后占领怀柔，我军则攻克丰润。"
    assert _gpe(text) == [(6, 8, "怀柔", "cn:110116"), (14, 16, "丰润", "cn:130208")]


def test_district_short_form_does_not_override_other_lists():
    # 南海 (南海县 → 南海区) stays the sea of places_world, 崂山 the mountain of the physical lists
    from pipeline.normalize.places import place_lexicon
    assert (place_lexicon()["南海"].source, place_lexicon()["崂山"].source) == ("world", "physical")
    assert _gpe("舰队驶入南海。") == []


def test_criterion_same_stem_same_province_only():
    gazetteer = [
        ["甲乙区", "GPE", "甲乙区", "district", "370001", "35.0", "115.0", "cn:370001"],
        ["丙丁区", "GPE", "丙丁区", "district", "130001", "40.0", "115.0", "cn:130001"],
        ["戊己区", "GPE", "戊己区", "district", "410001", "34.0", "113.0", "cn:410001"],
    ]
    former = [
        ["甲乙县", "GPE", "甲乙县", "county", "372901", "菏泽地区", "1980–1999", "", "cn:370001"],
        ["丙丁县", "GPE", "丙丁县", "county", "320001", "某市", "1980–1999", "", ""],       # other province
        ["戊己市", "GPE", "戊己市", "county", "410002", "某市", "1990–2010", "", "cn:410001"],  # county-level city
        ["庚辛县", "GPE", "庚辛县", "county", "410003", "某市", "1980–1990", "某", "cn:410001"],  # other stem
    ]
    rows, _dropped = build_rows(gazetteer, former, [], set(), {})
    assert [(r[0], r[2], r[7], r[8]) for r in rows] == [("甲乙", "甲乙区", "cn:370001", "bare"),
                                                         ("戊己", "戊己区", "cn:410001", "bare")]


def test_generated_table_rows_carry_the_districts_id():
    rows = {row[0]: row for row in read_rows("district_county_short_forms_cn.tsv")}
    assert rows["定陶"][2:4] == ["定陶区", "district"] and rows["定陶"][7] == "cn:371703"
    assert rows["宣化"][7] == "cn:130705" and rows["宣化"][8] == "bare"
    assert rows["怀柔"][8] == "frame" and rows["丰润"][8] == "frame" and rows["横山"][8] == "frame"
    assert "昌平区" not in rows and "通州" not in rows     # full names and other stems (通县 → 通州区) are not listed


def test_short_form_as_given_name_after_a_title_stays_a_person():
    text = "他与副官周松江一同赶到，参谋长刘崇明随即下令撤退。"
    spans = [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert spans == [(4, 7, "PERSON"), (15, 18, "PERSON")]


def test_japanese_family_name_forms_only_in_a_frame_of_place():
    assert _gpe("福山少佐率一个大队抵达车站。") == []
    assert _gpe("我军一度攻占福山。") == [(6, 8, "福山", "cn:370611")]
