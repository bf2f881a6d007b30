"""english_numbers' count-start anchor: the counts are tried only where one can start, with the same matches."""

import pytest

from pipeline.rules.english_numbers import COUNT_START_ANCHOR, PLURAL_COUNT_RE, QUANTITY_RE, _matches_at

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
    assert [m.span() for m in _matches_at(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)]


def test_spans_read_from_the_anchor():
    text = SENTENCES[0]
    starts = [m.start() for m in COUNT_START_ANCHOR.finditer(text)]
    found = [text[slice(*m.span())] for m in _matches_at(QUANTITY_RE, text, starts)]
    assert found == ["Nearly   FIVE thousand men", "in excess of\n 300 tanks", "half a million refugees"]
