"""settlement_verb_frames_zh (session 23, s23zhname): villages after verbs of movement and counties, places written
with 甯. Sentences written for the test (made-up names); exact spans, labels, and what must stay untagged."""

from pipeline.rules.settlement_verb_frames_zh import find_settlement_verb_frames
from tests.sentences import located


def _spans(text, label="GPE"):
    return located(text, label)


def _found(text):
    return sorted({text[c.start:c.end] for c in find_settlement_verb_frames(text)})


# 1. a village after a verb of movement, and everywhere after
def test_village_after_verbs():
    assert (4, 7, "杨柳村") in _spans("匪众窜入杨柳村,抢掠一空。")
    assert (4, 7, "马家垣") in _spans("溃兵突至马家垣农民家中。")
    assert (2, 5, "石门堡") in _spans("途经石门堡(今属某县),")


def test_zi_name_everywhere():
    text = "土匪攻进大河子。次年又围住大河子城池。"
    assert _spans(text) == [(4, 7, "大河子"), (13, 16, "大河子")]


def test_listed_villages_after_verb():
    assert _found("分驻杏花村、桃树屯二处。") == ["杏花村", "桃树屯"]


def test_village_after_county():
    assert "杏树咀子" in _found("全家搬到永丰县杏树咀子,在此定居。")


def test_no_village_from_generic_words():
    assert _found("敌人窜入该村,又进驻军营,到达营地后来到村口。") == []


# 2. places written with the Qing taboo form 甯
def test_taboo_form_places():
    assert (2, 4, "江甯") in _spans("调往江甯驻防。")
    assert _spans("发动乡甯作战。", "EVENT") == [(2, 6, "乡甯作战")]
    assert _found("甯某为人诚朴。") == []


def test_taboo_form_after_a_province():
    assert _spans("与江西甯都贼众相结。") == [(1, 3, "江西"), (3, 5, "甯都")]


# a one-character literary verb before a city ending in 门 is no gate's first character (landform_names_zh)
def test_no_gate_after_literary_verb():
    text = "其贼船攻犯厦门。"
    assert _spans(text, "FAC") == [] and (5, 7, "厦门") in _spans(text)


# a conjunction before a known town in a list is no character of a town name (place_settlement_suffixes_zh)
def test_conjunction_before_known_town():
    spans = _spans("日军驻点包括乞村和新店镇。")
    assert (9, 12, "新店镇") in spans and not any(s == "和新店" for _, _, s in spans)


# below a Korean county: the township (面) and the village (洞, 里)
def test_korean_township_and_village():
    text = "他出生于朝鲜庆尚北道安东郡丰山面上里洞一个农家。"
    spans = _spans(text)
    assert (13, 16, "丰山面") in spans and (16, 19, "上里洞") in spans
    assert (16, 19, "石桥洞") in _spans("1910年生于朝鲜忠清南道天安郡石桥洞的一个农民家庭。")


def test_no_korean_township_for_a_side():
    assert _found("朝鲜军占领安东郡东北面的高地。") == []


def test_bearing_before_the_village_is_a_direction():
    assert _found("敌一部窜至西北杏花寨隐蔽。") == ["杏花寨"]
    assert _found("敌一部窜至东庄隐蔽。") == ["东庄"]
