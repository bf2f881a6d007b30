"""Session 15 audit (auditzh38): forms of pages on the war behind Japanese lines (sentences written for these tests)."""

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"], e.get("norm") or {}) for e in extract_text(text)["entities"]]


def _spans(text):
    return {(t, label) for t, label, _ in _ents(text)}


def test_founding_verb_ends_no_org_name():
    spans = _spans("在地委领导下成立武装委员会，由赵明任书记。")
    assert not any(label == "ORG" and "领导下" in t for t, label in spans)
    spans = _spans("在县委领导下组建动员委员会。")
    assert not any(label == "ORG" and "组建" in t for t, label in spans)


def test_local_military_committee_is_no_central_commission():
    ents = _ents("9月，县军委在城关召开会议。")
    assert ("县军委", "ORG", {}) in ents
    assert not any(norm.get("canonical") == "中共中央军委" for _, _, norm in ents)
    # negative: the Central Military Commission keeps its canonical name
    ents = _ents("奉军委命令，部队北上。")
    assert any(t == "军委" and norm.get("canonical") == "中共中央军委" for t, _, norm in ents)


def test_bearing_before_hill_country_is_no_district():
    spans = _spans("部队转入同蒲铁路以西山区根据地坚持斗争。")
    assert ("西山区", "LOC") not in spans
    assert ("同蒲铁路", "FAC") in spans


def test_numbered_subdistrict_on_a_war_page():
    ents = _ents("日军开始对根据地扫荡，第六分区司令员率部转移，五分区部队也出击。")
    units = {t: norm for t, label, norm in ents if label == "MIL_UNIT"}
    assert units["第六分区"]["echelon"] == "军分区" and units["第六分区"]["numbers"] == [6]
    assert units["五分区"]["numbers"] == [5]
    # negatives: a count of districts, and no war page
    assert not any(label == "MIL_UNIT" for _, label, _ in _ents("抗日政府把全县划为八个分区。"))
    assert not any(label == "MIL_UNIT" for _, label, _ in _ents("商场第二分区今天开放。"))


def test_numbered_japanese_naval_and_garrison_forces():
    ents = _ents("日军第7、第9特别陆战队和第12警备队向游击区进犯，第4守备队留守县城。")
    units = {t: norm for t, label, norm in ents if label == "MIL_UNIT"}
    assert units["第7、第9特别陆战队"]["numbers"] == [7, 9]
    assert units["第7、第9特别陆战队"]["echelon"] == "特别陆战队"
    assert units["第12警备队"]["echelon"] == "警备队"
    assert units["第4守备队"]["numbers"] == [4]
    # negative: a count of forces is no designation
    assert not any(label == "MIL_UNIT" for _, label, _ in _ents("日军调来两个警备队。"))


def test_roster_of_posts_and_names():
    ents = _ents("纵队司令员孙明、参谋长江华、政治部主任宁乡、供给部长李平。")
    spans = {(t, label) for t, label, _ in ents}
    assert ("江华", "PERSON") in spans and ("宁乡", "PERSON") in spans
    assert ("长江", "LOC") not in spans and ("宁乡", "GPE") not in spans
    # negative: a place after a post outside a roster stays a place
    spans = _spans("司令员到达江华。")
    assert ("江华", "GPE") in spans


def test_party_special_and_working_committees_full_names():
    spans = _spans("中共东江特别委员会派人到惠阳，中共琼崖特别委员会随即响应。")
    assert ("中共东江特别委员会", "ORG") in spans and ("中共琼崖特别委员会", "ORG") in spans
    # negative: a bare special committee after a verb is no named body
    spans = _spans("会议决定成立特别委员会。")
    assert not any(label == "ORG" and t.endswith("特别委员会") and t != "特别委员会" for t, label in spans)


def test_route_named_by_glossed_ends():
    spans = _spans("游击队在翁(田)龙(马)公路伏击日军，又破坏了太(原)汾(阳)铁路。")
    assert ("翁(田)龙(马)公路", "FAC") in spans and ("太(原)汾(阳)铁路", "FAC") in spans
    # negative: one glossed end is no route name of this form
    spans = _spans("部队转到汾(阳)县城附近。")
    assert not any(label == "FAC" for _, label in spans)


def test_counted_headquarters_of_formations():
    ents = _ents("日军在城内驻有4个旅团部和两个师团部。")
    quantities = {t: norm for t, label, norm in ents if label == "QUANTITY"}
    assert quantities["4个旅团部"]["value"] == 4 and quantities["两个师团部"]["value"] == 2
    assert "4个旅" not in quantities and "两个师" not in quantities
    # negative: a count of brigades stays as it is
    assert ("两个旅", "QUANTITY") in _spans("我军调来两个旅增援。")
