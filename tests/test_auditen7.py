"""Forms found by auditing fresh English pages on China 1911-1950 (session 13, helper auditen7).
Own sentences; exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    r = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in r["entities"] if label is None or e["label"] == label]


def _one(text, span, label):
    r = extract_text(text, rules_only=True)
    hits = [e for e in r["entities"] if text[e["start"]:e["end"]] == span and e["label"] == label]
    assert hits, (span, label, _ents(text))
    return hits[0]


# ---- place-name readings of polyphonic characters and five-letter apostrophe spellings (english_romanise) ----
def test_place_reading_of_du_chang_chao():
    text = "The column left Ningdu at dawn, passed Duchang and reached Changzhi before the rains."
    assert _one(text, "Ningdu", "GPE")["norm"]["zh"] == "宁都"
    assert _one(text, "Duchang", "GPE")["norm"]["zh"] == "都昌"
    assert _one(text, "Changzhi", "GPE")["norm"]["zh"] == "长治"


def test_pinyin_apostrophe_five_letters_and_curly_apostrophe():
    text = "Refugees from Lu’an reached Ji’an County in March 1938."
    assert _one(text, "Lu’an", "GPE")["norm"]["zh"] == "六安"
    assert _one(text, "Ji’an County", "GPE")["norm"]["zh"] == "吉安"


def test_no_place_from_adverb_reading_or_plain_short_word():
    # the adverb reading 'dou' of 都 no longer names a place, and five letters without an apostrophe stay words
    text = "The Ningdou road and the Luan family were both mentioned."
    assert ("Ningdou", "GPE") not in _ents(text)
    assert ("Luan", "GPE") not in _ents(text)
