"""Complete general lists of people (pipeline/lexicons/persons_*.tsv), matched like persons.tsv.

Each list is defined by a criterion stated in its header (the PLA's generals of 1955–64, the NRA's
war-area and group-army commanders, the late Qing viceroys, the IJA's army commanders, ...), not by
what any annotated set holds. Their Chinese names and aliases join the person lexicon of
names_common (persons.tsv keeps the canonical name where both list someone), their English forms
join english_lexicon's table (the English finder's; not the Chinese finder's English regex, whose compile
time would double at every start for names a Chinese page seldom writes in English).

Precision guard, for the two-character forms only (粟裕, 陈毅, 荣禄): such a form is left out when it
is itself a place of the gazetteer or an ordinary word of jieba's dictionary (寿山, 黄道: not `nr`,
frequency >= 20); and where it is matched, `guarded_out` (applied to the lexicon regex's matches in
names_common.person_lexicon_matches, which every reader of the person lexicon shares) turns it away when the text makes it part of
a longer ordinary dictionary word (欣欣向荣 holds 向荣) or of a known place (夏威夷 holds 夏威), or stands
right before a one-character place head (南日岛, 金策市).
Three-character and longer forms match bare, as persons.tsv's do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules import lexicon_lists

_HOLDER_FREQ = 5          # a longer dictionary word holding a two-character form
# one-character heads of places and streets: a two-character name right before one names the place
_PLACE_HEADS = frozenset("岛县镇乡村屯港湾路街市")


def list_files() -> tuple[str, ...]:
    """The list files, persons_*.tsv, in name order."""
    return lexicon_lists.list_files("persons")


def list_rows() -> tuple[tuple[str, ...], ...]:
    """Every data row of every list file, persons_*.tsv (name, aliases, English forms, note)."""
    return lexicon_lists.list_rows("persons")


@lru_cache(maxsize=1)
def chinese_forms() -> dict[str, str]:
    """Chinese name or alias -> canonical name, the colliding two-character forms left out."""
    return lexicon_lists.chinese_forms(list_rows(), "nr", 12)


@lru_cache(maxsize=1)
def english_forms() -> dict[str, str]:
    """English form -> canonical name; only forms of two words or more ('Su Yu', 'Prince Gong'): a
    single romanised word is too often a place or a common word ('Yuxian', 'Shoushan', 'Hailing')."""
    out: dict[str, str] = {}
    for row in list_rows():
        for form in (row[2].split(",") if len(row) > 2 else []):
            form = form.strip()
            if len(form.split()) >= 2 and re.search("[A-Za-z]", form):
                out.setdefault(form, row[0].strip())
    return out


def _held(text: str, start: int, end: int) -> bool:
    """A longer word holds text[start:end]: one of jieba's ordinary words of three or four characters
    (frequency >= 5, not `nr`: 欣欣向荣 holds 向荣) or a place of the gazetteer of three to six characters
    (夏威夷 holds 夏威) that covers it in the text."""
    from pipeline.rules.names_common import known_places, word_info

    words, places = word_info(), known_places()
    for size in range(3, 7):
        for left in range(max(0, end - size), start + 1):
            piece = text[left : left + size]
            if len(piece) < size:
                break
            if piece in places:
                return True
            if size <= 4:
                entry = words.get(piece)
                if entry and entry[0] >= _HOLDER_FREQ and not entry[1].startswith("nr"):
                    return True
    return False


@lru_cache(maxsize=1)
def _persons_tsv_forms() -> frozenset[str]:
    from pipeline.rules.names_common import lexicon_forms

    return frozenset(lexicon_forms("persons.tsv")[0])


def guarded_out(text: str, start: int, end: int, after_name: bool = False) -> bool:
    """True when a list name at text[start:end] is part of something longer: joined by · to more of a
    foreign name (吉姆·泰勒), a transliteration glued to more transliteration (克鲁格曼), or, for a
    two-character name, inside a longer ordinary word or known place (欣欣向荣, 夏威夷), before a place
    head (南日岛), or after a surname or transliteration character (焦裕禄, 施泰勒) that does not end a name
    found right before (`after_name`: 汤恩伯德王, two names whose separator a page lost).
    persons.tsv's own names are left to its rules."""
    if "·" in (text[start - 1 : start] + text[end : end + 1]) and text[start:end] not in _persons_tsv_forms():
        return True       # 吉姆·泰勒: a part of a longer name joined by ·, which the person finder reads whole
    if end - start != 2:
        return _longer_transliteration(text, start, end)
    form = text[start:end]
    if text[end : end + 1] in _PLACE_HEADS and form not in _persons_tsv_forms():
        return True       # 南日岛, 金策市: a place named like a person

    if form in _persons_tsv_forms():
        return False
    if _town_after_its_place(text, start, form):
        return True       # 麻城汤池: a town's short name right after a county or prefecture
    if _held(text, start, end):
        return True
    return (not after_name and _glued_before(text, start)) or _inside_longer_word(text, start, end)


def _town_after_its_place(text: str, start: int, form: str) -> bool:
    """A two-character name that is also a town's short name (towns_cn.tsv: 汤池, 苏鲁, 高岗) right after the
    name of a county or prefecture of the gazetteer (麻城汤池) names the town, not the person."""
    from pipeline.rules.place_towns import tables

    _full, _short, after_county, parents, _old = tables()
    if form not in after_county:
        return False
    return any(text[start - size : start] in parents for size in (2, 3, 4) if start >= size)


def _longer_transliteration(text: str, start: int, end: int) -> bool:
    """A transliterated list name (克鲁格, 克拉克) with a transliteration character right after or before it
    is part of a longer foreign name (克鲁格曼, 伊萨克克拉克); persons.tsv's own names are left to its rules."""
    from pipeline.rules.names_common import translit_chars

    translit = translit_chars()
    form = text[start:end]
    glued = (end < len(text) and text[end] in translit) or (start > 0 and text[start - 1] in translit)
    if not glued or form in _persons_tsv_forms():
        return False
    return all(ch in translit for ch in form) and form in chinese_forms()


# characters that are also surnames but before a name are mostly a preposition, conjunction or verb
_FUNCTION_CHARS = frozenset("于向从由在对自往被把将与和及给令使让派命调率是为任同")


def _glued_before(text: str, start: int) -> bool:
    """A surname right before the form makes it the given name of someone else (焦裕禄, 莫文祥), and a
    transliteration character before a transliterated form makes it the tail of a longer foreign
    name (施泰勒)."""
    from pipeline.rules.names_common import translit_chars, surnames

    if start == 0:
        return False
    before = text[start - 1]
    if before in surnames()[0] and before not in _FUNCTION_CHARS:
        return True
    translit = translit_chars()
    return (before in translit and text[start] in translit) or _longer_transliteration(text, start, start + 2)


def _inside_longer_word(text: str, start: int, end: int) -> bool:
    """The form is the tail or head of a three-character name or word jieba knows (焦裕禄, 宋庆龄), or
    the dictionary segmentation of the few characters around puts no word boundary at one of its ends
    (大胜保加利亚: 胜|保加利亚)."""
    from pipeline.rules.names_common import is_common_word, word_info
    from pipeline.rules.person_dictionary import dictionary_names
    from pipeline.segment import inside_words

    words, names = word_info(), dictionary_names()
    for piece in (text[max(0, start - 1) : end], text[start : end + 1]):
        if len(piece) == 3 and (piece in words or piece in names):
            return True
    left = max(0, start - 4)
    window = text[left : end + 4]
    if start > 0 and text[start - 1] in _FUNCTION_CHARS and not is_common_word(text[start - 1 : start + 1], 100):
        # (session 19) a preposition before the name that the segmenter glued to it as a rare word (同|德王:
        # 同德, a county): only the end of the name must fall on a word boundary
        return bool(inside_words(window, [end - left]))
    return bool(inside_words(window, [start - left, end - left]))
