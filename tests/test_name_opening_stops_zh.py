"""A stop character that often opens a given name (其 守 受 长 同 向 以 师 奉 致) is read as the first given character
of a three-character name where the name closes right after it (person_name_ends.chinese_name_end, session 27,
s27mine). Sentences written for this test; the names are made up."""

from __future__ import annotations

from pipeline import extract_text
from pipeline.rules.person_name_ends import chinese_name_end


def persons(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text, "t")["entities"] if e["label"] == "PERSON"]


def test_titled_names_opening_with_a_stop_character():
    # the courtesy name in brackets is a PERSON of its own since session 31 (w31zhper, person_bracket_aliases_zh)
    assert persons("团长熊其明(克丞)率部出发。") == ["熊其明", "克丞"]
    assert persons("第三旅旅长冯守义率部增援。") == ["冯守义"]
    assert chinese_name_end("师长许其亮上将", 2) == 5


def test_not_a_name():
    assert chinese_name_end("王向北进发", 0) == -1          # 向 before a direction
    assert chinese_name_end("王其实不在", 0) == -1          # 其实: a word
    assert chinese_name_end("李长期驻守", 0) == -1          # 长期: a word
    assert persons("其中团长王其实不在。") == []
