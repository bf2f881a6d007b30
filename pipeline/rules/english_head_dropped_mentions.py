"""Later mentions of a river or a body written without the head word the document first named it with (one reading
per document; session 28, helper s28enorg: audit of English ORG/FAC/LOC/EVENT on colonial-war and local-history
pages).

- a river chosen with its head (`the X River`, `the X river`, `the river X`) and named again as `the X`
  (`crossed the river X ... camped beyond the X`): the bare `X` is the LOC;
- a body chosen as an ORG with a head word (`the X Y Committee`, `the X Commission`, `the X Council`, `the X Board`)
  and named again as `the Committee` (the head capitalised, after `the`): `Committee` is the ORG, as `the League` at
  a later mention is (docs/annotation-guidelines.md, session 24);
- a territory chosen as a GPE by its word of rule (`the Sanjak of X`, `the Vilayet of Y`, `the Emirate of Z`,
  english_base_generators.TERRITORY_OF_RE) and named again as `the Sanjak`: `Sanjak` is the GPE.

Only after the first naming, only after `the`, never where another chosen span overlaps, never before a capitalised
word (`the X Valley` is a longer name), never for a stem of fewer than three letters or a stem that is an ordinary
English word (`the Yellow`), nor a head that two different bodies of the document share.

Criterion: how English prose drops a known head word once the name is given (`the Thames`, `the Committee`); written
from that usage, not from any annotated set or audited page. Document-level (english.find_english, after the first
resolve), priority 40. Cheap: str.find of each chosen name's stem.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 40

_RIVER_FORMS = (re.compile(r"^(?P<x>[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)[ \t]+[Rr]iver$"),
                re.compile(r"^[Rr]iver[ \t]+(?P<x>[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)$"))
_BODY_HEADS = ("Committee", "Commission", "Council", "Board")
_TERRITORY_HEADS = ("Sanjak", "Sandjak", "Vilayet", "Eyalet", "Pashalik", "Pashalic", "Beylik", "Emirate", "Khanate",
                    "Sheikhdom", "Shaikhdom", "Governorate", "Viceroyalty", "Duchy", "Margraviate", "Voivodeship")


def _free(text: str, chosen_mask: bytearray, pos: int, end: int) -> bool:
    if any(chosen_mask[pos:end]):
        return False
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-'\u2019"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "-"):
        return False
    after = text[end:end + 2]
    return not (len(after) == 2 and after[0] in " \t" and after[1].isupper())


def head_dropped_mentions(text: str, chosen: list) -> list:
    """Bare `the X` after `the X River`, `the Committee` after `the X Committee`, `the Sanjak` after `the Sanjak of
    X` (see the module docstring)."""
    if "iver" not in text and not any(h in text for h in _BODY_HEADS + _TERRITORY_HEADS):
        return []
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    mask = bytearray(len(text) + 1)
    for c in chosen:
        mask[c.start:c.end] = b"\1" * (c.end - c.start)
    stems: dict[str, tuple[int, str]] = {}
    bodies: dict[str, list[int]] = {}
    territories: dict[str, set] = {}
    for c in chosen:
        name = text[c.start:c.end]
        if c.label == "LOC":
            for form in _RIVER_FORMS:
                m = form.match(name)
                if m and len(m.group("x")) >= 3 and not common_word(m.group("x").lower()):
                    stems.setdefault(m.group("x"), (c.end, "LOC"))
        elif c.label == "ORG" and " " in name:
            head = name.rsplit(None, 1)[-1]
            if head in _BODY_HEADS:
                bodies.setdefault(head, []).append(c.end)
        elif c.label == "GPE" and " of " in name and name.split()[0] in _TERRITORY_HEADS:
            territories.setdefault(name.split()[0], set()).add(name)
            bodies.setdefault("\0" + name.split()[0], []).append(c.end)
    found = []
    for stem, (after, label) in stems.items():
        probe = "the " + stem
        pos = text.find(probe, after)
        while pos >= 0:
            s = pos + 4
            if _free(text, mask, s, s + len(stem)):
                found.append(Candidate(s, s + len(stem), label, "rule:en_head_dropped_mention", PRIORITY, {}))
            pos = text.find(probe, s + len(stem))
    for key, ends in bodies.items():
        if key.startswith("\0"):
            head, label, names = key[1:], "GPE", territories[key[1:]]
        else:
            head, label = key, "ORG"
            names = {text[c.start:c.end] for c in chosen if c.label == "ORG" and text[c.start:c.end].endswith(" " + head)}
        if len(names) != 1:
            continue                  # two bodies share the head: `the Committee` is either
        probe = "the " + head
        pos = text.find(probe, min(ends))
        while pos >= 0:
            s = pos + 4
            if _free(text, mask, s, s + len(head)):
                found.append(Candidate(s, s + len(head), label, "rule:en_head_dropped_mention", PRIORITY, {}))
            pos = text.find(probe, s + len(head))
    return found
