"""The world's towns and cities in English text, from a general gazetteer (session 25).

The project's English place tables name the places of the wars in China, Japan, Korea, South-East Asia, Burma and
India, the world's states and capitals; a historian's English pages also name the towns of every other war (the
Crimea, South Africa, Ireland, Kenya, Algeria, Cuba …). `en_places_cities.tsv` holds every town of 15,000 people
or more of the GeoNames table outside China (built by pipeline/lexicons/build_world_cities.py, with its sources and
criteria), each with the way it may be read:

- `city`: a GPE wherever the name stands alone — `Troops from Oran and Constantine reached Casablanca`. Alone means
  the whole run of capitalised words, once the words of a sentence's start (`In`, `From`, `The` …) are set aside: a
  name inside a longer name is left to that name (`Exeter College`, `Geoffrey L. Weston`, `Fort Natal`, `X PW Camp`),
  a name another table holds is left to its own finder (`the Gibraltar of the East` stays untagged), a name after
  `the` is a ship or a thing named after the town (`the Exeter`), a name after a title is a person (`Mr Weston`);
- `city-word`, `city-person`: the names that are also everyday words (`Cork`, `Split`) or persons' names
  (`Hamilton`, `Florence`) are read only in a frame of place, by english_place_context.py (`is_city_word`).

Weaker than every other finder (priority 28, below the context reader's 29): a span any lexicon or rule tags keeps
its label, and a person named elsewhere keeps his surname. Value: the GeoNames id (`geonames:2553604`) of a name only
one town of the table bears (normalize/english.py; none for `Victoria`, `Pilar`). Cost: one
pass of a regex over the capitalised words of the text and a dictionary lookup per run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.english_place_context import STOP, common_word
from pipeline.spans import Candidate

PRIORITY = 28
SOURCE = "lexicon:en_world_cities"
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
# a run of capitalised words (an initial with its full stop, hyphened and apostrophed names, lower-case particles
# between capitalised words: 'Alcalá de Henares', 'Stratford-upon-Avon')
_WORD = rf"(?:[{_UP}]\.|[{_UP}](?:[{_LOW}'\u2019]*[{_LOW}])?(?:-[{_UP}{_LOW}][{_LOW}'\u2019]*)*)"
_RUN_RE = re.compile(rf"(?<![\w'\u2019.-]){_WORD}(?:[ \t](?:(?:de|del|la|le|el|al|an|am|im|sur|upon|on|di|da|do|dos|das"
                     rf"|den|der|van|von|aan|op)[ \t])?{_WORD})*(?![\w-]|[ \t]+[{_UP}0-9])")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")
_SENTENCE_WORDS = frozenset("In At From To The And But By Near On Of For With Into Onto Across Through Via "
                            "Toward Towards After Before When While Then Also Both Outside Inside Around Beyond "
                            "North South East West Northern Southern Eastern Western Central".split())


@lru_cache(maxsize=1)
def city_table() -> dict[str, tuple[str, str]]:
    """Form -> (kind, GeoNames id) of en_places_cities.tsv."""
    table: dict[str, tuple[str, str]] = {}
    for row in read_rows("en_places_cities.tsv"):
        if len(row) >= 4:
            for form in row[3].split("|"):
                ident = row[4] if len(row) >= 5 else ""
                table[form] = (row[2], "") if form in table else (row[2], ident)   # two towns' form: no id
    return table


def is_city_word(name: str, weak: bool) -> bool:
    """A town of the table that is also an everyday word ('Cork') or, after a frame that is not weak, a person's
    name ('Hamilton'): english_place_context reads it in a frame of place."""
    kind = city_table().get(name, ("",))[0]
    return kind == "city-word" or (kind == "city-person" and not weak)


def city_id(name: str) -> str | None:
    """The GeoNames id of a town of the table whose name no other town of the table bears, or None."""
    return city_table().get(name, (None, None))[1] or None


def find_world_cities(text: str, out: list) -> None:
    """A town of the table standing alone is a GPE (see the module doc)."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    table = city_table()
    known = english_names()
    for m in _RUN_RE.finditer(text):
        words = m.group().split()
        start = m.start()
        set_aside = []
        while words and (words[0] in _SENTENCE_WORDS or (common_word(words[0].rstrip(".")) and words[0] not in table)):
            start += len(words[0]) + 1
            set_aside.append(words.pop(0))
        if not words or len(words) > 4:
            continue
        name = " ".join(words)
        if text[start:m.end()] != name:
            continue                  # a tab or two spaces inside the run: not one name
        kind, ident = table.get(name, ("", ""))
        if kind != "city" or any(w.rstrip(".") in STOP for w in words) or name in known:
            continue                  # a name another table holds is read (or left) by its own finder
        if (set_aside[-1:] == ["The"]) if set_aside else _THE_BEFORE.search(text, max(0, start - 8), start):
            continue                  # 'the Exeter', 'The Exeter' (a ship or a thing named after the town), 'a Weston'
        out.append(Candidate(start, m.end(), "GPE", SOURCE, PRIORITY, {"id": ident}))
