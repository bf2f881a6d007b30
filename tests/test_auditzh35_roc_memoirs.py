"""Forms of Traditional-script memoirs and veterans' pages on the war of 1937-45 (session 15 round 2 audit,
auditzh35). Sentences written for these tests (made-up names; real places only as places)."""

from pipeline import extract_text


def _ents(text):
    return [(e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _entity(text, span):
    return next(e for e in extract_text(text)["entities"] if e["text"] == span)


# --- a bare Republican year with a month or season, before any 民國 -----------------------------------

def test_bare_roc_year_with_season_is_one_date():
    text = "筆者於廿九年秋投效國軍第八十師，任二等兵。"
    ent = _entity(text, "廿九年秋")
    assert ent["label"] == "DATE" and ent["norm"]["value"] == "1940-FA"
    assert ("QUANTITY", "廿九年") not in _ents(text)


def test_bare_roc_year_with_month_and_mod():
    text = "如三十一年四月下旬，某師副師長率部固守城垣，卅三年冬始奉令移防。"
    ent = _entity(text, "三十一年四月下旬")
    assert ent["norm"]["value"] == "1942-04" and ent["norm"].get("mod") == "END"
    assert _entity(text, "卅三年冬")["norm"]["value"] == "1944-WI"


def test_bare_roc_year_with_day():
    text = "二十八年十月九日，敵由岳州南犯。"
    assert _entity(text, "二十八年十月九日")["norm"]["value"] == "1939-10-09"


def test_bare_year_after_another_era_or_as_duration_is_not_read():
    ents = _ents("宣統二年正月，於二十九年三月調任。")
    assert ("DATE", "二十九年三月") not in ents
    ents = _ents("他在軍中服役二十七年，二十年來未曾回鄉。")
    assert not any(label == "DATE" for label, _ in ents)


# --- a name between a service unit and 部 ------------------------------------------------------------

def test_service_unit_then_commander_then_bu():
    text = "城防兵力計警衛團石振榮部及特務營韓立本部。"
    ents = _ents(text)
    assert ("PERSON", "石振榮") in ents and ("PERSON", "韓立本") in ents


def test_service_unit_then_budui_is_no_person():
    ents = _ents("補充團主力部隊隨即開到。")
    assert not any(label == "PERSON" for label, _ in ents)


# --- a city's defence command ------------------------------------------------------------------------

def test_city_defence_command_is_org():
    text = "戰區乃成立「衡陽城區守備指揮部」，另設桂林城防指揮部。"
    ents = _ents(text)
    assert ("ORG", "衡陽城區守備指揮部") in ents and ("ORG", "桂林城防指揮部") in ents


def test_unit_command_post_is_not_a_city_command():
    ents = _ents("第十軍守備指揮部設於城內。")
    assert not any(label == "ORG" and text.startswith("軍") for label, text in ents)


# --- a verb of handing over a post ends the name -----------------------------------------------------

def test_name_ends_before_jiaoxie():
    text = "前任團長方維交卸後，由副團長接任。"
    ents = _ents(text)
    assert ("PERSON", "方維") in ents and ("PERSON", "方維交") not in ents


# --- units numbered with 廿 / 卅 ---------------------------------------------------------------------

def test_nian_numbered_division_with_army_prefix():
    ent = _entity("當年他考入陸軍廿六師政工隊。", "陸軍廿六師")
    assert ent["label"] == "MIL_UNIT" and ent["norm"]["numbers"] == [26] and ent["norm"]["echelon"] == "师"


def test_sa_numbered_army_and_subunit_chain():
    text = "卅一軍與第廿七師會師，他在廿七師一六三團任連長。"
    assert _entity(text, "卅一軍")["norm"]["numbers"] == [31]
    assert _entity(text, "第廿七師")["norm"]["numbers"] == [27]
    ent = _entity(text, "廿七師一六三團")
    assert ent["norm"]["numbers"] == [27, 163] and ent["norm"]["echelon"] == "团"


def test_nian_day_and_count_are_no_unit():
    ents = _ents("廿五日拂曉，隊上男廿四人、女六人。")
    assert not any(label == "MIL_UNIT" for label, _ in ents)


# --- a person whose given name ends in 閣/樓 is no building -------------------------------------------

def test_name_ending_in_ge_named_after_a_title_elsewhere_is_person():
    text = "方振閣是一位儒將，後任團長方振閣率部死守。"
    ents = _ents(text)
    assert ("FAC", "方振閣") not in ents
    assert ents.count(("PERSON", "方振閣")) == 2


def test_pavilion_stays_a_facility():
    ents = _ents("戰後重建天心閣，遊人登上天心閣遠眺。")
    assert ("FAC", "天心閣") in ents
