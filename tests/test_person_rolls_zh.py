"""Names in rolls and tight frames (pipeline/rules/person_rolls_zh.py; session 17 audit auditzh50).
Every sentence here is made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _persons(text):
    return [t for t, label in _ents(text) if label == "PERSON"]


def test_space_aligned_roll():
    text = "阵亡人员名单如下：\n\n赵德顺  钱广福  孙秀峰  车子明\n\n周福来  吴桂堂  郑万财  于化田\n"
    assert _persons(text) == ["赵德顺", "钱广福", "孙秀峰", "车子明", "周福来", "吴桂堂", "郑万财", "于化田"]


def test_space_aligned_words_are_no_roll():
    assert _persons("兵种如下：\n\n步兵  炮兵  骑兵  工兵\n") == []
    assert _persons("驻地如下：\n\n张村  李庄  王集  赵屯\n") == []


def test_roster_post_and_holder_lines():
    text = "“靖海”号练船\n\n管带 方德明\n\n帮带大副 吴永泰\n\n管 旗 邵长海\n\n三等水勇 钱福田\n"
    assert _persons(text) == ["方德明", "吴永泰", "邵长海", "钱福田"]


def test_profile_table_is_no_roster():
    assert _persons("籍贯 山东\n\n职务 连长\n\n部别 三营\n") == []


def test_roll_entry_name_colon_post():
    text = "赵进财：副班长，汉族，河北人，76年兵。"
    assert _persons(text) == ["赵进财"]
    assert _persons("注意：班长负责点名。") == []


def test_stop_character_in_a_titled_name():
    assert _persons("团长王其昌曾率部突围。") == ["王其昌"]
    assert _persons("连长刘国进、排长马福田都负了伤。") == ["刘国进", "马福田"]


def test_stop_character_frame_keeps_force_and_time_words_out():
    assert _persons("连长王林后，部队撤退。") == ["王林"]
    assert "张三部" not in _persons("团长张三部，驻守桥头。")


def test_stop_character_in_a_listed_name():
    assert _persons("后来胡德轩、李从五等人接任。") == ["胡德轩", "李从五"]


def test_burial_verb_ends_a_cemetery_name():
    ents = _ents("1955年，张秋生入葬丹东抗美援朝烈士陵园。")
    assert ("丹东抗美援朝烈士陵园", "FAC") in ents and ("张秋生", "PERSON") in ents


def test_quartermaster_post():
    assert _persons("司务长韩有福把饭送上了阵地。") == ["韩有福"]


def test_stop_character_name_opening_a_post_clause():
    assert _persons("骑兵队成立。黎同远为首任队长。") == ["黎同远"]
    assert _persons("部队整编，王其华任团长。") == ["王其华"]
    assert _persons("同时为团长们备好了马。") == []


def test_surname_and_first_given_character_make_a_place():
    assert _persons("在老班长武定刚的陪同下赶到。") == ["武定刚"]
    assert _persons("师长武汉人，早年从军。") == []
    assert "郑州李" not in _persons("那天副总指挥郑州李师长到了前线。")


def test_verb_of_appointment_closes_no_name():
    """A name's last character and 任/为 that make a verb of appointment (升任, 调任, 改为) close no name."""
    assert _persons("次年扩编,郑又调任参谋长。") == []
    assert _persons("次年扩编,郑又升任参谋长。") == []
    assert _persons("次年扩编,郑又远任参谋长。") == ["郑又远"]   # 远任 is no verb: the name stands
