"""An English date typed with a space before its comma, or none after it, is still one DATE
(guideline 16: `April 19, 1944` is one DATE; pages also type `April 19 , 1944` and `April,1944`)."""

import pytest

from pipeline import extract_text


@pytest.mark.parametrize("text, span, value", [
    ("The garrison surrendered on 9 October , 1943 after a siege.", "9 October , 1943", "1943-10-09"),
    ("The column left on October 9 , 1943 at dawn.", "October 9 , 1943", "1943-10-09"),
    ("Fighting resumed in February ,1951 near the river.", "February ,1951", "1951-02"),
    ("The treaty was signed on July 27,1953 at the village.", "July 27,1953", "1953-07-27"),
    ("The fort fell in August, 1900 to the relief force.", "August, 1900", "1900-08"),
])
def test_a_comma_however_spaced_keeps_the_year_in_the_date(text, span, value):
    dates = [(e["text"], e["norm"]["value"]) for e in extract_text(text)["entities"] if e["label"] == "DATE"]
    assert dates == [(span, value)]


def test_a_comma_before_a_count_is_no_year():
    dates = [e["text"] for e in extract_text("On 9 October , 1,200 men crossed.")["entities"] if e["label"] == "DATE"]
    assert dates == ["9 October"]
