"""Forms of popular retellings of the civil war of 1945-1949 (session 14 audit, auditzh26):
pipeline/rules/civil_war_forms_zh.py (叫X的小村子, rivers listed with a known one), and the fixes of the same audit in
person_command_frames_zh (a word with 地/到 after 司令官 is no name), person_dictionary (X车 is a vehicle), person_name_ends (a
lexicon name before a verb with 着), person_actions (a bare surname listed after another before a verb), unfamiliar_landforms_zh
(a clause adverb before 顶), place_area_frames (驻X以西) and names_common (a run of province abbreviations).

Sentences written for these tests (made-up villages, rivers, people and moves; ASCII commas as the genre types them)."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _labelled(text, label):
    return [e for e in _ents(text) if e[2] == label]


# a village the narrator introduces by its name ----------------------------------------------------------------------

def test_named_village_after_jiao():
    text = "当晚,兵团部驻在一个叫柴家集的小村子里。"
    assert (11, 14, "GPE", "柴家集") in _ents(text)


def test_named_village_after_mingjiao_village():
    text = "他们走进一座名叫石岔铺的村庄,天已经黑了。"
    assert (8, 11, "GPE", "石岔铺") in _ents(text)


def test_no_village_from_a_phrase_after_jiao():
    for text in ("他们走进一个叫不出名字的小村子。", "那是一个叫什么的村子?"):
        assert not _labelled(text, "GPE")


# rivers listed with a known river ------------------------------------------------------------------------------------

def test_unfamiliar_river_listed_with_a_known_one():
    text = "部队背后,而且北澄河、涡河都已成为障碍。"
    ents = _ents(text)
    assert (7, 10, "LOC", "北澄河") in ents
    assert (11, 13, "LOC", "涡河") in ents


def test_no_river_where_neither_is_known():
    text = "部队背后,而且北澄河、南澄河都已成为障碍。"
    assert not [e for e in _ents(text) if e[2] == "LOC" and e[3] in ("北澄河", "南澄河")]


# a commander's post before what he did -------------------------------------------------------------------------------

def test_no_name_from_adverb_after_post():
    text = "黄司令官错误地认为敌人已退,王司令官意识到,局面不妙。"
    persons = [e[3] for e in _labelled(text, "PERSON")]
    assert "错误地" not in persons and "意识到" not in persons


def test_name_after_post_still_found():
    text = "兵团司令官柴振邦,决定连夜突围。"
    assert (5, 8, "PERSON", "柴振邦") in _ents(text)


# a vehicle by its make is no name ------------------------------------------------------------------------------------

def test_jeep_is_no_person():
    text = "师长跳下吉普车,走进指挥所。"
    assert not _labelled(text, "PERSON")


def test_dictionary_name_still_found():
    text = "冯子材率部赶到。"
    assert (0, 3, "PERSON", "冯子材") in _ents(text)


# a lexicon name before a one-character verb with 着 ------------------------------------------------------------------

def test_lexicon_name_before_verb_with_zhe():
    text = "司令官黄维坐着吉普车赶到前线。"
    ents = _ents(text)
    assert (3, 5, "PERSON", "黄维") in ents
    assert not [e for e in ents if e[3] in ("官黄维", "黄维坐", "吉普车")]


def test_three_character_name_without_zhe_unchanged():
    text = "黄维坐镇双堆集。"      # 坐镇: no aspect mark, the name stays as before
    assert (0, 2, "PERSON", "黄维") in _ents(text)


# a bare surname listed after another before a verb -------------------------------------------------------------------

def test_bare_surnames_listed_before_verb():
    text = "邱清泉和李弥互不相让。杜聿明力促邱、李执行命令。"
    persons = [e[3] for e in _labelled(text, "PERSON")]
    assert "李执行" not in persons
    assert (18, 19, "PERSON", "李") in _ents(text)


def test_full_name_listed_after_surname_kept():
    text = "战后,赵、孙德胜率部北上。"
    assert (5, 8, "PERSON", "孙德胜") in _ents(text)


# a clause adverb before 顶 is no hill --------------------------------------------------------------------------------

def test_no_hill_from_clause_adverb_before_ding():
    text = "若拖成拉锯,代价太大;可若硬顶猛攻,又会葬送骨干。"
    assert not _labelled(text, "LOC")


# 驻X以西: a place named by its bearing after a verb of stationing ----------------------------------------------------

def test_place_after_station_verb_and_bearing():
    text = "第十八旅驻柴麻以西五里的高地,掩护师部。"
    assert (5, 7, "GPE", "柴麻") in _ents(text)


def test_no_place_from_pronoun_after_station_verb():
    text = "第十八旅驻这里以西五里,掩护师部。"
    assert not _labelled(text, "GPE")


# a run of province abbreviations is no person ------------------------------------------------------------------------

def test_province_run_is_no_person():
    text = "这座城是陇海线要冲,连接秦晋豫,扼住咽喉。"
    assert not _labelled(text, "PERSON")


def test_surname_qin_name_still_person():
    text = "秦德纯率部撤出北平。"
    assert (0, 3, "PERSON", "秦德纯") in _ents(text)


# a bare magnitude with 余 after a verb of capture or loss ------------------------------------------------------------

def test_bare_magnitude_after_capture_is_count():
    text = "城防坍塌,被俘千余,残敌南逃。"
    ents = extract_text(text)["entities"]
    hit = [e for e in ents if e["label"] == "QUANTITY"]
    assert [(e["start"], e["end"], e["text"]) for e in hit] == [(7, 9, "千余")]
    assert hit[0]["norm"]["value"] == 1000 and hit[0]["norm"]["unit"] == "" and hit[0]["norm"]["approx"] == "over"


def test_magnitude_with_measure_word_keeps_its_unit():
    text = "城防坍塌,被俘千余人,残敌南逃。"
    assert _labelled(text, "QUANTITY") == [(7, 10, "QUANTITY", "千余人")]


def test_magnitude_without_verb_of_capture_not_read_here():
    text = "他们说了千余,大家都笑了。"
    assert not _labelled(text, "QUANTITY")
