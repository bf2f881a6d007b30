"""Roads and railways named after two county towns by one character each (pipeline/rules/route_names.py):
after a verb of movement, cutting or holding (沿, 切断了, 在, 破坏了) or in a 、-list; not ordinary words
(退路, 交通线), not a town's front (X湖线 where the pair is a known town), not a longer word (路线).

Every sentence is written for this file with invented routes; tests assert exact spans and labels.
"""

from __future__ import annotations

from sentences import at, extracted


def facs(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, lab) for s, e, lab, _ in extracted(text, "FAC")]


def test_route_pair_after_a_verb_of_cutting_with_le():
    text = "我军切断了锦唐路，敌军增援受阻。"
    assert facs(text) == [at(text, "锦唐路", "FAC")]


def test_route_pair_line_after_a_preposition_and_in_a_list():
    text = "国军在瑞武线反复调动兵力，又控制了长武路、瑞长路。"
    assert facs(text) == [at(text, "瑞武线", "FAC"), at(text, "长武路", "FAC"), at(text, "瑞长路", "FAC")]


def test_direction_first_route_and_no_ordinary_words():
    text = "游击队破坏了北宁路。敌人切断了我军退路，控制了交通线，走的路线很长。"
    assert facs(text) == [at(text, "北宁路", "FAC")]


def test_no_route_for_the_front_at_a_known_town():
    text = "解放军首先突破安庆、芜湖线，向铜陵推进。"
    assert at(text, "芜湖线", "FAC") not in facs(text)
