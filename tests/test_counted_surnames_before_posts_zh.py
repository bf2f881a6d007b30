"""Single surnames listed and counted before their shared post: the count is no given name (session 29,
s29zhcount; sentences written for this test)."""

import pytest

from pipeline import extract_text


def _persons(text):
    record = extract_text(text, rules_only=True)
    return [text[e["start"]:e["end"]] for e in record["entities"] if e["label"] == "PERSON"]


@pytest.mark.parametrize("text, not_a_name", [
    ("乃饬孔、孟、荀三主任即日返部。", "荀三"),
    ("遂请周、吴两师长来寓商谈。", "吴两"),
])
def test_a_counted_surname_list_holds_no_name_with_the_count(text, not_a_name):
    assert not_a_name not in _persons(text)


def test_a_name_after_a_longer_list_member_keeps_its_reading():
    assert "李三" in _persons("副官、李三主任到场。")
