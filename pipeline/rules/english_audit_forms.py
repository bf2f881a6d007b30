"""Forms found by auditing fresh English military-history pages (session 10, helper auditen1).

Each reading is defined by how the form is written, not by any name list taken from a page:

- A commander's possessive before his force: `Hodge's 24th Corps`, `Briggs's 5th Indian Division`,
  `Lambert's main column`, `Dubois' small force`. One or two capitalised words + `'s` (or a bare `'` after s)
  right before a MIL_UNIT candidate, or before a lower-case force noun (army, force, troops, column, brigade,
  division, corps, regiment, battalion, fleet, squadron, cavalry, men). The possessor is a PERSON unless another
  finder already reads it (a country, a place, an organisation) or it is a unit head / generic word.
- A sovereign or noble title before a name: `Tsar Nicholas II`, `Kaiser Wilhelm II`, `Pope Pius XI`,
  `Count Witte`, `Marquis Ito`, `Viscount Kato`, `Grand Duke Alexis`. The title stays outside the PERSON
  (spec boundary rule 1); a regnal numeral stays inside. A peerage style after an ordinal (`1st Earl Beatty`),
  ship names (`HMS King George V`) and places (`Prince Edward Island`) are left alone.
- A bare regnal name: a common Western given name (given_names_en.txt) + a Roman numeral II–XIX
  (`Edward VII`, `George V`, `Nicholas II`).
- Dates typed in capitals (headings of memoirs and diaries): `DECEMBER 1, 1950`, `14 MARCH 1951`, `JUNE 1944`.
- A compound given name written with a hyphen (French usage) before a surname: `Jean-Baptiste Dumont`,
  `Marc-Antoine Giraud`, `Louis-Alexandre Brière de l'Isle`, `Paul-Armand Challemel-Lacour`: both halves from the
  common given names of 19th/20th-century France (and the given-name list), then one or two capitalised surname
  words (a surname may itself be hyphenated, a particle de/du/d'/de la may come before its last part).
- Headlands and walls by their head word: `Taivu Point`, `Koli Point` (LOC; a headland is a landform);
  `Tartar Wall` (FAC: a man-made structure). One or two capitalised words before the head, none of them an
  English common word (so `Turning Point`, `Check Point` and `West Point` are left) or a clause opener.
- Railways and lines named by the two places they join: `Peking-Hankau line`, `Canton-Kowloon railway`: one FAC
  when at least one of the two names is a known place.
- A name glossed by an appositive that says its kind: `Mokpo Tau, an island near the harbour`, `Kanggye, a town
  in the north`, `Taeri, a small village on the road`: island/hill/mountain/pass/river/valley/bay -> LOC,
  village/town/hamlet/city/port -> GPE, fort/fortress -> FAC. The name is the capitalised run before the comma.
- A person introduced by `named`/`called` after a word for a person: `an American adventurer named Ward`,
  `another officer, called Burgevine`: the capitalised word(s) after it are a PERSON (`a ship named Orlando` is not).
- Wade-Giles aspiration marks typed as a backtick, a turned comma or an opening quote inside a word
  (`Tso Tsung-t`ang`, `T‘ai-p‘ing`) are read as the apostrophe (one character for one: offsets are kept), so the
  romanised names and places are found as when typed with `'`.
- Newspapers by how reports cite them: `the correspondent of the Standard`, `the Times correspondent`,
  `the Daily News`, `the Daily Telegraph`: the title after `correspondent(s) of the`, a title ending in a newspaper
  head word before `correspondent`, and `Daily` + a capitalised head (News, Telegraph, Mail, Express, Worker, …)
  -> ORG. A place before `correspondent` (`the Tientsin correspondent`) stays a place.
- One reading per document for a person's full name: a PERSON of two or more words read once (`General Yang
  Tehchih`) is the same PERSON at its other occurrences of the same form (`the group commander, Yang Tehchih,`)
  that no other reading covers (english.find_english adds these with the surname mentions).
- Vietnamese names in Vietnamese spelling (`Sơn Tây`, `Cầu Giấy`, `Lạng Sơn`, `Võ Nguyên Giáp`): one to four
  capitalised syllables, one of them with a letter only Vietnamese uses (ơ ư đ ă or a letter of U+1EA0–U+1EF9).
  After a place preposition (of, at, in, from, to, near, toward, …) it is a GPE; after a title (General, Emperor,
  President, Marshal, …) a PERSON; elsewhere it is left to the other readers.
- A river bank is no bank: `the Left Bank of the Nen River` is no ORG; the river inside is a LOC.

The person readings are in english_audit_person_forms.py, the place and facility readings in
english_audit_place_forms.py; this module keeps the dates in capitals, the newspapers, the aspiration marks,
the full-name mentions and find_audit_forms, which runs each reading.

Cheap where it does not apply: each reading is anchored on a literal (`'s`/`’s`, a title word, a Roman numeral,
a month in capitals, `Bank of the`) that is tested with `in` before its pattern runs.
"""

from __future__ import annotations

import re

from pipeline.rules.english_audit_person_forms import (
    _ACCENTED, _LOWER, _NOT_PERSON, _UPPER, _accented_surnames, _hyphen_given, _named, _possessives, _regnal, _titled,
)
from pipeline.rules.english_audit_place_forms import (
    _HEAD_STOP, _VIET_CHAR_RE, _appositives, _headed, _joined_lines, _river_banks, _vietnamese,
)
from pipeline.rules.english_audit_person_forms import PERSON_PRIORITY  # noqa: F401 (re-exported)
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

DATE_PRIORITY = 52


_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
           "NOVEMBER", "DECEMBER")
_MONTH_ALT = "|".join(_MONTHS)
_CAPS_DATE_RE = guarded(re.compile(
    r"(?<![\w])(?:(?P<m1>" + _MONTH_ALT + r")[ \t]+(?P<d1>[0-3]?\d)(?:ST|ND|RD|TH)?,?[ \t]+(?P<y1>1[6-9]\d\d|20\d\d)"
    r"|(?P<d2>[0-3]?\d)[ \t]+(?P<m2>" + _MONTH_ALT + r"),?[ \t]+(?P<y2>1[6-9]\d\d|20\d\d)"
    r"|(?P<m3>" + _MONTH_ALT + r"),?[ \t]+(?P<y3>1[6-9]\d\d|20\d\d))(?![\w])"))


def _caps_dates(text: str, out: list) -> None:
    for m in _CAPS_DATE_RE.finditer(text):
        month = m.group("m1") or m.group("m2") or m.group("m3")
        year = m.group("y1") or m.group("y2") or m.group("y3")
        day = m.group("d1") or m.group("d2")
        mm = _MONTHS.index(month) + 1
        if day:
            if not 1 <= int(day) <= 31:
                continue
            value = f"{year}-{mm:02d}-{int(day):02d}"
        else:
            value = f"{year}-{mm:02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_caps_date", DATE_PRIORITY, {"value": value}))


_ASPIRATION_RE = re.compile("(?<=[A-Za-z])[`\u02bb\u2018](?=[a-z])")


def aspiration_marks(text: str) -> str:
    """`text` with the Wade-Giles aspiration marks ` and \u02bb (and \u2018 between letters) as '; same length."""
    if "\u02bc" in text:       # the modifier letter apostrophe is an apostrophe: `Riflesʼ`, `Divisionʼs`, `Chʼen` (r19en)
        text = text.replace("\u02bc", "\u2019")
    if "`" in text or "\u02bb" in text or "\u2018" in text:
        return _ASPIRATION_RE.sub("'", text)
    return text


_PAPER_HEADS = ("Times|Standard|Telegraph|News|Post|Mail|Express|Herald|Tribune|Chronicle|Gazette|Journal|Observer|"
                "Guardian|Globe|Star|Press|Mercury|Advertiser|Courier|Examiner|Record|Review|Leader")
_CORRESPONDENT_OF_RE = re.compile(rf"\bcorrespondents?[ \t]+of[ \t]+the[ \t]+"
                                  rf"(?P<t>[{_UPPER}][{_LOWER}.-]{{1,15}}(?:[ \t]+[{_UPPER}][{_LOWER}-]{{1,15}}){{0,3}})"
                                  r"(?![\w'\u2019-])")
_PAPER_BEFORE_RE = re.compile(rf"\b[Tt]he[ \t]+(?P<t>(?:[{_UPPER}][{_LOWER}.-]{{1,15}}[ \t]+){{0,2}}(?:{_PAPER_HEADS}))"
                              r"(?:['\u2019]s)?[ \t]+(?:special[ \t]+|own[ \t]+|war[ \t]+)?correspondents?\b")
_DAILY_RE = re.compile(rf"(?<![\w-])(?P<t>(?:[{_UPPER}][{_LOWER}]{{1,15}}[ \t]+){{0,2}}Daily[ \t]+"
                       r"(?:News|Telegraph|Mail|Express|Worker|Mirror|Sketch|Graphic|Chronicle|Herald|Post|Record|Star|"
                       r"Press|Tribune|Times))(?![\w-])")


def _papers(text: str, out: list) -> None:
    found = []
    if "correspondent" in text:
        for m in _CORRESPONDENT_OF_RE.finditer(text):
            words = m.group("t").split()
            if words[0] in _NOT_PERSON:
                continue
            found.append(m.span("t"))
        for m in _PAPER_BEFORE_RE.finditer(text):
            found.append(m.span("t"))
    if "Daily " in text:
        for m in _DAILY_RE.finditer(text):
            start = m.start("t")
            first = m.group("t").split()[0]
            if first in _HEAD_STOP and first != "Daily":
                start = text.index(m.group("t").split()[1], start + len(first))
            found.append((start, m.end("t")))
    for start, end in found:
        if any(c.label not in ("GPE", "LOC", "PERSON", "ORG") and c.start < end and start < c.end for c in out):
            continue
        if any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue          # crossing another reading
        if any(c.label in ("GPE", "LOC") and c.start == start and c.end == end for c in out):
            continue          # a place alone ('the Tientsin correspondent' is not matched: no head word)
        for c in [c for c in out if start <= c.start and c.end <= end]:
            out.remove(c)
        out.append(Candidate(start, end, "ORG", "rule:en_newspaper_cited", 48))


_TITLE_GUARD = re.compile(r"Tsar|Czar|Kaiser|King |Queen |Pope |Emperor |Empress |Sultan |Shah |Duke |Duchess |"
                          r"Prince|Count|Baron|Marquis|Marquess|Marchioness|Viscount")
_MONTH_GUARD = re.compile("|".join(_MONTHS))


def find_audit_forms(text: str, out: list) -> None:
    """The readings of the module doc, each only where its literal occurs."""
    if "'s " in text or "\u2019s " in text or "s' " in text or "s\u2019 " in text:
        _possessives(text, out)
    if _TITLE_GUARD.search(text):
        _titled(text, out)
    if " I" in text or " V" in text or " X" in text:
        _regnal(text, out)      # anchored on the numeral
    if _MONTH_GUARD.search(text):
        _caps_dates(text, out)
    if "-" in text:
        _hyphen_given(text, out)
    if _ACCENTED.search(text):
        _accented_surnames(text, out)
    if " Point" in text:
        _headed(text, out, "Point", "LOC")
    if " Wall" in text:
        _headed(text, out, "Wall", "FAC")
    if " line" in text or " railway" in text or " railroad" in text or " Railway" in text or " Line" in text:
        _joined_lines(text, out)
    if ", a " in text or ", an " in text:
        _appositives(text, out)
    if " named " in text or " called " in text:
        _named(text, out)
    if "correspondent" in text or "Daily " in text:
        _papers(text, out)
    if _VIET_CHAR_RE.search(text):
        _vietnamese(text, out)
    if "Bank of the" in text:
        _river_banks(text, out)


_FULL_NAME_PRIORITY = 71      # above a place read from one of its words: the whole name was read as a person


def full_name_mentions(text: str, chosen: list) -> list:
    """Other occurrences of the multi-word PERSON names chosen in the document (see the module doc)."""
    names = {text[c.start:c.end] for c in chosen if c.label == "PERSON" and " " in text[c.start:c.end]
             and "\n" not in text[c.start:c.end]}
    if not names:
        return []
    taken = sorted((c.start, c.end) for c in chosen)
    found = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'\u2019")) and \
                    (end == len(text) or not (text[end].isalnum() or text[end] in "-")):
                if not any(s < end and pos < e for s, e in taken):
                    found.append(Candidate(pos, end, "PERSON", "rule:en_full_name_mention", _FULL_NAME_PRIORITY))
                elif not any(s <= pos and end <= e for s, e in taken) and \
                        all(c.label in ("GPE", "LOC") or c.label in ("PERSON", "DATE") and pos <= c.start and c.end <= end
                            for c in chosen if c.start < end and pos < c.end):   # or a part of the name
                    found.append(Candidate(pos, end, "PERSON", "rule:en_full_name_mention", _FULL_NAME_PRIORITY))
            pos = text.find(name, end)
    return found
