"""Session 24 (s24zhqing): persons of Ming and Qing records (pipeline/rules/ming_qing_record_names_zh.py) — emperors by
temple name, names after Ming guard posts, kinsmen after a kin noun, a courtesy name after a full name, outlaw leaders
after the records' words; a given name that is also a word in annals (qing_annals_zh); official grades and death words
after a Qing post (officer_foreign_names_zh); the Ming records' foreign states (places_historical.tsv, places.py).
All sentences are made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text, rules_only=True)["entities"]]


def _has(text, name, label="PERSON", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), label, name) in _ents(text)


def _none(text, name):
    return not any(e[3] == name or name in e[3] for e in _ents(text))


# --- temple names ----------------------------------------------------------------------------------------------

def test_temple_names_before_ruling_verbs():
    text = "世宗命钱守仁入阁。太祖曰:可。成祖疑其有变。"
    assert _has(text, "世宗") and _has(text, "太祖") and _has(text, "成祖")


def test_temple_name_before_son_ordinal():
    assert _has("宗室某,圣祖第三子之后。", "圣祖")


def test_temple_name_not_a_period_or_ancestor():
    assert _none("世宗年间,百姓安居。", "世宗")
    assert _none("我家高祖曰:勤俭。", "高祖")
    assert _none("太祖陵在城东。", "太祖")


# --- Ming guard posts ---------------------------------------------------------------------------------------------

def test_names_after_ming_guard_posts():
    text = "会都指挥佥事钱守仁卒,都指挥邓宏、孔贤,指挥丁茂反。"
    for name in ("钱守仁", "邓宏", "孔贤", "丁茂"):
        assert _has(text, name), name
    assert _none(text, "丁茂反")


def test_modern_command_words_not_posts():
    assert _none("前线指挥官兵奋勇作战,指挥所设在山上。", "官兵")
    assert _has("前线指挥官薛兴华下令。", "薛兴华") or _none("前线指挥官薛兴华下令。", "官薛兴华")


# --- kin nouns ----------------------------------------------------------------------------------------------------

def test_father_with_manchu_name_before_career():
    text = "宗室文海,字伯和。父多隆善,官盛京将军。"
    assert _has(text, "多隆善")


def test_second_son_and_elder_cousin_given_names():
    text = "起书命次子善新、从兄起文,依计擒之。"
    assert _has(text, "善新") and _has(text, "起文")


def test_kin_nouns_before_ordinary_words():
    assert _none("。父老乡亲,都来送行。", "老乡亲")
    assert _none("其子弟兵,皆精锐。", "弟兵")


# --- courtesy names after a full name -----------------------------------------------------------------------------

def test_courtesy_name_after_native_place_and_name():
    text = "湖南人孔繁书,字通甫,幼读书。"
    assert _has(text, "通甫")


def test_courtesy_name_ending_in_he():
    text = "孔繁书,字子和,湖南人。"
    assert _has(text, "子和")
    assert _none("汉字和,标点符号。", "字和")


# --- outlaw leaders -------------------------------------------------------------------------------------------------

def test_outlaw_leaders_after_record_words():
    text = "时土寇邓大道煽乱,并获贼渠郭中华,事平。"
    assert _has(text, "邓大道") and _has(text, "郭中华")
    assert _ents("贼首被擒,贼渠已死。") == []


# --- a given name that is also a word (qing_annals_zh) ----------------------------------------------------------------

def test_given_name_that_is_a_word_before_annals_predicate():
    text = "钱大年,字子和,奉天人。时捻匪南窜,大年以为不可。"
    assert _has(text, "大年", occurrence=1)
    text = "两江总督陆建瀛赴上游,江苏巡抚杨文定留守。建瀛遽退,文定亦不候旨。"
    assert _has(text, "文定", occurrence=1)


def test_given_word_not_read_without_predicate():
    text = "江苏巡抚杨文定留守。双方文定之礼甚隆。"
    assert not _has(text, "文定", occurrence=1)


# --- grades and death words after a Qing post ---------------------------------------------------------------------

def test_official_grades_are_no_names():
    text = "清朝官阶:提督从一品,总兵正二品,参将正三品。"
    for grade in ("从一品", "正二品", "正三品"):
        assert _none(text, grade)


def test_death_word_after_post_name_stays_outside():
    text = "提督钱守仁阵亡,总兵邓宏战殁。"
    assert _has(text, "钱守仁") and _has(text, "邓宏")


# --- foreign states of the Ming records -----------------------------------------------------------------------------

def test_ming_foreign_states_are_gpe():
    text = "舟师首达占城,次历真腊、满剌加、锡兰山、柯枝、忽鲁谟斯。旧港者,故三佛齐国也。"
    for name in ("占城", "真腊", "满剌加", "锡兰山", "柯枝", "忽鲁谟斯", "三佛齐国"):
        assert _has(text, name, "GPE"), name
    # 旧港 is also "the old port": read as the state only in a list of states or after a word of going
    assert _has("遣使往旧港、满剌加诸国。", "旧港", "GPE")
    assert _none("船泊旧港者十余艘。", "旧港")


def test_state_name_across_ordinary_words():
    assert _none("主要是攻击敌占城镇,拔除据点。", "占城")


def test_modern_commanders_post_not_ming_post():
    assert _none("那天副总指挥郑州李师长到了前线。", "郑州李")
