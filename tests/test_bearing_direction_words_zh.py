"""Session 34 (w34zhlabel): a two-bearing word used as a bearing is no LOC (bearing_direction_words_zh). Sentences
written for the test; made-up county names."""

from pipeline import extract_text
from pipeline.rules.bearing_direction_words_zh import drop_bearing_directions
from pipeline.spans import Candidate


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _spans(text, cands):
    return [(text[c.start:c.end], c.label) for c in cands]


def test_bearing_before_border_is_no_loc():
    text = "该县北与甲县接壤，西南与红河州的河口相邻。"
    ents = _ents(text)
    assert ("西南", "LOC") not in ents
    assert ("红河州", "GPE") in ents


def test_bearing_before_coast_and_side():
    assert ("东南", "LOC") not in _ents("残部退踞浙江东南沿海岛屿。")
    assert ("浙江", "GPE") in _ents("残部退踞浙江东南沿海岛屿。")
    assert ("西北", "LOC") not in _ents("第十军负责最适于登陆的西北正面守备。")


def test_bearing_list():
    text = "北至营口，东南及威海卫，京师震动。"
    chosen = [Candidate(text.index("东南"), text.index("东南") + 2, "LOC", "t", 30)]
    assert _spans(text, drop_bearing_directions(text, chosen)) == []


def test_region_stays():
    for text in ("新开通了进入中国西南的陆上通道。", "成为西北战场上我军的主力。", "以便对付西南的护国军。"):
        assert ("西南", "LOC") in _ents(text) or ("西北", "LOC") in _ents(text), text


def test_two_regions_joined_and_popular_names_stay():
    text = "开发西南与西北。"
    chosen = [Candidate(2, 4, "LOC", "t", 30), Candidate(5, 7, "LOC", "t", 30)]
    assert _spans(text, drop_bearing_directions(text, chosen)) == [("西南", "LOC"), ("西北", "LOC")]
    text = "解放大西北、大西南及沿海各省。"
    chosen = [Candidate(7, 9, "LOC", "t", 30)]
    assert _spans(text, drop_bearing_directions(text, chosen)) == [("西南", "LOC")]


def test_northeast_is_left():
    text = "东北与华北相连。"
    chosen = [Candidate(0, 2, "LOC", "t", 30)]
    assert _spans(text, drop_bearing_directions(text, chosen)) == [("东北", "LOC")]
