"""Surnames with a Dutch, Afrikaans, German or French particle written capitalised, alone (session 27, helper s27enper:
English persons and places of memoirs, regimental and local histories and OCR'd books of the wars 1840-1979).

A full name writes the particle in lower case (`Anton von Kessler`, `Hendrik van der Merwe`, `Christiaan de Wet`);
the surname alone writes it capitalised, and it belongs to the surname (guideline 1 keeps titles out, not particles):

- a PERSON another finder read right after a capitalised particle takes the particle in (`Von Kessler`, not
  `Kessler`; `Van der Merwe`, not `Merwe`);
- a capitalised particle and a capitalised word no finder read, before a verb said of a person or after a
  preposition of company (`De Wet was known to have left`, `Du Plooy rode north`, `to join De la Rey`, `under Van
  Rensburg`), is one PERSON.

The particles: Van, Von, De, Du, Van der, Van den, Von der, De la, De le (Afrikaans, Dutch, German and French names).
`Le`/`La` are left out (`Le Cateau`, `La Bassée` are towns), and so is any run a lexicon knows as a place, unit or
organisation (`De Aar`, `Van Reenen's Pass`, `De Beers`), and none before a verb said of a town (`De Panne was
shelled`). Priority 39, above the bare PERSON grammar (38). Cheap:
gated on the literals `Van `, `Von `, `De `, `Du `.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping

PRIORITY = 39
_PARTICLE = r"(?:Van[ \t]+(?:der|den|de)|Von[ \t]+der|De[ \t]+la|De[ \t]+le|Van|Von|De|Du)"
_SURNAME = r"[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?"
PARTICLE_NAME_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<n>{_PARTICLE}[ \t]+{_SURNAME})(?![\w'\u2019-])")
_VERB_AFTER = re.compile(
    r"(?:['\u2019]s\b|[ \t]+(?:was|were|had|has|is|led|rode|said|says|wrote|attacked|fell|escaped|surrendered|ordered"
    r"|took|marched|arrived|joined|commanded|retired|retreated|moved|crossed|refused|replied|himself|who|with[ \t]+his"
    r"|and[ \t]+his|now|then|later|also|still)\b)")
# verbs said of a town ('De Panne was shelled'): no person
_PLACE_VERB_AFTER = re.compile(r"[ \t]+(?:was|were|had[ \t]+been)[ \t]+(?:shelled|bombed|captured|occupied|taken|evacuated|held"
                               r"|reached|entered|burned|burnt|destroyed|besieged|relieved|abandoned|garrisoned|defended)\b")
_COMPANY_BEFORE = re.compile(r"(?<![\w-])(?:join|joined|joining|under|with|by|against|to|and)[ \t]+$")


def find_particle_surnames(text: str, out: list) -> None:
    """Particles into persons read after them, and particle surnames before a verb (see the module docstring)."""
    if not any(p in text for p in ("Van ", "Von ", "De ", "Du ")):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in PARTICLE_NAME_RE.finditer(text):
        start, end = m.span("n")
        if names.get(m.group("n"), ("PERSON",))[0] != "PERSON":
            continue                # a place, unit or body of that name ('De Aar')
        clash = overlapping(out, start, end)
        inner = [c for c in clash if c.label == "PERSON" and start < c.start and c.end == end]
        if inner and len(clash) == len(inner):
            out[:] = [c for c in out if c not in inner]
            out.append(Candidate(start, end, "PERSON", "rule:en_particle_surname", max(PRIORITY, inner[0].priority),
                                 inner[0].norm))
            continue
        if clash:
            continue
        if _PLACE_VERB_AFTER.match(text, end):
            continue
        if _VERB_AFTER.match(text, end) or _COMPANY_BEFORE.search(text, max(0, start - 10), start):
            out.append(Candidate(start, end, "PERSON", "rule:en_particle_surname", PRIORITY, {}))
