"""literal_finditer yields exactly what finditer yields, read from a literal every match holds
(pipeline.rules.pattern_literals.literal_plan)."""

import random
import re

from pipeline.rules import scan
from pipeline.rules.pattern_literals import literal_plan
from pipeline.rules.scan import literal_finditer


def test_plan_reads_the_longest_required_literals_and_their_reach():
    # the group's three alternatives at the start (reach: 5 characters of the longest less 3 of the shortest)
    assert literal_plan(re.compile("(军事委员会|军委会|国民政府)([一-鿿]{2,4}?)(行营|行辕)")) \
        == (("军事委员会", "国民政府", "军委会"), 2)
    # a literal inside a look-ahead stands after what the pattern reads before it
    assert literal_plan(re.compile("(?<=[在由])(中?[印缅][印缅])(?=境内|地区)")) == (("地区", "境内"), 3)
    # a literal that holds a shorter one of the list is dropped (the shorter one is in the text where it is)
    assert literal_plan(re.compile("等岛屿|等岛|诸岛|[一二三]岛")) == (("岛",), 2)


def test_no_plan_where_no_literal_is_known_or_re_skips_by_itself():
    assert literal_plan(re.compile("[一-鿿]{2,3}县")) == (("县",), 3)
    assert literal_plan(re.compile("[一-鿿]+县")) is None          # unbounded before the literal
    assert literal_plan(re.compile("(?i)abc[0-9]")) is None         # case-insensitive
    assert literal_plan(re.compile("x?y*")) is None                 # may match the empty string
    assert literal_plan(re.compile("司令部[一-鿿]")) is None         # re's own literal prefix
    assert literal_plan(re.compile("[一-鿿][甲乙]?")) is None       # no character every match holds
    assert literal_plan(re.compile("[甲乙][一-鿿]")) == (("乙", "甲"), 0)    # a first class of listed characters


def test_same_matches_as_finditer_on_random_texts(monkeypatch):
    monkeypatch.setattr(scan, "_LITERAL_COST", 1)    # always read from the literals, however common
    patterns = [
        re.compile("(?<![一二])([东西南北甲乙]{1,2})(?:渡|渡口)(?=[，。]|一带)"),
        re.compile("[，。]((?:[甲乙丙]{2}、){0,2}[甲乙丙]{2})(?=(?:亲)?(?:率|带)(?:领)?[一二]?部)"),
        re.compile("([甲乙]{1,3})(交界|边)(?!区)"),
        re.compile("[(（][a-zā]{0,3}ā[a-z]{0,3}[)）]"),
    ]
    pieces = ["甲", "乙", "丙", "东", "西", "渡", "渡口", "，", "。", "一带", "、", "亲", "率", "带", "领",
              "一", "二", "部", "交界", "边", "区", "(", "（", ")", "）", "a", "ā", "x"]
    _same_as_finditer_on_random_texts(patterns, pieces, 12)


def _same_as_finditer_on_random_texts(patterns, pieces, seed):
    """literal_finditer and finditer agree on 3000 random texts of up to 40 `pieces`."""
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        for pattern in patterns:
            assert ([(m.span(), m.groups()) for m in literal_finditer(pattern, text)]
                    == [(m.span(), m.groups()) for m in pattern.finditer(text)]), (pattern.pattern, text)


def test_a_text_without_the_literals_has_no_match_and_common_literals_fall_back_to_re():
    pattern = re.compile("([一-鿿]{2})渡(?=[，。])")
    assert list(literal_finditer(pattern, "甲乙丙丁。" * 50)) == []
    text = "甲乙渡，" * 50       # 渡 in every fourth character: re scans
    assert [m.span() for m in literal_finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]


def test_the_plan_rarest_in_the_text_is_used_and_gives_the_same_matches(monkeypatch):
    from pipeline.rules.pattern_literals import literal_plans
    pattern = re.compile("[一-鿿]{2}军([一-鿿]{1,3}?)部(?=驻守)")
    plans = literal_plans(pattern)
    # the longest literal first, then the others, best first
    assert plans == ((("驻守",), 7), (("军",), 2), (("部",), 6))
    # 驻守 and 部 are common here, 军 rare: the scan plans from 军 (and still finds every match)
    text = "驻守部" * 300 + "第五军新编部驻守" + "部驻守" * 300 + "八路军一部驻守"
    assert scan._rarest_plan(text, plans) == (("军",), 2)
    tried = []
    real_tried_from = scan._tried_from
    monkeypatch.setattr(scan, "_tried_from", lambda p, t, hits, *rest: tried.append(len(hits))
                        or real_tried_from(p, t, hits, *rest))
    assert [m.span() for m in literal_finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert tried == [2]
    # a text where the first plan is rare keeps it without counting the others
    assert [m.group(1) for m in literal_finditer(pattern, "第五军新编部驻守")] == ["新编"]


def test_the_window_of_starts_before_a_literal_ends_where_the_fewest_characters_before_it_stand(monkeypatch):
    from pipeline.rules.pattern_literals import literal_windows
    # (literals, reach, nearest): 军 stands exactly two characters after a match's start, 部 four to six
    assert literal_windows(re.compile("[一-鿿]{2}军([一-鿿]{1,3}?)部(?=驻守)")) \
        == ((("驻守",), 7, 5), (("军",), 2, 2), (("部",), 6, 4))
    assert literal_windows(re.compile("([甲乙]{1,3})(交界|边)(?!区)"))[1] == (("交界", "边"), 4, 1)
    monkeypatch.setattr(scan, "_LITERAL_COST", 1)    # always read from the literals
    patterns = [re.compile("[一-鿿]{2}军([一-鿿]{1,3}?)部(?=驻守)"),
                re.compile("(?<=[，。])([甲乙丙]{1,2}[一二]?)(?:渡口|渡)([甲乙]{0,2})(?=[，。])"),
                re.compile("([甲乙]{2})[至到]([甲乙丙]{2,3}?)(?:一带|一线)")]
    pieces = ["甲", "乙", "丙", "军", "部", "驻守", "驻", "守", "，", "。", "一", "二", "渡", "渡口", "至", "到",
              "一带", "一线", "带", "线"]
    _same_as_finditer_on_random_texts(patterns, pieces, 24)
    # before each 驻守 (the plan used here) only the starts five to seven characters back are tried
    tried = []
    pattern = patterns[0]
    monkeypatch.setattr(scan, "_tried_from", lambda p, t, hits, reach, words, nxt, nearest=0:
                        tried.append((reach, nearest)) or iter(()))
    list(literal_finditer(pattern, "第五军新编部驻守"))
    assert tried == [(7, 5)]
