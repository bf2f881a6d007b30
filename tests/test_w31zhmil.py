"""Session 31 (w31zhmil): Chinese MIL_UNIT extents and counts read across development sets. Every sentence is made
up for this file; forces, places and eras are real, persons and events invented."""

from pipeline import extract_text
from tests.sentences import ents


def _all(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in extract_text(text, "t", rules_only=True)["entities"]]


def _ent(text: str, surface: str, label: str) -> dict:
    start = text.index(surface)
    for e in extract_text(text, "t", rules_only=True)["entities"]:
        if e["start"] == start and e["end"] == start + len(surface) and e["label"] == label:
            return e
    raise AssertionError((surface, label, ents(text)))


# --- parent + region or route word + smaller unit (unit_joins_zh._gap_joins): one MIL_UNIT

def test_named_army_route_and_numbered_column():
    text = "次年,王某被委为讨逆军西路第三纵队司令。"
    e = _ent(text, "讨逆军西路第三纵队", "MIL_UNIT")
    assert e["norm"]["numbers"] == [3] and e["norm"]["echelon"] == "纵队"
    assert ("讨逆军", "MIL_UNIT") not in _all(text)


def test_column_region_and_guerrilla_detachment():
    text = "上级决定组建八路军山东纵队津浦北进游击支队,由张某负责。"
    e = _ent(text, "八路军山东纵队津浦北进游击支队", "MIL_UNIT")
    assert e["norm"]["echelon"] == "支队"


def test_red_army_region_independent_division_traditional():
    text = "1935年他加入中國工農紅軍閩北獨立師,任連長。"
    e = _ent(text, "中國工農紅軍閩北獨立師", "MIL_UNIT")
    assert e["norm"]["echelon"] == "师" and e["norm"]["prefix"] == "独立"


def test_named_army_region_command_after_a_verb():
    text = "同年秋,所部改称新四军皖南指挥部。"
    _ent(text, "新四军皖南指挥部", "MIL_UNIT")


def test_siblings_across_a_region_stay_apart():
    # a larger unit after the region is no child (第十一师团 + 华北 + 第十三师团)
    text = "当时第十一师团华北第十三师团都在调动。"
    got = _all(text)
    assert ("第十一师团", "MIL_UNIT") in got and ("第十三师团", "MIL_UNIT") in got
    assert not any(s.startswith("第十一师团华北") for s, _ in got)


def test_region_before_a_bare_noun_is_no_join():
    text = "当时新四军苏北的部队很多。"
    got = _all(text)
    assert ("新四军", "MIL_UNIT") in got
    assert not any(s.startswith("新四军苏北") for s, _ in got)


# --- one battalion or company counted after its arm (new_army_chain_extents_zh._arm_counts): QUANTITY

def test_arm_count_after_verb_of_leading():
    text = "次日,李某率领工兵一连赶到渡口。"
    e = _ent(text, "一连", "QUANTITY")
    assert e["norm"]["value"] == 1 and e["norm"]["unit"] == "连"
    assert ("工兵一连", "MIL_UNIT") not in _all(text)


def test_arm_count_in_an_establishment_list():
    text = "该混成旅辖步兵两团,骑兵一营。"
    e = _ent(text, "一营", "QUANTITY")
    assert e["norm"]["value"] == 1 and e["norm"]["unit"] == "营"
    assert ("骑兵一营", "MIL_UNIT") not in _all(text)


def test_arm_count_after_verb_of_accompanying():
    text = "拂晓,坦克连随伴步兵一营向山口推进。"
    _ent(text, "一营", "QUANTITY")


def test_arm_battalion_before_its_post_stays_a_unit():
    text = "该师炮兵一营营长赵某负伤。"
    assert ("一营", "QUANTITY") not in _all(text)


def test_arm_battalion_without_a_verb_stays_a_unit():
    text = "该师炮兵一营在城北构筑阵地。"
    got = _all(text)
    assert ("一营", "QUANTITY") not in got and ("炮兵一营", "MIL_UNIT") in got


# --- a whole volunteer or guerrilla force + its region-named column right after it (unit_joins_zh._adjacent_joins)

def test_volunteer_force_and_region_detachment():
    text = "1941年,朝鲜义勇队华中支队转入敌后。"
    e = _ent(text, "朝鲜义勇队华中支队", "MIL_UNIT")
    assert e["norm"]["echelon"] == "支队"


def test_guerrilla_force_and_region_column():
    text = "不久,广东人民抗日游击队珠江纵队宣告成立。"
    _ent(text, "广东人民抗日游击队珠江纵队", "MIL_UNIT")


def test_volunteer_force_before_a_named_army_stays_apart():
    text = "当时朝鲜义勇队八路军并肩作战。"
    got = _all(text)
    assert not any(s.startswith("朝鲜义勇队八路军") for s, _ in got)
