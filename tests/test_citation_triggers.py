"""Trigger gates: a pattern scanned only where one of its trigger strings stands in the text must require one.

`required_windows(pattern)` reads the pattern's parse tree: every run of consecutive top-level items that spell a
finite set of strings (literals, classes of literals, alternations and groups of such) gives a set of which every
match holds one. A trigger set covers the pattern when, for one such set, each string holds a trigger."""

from re import _constants as C
from re import _parser

from pipeline.rules import citation_forms_zh as citations

_MOST = 64


def _strings(items) -> set[str] | None:
    out = {""}
    for op, av in items:
        part = _item_strings(op, av)
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _MOST:
            return None
    return out


def _item_strings(op, av) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and all(item_op is C.LITERAL for item_op, _ in av):
        return {chr(code) for _, code in av}
    if op is C.SUBPATTERN and not av[1]:          # no flag turned on inside the group (a case-insensitive one)
        return _strings(av[3].data)
    if op is C.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            part = _strings(alternative.data)
            if part is None:
                return None
            found |= part
        return found
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == av[1]:
        part = _strings(av[2].data)
        return None if part is None else _power(part, av[0])
    return None     # a look-around, a position, a repetition of varying length, a category, …


def _power(part: set[str], times: int) -> set[str]:
    out = {""}
    for _ in range(times):
        out = {a + b for a in out for b in part}
    return out


def required_windows(pattern) -> list[set[str]]:
    items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    windows = []
    for i in range(len(items)):
        for j in range(i + 1, len(items) + 1):
            found = _strings(items[i:j])
            if found is None:
                break
            if "" not in found:
                windows.append(found)
    return windows


def covers(pattern, triggers) -> bool:
    return any(all(any(t in s for t in triggers) for s in window) for window in required_windows(pattern))


def test_helper_reads_required_strings():
    import re
    assert covers(re.compile("(?<=x)[一二]+[:：]《"), (":《", "：《"))
    assert not covers(re.compile("(?<=x)[一二]+[:：]《"), (":《",))          # ：《 matches too
    assert not covers(re.compile("a(?:b|c)?《"), ("b《", "c《"))            # a《 matches too
    assert covers(re.compile("(?:主编|合编)《"), ("编《",))


def test_citation_triggers_cover_their_patterns():
    assert covers(citations._AUTHOR_RE, citations._AUTHOR_TRIGGERS)
    assert covers(citations._EDITORS_RE, citations._EDITORS_TRIGGERS)


def test_gated_citations_still_found():
    text = "参见王大明：《抗战回忆》第3页。\n李国华、陈志远主编《战史资料》，某出版社。"
    names = [text[c.start:c.end] for c in citations._cited_people(text)]
    assert names == ["王大明", "李国华", "陈志远"]
    assert citations._cited_people("王大明《抗战回忆》，李国华编《战史》") == []
