"""Places of the PRC's border wars after 1950 (session 14 audit, auditzh29): 老山 in its war frame
(pipeline/rules/border_wars_zh.py) and the 1962/1969/1979-89 places of places_foreign_zh.tsv. Own sentences."""

from pipeline import extract_text


def _ents(text: str, labels=("GPE", "LOC")) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] in labels]


def test_laoshan_beside_its_partner_height():
    text = "那年春天，我军先后攻下老山、者阴山，越军退守对面的高地。"
    assert ("老山", "LOC") in _ents(text) and ("者阴山", "LOC") in _ents(text)
    spans = [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["text"] == "老山"]
    assert spans == [(11, 13)]


def test_laoshan_before_a_front_word_and_after_a_verb():
    assert ("老山", "LOC") in _ents("一个师奉命接替友军在老山地区的防务。")
    assert ("老山", "LOC") in _ents("他们再次坚守老山，打退了三次反扑。")


def test_laoshan_event_keeps_its_name_and_ordinary_phrase_is_not_tagged():
    ents = _ents("老山作战打响后，老乡赶着老山羊上了坡，采了几棵老山参。", ("GPE", "LOC", "EVENT"))
    assert ("老山", "LOC") not in ents
    assert not any(t.startswith("老山") and label in ("GPE", "LOC") for t, label in ents)


def test_sino_indian_war_places():
    ents = _ents("东线部队翻过色拉山口，直下德让宗和邦迪拉；另一路沿察隅河南下瓦弄。")
    for name, label in (("色拉山口", "LOC"), ("德让宗", "GPE"), ("邦迪拉", "GPE"), ("瓦弄", "GPE")):
        assert (name, label) in ents
    assert ("加勒万河谷", "LOC") in _ents("西段的加勒万河谷和班公湖一带也有交火。")
    assert ("班公湖", "LOC") in _ents("西段的加勒万河谷和班公湖一带也有交火。")


def test_vietnam_border_heights():
    ents = _ents("他们在扣林山和八里河东山一线轮换防守。")
    assert ("扣林山", "LOC") in ents and ("八里河东山", "LOC") in ents


def test_ordinary_words_near_the_names_do_not_fire():
    # 老山 without its frame, and 西山口 (left out of the list: 西山口音), stay untagged
    ents = _ents("他爷爷是个老山里人，常说西山口音难懂。")
    assert ("老山", "LOC") not in ents and ("西山口", "LOC") not in ents
