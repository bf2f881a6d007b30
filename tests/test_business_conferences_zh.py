"""Session 18 (s18zhqty): conferences named by the state business they settled (business_conferences_zh).
Sentences written for these tests."""

from tests.sentences import spans


def test_reorganisation_conferences_are_events():
    text = "1929年初举行国军编遣会议，8月又召开全国编遣实施会议。"
    assert spans(text, "EVENT") == ["国军编遣会议", "全国编遣实施会议"]


def test_settlement_conference_without_scope():
    text = "段祺瑞随即召集善后会议。"
    assert spans(text, "EVENT") == ["善后会议"]


def test_meeting_named_by_participants_is_no_event():
    text = "当晚召开军事会议，次日又举行高级将领会议和紧急会议。"
    assert spans(text, "EVENT") == []


def test_longer_place_named_conference_kept():
    text = "会后又在黄山召开了黄山整军预备会议。"
    assert "黄山整军预备会议" in spans(text, "EVENT")
