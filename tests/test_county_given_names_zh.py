"""A county or prefecture name glued after a frequent surname, with no frame around it, is the man's given
name (name_collisions_zh._unframed_place_given_names, session 23). Sentences written for the test."""

import pytest

from pipeline.rules.name_collisions_zh import frequent_surnames
from tests.sentences import entities, span_at


@pytest.mark.parametrize("text, name", [
    ("当年二十岁的木匠王永兴是那次轰炸的幸存者。", "王永兴"),
    ("再说说杨靖远，他比我大了五岁。", "杨靖远"),
    ("我的战友孙德清牺牲在河滩上。", "孙德清"),
    ("事后陈民权回忆说，枪声响了一夜。", "陈民权"),
    ("據村民趙長春說，日軍當晚就撤走了。", "趙長春"),
])
def test_county_given_name_is_a_person(text, name):
    found = entities(text)
    assert span_at(text, name, "PERSON") in found
    start = text.index(name)
    assert not [e for e in found if e[2] == "GPE" and start <= e[0] < start + len(name)]


@pytest.mark.parametrize("text, place", [
    ("部队从吉林长春出发。", "长春"),          # 林 ends 吉林
    ("湖南长沙是省会。", "长沙"),              # 南 ends 湖南
    ("浙江宁波港口繁忙。", "宁波"),            # 江 ends 浙江
    ("全军保卫长沙。", "长沙"),                # 卫 ends 保卫
    ("他任长沙警备司令。", "长沙"),            # 任 is a word first: not a frequent surname
    ("日军随即向长沙推进。", "长沙"),
])
def test_place_after_a_word_stays_a_place(text, place):
    found = entities(text)
    assert span_at(text, place, "GPE") in found
    assert not [e for e in found if e[2] == "PERSON"]


@pytest.mark.parametrize("text", [
    "刘永兴县的民团连夜出动。",      # the place runs on into 永兴县
    "当地组织了安义勇军。",          # 义勇 is a word across the place's end
    "王德清河两岸都是稻田。",        # 清河 is a place: the name runs into a longer one
    "，李台山一战，敌伤亡惨重。",    # a county ending in 山 after a surname: a hill
])
def test_no_person_where_the_place_runs_on(text):
    assert not [e for e in entities(text) if e[2] == "PERSON"]


def test_frequent_surnames_are_surnames_first():
    chosen = frequent_surnames()
    assert {"李", "王", "陈", "刘", "杨", "赵", "孙"} <= chosen
    assert not {"于", "任", "方", "高", "金", "董", "程"} & chosen
