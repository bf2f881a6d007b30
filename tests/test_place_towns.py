"""Towns and townships from the complete gazetteer lexicons/towns_cn.tsv (pipeline/rules/place_towns.py).

Sentences written for these tests; the towns are rows of the generated lexicon."""

from pipeline import extract_text
from pipeline.lexicons import read_rows
from pipeline.lexicons.build_towns import town_short, ETHNIC_GROUPS
from pipeline.rules.place_towns import find_towns


def towns(text: str) -> list[tuple[str, int, int]]:
    return sorted((text[c.start:c.end], c.start, c.end) for c in find_towns(text))


def places(text: str) -> list[tuple[int, int, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in ("GPE", "LOC")]


def test_lexicon_rows():
    rows = {(r[0], r[3]): r for r in read_rows("towns_cn.tsv")}
    assert rows[("龙虬镇", "321084")] == ["龙虬镇", "龙虬", "", "321084", "高邮市"]
    assert rows[("溪口镇", "330213")][1:3] == ["溪口", "word"]     # jieba knows 溪口 (n): only after its county
    assert rows[("独流镇", "120118")][1:3] == ["独流", ""]        # a rare jieba noun (11): safe on its own
    assert not any(r[0].endswith("街道") for r in rows.values())


def test_short_forms_of_ethnic_townships():
    assert town_short("王范回族镇", ETHNIC_GROUPS) == "王范"
    assert town_short("三道河子蒙古族满族乡", ETHNIC_GROUPS) == "三道河子"
    assert town_short("杜拉尔鄂温克民族乡", ETHNIC_GROUPS) == "杜拉尔"
    assert town_short("达斡尔民族乡", ETHNIC_GROUPS) == ""


def test_full_name_anywhere():
    text = "龙虬镇的民兵连夜出发，天亮前赶到。"
    assert towns(text) == [("龙虬镇", 0, 3)]
    assert (0, 3, "GPE") in places(text)


def test_full_name_glued_to_a_word_is_not_a_town():
    # 占城镇 is a town, but here 敌占 + 城镇 ("towns the enemy holds")
    assert towns("游击队主要攻击敌占城镇和交通线。") == []


def test_short_form_after_its_county():
    # the gazetteer codes 奉化 330283, the towns' source 330213 (奉化区): the county's name joins them
    text = "他下野后回到奉化溪口，闭门读书。"
    assert towns(text) == [("溪口", 8, 10)]
    assert (8, 10, "GPE") in places(text)


def test_ordinary_word_short_form_needs_its_own_county():
    # 溪口 ("stream mouth") is a town of 奉化, not of 余姚: no reading after the wrong county
    assert towns("部队开到余姚溪口附近。") == []


def test_old_county_name_of_a_district_vouches_for_its_towns():
    # 静海区 was 静海县: the old name names the county of 独流镇
    text = "日军占领静海县城后，沿大清河由独流往西开进。"
    assert ("独流", 15, 17) in towns(text)


def test_full_name_outranks_a_longer_guess():
    text = "日军于上午占领独流镇，县府官员弃城南逃。"
    assert (7, 10, "GPE") in places(text)


def test_short_form_in_a_frame_with_its_county_named():
    text = "洛宁县城失守后，县大队在上戈隐蔽，主力撤至底张、陈吴一带。"
    assert towns(text) == [("上戈", 12, 14), ("底张", 21, 23), ("陈吴", 24, 26)]
    # 陈吴 is a surname and a character that is no settlement word: a person found by context outranks it
    assert {text[c.start:c.end]: c.priority for c in find_towns(text)} == {"上戈": 29, "底张": 29, "陈吴": 19}


def test_unit_like_short_forms_are_not_read_on_their_own():
    rows = {(r[0], r[3]): r for r in read_rows("towns_cn.tsv")}
    assert [r[1:3] for (name, _), r in rows.items() if name == "五团镇"] == [["五团", "word"]]


def test_short_form_before_a_word_of_area_without_its_county():
    text = "敌军残部向留隍一带溃退。"
    assert towns(text) == [("留隍", 5, 7)]
    assert (5, 7, "GPE") in places(text)


def test_common_words_do_not_fire():
    assert towns("天下太平，百姓在福利方面没有怨言。") == []
    assert towns("阳光洒在塔上，部队到达前已经休整。") == []


def test_short_form_continued_by_a_name_character_is_left_alone():
    # 留隍 followed by 岭: some longer name, not the town
    assert towns("敌军残部向留隍岭一带溃退。") == []


def test_short_form_heading_a_longer_name_is_left_alone():
    # 溪口 + 中学: the school's name (ORG), not the town on its own
    assert towns("他毕业于奉化溪口中学。") == []
    # a number is no short form (八一乡): 八一 after 南昌 is the date of a memorial's name
    assert towns("代表团参观了南昌八一纪念馆。") == []


def test_a_town_read_once_is_the_town_elsewhere_in_the_document():
    text = "敌军残部撤回留隍。次日，我军由北面进逼留隍的外围据点，大留隍不在此列。"
    # the second 留隍 has no frame of its own; 大留隍 may be another name: left alone
    assert towns(text) == [("留隍", 6, 8), ("留隍", 19, 21)]
