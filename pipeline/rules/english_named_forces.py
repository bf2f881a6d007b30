"""Armed forces named by a place or a people and a word of their kind (session 8, helper en13): `the Mengjiang
National Army`, `the Korean Liberation Army`, `the Taiwanese Volunteer Corps`, `the Jilin Self-Defence Army`, `the
Heilongjiang Provincial Army`, `the Northeastern Volunteer Army`, `the Collaborationist Chinese Army`, `the Inner
Mongolian Army`: one MIL_UNIT (spec: named armed forces). english_nation_forces reads a nation before Army, Navy or
Air
Force; a word of the force's kind (National, Volunteer, Liberation, Self-Defence, Provincial, Salvation, Peace
Preservation, Collaborationist, Anti-Japanese …) between the name and the head, or `Inner`/`Outer` before a people,
makes the whole a force's name. The kind word alone (`the National Army`, `the Peace Preservation Corps`) is a kind of
troops, not one force (rule 5), and is left.

The Imperial Japanese Army's area armies by their region (auditen9): `the Southern Area Army`, `the Northern Area
Army`, `the Korea Area Army`: one MIL_UNIT with echelon 方面军 (an area army is the IJA's echelon; English writes it for
no other army). A side word before the region stays outside (`Japanese`, rule 2); the numbered ones (`Fifth Area
Army`) are english.UNIT_RE's and the known ones the lexicon's (`Burma Area Army`, with its Chinese name).

Found from the head words `Army`, `Corps`, `Guard` (str.find); the name is read back at most 70 characters.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_lexicon import english_names
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

FORCE_PRIORITY = 63
_HEADS = ("Army", "Corps", "Guard")
_KIND = frozenset("National Volunteer Volunteers Self-Defence Self-Defense Provincial Liberation Salvation "
                  "Peace Preservation Pacification Bandit-Suppression Anti-Japanese Anti-Communist Anti-Bandit United "
                  "Righteous Loyalist Patriotic Revolutionary Collaborationist Puppet Reform Restoration Constitutional "
                  "Frontier Border Defence Defense Protection Militia Security Auxiliary Expeditionary Peasant "
                  "Peasants' Workers' People's People\u2019s Autonomous Independent White Red".split())   # White: 1918-22
_INNER = frozenset({"Inner", "Outer"})
_WORD = r"(?:[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?(?:['\u2019]s?)?|[A-Z]{2,5})"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{1,5}})[ \t]+$")
_STOP = frozenset("The A An In At Of Its His Their This That These Those And Or But With Under By For From To On "
                  "When After Before While During Against".split())
_ECHELONS = frozenset("Army Armies Corps Division Divisions Brigade Regiment Battalion Group Front Fleet Force Forces "
                      "Command Headquarters Guard".split())
_NOT_AFTER = re.compile(r"[ \t]+(?:Group|Groups|Headquarters|Command|Area|Corps|Division|Commander|Commanders)\b|-")


def find_named_forces(text: str, out: list) -> None:
    """Forces named by a place or a people and a word of their kind (see the module doc)."""
    names = None
    for head in _HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if not at or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum())) \
                    or _NOT_AFTER.match(text, end):
                continue
            m = _NAME_BEFORE.search(text, max(0, at - 70), at)
            if m is None:
                continue
            words = [w for w in re.finditer(r"\S+", m.group("n"))]
            cut = [i for i, w in enumerate(words) if w.group() in _ECHELONS
                   or w.group()[-2:] in ("'s", "\u2019s") and w.group() not in _KIND]
            if cut:           # another force's head or an owner before the name: 'Area Army Collaborationist …'
                words = words[cut[-1] + 1:]
            while words and words[0].group() in _STOP:
                words.pop(0)
            if not words:
                continue
            if names is None:
                names = english_names()
            if any(names.get(text[m.start("n") + w.start():end], ("",))[0] == "MIL_UNIT" for w in words):
                continue      # a force the lexicon knows, the words before it apart ('Chinese National Revolutionary Army')
            written = [w.group() for w in words]
            kinds = [w in _KIND for w in written]
            named = [w for w, k in zip(written, kinds) if not k]
            if not named or not (any(kinds) or named[0] in _INNER and len(named) > 1):
                continue
            start = m.start("n") + words[0].start()
            norm = norm_en.normalize_unit_en(text[start:end], text[max(0, start - 40):start])
            out.append(Candidate(start, end, "MIL_UNIT", "rule:en_named_force", FORCE_PRIORITY, norm))


_AREA_NAME_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15}){0,2})[ \t]+$")
_AREA_STOP = _STOP | frozenset("Japanese Imperial Enemy Allied Chinese Its Each Every Another New Whole Entire".split())
# a post written before its force without `of` (service tables: `Vice Chief of Staff Central China Area Army`)
_AREA_STOP |= frozenset("Staff Commander Commanding Officer Chief Deputy Vice Attached Adviser Advisor".split())


def find_area_armies(text: str, out: list) -> None:
    """The IJA's area armies by their region: `the Southern Area Army` (see the module doc)."""
    for at in literal_positions(text, "Area Army"):
        end = at + len("Area Army")
        if not at or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum() or text[end] in "-")):
            continue
        m = _AREA_NAME_BEFORE.search(text, max(0, at - 50), at)
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("n")))
        while words and words[0].group() in _AREA_STOP:
            words.pop(0)
        if not words or any(w.group().lower() in norm_en.WORD_ORDINALS or w.group() in _ECHELONS for w in words):
            continue          # 'Fifth Area Army' is UNIT_RE's; 'Army Area Army' is no name
        start = m.start("n") + words[0].start()
        norm = norm_en.normalize_unit_en(text[start:end], text[max(0, start - 40):start])
        norm["side"] = norm.get("side") or "JP"
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_area_army", FORCE_PRIORITY - 2, norm))
