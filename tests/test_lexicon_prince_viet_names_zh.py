"""Session 21, round 2 (r21names): Chinese PERSON classes the s21zhper audit saw (pipeline/rules/lexicon_prince_viet_names_zh.py,
english_language_tag_names.py; person_likeness, officer_foreign_names_zh, courtesy_alias_kin_names_zh, unit_forms_zh and lang edits) —
a lexicon entry inside a longer name, names after verbs of sending and joining, verbs after a name read by
likeness, names ending in 说 in an alias list, infobox language-tag residue, Vietnamese names after a 王 title,
Qing princes' names after their title. All sentences are made up."""

from pipeline import extract_text
from pipeline.lang import split_language_runs


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]]


def _persons(text):
    return [(s, e, t) for s, e, label, t, _ in _ents(text) if label == "PERSON"]


def _at(text, name, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name), name)


# --- 1. a lexicon entry inside a longer name ---------------------------------------------------------------------

def test_surname_before_a_lexicon_entry_reads_the_whole_name():
    text = "明朝经过刘居正整顿后，国库渐丰。"
    assert _persons(text) == [_at(text, "刘居正")]
    person = [x for x in _ents(text) if x[2] == "PERSON"][0]
    assert person[4] == {}      # no canonical of the lexicon's 居正


def test_lexicon_entry_alone_or_after_a_post_or_preposition_stays():
    text = "院长居正到会。"
    assert _persons(text) == [_at(text, "居正")]
    text = "他向朱德报告战况。"
    assert _persons(text) == [_at(text, "朱德")]
    # an entry that opens with a common surname is that person
    text = "经过张陈诚部防区。"
    assert _at(text, "陈诚") in _persons(text) and _at(text, "张陈诚") not in _persons(text)


def test_entry_standing_alone_elsewhere_keeps_the_lexicon_reading():
    text = "他见到居正，说了几句。其后刘居正来访。"
    assert _at(text, "居正") in _persons(text)


# --- 2. verbs of sending and joining; verbs after a name ---------------------------------------------------------

def test_names_after_sending_and_joining_verbs():
    text = "朝廷遣使钱全美来议和。"
    assert _persons(text) == [_at(text, "钱全美")]
    text = "湘军会同吴全美师船严防海口。"
    assert _at(text, "吴全美") in _persons(text)
    assert not [x for x in _ents(text) if x[2] == "MIL_UNIT" and "吴全美" in x[3]]   # 师船: warships, no division
    text = "法国遣使福兰克来议和约。"
    assert _at(text, "福兰克") in _persons(text)


def test_ordering_verb_before_a_name_after_a_post():
    text = "巡抚命赵志远率部出城。"
    assert _persons(text) == [_at(text, "赵志远")]
    text = "懿旨：庄亲王会同办理。"
    assert _persons(text) == []
    text = "提督令狐德率部。"
    assert _persons(text) == [_at(text, "令狐德")]


def test_likeness_stops_before_a_verb():
    text = "周宏自下殿而去。刘文望着他的背影。"
    assert _at(text, "刘文望") not in _persons(text)
    text = "其后吴文远说：不可。"
    assert _persons(text) == [_at(text, "吴文远")]


# --- 3. a name ending in 说 in an alias list ---------------------------------------------------------------------

def test_alias_names_ending_in_a_verb_character():
    text = "其人又作阮说、黎说，字伯英。"
    assert _persons(text)[:2] == [_at(text, "阮说"), _at(text, "黎说")]
    text = "又名张达，湖南人。"
    assert _persons(text) == [_at(text, "张达")]
    text = "又称王说是对的。"
    assert _persons(text) == []


# --- 4. infobox language-tag residue -----------------------------------------------------------------------------

def test_chinese_and_latin_names_around_a_language_tag():
    text = "法兰西第三共和国 杜朗法语Pierre Durand\n法兰西第三共和国 罗兰英语Paul-Henri Roland"
    persons = _persons(text)
    assert persons == [_at(text, "杜朗"), _at(text, "Pierre Durand"), _at(text, "罗兰"), _at(text, "Paul-Henri Roland")]


def test_latin_name_with_initials_after_a_tag():
    text = "美国 杰克·T·沃尔英语Jack T. Wall\n美国 汤姆·B·克罗斯英语Tom B. Cross\n参战"
    persons = _persons(text)
    assert _at(text, "Jack T. Wall") in persons and _at(text, "Tom B. Cross") in persons


def test_bracketed_vietnamese_tag():
    text = "阮文甲（越南语：Nguyễn Văn Giáp，1801年）"
    persons = _persons(text)
    assert _at(text, "阮文甲") in persons and _at(text, "Nguyễn Văn Giáp") in persons


def test_no_person_from_a_place_or_unit_before_a_tag():
    text = "法国 法语France\n第九舰队英语Ninth Fleet Squadron\n"
    assert _persons(text) == []


def test_initial_stop_ends_no_sentence():
    text = "美国 杰克·T·沃尔英语Jack T. Wall\n"
    runs = split_language_runs(text)
    latin = text.index("Jack")
    assert any(s <= latin and text.index("Wall") + 4 <= e for s, e, _ in runs)


# --- 5. Vietnamese names after a 王 title ------------------------------------------------------------------------

def test_vietnamese_names_after_a_wang_title():
    text = "阮福淳与定王阮福旸南逃。"
    assert _persons(text) == [_at(text, "阮福淳"), _at(text, "阮福旸")]
    text = "黎光明与新王黎光清被杀。"
    assert _at(text, "黎光清") in _persons(text)
    assert not [p for p in _persons(text) if p[2].startswith("王")]


def test_wang_surname_after_a_preposition_stays():
    text = "阮光平出身广南。由王黎明率领。"
    persons = _persons(text)
    assert _at(text, "阮光平") in persons and _at(text, "王黎明") in persons


# --- 6. a Qing prince's name after his title ---------------------------------------------------------------------

def test_prince_name_after_title():
    text = "年长的庄亲王载功任此职。"
    assert _persons(text) == [_at(text, "载功")]
    text = "贝勒永泰率八旗兵出关。"
    assert _at(text, "永泰") in _persons(text)


def test_prince_title_before_a_verb_reads_no_name():
    assert _persons("庄亲王会筹边务。") == []


def test_prince_known_by_his_title_has_no_name_after_it():
    text = "庆亲王出京。庆亲王载功任此职。"
    persons = _persons(text)
    assert (3, 5, "出京") not in persons and _at(text, "载功") not in persons


def test_tag_before_a_cut_latin_form_still_reads_the_chinese_name():
    # a Latin form with diacritics the language runs cut: the Chinese name is read all the same
    text = "尊室乙(越南語:Tôn Thất Ất,1820年-1880年),又作阮乙说、黎乙说,字伯文,晚號松山,越南人。"
    assert _at(text, "尊室乙") in _persons(text)


def test_nguyen_house_four_character_names_and_not_the_dynasty():
    text = "阮福永清生于顺化。其后阮福永清受封为公。阮朝明命年间，十一弟阮福永泰入京。"
    persons = _persons(text)
    assert _at(text, "阮福永清") in persons and _at(text, "阮福永清", 1) in persons
    from pipeline.rules.lexicon_prince_viet_names_zh import find_lexicon_prince_viet_names
    assert not [c for c in find_lexicon_prince_viet_names(text) if text.startswith("阮朝", c.start)]   # the dynasty
    # written once: no four-character reading (the rule reads the three characters there)
    assert _at(text, "阮福永泰") not in persons and _at(text, "阮福永", 2) in persons


def test_noble_title_before_a_tag_is_no_person():
    text = "受封为从安公(越南语:Tùng An Công/从安公),后追赠为从安郡王(越南语:Tùng An Quận Vương)。"
    assert _persons(text) == []
