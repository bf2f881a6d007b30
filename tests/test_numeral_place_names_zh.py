"""numeral_place_names_zh (session 31, w31zhgeo): villages and hills whose name opens with a numeral, after a verb or
preposition of place. Sentences written for the test (made-up names); exact spans, labels, what must stay untagged."""

from pipeline.rules.numeral_place_names_zh import find_numeral_place_names
from tests.sentences import located


def _found(text):
    return [(c.start, c.end, text[c.start:c.end], c.label) for c in find_numeral_place_names(text)]


def test_village_after_preposition():
    text = "敌军又在七柳堡屠杀居民四十多人。"
    assert _found(text) == [(4, 7, "七柳堡", "GPE")]
    assert (4, 7, "七柳堡") in located(text, "GPE")


def test_hill_after_verb_of_movement():
    text = "营长赶往五石岩山指挥作战。"
    assert _found(text) == [(4, 8, "五石岩山", "LOC")]


def test_ferry_village_before_a_count():
    assert _found("红军在二柏滩二渡赤水。") == [(3, 6, "二柏滩", "GPE")]


def test_name_before_a_word_of_place():
    assert _found("部队通过九松山一线。") == [(4, 7, "九松山", "LOC")]
    assert _found("两军在六槐房南首次交锋。") == [(3, 6, "六槐房", "GPE")]


# negatives: counts, ordinary words, heads that go on, known places
def test_counts_are_no_names():
    assert _found("敌人在三个村抓人，在一座山上筑堡，攻克三座城。") == []
    assert _found("他住在一小村里。") == []
    assert _found("他们在一山村住下。") == []


def test_head_going_on_into_a_word():
    assert _found("修筑了碉堡和五间营房。") == []
    assert _found("竹筏搬运至三江口渡河点。") == []


def test_known_place_inside():
    assert _found("大学西迁到四川乐山。") == []


def test_no_cue_no_name():
    assert _found("七柳堡屠杀居民四十多人。") == []


def test_a_township_before_a_village_is_no_numeral_name():
    # an administrative suffix inside the stem, or a head running on into another (坪|村), ends no name there
    from pipeline import extract_text
    ents = [(e["text"], e["label"]) for e in extract_text("战士们在三溪乡竹坪村宿营。", rules_only=True)["entities"]]
    assert ents == [("三溪乡", "GPE"), ("竹坪村", "GPE")]
