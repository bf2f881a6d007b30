"""Session 30 (s30zhunit): Chinese MIL_UNIT on Qing, warlord, local, puppet, PLA/NF4A and air-force passages.

Classes tested here, each with sentences written for the test (made-up names):
- a region or province + 空军 is one MIL_UNIT (`东北空军`, `广西空军`), not before a base or school word;
- the North China collaborationist army's short name 治安军 (named_units.tsv) as a named force, alone and as the
  parent of its numbered units (guideline 3), but not where a verb's object opens it and 军 opens the next word
  (`维持治安|军警`, unit_match_checks.named_ok);
- a county of one character with its 县 before its own force (bare_designation_units_zh): a known county outranks a
  longer name guessed from the clause before it (`他率|萧县独立团`), 率 ends the word before a county
  (`某某率萧县独立团`) and is no part of a county's name (`他率|县大队` names no county); a county's independent
  brigade (`X县独立旅`) is one MIL_UNIT like its independent battalion and regiment.
"""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _entity(text, name):
    return next(e for e in extract_text(text, rules_only=True)["entities"] if e["text"] == name)


# --- 治安军: the short name of 华北治安军 ------------------------------------------------------------------------

def test_short_name_of_the_pacification_army_is_a_named_force():
    text = "那年冬天,原治安军里面的军官多半逃散。"
    e = _entity(text, "治安军")
    assert e["label"] == "MIL_UNIT" and e["norm"]["side"] == "COLLAB"


def test_short_name_is_the_parent_of_its_numbered_regiment():
    # guideline 3: a unit written with its parent is one span
    text = "次日,治安军第七团自丰润向北推进。"
    e = _entity(text, "治安军第七团")
    assert e["label"] == "MIL_UNIT" and e["norm"]["numbers"] == [7] and e["norm"]["echelon"] == "团"
    assert ("第七团", "MIL_UNIT") not in _ents(text)


def test_keeping_public_order_before_military_police_names_no_army():
    # negative: 维持治安 + 军警, a verb's object and the next word, no force
    assert not any(label == "MIL_UNIT" for _, label in _ents("县里为维持治安军警并出,彻夜巡查。"))


# --- counties of one character before their own force ---------------------------------------------------------

def test_known_county_outranks_a_name_guessed_from_the_clause_before():
    text = "他率萧县独立团连夜北上。"
    assert ("萧县独立团", "MIL_UNIT") in _ents(text)
    assert not any(name.startswith("他") for name, _ in _ents(text))


def test_leader_and_his_verb_before_a_one_character_county_force():
    text = "王德林率萧县独立团攻打据点。"
    assert ("萧县独立团", "MIL_UNIT") in _ents(text)
    assert ("王德林", "PERSON") in _ents(text)


def test_county_independent_brigade_is_one_unit():
    text = "次年一月,萧县独立旅在宿县以北作战。"
    e = _entity(text, "萧县独立旅")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "旅" and e["norm"]["prefix"] == "独立"


def test_leader_before_a_bare_county_battalion_names_no_county():
    # negative: 他率 + 县大队, no county is written
    ents = _ents("他率县大队连夜转移。")
    assert not any(label in ("MIL_UNIT", "GPE") and "率" in name for name, label in ents)


# --- a region's or province's air force (place_kind_force_names_zh) ---------------------------------------------

def test_region_air_force_of_the_warlord_years_is_one_unit():
    text = "九一八事变后,东北空军的飞机多半落入敌手。"
    assert ("东北空军", "MIL_UNIT") in _ents(text)
    assert ("东北", "LOC") not in _ents(text)


def test_province_air_force_is_one_unit():
    text = "抗战爆发后,广西空军编入中央的驱逐机大队。"
    assert ("广西空军", "MIL_UNIT") in _ents(text)


def test_air_base_and_school_after_a_city_are_no_air_force():
    # negative: a base or a school of the air force is no force (FAC / ORG readings stay)
    ents = _ents("柳州空军基地建成后,桂林空军学校也迁来。")
    assert not any(label == "MIL_UNIT" for _, label in ents)
