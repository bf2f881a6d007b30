"""Chinese PERSON names the readers cut or miss (session 21, round 2: classes the s21zhper audit saw, r21names).

- A two-character person-lexicon entry right after a surname character is the given name of a longer name
  (`经过赵定国治理后`, with 定国 a lexicon entry, is 赵定国): the surname + entry is read whole where the character
  before the surname is a boundary (punctuation, the text's start, a function or verb character of the name
  readers' stop list, or the end of a frequent verb word), the character before and the surname make no word
  (主任|X, 上将|X: a post ending in a surname character), the three characters are no ordinary word and no known
  place, and the entry does not stand alone elsewhere in the text. persons.find_persons asks
  `lexicon_name_inside` before it takes the lexicon match; this module reads the whole name.
- A Qing prince's personal name after his title, the name not in the lexicon (`年长的庄亲王载功任此职`,
  `贝勒某某率`): 亲王 / 郡王 / 贝勒 / 贝子 after a title character, two characters, then punctuation or a verb a
  prince's clause goes on with (任, 为, 率, 领, 奉, 于, 在 …); not after a title the person lexicon knows as the
  prince himself (persons_qing.tsv: X亲王 is an alias of his name; what follows it is no name). The two characters are no ordinary word, open no
  verb word (亲王|会同办理: the prince by his title, then a verb), hold no stop character and are no known place.
- Vietnamese royal and personal names: 阮 + two given characters (`阮光平与`; 阮 is a surname wherever it stands, but
  in a word with the character before it, 中阮, the instrument), and any of the
  royal houses' surnames (阮 黎 陈 李 莫 郑) + two characters right after a title ending in 王 (`定王阮某某`,
  `新政王黎某某`): the title's 王 is no surname (the readers took 王阮某 and left the given name's last character).
  The Nguyễn house writes 阮福 + a generation character + a name: four characters where the four are written more
  than once in the text.
  The given characters are no stop character, the three no ordinary word and no known place.
- A name before the residue of a wiki mirror's infobox: a Chinese name, a language tag (英语 / 法语 / 越南语 …,
  with or without a bracket and a colon) and the name's Latin form (`杜朗英语Pierre Durand`,
  `阮文甲（越南语：Nguyễn Văn Giáp）`): the Chinese run back to a boundary (two to eight characters, · allowed)
  and the Latin form of two or more capitalised words (lower-case particles de, van, von … between them) are
  both PERSON; the tag stays outside. The Chinese run is no known place, no ordinary word and ends in no place,
  organisation or unit character nor in a noble title (X公, X郡王: the title has its Latin form too); a one-word Latin form (a country, a city) reads nothing.

PERSON at priority 37 (above the given-name reader of the annals, 36, whose short reading this replaces; a name
read whole by its frame). Cost: str.find of 亲王/郡王/贝勒/贝子, 阮 and 王 + a house surname, the language tags;
regexes only from those literals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import (
    is_common_word, is_han as _cjk, known_places, person_forms, surnames, verb_word, word_info)
from pipeline.rules.person_name_ends import PUNCT, STOP_CHARS
from pipeline.rules.ranked_courtesy_band_names_zh import PLACE_ENDS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-lexicon-prince", 37
_CJK = "\u4e00-\u9fff"


# 1. a lexicon entry inside a longer name
def _boundary_before(text: str, at: int) -> bool:
    """The character before `at` ends no name: the start, punctuation, a stop character or a frequent verb."""
    if at <= 0:
        return True
    ch = text[at - 1]
    if not _cjk(ch) or ch in PUNCT or ch in STOP_CHARS:
        return True
    return verb_word(text[max(0, at - 2):at], 200)


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    """The 60 most frequent single surnames (surnames_cn.txt lists them first, by frequency)."""
    from pipeline.rules.names_common import read_list

    return frozenset([name for name in read_list("surnames_cn.txt") if len(name) == 1][:60])


def lexicon_name_inside(text: str, start: int, end: int) -> bool:
    """The two-character lexicon match text[start:end] is the given name of surname text[start - 1] (see doc)."""
    if end - start != 2 or start < 1 or text[start - 1] not in surnames()[0] or text[start - 1] in STOP_CHARS:
        return False    # 向|某某: a preposition, no surname
    full = text[start - 1:end]
    if not all(_cjk(ch) for ch in full) or not _boundary_before(text, start - 1):
        return False
    if text[start] in _common_surnames() and not word_info().get(full, (0, ""))[1].startswith("nr"):
        return False    # 甲|陈某: an entry that opens with a common surname is that person, unless jieba knows the three
    if word_info().get(text[start - 1:start + 1], (0, ""))[0] >= 5:
        return False    # the surname character and the entry's first make a word
    if start >= 2 and word_info().get(text[start - 2:start], (0, ""))[0] >= 5:
        return False    # 主任|X, 上将|X: the surname character ends a word before it
    if is_common_word(full, 5) or full in known_places():
        return False
    entry = text[start:end]
    pos = text.find(entry)
    while pos != -1:
        if pos != start and (pos == 0 or text[pos - 1] != text[start - 1]):
            return False    # the entry stands alone elsewhere: that person
        pos = text.find(entry, pos + 2)
    return True


def _lexicon_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import person_lexicon_matches

    return [Candidate(m.start() - 1, m.end(), "PERSON", SOURCE, PRIORITY) for m in person_lexicon_matches(text)
            if lexicon_name_inside(text, m.start(), m.end())]


# 2. a prince's name after his title
_PRINCE_RE = re.compile(rf"(?<=[{_CJK}])(?:亲王|郡王|贝勒|贝子)([{_CJK}]{{2}})(?=[，,。；;、：:（(]|任|为|率|领|奉|于|在|与|和|及|等|遂|即|亦|乃|被|督|统)")


def _prince_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "王" not in text and "贝" not in text:
        return out
    for match in literal_finditer(_PRINCE_RE, text):
        name = match.group(1)
        if any(ch in STOP_CHARS for ch in name) or is_common_word(name, 5) or name in known_places():
            continue
        if text[match.start() - 1:match.start(1)] in person_forms():
            continue    # 醇亲王出京: a prince the lexicon knows by his title, no name after it
        if verb_word(name, 5) or verb_word(text[match.start(1):match.start(1) + 2], 5):
            continue
        out.append(Candidate(match.start(1), match.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# 3. Vietnamese royal and personal names
_VIET_HOUSES = "阮黎陈李莫郑"
_VIET_RE = re.compile(rf"(?:(?<=[{_CJK}]王)[{_VIET_HOUSES}]|阮)([{_CJK}]{{2}})")


def _viet_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "阮" not in text and "王" not in text:
        return out
    places = known_places()
    for match in literal_finditer(_VIET_RE, text):
        start, end = match.start(), match.end()
        given = match.group(1)
        if any(ch in STOP_CHARS or ch in PUNCT for ch in given):
            continue
        if text[start] != "阮" or (start and text[start - 1] == "王"):
            if start < 2 or text[start - 2] in STOP_CHARS or text[start - 2] in PUNCT:
                continue    # 由王黎某: 王 is the surname after a stop character, no title
        elif start and word_info().get(text[start - 1:start + 1]) or given[0] in "朝氏军主廷":
            continue    # 中阮: the instrument; 阮朝, 阮氏, 阮军: the dynasty, the clan, its army (阮 is otherwise a surname)
        full = text[start:end]
        four = text[start:end + 1]
        if full[:2] == "阮福" and len(four) == 4 and _cjk(four[-1]) and four[-1] not in STOP_CHARS \
                and four[-1] not in PUNCT and text.count(four) >= 2:
            end += 1    # 阮福 + a generation character + a name, written more than once (阮福某某 … 阮福某某)
        elif is_common_word(full, 5) or full in places or given in places or is_common_word(given, 300):
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


# 5. a name after a verb of sending or joining
_SENT_RE = re.compile(rf"(?:遣使|会同|派员|遣员)([{_CJK}]{{2,4}}?)(?=来|赴|前往|至|率|所部|部|师|等|[，,。；;、])")


def _sent_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import translit_chars

    out: list[Candidate] = []
    if "遣" not in text and "会同" not in text and "派员" not in text:
        return out
    single, _ = surnames()
    translit = translit_chars()
    places = known_places()
    for match in literal_finditer(_SENT_RE, text):
        name = match.group(1)
        if any(ch in STOP_CHARS or ch in PUNCT for ch in name) or name in places or is_common_word(name, 5):
            continue
        chinese = len(name) == 3 and name[0] in single and not is_common_word(name[:2], 5)
        foreign = len(name) >= 3 and all(ch in translit for ch in name)
        if chinese or foreign:
            out.append(Candidate(match.start(1), match.end(1), "PERSON", SOURCE, 32))
    return out


# 4. a name before an infobox's language tag and Latin form
TAG_RE = re.compile(r"[（(]?(?:英|法|德|俄|日|越南|西班牙|葡萄牙|意大利|荷兰|拉丁)[语語][:：]?[ \u00a0]?")
_UPPER_WORD = r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff'’\-]*"
_PARTICLE = r"(?:de|du|des|la|le|van|von|der|den|da|di|del|y|al|bin|ibn)"
# two or more capitalised words, initials (H.) and lower-case particles between them
LATIN_RE = re.compile(rf"{_UPPER_WORD}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]|[A-Z]\.[ \u00a0]?)*{_UPPER_WORD})+")
_UPPER_START_RE = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][a-z\u00df-\u00ff\u0100-\u024f\u1e00-\u1eff]")
_NOT_NAME_END = PLACE_ENDS | set("国省市州郡府道军师团旅营部队会党社院校司局厅处署馆厂号舰公王侯伯帝后妃")


def tagged_name_start(text: str, tag_start: int) -> int:
    """Start of the Chinese name right before an infobox language tag at `tag_start` (CJK characters, · and the
    Latin initials between two ·: 某·H·某), or -1 where the run is too short or long or no person's name."""
    start = tag_start
    while start > 0 and tag_start - start < 12 and (_cjk(text[start - 1]) or text[start - 1] == "·"
                                                    or "A" <= text[start - 1] <= "Z" and text[start - 2:start - 1] == "·"):
        start -= 1
    name = text[start:tag_start]
    cjk = sum(1 for ch in name if _cjk(ch))
    if cjk < 2 or len(name) > 12 or (start > 0 and _cjk(text[start - 1])) or not _cjk(name[0]) or not _cjk(name[-1]):
        return -1
    if name in known_places() or is_common_word(name, 5, ("nr", "ns", "nz")) or name[-1] in _NOT_NAME_END:
        return -1     # (jieba's place-tagged transliterations, 罗某, pass: the gazetteer decides places)
    return start


def _infobox_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "语" not in text and "語" not in text:
        return out
    for match in literal_finditer(TAG_RE, text):
        latin = LATIN_RE.match(text, match.end())
        # (an English run after the tag reaches the Chinese finders blanked out: finders.chinese_view, or cut
        # where a letter with a diacritic stops lang._LATIN_PHRASE: a capital after the tag is enough for the
        # Chinese name; the English finder reads the Latin form where it can, english_language_tag_names)
        if latin is None and not text.startswith("   ", match.end()) \
                and not _UPPER_START_RE.match(text, match.end()):
            continue
        start = tagged_name_start(text, match.start())
        if start < 0:
            continue
        out.append(Candidate(start, match.start(), "PERSON", SOURCE, PRIORITY))
        if latin is not None:
            out.append(Candidate(latin.start(), latin.end(), "PERSON", SOURCE, PRIORITY))
    return out


def find_lexicon_prince_viet_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    return _lexicon_names(text) + _prince_names(text) + _viet_names(text) + _infobox_names(text) + _sent_names(text)
