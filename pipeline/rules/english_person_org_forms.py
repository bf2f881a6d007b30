"""PERSON and ORG forms of English war pages of every origin (session 16, helper auditen17, label-focused audit of
44 passages from 34 sites: Opium and Taiping wars, Russo-Japanese war, Philippine war, Korea, Malaya, Dien Bien Phu,
Sino-Indian 1962 and Indo-Pakistani 1971 pages, wiki mirrors, blogs, book excerpts).

- A title read inside a name (spec rule 1: titles, ranks and posts are outside the PERSON): a sovereign's or
  noble's title (`Emperor Meiji`, `Empress Dowager Cixi`, `Prince Asaka Yasuhiko` of the person lexicon), a written
  rank before a quoted nickname (`General "Johnnie" Walker`), the compact rank abbreviations of Wikipedia infoboxes
  (`LGen`, `MajGen`, `VAdm`, `ACM`, `FM`) and a country before a post in an infobox row (`Pakistan President X`,
  `Bangladesh Prem X`): the PERSON keeps the name only, with its lexicon value.
- A compact infobox rank before initials and a surname is a PERSON even where the initials look like something else
  (`MajGen OP Malhotra`: not an observation post).
- A given name and a surname with bracketed initials or a nickname between them are one PERSON
  (`Sam (SHFJ) Manekshaw`, as `Frank ("X") Merrill` keeps its nickname).
- A name in apposition after a kinship word of a possessive (`his wife, Shizuko,`, `her son Hideo`) is a PERSON.
- A government named by its state is one ORG (`the Government of Bangladesh`, `the Provisional Government of X`),
  and so is a society, ministry or council with `of` + its state or territory (`Military History Society of NSW`).
- An acronym in brackets right after an ORG whose word initials it spells is that ORG (`Ministry of Defense (MoD)`).
- A run of English function words read as a name in a title-cased headline is no PERSON (`Want You To Know`).

Criteria: the titles are the sovereign and noble titles, the written ranks, the infobox rank abbreviations of
the US, British and Commonwealth services and the posts written before names in infobox rows; written for zhanji
from how these forms are written, not from any annotated set.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.rules.english_lexicon import english_names
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

PRIORITY = 48

# words that are a title before a name (never a name's first word in these pages)
_TITLES = frozenset("""
Emperor Empress Dowager Tsar Czar Tsarina Czarina Kaiser Prince Princess Sultan Shah Regent
General Lieutenant Colonel Captain Admiral Marshal Brigadier Commander Major Sergeant Corporal Private
LGen LtGen Lt.Gen MajGen MGen BGen BrigGen LtCol LCol VAdm RAdm ViceAdm RearAdm AVM ACM FM GEN Gen. Adm Adm.
President Premier PM Chairman
""".split())
# the inverted speech verb of journalism read into a name (`Says Pradhan:`)
_SPEECH = frozenset("Says Said Writes Wrote Recalls Recalled Adds Added Explains Explained Notes Noted Asks Replied "
                    "Remembers Remembered Observes Observed".split())
_POST_FIRST = frozenset("Prime Defence Defense Foreign Home War Finance Chief Deputy Vice Army Navy".split())
_POST_SECOND = frozenset("Minister Secretary Chief Premier President".split())
# a post word that is a title only after a country in an infobox row (`Bangladesh Prem X`)
_AFTER_COUNTRY = frozenset("President Premier PM Prem Chairman King Emperor General".split())

_ROW_COUNTRY_RE = re.compile(r"(?:^|\n)[ \t]*(?P<country>[A-Z][a-z]{2,15})[ \t]+\Z")
_COMPACT_RANK_RE = re.compile(
    r"(?<![\w.])(?:LGen|LtGen|MajGen|MGen|BGen|BrigGen|LtCol|LCol|VAdm|RAdm|AVM|ACM|FM)[ \t]+"
    r"(?P<name>(?:(?:[A-Z]\.[ \t]?){1,4}[ \t]*|[A-Z]{1,3}[ \t]+)?[A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15}){0,2})"
    r"(?![\w'\u2019-])")
_FUNCTION_WORDS = frozenset("You To We They Our Your Me My Us It Its Of The And For In On At By Is Are Be Do Not "
                            "What Why How Who Know Want".split())
_KIN_RE = re.compile(
    r"(?<![\w-])(?:his|her|their)[ \t]+(?:wife|husband|widow|son|daughter|brother|sister|father|mother|nephew|"
    r"niece|uncle|aunt|cousin|grandson|granddaughter|grandfather|grandmother|son-in-law|father-in-law|"
    r"brother-in-law|mistress|concubine|consort),?[ \t]+"
    r"(?P<name>[A-Z][a-z\u00e0-\u00ff'\u2019-]{1,20}(?:[ \t]+[A-Z][a-z\u00e0-\u00ff'\u2019-]{1,20}){0,2})"
    r"(?=[ \t]*(?:[,.;:)]|$|[ \t](?:and|who|was|had|were|died|committed)\b))")
_GOVERNMENT_RE = re.compile(
    r"(?<![\w-])(?:(?:Provisional|Central|National|Imperial|Federal|Royal|Revolutionary|Military|Colonial|"
    r"Nationalist|Reorganized|Reformed|Interim|Autonomous)[ \t]+)?Government[ \t]+of[ \t]+(?:the[ \t]+)?")
_ORG_HEADS = ("Society", "Association", "Institute", "Institution", "Council", "Committee", "Commission", "League",
              "Federation", "Bank", "University", "College", "Academy", "Museum", "Library", "Archives", "Ministry",
              "Department", "Office", "Bureau", "Board", "Agency", "Assembly", "Chamber", "Club", "Foundation")
_OF_PLACE_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<caps>[A-Z]{2,5}(?![\w-]))?")
_ACRONYM_RE = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
_BRACKET_SURNAME_RE = re.compile(r"[ \t]+\((?:[A-Z]{2,6}|[\"\u201c]?[A-Z][a-z]{1,12}[\"\u201d]?)\)[ \t]+"
                                 r"(?P<surname>[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{1,15})?)(?![\w-])")
_NOT_SURNAME = frozenset("The And Of In On At For With By From To He She His Her It They Was Were Had Has Is Are This "
                         "That Then When Who Which Army Navy Corps Division Brigade Regiment".split())


def _replace(out: list, old: Candidate, start: int, end: int, label: str, source: str, priority: int) -> None:
    out[out.index(old)] = Candidate(start, end, label, source, max(priority, old.priority), old.norm)


def _trim_titles(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "PERSON"]:
        words = list(re.finditer(r"\S+", text[c.start:c.end]))
        i = 0
        before = _ROW_COUNTRY_RE.search(text, max(0, c.start - 40), c.start)
        if before and len(words) > 2 and words[0].group() in _AFTER_COUNTRY and \
                english_names().get(before.group("country"), ("",))[0] == "GPE":
            i = 1               # the country of the row was read apart: `Bangladesh | Prem X`
        while i < len(words) - 1:
            if words[i].group() in _TITLES or (i == 0 and words[i].group() in _SPEECH):
                i += 1
            elif words[i].group() in _POST_FIRST and i + 2 < len(words) and words[i + 1].group() in _POST_SECOND:
                i += 2          # `Prime Minister X`, `Defence Minister X`, `Foreign Secretary X`
            elif i == 0 and len(words) > 2 and words[1].group() in _AFTER_COUNTRY and \
                    english_names().get(words[0].group(), ("",))[0] == "GPE":
                i += 2          # an infobox row: `Pakistan President X`, `Bangladesh Prem X`
            else:
                break
        if 0 < i < len(words) and words[i].group()[0].isalpha():
            start = c.start + words[i].start()
            out[:] = [o for o in out if not (o.label == "PERSON" and o.start == start and o.end == c.end)]
            out.append(Candidate(start, c.end, "PERSON", c.source, c.priority, c.norm))
            out.remove(c)


def _compact_ranks(text: str, out: list) -> None:
    from pipeline.rules.english_unstopped_ranks import STOP  # noqa: PLC0415

    for m in _COMPACT_RANK_RE.finditer(text):
        start = m.start("name")
        end = start
        for w in re.finditer(r"\S+", m.group("name")):
            if w.group() in STOP:
                break
            end = start + w.end()
        if end <= start or not text[start:end].split()[-1][1:].islower():
            continue
        if any(c.label == "PERSON" and c.start == start and c.end >= end for c in out):
            continue      # the name read already, or read longer (`LtCol Peter\nB. Lawson`: a line break inside it)
        out[:] = [c for c in out if c.end <= m.start() or c.start >= end]
        out.append(Candidate(start, end, "PERSON", "rule:en_compact_rank", PRIORITY))


def _bracketed_middles(text: str, out: list) -> None:
    for a in [c for c in out if c.label == "PERSON" and " " not in text[c.start:c.end]]:
        m = _BRACKET_SURNAME_RE.match(text, a.end)
        if not m or a not in out or m.group("surname") in _NOT_SURNAME:
            continue
        start, end = m.span("surname")
        if any(c.start < end and a.end < c.end and (c.label != "PERSON" or c.end > end) for c in out):
            continue        # the word after the bracket is read as something else, or a longer name
        out[:] = [c for c in out if c is a or not (c.start < end and a.end < c.end)]
        _replace(out, a, a.start, end, "PERSON", "rule:en_bracketed_middle", PRIORITY)


def _kin(text: str, out: list) -> None:
    for m in literal_finditer(_KIN_RE, text):
        start, end = m.span("name")
        overlapping = [c for c in out if c.start < end and start < c.end]
        if any(c.label != "PERSON" or c.start < start or c.end > end for c in overlapping):
            continue        # read as something else, or a longer name
        if any(c.start == start and c.end == end for c in overlapping):
            continue
        out[:] = [c for c in out if c not in overlapping]
        out.append(Candidate(start, end, "PERSON", "rule:en_kin_apposition", PRIORITY))


def _governments(text: str, out: list) -> None:
    for m in _GOVERNMENT_RE.finditer(text):
        place = next((c for c in out if c.start == m.end() and c.label == "GPE"), None)
        if place is None or any(c.label == "ORG" and c.start < m.start() < c.end for c in out):
            continue        # part of a longer official name read already
        out[:] = [c for c in out if c.end <= m.start() or c.start >= place.end]
        out.append(Candidate(m.start(), place.end, "ORG", "rule:en_government_of", PRIORITY))


def _org_extensions(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "ORG" and text.endswith(_ORG_HEADS, c.start, c.end)]:
        m = _OF_PLACE_RE.match(text, c.end)
        if not m:
            continue
        if m.group("caps"):
            end = m.end("caps")
            if any(o.start < end and m.end() - len(m.group("caps")) < o.end and o.label not in ("GPE", "LOC")
                   for o in out):
                continue
        else:
            place = next((o for o in out if o.start == m.end() and o.label in ("GPE", "LOC")), None)
            if place is None:
                continue
            end = place.end
        if c not in out:
            continue
        out[:] = [o for o in out if o is c or o.end <= c.start or o.start >= end]
        _replace(out, c, c.start, end, "ORG", "rule:en_org_of_place", PRIORITY)


def _initials(words: list) -> str:
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


def _acronyms(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "ORG"]:
        m = _ACRONYM_RE.match(text, c.end)
        if not m:
            continue
        acr = m.group("acr")
        caps = "".join(ch for ch in acr if ch.isupper())
        if len(caps) < 2:
            continue
        initials = _initials(text[c.start:c.end].split())
        it = iter(initials)
        if not (caps[0] == initials[:1] and all(ch in it for ch in caps)) and not (
                acr.isupper() and len(acr) <= 6 and english_names().get(acr) is None):
            continue        # an all-capital acronym of the native name (`Indonesian National Party (PNI)`)
        s, e = m.span("acr")
        if any(o.start < e and s < o.end for o in out):
            continue
        out.append(Candidate(s, e, "ORG", "rule:en_org_acronym", PRIORITY))


_NOT_INITIALS = frozenset("PM MP HQ GOC OC CO CGS COAS CAS CNS DGMO DMO GSO ADC MLA IAS ICS IPS RAF IAF USAF USN RN "
                          "Adm Gen Col Lt Maj Brig Capt Sgt Cpl Pte Hav Nk Mr Dr Mrs Ms Sir".split())
_UPPER_TITLES = frozenset(w.upper() for w in _TITLES | _NOT_INITIALS) | frozenset(
    "LTC LTG MG BG CPT PVT SFC SSG SPC RADM VADM LCDR CPO PO MAJGEN LTCOL WO AB".split())
# two letters (VK, RK): three capitals before a name are as often a country's code in an infobox row (RVN, GBR)
_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.&'\u2019-])(?P<ini>[A-Z]{2})[ \t]+\Z")


def _initials_before(text: str, out: list) -> None:
    """`Minister VK Krishna Menon`: unstopped initials right before a name read without them belong to it."""
    for c in [c for c in out if c.label == "PERSON" and " " in text[c.start:c.end]]:
        m = _INITIALS_BEFORE_RE.search(text, max(0, c.start - 6), c.start)
        if not m or any(o.start < c.start and m.start() < o.end for o in out if o is not c):
            continue
        if m.group("ini") in _UPPER_TITLES or english_names().get(m.group("ini")) is not None:
            continue        # `US`, `UK`, `UN`: a known abbreviation, not initials
        _replace(out, c, m.start(), c.end, "PERSON", c.source, c.priority)


def _function_words(text: str, out: list) -> None:
    out[:] = [c for c in out if not (c.label == "PERSON" and all(w in _FUNCTION_WORDS
                                                                 for w in text[c.start:c.end].split()))]


_VI_TWO_RE = re.compile(r"(?<![\w'\u2019.-])(?P<fam>[A-ZĐ][a-zà-ỹđ\u00c0-\u1ef9]{1,6})[ \t]+"
                        r"(?P<given>[A-ZĐ\u00c0-\u1ef9][a-zà-ỹđ\u00c0-\u1ef9]{0,6})(?![\w'\u2019-])(?![ \t]+[A-ZĐ])")
_VI_MARK = re.compile(r"[\u00c0-\u1ef9đĐ]")
_KOREAN_OCR_RE = re.compile(r"(?<![\w.-])(?P<fam>[A-Z][a-z]{1,5})[ \t]+II[ \t-]+(?P<given>[A-Z][a-z]{1,6})(?![\w'\u2019-])")
_SHEIKH_RE = re.compile(r"(?<![\w-])Sheikh[ \t]+[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15}){0,2}(?![\w'\u2019-])")
_SHEIKH_STOP = frozenset("The And Of In On At For With By From To Was Were Had Has Is Are Said Returned".split())


def _free(out: list, start: int, end: int) -> bool:
    return not any(c.start < end and start < c.end for c in out)


def _vietnamese_two(text: str, out: list) -> None:
    """A listed Vietnamese family and one given syllable, one of them with Vietnamese diacritics (`Nguyễn Ánh`)."""
    from pipeline.rules.english_east_asian_names import VI_SYLLABLE, vietnamese_families  # noqa: PLC0415

    families = vietnamese_families()
    for m in _VI_TWO_RE.finditer(text):
        fam, given = m.group("fam"), m.group("given")
        if fam not in families or not _VI_MARK.search(fam + given):
            continue
        plain = unicodedata.normalize("NFD", given.replace("đ", "d").replace("Đ", "D"))
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
        if VI_SYLLABLE.fullmatch(plain) and _free(out, m.start(), m.end()):
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_vietnamese_two", PRIORITY))


def _korean_ocr(text: str, out: list) -> None:
    """`Kim II Sung`: a Korean name whose `Il` an OCR read as a Roman two."""
    from pipeline.rules.english_east_asian_names import KOREAN_ONLY, korean_syllable  # noqa: PLC0415

    for m in _KOREAN_OCR_RE.finditer(text):
        if m.group("fam") in KOREAN_ONLY and korean_syllable(m.group("given")):
            out[:] = [c for c in out if c.end <= m.start() or c.start >= m.end()]
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_korean_ocr", PRIORITY))
            for f in re.finditer(rf"(?<![\w'\u2019-]){m.group('fam')}(?![\w-])", text):
                if _free(out, f.start(), f.end()):    # the family name alone later: `Kim and Peng signed`
                    out.append(Candidate(f.start(), f.end(), "PERSON", "rule:en_korean_ocr", PRIORITY))


def _sheikhs(text: str, out: list) -> None:
    """`Sheikh Mujib`: the Bengali and Arab name that opens with Sheikh is one PERSON."""
    for m in _SHEIKH_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        n = next((i for i, w in enumerate(words[1:], 1) if w.group() in _SHEIKH_STOP), len(words))
        if n < 2:
            continue
        end = m.start() + words[n - 1].end()
        overlapping = [c for c in out if c.start < end and m.start() < c.end]
        if any(c.label != "PERSON" and c.label != "GPE" for c in overlapping) or \
                any(c.start < m.start() or c.end > end for c in overlapping):
            continue
        out[:] = [c for c in out if c not in overlapping]
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_sheikh_name", PRIORITY))


_RADIO_RE = re.compile(r"(?<![\w-])(?:(?P<pre>(?:All[ \t]+)?[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15})?)[ \t]+Radio"
                       r"|Radio[ \t]+(?P<post>[A-Z][a-z]{2,15}))(?![\w'\u2019-])")
_RADIO_NOT = frozenset("The A An On In At By From To Of And His Her Their Its This That Short Wave Two Field Portable "
                       "Station Set Sets Operator Operators Officer Room Link Silence Contact Traffic Message".split())
_AND_HEADS = ("Centre", "Center", "Institute", "Council", "Committee", "Association", "Society", "Commission",
              "Office", "Bureau", "Department", "Board", "Agency", "Corporation", "Company", "Ministry", "Union")
_AND_ORG_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<org>(?:[A-Z][a-z]{1,15}[ \t]+){1,4}(?:and|&)[ \t]+(?:[A-Z][a-z]{1,15}[ \t]+){0,4}"
    r"(?:" + "|".join(_AND_HEADS) + r"))(?![\w-])")
_LEADING_STOP = frozenset("The A An In On At By For From To With Of And His Her Their Its This That When While "
                          "After Before Both".split())
_LEGISLATURE_RE = re.compile(
    r"(?<![\w-])(?:(?:asked|urged|told|petitioned|addressed|persuaded|informed|before|by|to)[ \t]+(?:the[ \t]+)?"
    r"(?P<body>Congress|Parliament|Senate|Diet|Duma|Reichstag)(?![\w-])"
    r"|(?P<body2>Congress|Parliament|Senate|Diet|Duma|Reichstag)(?=[ \t]+(?:passed|voted|approved|"
    r"declared|ratified|rejected|debated|adopted|authori[sz]ed|refused|resolved|appropriated)\b))")


def _broadcasters(text: str, out: list) -> None:
    """`All India Radio`, `Radio Peking`, `Tokyo Radio`: a broadcaster named by its place or country."""
    for m in _RADIO_RE.finditer(text):
        words = (m.group("pre") or m.group("post")).split()
        if any(w in _RADIO_NOT for w in words):
            continue
        overlapping = [c for c in out if c.start < m.end() and m.start() < c.end]
        if any(c.label not in ("GPE", "LOC", "ORG") or c.start < m.start() or c.end > m.end() for c in overlapping):
            continue
        out[:] = [c for c in out if c not in overlapping]
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_broadcaster", PRIORITY))


def _and_orgs(text: str, out: list) -> None:
    """`Policy Research and Planning Centre`: capitalised words joined by `and` before an organisation's head."""
    for m in _AND_ORG_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group("org")))
        i = 0
        while i < len(words) and words[i].group() in _LEADING_STOP:
            i += 1
        if i >= len(words) or words[i].group() in ("and", "&"):
            continue
        if "Army Group " in m.group("org"):
            continue               # 'Greece and Army Group Centre': a place and a German army group (session 28)
        start = m.start() + words[i].start()
        overlapping = [c for c in out if c.start < m.end() and start < c.end]
        if any(c.label in ("PERSON", "EVENT", "MIL_UNIT", "DATE") or c.start < start or c.end > m.end()
               for c in overlapping):
            continue
        out[:] = [c for c in out if c not in overlapping]
        out.append(Candidate(start, m.end(), "ORG", "rule:en_and_org", PRIORITY))


def _legislatures(text: str, out: list) -> None:
    """A legislature by its name after a verb of addressing it or before its own acts (`asked Congress`)."""
    for m in _LEGISLATURE_RE.finditer(text):
        start, end = m.span("body") if m.group("body") else m.span("body2")
        if _free(out, start, end):
            out.append(Candidate(start, end, "ORG", "rule:en_legislature", PRIORITY))


_LIFE_NOUN_RE = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>[A-Z][a-z]{2,15})['\u2019]s[ \t]+(?:execution|death|funeral|assassination|murder|"
    r"arrest|exile|resignation|dismissal|abdication|widow|memoirs|diary|autobiography|biographer|"
    r"grave|tomb|birthplace|deathbed)\b")
_LIFE_NOT = frozenset("Emperor Empress King Queen Prince Princess General Admiral Marshal President Premier Chairman "
                      "Commander Army Navy Party Government Court Church God Christ Pope Sultan Shah Tsar Czar Kaiser "
                      "Regent Governor Viceroy Minister Company Regiment Division Corps Brigade Battalion Republic "
                      "Empire Dynasty State Nation Country City Town Year Century Today Everyone Nobody Man Woman "
                      "Father Mother Son Daughter Brother Sister Lord Lady Sir Doctor Captain Colonel Major".split())


def _life_possessives(text: str, out: list) -> None:
    """`After Rizal's execution`: a bare name whose execution, death, funeral or memoirs a page tells is a PERSON."""
    names = english_names()
    for m in _LIFE_NOUN_RE.finditer(text):
        word = m.group("name")
        if word in _LIFE_NOT or names.get(word, ("PERSON",))[0] != "PERSON":
            continue
        start, end = m.span("name")
        if _free(out, start, end):
            out.append(Candidate(start, end, "PERSON", "rule:en_life_possessive", PRIORITY))


_ROW_TAIL_RE = re.compile(r"[ \t]+(?:Executed|Killed|Assassinated|Died|Captured|Surrendered)[ \t]*\Z|[ \t]+\Z")


def _list_rows(text: str, out: list) -> None:
    """A paragraph of one name a row where most rows are read as persons: the other name rows are persons too."""
    from pipeline.rules.english_infobox import name_span  # noqa: PLC0415

    rows, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            rows.append((pos, line))
        pos += len(line) + 1
    if len(rows) < 4:
        return
    spans, persons = [], 0
    for start, line in rows:
        tail = _ROW_TAIL_RE.search(line)
        body = line[:tail.start()] if tail else line
        span = name_span(body)
        if span is None:
            return
        s, e = start + span[0], start + span[1]
        inside = [c for c in out if c.start < e and s < c.end]
        if any(c.label != "PERSON" for c in inside):
            return
        if inside:
            persons += 1
        else:
            spans.append((s, e))
    if spans and persons * 2 > len(rows):
        for s, e in spans:
            out.append(Candidate(s, e, "PERSON", "rule:en_list_rows", PRIORITY))


def find_person_org_forms(text: str, out: list) -> None:
    """PERSON and ORG forms of English war pages (see the module doc)."""
    if any(c.label == "PERSON" for c in out):
        _trim_titles(text, out)
        _bracketed_middles(text, out)
        _initials_before(text, out)
        _function_words(text, out)
    if "Gen" in text or "Adm" in text or "AVM" in text or "ACM" in text or "FM " in text or "Col" in text:
        _compact_ranks(text, out)
    if "his " in text or "her " in text or "their " in text:
        _kin(text, out)
    if "Government of" in text:
        _governments(text, out)
    if " of " in text:
        _org_extensions(text, out)
    if "(" in text:
        _acronyms(text, out)
    if text.count("\n") >= 3:
        _list_rows(text, out)
    if _VI_MARK.search(text):
        _vietnamese_two(text, out)
    if " II" in text:
        _korean_ocr(text, out)
    if "Sheikh" in text:
        _sheikhs(text, out)
    if "Radio" in text:
        _broadcasters(text, out)
    if " and " in text or " & " in text:
        _and_orgs(text, out)
    _legislatures(text, out)
    if "s " in text:
        _life_possessives(text, out)
