"""Session 34 (w34zhorg): numbered prefectural committees with their region, a county's provisional or central
committee after the county written with 县, and a battery named by its side after any verb."""

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_arabic_numbered_prefecture_committee():
    text = "抗战胜利后，他调任17地委组织部长。"
    assert ("17地委", "ORG") in _spans(text)
    assert not any(label == "QUANTITY" and span.startswith("17") for span, label in _spans(text))


def test_region_before_numbered_committee_is_inside():
    text = "一九四三年，他到冀南九地委任宣传部长。"
    assert ("冀南九地委", "ORG") in _spans(text)
    text = "次年调往冀东21地委工作。"
    assert ("冀东21地委", "ORG") in _spans(text)


def test_numbered_committee_negatives():
    text = "全县划为14地，委员会另设。"          # a count of places, then another word: no committee
    assert not any(label == "ORG" for _, label in _spans(text))
    text = "他在第14地委员会任职。"
    assert not any(span.endswith("地委") for span, _ in _spans(text))


def test_county_provisional_committee():
    text = "不久，石溪县临时县委在山中成立。"
    assert ("石溪县临时县委", "ORG") in _spans(text)
    text = "会后，青木县中心县委决定发动暴动。"
    assert ("青木县中心县委", "ORG") in _spans(text)


def test_county_committee_negative():
    text = "临时县委书记由他担任。"               # no county written before it: generic
    assert not any(label == "ORG" for _, label in _spans(text))


def test_side_battery_after_any_verb():
    text = "管带又试放南炮台的一门大炮，炮膛炸裂。"
    assert ("南炮台", "FAC") in _spans(text)
    text = "清军在江口建有北炮台。"
    assert ("北炮台", "FAC") in _spans(text)


def test_side_battery_negatives():
    text = "他在河南炮台任职。"                   # 河南 is a province: no battery named 南炮台
    assert ("南炮台", "FAC") not in _spans(text)
    text = "南、北炮台相距不远。"                 # two batteries by their sides: no name
    assert ("北炮台", "FAC") not in _spans(text)


def test_citing_verb_outside_body():
    text = "详细经过，可参阅国防部史政编译局所编的战史。"
    assert ("国防部史政编译局", "ORG") in _spans(text)
    assert not any(span.startswith("可参阅") for span, _ in _spans(text))


def test_place_list_and_verb_outside_body():
    text = "他在汤原、萝北、宝清等地发展反日同盟会会员数百人。"
    spans = _spans(text)
    assert ("反日同盟会", "ORG") in spans
    assert not any("等地" in span for span, _ in spans)


def test_founding_verb_leaves_no_name():
    text = "他晚年在越南倡办学校、义祠和会馆。"
    assert not any(label == "ORG" for _, label in _spans(text))
    text = "当时泰州还没有中学，只有小学。"
    assert not any(label == "ORG" for _, label in _spans(text))


def test_ministry_sends_department():
    text = "由外交部派欧美司科长二人前往。"
    spans = _spans(text)
    assert not any("部派" in span for span, _ in spans)


def test_police_post_kept():
    text = "他到城关派出所报案。"
    assert ("城关派出所", "ORG") in _spans(text)
