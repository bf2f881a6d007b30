"""The Chinese names of the English place tables are read in Chinese text too (one place in both languages):
countries, ports and towns the Chinese lists lacked, with the table's label; ordinary words and personal names
among them are left out (lexicons/en_places_zh_excluded.txt)."""

from pipeline import extract_text


def _places(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"] if e["label"] in ("GPE", "LOC", "FAC")]


def test_world_and_port_names_of_the_english_tables_are_places_in_chinese():
    assert _places("商船从直布罗陀出发，经马耳他驶往巴厘巴板。") == [
        ("直布罗陀", "GPE"), ("马耳他", "GPE"), ("巴厘巴板", "GPE")]
    assert _places("委内瑞拉与哥伦比亚接壤。") == [("委内瑞拉", "GPE"), ("哥伦比亚", "GPE")]


def test_a_port_after_an_ordinary_word_of_transliteration_characters():
    # 基地 is an ordinary word, not the first syllables of a longer foreign name
    assert _places("英国海军基地塞得港遭到空袭。") == [("英国", "GPE"), ("塞得港", "GPE")]


def test_a_canal_named_by_a_known_place_is_a_facility():
    assert _places("苏伊士运河由英法两国经营。") == [("苏伊士运河", "FAC")]


def test_ordinary_words_among_the_names_stay_words():
    assert _places("士兵们分到了葡萄和汉堡。") == []


def test_a_short_foreign_name_read_across_a_verb_and_a_longer_name_is_no_place():
    # 到达|卡朗坦: 达卡 is read across the verb's last character and an unknown longer name
    assert _places("侦察连傍晚到达卡朗维尔。") == []
    assert _places("代表团到达达卡后举行会谈。") == [("达卡", "GPE")]
