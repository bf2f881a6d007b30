"""Places without a government named by a landform head word that english.PLACE_SUFFIX_RE does not read
(session 10, helper en14): `Tarim Basin`, `Ordos Desert`, `Mekong Delta`, `Wu Gorge`, `Three Gorges`, `Bismarck
Archipelago` is read already, `Kwajalein Atoll`, `Ironbottom Sound`, `Pearl River Estuary`, `Shan Highlands`,
`Pripet Marshes`, `Great Barrier Reef`, `Kra Isthmus`, `Sittang Bend`, `Malabar Coast`; the capes by their prefix
(`Cape Engaño`); the parallels of latitude by number (`38th parallel`, `the Thirty-eighth Parallel`). One LOC with
its head (spec: LOC, a place without a government: region, river, mountain, island, sea, pass); a river's or a
province's name inside (`Yellow River Delta`, `Huai River Basin`) belongs to the longer name.

Criterion: the English landform head words of physical geography (basin, desert, delta, gorge, atoll, lagoon, sound,
estuary, heights, highlands, uplands, lowlands, steppe, marsh, swamp, reef, shoal, isthmus, coast, bend,
depression, oasis, glacier, massif, escarpment, headland; session 27: forest, wood, and the Afrikaans nek, drift,
kloof, kopje of South African war maps, not after a given name: `Evelyn Wood` is a general; session 31: cove, inlet,
fjord, firth, an inlet's `Water`, not after an adjective of water: `Fresh Water`), written from how English
names landforms, not from any annotated set. Session 33 (w33enloc, from the Isonzo, Dolomites and Gallipoli pages):
the Romance words of a mountain, peak, col and pass before a name (`Monte San Michele`, `Col di Lana`, `Cima Undici`,
`Passo del Tonale`, `Mont Blanc`), the Turkish `X Bair` and a numbered `Height 1220`. The Arabic landform words written before a name (`Wadi X`, `Jebel X`)
are read by english_arabic_place_prefixes. Found from the head words (str.find); the name before the head is read back at most 60 characters;
a capitalised head after a capitalised name only (`the coast` alone, `the Shandong coast` are left).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

PRIORITY = 41
_HEADS = ("Basin", "Desert", "Delta", "Gorge", "Gorges", "Archipelago", "Atoll", "Lagoon", "Sound", "Estuary",
          "Heights", "Highlands", "Uplands", "Lowlands", "Steppe", "Steppes", "Marshes", "Marsh", "Swamp", "Swamps",
          "Reef", "Shoal", "Shoals", "Isthmus", "Coast", "Bend", "Depression", "Oasis", "Glacier", "Massif",
          "Escarpment", "Headland", "Lake District",
          # the landform words of Burmese and Mongolian names written in English ('Pegu Yoma', 'Buir Nuur')
          "Yoma", "Yomas", "Chaung", "Nuur",
          # woods and forests, and the landform words of South African war maps (session 27, s27enper: `Clohina Wood`,
          # `Aberdare Forest`, `Laing's Nek`, `Botha's Drift` a ford, `Rooi Kloof`, `Gun Kopje`)
          "Forest", "Wood", "Woods", "Nek", "Drift", "Kloof", "Kopje",
          # the inlets of a coast and a lower-case isthmus after its name (session 31, w31en, read across audit26,
          # audit28, audit30: `Anzac Cove`, `San Carlos Water`, `the Perekop isthmus`; `Loch Fyne` is read elsewhere)
          "Cove", "Coves", "Inlet", "Fjord", "Firth", "Water", "isthmus",
          # the Turkish word of a hill written after its name on the Gallipoli maps (session 33, w33enloc: `Chunuk
          # Bair`, `Sari Bair`)
          "Bair")
# adjectives before `Water` that make a kind of water, no inlet's name ('Fresh Water', 'Heavy Water')
_NOT_WATER = frozenset("Fresh Salt Heavy White Deep Blue Open Holy Hot Cold Still Shallow Black High Low Clean "
                       "Drinking Running Mineral Rain Sea Ground Surface Tap Spring Well".split())
# a given name before these heads makes a person ('Evelyn Wood', 'Leonard Wood'), no landform
_SURNAME_HEADS = frozenset(("Wood", "Woods", "Forest", "Drift"))
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD = rf"[{_UP}][{_LOW}'\u2019]{{0,20}}(?:-[{_UP}{_LOW}][{_LOW}'\u2019]{{0,20}})?"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:(?:[ \t]+|[ \t]*[\u2013\u2014-][ \t]*){_WORD}){{0,3}})"
                          r"[ \t]+$")
# words that open a sentence or a clause, and names of kinds that make the whole no landform's name
_STOP = frozenset("The A An In At On Of By For From To With Into Across Along Near Over Under After Before During When "
                  "While Since Until And Or But Then Its His Her Their This That These Those North South East West "
                  "Northern Southern Eastern Western Central Upper Lower Japanese Chinese British American Allied "
                  "Soviet Russian Korean Indian Burmese Nationalist Communist".split())
# 'Gold Coast', 'Ivory Coast' are colonies and states (GPE); 'Sound' after a word of music or speech is none
_NOT_LANDFORM = frozenset({"Gold Coast", "Ivory Coast", "Coast Guard"})
_CAPE_RE = re.compile(rf"Cape[ \t]+(?P<n>{_WORD}(?:[ \t]+{_WORD})?)(?![\w-])")
# the Italian, French, Spanish and Romansh words of a mountain, a peak, a col and a pass written before their name, as
# `Mount X` and `Cape X` (session 33, w33enloc, from the Isonzo, Piave, Cassino and Alpine front pages: `Monte Grappa`,
# `Monte San Michele`, `Col di Lana`, `Cima Undici`, `Passo del Tonale`, `Mont Blanc`, `Piz Bernina`); one LOC with the
# linking article (di, del, della, de la, du) and a saint's name (`San`, `Santa`, `Sant'`), a lexicon town of that
# shape stays the town's (`Monte Carlo`, `Punta Arenas`), and a title before it makes a person (`Mr Monte`)
_ROMANCE_PEAK_RE = re.compile(
    r"(?:(?:Monte|Monti|Mont|Cima|Colle|Pizzo|Piz|Passo|Punta|Sasso)[ \t]+"
    # a col only with its article: `Col di Lana`, `Col de la Faucille` (`Col Smith` is a colonel in a war diary)
    r"|Col[ \t]+(?=(?:di|del|della|des|du|de|d')[ \t']))"
    r"(?P<n>(?:(?:di|del|della|delle|dei|de|des|du|de[ \t]+la|d')[ \t]*)?"
    rf"(?:(?:San|Santa|Santo|Sant['\u2019]|St\.?|Saint)[ \t]*)?{_WORD}(?:[ \t]+(?:di|del|della|dei|de)[ \t]+{_WORD})?)"
    r"(?![\w'\u2019-])")
_PARALLEL_RE = re.compile(r"(?<![\w-])(?P<o>\d{1,2}(?:st|nd|rd|th)|(?:Twenty|Thirty|Forty|Fifty|Sixty|twenty|thirty"
                          r"|forty|fifty|sixty)[-\u2010\u2011 ](?:first|second|third|fourth|fifth|sixth|seventh"
                          r"|eighth|ninth|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)"
                          # a whole-tens or teens word ordinal (`the fiftieth parallel`, `the Seventeenth Parallel`)
                          r"|(?:[Tt]en|[Ee]leven|[Tt]welf|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen"
                          r"|[Ee]ighteen|[Nn]ineteen|[Tt]wentie|[Tt]hirtie|[Ff]ortie|[Ff]iftie|[Ss]ixtie)th)[ \t]+"
                          r"[Pp]arallel(?![\w-])")
_HEAD_RE = re.compile(r" (?:" + "|".join(sorted(_HEADS, key=longest_first)) + r")(?![\w'-])")
_LOWER_HILL_RE = re.compile(r"hill[ \t]+\d{2,4}(?![\w-]|[.,]\d|[ \t]+(?:yards|yds|metres|meters|feet|ft|m|miles|km|kilometres"
                            r"|kilometers|paces|men|soldiers|troops)\b)")
_NOT_AFTER = re.compile(r"[ \t]+(?:Army|Armies|Force|Forces|Command|Division|Corps|Fleet|Area|Railway|Company"
                        r"|Campaign|Offensive|Operation|Guard|Defence|Defense)\b")


_CAP_WORD = re.compile(rf"{_WORD}$")


def _name_start(text: str, end: int) -> int | None:
    """Where the capitalised name that ends at `end` (before a space and the head) starts, or None."""
    before = text[max(0, end - 60):end]
    if not before.endswith((" ", "\t")) or not _CAP_WORD.match(before.split()[-1] if before.split() else ""):
        return None                              # cheap test first: a capitalised word right before the head
    m = _NAME_BEFORE.search(text, max(0, end - 60), end)
    if m is None:
        return None
    words = list(re.finditer(r"[^ \t\u2013\u2014]+", m.group("n")))
    while words and (words[0].group() in _STOP or words[0].group().rstrip("'\u2019s") in _STOP):
        words.pop(0)
    if not words:
        return None
    return m.start("n") + words[0].start()


_TITLES = frozenset("Sir Lord Lady General Gen Gen. Colonel Col Col. Captain Capt Capt. Major Maj Maj. Lieutenant Lt Lt. "
                   "Mr Mr. Mrs Mrs. Dr Dr. Private Pte Sergeant Sgt Admiral Brigadier Corporal Trooper".split())


def _given_name_before(words: list[str]) -> bool:
    """A given name or a title among the words before the head: a person's name ('Sir Evelyn Wood')."""
    from pipeline.rules.english_place_context import person_words  # noqa: PLC0415

    names = person_words()
    return any(w in names or w in _TITLES for w in words)


def find_landform_names(text: str, out: list) -> None:
    """Landforms named by a head word, capes and parallels (see the module doc)."""
    for hit in _HEAD_RE.finditer(text):          # one scan for all heads (re skips to each space in C)
        at, end = hit.start() + 1, hit.end()
        if at < 2 or _NOT_AFTER.match(text, end):
            continue
        start = _name_start(text, at)
        if start is None or text[start:end] in _NOT_LANDFORM:
            continue
        if text[at:end] in _SURNAME_HEADS and _given_name_before(text[max(0, start - 12):at].split()):
            continue
        if text[at:end] == "Water" and text[start:at].split()[-1] in _NOT_WATER:
            continue
        out.append(Candidate(start, end, "LOC", "rule:en_landform", PRIORITY, {}))
    for at in literal_positions(text, "Cape "):
        if at and (text[at - 1].isalnum() or text[at - 1] == "-"):
            continue
        m = _CAPE_RE.match(text, at)
        if m and m.group("n").split()[0] not in _STOP and not _NOT_AFTER.match(text, m.end()):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))
    for first in ("Mont", "Cima ", "Col", "Piz", "Passo ", "Punta ", "Sasso "):   # Monte, Monti, Colle, Pizzo too
        for at in literal_positions(text, first):
            _romance_peak(text, at, out)
    for at in literal_positions(text, "Height "):   # 'Height 1220': a numbered height, as `Hill 304` (session 33)
        m = _HEIGHT_RE.match(text, at)
        if m and (not at or not (text[at - 1].isalnum() or text[at - 1] == "-")):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))
    for at in literal_positions(text, "hill "):   # 'hill 235': a numbered hill is a name in any case (Hill 303)
        m = _LOWER_HILL_RE.match(text, at)
        if m and (not at or not (text[at - 1].isalnum() or text[at - 1] == "-")):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))
    for at in literal_positions(text, "Hump"):    # the air route over the Himalayas: a region flown over (LOC), as
        end = at + 4                               # the English sets read it, not a built route (FAC)
        if (end >= len(text) or not (text[end].isalnum() or text[end] == "-")) and \
                (at == 0 or not text[at - 1].isalnum()):
            out.append(Candidate(at, end, "LOC", "rule:en_landform", 45, {}))
    done = -1
    for at in literal_positions(text, "arallel"):
        for m in _PARALLEL_RE.finditer(text, max(0, at - 24), at + 7):
            if m.start() > done:
                done = m.end()
                out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))


# towns and states written as a peak or a point that the place tables lack (GeoNames lists Monaco's quarter apart)
_PEAK_SHAPED_TOWNS = frozenset(("Monte Carlo", "Punta Arenas", "Monte Cristi", "Punta Gorda", "Monte Sant'Angelo",
                                "Monte Sant\u2019Angelo", "Punta Alta", "Punta del Este", "Mont Tremblant"))
_HEIGHT_RE = re.compile(r"Height[ \t]+\d{2,4}(?![\w-]|[.,]\d|[ \t]+(?:yards|yds|metres|meters|feet|ft|m|miles|km)\b)")
_TITLE_BEFORE = re.compile(r"(?:Sir|Lord|Lady|General|Gen\.?|Colonel|Col\.?|Captain|Capt\.?|Major|Lieutenant|Lt\.?|Mr\.?"
                           r"|Mrs\.?|Dr\.?|Private|Sergeant|Admiral|Brigadier|Count|Signor|Don|Monsieur|M\.)[ \t]+$")


def _romance_peak(text: str, at: int, out: list) -> None:
    """`Monte X`, `Col di X`, `Cima X` ... at `at` (see _ROMANCE_PEAK_RE)."""
    if at and (text[at - 1].isalnum() or text[at - 1] in "-'\u2019"):
        return
    m = _ROMANCE_PEAK_RE.match(text, at)
    if m is None or m.group("n").split()[0] in _STOP or _NOT_AFTER.match(text, m.end()):
        return
    if _TITLE_BEFORE.search(text, max(0, at - 12), at):
        return                                   # 'Mr Monte Rosa', 'General Col ...': a person
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    from pipeline.rules.english_world_cities import city_table  # noqa: PLC0415

    whole = text[m.start():m.end()]
    known = english_names().get(whole)
    if known is not None and known[0] != "LOC" or whole in city_table() or whole in _PEAK_SHAPED_TOWNS:
        return                                   # 'Monte Carlo', 'Punta Arenas': a town of that shape
    out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))


# a hill or a mountain the text names once with its head and elsewhere bare (session 33, w33enloc, read across
# audit28 and real-dev7: `Tololing mountain` ... `attacked Tololing`, `Heartbreak Hill` ... `atop Heartbreak`): the bare
# mentions are the same hill (LOC), where no lexicon or town table knows the bare name (`Kohima Ridge`: Kohima is a town)
_HILL_HEADS = tuple(sep + head for sep in " \n" for head in ("Hill", "Ridge", "Mountain", "mountain", "Heights", "Peak",
                                                              "Spur", "Bair"))
_HILL_HEAD_AT = re.compile(r"(?:Hill|Ridge|Mountain|mountain|Heights|Peak|Spur|Bair)(?![\w-])")
_HILL_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD})[ \t\n]+$")
_MOUNT_NAME_AFTER = re.compile(rf"(?:Mount|Monte|Mt\.?)[ \t]+(?P<m>{_WORD})(?![\w'\u2019-]|[ \t]+[{_UP}])")


def _headed_hill_names(text: str) -> list[str]:
    """The names written before a hill's head or after `Mount` (read from the head's literal, not a whole-text scan)."""
    found = []
    for head in _HILL_HEADS:
        for at in literal_positions(text, head):
            if _HILL_HEAD_AT.match(text, at + 1):
                m = _HILL_NAME_BEFORE.search(text, max(0, at - 40), at + 1)
                if m:
                    found.append(m.group("n"))
    for first in ("Mount ", "Monte ", "Mt"):
        for at in literal_positions(text, first):
            m = _MOUNT_NAME_AFTER.match(text, at)
            if m and (not at or not text[at - 1].isalnum()):
                found.append(m.group("m"))
    return found


def find_hill_bare_mentions(text: str, out: list) -> None:
    """Bare mentions of a hill named with its head elsewhere in the text (see _HILL_HEADS)."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    from pipeline.rules.english_place_context import common_word, person_words  # noqa: PLC0415
    from pipeline.rules.english_world_cities import city_table  # noqa: PLC0415

    names = set()
    heads = _headed_hill_names(text)
    if not heads:
        return
    for name in heads:
        if name in _STOP or len(name) < 4 or name in english_names() or name in city_table() \
                or name in person_words():
            continue
        names.add(name)
    for name in names:
        everyday = common_word(name)             # 'Heartbreak Hill': a bare 'Heartbreak' only inside a sentence
        after = re.compile(rf"(?![\w-]|['\u2019](?!s\b)|[ \t\n]+[{_UP}A-Za-z]*(?:Hill|Ridge|Mountain|mountain|Heights|Peak"
                           rf"|Spur|Bair|[Rr]iver|Valley|valley)\b|[ \t]+[{_UP}])")
        for at in literal_positions(text, name):
            if at and (text[at - 1].isalnum() or text[at - 1] in "'\u2019-") \
                    or not after.match(text, at + len(name)):
                continue
            m = re.compile(re.escape(name)).match(text, at)
            if re.search(r"(?:Mount|Monte|Mt\.?)[ \t]+$", text[max(0, m.start() - 8):m.start()]):
                continue                             # the headed name itself
            if re.search(rf"[{_UP}][\w'\u2019.-]*[ \t]+$", text[max(0, m.start() - 30):m.start()]):
                continue                             # 'Iron Triangle' beside 'Triangle Hill': part of another name
            if everyday and (m.start() == 0 or re.search(r"(?:[.!?:;\"\u201c(]|^)[ \t\n]*$",
                                                          text[max(0, m.start() - 4):m.start()])):
                continue                             # 'Garrison troops ...' opening a sentence: the common word
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_landform", PRIORITY, {}))
