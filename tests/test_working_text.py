"""The one normalised working text (pipeline.working) and its offset map.

Entities are found on the working text and point into the original: a space,
line break or footnote mark inside an entity is part of its original span.
"""

import pytest

from pipeline import extract_text  # the package API: importing pipeline.extract here
                                    # would shadow pipeline.extract() for other test modules
from pipeline.normalize.numbers import parse_number
from pipeline.working import DeletionMap, normalise, working_text


def ents(text, label=None, tokens=False):
    record = extract_text(text, "t", rules_only=True, tokens=tokens)
    out = [(e["start"], e["end"], e["label"], e.get("norm")) for e in record["entities"]
           if label is None or e["label"] == label]
    return (out, record) if tokens else out


# ----------------------------------------------------------------------------- the text

@pytest.mark.parametrize("typed, working", [
    ("1943 年 5 月 3 日，日军攻占长沙。", "1943年5月3日，日军攻占长沙。"),
    ("日军攻占衡阳,国军退守祁阳(今祁东);战况:激烈!", "日军攻占衡阳，国军退守祁阳（今祁东）；战况：激烈！"),
    ('守军称之为"铁桶",又称"血战"。', "守军称之为“铁桶”，又称“血战”。"),
    ("１９４４年６月，日军第１１军", "1944年6月，日军第11军"),
    ("损失约３０％，１９３８－１９４５年，ＡＢ", "损失约30%，1938-1945年，AB"),
    ("一九四○年，第5·6师与第七﹑八军", "一九四〇年，第5、6师与第七、八军"),
    ("约瑟夫·史迪威，一·二八事变", "约瑟夫·史迪威，一·二八事变"),
    ("兵力１４．８万﹐伤亡不明", "兵力14.8万，伤亡不明"),
    ("日军投入410,000人,损失3.5万", "日军投入410,000人，损失3.5万"),
    ("攻占衡阳[3]，退守祁阳[注1]、[註 2]常宁[编辑][來源請求]", "攻占衡阳，退守祁阳、常宁"),
    ("兵力\n1,100,000人[1]:51\n", "兵力\n1,100,000人\n"),
    # between two Han characters a space separates words and stays, unless the text is
    # letter-spaced (a character standing alone between spaces)
    ("衡阳\u3000城外\u00a0有\t守军", "衡阳\u3000城外有守军"),
    ("抗 日 战 争", "抗日战争"),
    ("大日本帝国 田中静一", "大日本帝国 田中静一"),
])
def test_working_text_normalises_typing(typed, working):
    assert working_text(typed).text == working


def test_english_runs_stay_exactly_as_written():
    text = ("At Toungoo (Burma), the 200th Division held; 7,000 men: enough? "
            "Japanese: 浙贛作戦, pinyin: zhegan.\n")
    # only the Japanese shinjitai 戦 of the quoted term is mapped (variant_chars.py), one for one
    assert working_text(text).text == text.replace("戦", "战")


def test_line_breaks_inside_sentences_are_skipped_headings_and_paragraphs_are_not():
    text = ("第三章 衡阳\n"
            "六月下旬，日军以三个师团围攻衡阳，国军第\n"
            "10 军坚守城池，与敌激战\n四十七天。\n\n"
            "蒋中正\n陈诚\n")
    assert working_text(text).text == ("第三章 衡阳\n"
                                       "六月下旬，日军以三个师团围攻衡阳，国军第10军坚守城池，与敌激战四十七天。\n\n"
                                       "蒋中正\n陈诚\n")


def test_english_words_broken_by_a_hyphen_at_a_line_end_are_joined():
    text = "On 26 Decem-\nber 1950 Gen. Mat-\nthew Ridgway met Chiang Kai-\nshek; a well-\nknown Sino-\nJapanese port."
    assert normalise(text)[0] == ("On 26 December 1950 Gen. Matthew Ridgway met Chiang Kai-shek; "
                                  "a wellknown Sino-\nJapanese port.")
    found = {text[s:e]: label for s, e, label, _ in ents(text)}
    assert found["26 Decem-\nber 1950"] == "DATE"
    assert found["Chiang Kai-\nshek"] == "PERSON"


def test_html_left_in_a_page_is_skipped_next_to_chinese():
    text = "<p>日军第3<br/>师团&nbsp;进攻长沙，日军&amp;伪军</p>"
    assert normalise(text)[0] == "日军第3师团进攻长沙，日军&伪军"
    assert (5, 14, "MIL_UNIT") in [(s, e, label) for s, e, label, _ in ents(text)]   # 第3<br/>师团
    assert normalise("word<br/>word and 5 &amp; 6")[0] == "word<br/>word and 5 & 6"


def test_nothing_to_normalise_is_the_identity():
    text = "日军第三十七师团进攻衡阳，国军第十军坚守四十七天。"
    work = working_text(text)
    assert work.text == text and not work.changed and work.offsets.identity


def test_numeral_zero_forms_parse():
    assert parse_number("一〇三") == 103
    assert parse_number("一九四〇") == 1940


# ----------------------------------------------------------------------------- the map

def test_offset_map_both_ways_through_conversion_and_deletions():
    text = "民國 33 年，日軍[1] 攻陷長沙。"
    work = working_text(text, "t2s")
    assert work.text == "民国33年，日军攻陷长沙。"
    w = work.text
    # working → original: a span keeps the inner spaces, not the outer ones
    assert work.offsets.span_to_src(w.index("33"), w.index("年") + 1) == (3, 7)
    assert text[slice(*work.offsets.span_to_src(0, 5))] == "民國 33 年"
    assert text[slice(*work.offsets.span_to_src(w.index("日"), w.index("日") + 2))] == "日軍"
    assert text[slice(*work.offsets.span_to_src(w.index("攻"), len(w)))] == "攻陷長沙。"
    # original → working: deleted characters fall to the next kept one
    assert work.offsets.to_dst(text.index("33")) == w.index("33")
    assert work.offsets.to_dst(text.index("[")) == w.index("攻")
    assert work.offsets.span_to_dst(0, 7) == (0, 5)
    assert work.offsets.to_src(len(w)) == len(text) and work.offsets.to_dst(len(text)) == len(w)
    for i in range(len(w)):        # every working character comes from the same original one
        src = work.offsets.to_src(i)
        assert work.offsets.to_dst(src) == i
        assert text[src] in (w[i], "軍", "國", "陷", "長")


def test_deletion_map_edges():
    m = DeletionMap([(0, 2), (5, 6)], 8)      # keeps 2,3,4,6,7
    assert m.dst_len == 5 and not m.identity
    assert [m.to_src(i) for i in range(6)] == [2, 3, 4, 6, 7, 8]
    assert [m.to_dst(i) for i in range(9)] == [0, 0, 0, 1, 2, 3, 3, 4, 5]
    assert m.span_to_src(2, 4) == (4, 7)     # "4" and "6": the deleted 5 is inside
    assert m.span_to_src(0, 0) == (2, 2)
    text, offsets = normalise("第 5 师")
    assert text == "第5师" and offsets.span_to_src(0, 3) == (0, 5)


# ----------------------------------------------------------------------------- entities

def test_date_with_spaces_inside_points_into_the_original():
    assert ents("1943 年 5 月 3 日，日军攻占长沙。", "DATE") == [(0, 14, "DATE", {"value": "1943-05-03"})]


def test_unit_across_a_line_break():
    text = "三月，国军调集第\n52 师增援宜昌，战斗十分激烈。"
    assert ents(text, "MIL_UNIT") == [(7, 13, "MIL_UNIT", {"numbers": [52], "echelon": "师",
                                                            "prefix": "", "side": None, "id": None})]


def test_ascii_punctuation_finds_the_same_entities_as_full_width():
    full = ents("日军攻占衡阳，国军退守祁阳（今祁东）。")
    half = ents("日军攻占衡阳,国军退守祁阳(今祁东)。")
    assert half == full and [e[:3] for e in half] == [(4, 6, "GPE"), (11, 13, "GPE"), (15, 17, "GPE")]


def test_full_width_digits():
    found = ents("１９４４年６月，日军第１１军进攻长沙。")
    assert found[0] == (0, 7, "DATE", {"value": "1944-06"})
    assert found[1][:3] == (10, 14, "MIL_UNIT") and found[1][3]["numbers"] == [11]


def test_footnote_marks_never_join_an_entity():
    assert [e[:3] for e in ents("日军攻占衡阳[3]，国军退守祁阳[注1]。")] == [(4, 6, "GPE"), (14, 16, "GPE")]


def test_traditional_and_spaced_together():
    found = ents("民國 33 年 6 月，日軍攻陷長沙。")
    assert found[0] == (0, 11, "DATE", {"value": "1944-06"})
    assert found[1][:3] == (16, 18, "GPE")


def test_values_copied_from_the_text_are_read_back_as_written():
    assert ents("日軍戰車 30 輛沿公路推進。", "QUANTITY") == [
        (5, 9, "QUANTITY", {"value": 30, "unit": "輛", "approx": None})]
    # a line break inside the unit is skipped, not copied
    assert ents("抗战第七年，国军损失了40个\n师的装备，士气低落。", "QUANTITY") == [
        (11, 16, "QUANTITY", {"value": 40, "unit": "个师", "approx": None})]


def test_token_layer_is_the_working_text_in_original_offsets():
    text = "民國 33 年，日軍[1] 攻陷長沙。"
    _, record = ents(text, tokens=True)
    tokens = record["tokens"]
    assert all(t["text"] == text[t["start"]:t["end"]] for t in tokens)
    covered = {i for t in tokens for i in range(t["start"], t["end"])}
    assert not covered & {2, 5, 10, 11, 12, 13}       # spaces and the footnote mark
    assert any((t["start"], t["end"]) == (3, 5) for t in tokens)   # "33"


def test_spans_to_src_is_span_to_src_of_each_span():
    import random

    rng = random.Random(2)
    for _ in range(2000):
        n, deleted, pos = rng.randrange(0, 40), [], 0
        while pos < n:
            a = pos + rng.randrange(0, 5)
            b = a + rng.randrange(1, 4)
            if b > n:
                break
            deleted.append((a, b))
            pos = b + rng.randrange(0, 3)
        mapping = DeletionMap(deleted, n)
        spans = [(rng.randrange(0, mapping.dst_len + 2), rng.randrange(0, mapping.dst_len + 3)) for _ in range(10)]
        assert mapping.spans_to_src(spans) == [mapping.span_to_src(s, e) for s, e in spans], (deleted, spans)


def test_a_field_line_ends_at_its_line_break():
    """A short line holding a field and its value (时间：…, 地点：…) ends at its line break: the
    next line's first word does not join the value (our own sentences)."""
    from pipeline import extract_text

    text = "时间:1950年10月25日上午\n地点:温井\n事件经过:志愿军一部在温井以北伏击南朝鲜军一个营。"
    got = [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert got[:2] == [("1950年10月25日上午", "DATE"), ("温井", "GPE")]
    text = "时间：1947年5月\n地点：孟良崮\n战役经过：华东野战军围歼整编第74师。"
    got = [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert ("孟良崮", "LOC") in got and not any("\n" in name for name, _ in got)
    # a designation broken after 第 by a hard wrap still joins, colon or not
    text = "他在报告中写道：第\n52军于次日进至城南，与敌激战竟日，双方伤亡都很大，随后转移。"
    got = [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert got == [("第\n52军", "MIL_UNIT")]


def test_a_space_typed_as_a_clause_break_before_a_day_keeps_the_day_a_date():
    from pipeline import extract_text

    text = "9月14日夜袭车站 15日又袭兵营，16日再战。"
    got = [(e["text"], e["label"], e["norm"].get("value")) for e in extract_text(text)["entities"]
           if e["label"] in ("DATE", "QUANTITY")]
    assert got == [("9月14日夜", "DATE", "XXXX-09-14TNI"), ("15日", "DATE", "XXXX-09-15"),
                   ("16日", "DATE", "XXXX-09-16")]
    # a number spaced on both sides (PDF text) is still joined to what it counts: a duration
    spaced = [(e["text"], e["label"]) for e in extract_text("守城 4 日后撤走。")["entities"]]
    assert spaced == [("4 日", "QUANTITY")]


def test_numeral_lists_closed_by_a_mark_or_typed_with_ascii_commas():
    from pipeline import extract_text

    for text, span, numbers in (("敌二·五·七·纵队向北窜去。", "二·五·七·纵队", [2, 5, 7]),
                                ("敌二·五·七等纵队向北窜去。", "二·五·七等纵队", [2, 5, 7]),
                                ("三,六,八纵队随后跟进。", "三,六,八纵队", [3, 6, 8])):
        units = [(e["text"], e["norm"]["numbers"]) for e in extract_text(text)["entities"] if e["label"] == "MIL_UNIT"]
        assert units == [(span, numbers)], text
    # a count of tens after a comma stays a count
    assert [e["text"] for e in extract_text("伤亡五,六十人。")["entities"]] == ["六十人"]
