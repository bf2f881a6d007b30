"""pipeline.geo: place candidates and the context resolver (own sentences)."""

from pipeline.geo import candidates, distance_km, locate_record, resolve_places
from pipeline.link import assign_ids


def _record(text, spans, doc="d"):
    entities = []
    for word, label in spans:
        start = text.index(word)
        entities.append({"start": start, "end": start + len(word), "label": label, "text": word, "norm": {}})
    return {"id": doc, "text": text, "entities": entities}


def test_candidates_list_every_namesake():
    ids = {p.id for p in candidates("栖霞")}
    assert ids == {"cn:320113", "cn:370686"}
    assert [p.id for p in candidates("衡阳")] == ["cn:430400", "cn:430421"]  # 衡阳市, 衡阳县
    assert [(p.name, p.kind) for p in candidates("牡丹江")] == [("牡丹江", "river"), ("牡丹江市", "prefecture")]


def test_province_of_the_paragraph_picks_the_namesake():
    nanjing = _record("守军退至南京城东的栖霞一带。", [("南京", "GPE"), ("栖霞", "GPE")])
    shandong = _record("部队由烟台出发，次日进抵栖霞。", [("烟台", "GPE"), ("栖霞", "GPE")])
    assert resolve_places(nanjing)[1].place.id == "cn:320113"
    assert resolve_places(shandong)[1].place.id == "cn:370686"


def test_neighbours_decide_between_county_and_district():
    hunan = _record("敌自衡阳南犯，东安告急。", [("衡阳", "GPE"), ("东安", "GPE")])
    heilongjiang = _record("牡丹江市内的东安一带。", [("牡丹江", "GPE"), ("东安", "GPE")])
    assert resolve_places(hunan)[1].place.id == "cn:431122"
    assert resolve_places(heilongjiang)[1].place.id == "cn:231002"


def test_the_battle_hill_is_located_where_it_stands():
    text = "远征军攻克松山后，主力转向龙陵与腾冲。"
    record = _record(text, [("松山", "LOC"), ("龙陵", "GPE"), ("腾冲", "GPE")])
    assert locate_record(record)["entities"][0]["norm"] == {"id": "cn:530523", "lat": 24.5868, "lon": 98.6893}


def test_far_namesake_of_a_hill_stays_unlocated(monkeypatch):
    import pipeline.geo as geo

    # a hill whose only candidate is a namesake far away (as the lexicon once gave 松山 Chifeng's id)
    far = geo.Place("cn:150404", "松山区", "LOC", "mountain", "physical", 42.2863, 118.9330, "150404")
    real = geo.candidates
    monkeypatch.setattr(geo, "candidates", lambda name: (far,) if name == "松山" else real(name))
    text = "远征军攻克松山后，主力转向龙陵与腾冲。"
    record = _record(text, [("松山", "LOC"), ("龙陵", "GPE"), ("腾冲", "GPE")])
    resolved = resolve_places(record)
    assert resolved[0].place is None
    assert resolved[1].place.id == "cn:530523"
    located = locate_record(record)
    assert located["entities"][0]["norm"] == {"id": None}
    assert located["entities"][2]["norm"] == {"id": "cn:530581", "lat": 25.0204, "lon": 98.491}
    linked = assign_ids([record])
    assert linked[0]["entities"][0]["norm"] == {"id": "place:松山"}
    assert linked[0]["entities"][1]["norm"] == {"id": "cn:530523", "lat": 24.5868, "lon": 98.6893}


def test_a_loc_is_not_a_county():
    county = _record("部队开进东安。", [("东安", "LOC")])
    assert resolve_places(county)[0].place is None
    assert resolve_places(county)[0].reason == "no candidate fits the label"
    assert locate_record(county)["entities"][0]["norm"] == {"id": None}
    river = _record("渡过怒江。", [("怒江", "LOC")])
    assert (resolve_places(river)[0].place.name, resolve_places(river)[0].place.kind) == ("怒江", "river")


def test_two_equal_namesakes_stay_unlocated(monkeypatch):
    import pipeline.geo as geo

    twins = (geo.Place("cn:1", "甲县", "GPE", "county", "gazetteer", 30.0, 110.0, "430001", False),
             geo.Place("cn:2", "甲县", "GPE", "county", "gazetteer", 40.0, 120.0, "130001", False))
    monkeypatch.setattr(geo, "candidates", lambda name: twins if name == "甲" else ())
    resolved = resolve_places(_record("战事蔓延至甲。", [("甲", "GPE")]))
    assert resolved[0].place is None
    assert resolved[0].reason == "two candidates fit equally"
    assert resolved[0].alternatives == 2


def test_size_decides_without_context():
    # a county outranks a district of the same name when nothing else is known
    assert {p.id for p in candidates("沙湾")} == {"cn:511111", "cn:654223"}
    assert resolve_places(_record("战事蔓延至沙湾。", [("沙湾", "GPE")]))[0].place.id == "cn:654223"


def test_english_names_use_the_chinese_candidates():
    record = _record("The Japanese took Changsha and marched on Hengyang.", [("Changsha", "GPE"), ("Hengyang", "GPE")])
    resolved = resolve_places(record)
    assert resolved[0].place.id == "cn:430100"
    assert resolved[1].place.id == "cn:430400"


def test_distance():
    a, b = candidates("长沙")[0], candidates("衡阳")[0]
    assert 120 < distance_km(a, b) < 160


def test_a_split_historical_province_has_no_point():
    record = _record("日军侵入察哈尔省。", [("察哈尔省", "GPE")])
    resolution = resolve_places(record)[0]
    assert resolution.place is None and resolution.reason == "no known coordinates"
    assert [(p.id, p.name, p.located) for p in candidates("察哈尔省")] == [("cn:130000", "河北、内蒙古", False)]
