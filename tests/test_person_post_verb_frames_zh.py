"""Session 20 round 2 (r20zhnames): Chinese PERSON frames seen on round 1's held-out passages — a post + 的 + a
name before a verb, two names after 名为/叫做 joined by 和, a name whose last given character 和 stands before a
footnote mark, the last item of a comma list of names closing a line, 初 "at first" after a name, a Qing
circuit's intendant, a Japanese full name before a title or a verb of action, a name after 日将/敌将/日酋.
Guideline: a person's name without its post or rank. All sentences are made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _persons(text):
    return [e["text"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


# --- 1. a post + 的 + a name before a verb --------------------------------------------------------------------

def test_post_de_three_character_name():
    assert _persons("那年秋天，副师长的刘长生有一个女儿在县里读书。") == ["刘长生"]
    assert _persons("营长的马德胜带了一个排。") == ["马德胜"]


def test_post_de_ordinary_noun_is_no_name():
    assert _persons("副师长的儿子有病。") == []
    assert _persons("团长的命令到了。") == []


# --- 2. two names after a naming verb joined by 和 -------------------------------------------------------------

def test_named_pair_first_two_character_name():
    assert _persons("这两个人名为赵兵和孙晓明。") == ["赵兵", "孙晓明"]
    assert _persons("她的孩子叫做周刚和周小明。") == ["周刚", "周小明"]


def test_naming_verb_without_pair():
    assert _persons("这座村子名为和平村。") == []


# --- 3. 和 as a given name's last character before a footnote mark (person_name_ends.given_he) -----------------

def test_given_he_before_footnote_mark():
    assert _persons("当时主持局务的是卢文和〔5〕，他后来升任道员。") == ["卢文和"]
    assert _persons("当时主持局务的是卢文和[5]，他后来升任道员。") == ["卢文和"]


def test_conjunction_he_before_name_kept():
    assert _persons("名叫张平和李小刚，都参了军。") == ["张平", "李小刚"]


# --- 4. the last item of a comma list of names closing a line (person_list_neighbors._comma_sandwiches) --------

def test_comma_list_last_item_at_line_end():
    assert _persons("同行的有彭玉麟,杨载福,容舜\n\n此后诸人各自回乡。") == ["彭玉麟", "杨载福", "容舜"]
    assert _persons("随员有郭嵩焘，曾纪泽，单鸿。") == ["郭嵩焘", "曾纪泽", "单鸿"]


def test_comma_list_of_places_no_person():
    assert _persons("他去过广州，上海，南京\n") == []


# --- 5. 初 "at first" after a name ----------------------------------------------------------------------------

def test_chu_adverb_after_name():
    assert _persons("吴健初雇洋人教练水师。") == ["吴健"]
    assert _persons("陶明初任知县，后升知府。") == ["陶明"]


def test_chu_after_ordinary_word():
    assert _persons("民国初建，百废待兴。") == []
    assert _persons("当初任职时无人反对。") == []


# --- 6. a Qing circuit's intendant ---------------------------------------------------------------------------

def test_circuit_intendant():
    assert _persons("苏松太道邵义成会同办理。") == ["邵义成"]
    assert "邵义成" in _persons("其时津海关道邵义成奏请设局。")


def test_circuit_post_words_no_name():
    assert _persons("上海道台之外，另设一局。") == []
    assert _persons("他说道路难行。") == []
    assert _persons("铁道兵团开进。") == []


# --- 7. a Japanese full name before a title or a verb of action (Traditional script) ---------------------------

def test_japanese_full_name_before_verb_traditional():
    # made-up names whose given part is also a county (長寧, 南鄉): the person wins over the place reading
    assert ("小野長寧", "PERSON") in _ents("小野長寧率部登陸。")
    assert ("小野長寧", "PERSON") in _ents("日軍小野長寧中隊長下令。")
    assert not any(label == "GPE" for _, label in _ents("松井南鄉率部登陸。"))


def test_japanese_full_name_before_rank_kept():
    assert ("小野新鄉", "PERSON") in _ents("小野新鄉大佐率部登陸。")


def test_japanese_surname_before_ordinary_word():
    assert _persons("大山深处率先响起枪声。") == []


# --- 8. a name after 日将 / 敌将 / 日酋 -------------------------------------------------------------------------

def test_enemy_general_name():
    assert _persons("斩日将森下七造于城下。") == ["森下七造"]
    assert _persons("我军击毙敌将岩田。") == ["岩田"]


def test_enemy_general_without_name():
    assert _persons("敌将不知去向。") == []


def test_enemy_generals_word_no_name():
    assert _persons("敌将伤亡惨重。") == []
    assert _persons("敌将领纷纷逃走。") == []


def test_post_de_frequent_word_tagged_as_name():
    assert _persons("团长的马匹有三匹。") == []
    assert _persons("连长的王强带一个班冲锋。") == ["王强"]
