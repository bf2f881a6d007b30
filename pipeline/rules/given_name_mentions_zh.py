"""A person named in full once and then by the given name alone (session 25, s25mine: cross-set mining of the
development sets; the errors came from 4 passages of 3 audits, the form was checked on other stored pages). Grammar
over the candidates found; no list of names. Examples are written for this docstring.

Biographies, chronicles and local histories name a man in full (`甲乙丙`: a single-character surname and a
two-character given name) and then, as classical and gazetteer prose does, by his given name (`乙丙为首`,
`推乙丙为首`, `乙丙等还`). discourse_repeats repeats the whole name; qing_annals_zh reads the given name where it
opens a clause of the annals; this reads it wherever it stands alone, in any prose:

- the full name is one qing_annals_zh.full_names reads (a PERSON candidate, a person of the lexicon or a
  biography's head: three Chinese characters opening with a single-character surname), not a compound surname's
  first two characters, found with no other label in the text and not only inside a longer name read otherwise or
  before a building, grave or place named after him (`甲乙丙庙`: a temple, the person's posthumous title inside);
- the given name is no ordinary word (jieba: frequency 20 or more and not tagged a name), no place the gazetteer
  knows, not the given name of two persons of the text (`甲乙丙`, `丁乙丙`, also where only one of them was read:
  another surname right before the given name, not a verb or preposition that is also one), and stands alone: not right after the
  surname (the full name itself), after a clause mark or a function character or verb (推, 即, 与, 助 …: not
  `城外乙丙树`), not glued into a word across its start or its end, not inside a 《title》, not
  before a force head (乙丙部 is read by the force finders) or a year of a reign.

Priority 19 (below every framed reading of a person, 20, and every place or unit: a given name that is also read as
something else stays that). Cost: one pass over the PERSON candidates and str.find of each given name.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han, known_places, plain_word, surnames
from pipeline.rules.places import TITLE_RE
from pipeline.rules.qing_annals_zh import BEFORE_GIVEN, CLAUSE, full_names
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:person-given-name"
_NOT_AFTER = frozenset("师旅团营连军部队县镇乡村山河")
# what may stand right before a given name standing alone: a clause mark, or a function character or verb of the
# annals (qing_annals_zh.BEFORE_GIVEN) or of other prose (推乙丙为首, 即乙丙, 助乙丙, 属乙丙, 由乙丙, 于乙丙)
_BEFORE = frozenset(CLAUSE) | frozenset(BEFORE_GIVEN) | frozenset("推即属助随偕由被把向从于给对为请约邀同跟")
# a building, grave or place named after a person: the three characters before it are no mention of him (某某某庙)
_THING_AFTER = frozenset("庙祠寺墓陵碑馆堂楼桥路街村镇庄园亭阁坊")
_ERA_YEAR_AFTER = re.compile("元年|初年|末年|年间|[一二三四五六七八九十廿]{1,4}年")


def _given_names(text: str, found: list[Candidate]) -> dict[str, str]:
    """given name -> the surname of the one person of the text who bears it."""
    _, compound = surnames()
    others = [c for c in found if c.label != "PERSON"]
    other_labels = {text[c.start:c.end] for c in others}

    def named_thing(at: int) -> bool:   # 某某某庙, or inside a longer name read otherwise
        return text[at + 3:at + 4] in _THING_AFTER or any(
            o.start <= at and at + 3 <= o.end and o.end - o.start > 3 for o in others)

    bearers: dict[str, set[str]] = {}
    for name in full_names(text, found):   # the full names qing_annals_zh reads (found, lexicon, biography heads)
        if name in other_labels or name[:2] in compound:
            continue
        if all(named_thing(at) for at in literal_positions(text, name)):
            continue
        bearers.setdefault(name[1:], set()).add(name[0])
    places = known_places()
    return {given: next(iter(sur)) for given, sur in bearers.items()
            if len(sur) == 1 and given not in places and given not in other_labels
            and not plain_word(given, 20) and not is_common_word(given, 20)}


def find_given_name_mentions(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON at the bare given-name mentions of the three-character persons found (working text, Simplified)."""
    givens = _given_names(text, found)
    if not givens:
        return []
    titles = [m.span() for m in TITLE_RE.finditer(text)] if "《" in text else []
    out = []
    single = surnames()[0]
    for given, surname in givens.items():
        places = literal_positions(text, given)
        if any(at > 0 and text[at - 1] in single and text[at - 1] != surname and text[at - 1] not in _BEFORE
               for at in places):
            continue                                       # another surname before it too (甲乙丙 … 丁乙丙): whose?
        for at in places:
            end = at + 2
            if at > 0 and (text[at - 1] == surname or text[at - 1] not in _BEFORE):
                continue                                   # the full name, or no word edge before it (城外乙丙树)
            if at > 0 and is_han(text[at - 1]) and is_common_word(text[at - 1:at + 1], 100):
                continue                                   # glued into a word across its start
            if end < len(text) and is_han(text[end]) and is_common_word(text[end - 1:end + 1], 100):
                continue                                   # or across its end
            if text[end:end + 1] in _NOT_AFTER or _ERA_YEAR_AFTER.match(text, end):
                continue
            if any(s < at < e for s, e in titles):
                continue
            out.append(Candidate(at, end, "PERSON", SOURCE, 19))
    return out
