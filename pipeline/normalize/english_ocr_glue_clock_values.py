"""Values of English spans from OCR'd and flattened book pages (glued words, military clock times, OCR digits in
dates, regiments by their arm; found by english_glued_words, english_clock_ocr_dates and english_arm_regiments, first
seen on real-dev7-en): the normalisers read spans as written, so the glue of a lost line break is undone here too.

- `unglue(span)`: the span with the glue undone ('40mules' -> '40 mules', 'Regi-\nment' -> 'Regiment',
  'Battalion,7th' -> 'Battalion, 7th', 'sevenmiles' -> 'seven miles').
- `date_in_text(text, start, end, ...)`: the DATE norm of a clock time ('0645', 'around 0530', '1400 hours':
  'XXXX-XX-XXT06:45', the day filled by `clock_days`; four digits that could be a year only after 'at'), a time on
  a day ('11 pm on June 3rd'), and a date with OCR digits ('March i, 1862', 'autumn of i863'); None for other spans.
- `clock_days(text, spans, values)`: a clock time takes the day written right after it ('around 0530, 2 May 1949'),
  else the last full day before it.
"""

from __future__ import annotations

import re

NUM_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand"
GLUE_NOUNS = ("miles|men|troops|soldiers|days|weeks|months|years|inhabitants|guns|tanks|horses|prisoners|killed|wounded"
              "|dead|yards|feet|hours")
# every form is found from a rare character (a digit run, a comma, a month name, a dash before a line break) and
# checked around it: no pattern is tried at every position of a paragraph
DIGITS = re.compile(r"\d+(?:,\d{3})*")
AFTER_DIGITS = re.compile(r"(?:(?P<ord>st|nd|rd|th|d)(?=[A-Z][a-z])|(?!(?:st|nd|rd|th|d)[^a-z])(?=[a-z]{3}))")
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|d)\b")
COMMA_GLUE = re.compile(r",(?=[A-Za-z]|\d{1,3}(?:st|nd|rd|th|d)\b)")
NUM_WORD_GLUE_RE = re.compile(rf"(?:{NUM_WORDS})(?=(?:{GLUE_NOUNS})\b)")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_RE = re.compile(rf"(?:{MONTHS})(?=[ \t]+\d)")
HYPHEN_BREAK_RE = re.compile(r"[-\u2013\u00ad][ \t]*\n[ \t]*")                  # Regi–\nment, com- \nmand
MOJIBAKE_RE = re.compile("\u00c2(?=[\u2019'])|\u00e2\u20ac\u2122")                  # ChinaÂ’s, Chinaâ€™s
LAST_WORD = re.compile(r"[A-Za-z]+$")
INFOBOX_GLUE = ("Date", "Location", "Place")
# a flattened infobox's image file name glued to the caption after it ('Flag of the Empire of Japan.svgEmpire of Japan')
IMAGE_GLUE_RE = re.compile(r"\.(?:svg|png|jpe?g|gif)(?=[A-Z])")     # 'DateFebruary 1951': a flattened label, read by the infobox rules


def glue_edits(text: str, words: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits that undo the glue of `text`, in order, not overlapping:
    'that3,500' 'burned40' (a lower-case word before digits), 'KPA12th' (capitals before an ordinal),
    '40mules' '9,000enemy' (digits before a word), '61stField' '2dBattalion' (an ordinal before a name),
    'Battalion,7th' 'Hill 400,four' (no space after a comma), 'sevenmiles' (a number word before its noun),
    'untilAugust 9' (a month after a word), 'Regi-\nment' (hyphenated across a line break), 'ChinaÂ’s' (mojibake)."""
    edits = []
    for m in DIGITS.finditer(text):                # digit runs are few: each is checked at its two ends
        start, end = m.start(), m.end()
        if start and text[start - 1].isalpha():
            word = LAST_WORD.search(text, max(0, start - 16), start)
            if word and len(word.group()) >= 2 and (word.group().islower()
                                                    or word.group().isupper() and ORDINAL_AFTER.match(text, end)):
                edits.append((start, start, " "))       # not 'Commander1:' or 'Date4 April' (capitalised labels)
        if end < len(text) and text[end].isalpha():
            after = AFTER_DIGITS.match(text, end)
            if after:
                at = after.end("ord") if after.group("ord") else end
                edits.append((at, at, " "))
    if "," in text:
        edits += [(m.end(), m.end(), " ") for m in COMMA_GLUE.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
    if "\n" in text:
        for m in HYPHEN_BREAK_RE.finditer(text):
            if m.start() and text[m.start() - 1].islower() and m.end() < len(text) and text[m.end()].islower():
                edits.append((m.start(), m.end(), ""))
    if "\u00c2" in text or "\u00e2" in text:
        edits += [(m.start(), m.end(), "'" if len(m.group()) == 3 else "") for m in MOJIBAKE_RE.finditer(text)]
    if ".svg" in text or ".png" in text or ".jp" in text or ".gif" in text:
        edits += [(m.end(), m.end(), " ") for m in IMAGE_GLUE_RE.finditer(text)]
    for m in MONTH_RE.finditer(text):
        if m.start() and text[m.start() - 1].islower() and not text.endswith(INFOBOX_GLUE, 0, m.start()):
            edits.append((m.start(), m.start(), " "))
    if not edits and not words:
        return edits          # clean text: the word-to-word forms below are only looked for in glued text (or a span)
    for m in NUM_WORD_GLUE_RE.finditer(text):
        if not (m.start() and text[m.start() - 1].isalpha()):
            edits.append((m.end(), m.end(), " "))

    edits.sort()
    kept, last = [], -1
    for edit in edits:
        if edit[0] >= last:
            kept.append(edit)
            last = edit[1] if edit[1] > edit[0] else edit[0] + 1
    return kept


def unglue(span: str) -> str:
    edits = glue_edits(span, words=True)
    if not edits:
        return span
    pieces, old = [], 0
    for start, end, repl in edits:
        pieces += [span[old:start], repl]
        old = end
    pieces.append(span[old:])
    return "".join(pieces)


# ----------------------------------------------------------------------------- dates
CLOCK_SPAN = re.compile(r"(?:(?P<ap>approximately|about|around|roughly)[ \t]+)?(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
                        r"(?:[ \t]*(?:hours|hrs\.?|h))?")
TIME_ON_DAY = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)"
                         r"[ \t]+on[ \t]+(?:the[ \t]+)?(?P<day>.+)", re.S)
OCR_DIGIT = re.compile(r"(?<![A-Za-z])[il](?=\d{3}(?!\d))|(?<=[A-Za-z][ \t])[il](?=,)")


AT_BEFORE = re.compile(r"(?<![\w-])[Aa]t[ \t]+$")


_YEAR_SHAPE = re.compile(r"(?:1[5-9]|20)\d\d")
_DIGIT_OR_OCR_DIGIT = re.compile(r"\d|[il]")


def date_in_text(text: str, start: int, end: int, year: int | None, month: int | None, normalize) -> dict | None:
    """`date_form` of text[start:end]; four digits that could be a year are a clock time only after 'at'."""
    span = text[start:end]
    if _YEAR_SHAPE.fullmatch(span) and not AT_BEFORE.search(text, max(0, start - 4), start):
        return None
    if not _DIGIT_OR_OCR_DIGIT.search(span):
        return None
    return date_form(span, year, month, normalize)


def date_form(span: str, year: int | None, month: int | None, normalize) -> dict | None:
    clock = CLOCK_SPAN.fullmatch(span)
    if clock:
        norm = {"value": f"XXXX-XX-XXT{clock.group('hh')}:{clock.group('mm')}"}
        if clock.group("ap"):
            norm["mod"] = "APPROX"
        return norm
    timed = TIME_ON_DAY.fullmatch(span)
    if timed:
        found = normalize(timed.group("day"), year, month)
        hour = int(timed.group("h")) % 12 + (12 if timed.group("ap").lower().startswith("p") else 0)
        if re.fullmatch(r"[\dX]{4}-\d\d-\d\d", found.get("value") or ""):
            found["value"] += f"T{hour:02d}:{timed.group('m') or '00'}"
        return found
    if ("i" in span or "l" in span) and OCR_DIGIT.search(span):
        return normalize(OCR_DIGIT.sub("1", span), year, month)
    return None


DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d$")


def clock_days(text: str, spans: list[tuple[int, int]], values: list[dict]) -> None:
    """Fill the day of the clock times among `values` (in place)."""
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    for rank, i in enumerate(order):
        value = values[i].get("value") or ""
        if not value.startswith("XXXX-XX-XXT"):
            continue
        day = None
        if rank + 1 < len(order):
            nxt = order[rank + 1]
            if re.fullmatch(r",?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?", text[spans[i][1]:spans[nxt][0]]) \
                    and DAY_VALUE.match(values[nxt].get("value") or ""):
                day = values[nxt]["value"]
        if day is None:
            for j in reversed(order[:rank]):
                earlier = (values[j].get("value") or "")[:10]
                if DAY_VALUE.match(earlier):
                    day = earlier
                    break
        if day:
            values[i]["value"] = day + value[10:]


# ----------------------------------------------------------------------------- units
ARM_SPAN = re.compile(r"(?P<n>\d{1,3})(?:st|nd|rd|th|d)?[ \t]+(?P<arm>Cavalry|Infantry)|(?P<w>[A-Z][a-z]{2,12})[ \t]+(?P<arm2>Cavalry|Infantry)")
ARM_PREFIX = {"Cavalry": "骑兵", "Infantry": "步兵"}


def arm_regiment(span: str) -> dict | None:
    """'7th Cavalry', 'Fifth Infantry': a US regiment named by its arm (团)."""
    if not span.endswith(("Cavalry", "Infantry")):
        return None
    m = ARM_SPAN.fullmatch(span)
    if not m:
        return None
    if m.group("n"):
        number = int(m.group("n"))
    else:
        from pipeline.normalize.english import WORD_ORDINALS  # noqa: PLC0415
        number = WORD_ORDINALS.get(m.group("w").lower())
        if number is None:
            return None
    return {"numbers": [number], "echelon": "团", "echelon_key": "regiment",
            "prefix": ARM_PREFIX[m.group("arm") or m.group("arm2")], "side": None, "id": None}
