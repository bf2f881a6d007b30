"""Session 32 (w32zhgpe2): wider frames for the short forms of towns (pipeline/rules/place_towns.py).

Sentences written for these tests; the town names are rows of lexicons/towns_cn.tsv."""

from pipeline import extract_text
from pipeline.rules.place_towns import find_towns


def _gpe(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "GPE"]


def _towns(text):
    return [(text[c.start:c.end], c.label) for c in find_towns(text)]


# a bearing from a place, then 的/之, before a town's short form
def test_bearing_after_yi_and_zhi():
    text = "第三团当夜进驻樊城以北之马坊，与友军会合。"
    assert ("马坊", "GPE") in _towns(text)
    assert ("马坊", "GPE") in _gpe(text)


def test_bearing_with_mian_and_de_before_zhi():
    text = "敌军从东面的王佐至北宫一带展开。"
    assert ("王佐", "GPE") in _towns(text)


def test_bearing_after_county_then_move():
    text = "残部经太康东北的杨楼西进。"
    assert ("杨楼", "GPE") in _towns(text)


def test_bearing_after_person_name_is_no_frame():
    # 毛泽东的: a name ending in a bearing character, no bearing from a place
    text = "这是毛泽东的赵庄，不是别人的。"
    assert ("赵庄", "GPE") not in _towns(text)


def test_bearing_needs_an_end_after_the_name():
    # after the name a noun goes on (杨楼小学): no frame
    text = "县城以北的杨楼小学今天开学。"
    assert ("杨楼", "GPE") not in _towns(text)


# a cue verb with a wider end after the short form
def test_cue_before_bracket():
    text = "她把孩子背到李庄（村里只有三十户）藏好。"
    assert ("李庄", "GPE") in _towns(text)


def test_cue_before_de_and_distance():
    text = "驻在新集的骑兵团出动了。我们埋伏在距新集约十里的山口。"
    found = _towns(text)
    assert found.count(("新集", "GPE")) == 2


def test_cue_before_bearing_of_it():
    text = "先头营占领龙岗东南方的高地。"
    assert ("龙岗", "GPE") in _towns(text)


def test_new_cue_verbs():
    assert ("汤庄", "GPE") in _towns("残敌出村奔汤庄、马坊而去。")
    assert ("北宫", "GPE") in _towns("两个连径渡北宫。")


def test_ordinary_word_after_cue_is_no_town():
    # 溪口 is a town's short form jieba knows as a word: read only after its own county
    text = "部队抵达溪口的时候天已黑了。"
    assert ("溪口", "GPE") not in _towns(text)


def test_daole_is_no_cue():
    # 到了 was measured (+2 tp, +3 fp on the pooled held-out passages) and left out
    text = "他们到了北宫。"
    assert ("北宫", "GPE") not in _towns(text)


# a force of a town after its short form
def test_force_after_town_with_de():
    text = "有一次，赵庄的日本兵进村抢粮。"
    assert ("赵庄", "GPE") in _towns(text)


def test_force_after_town_bare():
    text = "我军袭击马坊伪军一个中队。"
    assert ("马坊", "GPE") in _towns(text)


def test_force_after_glued_name_is_no_town():
    # the character before the name glues onto it as a word (大新集): no clause mark, cue or place before it
    text = "他们打败了大新集的日军。"
    assert ("新集", "GPE") not in _towns(text)
