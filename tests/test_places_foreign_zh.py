"""Foreign places of Chinese war history in Chinese (pipeline/lexicons/places_foreign_zh.tsv): own sentences."""

from pipeline import extract_text
from pipeline.normalize.places import place_lexicon


def _spans(text: str, labels=("GPE", "LOC")) -> list[tuple[int, int, str]]:
    return [(e["start"], e["end"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] in labels]


def test_korean_counties_and_rivers():
    text = "部队从金化、杨口出发，渡过昭阳江，向长津湖以南的下碣隅里集结。"
    assert _spans(text) == [(3, 5, "GPE"), (6, 8, "GPE"), (13, 16, "LOC"), (18, 21, "LOC"), (24, 28, "GPE")]


def test_japanese_base_towns_and_seas():
    text = "舰队离开大凑，穿过津轻海峡驶向择捉岛。"
    assert _spans(text) == [(4, 6, "GPE"), (9, 13, "LOC"), (15, 18, "LOC")]


def test_vietnamese_and_far_eastern_places():
    text = "解放军攻占孟康和坝洒，苏军则由布拉戈维申斯克渡过结雅河。"
    assert _spans(text) == [(5, 7, "GPE"), (8, 10, "GPE"), (15, 22, "GPE"), (24, 27, "LOC")]


def test_ordinary_words_do_not_fire():
    text = "青藏高原上的球场很多，先锋队在平原上前进，确保胜利后恢复和平。"
    assert _spans(text, ("GPE", "LOC")) == [(0, 4, "LOC")]


def test_chinese_place_keeps_its_chinese_entry():
    lexicon = place_lexicon()
    assert lexicon["高平"].source == "gazetteer"        # 高平 in Shanxi, not the Vietnamese province
    assert lexicon["定州"].source == "gazetteer"
    assert lexicon["高平省"].source == "foreign" and lexicon["高原郡"].label == "GPE"
    assert "高原" not in lexicon or lexicon["高原"].source != "foreign"


def test_ovsk_city_is_not_a_slavic_person():
    text = "苏军从哈巴罗夫斯克出发，越过斯塔诺夫山脉。"
    assert _spans(text, ("GPE", "LOC", "PERSON")) == [(3, 9, "GPE"), (14, 20, "LOC")]
    assert _spans("崔可夫说", ("PERSON",)) == [(0, 3, "PERSON")]


def test_word_like_short_forms_only_in_a_list_of_places():
    text = "我军攻克谅山、老街、河江，美军由熙川、球场、德川后撤。"
    assert _spans(text) == [(4, 6, "GPE"), (7, 9, "GPE"), (10, 12, "GPE"), (16, 18, "GPE"), (19, 21, "GPE"), (22, 24, "GPE")]
    assert _spans("他在球场、公园和老街上散步，远望高原。") == []


def test_preposition_before_a_longer_name_is_not_a_county():
    assert _spans("舰队从江华岛出发，沿河南省边界。") == [(3, 6, "LOC"), (10, 13, "GPE")]
    assert _spans("他到从江去了。") == [(2, 4, "GPE")]
