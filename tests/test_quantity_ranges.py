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
