"""A range's first end written without the magnitude its partner carries counts in that magnitude
(四至五万人: the first end is 40000 people, not 4); ends written whole keep their own value."""

import pytest

from pipeline import extract_text


def _quantities(text):
    return [(e["start"], e["end"], e["text"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"])
            for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "QUANTITY"]


@pytest.mark.parametrize("text, first", [
    ("敌骑约二至三万人南下。", (2, 4, "约二", 20000, "人", "about")),
    ("守城者6至8千人。", (3, 4, "6", 6000, "人", None)),
    ("伪军七到九百名。", (2, 3, "七", 700, "名", None)),
    ("援兵十至十五万人。", (2, 3, "十", 100000, "人", None)),
    ("敵兵約二至三萬人南下。", (2, 4, "約二", 20000, "人", "about")),
])
def test_first_end_takes_the_partners_magnitude(text, first):
    got = _quantities(text)
    assert got[0] == first
    assert len(got) == 2


@pytest.mark.parametrize("text, values", [
    ("伤兵二千至二千五百人。", [2000, 2500]),      # the first end has its own magnitude
    ("俘虏300~500人。", [300, 500]),               # no magnitude on either end
    ("辖两至三个师。", [2, 3]),                    # a count of echelons
    ("兵力12至5万人。", [12, 50000]),              # a first end not smaller than the partner's coefficient
])
def test_ends_written_whole_keep_their_value(text, values):
    assert [q[3] for q in _quantities(text)] == values


def test_a_decimal_myriad_opens_a_range_of_myriads():
    assert [q[2:4] for q in _quantities("援军估计有1.2万-2万，分两路。")][:2] == [("1.2万", 12000), ("2万", 20000)]


@pytest.mark.parametrize("text, got", [
    # a second end that writes only its last digit, the digit after the first end's (s18 round 2)
    ("敌增援部队约23~4万人。", [(5, 8, "约23", 230000, "人", "about"), (9, 12, "4万人", 240000, "人", None)]),
    ("據稱敵軍有35至6萬人。", [(5, 7, "35", 350000, "人", None), (8, 11, "6萬人", 360000, "人", None)]),
    # two neighbouring digits joined by 、 are a range (三四千人)
    ("此役俘敌6、7千人。", [(4, 5, "6", 6000, "人", None), (6, 9, "7千人", 7000, "人", None)]),
])
def test_abbreviated_ends(text, got):
    assert _quantities(text) == got


@pytest.mark.parametrize("text, values", [
    ("兵力23至8万人。", [23, 80000]),               # not the next digit: read as written
    ("毙敌6、伤敌7千人。", [6, 7000]),                # 、 between two clauses
    ("俘敌6、9千人。", [6, 9000]),                    # not neighbouring digits
])
def test_abbreviated_ends_negative(text, values):
    assert [q[3] for q in _quantities(text)] == values


@pytest.mark.parametrize("text, got", [
    ("击落敌机300馀架。", (4, 9, "300馀架", 300, "架", "over")),
    ("伤亡一千馀人。", (2, 6, "一千馀人", 1000, "人", "over")),
    ("前後調集3個半師。", (4, 8, "3個半師", 3.5, "個師", None)),
])
def test_variant_approximator_and_half_unit(text, got):
    assert _quantities(text)[0] == got
