"""Names of Buddhist clergy by their titles and posts (pipeline/rules/clergy_names_zh.py). Sentences written for
the tests; the names are made up."""

from pipeline import extract_text


def _spans(text, label="PERSON"):
    return [text[e["start"]:e["end"]] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == label]


def _at(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return (start, start + len(name))


def _person_offsets(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_name_before_titles():
    text = "抗战初年,妙澄法师带领僧众救护伤兵,智渊老和尚留守山门。"
    found = _person_offsets(text)
    assert _at(text, "妙澄") in found and _at(text, "智渊") in found
    assert "妙澄法师" not in _spans(text) and "智渊老和尚" not in _spans(text)   # the title stays outside


def test_name_after_posts_and_later_mention():
    text = "该寺住持慧衡和尚同意后,救护队即告成立;翌年慧衡退居,由监院德岸继任。"
    found = _person_offsets(text)
    assert _at(text, "慧衡") in found and _at(text, "慧衡", 1) in found
    assert _at(text, "德岸") in found


def test_abbot_title_after_name():
    text = "民国十年,应某山寺悟川方丈之请,出任监院。"
    assert _at(text, "悟川") in _person_offsets(text)
    assert "之请" not in _spans(text)                       # 方丈 + two characters that are no name


def test_surnamed_religious_name_and_its_chain():
    text = "释妙澄,名德远,一字静山,湖北人。游历者莫不知有妙澄也。"
    found = _person_offsets(text)
    assert _at(text, "释妙澄") in found                      # 释 + the religious name: one PERSON
    assert _at(text, "德远") in found and _at(text, "静山") in found
    assert _at(text, "妙澄", 1) in found                      # the two characters alone later


def test_master_needs_a_religious_page():
    assert _spans("他是著名的国画大师,一代大师。") == []
    text = "寺中众僧迎候,慧岸大师登坛说法。"
    assert _at(text, "慧岸") in _person_offsets(text)


def test_no_names_from_ordinary_words_or_places():
    assert _spans("当时两位法师和三个和尚都在,一位老和尚说话。") == []
    assert _spans("他后来到五台山当和尚去了。") == []
    assert _spans("他自称得到“灵宝大法师”之印。") == []
    assert _spans("寺内有大雄宝殿、方丈殿及执事房。") == []
    assert _spans("某山方丈室内陈设简朴。") == []
    assert _spans("寺中众僧迎候,静山方丈登坛说法。") == []        # a mountain's abbot, no name ending in 山
    assert _spans("他们在解释释放战俘的理由。") == []
