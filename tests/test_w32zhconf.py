"""Session 32 (w32zhconf): Chinese GPE/LOC classes read across development sets.

- landform_heads: a height before a word of position on or in it (X山上, X岭里, X岭中的, X山方向), and a height
  placed in a county, its seat, a district or a village written right before it, with a landform word after it
  (某县X山一带, 村北X山方向, 某镇X山脚下);
- local_places: an unfamiliar name in 坡/沟/坝/溪/洲 found in a place frame is the village (GPE), unless a
  river's or a height's word says the ground is meant.
Sentences made up for the tests.
"""

import pytest

from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


@pytest.mark.parametrize("text, name", [
    ("当地的磨盘山上修有炮楼。", "磨盘山"),                  # 的 + a height + 上 before a verb of building
    ("，狮子岭中的游击队坚持了三年。", "狮子岭"),            # a clause mark + a height + 中的
    ("烈士们埋葬在不远处的老鸦岭里。", "老鸦岭"),            # 的 + a height + 里 before a clause mark
    ("老人往村北鸡冠山方向跑去。", "鸡冠山"),                # a village and its bearing, the height, 方向
    ("柳塘镇翠屏山脚下有一座小庙。", "翠屏山"),              # a town right before, 脚下 after
    ("是年，在平川县城玉屏山上建了一座塔。", "玉屏山"),      # a county seat right before, 上 after
])
def test_height_in_position_frames_is_loc(text, name):
    spans = _spans(text)
    assert (name, "LOC") in spans
    assert not any(label == "LOC" and span != name and name in span for span, label in spans)


def test_bearing_after_village_stays_outside():
    spans = _spans("老人往村北鸡冠山方向跑去。")
    assert ("北鸡冠山", "LOC") not in spans


@pytest.mark.parametrize("text, not_loc", [
    ("知县王金山到任。", "王金山"),                  # a post before a person
    ("张玉山中弹牺牲。", "张玉山"),                  # 中弹: no position word
    ("他在马鞍山上班。", "马鞍山"),                  # 上班: no position word (the city stays a GPE)
    ("温州城区附郭诸山都有工事。", "附郭诸山"),      # the hills counted together, no name
    ("他生于平江县石桥乡青茅岭的一户农家。", "青茅岭"),  # a township before, no landform word after: the village
])
def test_position_frames_negatives(text, not_loc):
    assert (not_loc, "LOC") not in _spans(text)


def test_village_heads_found_in_place_frames_are_gpe():
    text = "部队从松林坝出发，经苦杨溪到达青石坡宿营。"
    spans = _spans(text)
    assert {("松林坝", "GPE"), ("苦杨溪", "GPE"), ("青石坡", "GPE")} <= spans
    spans = _spans("敌军占领了白马岗，又进驻了黄泥坝。")
    assert ("黄泥坝", "GPE") in spans
    assert ("白马岗", "GPE") not in spans     # 岗 is a height's head: left to the landform finders


@pytest.mark.parametrize("text, name", [
    ("敌人退到红石坡上，被我军包围。", "红石坡"),      # a height's word after it: the slope
    ("部队沿苦杨溪东岸向北追击。", "苦杨溪"),          # a river's word after it: the stream
])
def test_village_heads_on_the_ground_stay_loc(text, name):
    spans = _spans(text)
    assert (name, "GPE") not in spans
    assert (name, "LOC") in spans
