"""person_likeness: Chinese names no list knows, by statistical name-likeness (sentences written for
these tests; the names are invented)."""

from pipeline.rules.person_likeness import find_likely_names, scored_names
from tests.sentences import at, ents


def _persons(text):
    return [(s, label) for s, label in ents(text) if label == "PERSON"]


def test_unknown_three_character_name_before_a_particle():
    text = "战后的回忆录里，邝子衡的笔记写得最详细。"
    assert [(c.start, c.end, c.label) for c in find_likely_names(text, [])] == [at(text, "邝子衡", "PERSON")]
    assert _persons(text) == [("邝子衡", "PERSON")]


def test_unknown_name_at_clause_start_and_before_a_partner():
    assert _persons("那年冬天，庞书远在山中养伤，直到次年春天才归队。") == [("庞书远", "PERSON")]
    assert ("鲍启明", "PERSON") in _persons("会后，鲍启明与闻一桐分头联络各乡民团。")


def test_words_places_and_units_are_not_taken():
    for text in ("高度重视方面的问题，各部队要提高警惕。",
                 "部队经过张家口和石家庄，抵达黄土岭附近。",
                 "王朝覆灭之后，金光闪闪的宫殿无人看守。",
                 "陆军第五师在曹家湾一带与敌对峙。",
                 "马匹和粮秣都不够，黎明时分才出发。",
                 "周边各村的民兵都来了，江面上全是船。",
                 "前哨报告，敌军沿着河谷向北推进，高达两丈的围墙挡住了去路。"):
        assert find_likely_names(text, []) == [], text


def test_a_force_named_after_its_commander_and_a_village_are_no_name():
    # 黎耀坤旅: the unit owner is read by person_unit_owners; 石窝岭 is a hamlet
    assert find_likely_names("次日，黎耀坤旅进抵石窝岭。", []) == []


def test_transliterated_name_is_not_cut_into_a_chinese_one():
    text = "会上，罗姆斯特发言，随后散会。"
    assert all(text[s:e] != "罗姆斯" for _, s, e in scored_names(text, []))
    assert find_likely_names(text, []) == []


def test_covered_characters_are_left_to_the_other_finders():
    from pipeline.spans import Candidate

    text = "战后的回忆录里，邝子衡的笔记写得最详细。"
    taken = [Candidate(8, 10, "GPE", "test", 30)]
    assert find_likely_names(text, taken) == []


def test_honorific_and_foreign_names_with_a_dot_are_not_taken():
    # no reading at all, whatever the threshold
    assert scored_names("会后，秦老亲自送客人出门。", [], -40.0) == []
    assert scored_names("董事长柯林·韦斯特抵达北京。", [], -40.0) == []
    assert find_likely_names("董事长柯林·韦斯特抵达北京。", []) == []


def test_a_text_ending_in_a_two_character_surname_is_extracted():
    # 百里, 欧阳, 司马 are compound surnames: one at the very end of a text has no given name after it (it used to
    # raise IndexError and lose the whole document)
    from pipeline import extract_text

    for text in ("红军一天走了几百里", "他姓司马", "这位就是欧阳"):
        extract_text(text)
    assert [e["text"] for e in extract_text("红军一天走了几百里")["entities"]] == ["红军", "一天", "几百里"]
