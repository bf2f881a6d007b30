"""Forms of Chinese book and PDF excerpts as web pages carry them (session 15 audit, auditzh31: 文史资料 memoirs,
党史 compilations, 县志 military sections, OCR text of digitised books).

- A person's name broken by a stray space (OCR and PDF text put one between two characters of a line): `叛徒张 福廷`
  where the page writes `张福廷` elsewhere. The working text keeps a space between two Han characters (it separates
  words in tables and after titles: `师长 王某`), so the name finders read `福廷` or nothing there. A surname, one
  space (or two), and two more Han characters (or two, a space, one) whose joined form of three stands unspaced elsewhere in
  the text and is no ordinary word is one PERSON over the spaced span (the space inside it, guideline: a span covers
  the characters as written). The same for a space between the two given characters (`张福 廷`).

- A person after a post whose given name is a place's name (游击副总指挥李长江, 团长王汉中): the post, a surname and a
  known place of two characters, then a character that ends a name (punctuation, 率, 等, 部 …): one PERSON over the
  surname and the place (the gazetteer reads 长江 alone), unless the three characters are themselves a place. So too
  where the surname and the first given character make the place (班长武定强的: auditzh50).

`find_book_forms(text)` runs on the working text (Simplified). Cost: nothing without a space between two Han
characters; then a look-up per such space.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, is_han as _han, known_places, surnames
from pipeline.rules.person_name_ends import TITLES, PUNCT, STOP_CHARS
from pipeline.rules.person_titled_names import title_matches
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

SOURCE, PRIORITY = "rule:person-spaced", 33
_SPACES = " \u3000"
# particles that end no name: a spaced word before one is the word and the particle (总支部 的)
_PARTICLES = set("的了着过吗呢吧")


def _spaced_name(text: str, space: int, width: int) -> Candidate | None:
    """The PERSON over a name of 2-3 Han characters with the space run [space, space + width) inside it."""
    single = surnames()[0]
    after = space + width
    for before, behind in ((1, 2), (2, 1)):   # 张 福廷, 张福 廷 (a two-character joined form would be read inside longer names)
        start, end = space - before, after + behind
        if start < 0 or end > len(text):
            continue
        head, tail = text[start:space], text[after:end]
        if not all(_han(ch) for ch in head + tail) or head[0] not in single:
            continue
        joined = head + tail
        if joined[-1] in _PARTICLES:
            continue      # 总支部 的常委: a word and a particle, no name (prezh5)
        if is_common_word(joined, 20):
            continue      # 中 国: an ordinary word, no name
        if text.find(joined) == -1:
            continue      # written unspaced nowhere else: no evidence the characters are one name
        return Candidate(start, end, "PERSON", SOURCE, PRIORITY)
    return None


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(set(TITLES), key=longest_first)) + ")")


# characters that make a place's name go on after a place (武定县, 南京路): no given name (auditzh50)
_PLACE_GOES_ON = set("县市镇村城乡区州省路街港湾河山岭桥庄屯站口府道人军兵民")


def _place_first_name(text: str, start: int, places: frozenset) -> bool:
    """班长武定强的: the surname and the first given character make a known place of two characters, a third
    Han character that neither stops a name nor goes on with the place closes the given name (auditzh50)."""
    third = text[start + 2:start + 3]
    if third in surnames()[0] and _title_re().match(text, start + 3):
        return False    # 副司令徐州|刘总司令: the place, then the next person's surname and post
    return (text[start:start + 2] in places and _han(third) and third not in STOP_CHARS
            and third not in _PLACE_GOES_ON and not is_common_word(text[start:start + 3], 20))


def _place_named_persons(text: str) -> list[Candidate]:
    """游击副总指挥李长江: a post, a surname, a known place of two characters, a name's end (see the module doc)."""
    out = []
    single, places = surnames()[0], known_places()
    for m in title_matches(text):     # the title scan person_titled_names keeps for the text (same matches)
        start = m.end()
        end = start + 3
        if end > len(text) or text[start] not in single:
            continue
        if text[start + 1:end] not in places and not _place_first_name(text, start, places):
            continue
        if text[start:end] in places or (end < len(text) and text[end] not in PUNCT and text[end] not in STOP_CHARS):
            continue      # 师长张家口…: the three characters go on (or are a place themselves)
        out.append(Candidate(start, end, "PERSON", "rule:person-place-named", PRIORITY))
    return out


def find_book_forms(text: str) -> list[Candidate]:
    """PERSON candidates of names broken by a stray space and of place-named persons after a post (see the module doc)."""
    out: list[Candidate] = _place_named_persons(text)
    for mark in _SPACES:
        pos = text.find(mark, 1)
        while pos != -1:
            width = 1
            while width < 2 and pos + width < len(text) and text[pos + width] in _SPACES:
                width += 1
            if pos + width < len(text) and _han(text[pos - 1]) and _han(text[pos + width]):
                cand = _spaced_name(text, pos, width)
                if cand is not None:
                    out.append(cand)
            pos = text.find(mark, pos + width)
    return out
