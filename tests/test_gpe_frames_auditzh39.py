"""GPE classes of the session-16 label audit (auditzh39): family villages with 大/小/老, counted county lists,
a county's short form after its province or before a verb of fighting, numeral-initial counties written in full,
and a 、-list opened by 之 holding a county's short form and an X各庄 village. Sentences written for the tests."""

from pipeline import extract_text


def _spans(text: str) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in extract_text(text)["entities"]}


def test_family_village_with_size_word():
    assert ("邢大庄", "GPE") in _spans("民兵连夜向邢大庄转移。")
    assert ("韩小庄", "GPE") in _spans("日伪军包围了韩小庄。")
    spans = _spans("刘小集合全排开会。")
    assert not any(label == "GPE" for _, label in spans)


def test_counted_county_list():
    spans = _spans("红军先后攻克黔江、彭水、酉阳三县。")
    assert {("黔江", "GPE"), ("彭水", "GPE"), ("酉阳", "GPE")} <= spans
    spans = _spans("划出宁海、临海两县的一部分。")
    assert ("临海", "GPE") in spans
    spans = _spans("此关位于山西省繁峙、灵丘两县交界。")
    assert {("山西省", "GPE"), ("繁峙", "GPE"), ("灵丘", "GPE")} <= spans
    spans = _spans("攻克甲子、乙丑、丙寅两县。")          # three items, two counties: no reading
    assert ("甲子", "GPE") not in spans and ("乙丑", "GPE") not in spans


def test_counted_county_keeps_gazetteer_code():
    ents = [e for e in extract_text("收复扬中、江阴二县。")["entities"] if e["text"] == "扬中"]
    assert ents and ents[0]["label"] == "GPE" and ents[0]["norm"].get("id") == "cn:321182"


def test_short_form_after_its_province_and_before_fighting():
    assert ("鱼台", "GPE") in _spans("捻军北上山东鱼台、金乡一带。")
    assert ("鱼台", "GPE") not in _spans("浙江鱼台、金乡。")          # not its province
    assert ("永安", "GPE") in _spans("两军在永安会师。")


def test_numeral_initial_county_in_full():
    assert ("三门县", "GPE") in _spans("民国政府新设三门县。")
    assert ("五华县城", "GPE") in _spans("游击队攻入五华县城。")
    spans = _spans("缴获山炮三门。")
    assert not any(label == "GPE" for _, label in spans)


def test_list_opened_by_zhi_with_short_form_and_ge_zhuang():
    spans = _spans("部队进至蓟县以南之石门、钱各庄一带待命。")
    assert ("石门", "GPE") in spans and ("钱各庄", "GPE") in spans
    spans = _spans("各部、各庄一带都有民兵。")
    assert not any(label == "GPE" for _, label in spans)


def test_pu_after_a_known_township_stays_inside():
    assert ("甲仙埔", "GPE") in _spans("义军夜袭甲仙埔的日警。")
    assert ("甲仙", "GPE") not in _spans("义军夜袭甲仙埔的日警。")     # not the township's short form alone


def test_prefecture_walled_seat_keeps_cheng():
    assert ("台南府城", "GPE") in _spans("日军三路会攻台南府城。")
    assert ("台南府城", "GPE") not in _spans("修补台南府城墙。")


def test_manchurian_family_village_words():
    assert ("韩家窝堡", "GPE") in _spans("抗联袭击韩家窝堡的伪警。")
    assert ("李家窝棚", "GPE") in _spans("部队转移到李家窝棚。")


def test_taken_place_does_not_cut_its_town():
    spans = _spans("先遣营攻下甲渡、龙潭,随后直插甲渡镇。")
    assert ("甲渡镇", "GPE") in spans
    spans = _spans("攻下甲渡、乙湾等地,甲渡村民纷纷送粮。")
    assert ("甲渡", "GPE") in spans


def test_family_village_named_by_stream_or_slope():
    assert ("郑家河", "GPE") in _spans("游击队驻在桃源县郑家河。")
    assert ("郑家河", "LOC") in _spans("日军渡过郑家河向西。")      # crossed: the stream


def test_zhi_before_a_village_is_outside():
    spans = _spans("骑兵移驻夏邑之韩仲集,准备进攻。")
    assert ("韩仲集", "GPE") in spans and ("之韩仲集", "GPE") not in spans
