"""Forms of 19th- and 20th-century books, despatches and OCR'd texts (session 11, helper auditen3).

Found by auditing old newspapers, memoirs and official histories of East Asian wars; each reading is defined by
how the form is typed, not by any name taken from a page:

- Postal romanisations typed in two syllables: a known place of one word that splits into two romanised syllables
  one way only (`Foochow`, `Tungchow`, `Peiho`) is also read when typed `Foo-Chow`, `Tung-Chow`, `Pei-Ho` (both
  halves capitalised) or `Foo Chow` (a space: only where the second syllable is one that ends place names, so a
  two-syllable personal name is not read as a place). `split_syllable_forms` gives these forms to the lexicon table.
- A word broken at a line end or by an OCR'd hyphenation (`Tien-\\ntsin`, `Pei- Ho`, `Port Ar-\\nthur`): the
  pieces joined (with or without the hyphen) are looked up in the lexicon; the span covers the pieces as typed.
- Courtesy titles of the period before a name: `Messrs. Wade and Parkes` (each name a PERSON), `Mr. de Norman`,
  `M. de Giers`, `Herr von Brandt`, `M. Witte`, `Monsieur Ferry`: the title stays outside the PERSON (spec rule 1),
  a nobiliary particle (de, du, von, van, van der, de la, d') stays inside.
- An official's appositive title: `Tsung-han, the Salt Commissioner,` / `Kweiliang, the Imperial Commissioner.`:
  a romanised hyphenated name (or one capitalised word not known as a place) before `, the [adjectives] <title>`
  is a PERSON (a place reading from a romanisation rule is replaced). Not after a preposition (`At Tientsin, the
  Viceroy …` is a place).
- `by name X`: `the king of that country, by name Tuduc,` -> PERSON, as `named X`.
- Letter-style days: `on the night of the 17th`, `the morning of the 3rd`, `your letter of the 14th inst.`,
  `the 3rd ult.`: the ordinal day is a DATE (its month from the document); `inst.`/`ult.` stay outside.
- Newspapers cited in quotes: `A "Times" despatch`, `the "Standard" correspondent`: a quoted title ending in a
  newspaper head word after an article -> ORG (quotes outside the span).
- A famous place used as a nickname, `the "Gibraltar of the East"`, `the Paris of the Orient`: no place.
- (auditen9) An ordinal typed with a full stop, as Victorian printers set it (`the 18th., 26th., and 49th.
  regiments`, `the morning of the 5th. of July`, `the 18th. regiment`): `ordinal_stops` reads the stop as a space
  (same length) where a comma or a lower-case word follows, so the ordinal joins its echelon or month as it would
  without the stop; a stop before a capital may end a sentence (`on the 18th. Regiments of …`) and is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded, literal_finditer
from pipeline.spans import Candidate

PERSON_PRIORITY = 47
DATE_PRIORITY = 49
ORG_PRIORITY = 46

# Second syllables that end place names in the postal and Wade-Giles spellings (city, prefecture, river, port,
# pass, sea, island, mountain, ferry …): a space-split form is read only with one of these.
_PLACE_FINALS = frozenset("""
chow chou kow kou fu foo po sin tsin tsing ho hai kiang kiong king chwang chuang wan kong hsien hien shan shan
tao kuan kwan ning yang an chang chen cheng ting tien hsia men mun ku kou hu tung nan pei si
""".split())

# Postal-system spellings of syllables that the Wade-Giles table writes otherwise (fu, chou, kou, …): the Chinese
# Post Office romanisation (1906) and the older consular spellings (Foochow, Hankow, Swatow, Chefoo, Whampoa).
_POSTAL_SYLLABLES = frozenset("""
foo chow kow tow yow how sow pow chew hoo soo choo loo too poo kwang chwang hwang kiang kiung kwei kwai
tsing tsin tsun sze tze shui hsui nam shek moon hing wong
""".split())


def split_syllable_forms(form: str, syllables) -> set[str]:
    """`Foochow` -> {`Foo-Chow`, `Foo Chow`} (see the module doc); `syllables`: the romanised syllables."""
    if not re.fullmatch(r"[A-Z][a-z]{3,11}", form):
        return set()
    syllables = syllables | _POSTAL_SYLLABLES
    lower = form.lower()
    splits = [i for i in range(2, len(lower) - 1) if lower[:i] in syllables and lower[i:] in syllables]
    if len(splits) != 1:
        return set()
    head, tail = form[: splits[0]], form[splits[0]:].capitalize()
    out = {f"{head}-{tail}"}
    if tail.lower() in _PLACE_FINALS:
        out.add(f"{head} {tail}")
    return out


# ---------------------------------------------------------------- words broken at a line end
_BREAK_RE = re.compile(r"-(?:[ \t]{0,2}\r?\n[ \t]{0,2}|[ \t]{1,2})(?=[A-Za-z])")
_HEAD_RE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][a-z]{1,12}[ \t]){0,2}[A-Z][a-z'\u2019]{0,12})\Z")
_TAIL_RE = re.compile(r"[A-Za-z][a-z'\u2019]{1,12}(?![\w-])")


def _line_broken(text: str, out: list) -> None:
    from pipeline.rules.english import PRIORITY
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _BREAK_RE.finditer(text):
        head = _HEAD_RE.search(text, max(0, m.start() - 40), m.start())
        tail = _TAIL_RE.match(text, m.end())
        if not head or not tail:
            continue
        words = head.group(1).split()
        for k in range(len(words)):            # the longest head first: 'Port Ar-\nthur'
            first = " ".join(words[k:])
            piece = tail.group()
            found = None
            for form in (first + piece, first + piece.lower(), f"{first}-{piece}", f"{first}-{piece.lower()}",
                         f"{first}-{piece.capitalize()}"):
                if form in names:
                    found = names[form]
                    break
            if found:
                label, zh = found
                start = m.start() - len(first)
                if label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "EVENT"):
                    out.append(Candidate(start, tail.end(), label, "rule:en_book_line_break", PRIORITY[label] + 3,
                                         {"zh": zh}))
                break


# ---------------------------------------------------------------- courtesy titles
_UP = "A-Z\u00c0-\u00de"
_LO = "a-z\u00df-\u00ff"
_PARTICLE = r"(?:(?:de[ \t]+la|van[ \t]+der|van[ \t]+den|von[ \t]+der|de|du|des|von|van|della|di|da)[ \t]+|d['\u2019])"
_SURNAME = rf"(?:{_PARTICLE})?(?:Mac|Mc|O['\u2019])?[{_UP}][{_LO}'\u2019]{{1,20}}(?:-[{_UP}][{_LO}]{{1,20}})?"
_COURTESY_RE = re.compile(
    rf"(?<![\w.])(?:Mr|Mons|M|Herr|Signor|Se\u00f1or|Senor|Monsieur|Messrs|MM)\.?[ \t]+"
    rf"(?P<n>(?:[{_UP}][{_LO}]{{1,15}}(?:[ \t]{{1,2}}|[ \t]?\n[ \t]?))?{_SURNAME})(?![\w'\u2019-])")
_MORE_NAMES_RE = re.compile(rf"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)(?P<n>{_SURNAME})(?![\w'\u2019-])")
_TITLE_GUARD = re.compile(r"(?<![\w.])(?:Mr|Mons|M|Herr|Signor|Se\u00f1or|Senor|Monsieur|Messrs|MM)\.?[ \t]")
_NOT_SURNAME = frozenset("The A An And Of In On At To By For From With Co Company Brothers Bros Sons".split())


def _courtesy(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _TITLE_GUARD.finditer(text):
        t = _COURTESY_RE.match(text, m.start())
        if not t:
            continue
        title = text[m.start():m.end()].strip().rstrip(".")
        if title in ("M", "MM") and not re.match(r"[ \t]", text[m.end() - 1:m.end()]):
            continue
        if title == "M" and m.start() > 0 and text[m.start() - 1] not in " \t\n(\"'\u201c":
            continue
        if title == "M" and re.search(r"(?<![\w.])[A-Z]\.[ \t]?\Z", text[max(0, m.start() - 4):m.start()]):
            continue                            # 'H. M. Government': an initial, no title
        spans = [t.span("n")]
        if title in ("Messrs", "MM"):           # 'Messrs. Wade and Parkes', 'MM. Gros, Bourboulon and Montauban'
            pos = t.end()
            while len(spans) < 6:
                more = _MORE_NAMES_RE.match(text, pos)
                if not more or more.group("n") in _NOT_SURNAME:
                    break
                spans.append(more.span("n"))
                pos = more.end()
        if re.match(r"[ \t]*,?[ \t]*(?:and|&)[ \t]+Co\b", text[spans[-1][1]:spans[-1][1] + 12]):
            continue                            # 'Messrs. Jardine, Matheson and Co.': a firm
        for start, end in spans:
            if text[end - 2:end] in ("'s", "\u2019s") and end - start > 4:
                end -= 2                        # "Mr. Bigham's servant": the possessive is outside the name
            name = text[start:end]
            if name.split()[-1] in _INSTITUTION or name.split()[0] in _NOT_SURNAME or names.get(name, ("",))[0] in ("GPE", "LOC", "ORG", "MIL_UNIT"):
                continue
            if any(c.label == "PERSON" and c.start <= start and end <= c.end and c.end - c.start > end - start
                   for c in out):
                continue                        # 'M. Jules Ferry' read whole by another finder
            for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "FAC", "ORG")]:
                out.remove(c)
            out.append(Candidate(start, end, "PERSON", "rule:en_book_courtesy", PERSON_PRIORITY))


# ---------------------------------------------------------------- official's appositive title
_OFFICE = (r"Commissioner|Viceroy|Governor|Governor-General|Minister|Taotai|Tao-tai|Emperor|Empress|Regent|Ambassador|"
           r"Envoy|Consul|Consul-General|Admiral|General|Commander|Commander-in-Chief|Secretary|President|Premier|"
           r"Chancellor|Marshal|Prefect|Magistrate|Intendant|Superintendent|Treasurer|Judge|Tartar-General|"
           r"Prince|King|Chief|Mandarin|Amban|Resident|Inspector-General|Colonel|Captain")
_APPOSITIVE_RE = re.compile(
    rf",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:[A-Z][a-z]{{1,14}}|late|then|former|new|old|chief|imperial|"
    rf"Chinese|British|French|Russian|Japanese)[ \t]+){{0,3}}(?:{_OFFICE})\b(?=[ \t]*(?:[,.;:)]|of[ \t]|at[ \t]|in[ \t]))")
_NAME_BEFORE_RE = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{1,8}-[a-z]{1,8}|[A-Z][a-z]{2,14})\Z")
_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:at|in|from|near|into|towards?|via|across|beyond|around|"
                                 r"reached|left|took|entered|occupied)[ \t]+)\Z")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from pipeline.lexicons import read_words

    return frozenset(read_words("en_common_words.txt"))


def _appositive_titles(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _APPOSITIVE_RE.finditer(text):
        before = _NAME_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if not before:
            continue
        start, end = before.span("n")
        name = before.group("n")
        if names.get(name, ("",))[0] in ("GPE", "LOC", "ORG", "MIL_UNIT", "FAC", "EVENT"):
            continue
        if name.lower() in _common_words():
            continue                            # 'Thereupon, the General …', 'Meanwhile, the Viceroy …'
        if _PREPOSITION_BEFORE.search(text, max(0, start - 14), start):
            continue
        if any(c.start < end and start < c.end and (c.label not in ("GPE", "LOC") or not c.source.startswith("rule"))
               for c in out):
            continue
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        out.append(Candidate(start, end, "PERSON", "rule:en_book_office", PERSON_PRIORITY))


# ---------------------------------------------------------------- 'by name X'
_BY_NAME_RE = re.compile(r"(?:,|\b(?:man|officer|king|chief|prince|general|one|fellow|native|merchant))[ \t]+by[ \t]+"
                         r"name[ \t,]+(?P<n>[A-Z][a-z'\u2019-]{1,20}(?:[ \t]+[A-Z][a-z'\u2019-]{1,20}){0,2})(?![\w'\u2019-])")


def _by_name(text: str, out: list) -> None:
    for m in _BY_NAME_RE.finditer(text):
        start, end = m.span("n")
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "ORG")]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_book_by_name", PERSON_PRIORITY))


# ---------------------------------------------------------------- letter-style days
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)"     # old ordinals 2d, 23d (auditen6)
_UNIT_HEADS = (r"(?:[A-Z][a-z]{1,12}[ \t]+){0,2}(?:Division|Brigade|Regiment|Battalion|Army|Corps|Company|Cavalry|"
               r"Infantry|Fleet|Squadron|Flotilla|Battery|Marines|Rifles|Guards|Hussars|Lancers|Dragoons|Fusiliers|"
               r"Highlanders|Light|Foot|Punjab|Sikhs|Gurkhas|Group|Wing|Air)|Bn|Div|Bde|Regt")
_LETTER_DAY_RE = re.compile(
    rf"\b(?:(?:morning|night|evening|afternoon|forenoon|dawn|daybreak|noon|midnight|eve|night)[ \t]+of[ \t]+the[ \t]+"
    rf"(?P<a>{_DAY})(?![\w-])(?![ \t]+(?:{_UNIT_HEADS}|day|of[ \t]+the[ \t]+month))"
    rf"|(?<![\w-])[ap]\.[ \t]?m\.[ \t]+of[ \t]+the[ \t]+(?P<c>{_DAY})(?![\w-])"
    rf"|(?<![\w-])the[ \t]+(?P<b>{_DAY})[ \t]+(?:inst|ult|prox|instant|ultimo|proximo)\b"
    # a weekday before the day of the month: 'on Monday the 23d' (auditen6)
    rf"|(?<![\w-])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+the[ \t]+(?P<d>{_DAY})(?![\w-])"
    rf"(?![ \t]+(?:{_UNIT_HEADS}|day|of[ \t]+the[ \t]+month)))")


def _letter_days(text: str, out: list) -> None:
    for m in _LETTER_DAY_RE.finditer(text):
        group = next(g for g in "abcd" if m.group(g))
        out.append(Candidate(m.start(group), m.end(group), "DATE", "rule:en_book_day", DATE_PRIORITY))


# ---------------------------------------------------------------- quoted newspapers
_PAPER_HEADS = ("Times|Standard|Telegraph|News|Post|Mail|Express|Herald|Tribune|Chronicle|Gazette|Journal|Observer|"
                "Guardian|Globe|Mercury|Advertiser|Courier|Examiner|Temps|Figaro|Matin|Gaulois|Novoe Vremya|"
                "Novosti|Graphic|Punch|Review")
_QUOTED_PAPER_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]n|[Tt]o|[Bb]y)[ \t]+[\"\u201c](?P<t>(?:[A-Z][a-z.-]{{1,15}}[ \t]+){{0,3}}(?:{_PAPER_HEADS}))"
    rf"(?:['\u2019]s)?[\"\u201d]")


_ITALIC_PAPER_RE = re.compile(   # Project Gutenberg's italics: 'Correspondent of _The Standard_'
    rf"(?<![\w_])_(?:[Tt]he[ \t]+)?(?P<t>(?:[A-Z][a-z.-]{{1,15}}[ \t]+){{0,3}}(?:{_PAPER_HEADS}))_(?![\w_])")


def _quoted_papers(text: str, out: list) -> None:
    matches = list(_QUOTED_PAPER_RE.finditer(text))
    if "_" in text:
        matches += list(_ITALIC_PAPER_RE.finditer(text))
    for m in matches:
        start, end = m.span("t")
        for c in [c for c in out if c.start < end and start < c.end and c.end - c.start <= end - start]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "ORG", "rule:en_book_paper", ORG_PRIORITY))


# ---------------------------------------------------------------- nicknames 'the Gibraltar of the East'
_NICKNAME_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+(?:East|Orient|Far[ \t]+East|Pacific|West|North|South|Tropics|Asia)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+[\"\u201c'\u2018]?\Z")


def _nicknames(text: str, out: list) -> None:
    for c in [c for c in out if c.label in ("GPE", "LOC")]:
        if _NICKNAME_RE.match(text, c.end) and _THE_BEFORE.search(text, max(0, c.start - 6), c.start):
            out.remove(c)


# ---------------------------------------------------------------- datelines in capitals
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<p>[A-Z]{{2,}}(?:(?:\.[ \t]?|[ \t]|-)[A-Z]{{2,}}){{0,2}})"
    # (a full stop or an OCR'd stop and comma may stand for the comma: 'VIENNA. March 15.', session 27 s27enper)
    rf"(?=(?:,|\.,?)?[ \t]+{_MONTH}[ \t]+\d|,?[ \t]+\d{{1,2}}(?:st|nd|rd|th|d)?,?[ \t]+{_MONTH}"
    rf"|,[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[.,:]?[ \t]*[\u2014\u2013])")


def _datelines(text: str, out: list) -> None:
    from pipeline.rules.english import PRIORITY
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _DATELINE_RE.finditer(text):
        start, end = m.span("p")
        if any(c.start < end and start < c.end for c in out):
            continue
        caps = m.group("p")
        form = re.sub(r"[A-Z]{2,}", lambda w: w.group()[0] + w.group()[1:].lower(), caps)
        label, zh = names.get(form, (None, None))
        if label in ("GPE", "LOC"):
            out.append(Candidate(start, end, label, "rule:en_book_dateline", PRIORITY[label] + 1, {"zh": zh}))


# ---------------------------------------------------------------- ships with a dotted prefix
_SHIP_PREFIX_RE = re.compile(r"(?<![\w.])(?:H\.[ \t]?M\.[ \t]?(?:[ACI]\.[ \t]?|N\.[ \t]?Z\.[ \t]?)?S\.|U\.[ \t]?S\.[ \t]?S\."
                             r"|H\.[ \t]?I\.[ \t]?J\.[ \t]?M\.[ \t]?S\.|S\.[ \t]?M\.[ \t]?S\.|S\.[ \t]?S\.|R\.[ \t]?M\.[ \t]?S\.)"
                             r"[ \t]+(?=[A-Z])")


def _dotted_ships(text: str, out: list) -> None:
    for m in literal_finditer(_SHIP_PREFIX_RE, text):
        for c in [c for c in out if c.start == m.end() and c.label in ("GPE", "LOC", "PERSON", "ORG")]:
            out.remove(c)


# ---------------------------------------------------------------- initials and a surname
_INITIALS_RE = re.compile(
    rf"(?<![\w.'\u2019-])(?P<i>(?:[A-Z]\.[ \t]?){{1,3}})(?P<s>(?:(?:de|van|von|du|Mac|Mc|[OD]['\u2019])[ \t]?)?"
    rf"[{_UP}][{_LO}]{{1,20}}(?:-[{_UP}][{_LO}]{{1,20}})?)(?![\w'\u2019-]|\.[A-Z])")
_NOT_INITIALS = frozenset("US USS HM HMS HMAS HMCS HMNZS HMIS SS AD BC NY UN PO RN RA RE RM IJN USN USA UK NZ DC MP HQ OC CO "
                          "RAF RAAF RNZAF RAMC NB PS SMS RMS HIJMS IJA ROK PLA KMT GHQ QM".split())
_INSTITUTION = frozenset("""
Army Navy Marines Marine Corps Forces Force Command Government Herald Times Senate Congress Embassy Legation Consulate
Department Company Railway Railways Fleet Division Brigade Regiment Battalion Air Armed Mail Post Steel Forest Engineers
Signals Artillery Infantry Cavalry Rifles Guards Legion Mission Consul Minister Ambassador Commissioner Troops Party
The A An And Of In On At To By For From With Hospital College University School Club Society League
""".split())


def _initials(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _INITIALS_RE.finditer(text):
        letters = re.sub(r"[^A-Z]", "", m.group("i"))
        surname = m.group("s")
        if letters in _NOT_INITIALS or surname.split()[-1] in _INSTITUTION:
            continue
        if names.get(surname, ("PERSON",))[0] != "PERSON":
            continue
        start, end = m.start(), m.end()
        for c in [c for c in out if start <= c.start and c.end <= end and c.label != "PERSON"]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_book_initials", PERSON_PRIORITY - 3))


# ---------------------------------------------------------------- '1 RUR', '3 RAR': a battalion by number and regiment
# '1/7 GR', '2/6 GR': the battalion written before the regiment's number with a slash (Gurkha and Indian regiments)
_NUMBERED_ABBREV_RE = re.compile(r"(?<![\w,./])(?:(?P<b>[1-9])/)?(?P<n>[1-9][0-9]?)[ \t]+(?P<u>R[A-Z]{2,3}|[A-Z]{1,3}R|[A-Z]{2,4}LI)(?![\w&-])")
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w,.\u00a3$])([1-9])[ \t]\Z")
NOT_UNIT_ABBREV = frozenset("RAF RAN RPM RMS RSVP RPG RDR RER RNR RAAF RNZN".split())


def _numbered_regiments(text: str, out: list) -> None:
    from pipeline.normalize import english as norm_en

    units = {c.start: c for c in out if c.label == "MIL_UNIT"}
    for c in list(units.values()):              # '1 Glosters', '1 KOSB': a listed regiment without a number
        m = _NUMBER_BEFORE_RE.search(text, max(0, c.start - 3), c.start)
        if m and c.source.startswith("lexicon") and not re.search(r"\d", text[c.start:c.end]) \
                and not any(o.start < c.start and m.start() < o.end for o in out if o is not c):
            out.remove(c)
            out.append(Candidate(m.start(), c.end, "MIL_UNIT", "rule:en_book_numbered_regiment", c.priority + 1,
                                 {**c.norm, "numbers": [int(m.group(1))]}))
    units = {c.start: c for c in out if c.label == "MIL_UNIT"}
    for m in _NUMBERED_ABBREV_RE.finditer(text):
        if m.group("u") in NOT_UNIT_ABBREV:
            continue
        start, end = m.start(), m.end()
        known = units.get(m.start("u"))
        if known is not None:
            end = max(end, known.end)
        elif any(c.start < end and start < c.end and c.label != "QUANTITY" for c in out):
            continue
        for c in [c for c in out if c.start < end and start < c.end and c.end - c.start < end - start]:
            out.remove(c)
        norm = dict(known.norm) if known is not None else norm_en.normalize_unit_en(text[m.start("u"):end], "")
        norm["numbers"] = [int(m.group("n"))] if m.group("b") is None else [int(m.group("b")), int(m.group("n"))]
        if m.group("b") is not None:
            norm.update(echelon="营", echelon_key="battalion")
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_book_numbered_regiment", 60, norm))


# ---------------------------------------------------------------- Korean mountains: 'Nogo San'
_SAN_RE = re.compile(r"(?<![\w'\u2019.-])(?P<n>[A-Z][a-z]{1,10}(?:-[a-z]{1,8})?)[ \t]+San(?![\w'\u2019-])(?![ \t]+[A-Z])")
_NOT_SAN = frozenset("The A An In At Of On To By Los Las Santa Puerto El La Del Fort Port Mount Mr Miss".split())


def _korean_mountains(text: str, out: list) -> None:
    from pipeline.rules.english import PRIORITY

    for m in _SAN_RE.finditer(text):
        if m.group("n") in _NOT_SAN or m.group("n").lower() in _common_words():
            continue
        start, end = m.start(), m.end()
        if any(c.start < end and start < c.end and c.end - c.start >= end - start for c in out):
            continue
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        out.append(Candidate(start, end, "LOC", "rule:en_book_san", PRIORITY["LOC"] + 1, {}))


# ---------------------------------------------------------------- one reading per document for places read by context
_ONE_WORD_PLACE = re.compile(r"[A-Z][a-z]{4,16}(?:-[A-Za-z][a-z]{1,8})?")


def read_once(text: str, c) -> bool:
    """A one-word place that a context rule of any module read (`the village of Chaegunghyon`): other mentions of
    it are the place too (english_encyclopedia_forms.place_mentions adds them)."""
    form = text[c.start:c.end]
    return c.source.startswith("rule:") and bool(_ONE_WORD_PLACE.fullmatch(form)) and form.lower() not in _common_words()


# ---------------------------------------------------------------- quotation attributed: '“…,” wrote Bôn-Mat'
_SAID_RE = re.compile(
    rf"[,!?\u2014-][\"\u201d\u2019'][ \t]+(?:wrote|said|recalled|remembered|added|explained|observed|noted|remarked|"
    rf"declared|replied|asked|continued|reported|commented|exclaimed|recorded|complained|admitted|insisted)[ \t]+"
    rf"(?P<n>[{_UP}][{_LO}'\u2019]{{1,20}}(?:-[{_UP}][{_LO}]{{1,20}})?(?:[ \t]+[{_UP}][{_LO}'\u2019]{{1,20}}(?:-[{_UP}][{_LO}]{{1,20}})?){{0,2}})"
    rf"(?![\w'\u2019-])")
_NOT_SPEAKER = frozenset("The A An One Another His Her Their Its Our This That General Colonel Captain Major Lieutenant "
                         "Admiral Sergeant Private Corporal Mr Mrs Miss Dr Sir Lord".split())


def _said(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    for m in _SAID_RE.finditer(text):
        start, end = m.span("n")
        words = m.group("n").split()
        if words[0] in _NOT_SPEAKER:
            continue
        if names.get(m.group("n"), ("PERSON",))[0] != "PERSON" or m.group("n").lower() in _common_words():
            continue
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "ORG")]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_book_said", PERSON_PRIORITY))


# ---------------------------------------------------------------- 'Our Special War Correspondent': no war
_WAR_TITLE_RE = re.compile(r"(?:Special|Own|Official|Chief|Senior|Principal|Staff)[ \t]+War\Z")
_WAR_TITLE_AFTER = re.compile(r"[ \t]+(?:Correspondent|Artist|Reporter|Editor|Photographer)s?\b")


def _war_titles(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT" and text[c.end - 3:c.end] == "War"]:
        if _WAR_TITLE_RE.fullmatch(text[c.start:c.end]) and _WAR_TITLE_AFTER.match(text, c.end):
            out.remove(c)


# ---------------------------------------------------------------- "the ROK's had been split": soldiers, no country
_PLURAL_AFTER = re.compile(r"['\u2019]s(?=[ \t]*[,.;:)!?]|[ \t]+(?:had|have|were|was|are|who|which|that|and|or|in|on|at|to|"
                           r"from|with|fled|broke|ran|held|fought|could|would|did|began|came|went)\b)")


def _rok_plurals(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "GPE" and text[c.start:c.end] == "ROK"]:
        if _PLURAL_AFTER.match(text, c.end):
            out.remove(c)


def find_book_forms(text: str, out: list) -> None:
    """The readings of the module doc, each only where its literal occurs."""
    if "-\n" in text or "- " in text:
        _line_broken(text, out)
    if _TITLE_GUARD.search(text):
        _courtesy(text, out)
    if ", the " in text or ", a " in text or ", an " in text:
        _appositive_titles(text, out)
    if " by name" in text:
        _by_name(text, out)
    if " of the " in text or " inst" in text or " ult" in text or "m. of" in text or "day the " in text:
        _letter_days(text, out)
    if '"' in text or "\u201c" in text or "_" in text:
        _quoted_papers(text, out)
    if " of the " in text:
        _nicknames(text, out)
    if _CAPS3.search(text):
        _datelines(text, out)
    if "S." in text:
        _dotted_ships(text, out)
    if _INITIAL_GUARD.search(text):
        _initials(text, out)
    if _DIGIT_CAPS.search(text):
        _numbered_regiments(text, out)
    if " San" in text:
        _korean_mountains(text, out)
    if "\u201d " in text or '" ' in text or "\u2019 " in text:
        _said(text, out)
    if "ROK's" in text or "ROK\u2019s" in text:
        _rok_plurals(text, out)
    if " War Corr" in text or " War Art" in text or " War Rep" in text or " War Ed" in text or " War Ph" in text:
        _war_titles(text, out)


_CAPS3 = re.compile(r"[A-Z]{3}")
_DIGIT_CAPS = re.compile(r"[0-9][ \t][A-Z]{2}")
_INITIAL_GUARD = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?[A-Z]")


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries
_INITIALS_RE = guarded(_INITIALS_RE)
_DATELINE_RE = guarded(_DATELINE_RE)
_SAN_RE = guarded(_SAN_RE)
_LETTER_DAY_RE = guarded(_LETTER_DAY_RE)
_BY_NAME_RE = guarded(_BY_NAME_RE)
_QUOTED_PAPER_RE = guarded(_QUOTED_PAPER_RE)
_NUMBERED_ABBREV_RE = guarded(_NUMBERED_ABBREV_RE)


_ORDINAL_STOP_RE = re.compile(r"(?<=\d(?:st|nd|rd|th))\.(?P<comma>,)?(?=(?(comma)[ \t]|[ \t]+[a-z]))")


def ordinal_stops(text: str) -> str:
    """`text` with the full stop of an ordinal before a comma or a lower-case word read as a space (`18th.,` as
    `18th, `: the comma keeps its place next to the ordinal, as lists are read); same length."""
    if "th." in text or "st." in text or "nd." in text or "rd." in text:
        return _ORDINAL_STOP_RE.sub(lambda m: ", " if m.group("comma") else " ", text)
    return text
