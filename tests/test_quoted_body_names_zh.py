"""Session 26 (s26mine): quoted_body_names_zh, a body's full name written in quotes is one ORG without the quotes.
Every sentence is written for the test (made-up names); guidelines 13 (no punctuation inside a span) and 15 (a full
official name is one span)."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _spans(text):
    return [(t, lab) for _s, _e, t, lab in _ents(text)]


def test_quoted_office_and_joint_body():
    text = "元代在此设立“漕运提举监”,主管河道。"
    assert (7, 12, "漕运提举监", "ORG") in _ents(text)
    assert ("柳河水利督办署", "ORG") in _spans("明初设立“柳河水利督办署”;清初改设。")
    assert ("五县联合指挥部", "ORG") in _spans("甲县、乙县“五县联合指挥部”,主任王某。")
    assert ("八乡联防办事处", "ORG") in _spans("各乡组成“八乡联防办事处”,统一指挥。")


def test_not_a_body_name():
    # an ordinary word in quotes, a word that only ends like a head, a meeting, a title
    assert not any(lab == "ORG" for _t, lab in _spans("基层组织都叫做“派出所”。"))
    assert not any(lab == "ORG" for _t, lab in _spans("世人所谓“三宝太监”者也。"))
    assert not any(lab == "ORG" for _t, lab in _spans("这就是所谓“旧社会”。"))
    assert ("维新救济会", "ORG") not in _spans("他写了《“维新救济会”始末》一书。")
    # a quoted force is left to the unit finders (no ORG)
    assert not any(lab == "ORG" for _t, lab in _spans("当地成立“青山游击队”。"))
