"""english_numbers' count-start anchor: the counts are tried only where one can start, with the same matches."""

import pytest

from pipeline.rules.english_numbers import (
    BARE_COUNT_RE, BARE_COUNT_WORD_ANCHOR, COUNT_START_ANCHOR, PLURAL_COUNT_RE, QUANTITY_RE, matches_at,
)

SENTENCES = [
    "Nearly   FIVE thousand men crossed; in excess of\n 300 tanks followed, and half a million refugees fled.",
    "A Few Hundred guerrillas held the pass while some 2,500 soldiers and ~40 guns waited at dawn.",
    "The tent held seventeen sick mules, US$3 million in notes and ſeven hundred rifles.",
    "Up to twenty-five villages burned; no fewer than 12 river crossings were lost by the 3rd.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("pattern", [QUANTITY_RE, PLURAL_COUNT_RE])
def test_same_matches_as_finditer(pattern, text):
    starts = [m.start() for m in COUNT_START_ANCHOR.finditer(text)]
    assert [m.span() for m in matches_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_spans_read_from_the_anchor():
    text = SENTENCES[0]
    starts = [m.start() for m in COUNT_START_ANCHOR.finditer(text)]
    found = [text[slice(*m.span())] for m in matches_at(QUANTITY_RE, text, starts)]
    assert found == ["Nearly   FIVE thousand men", "in excess of\n 300 tanks", "half a million refugees"]


BARE_SENTENCES = [
    "Casualties totalled 4,200, Losses were put at about 900 and the garrison numbering 17,000 held.",
    "Two of the bombers fell; 350 were killed and the force 30,000 strong withdrew, having lost 1,200 altogether.",
]


@pytest.mark.parametrize("text", BARE_SENTENCES + SENTENCES)
def test_bare_counts_same_as_finditer(text):
    starts = sorted({*(m.start() for m in COUNT_START_ANCHOR.finditer(text)),
                     *(m.start() for m in BARE_COUNT_WORD_ANCHOR.finditer(text))})
    assert [m.span() for m in matches_at(BARE_COUNT_RE, text, starts)] == [m.span() for m in BARE_COUNT_RE.finditer(text)]


def test_bare_counts_found():
    text = BARE_SENTENCES[0]
    starts = sorted({*(m.start() for m in COUNT_START_ANCHOR.finditer(text)),
                     *(m.start() for m in BARE_COUNT_WORD_ANCHOR.finditer(text))})
    found = [m.group("q") or m.group("q2") for m in matches_at(BARE_COUNT_RE, text, starts)]
    assert found == ["4,200", "about 900", "17,000"]
