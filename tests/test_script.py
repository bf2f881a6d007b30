"""Script detection, conversion and span projection (offset maps)."""

import pytest

from pipeline.script import convert_record, convert_text, convert_with_map, detect_script

HANS = "1944年4月18日，日军第37师团配属独立混成第7旅团从中牟县向第二十八集团军暂编第十五军阵地发起攻击。"


def test_detect_script():
    assert detect_script(HANS) == "zh-Hans"
    assert detect_script(convert_text(HANS, "s2t")) == "zh-Hant"
    assert detect_script(HANS + convert_text(HANS, "s2t")) == "mixed"
    assert detect_script("The 10th Army held Hengyang for 47 days.") == "none"


def test_char_config_maps_identically():
    conv = convert_with_map(HANS, "s2t")
    assert conv.offsets.identity
    start = HANS.index("第37师团")
    a, b = conv.offsets.span_to_dst(start, start + 5)
    assert conv.text[a:b] == "第37師團"


def test_phrase_config_changes_length_and_spans_follow():
    text = "我的内存很大。\n的士兵在第37师团。\n"
    conv = convert_with_map(text, "s2twp")
    assert conv.text == "我的記憶體很大。\n計程車兵在第37師團。\n"
    cases = {(2, 4): "記憶體", (4, 5): "很", (8, 11): "計程車兵", (12, 17): "第37師團",
             (0, len(text)): conv.text}
    for (s, e), expected in cases.items():
        a, b = conv.offsets.span_to_dst(s, e)
        assert conv.text[a:b] == expected
        assert conv.offsets.span_to_src(a, b) == (s, e)


def test_convert_record_projects_every_span():
    text = "内存不足时，第十军守衡阳47日。"
    rec = {"id": "r", "text": text, "meta": {},
           "entities": [{"start": 6, "end": 9, "label": "MIL_UNIT", "text": "第十军",
                         "norm": {"numbers": [10]}, "source": "gold"},
                        {"start": 10, "end": 12, "label": "GPE", "text": "衡阳", "norm": {},
                         "source": "gold"},
                        {"start": 12, "end": 15, "label": "QUANTITY", "text": "47日",
                         "norm": {"value": 47}, "source": "gold"}]}
    out = convert_record(rec, "s2twp")
    assert out["text"] == "記憶體不足時，第十軍守衡陽47日。"
    assert [(e["text"], e["start"], e["end"]) for e in out["entities"]] == [
        ("第十軍", 7, 10), ("衡陽", 11, 13), ("47日", 13, 16)]
    assert out["label"] == [[7, 10, "MIL_UNIT"], [11, 13, "GPE"], [13, 16, "QUANTITY"]]
    assert out["entities"][0]["norm"] == {"numbers": [10]}
    assert out["meta"]["converted_with"] == "s2twp"
    back = convert_record(out, "tw2sp")
    assert back["text"] == text
    assert back["label"] == [[6, 9, "MIL_UNIT"], [10, 12, "GPE"], [12, 15, "QUANTITY"]]


def test_unknown_config_is_a_clear_error():
    from pipeline.errors import ZhanjiError

    with pytest.raises(ZhanjiError, match="unknown conversion config 'x2y'"):
        convert_text("衡阳", "x2y")


def test_character_counts_are_exact_for_short_and_long_texts(monkeypatch):
    from collections import Counter

    import pipeline.lang as lang

    monkeypatch.setattr(lang, "NUMPY_CHUNK", 1000)      # a long text is counted a chunk at a time
    short = "第9战区 Changsha 𠀀\n"
    long = (short + "長沙會戰，1944年。") * (lang.NUMPY_COUNT_FROM // 10)
    assert len(short) < lang.NUMPY_COUNT_FROM < len(long) and lang.NUMPY_CHUNK < len(long * 3)
    for text in (short, long, "a", long * 3):
        assert dict(lang.char_counts(text)) == dict(Counter(text))
