"""English span edges of names (session 8, helper en12): the organisation, person and facility classes of
english_span_edges, which calls `find_span_names` last (the readings are in docs/annotation-guidelines.md):

- an organisation read with its owner's possessive (`the Communist Party's Central Committee`): the owner is its
  own span and the organisation starts after it; a Qing office named `X Yamen` (`the Tsungli Yamen`): ORG;
- a railway named with a nationality (`the Chinese Eastern Railway`): one FAC; an alliance (`the Eight-Nation
  Alliance`): ORG; an organisation named with a coordination after its article (`the Righteous and Harmonious
  Society`): one ORG; a faction or force renamed `New`/`Old` (`the New Guangxi Clique`): the word is in its name;
- the photographer named in capitals in a photo credit (`(LI WEI / FOR CHINA DAILY)`): PERSON (the newspaper
  itself is english_label_checks', autonomous prefectures in lower case english_autonomous_places');
- a region named as a group of provinces (`the Three Eastern Provinces`): LOC; a defensive perimeter and the
  International Date Line: LOC, not FAC;
- an officer or official written with initials after the rank or title (`Major-General D. M. Murray-Lyon`,
  `Brigadier W. St. J. Carpendale`, `The Rt. Hon. A. Duff Cooper`): the whole name is the PERSON;
- a web page's or a caption's word on its own line joined to a name across the line break (`View\nLuding bridge`,
  `Department of Defense\nPhoto`): the word is outside the name;
- a name glued to a flag's file name in a flattened infobox (`Army.svgMasao Nakamura`): read as text of its own.

Every class is guarded by a literal test (`in`) or reads only the candidates already found.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

EDGE_PRIORITY = 63
# a nationality or side word, never the first half of a coordinated name ('the British and Indian Army')
DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|an|ch|ic)|Thai|Greek|Dutch|Swiss|Allied|Imperial|Royal|Red|White")

# ----------------------------------------------------------------------------- names

# a photo credit in capitals ('(LI WEI / FOR CHINA DAILY)', '(Photo: ZHANG MIN / XINHUA)'): the photographer
_CREDIT_RE = re.compile(r"\((?:[Pp]hotos?:?[ \t]+|PHOTO:?[ \t]+)?(?P<n>[A-Z]{2,12}(?:[ \t][A-Z]{2,12}){1,2})[ \t]*/[ \t]*[A-Z]")
_NOT_CREDIT = frozenset("PHOTO PHOTOS CHINA DAILY XINHUA AFP AP REUTERS GETTY IMAGES FOR BY THE AND OF FILE CNS VCG".split())
# a faction or force renamed 'New' ('the New Guangxi Clique', 'the New Fourth Army' is listed): the word is in its name
_NEW_BEFORE = re.compile(r"(?<![\w-])(?:New|Old)[ \t]+$")


# a railway named with a nationality (`the Chinese Eastern Railway`, `the Russian Southern Railway`): the adjective is
# in the name (rule 2 keeps a side outside a unit, not outside a railway's name)
_DEMONYM_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]{2,12}(?:ese|ian|an|ish|ch)|Thai|Siamese|Korean|Manchu)[ \t]+$")
# an alliance (`the Eight-Nation Alliance`, `the Triple Alliance`): ORG (rule 12)
_ALLIANCE_RE = re.compile(r"(?<![\w-])(?P<n>(?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|In|On|By|To|For|Of|With|And)\b)"
                          r"[A-Z][a-z]{1,12}(?:-[A-Z][a-z]{1,12})?[ \t]+){1,2})Alliance(?![\w-])")
# a name coordinated inside an organisation's name after its article (`the Righteous and Harmonious Society`)
_COORD_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<w>[A-Z][a-z]{2,15})[ \t]+and[ \t]+$")


# an officer or official written with initials (`Major-General D. M. Murray-Lyon`, `Brigadier W. St. J. Carpendale`,
# `The Rt. Hon. A. Duff Cooper`): the whole name after the rank or title (a double-barrelled surname, `St.` of a
# given name like St. John), as english.RANK_PERSON_RE reads `Lt.-Gen. A. E. Percival`
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.[ \t]*){1,3}(?:St\.[ \t]*(?:[A-Z]\.[ \t]*){0,2})?"
                            r"(?:[A-Z][a-z]{1,15}[ \t]+)?[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?(?![\w-])")
# the word right before the initials: a rank, a title or a post (english.RANK's words; read as one token)
_RANK_WORDS = frozenset("""general gen. brigadier brig. colonel col. major maj. captain capt. lieutenant lt. lt admiral
adm. commodore commander cdr. marshal sergeant sgt. corporal cpl. private pte. sir lord lady hon. mr. mrs. dr. governor
viceroy consul ambassador minister premier president chairman commissioner secretary bishop professor prof. brigadier-general
major-general lieutenant-general lt.-gen. maj.-gen. brig.-gen. lt.-col. lieutenant-colonel vice-admiral rear-admiral
air-marshal field-marshal wing-commander squadron-leader""".split())


# a web page's or a caption's word on its own line joined to a name across the line break (`PDF View\nLuding bridge`,
# `Department of Defense\nPhoto (USMC)`): the word is outside the name
_PAGE_WORDS = frozenset("View Photo Photos Image Images Map Maps Source Credit Courtesy Caption Share Print Email PDF "
                        "Download Video Figure Fig Advertisement".split())


def _page_word_edges(text: str, out: list) -> None:
    for i, c in enumerate(out):
        brk = text.find("\n", c.start, c.end)
        if brk == -1:
            continue
        head, tail = text[c.start:brk].strip(), text[text.rfind("\n", c.start, c.end) + 1:c.end].strip()
        start, end = c.start, c.end
        if head in _PAGE_WORDS:
            start = brk + 1
            while start < end and text[start] in " \t":
                start += 1
        if tail in _PAGE_WORDS:
            end = text.rfind("\n", c.start, c.end)
            while end > start and text[end - 1] in " \t":
                end -= 1
        if (start, end) != (c.start, c.end) and end > start:
            out[i] = Candidate(start, end, c.label, c.source, c.priority, c.norm)


# a flattened infobox glues a flag's file name to the name after it (`War flag of the Imperial Japanese
# Army.svgMasao Nakamura`): the rest of the line is read as text of its own
_SVG_GLUE = re.compile(r"\.(?:svg|png|jpg|gif)(?=[A-Z])")


def _after_file_names(text: str, out: list) -> None:
    from pipeline.rules.english import find_english  # noqa: PLC0415

    for m in _SVG_GLUE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        for c in find_english(text[m.end():end]):
            out.append(Candidate(c.start + m.end(), c.end + m.end(), c.label, c.source, c.priority + 1, c.norm))


def _initialled_persons(text: str, out: list) -> None:
    done = 0
    at = text.find(". ")
    while at != -1:                     # an initial is a capital before '. ' (read at each '. ', in C)
        start = at - 1
        if start >= done and start >= 2 and text[start].isupper() and text[start - 1] in " \t":
            m = _INITIALS_NAME.match(text, start)
            if m:
                done = m.end()
                word = text[max(0, start - 24):start].split()[-1:]
                if word and (word[0].lower() in _RANK_WORDS or word[0].lower().rstrip(".") in _RANK_WORDS):
                    out.append(Candidate(start, m.end(), "PERSON", "rule:en_initialled_person", EDGE_PRIORITY - 20))
        at = text.find(". ", at + 2)


_POSSESSIVE_IN = re.compile(r"(?<!People)(?<!Women)(?<!Children)(?<!Men)['\u2019]s[ \t]+(?=[A-Z])")   # People's Daily
_YAMEN_RE = re.compile(r"(?<![\w-])(?!(?:The|A|His|Their)[ \t])(?P<n>[A-Z][a-z]{1,12}(?:[ \t][A-Z][a-z]{1,12})?)[ \t]+Yamen(?![\w-])")


def _possessive_orgs(text: str, out: list, by: dict) -> None:
    """An organisation read with its owner's possessive (`the Chinese Communist Party's Central Committee`, `Japan's
    Foreign Ministry`): the owner is its own span (as a force's possessive before a unit) and the organisation
    starts after it."""
    swap = {}
    for c in by.get("ORG", ()):
        if "s " in text[c.start:c.end]:
            last = None
            for last in _POSSESSIVE_IN.finditer(text, c.start, c.end):
                pass
            if last is not None and last.end() < c.end:
                swap[id(c)] = Candidate(last.end(), c.end, "ORG", c.source, c.priority, c.norm)
    if swap:
        out[:] = [swap.get(id(c), c) for c in out]


def _names(text: str, out: list, by: dict) -> None:
    if "'s " in text or "\u2019s " in text:
        _possessive_orgs(text, out, by)
    if "Yamen" in text:               # the Qing offices (`the Tsungli Yamen` 总理衙门): ORG
        for m in _YAMEN_RE.finditer(text):
            if m.group("n") not in ("The", "A", "His", "Their"):
                out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_yamen", EDGE_PRIORITY - 10))
    if "Railway" in text or "Railroad" in text:
        for c in by.get("FAC", ()):
            if text.endswith(("Railway", "Railroad"), c.start, c.end) and c.start > 4:
                m = _DEMONYM_BEFORE.search(text, max(0, c.start - 16), c.start)
                if m:
                    out.append(Candidate(m.start(), c.end, "FAC", "rule:en_demonym_railway", EDGE_PRIORITY, c.norm))
    if "Alliance" in text:
        for m in _ALLIANCE_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_alliance", EDGE_PRIORITY - 10))
    if " and " in text:
        for c in by.get("ORG", ()):
            if c.start > 8 and text[c.start].isupper():
                m = _COORD_BEFORE.search(text, max(0, c.start - 30), c.start)
                w = m.group("w") if m else ""
                if m and not (w.endswith("s") and not w.endswith(("ous", "ss", "us", "is"))) \
                        and not DEMONYM_WORD.fullmatch(w) and not any(o.start <= m.start("w") < o.end for o in out):
                    out.append(Candidate(m.start("w"), c.end, "ORG", c.source, EDGE_PRIORITY, c.norm))
    if "/" in text and "(" in text:
        for m in _CREDIT_RE.finditer(text):
            if not _NOT_CREDIT.intersection(m.group("n").split()):
                out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_photo_credit", EDGE_PRIORITY))
    if "New " in text or "Old " in text:
        for c in (*by.get("ORG", ()), *by.get("MIL_UNIT", ())):
            if c.start > 3 and text[c.start - 1] in " \t":
                m = _NEW_BEFORE.search(text, max(0, c.start - 6), c.start)
                if m:
                    out.append(Candidate(m.start(), c.end, c.label, c.source, EDGE_PRIORITY, c.norm))
    if "Provinces" in text:
        for i, c in enumerate(out):
            if c.label == "GPE" and text.endswith("Provinces", c.start, c.end) and "," not in text[c.start:c.end] \
                    and " and " not in text[c.start:c.end] and " or " not in text[c.start:c.end]:
                out[i] = Candidate(c.start, c.end, "LOC", c.source, c.priority, c.norm)
    if "Perimeter" in text or "Date Line" in text:
        for i, c in enumerate(out):
            if c.label == "FAC" and text.endswith(("Perimeter", "Date Line"), c.start, c.end):
                out[i] = Candidate(c.start, c.end, "LOC", c.source, c.priority, c.norm)


def find_span_names(text: str, out: list, by: dict) -> None:
    """The name classes above, on a paragraph's candidates (`by`: the others' candidates by label)."""
    _names(text, out, by)
    if ". " in text:
        _initialled_persons(text, out)
    if "\n" in text:
        _page_word_edges(text, out)
    if ".svg" in text or ".png" in text or ".jpg" in text or ".gif" in text:
        _after_file_names(text, out)
