"""Session 28 (s28zhlab): label decisions between GPE, LOC and ORG in Chinese local histories and memoirs —
encamping words after a bearing and distance (located_places_zh, names_common.ENCAMP_WORDS), security and garrison
commands with 总司令部 and a verb of appointment before the place (fortress_names_zh), a county's bearing parts
(county_bearing_regions_zh), stoplisted county short forms in a frame of movement (stoplisted_county_mentions_zh),
the Qing local bureaus after their place and two committees joined by a verb of subordination (org_patterns).
Every sentence is written for the test; the guideline each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_encamping_word_after_a_distance_is_no_village():
    # contract GPE: a place with a government; 宿营/扎营/驻营 is what the troops do there
    assert _ents("部队行至城西二十里宿营，天明拔营。") == [("二十里", "QUANTITY")]
    assert _ents("当晚在城南五里处扎营，后移至城北八里处驻营。") == [("五里", "QUANTITY"), ("八里", "QUANTITY")]
    # a village in 营 at the same distance stays a GPE
    assert ("张家营", "GPE") in _ents("部队行至城西二十里张家营。")


def test_security_and_garrison_commands_are_one_org():
    # contract ORG: headquarters bodies without an echelon word; docs: a command named by its area is ORG
    assert _ents("将台湾防卫总司令部与台湾省民防司令部合并。") == [("台湾防卫总司令部", "ORG"), ("台湾省民防司令部", "ORG")]
    assert _ents("前南京戒严司令部改为首都卫戍司令部。") == [("南京戒严司令部", "ORG"), ("首都卫戍司令部", "ORG")]
    # a verb of appointment or going before the place is no part of the name
    assert _ents("他任广州城防司令部参谋。") == [("广州城防司令部", "ORG")]
    assert _ents("部队归南京城防司令部指挥。") == [("南京城防司令部", "ORG")]
    # a place that is not a command's stem stays a GPE
    assert _ents("国军撤往金门。") == [("金门", "GPE")]


def test_county_bearing_part_is_a_region():
    # contract LOC: a region without a government (as 皖南, 豫西); the county in full stays a GPE
    assert _ents("泾县的游击队转到泾南，又回到泾西。") == [("泾县", "GPE"), ("泾南", "LOC"), ("泾西", "LOC")]
    # a plain written with the part is one LOC (docs: 川西山地)
    assert ("泾西平原", "LOC") in _ents("泾县以西的泾西平原上。")
    # not without the county written in the text, not before a township, gate or committee word
    assert ("泾南", "LOC") not in _ents("部队转到泾南。")
    assert ("泾东", "LOC") not in _ents("泾县泾东乡的民兵。")
    # a character that is an ordinary word even where X县 is a county gives no stem (和县 … 和东)
    assert _ents("和县的部队向东开进。") == [("和县", "GPE")]


def test_stoplisted_county_bare_after_a_verb_of_movement():
    # contract GPE: a county, also written bare; the text writes it in full first
    assert _ents("日军攻占长寿县后，又进抵长寿，再转向涪陵。") == [("长寿县", "GPE"), ("长寿", "GPE"), ("涪陵", "GPE")]
    # the ordinary word stays out: no full form, or no frame, or a word going on
    assert ("长寿", "GPE") not in _ents("祝老人健康长寿。")
    assert ("和平", "GPE") not in _ents("和平县民众争取和平解放。")
    assert ("长寿", "GPE") not in _ents("长寿县的老人都很长寿。")


def test_qing_local_bureau_is_one_org_with_its_place():
    # contract ORG; guideline 6 (a place inside a longer name belongs to it)
    assert _ents("湘潭团防局和宁波保甲局会商筹饷。") == [("湘潭团防局", "ORG"), ("宁波保甲局", "ORG")]
    assert ("福建善后局", "ORG") in _ents("左宗棠设福建善后局。")


def test_two_committees_joined_by_a_verb_of_subordination():
    # contract ORG: two bodies, not one span over the verb
    assert _ents("余姚县委改属浙东区委领导。") == [("余姚县委", "ORG"), ("浙东区委", "ORG")]


def test_quoted_slogan_is_no_force_name():
    # contract MIL_UNIT: named armed forces; a slogan's verb is outside the force it names
    assert _ents("墙上贴着“欢迎红军”的条子，插着“拥护八路军”的旗子。") == [("红军", "MIL_UNIT"), ("八路军", "MIL_UNIT")]
    assert ("消灭白军", "MIL_UNIT") not in _ents("墙上写着“消灭白军”。")
    # a quoted force name stays one MIL_UNIT
    assert _ents("他们号称“铁血救国军”。") == [("铁血救国军", "MIL_UNIT")]


def test_landscape_idiom_holds_no_place():
    # contract: GPE/LOC are named places; an idiom of terrain names none (landscape_idioms_zh)
    assert _ents("部队翻山越岭，跋山涉水，走过千山万水，翻越崇山峻岭。") == []
    assert _ents("他们走遍山南海北，穿过荒山野岭。") == []
    # the same names outside an idiom stay places
    assert _ents("部队翻越千山，到达海北。") == [("千山", "LOC"), ("海北", "GPE")]
    assert _ents("敌人凭借长江天堑。") == [("长江", "LOC")]

