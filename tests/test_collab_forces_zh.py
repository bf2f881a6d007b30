"""Forces of Japan's allies named by a region or a provisional designation (pipeline/rules/collab_forces_zh.py),
the puppet prefix 伪 never a given name (person_actions.NOT_GIVEN), and 练军 'drilling the army' in a series of
phases not the Qing force (units._phase_word). Sentences written for these tests (auditzh37)."""

from pipeline import extract_text


def _ents(text: str, label: str | None = None) -> list[tuple]:
    return [(e["start"], e["end"], text[e["start"]:e["end"]], e["label"])
            for e in extract_text(text, rules_only=True)["entities"] if label is None or e["label"] == label]


def _unit(text: str, span: str) -> dict:
    for e in extract_text(text, rules_only=True)["entities"]:
        if e["label"] == "MIL_UNIT" and text[e["start"]:e["end"]] == span:
            return e["norm"]
    raise AssertionError(f"{span} not found: {_ents(text)}")


def test_region_garrison_army_with_and_without_a_compass_point():
    text = "同月成立兴安北警备军,驻海拉尔。"
    assert (4, 10, "兴安北警备军", "MIL_UNIT") in _ents(text)
    norm = _unit(text, "兴安北警备军")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([], "军", "警备")
    text = "随后又设立了吉林警备军和黑龙江警备军。"
    assert _ents(text, "MIL_UNIT") == [(6, 11, "吉林警备军", "MIL_UNIT"), (12, 18, "黑龙江警备军", "MIL_UNIT")]
    # a place that ends in a compass character is read whole
    assert _ents("山东警备军随即出动。", "MIL_UNIT") == [(0, 5, "山东警备军", "MIL_UNIT")]


def test_compass_points_and_regions_listed_before_one_head_are_one_span():
    text = "当年在蒙旗地区又组建了兴安南、东、北警备军。"
    assert _ents(text, "MIL_UNIT") == [(11, 21, "兴安南、东、北警备军", "MIL_UNIT")]
    text = "伪政权先后设立奉天、吉林、黑龙江等警备军。"
    assert _ents(text, "MIL_UNIT") == [(7, 20, "奉天、吉林、黑龙江等警备军", "MIL_UNIT")]


def test_garrison_army_without_a_place_or_counted_stays_out():
    assert _ents("各警备军均设顾问。", "MIL_UNIT") == []
    assert _ents("该省共有两个警备军。", "MIL_UNIT") == []


def test_provisional_army_written_before_the_service_keeps_its_qualifier():
    text = "1943年,该部改编为暂编陆军第五军,军长由张某兼任。"
    assert (11, 18, "暂编陆军第五军", "MIL_UNIT") in _ents(text)
    norm = _unit(text, "暂编陆军第五军")
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == ([5], "军", "暂编")
    # without the qualifier the units finder's reading is unchanged
    assert _ents("该部改编为陆军第五军。", "MIL_UNIT") == [(5, 10, "陆军第五军", "MIL_UNIT")]


def test_puppet_prefix_is_never_a_person():
    text = "该部后来成为华中地区汪伪的主力部队。汪伪还在皖北收编了两支杂牌部队。"
    assert _ents(text, "PERSON") == []
    assert _ents("日伪在冀中修筑了大量碉堡,敌伪据点被我拔除。", "PERSON") == []
    # a given name that merely contains a similar character is unaffected
    assert (0, 3, "王克敏", "PERSON") in _ents("王克敏出任委员长。")


def test_drilling_phase_is_not_the_qing_drilled_army():
    assert _ents("第1期为建军时期,第2期为练军时期。", "MIL_UNIT") == []
    assert _ents("顾问部拟定了建军、整军、练军三个步骤。", "MIL_UNIT") == []
    text = "光绪年间直隶练军驻扎保定。"
    assert (4, 8, "直隶练军", "MIL_UNIT") in _ents(text)
    assert (0, 2, "练军", "MIL_UNIT") in _ents("练军一营驻扎天津。")


def test_counted_formations_before_the_side_troops_they_count():
    q = _ents("三个师团日军自北面进犯,另有两个联队日寇殿后。", "QUANTITY")
    assert q == [(0, 4, "三个师团", "QUANTITY"), (14, 18, "两个联队", "QUANTITY")]
    text = "兩個獨立混成旅團日軍陸續開到。"
    assert _ents(text, "QUANTITY") == [(0, 8, "兩個獨立混成旅團", "QUANTITY")]
    # 日 of a date or of another word still ends the count before the echelon (unchanged)
    assert _ents("两个团日夜兼程赶到。", "QUANTITY") == [(0, 2, "两个", "QUANTITY")]


def test_home_town_in_brackets_after_a_japanese_unit():
    text = "步兵第37联队(丸龟)与步兵第8联队(弘前)先后登陆。"
    gpe = [(s, e, t) for s, e, t, _ in _ents(text, "GPE")]
    assert gpe == [(8, 10, "丸龟"), (19, 21, "弘前")]
    text = "所辖步兵联队:第12(善通寺)、第43(高知)。"
    assert [t for _, _, t, _ in _ents(text, "GPE")] == ["善通寺", "高知"]


def test_bracketed_class_time_or_part_is_no_home_town():
    for text in ("第20师团(常设)于1915年编成。", "第9师团(欠一部)随即南下。", "所辖步兵联队(编成时):略。",
                 "第3师团(甲种)与第9师团(主力)会合。"):
        assert _ents(text, "GPE") == [], text
    # 第N(X) outside a list of regiments is not read
    assert _ents("见第12(附表)所列。", "GPE") == []


def test_station_in_brackets_is_not_the_home_town_frame():
    text = "第48师团(驻台南)编入台湾军。"
    assert [t for _, _, t, _ in _ents(text, "GPE")] == ["台南"]      # the gazetteer's own reading; 台湾军 is one unit


def test_japanese_officer_after_a_detachment_or_platoon_post():
    text = "支队长森田千秋率部登陆,小队长木村一夫(后阵亡)随行。"
    persons = [(s, e, t) for s, e, t, _ in _ents(text, "PERSON")]
    assert (3, 7, "森田千秋") in persons and (15, 19, "木村一夫") in persons
    # a post word followed by no name stays out
    assert _ents("支队长率部登陆后即返回。", "PERSON") == []


def test_japanese_officer_rule_reads_the_new_posts():
    from pipeline.rules.person_japanese_officers import find_japanese_officers
    text = "支队长柴藤义秋(由守备队扩编)进至城外;聯隊長宮藤正雄率部跟进。"
    found = {(c.start, c.end) for c in find_japanese_officers(text)}
    assert (3, 7) in found and (23, 27) in found
