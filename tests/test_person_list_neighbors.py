"""Names listed with 、 beside a name found by name-likeness (pipeline/rules/person_list_neighbors.py)."""

from pipeline import extract_text


def _persons(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_roll_item_between_likely_names():
    text = "邓福生、柯国建、刘春林、吴正海几位老兵都住在县城。"
    assert (4, 7) in _persons(text)            # 柯国建: between two names the likeness score reads


def test_item_before_doing_together():
    text = "我曾和他的侄子吴泽、吴新年一起下地干活。"
    assert (10, 13) in _persons(text)           # 吴新年 一起


def test_item_before_dash():
    text = "欧阳春生、聂明庚、莫少武——三位烈士都葬在这里。"
    assert (9, 12) in _persons(text)


def test_no_name_beside_no_list():
    text = "他和刘春林商量以后，国建工程就开工了。"
    assert (10, 12) not in _persons(text) and (9, 12) not in _persons(text)
