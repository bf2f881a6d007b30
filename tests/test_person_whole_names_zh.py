"""Whole names the readers cut short (pipeline/rules/person_whole_names_zh.py; session 17 round 3).
Every sentence here is made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _persons(text):
    return [t for t, label in _ents(text) if label == "PERSON"]


def test_word_start_last_given_character():
    assert _persons("邓永和跟随部队南下。") == ["邓永和"]
    assert _persons("总兵蒋启忠义子阵亡。") == ["蒋启忠"]
    assert _persons("冯某平和你谈过此事。") == ["冯某平"]
    assert _persons("师长刘志同、参谋长某人均在城内。") == ["刘志同"]


def test_conjunctions_and_words_after_a_two_character_name_kept():
    assert _persons("张国栋和李明德都到了。") == ["张国栋", "李明德"]
    assert "邓永和" not in _persons("邓永和李明德都到了。")
    assert _persons("王和李都到了。") == []
    assert "冯明和" not in _persons("冯明和他们走了。")
    assert "冯明和" not in _persons("冯明和平时一样早起。")
    assert _persons("冯明同志说。") == ["冯明"]


def test_titled_name_closed_by_a_comma():
    assert _persons("校长钱某午,教务长出席。") == ["钱某午"]
    assert _persons("连长孙家祥、排长出席。") == ["孙家祥"]
    persons = _persons("师长王某部,团长李某等、军长张某也,到了。")
    assert "王某部" not in persons and "李某等" not in persons and "张某也" not in persons


def test_japanese_full_names():
    assert _persons("浪人宫崎虎藏在东京结识了他。") == ["宫崎虎藏"]
    assert _persons("平冈信太郎也出钱出力。") == ["平冈信太郎"]
    ents = extract_text("参谋板垣征四郎到了沈阳。", rules_only=True)["entities"]
    assert [(e["text"], e["norm"].get("canonical")) for e in ents if e["label"] == "PERSON"] == [("板垣征四郎", "板垣征四郎")]
    assert "田良平" not in _persons("内田良平也出钱出力。")


def test_place_given_name_in_a_list_of_persons():
    assert _persons("他认识像毕永年、唐才常这样的人。")[:1] == ["毕永年"]
    assert "王定远" in _persons("会上有张三、王定远、李鸿章。")
    ents = _ents("占领了沙河、永年、邯郸。")
    assert ("永年", "GPE") in ents and not [t for t, label in ents if label == "PERSON"]
