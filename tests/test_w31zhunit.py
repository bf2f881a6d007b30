"""Session 31 (w31zhunit): Chinese MIL_UNIT and QUANTITY classes read across development sets. Every sentence is
made up for this file; places and eras are real, persons and events invented."""

from pipeline import extract_text
from tests.sentences import ents, exact


def _ent(text: str, surface: str, label: str) -> dict:
    start = text.index(surface)
    for e in extract_text(text, "t", rules_only=True)["entities"]:
        if e["start"] == start and e["end"] == start + len(surface) and e["label"] == label:
            return e
    raise AssertionError((surface, label, ents(text)))


# --- place + kind + head (place_kind_force_names_zh): the kinds and heads added in session 31

def test_county_special_service_battalion():
    text = "次日,莱阳县特务大队奉命转移。"
    e = _ent(text, "莱阳县特务大队", "MIL_UNIT")
    assert e["norm"]["echelon"] == "大队" and e["norm"]["prefix"] == "特务" and e["norm"]["numbers"] == []


def test_province_garrison_brigade_and_cadet_regiment():
    text = "是年,奉天守备旅开抵锦州,湖北学兵团亦随之北上。"
    e = _ent(text, "奉天守备旅", "MIL_UNIT")
    assert e["norm"]["echelon"] == "旅" and e["norm"]["prefix"] == "守备"
    exact(text, "湖北学兵团", "MIL_UNIT")
    assert ("奉天", "GPE") not in ents(text)


def test_region_vanguard_column():
    text = "当年冬,皖南抗日先遣支队进驻山区。"
    e = _ent(text, "皖南抗日先遣支队", "MIL_UNIT")
    assert e["norm"]["echelon"] == "支队"


def test_independent_battalion_and_anti_levy_band():
    exact("后来,宿迁独立营编入主力。", "宿迁独立营", "MIL_UNIT")
    exact("同年,韶关人民抗征队宣告成立。", "韶关人民抗征队", "MIL_UNIT")


def test_place_kind_negatives():
    # an organ (特务机关) and an association (人民团体) are no force; a brigade head needs a service kind
    assert not [s for s, lab in ents("他曾在山西特务机关任职。") if lab == "MIL_UNIT"]
    assert not [s for s, lab in ents("上海人民团体代表前来慰问。") if lab == "MIL_UNIT"]
    assert ("湖南人民旅", "MIL_UNIT") not in ents("湖南人民旅居海外者甚多。")


# --- field armies by their short names (field_army_short_names_zh)

def test_field_army_short_names_beside_each_other():
    text = "渡江前夕,二野和三野百万雄师在四野先遣兵团配合下集结。"
    for name, number in (("二野", 2), ("三野", 3), ("四野", 4)):
        e = _ent(text, name, "MIL_UNIT")
        assert e["norm"]["numbers"] == [number] and e["norm"]["echelon"] == "野战军"


def test_field_army_short_name_in_quotes():
    exact("准备渡海的「四野」部分部队在雷州半岛集结。", "四野", "MIL_UNIT")


def test_open_country_and_surnames_are_no_field_army():
    assert not [s for s, lab in ents("放眼四野,一片荒凉。") if lab == "MIL_UNIT"]
    assert not [s for s, lab in ents("中野先生与三野先生一同来访。") if lab == "MIL_UNIT"]


# --- bare corps (numeral_list_units_zh)

def test_bare_red_army_corps_and_joined_corps():
    e = _ent("另一个渡口是三军团过江的地方。", "三军团", "MIL_UNIT")
    assert e["norm"]["numbers"] == [3] and e["norm"]["echelon"] == "军团"
    exact("二野四兵团和五兵团先后抵达赣东北。", "五兵团", "MIL_UNIT")


def test_counted_corps_stay_quantity():
    assert ("三个军团", "QUANTITY") in ents("共有三个军团参战。")


# --- QUANTITY: 四起, the year named

def test_rising_on_every_side_is_no_count():
    assert not [s for s, lab in ents("一时匪患四起,民不聊生。") if lab == "QUANTITY"]
    assert not [s for s, lab in ents("夜里枪声四起。") if lab == "QUANTITY"]
    assert ("四起", "QUANTITY") in ents("当月共发生四起案件。")


def test_the_year_named_is_no_duration():
    for text in ("那是抗战最艰苦的一年,我在山区养伤。", "对于新一年的作战,司令部另有打算。", "村里举行一年一度的庙会。",
                 "他们攻击上一年突围的敌军。"):
        assert ("一年", "QUANTITY") not in ents(text), text
    assert ("一年", "QUANTITY") in ents("他在山区住了一年。")


# --- chronicle era years (chronicle_era_years_zh)

def test_chronicle_year_after_an_era():
    text = "光绪二十年,某某调任知府。二十一年,某某病卒。"
    e = _ent(text, "二十一年", "DATE")
    assert e["norm"]["value"] == "1895"


def test_chronicle_year_with_season_after_the_republic():
    text = "民国十年,某校成立。十二年春,迁入新址。"
    e = _ent(text, "十二年春", "DATE")
    assert e["norm"]["value"] == "1923-SP"


def test_republic_shortened_to_min():
    text = "后提升为旅长。民四年,某某辞职。"
    e = _ent(text, "民四年", "DATE")
    assert e["norm"]["value"] == "1915"


def test_chronicle_year_negatives():
    assert ("三年", "DATE") not in ents("三年,某某到此。")          # no era named before
    assert ("三年", "QUANTITY") in ents("光绪二十年,他在那里住了三年,后来离开。")   # not at a clause head


def test_lead_fixes_era_bounds_and_soldiers_and_people():
    # a bare year beyond its era's last year counts years (宣统 had three); 军民 is soldiers and people, no force
    from pipeline import extract_text
    ents = [(e["text"], e["label"]) for e in extract_text("宣统元年，新军编成。十年，无事。", rules_only=True)["entities"]]
    assert ("十年", "DATE") not in ents
    ents = [(e["text"], e["label"], e["norm"]) for e in extract_text("光绪二十年，某某调任。二十一年，某某病卒。",
                                                                     rules_only=True)["entities"]]
    assert ("二十一年", "DATE", {"value": "1895"}) in ents
    assert not [e for e in extract_text("华北抗日军民奋起反击。", rules_only=True)["entities"] if e["label"] == "MIL_UNIT"]
