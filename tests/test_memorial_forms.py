"""Session 11 classes seen auditing memorial and unit-history pages (sentences written for these tests): an
address chain after a county, a martyr's name before 烈士, a name ending in 和 before a comma, a volunteer
army's chain down to the company, and counts of 我军/敌军 and of centuries."""

from pipeline import extract_text


def ents(text, labels=None):
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]
            if labels is None or e["label"] in labels]


def test_district_and_village_after_their_county():
    text = "他1925年生于吉林省桦甸县北台子区东岗屯。"
    assert ents(text, ("GPE",)) == [("吉林省", "GPE"), ("桦甸县", "GPE"), ("北台子区", "GPE"), ("东岗屯", "GPE")]


def test_township_opening_with_cheng_after_the_county_is_no_county_town():
    text = "她出生在山西省沁县城北乡后庄村。"
    assert ents(text, ("GPE",)) == [("山西省", "GPE"), ("沁县", "GPE"), ("城北乡", "GPE"), ("后庄村", "GPE")]


def test_numbered_district_links_the_chain_but_is_not_tagged():
    text = "1931年他生于河南省滑县第五区赵家庄，"
    assert ents(text, ("GPE",)) == [("河南省", "GPE"), ("滑县", "GPE"), ("赵家庄", "GPE")]


def test_an_area_after_a_county_is_no_district():
    assert ents("敌人进犯宁县北部山区一带。", ("GPE",)) == [("宁县", "GPE")]


def test_an_open_chain_proposes_nothing():
    # 县城 is the county town and 东坡 runs on into a clause: no address closes
    assert ents("部队撤出了县城东坡上的阵地", ("GPE",)) == []


def test_martyr_named_before_lieshi_after_an_honour():
    text = "上级为孟庆林烈士追记一等功，战斗英雄吕德河烈士的遗物陈列在馆中。"
    assert ents(text, ("PERSON",)) == [("孟庆林", "PERSON"), ("吕德河", "PERSON")]


def test_lieshi_in_a_cemetery_name_is_no_person_cue():
    assert ents("县里修建了革命烈士陵园。", ("PERSON",)) == []


def test_given_name_ending_in_he_before_a_comma():
    text = "时任3连排长的孔宪和，身中数弹仍坚持指挥。"
    assert ents(text, ("PERSON",)) == [("孔宪和", "PERSON")]


def test_he_between_two_names_stays_a_conjunction():
    assert ents("营长邓某和教导员钱某率队出发。", ("PERSON",)) == [("邓某", "PERSON"), ("钱某", "PERSON")]


def test_volunteer_army_chain_down_to_the_company():
    text = "志愿军第12军31师92团3营8连坚守阵地。"
    record = extract_text(text, "t", rules_only=True)
    units = [e for e in record["entities"] if e["label"] == "MIL_UNIT"]
    assert [(u["text"], u["norm"]["numbers"], u["norm"]["echelon"]) for u in units] == [
        ("志愿军第12军31师92团3营8连", [12, 31, 92, 3, 8], "连")]


def test_numbered_company_before_a_post_is_no_surname():
    assert ents("二营5连副连长带队出击。", ("PERSON",)) == []


def test_our_army_after_yige_is_no_counted_army():
    assert ents("这是一个我军军史上少见的战例。", ("QUANTITY",)) == []
    assert ents("一举歼灭了一个敌军师。", ("QUANTITY",)) == [("一个敌军师", "QUANTITY")]


def test_half_a_century_is_a_duration():
    record = extract_text("此后半个多世纪里，这里一直是驻军营地。", "t", rules_only=True)
    quantities = [(e["text"], e["norm"]["value"], e["norm"]["approx"]) for e in record["entities"]
                  if e["label"] == "QUANTITY"]
    assert quantities == [("半个多世纪", 0.5, "over")]


def test_columns_named_by_mission_with_parent_and_subunits():
    text = "他调任新四军挺进纵队政治部主任，后随八路军一二〇师西进支队入陕，决死纵队第3团二营留守。"
    record = extract_text(text, "t", rules_only=True)
    units = [(e["text"], e["norm"]["numbers"], e["norm"]["echelon"]) for e in record["entities"]
             if e["label"] == "MIL_UNIT"]
    assert units == [("新四军挺进纵队", [], "纵队"), ("八路军一二〇师西进支队", [120], "支队"),
                     ("决死纵队第3团二营", [3, 2], "营")]


def test_a_mission_column_commander_is_a_post():
    assert ents("游击大队长钱某带队转移。", ("MIL_UNIT",)) == []


def test_base_area_bodies_take_their_region():
    text = "中共湘鄂赣革命军事委员会和冀热辽区党委先后成立，闽粤赣边区政府随即迁往山区。"
    assert ents(text, ("ORG", "LOC", "GPE", "PERSON")) == [
        ("中共湘鄂赣革命军事委员会", "ORG"), ("冀热辽区党委", "ORG"), ("闽粤赣边区政府", "ORG")]


def test_unknown_end_of_a_route_from_a_known_place():
    text = "从密支那到瓦拉坎只有六十英里，部队三天后进抵瓦拉坎。"
    assert ents(text, ("GPE",)) == [("密支那", "GPE"), ("瓦拉坎", "GPE"), ("瓦拉坎", "GPE")]


def test_routes_of_time_and_words_are_no_places():
    assert ents("从早到晚，从头到尾，从此到彼。", ("GPE", "LOC")) == []


def test_air_divisions_abbreviated_with_kong():
    text = "空四师十团进驻机场，陆海空三军同时出动。"
    record = extract_text(text, "t", rules_only=True)
    units = [(e["text"], e["norm"]["numbers"], e["norm"]["prefix"]) for e in record["entities"]
             if e["label"] == "MIL_UNIT"]
    assert units == [("空四师十团", [4, 10], "空军")]


def test_an_aircraft_model_number_is_no_count():
    assert ents("他们驾驶米格15和伊尔28，对手是F-86。", ("QUANTITY",)) == []


def test_place_plus_zuozhan_after_a_verb_of_movement_is_no_event():
    assert ents("部队直插大同江口作战，一号作战随即结束。", ("EVENT", "LOC")) == [("大同江", "LOC"), ("一号作战", "EVENT")]


def test_a_brigade_named_after_its_commander_under_another_generals_force():
    text = "滇军唐继尧部邹若衡旅由某县进逼，三月二日，邹若衡旅第二团攻克县城。"
    record = extract_text(text, "t", rules_only=True)
    units = [(e["text"], e["norm"]["numbers"], e["norm"]["echelon"]) for e in record["entities"]
             if e["label"] == "MIL_UNIT"]
    assert units == [("滇军", [], "军"), ("邹若衡旅", [], "旅"), ("邹若衡旅第二团", [2], "团")]


def test_names_after_a_magistrates_post():
    text = "新任县知事汪佩珩到任，知府蒋兆熙随后离城。"
    assert ents(text, ("PERSON",)) == [("汪佩珩", "PERSON"), ("蒋兆熙", "PERSON")]


def test_a_provinces_numbered_normal_school_is_one_org():
    text = "他早年就读于湖北第二师范，后转入江西省立第一师范。"
    assert ents(text, ("ORG", "GPE")) == [("湖北第二师范", "ORG"), ("江西省立第一师范", "ORG")]
    assert ents("他是第一师范的学生。", ("ORG",)) == []
