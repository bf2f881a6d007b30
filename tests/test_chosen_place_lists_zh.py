"""Session 33 (w33zhgpe): unfamiliar members of a 、-list of chosen places (chosen_place_lists_zh) and the verbs of
marching to, stationing at or attacking a place before a bare name (place_frames' _TAKEN_RE). Made-up names."""

from pipeline import extract_text
from pipeline.rules.chosen_place_lists_zh import complete_place_lists
from pipeline.rules.place_frames import find_framed_places
from pipeline.spans import Candidate


def _ents(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _spans(text, cands):
    return [(text[c.start:c.end], c.label) for c in cands]


def test_member_between_chosen_places():
    text = "起义军连克杨村、苒达等墟。"
    chosen = [Candidate(5, 7, "GPE", "t", 30)]
    assert _spans(text, complete_place_lists(text, chosen)) == [("苒达", "GPE")]


def test_first_member_after_cue_and_closing_word():
    text = "次日向甍沟、郯沟、三垛方向搜索前进。"
    chosen = [Candidate(9, 11, "GPE", "t", 30)]
    assert _spans(text, complete_place_lists(text, chosen)) == [("甍沟", "GPE"), ("郯沟", "GPE")]


def test_landform_member_is_loc():
    text = "攻击公路北段（苒婆坳、吴圩、某屯）的据点。"
    chosen = [Candidate(11, 13, "GPE", "t", 30)]
    got = _spans(text, complete_place_lists(text, chosen))
    assert ("苒婆坳", "LOC") in got


def test_whole_pipeline_reads_member():
    assert ("苒达", "GPE") in _ents("起义军连克杨村、苒达等墟。")


def test_no_member_of_event_list():
    text = "参加过孟良崮、济南、苒海等战役。"
    chosen = [Candidate(3, 6, "LOC", "t", 30), Candidate(7, 9, "GPE", "t", 30)]
    assert complete_place_lists(text, chosen) == []


def test_no_member_beside_person():
    text = "当地的王德、李强、杨村等人。"
    chosen = [Candidate(3, 5, "PERSON", "t", 30), Candidate(6, 8, "PERSON", "t", 30)]
    assert complete_place_lists(text, chosen) == []


def test_no_member_without_chosen_gpe():
    # no chosen member and no frame of places before the list (session 34 reads one after a verb of taking)
    text = "他说甍沟、郯沟等处。"
    assert complete_place_lists(text, []) == []


def test_framed_members_without_chosen_gpe():
    # session 34 (w34zhgpe): after a verb of taking and before a word of an area, no chosen member is needed
    text = "攻克甍沟、郯沟等处。"
    assert [(text[c.start:c.end], c.label) for c in complete_place_lists(text, [])] == [("甍沟", "GPE"), ("郯沟", "GPE")]


def test_ordinary_word_member_left():
    text = "攻克杨村、工厂、仓库等处。"
    chosen = [Candidate(2, 4, "GPE", "t", 30)]
    assert complete_place_lists(text, chosen) == []


def test_stationing_verb_frame():
    text = "县长调集武装驻防甍块，进行抵抗。"
    assert ("甍块", "GPE") in _spans(text, find_framed_places(text))
    text = "第三旅抵达郯行后奉命前进。"
    assert ("郯行", "GPE") in _spans(text, find_framed_places(text))
    text = "返回时途经苒家土时遭到伏击。"
    assert ("苒家土", "GPE") in _spans(text, find_framed_places(text))


def test_stationing_verb_frame_negative():
    text = "我军进攻受阻，转入防御。"
    assert not [c for c in find_framed_places(text) if c.label == "GPE"]
    text = "敌军抵达之企图落空。"
    assert not [c for c in find_framed_places(text) if c.label == "GPE"]


def test_silver_is_no_place():
    # places_stoplist.tsv: 白银 "silver" is no bare GPE; the city keeps its full form and, where that is written,
    # its bare mentions in a frame of movement (stoplisted_county_mentions_zh)
    assert not any(label == "GPE" for _, label in _ents("县长向商会借白银两万两，又折成白银只有十一两。"))
    assert ("白银市", "GPE") in _ents("他到了白银市。")
    assert ("白银", "GPE") in _ents("他到了白银市。次日直指白银，")


def test_list_with_structures_and_hills():
    text = "与远郊的甍湾、某山、状元桥、龙湾、郯岙等要点均有修建。"
    chosen = [Candidate(7, 9, "LOC", "t", 30), Candidate(10, 13, "FAC", "t", 30), Candidate(14, 16, "GPE", "t", 30)]
    assert _spans(text, complete_place_lists(text, chosen)) == [("甍湾", "GPE"), ("郯岙", "GPE")]


def test_list_of_positions_with_a_height():
    text = "率部坚守五华顶、甍坊子、郯龙庵等既设阵地。"
    chosen = [Candidate(4, 7, "LOC", "t", 30)]
    assert _spans(text, complete_place_lists(text, chosen)) == [("甍坊子", "GPE"), ("郯龙庵", "GPE")]


def test_river_list_member_is_loc():
    text = "先后渡过汉江、甍水、郯河。"
    chosen = [Candidate(4, 6, "LOC", "t", 30), Candidate(10, 12, "LOC", "t", 30)]
    assert _spans(text, complete_place_lists(text, chosen)) == [("甍水", "LOC")]
