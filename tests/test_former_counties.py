"""Former county-level names (lexicons/former_counties_cn.tsv) read like today's, with their successor."""

from pipeline import extract_text


def _gpe(text: str) -> list[tuple[int, int, str, dict]]:
    return [(e["start"], e["end"], text[e["start"]:e["end"]], e.get("norm") or {})
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "GPE"]


def test_former_county_full_name_with_successor():
    text = "一九三八年春，日军一部由霸县向北推进。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(12, 14, "霸县")]
    assert spans[0][3]["modern"] == "霸州"
    assert spans[0][3]["id"] == "cn:131081"


def test_former_county_after_province():
    text = "他于一九零五年出生在浙江嵊县的一个农家。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(10, 12, "浙江"), (12, 14, "嵊县")]
    assert spans[1][3]["modern"] == "嵊州"


def test_former_county_short_form_and_full_form():
    text = "游击队经崇安向北转移，另一部留在宁冈县坚持斗争。"
    spans = _gpe(text)
    assert [(s, e, name) for s, e, name, _ in spans] == [(4, 6, "崇安"), (16, 19, "宁冈县")]
    assert spans[0][3]["modern"] == "武夷山"
    assert spans[1][3]["modern"] == "井冈山"
    assert spans[1][3]["id"] == "cn:360881"


def test_generic_district_names_are_not_places():
    text = "敌军残部退守郊区，我军随即进入东市区和城区。"
    assert [name for _, _, name, _ in _gpe(text)] == []


def test_one_character_county_after_a_word_ending_on_its_stem():
    # 收复|县北, 恢复|县政府: not 复县; the county in a list and after a province still is
    assert _gpe("日军攻陷县城后，我军又收复县北据点，恢复县政府。") == []
    text = "复县、盖县一带相继解放，陕西洋县亦然。"
    assert [(s, e, name) for s, e, name, _ in _gpe(text)] == [(0, 2, "复县"), (3, 5, "盖县"), (12, 14, "陕西"), (14, 16, "洋县")]
