"""edict_names_zh (session 23, s23zhname): names of Qing edicts and memorials by their verbs, Mongol names by
their morphemes. Sentences written for the test (made-up names); exact spans, labels, and what must stay untagged."""

from pipeline.rules.edict_names_zh import find_edict_names
from tests.sentences import located


def _spans(text, label="PERSON"):
    return located(text, label)


def _found(text):
    return sorted({text[c.start:c.end] for c in find_edict_names(text)})


# 1. a report, an order and a charge name the official; the name then everywhere
def test_reported_and_ordered_name():
    text = "○又谕、据德楞保奏、贼匪已退。著德楞保即督兵进剿。"
    assert _spans(text) == [(5, 8, "德楞保"), (16, 19, "德楞保")]


def test_charged_list_of_names():
    text = "该抚既经札饬文禄、恒福、先后前往。"
    assert _spans(text) == [(6, 8, "文禄"), (9, 11, "恒福")]


def test_office_before_the_reported_name():
    text = "据御史张文澜奏、该处粮价甚昂。"
    assert (3, 6, "张文澜") in _spans(text)


def test_no_name_from_order_words():
    assert _found("著加恩将该县钱粮蠲免。将此谕令知之。") == []
    assert _found("其人著名一时,著作甚多。") == []
    assert _found("据该抚奏、据称贼已远遁。") == []


# 2. Mongol names by their morphemes; the long name's first morpheme alone
def test_mongol_name_by_morphemes():
    text = "其子色布腾多尔济率众来归,色布腾多尔济旋卒。"
    assert _spans(text) == [(2, 8, "色布腾多尔济"), (13, 19, "色布腾多尔济")]


def test_mongol_lead_alone():
    text = "策妄拉布坦统治其部,策妄与其叔不和。"
    assert _spans(text) == [(0, 5, "策妄拉布坦"), (10, 12, "策妄")]


def test_no_person_before_tribe_or_river():
    assert _found("土谢图汗部与扎布汗河一带。") == []
    assert _spans("平定噶尔丹之乱后。") == [] and _spans("平定噶尔丹之乱后。", "EVENT") == [(2, 7, "噶尔丹之乱")]


# a bandit leader after 匪徒 / 巨匪 (narrative_names_zh)
def test_bandit_leader_after_bandit_words():
    assert (6, 9, "韩立新") in _spans("按据情报匪徒韩立新部窜扰沙沟。")
    assert _spans("匪徒们四处抢掠。") == []


# a commander named by his army after a verb of ordering
def test_commander_named_by_his_army():
    assert _spans("岂可将邓兆先一军率行改调。") == [(3, 6, "邓兆先")]
    assert _spans("令鲍超一军驰援。") == [(1, 3, "鲍超")]
    assert _found("将全军一营调往前线。") == []


# 会同 + a list of colleagues, a known person opening it; the list closed by a comma
def test_colleagues_after_huitong():
    text = "著即驶赴安徽,会同向荣、德兴阿,水陆并进。"
    assert (12, 15, "德兴阿") in _spans(text)
    assert _found("会同各省督抚办理。会同地方官查明。") == []


# a rising named after its leader is one EVENT
def test_rising_named_after_its_leader():
    assert _spans("平定吴三桂之乱后,论功行赏。", "EVENT") == [(2, 7, "吴三桂之乱")]
    assert _spans("同年冬之乱民四起。", "EVENT") == []
