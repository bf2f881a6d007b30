"""Session 23 (s23zhunit): Chinese MIL_UNIT and QUANTITY extents on real pages: a named force + region + numbered
units, a sub-district's kind-named unit, task units after a column or detachment, region-named children, New Army
镇/协 lists (pipeline/rules/regional_force_chains_zh.py); formations named by their commander
(commander_named_units_zh.py); colloquial counts and full-day durations (colloquial_counts_zh.py); load and set
classifiers, 好几 and 约莫 (lexicons/measure_words.tsv). Sentences written for these tests; exact spans, labels, values."""

from __future__ import annotations

from sentences import ent, ents, spans, unit


# --- MIL_UNIT: a named force + its region + numbered units -----------------------------------------------------

def test_force_region_and_numbered_chain_is_one_unit():
    text = "1947年春，该团编入东北民主联军辽南第二纵队第五旅，随后南下。"
    assert unit(ent(text, "东北民主联军辽南第二纵队第五旅")) == ("MIL_UNIT", [2, 5], "旅", "")
    assert ("辽南", "LOC") not in ents(text)


def test_force_region_column_and_directional_region():
    text = "八路军冀东第三支队和东北人民自治军吉东第四支队先后成立。"
    assert unit(ent(text, "八路军冀东第三支队")) == ("MIL_UNIT", [3], "支队", "")
    assert unit(ent(text, "东北人民自治军吉东第四支队")) == ("MIL_UNIT", [4], "支队", "")


def test_force_region_command_and_subdistrict_keep_the_force():
    text = "他率新四军苏中军区第二分区部队北上。"
    assert unit(ent(text, "新四军苏中军区第二分区")) == ("MIL_UNIT", [2], "军分区", "")


def test_force_before_a_clause_is_no_chain():
    text = "八路军在冀中第三纵队的配合下作战。"
    assert ("八路军", "MIL_UNIT") in ents(text)
    assert not any(s.startswith("八路军在") for s in spans(text, "MIL_UNIT"))


# --- MIL_UNIT: a sub-district's kind-named unit, task units after a column or detachment -----------------------

def test_subdistrict_special_battalion_with_its_region():
    text = "该营由冀南军区第四分区特务营改编而成。"
    assert unit(ent(text, "冀南军区第四分区特务营")) == ("MIL_UNIT", [4], "营", "特务")


def test_bare_subdistrict_kind_unit_and_the_post_outside():
    text = "第六分区基干团团长某某到会，第二分区特务营营长亦到。"
    assert unit(ent(text, "第六分区基干团")) == ("MIL_UNIT", [6], "团", "基干")
    assert ("第二分区特务营", "MIL_UNIT") in ents(text)


def test_task_named_unit_after_a_numbered_detachment_and_its_force():
    text = "新四军第5支队挺进团与八路军第一纵队突击营会合。"
    assert unit(ent(text, "新四军第5支队挺进团")) == ("MIL_UNIT", [5], "团", "挺进")
    assert unit(ent(text, "八路军第一纵队突击营")) == ("MIL_UNIT", [1], "营", "突击")


def test_task_unit_keeps_the_whole_numbered_chain():
    text = "八路军第120师第3支队挺进团奉命东进。"
    assert unit(ent(text, "八路军第120师第3支队挺进团")) == ("MIL_UNIT", [120, 3], "团", "挺进")


def test_region_named_child_after_its_numbered_parent():
    text = "次年改称中国红军第三十三军东满游击队，另有第116师晋南独立支队。"
    assert unit(ent(text, "中国红军第三十三军东满游击队")) == ("MIL_UNIT", [33], "队", "")
    assert unit(ent(text, "第116师晋南独立支队")) == ("MIL_UNIT", [116], "支队", "")


# --- MIL_UNIT: New Army 镇 and 协 lists ------------------------------------------------------------------------

def test_new_army_division_list_with_its_army_name():
    text = "1906年，北洋常备军第二、第四两镇移驻保定。"
    assert unit(ent(text, "北洋常备军第二、第四两镇")) == ("MIL_UNIT", [2, 4], "镇", "")


def test_new_army_brigade_list_and_a_town_office():
    text = "第五、第六协开赴前线。第一、二镇政府照常办公。"
    assert unit(ent(text, "第五、第六协")) == ("MIL_UNIT", [5, 6], "协", "")
    assert not any("镇" in s for s in spans(text, "MIL_UNIT"))


def test_beiyang_six_divisions_is_a_named_formation():
    text = "袁世凯编练北洋六镇，以段祺瑞等为统制。"
    assert ent(text, "北洋六镇")["label"] == "MIL_UNIT"


# --- MIL_UNIT: a formation named by its commander --------------------------------------------------------------

def test_commander_named_brigade_and_column_after_the_enemy_word():
    text = "我军前卫与敌何某山旅接火，敌钱某成纵队亦赶到。"
    assert unit(ent(text, "何某山旅")) == ("MIL_UNIT", [], "旅", "")


def test_commander_named_arm_regiment_after_de_and_shi():
    text = "城里的孙立德骑兵团撤走了，一是周守仁挺进团五百人。"
    assert unit(ent(text, "孙立德骑兵团")) == ("MIL_UNIT", [], "团", "骑兵")
    assert unit(ent(text, "周守仁挺进团")) == ("MIL_UNIT", [], "团", "挺进")


def test_enemy_word_before_ordinary_words_and_posts_is_no_unit():
    text = "敌王牌师和敌主力师都到了，何某山旅长受伤，敌第三旅后撤。"
    assert "王牌师" not in spans(text, "MIL_UNIT")
    assert "主力师" not in spans(text, "MIL_UNIT")
    assert "何某山旅" not in spans(text, "MIL_UNIT")
    assert "第三旅" in spans(text, "MIL_UNIT")


# --- QUANTITY: colloquial approximations, full days, 好几 and 约莫 ------------------------------------------------

def test_magnitude_ba_counts():
    text = "村里一下来了千把人，后来又聚了万把人。"
    e = ent(text, "千把人")
    assert (e["label"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"]) == ("QUANTITY", 1000, "人", "about")
    assert ent(text, "万把人")["norm"]["value"] == 10000


def test_bai_er_ba_shi_count():
    text = "守桥的只剩百儿八十人。"
    e = ent(text, "百儿八十人")
    assert (e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"]) == (100, "人", "about")


def test_measure_word_ba_stays_a_measure_word():
    text = "缴获大刀三把，刀两千把。"
    assert "三把" in spans(text, "QUANTITY")
    assert not any(s.endswith("把人") for s in spans(text, "QUANTITY"))


def test_full_day_durations():
    text = "部队在山上守了一整天，又走了两整夜。"
    assert ent(text, "一整天")["norm"]["value"] == 1
    assert ent(text, "两整夜")["norm"]["unit"] == "夜"
    assert "一整套" not in spans("他买了一整套书。", "QUANTITY")


def test_hao_ji_and_yue_mo_approximators():
    text = "敌军好几百人冲上来，我方约莫三十人。"
    e = ent(text, "好几百人")
    assert (e["norm"]["value"], e["norm"]["approx"]) == (100, "some")
    assert ent(text, "约莫三十人")["norm"]["approx"] == "about"
    assert spans("他好几次来过。", "QUANTITY") == []


def test_load_and_set_classifiers():
    text = "缴获望远镜两副，帐篷十顶，子弹两挑，骡马四十驮，棉被六床，敌一百多号人溃散。"
    for part, unit_word in (("两副", "副"), ("十顶", "顶"), ("两挑", "挑"), ("四十驮", "驮"), ("六床", "床"),
                            ("一百多号人", "号人")):
        assert ent(text, part)["norm"]["unit"] == unit_word


def test_classifier_words_inside_other_words_are_no_counts():
    text = "三副司令到了，他顶住压力，两挑战书送到，双方会谈。"
    assert spans(text, "QUANTITY") == []


def test_nights_after_days_are_counts_too():
    text = "部队苦战两天两夜，又走了一天一夜。"
    assert "两天" in spans(text, "QUANTITY") and "两夜" in spans(text, "QUANTITY")
    assert ent(text, "一夜")["norm"]["value"] == 1


def test_a_named_force_holds_no_bare_numbered_parent():
    text = "新四军特务团和新四军皖南游击纵队坚持敌后。"
    assert "新四军皖南游击纵队" in spans(text, "MIL_UNIT")
    assert not any(s.startswith("四军") for s in spans(text, "MIL_UNIT"))


def test_a_japanese_division_after_the_enemy_word_keeps_its_echelon():
    text = "敌小林师团一部窜至河边。"
    assert "小林师团" in spans(text, "MIL_UNIT")
    assert "小林师" not in spans(text, "MIL_UNIT")
