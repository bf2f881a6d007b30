"""The working text: one normalised view of a document that every finder sees.

    original ──OpenCC t2s (Traditional/mixed only, script.py)──▶ converted
             ──normalise (this module)──▶ working text
    + one WorkingMap that projects offsets both ways through both steps

Normalisation, so that no finder has to know how a page was typed:

* substitutions (one character for one, positions kept):
  - full-width digits, Latin letters and ％＋－／ → ASCII (１９４４ → 1944);
  - ASCII , ( ) : ; ! ? " in Chinese context → ，（）：；！？“” (quotes and brackets
    by pairs); a comma between digits (410,000), anything touching a Latin letter
    (English runs) and a `.` are left alone;
  - financial numerals inside a numeral run as the ordinary ones (贰万叁百 → 二万三百, 民国贰拾年);
  - ○ inside a numeral → 〇, and so is the digit 0 after a Chinese digit (第二0一师); ﹑ → 、; ﹐ → ，; ． between digits → .;
    ﹐ ． · ・ ﹑ between the numerals of a list of designations (第5·6师) → 、;
* deletions (skipped for matching, still inside the entity in the original):
  - web residue: footnote marks [1] [12] [1]:51 [注1] [註 2], [编辑], [来源请求] …; pinyin readings a
    converter glued after a character (戰(zhàn)役 → 戰役);
  - HTML left in a copied page (<br/>, <p>, <img …>, &nbsp;, the amp; of &amp;) next to Chinese or a digit;
  - spaces, tabs, U+3000 and NBSP between CJK characters, CJK punctuation and
    digits (第 52 军, 1943 年 5 月) — never between two digits or next to Latin;
  - an English word broken at a line's end by a hyphen (Decem-\\nber → December; a
    capitalised word keeps its hyphen: Kai-\\nshek → Kai-shek);
  - a single line break inside a Chinese sentence (第1\\n师团长): the character
    before it is not sentence-final, the one after is CJK or a digit, and both
    lines are prose (they hold ，、。；：！？ or are long), so headings, lists and
    infobox rows stay lines. Blank lines always stay.

Spans found on the working text go back with `span_to_src`: the start of the
first and the end of the last character, so a space or line break inside an
entity is part of its original span and one just outside it is not.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.rules.scan import anchored_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.script import OffsetMap, convert_with_map
from pipeline.variant_chars import map_variants

# --------------------------------------------------------------------------- classes

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = "\u3040-\u30ff"
_CJK_PUNCT = "，。、；：！？（）「」『』“”‘’《》〈〉【】…～"
_HP = _HAN + _KANA + _CJK_PUNCT + "〇"      # CJK characters and CJK punctuation (〇: a Chinese digit)
_SPACE = " \t\u3000\u00a0"
_ASCII_PUNCT = ',():;!?"'

_HAS_HAN = re.compile("[" + _HAN + _KANA + "]")

_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULLWIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULLWIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULLWIDTH.update({ord("﹑"): "、", ord("﹐"): "，", ord("％"): "%", ord("＋"): "+",
                   ord("－"): "-", ord("／"): "/"})
_FULLWIDTH_CHARS = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a﹑﹐％＋－／]{1,64}")

_NUM = "0-9０-９一二三四五六七八九十百〇○零两"
_LIST_SEP = "﹐﹑．·・•"
_ECHELON = "师師军軍团團旅营營连連联聯队隊纵縱支"
# numerals separated by list marks; a designation list when after 第 or before an
# echelon (第5·6师, 五﹑六军), not a date name (一·二八) or a decimal (14．8万)
_NUMERAL_LIST = re.compile("[" + _NUM + "]{1,6}(?:[" + _LIST_SEP + "][" + _NUM + "]{1,6}){1,12}")
_LIST_SEP_CHAR = re.compile("[" + _LIST_SEP + "]")
_LIST_SEP_BETWEEN_NUMERALS = re.compile("[" + _LIST_SEP + "](?=[" + _NUM + "])")
# Chinese numerals typed with ASCII commas right before their echelon (五,九,十纵队); Arabic digits with commas are
# thousands (and 41,36,110师团 is read by the unit finder itself)
_COMMA_NUMERAL_LIST = re.compile("(?<![" + _NUM + "])[一二三四五六七八九十]{1,3}(?:,[一二三四五六七八九十]{1,3}){1,12}"
                                 "(?=等?[" + _ECHELON + "])")
_COMMA = re.compile(",")
_DECIMAL = re.compile("(?<=[0-9０-９])．(?=[0-9０-９])")
_ZERO = re.compile("(?<=[一二三四五六七八九十〇○零])○|○(?=[一二三四五六七八九〇○零])")
# the digit 0 typed for 〇 inside a Chinese numeral (第二00师, 第二0一师, 第六0二团): a run of 0 after a
# Chinese digit, before a Chinese digit or an echelon word; found from the literal 0 (re skips to it in C)
_DIGIT_ZERO = re.compile("0{1,3}")
_CN_DIGIT_BEFORE = set("一二三四五六七八九〇○")
_CN_DIGIT_OR_ECHELON_AFTER = set("一二三四五六七八九〇○师師军軍团團旅营營连連队隊年")
# the Latin letter O typed for 〇 between Chinese digits or before an echelon (二O六师, 一九四O年, 三OO团)
_LETTER_ZERO = re.compile("[一二三四五六七八九〇○]([Oo]{1,3})(?=[一二三四五六七八九〇○师師军軍团團旅营營连連队隊年])")

# financial numerals (大写数字: 贰万四千, 叁拾元, 民国贰拾年) as the ordinary ones, inside a numeral run only: 陆 and
# 伍 alone are words (陆军, 队伍), 肆 and 拾 too (大肆, 收拾) — a run of two or more numerals with one of the
# unambiguous forms is a number
_FINANCIAL = str.maketrans("壹贰貳叁肆伍陆陸柒捌玖拾佰仟", "一二二三四五六六七八九十百千")
_FINANCIAL_ANCHOR = re.compile("[壹贰貳叁肆柒捌玖拾佰仟]")
_FINANCIAL_RUN = re.compile("[零〇壹贰貳叁肆伍陆陸柒捌玖拾佰仟一二三四五六七八九十百千万萬亿億两]{2,24}"
                            "|[壹贰貳叁柒捌玖](?=[年月日号元圆名人个次])")
_FINANCIAL_SURE = set("壹贰貳叁柒捌玖拾佰仟")
_FINANCIAL_RUN_CHARS = frozenset("零〇壹贰貳叁肆伍陆陸柒捌玖拾佰仟一二三四五六七八九十百千万萬亿億两")   # _FINANCIAL_RUN's class

_HALF_PUNCT = re.compile('[,():;!?"]')
_SINGLE_PUNCT = re.compile("[(),:;!?]")
_PUNCT_AFTER_CJK = re.compile("(?<=[\u3000-\U0003ffff])[,:;!?](?=[\u3000-\U0003ffff0-9])")
_PAIR = re.compile(r"\(([^()\n]{0,200})\)|\"([^\"\n]{0,400})\"")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？",
                 "(": "（", ")": "）"}

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
    "(?<=[" + _HAN + "])[(（][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,6}[)）]")

# HTML left in a copied page (a blog's <br/>, an <img alt=…>, &nbsp;): skipped next to Chinese text or a digit;
# between two Latin letters it stays (deleting it would glue two English words)
_HTML_RESIDUE = re.compile(
    r"<(?:/?(?:br|p|b|i|u|em|strong|span|div|font|sup|sub|a|small|big|center|li|ul|ol|h[1-6])(?:\s[^<>\n]{0,200})?/?"
    r"|img\s[^<>\n]{0,300}|!--[^<>\n]{0,200}--)>|&(?:nbsp|#160|#12288|ensp|emsp|thinsp|zwnj|zwj|shy);|(?<=&)amp;",
    re.IGNORECASE)

_WS = "[" + _SPACE + "]{1,32}"
# a space run between CJK/digits (the character before is consumed: faster than a look-behind)
_SPACES = re.compile("[" + _HP + "0-9](" + _WS + ")(?=[" + _HP + "0-9])")
_LINE_LEFT = set(_CJK_PUNCT) - set("。！？；：」』】〉》”’…）～")
_LINE_RIGHT = set(_CJK_PUNCT) - set("「『【〈…～")
_IS_HAN_OR_DIGIT = re.compile("[" + _HAN + _KANA + "0-9]")
_SPACE_CR = _SPACE + "\r"
_HAN_CHAR = re.compile("[" + _HAN + "]")
_PROSE_PUNCT = re.compile("[，、。；：！？]")
PROSE_LINE = 24  # a line this long is prose even without punctuation (PDF wrapping)

_ANY = re.compile("[" + _ASCII_PUNCT + _SPACE + "\n\\[［\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％＋－／<&"
                  + _LIST_SEP + "○0Oo]")


# --------------------------------------------------------------------------- map

class DeletionMap:
    """Offsets between a text and the same text with some characters deleted."""

    def __init__(self, deleted: list[tuple[int, int]], src_len: int):
        """`deleted`: sorted, disjoint (start, end) spans of the source."""
        self.src_len = src_len
        ends = [0] + [b for _, b in deleted]
        starts = [a for a, _ in deleted] + [src_len]
        runs = [(e, s - e) for e, s in zip(ends, starts) if s > e]
        self._src = [e for e, _ in runs] or [0]
        self._len = [n for _, n in runs] or [0]
        self._dst = [0, *itertools.accumulate(self._len)]
        self.dst_len = self._dst.pop()
        self.identity = self.dst_len == src_len

    def to_src(self, pos: int) -> int:
        """The original position of working character `pos` (dst_len → src_len)."""
        if self.identity:
            return pos
        if pos >= self.dst_len:
            return self.src_len
        i = bisect.bisect_right(self._dst, pos) - 1
        return self._src[i] + pos - self._dst[i]

    def to_dst(self, pos: int) -> int:
        """How many kept characters come before original position `pos`."""
        if self.identity:
            return pos
        i = bisect.bisect_right(self._src, pos) - 1
        if i < 0:
            return 0
        return self._dst[i] + min(pos - self._src[i], self._len[i])

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            a = self.to_src(start)
            return a, a
        return self.to_src(start), self.to_src(end - 1) + 1

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        return self.to_dst(start), self.to_dst(end)

    def spans_to_src(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """[span_to_src(start, end) for each span], computed in one pass (a document's entities)."""
        if self.identity:
            return [(start, end) if end > start else (start, start) for start, end in spans]
        src, dst, dst_len, src_len = self._src, self._dst, self.dst_len, self.src_len
        bisect_right = bisect.bisect_right
        out = []
        for start, end in spans:
            if start >= dst_len:
                a = src_len
            else:
                i = bisect_right(dst, start) - 1
                a = src[i] + start - dst[i]
            if end <= start:
                out.append((a, a))
                continue
            last = end - 1
            if last >= dst_len:
                b = src_len + 1
            else:
                i = bisect_right(dst, last) - 1
                b = src[i] + last - dst[i] + 1
            out.append((a, b))
        return out


class WorkingMap:
    """The one offset map between an original text and its working text, both ways:
    script conversion (OpenCC OffsetMap, often the identity) then deletions."""

    def __init__(self, conversion: OffsetMap | None, deletions: DeletionMap):
        self._conv = None if conversion is None or conversion.identity else conversion
        self._del = deletions
        self.identity = self._conv is None and deletions.identity
        self.src_len = conversion.src_len if self._conv else deletions.src_len
        self.dst_len = deletions.dst_len

    def to_src(self, pos: int) -> int:
        pos = self._del.to_src(pos)
        return self._conv.to_src(pos) if self._conv else pos

    def to_dst(self, pos: int) -> int:
        if self._conv:
            pos = self._conv.to_dst(pos)
        return self._del.to_dst(pos)

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        a, b = self._del.span_to_src(start, end)
        return self._conv.span_to_src(a, b) if self._conv else (a, b)

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        if self._conv:
            start, end = self._conv.span_to_dst(start, end)
        return self._del.span_to_dst(start, end)

    def spans_to_src(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """[span_to_src(start, end) for each span] (the deletions' part in one pass)."""
        found = self._del.spans_to_src(spans)
        if self._conv:
            conv = self._conv.span_to_src
            return [conv(a, b) for a, b in found]
        return found


@dataclass(frozen=True)
class WorkingText:
    source: str           # the original text (entities point into it)
    text: str             # the working text (finders, model, normaliser see it)
    offsets: WorkingMap
    config: str | None    # the OpenCC config applied first, if any

    @property
    def changed(self) -> bool:
        return not self.offsets.identity or self.text != self.source


# --------------------------------------------------------------------------- substitutions

def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest character from i in direction step, skipping spaces and ASCII
    punctuation, within the line; "" when there is none."""
    n = len(text)
    for _ in range(8):
        i += step
        if i < 0 or i >= n:
            return ""
        ch = text[i]
        if ch == "\n":
            return ""
        if ch not in _SPACE and ch not in _ASCII_PUNCT:
            return ch
    return ""


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


def _chinese_context(left: str, right: str, inside: str = "") -> bool:
    """Whether ASCII punctuation between `left` and `right` (around `inside`) is
    Chinese: a CJK character or CJK punctuation on one side, no Latin letter on either."""
    if _is_latin(left) or _is_latin(right):
        return False
    return any(c >= "\u3000" for c in (left, right, inside[:1], inside[-1:]))


def _half_to_full(text: str, subs: dict[int, str]) -> None:
    """ASCII punctuation in Chinese context → full-width (subs: position → character)."""
    for m in _PAIR.finditer(text):
        a, b = m.start(), m.end() - 1
        inside = (m.group(1) if m.group(1) is not None else m.group(2)).strip(_SPACE)
        if _chinese_context(_neighbour(text, a, -1), _neighbour(text, b, 1), inside):
            if text[a] == "(":
                subs[a], subs[b] = "（", "）"
            else:
                subs[a], subs[b] = "“", "”"
    for m in _PUNCT_AFTER_CJK.finditer(text):      # the common case: 日,国
        subs.setdefault(m.start(), _HALF_TO_FULL[m.group()])
    for m in _SINGLE_PUNCT.finditer(text):
        i = m.start()
        if i not in subs and _chinese_context(_neighbour(text, i, -1), _neighbour(text, i, 1)):
            subs[i] = _HALF_TO_FULL[text[i]]


def _financial_numerals(text: str) -> str:
    """贰万四千 → 二万四千 (one for one; see _FINANCIAL)."""
    anchors = [m.start() for m in _FINANCIAL_ANCHOR.finditer(text)]
    if not anchors:
        return text
    def plain(m: re.Match) -> str:
        run = m.group()
        sure = sum(ch in _FINANCIAL_SURE for ch in run)
        # 肆 counts when another numeral form is in the run (肆拾, 贰万肆千), never alone (大肆, 肆虐)
        return run.translate(_FINANCIAL) if sure or ("肆" in run and len(run) > 2) else run
    # Only a run holding an anchor character changes: the runs are read from the start of the numeral
    # run of the first anchor to the character after that of the last (a match is made of numerals,
    # so the matches found there are the ones a scan of the whole text finds), not over the whole text.
    start, end = anchors[0], anchors[-1] + 1
    while start and text[start - 1] in _FINANCIAL_RUN_CHARS:
        start -= 1
    while end < len(text) and text[end] in _FINANCIAL_RUN_CHARS:
        end += 1
    end = min(len(text), end + 1)       # the look-ahead of a lone numeral (贰年) reads one character on
    return text[:start] + _FINANCIAL_RUN.sub(plain, text[start:end]) + text[end:]


_CN_DIGITS = frozenset("一二三四五六七八九十")
_COMMA_BEFORE_CN_DIGIT = re.compile(",(?=[一二三四五六七八九十])")


def _comma_between_numerals(text: str) -> bool:
    """Whether an ASCII comma stands between two Chinese digits (五,九): every match of
    _COMMA_NUMERAL_LIST holds one. Found from the commas (`re` skips to a literal in C)
    instead of trying that pattern at every Chinese digit of the text."""
    return any(text[m.start() - 1:m.start()] in _CN_DIGITS for m in _COMMA_BEFORE_CN_DIGIT.finditer(text))


def _substitute(text: str) -> str:
    """The one-for-one character substitutions (length kept)."""
    if _FULLWIDTH_CHARS.search(text):
        text = _FULLWIDTH_CHARS.sub(lambda m: m.group().translate(_FULLWIDTH), text)
    subs: dict[int, str] = {}
    if _LIST_SEP_BETWEEN_NUMERALS.search(text):
        for m in _NUMERAL_LIST.finditer(text):
            a, b = m.span()
            closed = b + 1 < len(text) and text[b] in _LIST_SEP + "等" and text[b + 1] in _ECHELON
            if text[a - 1:a] == "第" or b < len(text) and text[b] in _ECHELON or closed:
                for s in _LIST_SEP_CHAR.finditer(m.group()):
                    subs[a + s.start()] = "、"
                if closed and text[b] != "等":
                    subs[b] = "等"      # 一·三·四·六·纵队: the list's closing mark, read as 等 closes it (等纵队)
    if "," in text and _comma_between_numerals(text):
        for m in _COMMA_NUMERAL_LIST.finditer(text):
            for s in _COMMA.finditer(m.group()):
                subs[m.start() + s.start()] = "、"     # 五,九,十纵队: a typed list of Chinese numerals before its echelon
    if "．" in text:
        for m in _DECIMAL.finditer(text):
            subs.setdefault(m.start(), ".")
    if "○" in text:
        for m in _ZERO.finditer(text):
            subs[m.start()] = "〇"
    if "0" in text:
        for m in _DIGIT_ZERO.finditer(text):
            a, b = m.span()
            # a space typed between the digits and the Chinese (第二 0 一师) is skipped, as the deletions will
            before = text[max(0, a - 3):a].rstrip(" \u3000")[-1:]
            after = text[b:b + 3].lstrip(" \u3000")[:1]
            if before and before in _CN_DIGIT_BEFORE and after and after in _CN_DIGIT_OR_ECHELON_AFTER:
                for i in range(a, b):
                    subs[i] = "〇"
    for m in _LETTER_ZERO.finditer(text):
        for i in range(m.start(1), m.end(1)):
            subs[i] = "〇"
    if _HAS_HAN.search(text) and _HALF_PUNCT.search(text):
        for lo, hi in _lines_with_han_and_punct(text):
            piece: dict[int, str] = {}
            _half_to_full(text[lo:hi], piece)
            for k, v in piece.items():
                subs.setdefault(lo + k, v)
    if not subs:
        return text
    out, pos = [], 0
    for i in sorted(subs):
        out.append(text[pos:i])
        out.append(subs[i])
        pos = i + 1
    out.append(text[pos:])
    return "".join(out)


def _lines_with_han_and_punct(text: str):
    """(start, end) of each line holding both a CJK character and ASCII punctuation."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _HAS_HAN.search(line) and _HALF_PUNCT.search(line):
            yield start, end
        start = end + 1


# --------------------------------------------------------------------------- deletions

def _prose(line: str) -> tuple[bool, bool]:
    """(has sentence punctuation, is long) for a line."""
    return bool(_PROSE_PUNCT.search(line)), len(line.strip(_SPACE)) >= PROSE_LINE


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
    return indent <= 40 and len(line) - len(line.lstrip(_SPACE)) >= indent


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
        body, head = line.rstrip(_SPACE_CR), nxt.lstrip(_SPACE)
        if (body and head and _joins(body[-1], _LINE_LEFT) and _joins(head[0], _LINE_RIGHT)
                and len(line) - len(body) <= 9 and (len(nxt) - len(head) <= 8 or _block_indent(line, nxt, head))
                # Chinese on both lines: rows of an English table ('... 25,000\n9th Division') stay lines
                and (_HAN_CHAR.search(body) or _split_number(body, head)) and _HAN_CHAR.search(head)):
            punct, long = _prose(body)
            if not long and punct and _FIELD_LINE.match(body) and not _split_designation(body, head):
                pass      # 地點：南陽 / 事件發生的原因：…: a short line of a field and its value ends there
            elif not long and body[-1] in _ECHELON and head[0] in _ROW_START:
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


def _delete(text: str, spans: list[tuple[int, int]]) -> str:
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
_DESIGNATION_BEFORE = re.compile("第[" + _SPACE + "]{0,2}[0-9]{1,2}$")
_DESIGNATION_AFTER = re.compile("[" + _SPACE + "]{1,2}[0-9]{1,2}[" + _SPACE + "]{0,2}(?:师团|旅团|联队|集团军|军团|纵队|支队|大队|中队"
                                "|師團|旅團|聯隊|集團軍|軍團|縱隊|[师军旅团營营師軍團])")


def _split_designation_number(text: str, m: re.Match) -> bool:
    return bool(_DESIGNATION_BEFORE.search(text, max(0, m.start() - 4), m.start() + 1)
                and _DESIGNATION_AFTER.match(text, m.start(1)))


_ONE_SPACE = re.compile("[" + _SPACE + "]")


def _spaces_common(text: str) -> bool:
    """More than one space in 40 characters (English): `re` scans faster than trying each."""
    return text.count(" ") * 40 > len(text)


def _letter_spaced(text: str, before: int, after: int) -> bool:
    """A space between two Han characters separates words (table cells, a title and a
    name: 师长 王某) and stays, unless the text is letter-spaced (抗 日 战 争): one of the
    two characters stands alone between spaces too."""
    return (before > 0 and text[before - 1] in _SPACE) or \
        (after + 1 < len(text) and text[after + 1] in _SPACE) or _padded_name(text, before, after)


# a two-character name padded to the width of three in a roster or table (林 英（1938年5月--）, 、李 弥、):
# a one-character surname at an item start, the space, one Han character at an item end (session 12, auditzh10)
_ITEM_OPEN = set("\n、，,：:；;（(「[［")
_ITEM_CLOSE = set("\n、，,；;（(）)[［」等") | set(_SPACE)
_NOT_GIVEN = set("的了在是和与及或等军师旅团营连排部队长官兵年月日")


def _padded_name(text: str, before: int, after: int) -> bool:
    if after - before > 3 or (before > 0 and text[before - 1] not in _ITEM_OPEN) \
            or (after + 1 < len(text) and text[after + 1] not in _ITEM_CLOSE) or text[after] in _NOT_GIVEN:
        return False
    from pipeline.rules.names_common import surnames
    return text[before] in surnames()[0]


def _deletions(text: str) -> list[tuple[int, int]]:
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
    current = _delete(text, residue)
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


# --------------------------------------------------------------------------- entry point

def normalise(text: str) -> tuple[str, DeletionMap]:
    """`text` normalised for matching, and the map back to it."""
    text = map_variants(text)            # 戦 → 战, 砲 → 炮, 5月19曰 → 5月19日 (one for one)
    text = _financial_numerals(text)     # 贰万四千 → 二万四千 (one for one)
    if not _ANY.search(text):
        return text, DeletionMap([], len(text))
    text = _substitute(text)
    deleted = _deletions(text)
    return _delete(text, deleted), DeletionMap(deleted, len(text))


def working_text(text: str, config: str | None = None) -> WorkingText:
    """The working text of `text`: OpenCC `config` (e.g. "t2s") first, then normalised."""
    conversion = convert_with_map(text, config) if config else None
    converted = conversion.text if conversion else text
    normalised, deletions = normalise(converted)
    offsets = WorkingMap(conversion.offsets if conversion else None, deletions)
    return WorkingText(text, normalised, offsets, config)
