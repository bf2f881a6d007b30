"""What the working text skips for matching (for working.normalise; the characters stay inside an
entity's original span): web residue (footnote marks, [编辑], pinyin readings glued after a character,
HTML), spaces between CJK characters, CJK punctuation and digits, English words broken by a hyphen at a
line's end, and single line breaks inside a sentence of Chinese prose. `_deletions(text)` returns the
sorted, disjoint spans; `_delete(text, spans)` removes them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.working_chars import CJK_PUNCT, ECHELON, HAN, HP, KANA, SPACE
from pipeline.working_offsets import DeletionMap

_RESIDUE = re.compile(
    r"[\[［](?:[0-9]{1,3}|[a-z]|[注註][ ]?[0-9]{1,3}|[参參][ ]?[0-9]{1,3}|note [0-9]{1,3}|nb [0-9]{1,3}"
    r"|编辑|編輯|编修|編修|来源请求|來源請求|需要引用|需要引文|需要来源|需要來源"
    r"|来源可靠？|來源可靠？|失效链接|失效連結|原创研究|原創研究|谁？|誰？|何时？|何時？"
    r"|citation needed)[\]］](?:[:：][0-9]{1,4}(?:[-–][0-9]{1,4})?"
    # more pages of the same reference ([1]:383,384 / [5]:12-15,20)
    r"(?:[,，][0-9]{1,4}(?:[-–][0-9]{1,4})?(?![0-9]|[.．][0-9]|[\u3400-\u9fff])){0,6})?"
    # the space a page puts after a mark belongs to it (日軍[1] 攻陷)
    r"(?:[ \t\u3000\u00a0]{1,8}(?=[\u3400-\u9fff]))?")

# a pinyin reading a converter glued after a character (戰(zhàn)役, 頑強(qiáng)): skipped, so it breaks no word;
# a tone mark is required (an abbreviation in brackets, 美军(US), stays)
_PINYIN_READING = re.compile(
    "(?<=[" + HAN + "])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6}[)）]")

# HTML left in a copied page (a blog's <br/>, an <img alt=…>, &nbsp;): skipped next to Chinese text or a digit;
# between two Latin letters it stays (deleting it would glue two English words)
_HTML_RESIDUE = re.compile(
    r"<(?:/?(?:br|p|b|i|u|em|strong|span|div|font|sup|sub|a|small|big|center|li|ul|ol|h[1-6])(?:\s[^<>\n]{0,200})?/?"
    r"|img\s[^<>\n]{0,300}|!--[^<>\n]{0,200}--)>|&(?:nbsp|#160|#12288|ensp|emsp|thinsp|zwnj|zwj|shy);|(?<=&)amp;",
    re.IGNORECASE)

_WS = "[" + SPACE + "]{1,32}"
# a space run between CJK/digits (the character before is consumed: faster than a look-behind)
_SPACES = re.compile("[" + HP + "0-9](" + _WS + ")(?=[" + HP + "0-9])")
_LINE_LEFT = set(CJK_PUNCT) - set("。！？；：」』】〉》”’…）～")
_LINE_RIGHT = set(CJK_PUNCT) - set("「『【〈…～")
_IS_HAN_OR_DIGIT = re.compile("[" + HAN + KANA + "0-9]")
_SPACE_CR = SPACE + "\r"
_HAN_CHAR = re.compile("[" + HAN + "]")
_PROSE_PUNCT = re.compile("[，、。；：！？]")
PROSE_LINE = 24  # a line this long is prose even without punctuation (PDF wrapping)


def _prose(line: str) -> tuple[bool, bool]:
    """(has sentence punctuation, is long) for a line."""
    return bool(_PROSE_PUNCT.search(line)), len(line.strip(SPACE)) >= PROSE_LINE


def _joins(ch: str, allowed: set[str]) -> bool:
    return ch in allowed or bool(_IS_HAN_OR_DIGIT.match(ch))


_DESIGNATION_LEFT = re.compile("第[〇零一二三四五六七八九十百0-9]{1,5}$")
_DESIGNATION_RIGHT = re.compile("[〇零一二三四五六七八九十百0-9]{0,4}(?:师团|旅团|联队|集团军|军团|军|师|旅|团|師團|旅團|聯隊|集團軍|軍團|軍|師|團)")


def _split_designation(body: str, head: str) -> bool:
    """A designation broken over two lines by a page's hard wrap (第一百九 / 十六师): never a heading."""
    return bool(_DESIGNATION_LEFT.search(body[-8:])) and bool(_DESIGNATION_RIGHT.match(head))


# a number set on a line of its own by a PDF's font change, its 年/月/日/时 opening the next line (1937\n年七七事变后,
# 于8\n月22日, 下午16\n时; auditzh13): one date, never a table row (a row ends in its number, the next opens with a name)
_NUMBER_END = re.compile("(?<![0-9.,])[0-9]{1,4}$")
_DATE_WORD = set("年月日时")


def _split_number(body: str, head: str) -> bool:
    return head[0] in _DATE_WORD and bool(_NUMBER_END.search(body[-5:]))


_ROW_START = set("第0123456789")
# a short line that is a field and its value (時間：1948年11月4日下午, 地点：南阳): its only punctuation
# is the colon after a label of one to six characters (not a clause broken after 第: 他写道：第\n52军)
_FIELD_LINE = re.compile("[ \u3000]{0,4}[^，、。；：！？]{1,6}：[ \u3000]{0,2}[^，、。；：！？ \u3000]{1,30}(?<!第)$")


def _block_indent(line: str, nxt: str, head: str) -> bool:
    """A PDF page's indented block (auditzh10): the next line's indent (9-16) is no deeper than this line's."""
    indent = len(nxt) - len(head)
    return indent <= 40 and len(line) - len(line.lstrip(SPACE)) >= indent


def _joined_breaks(text: str) -> list[tuple[int, int]]:
    """Single line breaks inside a sentence of prose: the character before is not
    sentence-final, the one after is CJK or a digit; the line before holds sentence
    punctuation or is long, and so does the line after, unless the line before has
    both (then the next is the short end of a wrapped paragraph)."""
    out = []
    lines = text.split("\n")
    pos = 0
    for line, nxt in zip(lines, lines[1:]):
        start_next = pos + len(line) + 1
        body, head = line.rstrip(_SPACE_CR), nxt.lstrip(SPACE)
        if (body and head and _joins(body[-1], _LINE_LEFT) and _joins(head[0], _LINE_RIGHT)
                and len(line) - len(body) <= 9 and (len(nxt) - len(head) <= 8 or _block_indent(line, nxt, head))
                # Chinese on both lines: rows of an English table ('... 25,000\n9th Division') stay lines
                and (_HAN_CHAR.search(body) or _split_number(body, head)) and _HAN_CHAR.search(head)):
            punct, long = _prose(body)
            if not long and punct and _FIELD_LINE.match(body) and not _split_designation(body, head):
                pass      # 地點：南陽 / 事件發生的原因：…: a short line of a field and its value ends there
            elif not long and body[-1] in ECHELON and head[0] in _ROW_START:
                pass      # 第10师：28团、30团 / 第12师：…: rows of an infobox's list of units stay lines
            elif (punct or long) and (punct and long or any(_prose(head))) or _split_designation(body, head) \
                    or _split_number(body, head):
                out.append((pos + len(body), start_next + len(nxt) - len(head)))
        pos = start_next
    return out


# A word of an English line broken at the line's end by a hyphen (book and PDF text): 'Decem-\nber',
# 'Mat-\nthew', 'Divi-\nsion'. The word loses the hyphen and the break ('December', 'Matthew'), except a
# capitalised romanised syllable before a short piece, which is how romanised names are written ('Chiang
# Kai-\nshek' → 'Kai-shek', 'Zhang Xue-\nliang' → 'Xue-liang'), unless together they make a month or a
# common given name.
_HYPHEN_BREAK = re.compile(r"(?P<hy>-)(?<=[A-Za-z]-)(?P<br>[ \t]{0,4}\r?\n[ \t]{0,8})(?=[a-z])")   # literal first: scanned in C
_WORD_BEFORE = re.compile(r"[A-Za-z]{1,30}$")
_WORD_AFTER = re.compile(r"[a-z]{1,30}")
_MONTHS = frozenset("january february march april may june july august september october november december".split())


@lru_cache(maxsize=1)
def _known_joined() -> frozenset[str]:
    """Months and the common given names (given_names_en.txt), lower case."""
    from pipeline.lexicons import read_words

    return frozenset({w.lower() for w in read_words("given_names_en.txt")} | _MONTHS)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Romanised Mandarin syllables, pinyin and Wade-Giles (romanisation_wg.tsv), lower case, plain."""
    from pipeline.lexicons import read_rows

    return frozenset(form.lower().replace("ü", "u").replace("'", "").replace("\u2019", "")
                     for row in read_rows("romanisation_wg.tsv") for form in row[:3])


def _hyphen_breaks(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HYPHEN_BREAK.finditer(text):
        left = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        right = _WORD_AFTER.match(text, m.end())
        name_piece = (left is not None and left.group()[0].isupper() and left.group().lower() in _syllables()
                      and len(right.group()) <= 6 and (left.group() + right.group()).lower() not in _known_joined())
        out.append(m.span("br") if name_piece else (m.start("hy"), m.end("br")))
    return out


def delete(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _space_runs(text: str) -> list[tuple[int, int]]:
    """Space runs between CJK characters, CJK punctuation and digits, not digit–digit."""
    # a Chinese text has few spaces: only the character before each is tried (the same matches)
    found = _SPACES.finditer(text) if _spaces_common(text) else anchored_finditer(_SPACES, text, _ONE_SPACE, 1)
    return [m.span(1) for m in found
            if not (text[m.start()].isdigit() and text[m.end()].isdigit() and not _split_designation_number(text, m))
            and not (_HAN_CHAR.match(text[m.start()]) and _HAN_CHAR.match(text[m.end()])
                     and not _letter_spaced(text, m.start(), m.end()))
            and not _clause_space_before_day(text, m)]


# a space typed as a clause break before a day (攻克县城 26日又进占…, forum text): the day is a date, not a duration
# read off the word before it (县城26日). Only one space, after a Han character that cannot open a date, before
# a day glued to its 日/号; PDF text spaces both sides of a number (县城 26 日) and keeps its deletion.
_DAY_GLUED = re.compile("[0-9]{1,2}[日号](?![0-9])")
_DATE_OPENERS = set("第年月至到于在自从迄")


def _clause_space_before_day(text: str, m: re.Match) -> bool:
    return (m.end(1) - m.start(1) == 1 and _HAN_CHAR.match(text[m.start()]) is not None
            and text[m.start()] not in _DATE_OPENERS and _DAY_GLUED.match(text, m.end()) is not None)


# a designation's number split by a stray space (第3 1师, 第 18 4 团: OCR and PDF text): after 第 and before an
# echelon word the digits are one number
_DESIGNATION_BEFORE = re.compile("第[" + SPACE + "]{0,2}[0-9]{1,2}$")
_DESIGNATION_AFTER = re.compile("[" + SPACE + "]{1,2}[0-9]{1,2}[" + SPACE + "]{0,2}(?:师团|旅团|联队|集团军|军团|纵队|支队|大队|中队"
                                "|師團|旅團|聯隊|集團軍|軍團|縱隊|[师军旅团營营師軍團])")


def _split_designation_number(text: str, m: re.Match) -> bool:
    return bool(_DESIGNATION_BEFORE.search(text, max(0, m.start() - 4), m.start() + 1)
                and _DESIGNATION_AFTER.match(text, m.start(1)))


_ONE_SPACE = re.compile("[" + SPACE + "]")


def _spaces_common(text: str) -> bool:
    """More than one space in 40 characters (English): `re` scans faster than trying each."""
    return text.count(" ") * 40 > len(text)


def _letter_spaced(text: str, before: int, after: int) -> bool:
    """A space between two Han characters separates words (table cells, a title and a
    name: 师长 王某) and stays, unless the text is letter-spaced (抗 日 战 争): one of the
    two characters stands alone between spaces too."""
    return (before > 0 and text[before - 1] in SPACE) or \
        (after + 1 < len(text) and text[after + 1] in SPACE) or _padded_name(text, before, after)


# a two-character name padded to the width of three in a roster or table (林 英（1938年5月--）, 、李 弥、):
# a one-character surname at an item start, the space, one Han character at an item end (session 12, auditzh10)
_ITEM_OPEN = set("\n、，,：:；;（(「[［")
_ITEM_CLOSE = set("\n、，,；;（(）)[［」等") | set(SPACE)
_NOT_GIVEN = set("的了在是和与及或等军师旅团营连排部队长官兵年月日")


def _padded_name(text: str, before: int, after: int) -> bool:
    if after - before > 3 or (before > 0 and text[before - 1] not in _ITEM_OPEN) \
            or (after + 1 < len(text) and text[after + 1] not in _ITEM_CLOSE) or text[after] in _NOT_GIVEN:
        return False
    from pipeline.rules.names_common import surnames
    return text[before] in surnames()[0]


def deletion_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of `text` to skip: web residue first, then spaces and
    line breaks as seen in the text without the residue."""
    residue = [m.span() for m in _RESIDUE.finditer(text)] if "[" in text or "［" in text else []
    if "<" in text or "&" in text:
        residue = _merge(residue + _html_residue(text))
    if "(" in text or "（" in text:
        readings = [m.span() for m in literal_finditer(_PINYIN_READING, text)]
        if readings:
            residue = _merge(residue + readings)
    hyphens = _hyphen_breaks(text) if "-" in text else []
    if not residue:
        return _merge(_space_runs(text) + _joined_breaks(text) + hyphens) if hyphens else \
            sorted(_space_runs(text) + _joined_breaks(text))
    current = delete(text, residue)
    mapping = DeletionMap(residue, len(text))
    spans = [mapping.span_to_src(a, b) for a, b in _space_runs(current) + _joined_breaks(current)] + hyphens
    return _merge(residue + spans)


def _html_residue(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HTML_RESIDUE.finditer(text):
        start, end = m.span()
        before, after = text[start - 1:start], text[end:end + 1]
        if m.group().lower() == "amp;" or not (before.isascii() and before.isalpha() and after.isascii() and after.isalpha()):
            out.append((start, end))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]
