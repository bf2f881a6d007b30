"""MIL_UNIT extents of pipeline/rules/unit_headquarters_extents_zh.py and the 我/以 left context of the field-army abbreviations
in field_army_short_names_zh.py (session 19 audit of Chinese MIL_UNIT extents, s19zhunit): sentences written for these tests;
exact spans, labels and values. Guideline numbers are those of ../shared/spec/annotation-guidelines.md."""

from __future__ import annotations

import pytest

from sentences import spans, unit_norm as norm, unit_spans as units


# guideline 15: a headquarters written with its formation is part of it; guideline 3: with its parents
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("当晚第二营营部遭到炮击。", "第二营营部", [2], "营"),
    ("当晚二营部遭到炮击。", "二营部", [2], "营"),
    ("第三团第二营营部设在庙里。", "第三团第二营营部", [2], "营"),
    ("三连连部设在村口。", "三连连部", [3], "连"),
    ("次年三月,中国人民解放军第二十军军部移驻县城。", "中国人民解放军第二十军军部", [20], "军"),
])
def test_headquarters_word_inside(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_headquarters_word_not_read_before_other_words():
    # 部署 'deploy', 部队 'troops': no HQ word; the bare battalion stays as the units finder reads it
    assert "二营部" not in "".join(units("二营部署在河边。"))
    assert units("该营部署在河边。") == []
    assert "三营部" not in "".join(units("三营部队撤出。"))
    # neighbouring readings kept: the other echelons' HQ words (units finder)
    assert units("第三团团部被炸。") == ["第三团团部"]
    assert units("第五军司令部设在城内。") == ["第五军司令部"]


# guideline 3: a unit directly under its formation, written with 直属 and its arm, is one span
@pytest.mark.parametrize("text, span, echelon", [
    ("战后第二十七军直属炮兵团奉命北上。", "第二十七军直属炮兵团", "团"),
    ("1950年该师改为第66师直属骑兵连。", "第66师直属骑兵连", "连"),
])
def test_direct_subunit(text, span, echelon):
    assert units(text) == [span]
    assert norm(text, span)["echelon"] == echelon


def test_direct_without_arm_is_not_joined():
    assert "直属" not in "".join(units("第二十七军直属部队全部撤离。"))


# guideline 3: a field army's short column and its group named by a province
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("晋冀鲁豫野战军第9纵成立于太行。", "晋冀鲁豫野战军第9纵", [9], "纵队"),
    ("1948年春,中国人民解放军第三野战军山东兵团驻潍。", "中国人民解放军第三野战军山东兵团", [], "兵团"),
])
def test_field_army_members(text, span, numbers, echelon):
    assert span in units(text)
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_field_army_group_needs_a_place():
    assert "第三野战军特种兵团" not in units("第三野战军特种兵团奉命南下。")


# guideline 2/3: the qualifier of a Japanese designation belongs to it (as 独立混成第7旅团)
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("日军独混第3旅团驻县城。", "独混第3旅团", [3], "旅团"),
    ("日军独混3旅驻县城。", "独混3旅", [3], "旅"),
    ("侵华日军独警12旅团占据县城。", "独警12旅团", [12], "旅团"),
])
def test_japanese_abbreviated_qualifiers(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_japanese_qualifier_before_post_is_no_unit():
    assert units("独混旅团长某某阵亡。") == []
    assert units("日军独立混成第7旅团驻县城。") == ["独立混成第7旅团"]     # the units finder's reading kept


def test_independent_parent_with_independent_subunit():
    assert units("伪军独立第五旅独立团开到。") == ["独立第五旅独立团"]
    assert units("我独立第三旅第七团出击。") == ["独立第三旅第七团"]        # the qualifier-run reading kept


# docs: a national contingent is one MIL_UNIT (土耳其旅), also with its arm and a long country name
@pytest.mark.parametrize("text, expected", [
    ("战后澳大利亚步兵营与英国步兵旅一同驻防。", ["澳大利亚步兵营", "英国步兵旅"]),
    ("土耳其旅、埃塞俄比亚营随后到达。", ["土耳其旅", "埃塞俄比亚营"]),
])
def test_contingents(text, expected):
    assert units(text) == expected


def test_country_before_barracks_is_no_contingent():
    assert units("驻有英国兵营。") == []
    assert spans("驻有英国兵营。", "GPE") == ["英国"]


# docs: X师 right after a commander's name is his division; the page's own `name + 第N团` frame shows the commander
def test_commander_unit_after_his_numbered_unit():
    text = "师长将赵大成第9团部署在左翼,孙立成师在赵大成团的右侧。"
    assert "赵大成团" in units(text)
    assert norm(text, "赵大成团")["echelon"] == "团"


def test_commander_name_before_verb_is_no_unit():
    assert "赵大成团" not in units("赵大成第9团出击,赵大成团结了部下。")
    assert units("李振华团从右翼出击。") == []          # no frame on the page: not read


# guideline 4: single surnames listed before one 兵团 share it
@pytest.mark.parametrize("text", ["汤、王兵团北上。", "由徐州北进的汤、王兵团被阻。"])
def test_surname_list_before_corps(text):
    assert units(text) == ["汤、王兵团"]


def test_full_names_listed_keep_their_person():
    assert "汤恩伯" in spans("汤恩伯、王耀武兵团北上。", "PERSON")


# guideline 3: a named force's rear garrison corps, with a unit under it
@pytest.mark.parametrize("text, span", [
    ("八路军后方留守兵团驻延安。", "八路军后方留守兵团"),
    ("新四军留守处设在泾县。", "新四军留守处"),
    ("八路军后方留守兵团警备第3团奉命开赴绥德。", "八路军后方留守兵团警备第3团"),
])
def test_rear_garrison(text, span):
    assert units(text) == [span]


# the field armies' short names after 我 and 以 (field_army_short_names_zh)
def test_field_army_short_name_after_our_side():
    assert units("由蚌埠北进之敌,被我中野一部阻于任桥。") == ["中野"]
    assert units("以东野主力围攻锦州。") == ["东野"]
    assert units("中野大佐率部前进。") == []          # the Japanese surname


# guideline 15: a pacification zone, a military sub-district or a garrison district with its headquarters word
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("第二绥靖区司令部被攻破。", "第二绥靖区司令部", [2], "绥靖区"),
    ("太行第三军分区司令部驻涉县。", "太行第三军分区司令部", [3], "军分区"),
    ("上海警备区司令部下令戒严。", "上海警备区司令部", [], "警备区"),
])
def test_district_headquarters(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_district_headquarters_needs_a_region():
    assert units("该军分区司令部设在村里。") == []
    assert "第二绥靖区司令部" not in units("第二绥靖区司令部署三个师。")
    assert units("冀中军区司令部驻河间。") == ["冀中军区司令部"]        # the units finder's reading kept


# a detachment named after its commander in the order-of-battle frame `由…编成的X支队` (written_zh_units)
def test_detachment_after_formed_from():
    assert units("由第5师团第9旅团编成的国崎支队在杭州湾登陆。") == ["第5师团第9旅团", "国崎支队"]
    assert units("由三个营组成的第一支队出发。") == ["第一支队"]      # the numbered reading kept


# guideline 3: a region's military district, its sub-district and the regiment under it are one span
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("晋察冀军区第一军分区第三团出击。", "晋察冀军区第一军分区第三团", [3], "团"),
    ("冀南军区第五军分区二十二团出击。", "冀南军区第五军分区二十二团", [22], "团"),
])
def test_subdistrict_with_regiment(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_subdistrict_without_regiment_or_region():
    assert units("冀南军区第五军分区司令员王某") == ["冀南军区第五军分区"]    # the sub-district rule's reading kept
    assert "该军区第五军分区二十二团" not in units("该军区第五军分区二十二团出击。")
