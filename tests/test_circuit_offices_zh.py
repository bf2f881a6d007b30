"""A circuit (道) named as an official's post: after an appointment verb or before the intendant's name
(session 30, w2zhplace; circuit_names_zh._office_start)."""
import pytest

from pipeline import extract_text


def spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


@pytest.mark.parametrize("text, name", [
    ("光绪三年，授青川通海道，旋署湖北按察使。", "青川通海道"),
    ("是年暂署兰州道，次年调京。", "兰州道"),
    ("其时任江西道监察御史，屡上奏章。", "江西道"),
    ("朝廷饬台湾道李明远并咨会总兵，严加防范。", "台湾道"),
    ("其时王某任补江苏省衢严温道兼海关道。", "衢严温道"),   # the province stays outside
])
def test_circuit_as_post(text, name):
    assert (name, "GPE") in spans(text)


@pytest.mark.parametrize("text, wrong", [
    ("他在云南道路上遇到土匪。", "云南道"),      # 道路: a road
    ("次日进抵县城，补给道具。", "补给道"),
    ("他任北京道德学会会长。", "北京道"),
    ("其时王某任补江苏省衢严温道兼海关道。", "江苏省衢严温道"),
])
def test_no_circuit(text, wrong):
    assert all(t != wrong for t, _ in spans(text))
