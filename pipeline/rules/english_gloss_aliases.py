"""A name's other-language forms glossed in the parenthesis after it (session 8, helper en13).

An encyclopedia lead glosses a name in its other languages right after it: `The Battle of X (Russian: Битва при
X, romanized: Bitva pri X; Japanese: X会戦, romanized: X-kaisen; lit. 'Decisive Battle of X')`. Every form
glossed there names the same thing: each takes the label of the name before the parenthesis (the independent
annotators of four sets tag them so), whatever it would be read as alone (a romanised Japanese event name is
no person's name). The label comes from the name the parenthesis follows; when that name was not read as a
whole (`the siege of X (X攻囲戦, …)`), a Chinese or Japanese form ending in a word for a battle, war or incident
(戦 戰 战 役 变 變 件) makes them EVENT.

A form is glossed by a language or script word and a colon (`Russian:`, `simplified Chinese:`, `pinyin:`,
`Japanese Romaji:`, `Wade–Giles:`), by `romanized`/`lit.` (colon or not), or follows such a form in the same
parenthesis (`(旅順攻囲戦, Ryojun Kōisen; …)`). Chinese and Japanese characters are left to the Chinese finders;
the reading stops at a form with a digit (the dates that often close the parenthesis).

A place and its other name in brackets (`Xiang (Hunan)`, `Mukden (now Shenyang)`, `Jungcheng (modern X)`): the
one no finder read takes the other's label (GPE or LOC), unless it is an English word, a people's adjective or a
name the lexicons give another label.

Cheap where nothing applies: only the parentheses opened right after a name read by another finder or holding a
language word and a colon are read, at most 300 characters each.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

GLOSS_PRIORITY = 70        # the parenthesis says what the form names: above any reading of the form alone
HEAD_LABELS = frozenset({"EVENT", "PERSON", "GPE", "LOC", "MIL_UNIT", "ORG", "FAC"})

_LANGUAGES = (r"(?:Chinese|Japanese|Russian|Korean|Mongolian|Vietnamese|Manchu|Tibetan|Uyghur|Burmese|Thai|Malay"
              r"|German|French|Dutch|Portuguese|Spanish|Italian|Polish|Ukrainian|Cantonese|Hokkien|Taiwanese)")
_MARKER = re.compile(
    rf"\s*(?:(?:(?:[Ss]implified|[Tt]raditional|[Ll]iterary|[Mm]odern|[Oo]ld|[Cc]lassical)\s+)?{_LANGUAGES}"
    rf"(?:\s+(?:and|&|or)\s+{_LANGUAGES})?(?:\s+(?:[Pp]inyin|Romaji|[Rr]omaji|[Rr]omani[sz]ation|[Nn]ame|characters?"
    rf"|[Hh]epburn|Hangul|Hanja|Kanji|Kana))?\s*:"
    r"|(?:[Pp]inyin|Wade[-\u2010\u2013]Giles|[Hh]epburn|Romaji|[Rr]omaji|Hangul|Hanja|Kanji|Kana|Hiragana|Katakana"
    r"|Cyrillic|McCune[-\u2010\u2013]Reischauer|Revised\s+Romani[sz]ation|Postal)\s*:"
    r"|(?:[Rr]omani[sz]ed|[Rr]omani[sz]ation|[Ll]it\.|[Ll]iterally|[Tt]ranslit\.|[Tt]ransliterated)\s*:?)\s*")
_LANGUAGE_START = re.compile(rf"\s*(?:(?:[Ss]implified|[Tt]raditional)\s+)?{_LANGUAGES}[^():;\n]{{0,30}}:|\s*[Pp]inyin:"
                             r"|\s*Romaji:|\s*Wade[-\u2010\u2013]Giles:|\s*[Rr]omani[sz]ed")
_LANGUAGE_COLON = re.compile(rf"{_LANGUAGES}[^():;\n]{{0,30}}:|[Pp]inyin:|Romaji:|Wade[-\u2010\u2013]Giles:")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_ONLY = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30fb\u00b7]{1,30}")
_EVENT_ENDS = tuple("戦戰战役变變件")
# a form in Latin or Cyrillic letters: one to six words (apostrophes and hyphens inside), no digit
_LETTERS = "A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff"
_FORM = re.compile(rf"[{_LETTERS}][{_LETTERS}'\u2019\u02bc-]{{0,30}}(?:[ \t][{_LETTERS}][{_LETTERS}'\u2019\u02bc-]{{0,30}}){{0,5}}")
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_NOT_FORM = re.compile(r"(?i)(?:also|or|and|born|died|see|from|in|the|a|an|now|formerly|meaning|i\.e\.|e\.g\.)\b")


def find_gloss_aliases(text: str, out: list) -> None:
    """Forms glossed in the parenthesis right after a name (see the module doc)."""
    ends = None
    for at in literal_positions(text, "("):
        close = _gloss_end(text, at + 1)
        inner = text[at + 1:close]
        gloss = _LANGUAGE_COLON.search(inner) or _CJK.match(inner)
        if not gloss and not _PLACE_INNER.fullmatch(inner):
            continue
        if ends is None:
            ends, spans = {}, {}
            for c in out:
                if c.label in HEAD_LABELS and (c.end not in ends or ends[c.end].start > c.start):
                    ends[c.end] = c
                if c.label in ("GPE", "LOC"):
                    spans[(c.start, c.end)] = c.label
        head_end = at
        while head_end and text[head_end - 1] in " \t":
            head_end -= 1
        head = ends.get(head_end)
        if gloss:
            _read_gloss(text, at + 1, close, head.label if head else None, out)
        elif close < len(text) and text[close] == ")":
            _place_alias(text, at + 1, close, head_end, head, spans, out)
    # the language runs cut a lead's parenthesis at its semicolons: a run that opens with a gloss goes on with
    # one (its label then comes from a Chinese or Japanese form in it)
    if _MARKER.match(text) and _LANGUAGE_START.match(text):
        _read_gloss(text, 0, _gloss_end(text, 0), None, out)


# a place's other name in brackets: '(Hunan)', '(now Shenyang)', '(modern Ningbo)', '(or Qamdo)'
_PLACE_INNER = re.compile(r"(?:(?:now|modern|present-day|today|then|formerly|later|or|i\.e\.)[ \t]+)?"
                          r"[A-Z][a-z\u00e0-\u017f'\u2019-]{1,20}(?:[ \t][A-Z][a-z\u00e0-\u017f'\u2019-]{1,20}){0,2}")
_PLACE_WORDS_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z\u00e0-\u017f'\u2019-]{1,20}(?:[ \t][A-Z][a-z\u00e0-\u017f'\u2019-]{1,20}){0,2}$")


def _place_alias(text: str, start: int, close: int, head_end: int, head, spans: dict, out: list) -> None:
    """A place and its other name in brackets (`Xiang (Hunan)`, `Mukden (now Shenyang)`): the one a finder did
    not read takes the other's label (GPE or LOC), unless it is a word, a people's adjective or another name."""
    from pipeline.rules.english_lexicon import demonyms, english_names  # noqa: PLC0415
    from pipeline.rules.english_surname_verbs import common_words  # noqa: PLC0415

    inner_start = start
    marker = re.match(r"(?:now|modern|present-day|today|then|formerly|later|or|i\.e\.)[ \t]+", text[start:close])
    if marker:
        inner_start += marker.end()
    names = english_names()

    def unknown(form: str) -> bool:
        return form not in names and form.lower() not in common_words() and not any(
            w in demonyms() for w in form.split())

    inner_label = spans.get((inner_start, close))
    if head is not None and head.label in ("GPE", "LOC") and inner_label is None:
        form = text[inner_start:close]
        if unknown(form):
            out.append(Candidate(inner_start, close, head.label, "rule:en_place_alias", 39))
    elif head is None and inner_label is not None:
        m = _PLACE_WORDS_BEFORE.search(text, max(0, head_end - 64), head_end)
        if m is not None and m.group().split()[0] not in _NOT_PLACE_START and unknown(m.group()):
            out.append(Candidate(m.start(), head_end, inner_label, "rule:en_place_alias", 39))


_NOT_PLACE_START = frozenset("The A An In At On Of To From By For With And Or But This That These Those Its His Her "
                             "Their General Colonel Major Captain Lieutenant Mr Mrs Dr".split())


def _gloss_end(text: str, start: int) -> int:
    """Where a parenthesis opened before `start` closes, or the line or the run ends (at most 300 characters)."""
    limit = min(len(text), start + 300)
    close = text.find(")", start, limit)
    end = close if close != -1 else limit
    line = text.find("\n", start, end)
    return line if line != -1 else end


def _read_gloss(text: str, start: int, close: int, label: str | None, out: list) -> None:
    forms: list[tuple[int, int]] = []
    glossed = False
    event = False
    pos = start
    while pos < close:
        stop = pos
        while stop < close and text[stop] not in ",;":
            stop += 1
        piece_start = pos
        marker = _MARKER.match(text, piece_start, stop)
        if marker is not None and marker.end() > piece_start and marker.group().strip():
            piece_start = marker.end()
            marked = True
        else:
            marked = False
        while piece_start < stop and (text[piece_start].isspace() or text[piece_start] in _QUOTES):
            piece_start += 1
        piece_end = stop
        while piece_end > piece_start and (text[piece_end - 1].isspace() or text[piece_end - 1] in _QUOTES):
            piece_end -= 1
        piece = text[piece_start:piece_end]
        pos = stop + 1
        if not piece:
            continue
        if any(ch.isdigit() for ch in piece):
            break                        # a date or a figure closes the glosses
        if _CJK_ONLY.fullmatch(piece):
            glossed = True
            event = event or piece.endswith(_EVENT_ENDS)
            continue
        if _CJK.search(piece):
            continue
        form = _FORM.fullmatch(piece)
        if form is None or _NOT_FORM.match(piece):
            if not marked:
                break                    # prose inside the parenthesis: no more glosses
            continue
        if marked or glossed and (piece[0].isupper()):
            glossed = True
            forms.append((piece_start, piece_end))
    if event:
        label = "EVENT"
    if label is None or not forms:
        return
    for f_start, f_end in forms:
        out.append(Candidate(f_start, f_end, label, "rule:en_gloss_alias", GLOSS_PRIORITY))
