"""anchored_finditer yields exactly what finditer yields (pipeline.rules.scan)."""

import random
import re

from pipeline.rules.scan import anchored_finditer, read_back_finditer


def test_same_matches_as_finditer_on_a_post_before_a_gap():
    pattern = re.compile("(?:军长|副军长|师长|参谋长)[ \u3000]{1,3}\n?|(?:军长|副军长|师长|参谋长)\n")
    anchor = re.compile("[ \u3000\n]")
    text = "师长 张某某，副军长\n李某；参谋长  \n王某 师长\u3000赵某 军长军长 "
    expected = [(0, 3), (7, 11), (14, 20), (23, 26), (31, 34)]
    assert [m.span() for m in pattern.finditer(text)] == expected
    assert [m.span() for m in anchored_finditer(pattern, text, anchor, 3)] == expected
    words = frozenset("军长 副军长 师长 参谋长".split())
    assert [m.span() for m in anchored_finditer(pattern, text, anchor, 3, words)] == expected


def test_same_matches_on_random_texts_with_look_arounds():
    pattern = re.compile(r"(?<![一二三])第?[0-9]{2,4}号?高地(?!群)|[一二三]{3}高地")
    anchor = re.compile("高地")
    pieces = ["第", "12", "3", "号", "高地", "群", "一", "二三", "，", "高"]
    rng = random.Random(4)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert ([m.span() for m in anchored_finditer(pattern, text, anchor, 8)]
                == [m.span() for m in pattern.finditer(text)])


def test_read_back_scan_gives_the_matches_of_the_whole_form():
    # the whole form, scanned from its first name, against the same form scanned from its connective
    # (names of any characters, the connective and the cue included: matches can overlap)
    whole = re.compile("([\u4e00-\u9fff]{2})和([\u4e00-\u9fff]{2})(?=先后|率)")
    from_connective = re.compile("和(?<=([\u4e00-\u9fff]{2})和)([\u4e00-\u9fff]{2})(?=先后|率)")
    pieces = ["甲", "乙", "丙", "丁", "和", "先后", "率", "，"]
    rng = random.Random(9)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert ([(m.span(1), m.span(2)) for m in read_back_finditer(from_connective, text)]
                == [(m.span(1), m.span(2)) for m in whole.finditer(text)])


def test_same_matches_for_patterns_opening_with_look_behinds():
    # the possible starts are searched behind the look-behinds the pattern opens with (one, several,
    # negative, or a group of alternatives), case folded where the pattern folds case
    patterns = [
        re.compile("(?<=[，。])([甲乙丙]{2,3})(?=司令|长)"),
        re.compile("(?:(?<=[，、])|(?<=日军))(?<!乙)[甲乙丙]{1,2}长"),
        re.compile("(?i)(?<=x)(?<![甲])[a乙]{1,2}长"),
        re.compile("(?<=[，、])([甲乙]{1,2})(?=长)|(?<=日军)(?<!乙)(丙|甲丙)(?=令|司令)"),
    ]
    anchor = re.compile("[长令]")
    pieces = ["甲", "乙", "丙", "，", "、", "。", "日军", "司令", "长", "x", "X", "a", "A"]
    rng = random.Random(11)
    for pattern in patterns:
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
            assert ([m.span() for m in anchored_finditer(pattern, text, anchor, 6)]
                    == [m.span() for m in pattern.finditer(text)]), (pattern.pattern, text)


def test_anchor_starts_are_the_starts_of_finditer():
    # classes and alternatives without a shared first character are found by str.find and tried there
    from pipeline.rules.scan import anchor_starts

    anchors = ["[长令]", "学校|大学", "[(（]现", "(?<=[，、])[长令]", "[长令](?=司)", "大学|学", "长|长令|令长",
               "[苏边]区", "南面|北面|东面|附近", "长", "学校", "[长学]|大学校"]
    pieces = ["长", "令", "学", "校", "大", "(", "（", "现", "，", "、", "司", "苏", "边", "区", "南面", "附近", "x"]
    rng = random.Random(5)
    for source in anchors:
        anchor = re.compile(source)
        for _ in range(800):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
            assert list(anchor_starts(anchor, text)) == [m.start() for m in anchor.finditer(text)], (source, text)


def test_rare_finditer_gives_the_matches_of_finditer():
    # a pattern opening with a few characters is tried where they stand; its look-arounds read as in finditer
    from pipeline.rules.scan import rare_finditer

    patterns = [re.compile("[（(]今([甲乙]{1,3})[)）]"), re.compile("(?<=[入赴])([甲乙])(?=[，。]|作战)"),
                re.compile("(?=[甲乙])(?:甲乙|乙{1,2})丙?"), re.compile("^[甲乙]丙", re.M)]
    pieces = ["甲", "乙", "丙", "（", "(", "今", "）", ")", "入", "赴", "，", "。", "作战", "\n", "x"]
    rng = random.Random(8)
    for pattern in patterns:
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
            assert ([m.span() for m in rare_finditer(pattern, text)]
                    == [m.span() for m in pattern.finditer(text)]), (pattern.pattern, text)


def test_date_anchor_reaches_every_date_start():
    # the DATE finder tries starts only up to DATE_ANCHOR's reach before one of its characters: the
    # farthest are a range's first year (年 at 13), a range's first Chinese day (日 at 11) and an era's year
    from pipeline.rules.dates import DATE_ANCHOR, DATE_RE
    from pipeline.rules.scan import anchored_finditer

    texts = ["，1937 —— 1945 年间，", "，中华民国 三十三 年，", "一大早 二十四 时", "，二十一 —— 三十一 日，",
             "，3 —— 10 月，", "1944.6.14，", "隆冬，深秋", "次年春，", "二十一 世纪", "五十 年代", "10：30"]
    pieces = ["年", "月", "日", "号", "时", "点", "世纪", "春", "冬", "初", "上旬", "第二年", "民国", "十", "二", "三",
              "1", "9", "4", "０", " ", "　", "、", "至", "——", "-", "/", ".", "：", "，", "下午", "凌晨", "x"]
    rng = random.Random(13)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 24))) for _ in range(3000)]
    for text in texts:
        assert ([(m.span(), m.lastgroup) for m in anchored_finditer(DATE_RE, text, *DATE_ANCHOR)]
                == [(m.span(), m.lastgroup) for m in DATE_RE.finditer(text)]), text
    anchor, reach = DATE_ANCHOR
    assert [m.span() for m in anchored_finditer(DATE_RE, texts[0], anchor, reach - 1)] != \
        [m.span() for m in DATE_RE.finditer(texts[0])]     # the reach is needed


def test_start_classes_give_the_matches_of_plain_patterns():
    # patterns compiled with their first characters given to re as a class find what they found before
    from re import _compiler, _parser

    from pipeline.rules import pattern_facts, re_tuning

    assert re_tuning.install_start_classes()
    sources = ["(?=[甲乙])(?:甲乙|乙{1,2})丙?", "(?:中学堂|小学|女中)(?![生校])", "(?<=[入赴])(?:甲|乙丙)",
               "(?=[甲乙丙])(?P<a>(?<![丙])甲{1,2})|(?P<b>乙丙?)", "(?:[甲乙]丙|丙(?=甲))", "(?:(?=甲)甲乙|乙?丙)丁?",
               "(?m)^(?:甲|乙)", "(?:\\b|丙)甲", "(?:甲乙)+|丙", "(?<=[入赴])甲[乙丙]{1,3}", "甲{1,3}", "(?=[甲])甲.",
               "(?:x)+甲", "乙(?:甲|甲丙)?"]
    pieces = ["甲", "乙", "丙", "丁", "入", "赴", "中学堂", "小学", "女中", "生", "\n", " ", "x"]
    rng = random.Random(21)
    for source in sources:
        tree = _parser.parse(source, 0)
        assert pattern_facts.start_class_items(tree) is not None or pattern_facts.RE_CHARSET_PREFIX(tree, 0) is not None, source
        fast = _compiler.compile(source, 0)     # through the installed hook
        hooked = _compiler._get_charset_prefix, _compiler._get_literal_prefix
        _compiler._get_charset_prefix, _compiler._get_literal_prefix = pattern_facts.RE_CHARSET_PREFIX, pattern_facts.RE_LITERAL_PREFIX
        try:
            plain = _compiler.compile(source, 0)
        finally:
            _compiler._get_charset_prefix, _compiler._get_literal_prefix = hooked
        assert (fast != plain) == (pattern_facts.start_class_items(tree) is not None and not pattern_facts.RE_CHARSET_PREFIX(tree, 0))
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 24)))
            assert ([(m.span(), m.lastgroup) for m in fast.finditer(text)]
                    == [(m.span(), m.lastgroup) for m in plain.finditer(text)]), (source, text)
    # a pattern that may match empty, reads a non-ASCII first character case-insensitively or opens with a
    # wide class gets none
    for source in ["甲?", "(?i)éb|cd", "[一-鿿]甲", "\\w甲"]:
        assert pattern_facts.start_class_items(_parser.parse(source, 0)) is None, source


def test_start_classes_of_case_insensitive_digit_and_space_starts_give_the_same_matches():
    # (?i) first letters are written out in every character (?i) reads as them (İ ı ſ K included); \d and \s
    # are given as their members: the same matches as the patterns compiled without a start class
    from re import _compiler, _parser

    from pipeline.rules import pattern_facts, re_tuning

    assert re_tuning.install_start_classes()
    sources = ["(?<![\\w-])(?i:about|some|kin)\\s+\\d+", "(?i)\\b(?:in|by|since)\\s+1[89]\\d\\d",
               "(?<![\\w.])(?:No\\.\\s*)?\\d{1,3}\\s+Group", "(?<=x)\\s+(?:war|War)\\b", "(?:(?i:k)|\\d)x?",
               "(?<![\\w-])(?:(?i:[Ss]ome)|\\d)\\w*"]
    pieces = ["about", "ABOUT", "ſome", "SOME", "kin", "\u212ain", "İn", "ın", "in", "by", "since", " ", "\u3000",
              "\xa0", "\n", "1", "9", "1944", "\u0663", "\uff11", "No.", "Group", "x", "war", "War", "-", "q"]
    rng = random.Random(8)
    for source in sources:
        tree = _parser.parse(source, 0)
        assert pattern_facts.start_class_items(tree) is not None, source
        fast = _compiler.compile(source, 0)
        hooked = _compiler._get_charset_prefix, _compiler._get_literal_prefix
        _compiler._get_charset_prefix, _compiler._get_literal_prefix = pattern_facts.RE_CHARSET_PREFIX, pattern_facts.RE_LITERAL_PREFIX
        try:
            plain = _compiler.compile(source, 0)
        finally:
            _compiler._get_charset_prefix, _compiler._get_literal_prefix = hooked
        assert fast != plain, source
        for _ in range(1500):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16)))
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (source, text)
    # the class of a case-insensitive first letter holds each character (?i) reads as it, nothing else
    items = pattern_facts.start_class_items(_parser.parse("(?i)kin|si", 0))
    assert sorted(chr(av) for _, av in items) == sorted("KkSs\u017f\u212a")


def test_anchor_at_the_start_gives_the_matches_of_finditer():
    # reach 0: each anchor place is tried itself (no start-class search first)
    cases = [("(?<=[，、])[甲乙]{1,3}丙?", "[甲乙]"), ("[甲乙](?:丙|丁丁)?", "[甲乙]"), ("甲(?=乙)|乙丙", "[甲乙]"),
             ("(?:甲|乙)+", "[甲乙]"), ("甲乙?", "甲")]
    pieces = ["甲", "乙", "丙", "丁", "，", "、", "x"]
    rng = random.Random(4)
    for source, anchor in cases:
        pattern = re.compile(source)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 25)))
            assert ([m.span() for m in anchored_finditer(pattern, text, re.compile(anchor), 0)]
                    == [m.span() for m in pattern.finditer(text)]), (source, text)


def test_scanned_starts_and_character_places_are_those_of_finditer():
    # an anchor of one listed character reads the places found for the text before; others are scanned
    from pipeline.rules.scan import scanned_starts, literal_positions

    anchors = ["[长令]", "长", "[长令学]", "学校|大学", "(?<=，)长", "[一-鿿]"]
    pieces = ["长", "令", "学", "校", "大", "，", "x", "长长"]
    rng = random.Random(17)
    for _ in range(600):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        for source in anchors:
            anchor = re.compile(source)
            assert scanned_starts(anchor, text) == [m.start() for m in anchor.finditer(text)], (source, text)
        other = text + "长"        # another text object: its own places
        assert list(literal_positions(other, "长")) == [m.start() for m in re.finditer("长", other)]
        assert list(literal_positions(text, "长长")) == [i for i in range(len(text)) if text.startswith("长长", i)]


def test_clause_start_finditer_gives_finditer_matches():
    import re as _re
    from pipeline.rules.scan import clause_start_finditer

    heads = _re.compile("(?:^|(?<=[。\n]))[ ]*([\u4e00-\u9fff]{2,3})，(?=[0-9]{4})", _re.M)
    empty = _re.compile("(?:^|(?<=[。，]))(?=[\u4e00-\u9fff]{3}任)")
    texts = ["王小明，1901年生。李大，1903年。\n  赵三四，1905年", "他说，王小二，1901年", "", "。",
             "张三丰任团长，李四光任政委。王五任", "任何人，赵某某任连长"]
    for text in texts:
        assert [m.span() for m in clause_start_finditer(heads, text, "。\n")] == [m.span() for m in heads.finditer(text)]
        assert [m.span() for m in clause_start_finditer(empty, text, "。，")] == [m.span() for m in empty.finditer(text)]
    assert [m.group(1) for m in clause_start_finditer(heads, texts[0], "。\n")] == ["王小明", "李大", "赵三四"]
