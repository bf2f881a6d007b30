"""Session 33, w33engeo: rivers and ranges a force stands on, behind or beyond (english_place_context.RIVER_RE),
with made-up sentences (invented river names where a lexicon might know a real one)."""

from pipeline.rules.english import find_english


def _spans(text):
    return {(text[c.start:c.end], c.label) for c in find_english(text)}


def _has(text, name, label):
    start = text.index(name)
    return any(c.start == start and c.end == start + len(name) and c.label == label for c in find_english(text))


def test_on_the_river():
    text = "The Cossack host regrouped on the Varusk and waited for the spring."
    assert _has(text, "Varusk", "LOC")
    text = "The fortress town of Dalmor on the Kessanu, close to the border, was besieged."
    assert _has(text, "Kessanu", "LOC")


def test_behind_beyond_over_and_line_of_the_river():
    text = "The Fourth Army withdrew behind the Ostrova and held the line of the Perlenka until May."
    assert _has(text, "Ostrova", "LOC")
    assert _has(text, "Perlenka", "LOC")
    text = "Patrols pushed beyond the Valdrin, where the bridges were down."
    assert _has(text, "Valdrin", "LOC")


def test_article_at_the_end_of_a_wrapped_line():
    text = "On the 20th the bridge across the\nOssango was completed by the sappers."
    assert _has(text, "Ossango", "LOC")


def test_attack_on_a_work_or_a_people_is_no_river():
    text = "The assault on the Varnet, at dawn, failed, and the attack on the Kolbrin and its outworks succeeded."
    assert not any(t in ("Varnet", "Kolbrin") and l == "LOC" for t, l in _spans(text))
    text = "The League declared war on the Dravens and mounted an offensive."
    assert ("Dravens", "LOC") not in _spans(text)
    text = "Their victory over the Moravane was complete."
    assert ("Moravane", "LOC") not in _spans(text)


def test_ship_crew_and_plural_and_road_end():
    text = "He served on the Kestrana until the armistice."
    assert ("Kestrana", "LOC") not in _spans(text)
    text = "The columns fell on the Kessites before dawn."
    assert ("Kessites", "LOC") not in _spans(text)
    text = "They waited for an ambush on the Dunmarra to Castlebrin road."
    assert ("Dunmarra", "LOC") not in _spans(text)


def test_known_town_after_on_the_keeps_its_label():
    # a lexicon's town after the new frames is not turned into its river (only after `crossed the X` etc.)
    text = "The garrison on the Philippines was reinforced."
    assert ("Philippines", "LOC") not in _spans(text)


# --- class 2 (english_place_context._PREPOSITIONS): a town a force stands behind or holds, or a thing fills


def test_behind_held_throughout_inside_a_town():
    text = "The division fell back and dug in behind Varnowo, on the left of the line."
    assert _has(text, "Varnowo", "GPE")
    text = "The Mozlin group, which meanwhile already held Dravsk, was to assist the Sixth Army."
    assert _has(text, "Dravsk", "GPE")
    text = "Rioting spread throughout Kelvatta, and the garrison inside Ostrobel held out."
    assert _has(text, "Kelvatta", "GPE")
    assert _has(text, "Ostrobel", "GPE")


def test_a_man_held_or_stood_behind_is_no_town():
    text = "Everybody held Hartley in high esteem, and they held Corwen responsible."
    assert not any(l == "GPE" for t, l in _spans(text))
    text = "The real power behind Hitler was Himmler."
    assert ("Hitler", "GPE") not in _spans(text)


def test_round_and_the_region_of_a_town():
    text = "The grip round Varsko and Delmitz held, and the garrison in the region of Orvika was cut off."
    assert _has(text, "Varsko", "GPE")
    assert _has(text, "Delmitz", "GPE")
    assert _has(text, "Orvika", "GPE")


def test_except_is_no_frame_of_place():
    # `except X` was tried and left out: before an unlisted full name it read a man as a town
    text = "Everyone except Marjorie Kolvarin fled before the guns."
    assert ("Marjorie Kolvarin", "GPE") not in _spans(text)


def test_branch_course_and_crossings_of_the_river():
    text = "The Velsa, one of the main branches of the Ordavi, which flows through the valley, was low."
    assert _has(text, "Ordavi", "LOC")
    text = "They held the crossings of the Kolvarna and the course of the Tessavar until May."
    assert _has(text, "Kolvarna", "LOC")
    assert _has(text, "Tessavar", "LOC")


def test_course_of_a_known_body_is_no_river():
    text = "In the course of the Kuomintang, a purge began."
    assert ("Kuomintang", "LOC") not in _spans(text)
