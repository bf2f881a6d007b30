"""`guarded` patterns find exactly what the pattern finds (pipeline.rules.scan)."""

import importlib
import pkgutil
import random
import re

import pipeline.rules
from pipeline.rules.scan import first_char_guard, guarded


def _matches(pattern, text):
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_guard_is_the_class_of_first_characters_past_look_behinds_and_optional_parts():
    pattern = re.compile(r"(?<![0-9])(?:约|近)?(?:[0-9]{1,3}|[一二三]十)(?:个)?师")
    assert first_char_guard(pattern) == "(?=[0-9一三二约近])"
    assert guarded(pattern).pattern == "(?=[0-9一三二约近])(?:" + pattern.pattern + ")"


def test_no_guard_where_a_match_may_start_anywhere_or_be_empty_or_re_knows_the_start():
    assert first_char_guard(re.compile(r"(?<!x).师")) is None            # any character
    assert first_char_guard(re.compile(r"(?<!x)[^，]{1,3}师")) is None    # a negated class
    assert first_char_guard(re.compile(r"(?<!x)(?:第)?")) is None          # may match empty
    assert first_char_guard(re.compile(r"第[0-9]{1,3}师")) is None          # a literal first: re skips itself
    assert first_char_guard(re.compile(r"[甲乙]种")) is None                 # a class first: the same
    plain = re.compile(r"(?<!x).师")
    assert guarded(plain) is plain


def test_case_folding_and_global_flags_are_kept():
    pattern = re.compile(r"(?i)(?<![\w-])(?:battalion|regiment)s?\b")
    guard = first_char_guard(pattern)
    assert guard == "(?=(?i:[br]))"
    fast = guarded(pattern)
    assert fast.flags == pattern.flags
    text = "the Regiment, two BATTALIONS and a sub-battalion"
    assert [m.group() for m in fast.finditer(text)] == ["Regiment", "BATTALIONS"]
    local = re.compile(r"(?<!x)(?:(?i:k)m|Miles)")     # case folded only inside its group
    assert first_char_guard(local) == "(?=[M]|(?i:[k]))"
    assert _matches(guarded(local), "KM km Km miles Miles \u212am") == _matches(local, "KM km Km miles Miles \u212am")


def test_verbose_pattern_ending_in_a_comment_still_compiles():
    pattern = re.compile("(?x) (?<!a) (?: b | c ) d  # b or c before d")
    assert [m.span() for m in guarded(pattern).finditer("bd cd ad xbd")] == [(0, 2), (3, 5), (10, 12)]


def _rule_patterns():
    for info in pkgutil.iter_modules(pipeline.rules.__path__):
        module = importlib.import_module(f"pipeline.rules.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value


def test_every_rule_pattern_guarded_finds_the_same_matches_on_random_text():
    """Property: for every pattern of the rule modules (guarded or not in place), the guarded
    form gives the same matches, groups included, on random texts made of the pattern's
    own literals, digits, punctuation and CJK characters."""
    rng = random.Random(11)
    filler = list("第一二三十百师团军旅营连，。、 \n0123456789年月日的在向与和AaBbZz-.,'()")
    checked = 0
    for name, pattern in _rule_patterns():
        fast = guarded(pattern)
        if fast is pattern:
            continue
        checked += 1
        literals = re.findall(r"[\u4e00-\u9fffA-Za-z]{1,6}", pattern.pattern)[:200] or ["x"]
        for _ in range(40):
            text = "".join(rng.choice(literals) if rng.random() < 0.5 else rng.choice(filler)
                           for _ in range(rng.randrange(1, 40)))
            assert _matches(fast, text) == _matches(pattern, text), (name, text)
    assert checked >= 60


def test_alternative_guards_keep_the_unit_master_patterns_matches():
    from pipeline.rules import units
    from pipeline.rules.scan import alternative_guard

    assert alternative_guard(r"(?<![、和])(?:新编)?第[0-9]{1,3}师") == "(?=[新第])"
    assert alternative_guard(r"(?<!x).师") == ""
    p = units.patterns()
    plain = re.compile(units.master_re().pattern.split("(?:", 1)[0] + "(?:" + "|".join(
        f"(?P<{kind}>{p[kind]})" for kind in ("named", "numeric", "echless", "code", "directional", "branch")) + ")")
    assert plain.pattern != units.master_re().pattern
    pieces = ["第", "5", "十", "三", "、", "和", "及", "军", "师", "团", "旅", "新编", "暂编", "日", "战车", "第二",
              "兵团", "远征军", "八路军", "菊", "兵团", "东路军", "炮兵", "营", "，", " ", "方面军", "华北"]
    rng = random.Random(11)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in units.master_re().finditer(text)] == expected, text
        found += bool(expected)
    assert found > 1000
