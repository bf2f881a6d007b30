"""char_places.char_positions (the places of a few characters, no class compiled for one document) and
re_tuning.keep_compiled_patterns (re's cache holds the patterns used at every document)."""

import re

from pipeline.rules import re_tuning
from pipeline.rules.char_places import char_positions


def test_char_positions_are_finditer_of_the_class():
    text = "甲乙丙甲。乙丁甲"
    assert char_positions(text, {"甲", "乙"}) == [m.start() for m in re.finditer("[甲乙]", text)] == [0, 1, 3, 5, 7]
    assert char_positions(text, {"戊"}) == []


def test_re_keeps_the_patterns_used_at_every_document(monkeypatch):
    monkeypatch.setattr(re, "_MAXCACHE", 512)
    assert re_tuning.keep_compiled_patterns(4096) and re._MAXCACHE == 4096
    monkeypatch.setattr(re, "_MAXCACHE", 10000)
    assert re_tuning.keep_compiled_patterns(4096) and re._MAXCACHE == 10000     # never lowered


def test_per_last_text_keeps_the_value_of_the_last_text_object():
    from pipeline.rules.scan import per_last_text

    calls = []

    @per_last_text
    def starts(text):
        calls.append(text)
        return [i for i, ch in enumerate(text) if ch == "师"]

    first = "".join(["第五", "师与第六师"])
    same_chars = "".join(["第五师", "与第六师"])     # equal, another object
    assert starts(first) == [2, 6] and starts(first) is starts(first)
    assert len(calls) == 1
    assert starts(same_chars) == [2, 6] and len(calls) == 2     # another object: computed again
    assert starts(first) == [2, 6] and len(calls) == 3           # only the last text is kept
    assert starts.__name__ == "starts"
