"""Forms found by auditing fresh English pages (helper auditen1): own sentences, exact spans and values."""

from pipeline.rules.english import find_english


def _spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def _one(text, sub, label):
    start = text.index(sub)
    return (start, start + len(sub), label)


def test_commander_possessive_before_unit():
    text = "By dusk Hodge's 24th Corps had crossed, and Briggs's 5th Indian Division held the ridge."
    persons = _spans(text, "PERSON")
    assert _one(text, "Hodge", "PERSON") in persons
    assert _one(text, "Briggs", "PERSON") in persons
    assert _one(text, "24th Corps", "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_commander_possessive_before_force_noun_and_bare_apostrophe():
    text = "Dubois' small force waited while Lambert's main column forded the stream."
    persons = _spans(text, "PERSON")
    assert persons == [_one(text, "Dubois", "PERSON"), _one(text, "Lambert", "PERSON")]


def test_possessive_keeps_only_the_name_after_an_adverb():
    text = "The roads were cut. Regrettably Harcourt's 9th Brigade arrived late."
    assert _spans(text, "PERSON") == [_one(text, "Harcourt", "PERSON")]


def test_possessive_of_a_country_or_unit_head_is_no_person():
    text = "Britain's 14th Army and the Division's 2nd Battalion moved east."
    assert _spans(text, "PERSON") == []


def test_sovereign_with_regnal_numeral_title_outside():
    text = "A cable from Tsar Nicholas II reached Kaiser Wilhelm II and Pope Pius XI that week."
    assert _spans(text, "PERSON") == [_one(text, "Nicholas II", "PERSON"), _one(text, "Wilhelm II", "PERSON"),
                                      _one(text, "Pius XI", "PERSON")]


def test_noble_titles_outside_the_name():
    text = "Count Witte and Marquis Ito argued; Viscount Kato and Baron Komura kept silent."
    assert _spans(text, "PERSON") == [_one(text, "Witte", "PERSON"), _one(text, "Ito", "PERSON"),
                                      _one(text, "Kato", "PERSON"), _one(text, "Komura", "PERSON")]


def test_bare_regnal_name_and_ships_left_alone():
    text = "When Edward VII died, HMS King George V was still a design."
    assert _spans(text, "PERSON") == [_one(text, "Edward VII", "PERSON")]


def test_dates_in_capitals():
    text = "MARCH 14, 1951\nThe regiment moved out. Diary, 3 JUNE 1949: rain. Heading: OCTOBER 1944"
    got = [(c.start, c.end, c.norm.get("value")) for c in find_english(text) if c.label == "DATE"]
    assert got == [(0, 14, "1951-03-14"), (text.index("3 JUNE"), text.index("3 JUNE") + 11, "1949-06-03"),
                   (text.index("OCTOBER"), len(text), "1944-10")]


def test_river_bank_is_no_organisation():
    text = "The brigade dug in on the Left Bank of the Nen River at dawn."
    assert _one(text, "Nen River", "LOC") in _spans(text, "LOC")
    assert _spans(text, "ORG") == []


def test_pinyin_name_of_the_kuomintang():
    text = "The Guomindang (GMD) lost the north; GMD armies fell back on the coast."
    orgs = [(c.start, c.end, c.norm.get("zh")) for c in find_english(text) if c.label == "ORG"]
    assert orgs == [(4, 14, "中国国民党"), (16, 19, "中国国民党"), (37, 40, "中国国民党")]


def test_hyphenated_french_given_names():
    text = "Colonel Marc-Antoine Giraud met Louis-Alexandre Brière de l'Isle and Paul-Armand Challemel-Lacour."
    assert _spans(text, "PERSON") == [_one(text, "Marc-Antoine Giraud", "PERSON"),
                                      _one(text, "Louis-Alexandre Brière de l'Isle", "PERSON"),
                                      _one(text, "Paul-Armand Challemel-Lacour", "PERSON")]


def test_hyphenated_compounds_that_are_no_names():
    text = "The Franco-Prussian War ended before the Sino-Japanese treaty."
    assert _spans(text, "PERSON") == []


def test_given_name_before_accented_surname():
    text = "Édouard Lagrée went upriver while Henri Duchêne stayed."
    assert _spans(text, "PERSON") == [_one(text, "Édouard Lagrée", "PERSON"), _one(text, "Henri Duchêne", "PERSON")]


def test_siberia_is_a_region():
    text = "The division was sent across Siberia by rail."
    got = [(c.start, c.end, c.label, c.norm.get("zh")) for c in find_english(text) if c.label in ("LOC", "GPE")]
    assert got == [(text.index("Siberia"), text.index("Siberia") + 7, "LOC", "西伯利亚")]


def test_headlands_by_point():
    text = "The raiders came ashore at Marau Point and later at Visale Point; it was a Turning Point."
    assert _spans(text, "LOC") == [_one(text, "Marau Point", "LOC"), _one(text, "Visale Point", "LOC")]


def test_railway_named_by_the_places_it_joins():
    text = "Bridges on the Peking-Kalgan line and the Canton-Kowloon line were blown; the Sino-Soviet line was quiet."
    assert _spans(text, "FAC") == [_one(text, "Peking-Kalgan line", "FAC"), _one(text, "Canton-Kowloon line", "FAC")]


def test_roman_numbered_army_group():
    text = "In April the XIV Army Group relieved the IX Army Group."
    got = [(c.start, c.end, c.norm.get("numbers")) for c in find_english(text) if c.label == "MIL_UNIT"]
    assert got == [(13, 27, [14]), (41, 54, [9])]


def test_appositive_gives_the_kind_of_place():
    text = "Sado Tau, an island off the coast, held out; Pukchin, a small village on the road, burned."
    assert _spans(text) == [_one(text, "Sado Tau", "LOC"), _one(text, "Pukchin", "GPE")]


def test_appositive_of_a_people_or_person_is_no_place():
    text = "The Koreans, a people of the hills, waited; General Osgood, a veteran of the town, came."
    assert [s for s in _spans(text) if s[2] in ("GPE", "LOC")] == []


def test_person_introduced_by_named():
    text = "A Scottish engineer named Macready joined them; a gunboat named Comus waited; an officer, called Hale, left."
    assert _spans(text, "PERSON") == [_one(text, "Macready", "PERSON"), _one(text, "Hale", "PERSON")]


def test_wade_giles_aspiration_typed_as_backtick_or_turned_quote():
    text = "Tso Tsung-t`ang marched west; Li Hung-chang stayed. Tso Tsung-t\u2018ang wrote back."
    got = [(c.start, c.end, c.label, c.norm.get("zh")) for c in find_english(text) if c.label == "PERSON"]
    assert got == [(0, 15, "PERSON", "左宗棠"), (30, 43, "PERSON", "李鸿章"), (52, 67, "PERSON", "左宗棠")]


def test_newspapers_by_how_reports_cite_them():
    text = ("The Hankow correspondent of the Standard wired on; the Times correspondent and the Daily Express "
            "agreed. The correspondent of the Japanese army disagreed.")
    assert _spans(text, "ORG") == [_one(text, "Standard", "ORG"), _one(text, "Times", "ORG"),
                                   _one(text, "Daily Express", "ORG")]
    assert _one(text, "Hankow", "GPE") in _spans(text, "GPE")


def test_full_name_read_once_is_read_everywhere():
    text = "The envoy, Ormsby Tallis, arrived late. Later Colonel Ormsby Tallis rode north."
    assert _spans(text, "PERSON") == [(11, 24, "PERSON"), (54, 67, "PERSON")]


def test_vietnamese_spelling_by_context():
    text = "After the fall of Bắc Giang the column fell back to Phủ Lạng Thương; Marshal Lê Văn Duyệt had held it."
    assert _spans(text) == [_one(text, "Bắc Giang", "GPE"), _one(text, "Phủ Lạng Thương", "GPE"),
                            _one(text, "Lê Văn Duyệt", "PERSON")]
