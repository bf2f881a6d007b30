"""Session 25 (s25mine): a local or irregular force named by its place and its kind (place_kind_force_names_zh).
All sentences are made up; the places are real county, city and country names, the forces are invented."""

from tests.sentences import ents, exact, extracted


def test_county_guerrilla_column_is_one_unit():
    text = "次年春,宁国游击纵队奉命开赴江北。"
    exact(text, "宁国游击纵队", "MIL_UNIT")
    assert ("宁国", "GPE") not in ents(text)


def test_county_with_suffix_and_two_kinds():
    text = "原会昌县靖卫大队残部四散,另组会昌县自治保卫团。"
    exact(text, "会昌县靖卫大队", "MIL_UNIT")
    exact(text, "会昌县自治保卫团", "MIL_UNIT")


def test_city_militia_kinds():
    for text, name in (("清廷调宁波洋枪队五百人赴援。", "宁波洋枪队"),
                       ("是夜,台山壮丁模范队与敌接战。", "台山壮丁模范队"),
                       ("我萍乡游击集团与民兵昼夜袭扰。", "萍乡游击集团")):
        exact(text, name, "MIL_UNIT")


def test_traditional_script():
    exact("民國二十年,會昌縣靖衛大隊改編。", "會昌縣靖衛大隊", "MIL_UNIT")


def test_country_volunteers_and_norm():
    text = "在桂林成立了缅甸华侨救国义勇队,随即开赴前线。"
    exact(text, "缅甸华侨救国义勇队", "MIL_UNIT")
    [(_, _, _, norm)] = [u for u in extracted(text, "MIL_UNIT") if u[0] == text.index("缅甸")]
    assert norm["echelon"] == "队"


def test_prefix_kept_for_known_prefix():
    text = "该师由江西保安队改编而成。"
    [(s, e, _, norm)] = extracted(text, "MIL_UNIT")
    assert text[s:e] == "江西保安队" and norm["prefix"] == "保安"


def test_country_guerrillas_are_no_name():
    text = "战后美国游击队队员陆续回国。"
    assert ("美国", "GPE") in ents(text)
    assert not any(label == "MIL_UNIT" and "美国" in s for s, label in ents(text))


def test_members_posts_and_determiners_are_not_the_force():
    assert not any(label == "MIL_UNIT" for _, label in ents("各县保卫团团长齐集省城。"))
    assert ("会昌县靖卫大队", "MIL_UNIT") not in ents("会昌县靖卫大队长王某到任。")
    assert not any(s.startswith("新加坡") and label == "MIL_UNIT" for s, label in ents("新加坡华侨团体纷纷捐款。"))


def test_numbered_security_unit_keeps_its_place():
    # session 26 (s26zhorg): place_security_units_zh reads the place + 保安 + numbered unit whole, as audit24-zh's
    # gold reads 某省保安四团 (this module still leaves the numbered unit to the unit finders)
    text = "湖南保安六团奉命进驻。"
    assert ("湖南保安六团", "MIL_UNIT") in ents(text) and ("湖南", "GPE") not in ents(text)


def test_place_head_and_place_kind_readings_give_one_candidate():
    """Session 26 (s26speed): the two readings of one grammar (PLACE + HEAD and PLACE + KIND + HEAD) met on 靖卫团 and
    靖卫大队; the merged finder proposes the span once, as the PLACE + HEAD reading."""
    from pipeline.rules.place_kind_force_names_zh import HEAD_SOURCE, KIND_SOURCE, find_place_forces

    found = [(c.start, c.end, c.source) for c in find_place_forces("醴陵县靖卫团据守圩寨，攸县自卫团随后赶到。")]
    assert found == [(0, 6, HEAD_SOURCE), (11, 16, KIND_SOURCE)]
    assert find_place_forces("各县靖卫团长都来了。") == []
