"""The English lexicon is matched by a trie walk that finds exactly what the trie regex finds."""

import random
import re

from pipeline.rules.english_lexicon import lexicon_spans as _lexicon_spans
from pipeline.rules.english_lexicon import english_names, trie_regex


def _regex_spans(text):
    pattern = re.compile(rf"(?:(?<![\w-])|(?<=Location))(?:{trie_regex(english_names())})(?![\w-])")
    return [m.span() for m in pattern.finditer(text)]


def test_names_with_dashes_boundaries_and_glued_infobox_labels():
    text = ("The Canton\u2013Hankow Railway ran north; LocationKohima was held, "
            "Kohima-Imphal road, Kohimas, Rangoon_ and Changsha.")
    spans = list(_lexicon_spans(text))
    found = [text[a:b] for a, b in spans]
    assert "Canton\u2013Hankow Railway" in found      # a hyphen of the lexicon matches an en dash
    assert "Kohima" in found and found.count("Kohima") == 1   # glued to 'Location'; not 'Kohimas'
    assert "Changsha" in found
    assert spans == _regex_spans(text)


def test_same_spans_as_the_regex_on_random_texts():
    names = sorted(english_names())
    dashed = [n for n in names if "-" in n]
    pieces = [" ", "-", "\u2013", "\u2014", "_", "Location", ",", "é", "中", "'", "s", "1"]
    rng = random.Random(7)
    texts = []
    for _ in range(600):
        parts = []
        for _ in range(rng.randrange(1, 10)):
            roll = rng.random()
            if roll < 0.3:
                parts.append(rng.choice(names))
            elif roll < 0.5:
                parts.append(rng.choice(dashed).replace("-", rng.choice("-\u2013\u2014\u2212")))
            elif roll < 0.6:
                name = rng.choice(names)
                parts.append(name[: rng.randrange(1, len(name) + 1)])
            else:
                parts.append(rng.choice(pieces))
        texts.append("".join(parts))
    pattern = re.compile(rf"(?:(?<![\w-])|(?<=Location))(?:{trie_regex(english_names())})(?![\w-])")
    for text in texts:
        assert list(_lexicon_spans(text)) == [m.span() for m in pattern.finditer(text)], text
