"""Session 20 round 2 (r20zhplace): county_seat_township_forms_zh and three guards (驻泊, 纹, region + 军, 署理县事).
Every sentence is written for the test; the guideline rule each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _places(text):
    return [(t, lab) for t, lab in _ents(text) if lab in ("GPE", "LOC")]


def test_county_seat_keeps_cheng():
    # guideline 6 (a place suffix written with the name stays inside: 衡阳城); the dev sets read X县城 as one GPE
    assert ("松江县城", "GPE") in _ents("敌军当夜占领松江县城。")
    assert ("柏溪县城", "GPE") in _ents("我军占有柏溪县城后继续南进。")
    # neighbouring good readings: a county before 城墙 / 城区 keeps the county alone, no 县城 without a verb
    assert ("松江县", "GPE") in _ents("松江县城墙高大。")
    assert not any(t.endswith("县城") for t, _ in _ents("他说普通县城都很小。"))


def test_township_short_form_is_the_township():
    # one reading per document: after 某岗乡 the bare short form is the same settlement (GPE)
    text = "部队到达黄岗乡宿营。次日，敌人从黄岗以北来犯，我军在黄岗坚守。"
    ents = _ents(text)
    assert ("黄岗乡", "GPE") in ents
    assert [lab for t, lab in ents if t == "黄岗"] == ["GPE", "GPE"]
    # negative: without a township written as one, the short form keeps its reading
    assert ("黄岗", "GPE") not in _ents("敌人从黄岗以北来犯。")


def test_village_after_township():
    # the address order county > township > village: each is its own GPE
    ents = _ents("战士们在三溪乡竹坪村宿营。")
    assert ("三溪乡", "GPE") in ents and ("竹坪村", "GPE") in ents


def test_stationed_town_before_unit():
    # a place after 驻在/驻扎在 and before 的 + a unit is the town the unit lies in (GPE)
    assert ("铜鼓山", "GPE") in _ents("驻在铜鼓山的独立第2师奉命出击。")
    # negative: a mountain held (驻守) or climbed stays a LOC reading (no rule here)
    assert ("铜鼓山", "GPE") not in _ents("我军登上铜鼓山，敌人溃退。")


def test_list_closed_by_dengdi():
    # a 、-list closed by 等地 names places: each short member is a GPE (a numeral + 里 is no distance there)
    ents = _ents("红军转战于新甲、万乙、七里等地。")
    assert [t for t, lab in ents if lab == "GPE"] == ["新甲", "万乙", "七里"]
    assert not any(lab == "QUANTITY" for _, lab in ents)
    # negative: ordinary words closed by 等物 / a list of goods is no place list
    assert not any(lab == "GPE" for _, lab in _ents("缴获枪支、弹药、被服等物。"))
    assert not any(lab == "GPE" for _, lab in _ents("他们到过学校、工厂、医院等地。"))


def test_false_spans_guarded():
    # 驻泊 (ships at anchor) is a verb: no place 泊X
    assert not any(t.startswith("泊") for t, _ in _places("舰队驻泊南岸，等候命令。"))
    # a motif before 纹 and the vessel after it: no place
    assert _places("出土一件青花云龙纹瓶。") == []
    # a force named by its region: the place belongs to the force or to nothing
    assert ("淮上", "GPE") not in _ents("淮上军起义后北上。")
    # 署理/代理 + 县事: acting magistrate, no county 理县
    assert _places("陈某曾署理县事，后代理县事。") == []
    # neighbouring good readings kept
    assert ("云龙县", "GPE") in _ents("他回到云龙县。")
    assert ("淮上", "GPE") in _ents("部队在淮上地区休整。")


def test_provincial_capital_after_shengcheng():
    # the province and its capital are separate GPE (guideline table: province, city); 省城 itself is no name
    ents = _ents("清军攻破甘肃省省城宁远州。")
    assert ("甘肃省", "GPE") in ents and ("宁远州", "GPE") in ents
    assert ("甲丁", "GPE") in _ents("敌人攻入省城甲丁，城中大乱。")
    # negative: ordinary words after 省城
    assert [t for t, lab in _ents("他到省城读书，省城居民一片混乱。") if lab == "GPE"] == []


def test_known_place_as_given_name():
    # a surname + a county's name + a person's verb is the person (guideline table: PERSON), no GPE inside it
    ents = _ents("后由陈庆云率部进驻。")
    assert ("陈庆云", "PERSON") in ents and ("庆云", "GPE") not in ents
    # negative / neighbouring readings: the county after a preposition or a verb of going stays a GPE
    assert ("庆云", "GPE") in _ents("部队向庆云进发。")
    assert ("庆云", "GPE") in _ents("他回到庆云，住了三天。")
