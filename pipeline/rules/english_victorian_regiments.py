"""Regiments and waterways of the English despatches and histories of the China wars of 1839-1911 (session 15,
helper auditen14, from an audit of London Gazette despatches, the Chinese Repository and naval histories on the
Opium Wars, the Bogue forts, Amoy, Weihaiwei and the Boxer war).

Written from the forms the Army List and the despatches of the period use, not from any annotated set:

- a regiment of the line by its number and a short head (`the 55th Foot`, `the 67th and 99th Foot`, `the 26th and
  49th Regs.`, `the 18th Regts.`): ONE MIL_UNIT (spec rule 4 for a list sharing one head), 团, the numbers; the full
  stop of an abbreviated head stays outside, as `49th Regt` of the numbered grammar. `Foot Guards` is left to it;
- a regiment of the line by its number and its territorial or royal title (`the 18th Royal Irish`, `the 23rd Royal
  Welsh`): the number, `Royal` and one or two capitalised words, not a state word (`Royal Navy`, `Royal Highness`);
- a regiment of the Company's and the Indian armies by its number (`the 37th Madras Native Infantry`, `the 41st
  Madras N.I.`, `the 2nd Bengal Native Infantry`, `the 36th Native Infantry`, `the 15th Punjab Infantry`, `the 3rd
  Bombay Light Cavalry`): a presidency or province word and/or `Native`, then the arm; the GPE reading of the
  presidency inside it is dropped;
- a corps of a presidency army without a number (`the Bengal Volunteers`, `the Madras Artillery`, `the Bombay
  Marine`, `the Bengal Engineers`): one MIL_UNIT (a named armed force), no GPE `Bengal`;
- a channel named by a capitalised word (`the Lemma Passage`, `the Capsingmoon passage`, `the Blenheim Reach`,
  `the Wantung channel`): a LOC with its head, as `X Creek`; a lower-case head only after `the` and after a name no
  lexicon reads as a place (`the Macao passage` stays GPE `Macao`).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

PRIORITY = 62                 # above the numbered grammar (60): the longer reading of the same words
LOC_PRIORITY = 41
_NUM = r"\d{1,3}(?:st|nd|rd|th|d)"
_NUMS = rf"(?P<nums>{_NUM}(?:(?:,[ \t]*{_NUM}){{0,5}},?[ \t]+(?:and|&)[ \t]+{_NUM})?)"
_PRES = r"(?:Madras|Bengal|Bombay|Punjab|Hyderabad|Ceylon)"
SHORT_LINE_RE = re.compile(
    rf"(?<![\w/.-]){_NUMS}[ \t]+(?P<head>Foot(?![\w-])(?![ \t]+Guards)|(?:Regts|Regs|Reg)(?=\.)|Regts(?![\w-]))")
ROYAL_RE = re.compile(rf"(?<![\w/.-]){_NUMS}[ \t]+Royal(?:[ \t]+(?P<w>[A-Z][a-z]{{2,15}})){{1,2}}(?![\w-])")
_ROYAL_STOP = frozenset("Navy Air Highness Highnesses Family Decree Edict Commission Assent Mail Society Academy "
                        "Palace Household Court Yacht Marines Artillery Engineers Horse".split())
INDIAN_RE = re.compile(
    rf"(?<![\w/.-]){_NUMS}[ \t]+(?:(?P<pres>{_PRES})[ \t]+)?"
    r"(?P<arm>Native[ \t]+Light[ \t]+Infantry|Native[ \t]+Infantry|Native[ \t]+Cavalry|N\.[ \t]?L\.[ \t]?I\.|N\.[ \t]?I\."
    r"|Light[ \t]+Cavalry|Light[ \t]+Infantry|Infantry|Cavalry|Pioneers|Lancers|Native[ \t]+Artillery|Artillery)"
    r"(?![\w-])")
CORPS_RE = re.compile(
    r"(?<![\w/.-])(?P<pres>Madras|Bengal|Bombay)[ \t]+"
    r"(?P<arm>Horse[ \t]+Artillery|Artillery|Volunteers|Engineers|Native[ \t]+Infantry|Light[ \t]+Cavalry|Pioneers"
    r"|Europeans|European[ \t]+Infantry|Marine|Native[ \t]+Army)(?![\w-])")
CHANNEL_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<the>the[ \t]+)?(?P<name>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15})?)[ \t]+"
    r"(?P<head>Passage|Channel|Reach|passage|channel|reach)(?![\w-])")
_CHANNEL_STOP = frozenset("The A An This That Northern Southern Eastern Western North South East West Inner Outer "
                          "Upper Lower Main Middle English Bristol".split())


def _numbers(group: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d{1,3}", group)]


def _unit(out: list, found: list, start: int, end: int, numbers: list[int], source: str, side, prefix: str = "") -> None:
    norm = {"numbers": numbers, "echelon": "团" if numbers else "", "prefix": prefix, "side": side, "id": None}
    if numbers:
        norm["echelon_key"] = "regiment"
    found.append(Candidate(start, end, "MIL_UNIT", source, PRIORITY, norm))


def _channels(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in CHANNEL_RE.finditer(text):
        words = m.group("name").split()
        if words[0] in _CHANNEL_STOP:
            continue
        start, end = m.start("name"), m.end()
        if m.group("head")[0].islower():
            if not m.group("the") or m.group("name") in names:
                continue            # 'the Macao passage': the place itself, read by the lexicon
        if any(c.start < start and end <= c.end or c.start <= start and end < c.end for c in out):
            continue                # inside a longer name
        out[:] = [c for c in out if not (start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "PERSON"))]
        out.append(Candidate(start, end, "LOC", "rule:en_channel", LOC_PRIORITY, {}))


def find_victorian_regiments(text: str, out: list) -> None:
    """Numbered regiments of the line and of the Indian armies, presidency corps, named channels (module doc)."""
    found: list[Candidate] = []
    if "Foot" in text or "Reg" in text:
        for m in SHORT_LINE_RE.finditer(text):
            prefix = "步兵" if m.group("head") == "Foot" else ""
            _unit(out, found, m.start(), m.end(), _numbers(m.group("nums")), "rule:en_line_short", "UK", prefix)
    if "Royal" in text:
        for m in ROYAL_RE.finditer(text):
            words = m.group().split("Royal", 1)[1].split()
            if words[0] in _ROYAL_STOP:
                continue
            end = m.end()
            if len(words) == 2 and words[1] in _ROYAL_STOP:
                end = m.end() - len(words[1]) - 1
                words = words[:1]
            if words[-1].endswith("s"):
                continue    # a plural name (the 1st Royal Berkshires) is a battalion, read by the plural-name grammar
            _unit(out, found, m.start(), end, _numbers(m.group("nums")), "rule:en_line_royal", "UK")
    if any(w in text for w in ("Native", "N.", "Madras", "Bengal", "Bombay", "Punjab", "Hyderabad", "Ceylon")):
        for m in INDIAN_RE.finditer(text):
            arm = m.group("arm")
            if not m.group("pres") and not arm.startswith(("Native", "N.")):
                continue            # '37th Infantry', '3rd Light Cavalry': the numbered grammar's
            _unit(out, found, m.start(), m.end(), _numbers(m.group("nums")), "rule:en_indian_regiment", None)
        for m in literal_finditer(CORPS_RE, text):
            if re.search(rf"{_NUM}[ \t]+\Z", text[max(0, m.start() - 12):m.start()]):
                continue            # the numbered reading above
            _unit(out, found, m.start(), m.end(), [], "rule:en_presidency_corps", None)
    found = [f for f in found if not any(c.start <= f.start and f.end <= c.end and c.end - c.start > f.end - f.start
                                         for c in out if c.label == "MIL_UNIT")]
    if found:
        out[:] = [c for c in out if not any(f.start <= c.start and c.end <= f.end and (c.start, c.end) != (f.start, f.end)
                                            for f in found)]
        out.extend(found)
    if any(h in text for h in ("assage", "hannel", "each")):
        _channels(text, out)
    if "-f" in text or "-h" in text or "-ting" in text:
        _prefectures(text, out)
    if "the " in text and ("th" in text or "st" in text or "nd" in text or "rd" in text):
        _day_ranges(text, out)


def victorian_unit_norm(span_text: str) -> dict | None:
    """The MIL_UNIT value of a form this module reads (normalisation calls it before the designation grammar, which
    would take `Regs` or `Volunteers` for an echelon word), else None."""
    for pattern, side in ((SHORT_LINE_RE, "UK"), (INDIAN_RE, None)):
        m = pattern.match(span_text + ".")      # the stop after an abbreviated head is outside the span
        if m and m.end() == len(span_text) and (
                pattern is SHORT_LINE_RE or m.group("pres") or m.group("arm").startswith(("Native", "N."))):
            prefix = "步兵" if m.groupdict().get("head") == "Foot" else ""
            return {"numbers": _numbers(m.group("nums")), "echelon": "团", "echelon_key": "regiment",
                    "prefix": prefix, "side": side, "id": None}
    if CORPS_RE.fullmatch(span_text):
        return {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}
    return None


# a romanised prefecture, sub-prefecture or county written with its suffix (府 foo/fu, 县 hsien/hien, 厅 ting):
# 'Foo-chow-foo', 'Hang-chow-foo', 'Soochow-foo', 'Kin-hwa-foo': one GPE with its suffix (spec rule 6); the base
# must be two syllables written with a hyphen or a name the lexicon knows ('Kung-fu' is no place)
PREFECTURE_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<base>[A-Z][a-z]{1,8}(?:-[a-z]{1,6}){0,2})-(?:foo|fu|hsien|hien|ting)(?![\w-])")


def _prefectures(text: str, out: list) -> None:
    from pipeline.rules.english_grammar import PRIORITY  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in PREFECTURE_RE.finditer(text):
        parts = m.group("base").split("-")
        label, zh = names.get("".join([parts[0]] + parts[1:]), (None, None))
        if label not in ("GPE", "LOC") and len(parts) < 2:
            continue
        start, end = m.span()
        if any(c.start < start and end <= c.end or c.start <= start and end < c.end for c in out):
            continue
        out[:] = [c for c in out if not (start <= c.start and c.end <= end)]
        out.append(Candidate(start, end, "GPE", "rule:en_prefecture_suffix", PRIORITY["GPE"] + 1,
                             {"zh": zh} if zh and label == "GPE" else {}))


# a range of days of a letter or a despatch without its month ('the fighting of the 30th to 31st was severe', 'on
# the night of the 2nd-3rd', 'from the 5th to the 7th', 'between the 8th and 9th'): each end is its own DATE (spec
# rule 8); the month comes from the document (normalisation). Not before a unit or a noun ('the 26th and 49th
# regiments', 'the 2nd and 3rd Divisions'): the words after the range must be a stop, a clause word or a verb, and
# the second day must follow the first within a week ('the 26th and 49th,' are two regiments).
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th|d)"
DAY_RANGE_RE = re.compile(
    rf"(?<![\w-])the[ \t]+(?P<a>{_DAY})(?:[ \t]*[-\u2013][ \t]*|[ \t]+(?:to|and|till|until)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<b>{_DAY})(?=[ \t]*(?:[,.;:)]|\Z)|[ \t]+(?:was|were|had|the|a|an|at|in|on|when|while|and|but|by|with|he|"
    r"they|we|it|there|his|their|our|no|not|nothing|inst|ult|instant|ultimo)\b)")


def _day_ranges(text: str, out: list) -> None:
    from pipeline.rules.english_numbers import DATE_PRIORITY  # noqa: PLC0415

    for m in DAY_RANGE_RE.finditer(text):
        first, last = (int(re.match(r"\d+", m.group(g)).group()) for g in "ab")
        if not 0 < last - first <= 7:
            continue                # 'the 26th and 49th, with the Marines': two regiments, no range of days
        for group in "ab":
            start, end = m.span(group)
            if any(c.start < end and start < c.end for c in out if c.label != "DATE"):
                continue
            out[:] = [c for c in out if not (c.label == "DATE" and c.start < end and start < c.end)]
            out.append(Candidate(start, end, "DATE", "rule:en_day_range", DATE_PRIORITY))
