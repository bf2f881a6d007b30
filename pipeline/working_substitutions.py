"""The working text's one-for-one character substitutions (length kept; for working.normalise):
full-width digits, letters and signs to ASCII; ASCII punctuation in Chinese context to full-width (by
pairs for brackets and quotes); list marks and typed commas between the numerals of a designation list
to 、; ○, 0 and O typed for 〇; ． between digits; financial numerals inside a numeral run (贰万 → 二万).
"""

from __future__ import annotations

import re

from pipeline.working_chars import ASCII_PUNCT, ECHELON, HAS_HAN, LIST_SEP, NUM, SPACE

_FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)}
_FULLWIDTH.update({0xFF21 + i: 0x41 + i for i in range(26)})
_FULLWIDTH.update({0xFF41 + i: 0x61 + i for i in range(26)})
_FULLWIDTH.update({ord("﹑"): "、", ord("﹐"): "，", ord("％"): "%", ord("＋"): "+",
                   ord("－"): "-", ord("／"): "/"})
_FULLWIDTH_CHARS = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a﹑﹐％＋－／]{1,64}")

# numerals separated by list marks; a designation list when after 第 or before an
# echelon (第5·6师, 五﹑六军), not a date name (一·二八) or a decimal (14．8万)
_NUMERAL_LIST = re.compile("[" + NUM + "]{1,6}(?:[" + LIST_SEP + "][" + NUM + "]{1,6}){1,12}")
_LIST_SEP_CHAR = re.compile("[" + LIST_SEP + "]")
_LIST_SEP_BETWEEN_NUMERALS = re.compile("[" + LIST_SEP + "](?=[" + NUM + "])")
# Chinese numerals typed with ASCII commas right before their echelon (五,九,十纵队); Arabic digits with commas are
# thousands (and 41,36,110师团 is read by the unit finder itself)
_COMMA_NUMERAL_LIST = re.compile("(?<![" + NUM + "])[一二三四五六七八九十]{1,3}(?:,[一二三四五六七八九十]{1,3}){1,12}"
                                 "(?=等?[" + ECHELON + "])")
# a typed list whose every item carries 第 (第三,第六,第十一军; auditzh42): a list, as the 、 would be; without 第
# on every item (三,六军) only before its echelon as above
_COMMA_DI_LIST = re.compile("(?<![" + NUM + "])第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})"
                            "(?:,第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})){1,12}(?=等?[" + ECHELON + "])")
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
        if ch not in SPACE and ch not in ASCII_PUNCT:
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
        inside = (m.group(1) if m.group(1) is not None else m.group(2)).strip(SPACE)
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


def financial_numerals(text: str) -> str:
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


def substitute(text: str) -> str:
    """The one-for-one character substitutions (length kept)."""
    if _FULLWIDTH_CHARS.search(text):
        text = _FULLWIDTH_CHARS.sub(lambda m: m.group().translate(_FULLWIDTH), text)
    subs: dict[int, str] = {}
    if _LIST_SEP_BETWEEN_NUMERALS.search(text):
        for m in _NUMERAL_LIST.finditer(text):
            a, b = m.span()
            closed = b + 1 < len(text) and text[b] in LIST_SEP + "等" and text[b + 1] in ECHELON
            if text[a - 1:a] == "第" or b < len(text) and text[b] in ECHELON or closed:
                for s in _LIST_SEP_CHAR.finditer(m.group()):
                    subs[a + s.start()] = "、"
                if closed and text[b] != "等":
                    subs[b] = "等"      # 一·三·四·六·纵队: the list's closing mark, read as 等 closes it (等纵队)
    if ",第" in text:
        for m in _COMMA_DI_LIST.finditer(text):
            for s in _COMMA.finditer(m.group()):
                subs[m.start() + s.start()] = "、"
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
    if HAS_HAN.search(text) and _HALF_PUNCT.search(text):
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
        if HAS_HAN.search(line) and _HALF_PUNCT.search(line):
            yield start, end
        start = end + 1
