"""Session 25 (s25mine): a commander's name between his force and 部 (leader_after_force_names_zh). All sentences
are made up; the names are invented."""

from tests.sentences import ents, exact


def test_name_after_army_before_bu():
    text = "第八十三军钱立和部奉命东调。"
    exact(text, "钱立和", "PERSON")
    assert ("钱立和部", "PERSON") not in ents(text)


def test_puppet_and_brigade_forms():
    exact("拂晓,伪军孔繁禄部一百余人进犯。", "孔繁禄", "PERSON")
    exact("驻防的有独立旅褚天成部(约千人)。", "褚天成", "PERSON")
    exact("我军在村东正遇伪葛怀山部七人。", "葛怀山", "PERSON")


def test_two_character_name_after_place_word_and_suo_bu():
    exact("他先后在邬震部和韦明部任职。", "邬震", "PERSON")
    exact("该师原为杂牌军尤国栋所部。", "尤国栋", "PERSON")


def test_traditional_script():
    exact("偽軍孔繁祿部百餘人進犯。", "孔繁祿", "PERSON")


def test_words_and_places_before_bu_are_no_names():
    for text in ("日军在江西北部集结。", "该军全部撤退。", "军司令部设在城内。", "日本陆军部文件记载。",
                 "该军部队陆续开到。", "第五军军部驻于城内。"):
        assert not any(label == "PERSON" for _, label in ents(text)), (text, ents(text))
