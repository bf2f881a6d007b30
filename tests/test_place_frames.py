"""Villages named without a settlement word, read from their frame (pipeline/rules/place_frames.py):
a preposition of place and a verb of fighting (在X登陆, 向X增援, 在X激战), a verb of landing or taking
and the end of the clause (登陆X后), the members of a 、-list with a known place closed by a word of place
(A、X之线); not gates (西门), not ordinary words (收复失土), not verbs inside (招收复读生).

Every sentence is written for this file with invented villages; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, extracted


def gpes(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "GPE")]


def test_village_between_a_preposition_and_a_verb_of_fighting():
    text = "敌军在澜底登陆，两军在郭古寺激战，援军向石会增援。"
    assert gpes(text) == [at(text, "澜底", "GPE"), at(text, "郭古寺", "GPE"), at(text, "石会", "GPE")]


def test_village_after_a_verb_of_landing_before_after():
    text = "日军登陆澜底后进向基隆。"
    assert gpes(text) == [at(text, "澜底", "GPE"), at(text, "基隆", "GPE")]


def test_members_of_a_list_with_a_known_place():
    text = "守军并列守备垣曲、桐池之线以西地区。敌军退至淮安县城、泾洼、曹集镇之间。"
    assert gpes(text) == [at(text, "垣曲", "GPE"), at(text, "桐池", "GPE"), at(text, "淮安县城", "GPE"),
                          at(text, "泾洼", "GPE"), at(text, "曹集镇", "GPE")]


def test_no_village_for_gates_words_or_glued_verbs():
    text = "守军在西门激战。宫人企盼收复失土。学区不准招收复读生。"
    assert gpes(text) == []


def test_events_named_after_a_village():
    text = "1938年的岩台口事变震动了全国。高家堡伏击战是一次胜仗。宣化店突围后，主力西进。"
    events = [(s, e, lab) for s, e, lab, _ in extracted(text, "EVENT")]
    assert events == [at(text, "岩台口事变", "EVENT"), at(text, "高家堡伏击战", "EVENT"), at(text, "宣化店突围", "EVENT")]


def test_no_event_for_fighting_at_a_village_or_ordinary_places():
    text = "两个连在马家洼战斗到天明。我军在阵地之战中损失不大。"
    assert extracted(text, "EVENT") == []


def test_structure_held_or_attacked():
    text = "日军攻破了小南门，守军退守郑家祠堂。"
    facs = [(s, e, lab) for s, e, lab, _ in extracted(text, "FAC")]
    assert facs == [at(text, "小南门", "FAC"), at(text, "郑家祠堂", "FAC")]


def test_no_structure_for_kinds_of_building():
    text = "敌人炸毁了粮食仓库，又包围了野战医院。"
    assert extracted(text, "FAC") == []
