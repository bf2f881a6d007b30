"""Session 24 (s24zhtown): foreign polities of the Ming and Qing histories (pipeline/rules/foreign_polities_zh.py,
lexicons/polities_ming_qing_zh.tsv) and Qing counties named without 县 (pipeline/rules/qing_county_stems_zh.py).
All sentences are made up."""

from pipeline import extract_text
from pipeline.rules.foreign_polities_zh import find_foreign_polities
from pipeline.rules.qing_county_stems_zh import find_qing_county_stems


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _found(finder, text):
    return [(text[c.start:c.end], c.label) for c in finder(text)]


# --- 1. polities with 国, bare and guarded -----------------------------------------------------------------------

def test_listed_states_with_guo_are_one_gpe_each():
    text = "使者先后到过苏吉丹国、急兰丹国、榜葛剌国和文郎马神国，历时两年。"
    ents = _ents(text)
    for name in ("苏吉丹国", "急兰丹国", "榜葛剌国", "文郎马神国"):
        assert (name, "GPE") in ents
    assert not [e for e in ents if e[1] == "PERSON"]


def test_title_after_guo_leaves_the_state_alone():
    text = "彭亨国王遣使入贡。"
    assert ("彭亨", "GPE") in _ents(text)
    assert ("彭亨国", "GPE") not in _ents(text)


def test_bare_long_name_and_web_variant():
    text = "船队离开满刺加后，又往浩罕去。"
    assert _found(find_foreign_polities, text) == [("满刺加", "GPE"), ("浩罕", "GPE")]


def test_guarded_name_listed_with_another_state_or_after_a_place_word():
    assert _found(find_foreign_polities, "阿鲁、淡巴二国遣使。") == [("阿鲁", "GPE"), ("淡巴", "GPE")]
    text = "急兰丹国的船自溜山返航。"
    assert _found(find_foreign_polities, text) == [("急兰丹国", "GPE"), ("溜山", "GPE")]


def test_guarded_name_alone_or_as_a_word_is_not_a_state():
    assert _found(find_foreign_polities, "自溜山返航。") == []          # no state of the table elsewhere
    assert _found(find_foreign_polities, "百花盛开，国家安定。") == []
    assert _found(find_foreign_polities, "敌军攻占城镇三处。") == []
    assert _found(find_foreign_polities, "暹罗国内大乱。") == []          # 国内 is no suffix
    assert _found(find_foreign_polities, "他住在彭亨镇。") == []          # a Chinese-town reading
    assert _found(find_foreign_polities, "浩罕人与浩罕语") == []           # demonym and language


def test_state_row_only_with_guo():
    assert _found(find_foreign_polities, "缅甸国派船至京。") == [("缅甸国", "GPE")]
    assert _found(find_foreign_polities, "缅甸使臣至京。") == []


# --- 2. Qing counties without 县 -----------------------------------------------------------------------------------

def test_qing_county_stem_after_a_verb_of_movement():
    text = "援军退至临榆，敌遂占领宁洋。"
    assert _found(find_qing_county_stems, text) == [("临榆", "GPE"), ("宁洋", "GPE")]
    stem = find_qing_county_stems("进至盩厔一带")[0]
    assert stem.norm == {"modern": "周至", "id": "cn:610124"}


def test_qing_county_stem_in_a_list_and_before_a_gloss():
    text = "经侯官、震泽（今属吴江）东下。"
    assert _found(find_qing_county_stems, text) == [("侯官", "GPE"), ("震泽", "GPE")]
    assert ("侯官", "GPE") in _ents(text)


def test_qing_county_stem_needs_both_frames():
    assert _found(find_qing_county_stems, "临榆人氏，善骑射。") == []         # nothing of place before it
    assert _found(find_qing_county_stems, "退至临榆关外。") == []           # no end mark after it
    assert _found(find_qing_county_stems, "一直走到通道，") == []          # 通道 is a common word
    assert _found(find_qing_county_stems, "守至河西。") == []             # a region first (compass word last)
