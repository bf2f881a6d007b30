"""Session 33 (w33zhlocfac): readings of place labels and extents read across development sets. Made-up sentences."""
from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


# ---- session 33 (w33zhlocfac), places.THEATRE_KINDS: a region of China before 战场 is the region alone
def test_region_before_theatre_word_is_the_region():
    text = "这是华中战场上规模最大的一次会战。"
    assert ("华中", "LOC") in _spans(text)
    assert not any(t.endswith("战场") for t, _ in _spans(text))


def test_ocean_theatre_keeps_its_head():
    text = "美军在太平洋战场节节推进。"
    assert ("太平洋战场", "LOC") in _spans(text)
