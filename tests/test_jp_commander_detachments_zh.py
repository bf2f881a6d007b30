"""Session 33 (w33zhmil): Japanese detachments named by a commander's surname with an arm or task word."""

from pipeline import extract_text


def _units(text):
    return [(text[e["start"]:e["end"]], e["label"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "MIL_UNIT"]


def test_arm_word_detachment():
    text = "日军小林炮兵部队向东推进，与守军对峙。"
    units = _units(text)
    assert [(t, l) for t, l, _ in units] == [("小林炮兵部队", "MIL_UNIT")]
    assert units[0][2]["echelon"] == "部队" and units[0][2]["prefix"] == "炮兵"


def test_guard_platoon_traditional():
    text = "日軍入城後，由松井護衛小隊擔任警戒。"
    units = _units(text)
    assert [(t, l) for t, l, _ in units] == [("松井護衛小隊", "MIL_UNIT")]
    assert units[0][2]["echelon"] == "小队" and units[0][2]["prefix"] == "护卫"


def test_task_word_detachment():
    text = "当晚日军的中川敢死队冲入城内。"
    units = _units(text)
    assert [(t, l) for t, l, _ in units] == [("中川敢死队", "MIL_UNIT")]
    assert units[0][2]["echelon"] == "队" and units[0][2]["prefix"] == "敢死"


def test_ordinary_word_surname_battalion():
    text = "日军主力在城北，还有山下大队驻守渡口。"
    assert [(t, l) for t, l, _ in _units(text)] == [("山下大队", "MIL_UNIT")]


def test_negatives():
    assert _units("日军攻城，村民向山下大队人马涌来的方向逃去。") == []
    assert all(t != "高桥大队" for t, _, _ in _units("日军攻城，高桥大队长战死。"))
    # no Japanese army in the text: an arm word after a place-like name is left
    assert _units("小林炮兵部队的营房在城外。") == []


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_long_force_name_holds_its_unit_after_any_character():
    # unit_joins_zh: a force's full name of five characters or more joins the unit after it (rule 3)
    text = "后来中国人民解放军闽赣边区纵队第三支队第二团在此驻扎。"
    assert ("中国人民解放军闽赣边区纵队第三支队第二团", "MIL_UNIT") in _spans(text)
    text = "他任省主席兼中国人民解放军二野五兵团司令员。"
    assert ("中国人民解放军二野五兵团", "MIL_UNIT") in _spans(text)


def test_short_force_name_inside_a_word_stays_apart():
    text = "后来南朝鲜军第一师在此驻扎。"
    assert all(not t.startswith("朝鲜军") for t, _ in _spans(text))
