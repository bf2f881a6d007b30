"""Session 26 (s26zhgpe): bare towns after the annals' verbs of fighting, falling back and halting
(annals_halt_places_zh), circuits named with 道 (circuit_names_zh), heights named with the bare verb 叫
(landform_names_zh), and the Taiping's 囯 (variant_chars.tsv). Every sentence is written for the test."""

from pipeline import extract_text


def _spans(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_bare_town_after_fighting_and_halting_verbs():
    # guideline table (GPE: town, village): the clause closes on the bare name after the verb
    text = "二月，甲军战于苇坨，大败。乙部败退青坪，复退驻苇坨。"
    spans = _spans(text)
    assert (7, 9, "苇坨", "GPE") in spans          # 战于苇坨，
    assert (17, 19, "青坪", "GPE") in spans        # 败退青坪，
    assert (23, 25, "苇坨", "GPE") in spans        # the same name at its other mention
    # Traditional annals: 戰於 read on the converted text, offsets into the original
    assert ("杏塢", "GPE") in _ents("丙軍與敵戰於杏塢，互有殺傷。")
    assert ("苇坨", "GPE") in _ents("戊军移驻杏坞，分屯苇坨。")


def test_no_town_after_the_verbs():
    # ordinary words, positions and landforms after the verbs are no towns
    assert not any(l == "GPE" for _, l in _ents("两军战于城下，死伤甚众。"))
    assert not any(l == "GPE" for _, l in _ents("残部败退后方，不复成军。"))
    assert not any(t == "原地" for t, _ in _ents("全团退驻原地。"))
    # a clause that goes on after the name reads nothing (战于甲乙之间 is a list frame's, not this one's)
    assert not any(t == "此地" for t, _ in _ents("敌我战于此地。"))


def test_circuit_in_a_chain_and_in_renaming_frames():
    # guideline 6 (place suffixes stay inside): the circuit with 道 is one GPE between province and prefecture
    spans = _spans("两岛清代隶属福建省福宁道福州府长乐县。")
    assert (9, 12, "福宁道", "GPE") in spans and (12, 15, "福州府", "GPE") in spans
    ents = _ents("民国三年青川道改为宁海道。")
    assert ("青川道", "GPE") in ents and ("宁海道", "GPE") in ents
    assert ("迤南道", "GPE") in _ents("该县隶属迤南道。")


def test_no_circuit_for_roads_and_words_with_dao():
    # routes, roads and words that close with 道 are no circuits
    assert not any(l == "GPE" for _, l in _ents("这条人行道改为车道。"))
    assert not any(l == "GPE" for _, l in _ents("大家都知道废话太多。"))
    assert not any(l == "GPE" for _, l in _ents("该段公路道班撤销。"))
    assert ("林荫大道", "GPE") not in _ents("那条林荫大道改为步行街。")


def test_height_named_with_bare_jiao():
    # guideline table (LOC: mountain): a height the text names with 叫 after a clause mark or 名
    spans = _spans("村后有一座高山，叫鼎鼓山，山上有庙。")
    assert (9, 12, "鼎鼓山", "LOC") in spans
    assert ("黑石岭", "LOC") in _ents("那道岭名叫黑石岭。")
    # negatives: an order to go up a hill, a question
    assert _ents("连长叫他上山，") == []
    assert not any(l == "LOC" for _, l in _ents("这座山叫什么山，"))


def test_taiping_guo_variant_maps_to_guo():
    # the Taiping's own 囯: its army's name is read as with 国
    assert ("太平天囯军", "MIL_UNIT") in _ents("太平天囯军攻克城池。") or \
        ("太平天国军", "MIL_UNIT") in _ents("太平天国军攻克城池。") and \
        [l for _, l in _ents("太平天囯军攻克城池。")] == [l for _, l in _ents("太平天国军攻克城池。")]
