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

Cheap where it does not apply: each reading is anchored on a literal (`'s`/`’s`, a title word, a Roman numeral,
a month in capitals, `Bank of the`) that is tested with `in` before its pattern runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PERSON_PRIORITY = 45
DATE_PRIORITY = 52

_NAME = r"[A-Z][a-z\u00e0-\u00ff'\u2019-]{1,20}"
_POSSESSIVE_NAME_RE = re.compile(
    r"(?<![\w.\u2019'-])(?P<name>(?:[A-Z][a-z\u00e0-\u00ff]{1,20}[ \t])?[A-Z][a-z\u00e0-\u00ff]{1,20}(?:-[A-Z][a-z\u00e0-\u00ff]{1,20})?)"
    r"\Z")
_APOSTROPHE_RE = re.compile(r"['\u2019]s?[ \t]+")


def _possessive_names(text: str):
    """(name start, name end, end of the blanks after the possessive) of each `Name's ` / `Names' `."""
    for a in _APOSTROPHE_RE.finditer(text):
        at = a.start()
        if a.group()[1:2] != "s" and (at == 0 or text[at - 1] != "s"):
            continue
        m = _POSSESSIVE_NAME_RE.search(text, max(0, at - 48), at)
        if m:
            yield m.start("name"), m.end("name"), a.end()


_FORCE_NOUN_RE = re.compile(
    r"(?:(?:main|small|little|whole|own|advance|leading|remaining|exhausted|depleted|weakened|battered|"
    r"entire|rear|flying|mounted|old|new|first|second|third)[ \t]+){0,2}"
    r"(?:army|armies|force|forces|troops|column|columns|brigade|brigades|division|divisions|corps|regiment|"
    r"regiments|battalion|battalions|fleet|squadron|cavalry|detachment|garrison|guerrillas|men)\b")
_NOT_PERSON = frozenset("""
The A An This That These Those Its It His Her Their Our Your My Its One Each Every Another Other Enemy Nation
Country Army Armies Navy Division Brigade Regiment Battalion Company Corps Force Forces Fleet Group Command Front
Government Party Emperor Empire King Kingdom Republic State States Province City Town Village World Year Today
Yesterday Tomorrow Week Month Day Night Allies Allied Axis Marines Marine Japanese Chinese American British Russian
Korean French German Indian Soviet Communist Communists Nationalist Nationalists Japan China America Britain Russia
Korea France Germany India Burma Manchuria Taiwan Formosa God Heaven Commander General Colonel Major Captain
Lieutenant Sergeant Admiral Headquarters Staff Cabinet Ministry Reich Moon North South East West Northern
Southern Eastern Western Central Upper Lower Imperial Royal Chief Mr Mrs Dr Sir Lord Lady Brigadier Marshal
""".split())
_TITLE_RE = guarded(re.compile(
    r"(?<![\w'\u2019-])(?P<title>Tsar|Czar|Tsarina|Czarina|Kaiser|King|Queen|Pope|Empress|Emperor|Sultan|Shah|"
    r"Grand[ \t]Duke|Duke|Duchess|Prince|Princess|Count|Countess|Baron|Baroness|Marquis|Marquess|Marchioness|"
    r"Viscount|Viscountess)[ \t]+"
    r"(?P<name>" + _NAME + r"(?:[ \t]+" + _NAME + r")?)"
    r"(?P<num>[ \t]+(?:X{0,1}(?:IX|IV|V?I{1,3}|V)|XI{0,3}|XIV|XV|XVI{1,3}|XIX))?(?![\w'\u2019-])"))
_TITLE_NOT_BEFORE = re.compile(r"(?:\b(?:HMS|HMAS|HMCS|USS|SMS|IJN|the[ \t]+ship|battleship|cruiser)|\d(?:st|nd|rd|th))"
                               r"[ \t]+$")
_PLACE_HEADS = frozenset("Island Islands Street Road Bay Sound Strait Land Range River Mountains County Hotel "
                         "University College School Hospital Palace Park Harbour Harbor Canal Station Square "
                         "Avenue Line Regiment Division Hussars Dragoons Lancers Rifles Battery Own Club".split())
_NOT_NAME = frozenset("The A An Of And Or In On At To For With From By Is Was Were Had Has His Her Their Its "
                      "Regent Consort Dowager Emperor Empress King Queen Prince Princess Duke".split())
_REGNAL_NAME_RE = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z]{2,12})\Z")
_NUMERAL_RE = re.compile(r" (?P<num>II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX)(?![\w'\u2019-])")


def _regnal_matches(text: str):
    for n in _NUMERAL_RE.finditer(text):
        m = _REGNAL_NAME_RE.search(text, max(0, n.start() - 14), n.start())
        if m:
            yield m.start(), n.end(), m.group("name")


_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
           "NOVEMBER", "DECEMBER")
_MONTH_ALT = "|".join(_MONTHS)
_CAPS_DATE_RE = guarded(re.compile(
    r"(?<![\w])(?:(?P<m1>" + _MONTH_ALT + r")[ \t]+(?P<d1>[0-3]?\d)(?:ST|ND|RD|TH)?,?[ \t]+(?P<y1>1[6-9]\d\d|20\d\d)"
    r"|(?P<d2>[0-3]?\d)[ \t]+(?P<m2>" + _MONTH_ALT + r"),?[ \t]+(?P<y2>1[6-9]\d\d|20\d\d)"
    r"|(?P<m3>" + _MONTH_ALT + r"),?[ \t]+(?P<y3>1[6-9]\d\d|20\d\d))(?![\w])"))
_BANK_RE = re.compile(r"\b(?:(?:Left|Right|North|South|East|West|Northern|Southern|Eastern|Western)[ \t]+)?Bank"
                      r"[ \t]+of[ \t]+the[ \t]+(?P<river>(?:[A-Z][\w'\u2019-]{1,20}[ \t]+){1,3}River)\b")


@lru_cache(maxsize=1)
def _given() -> frozenset:
    from pipeline.rules.english_infobox import given_names  # noqa: PLC0415

    return given_names()


def _covered(out: list, start: int, end: int, labels=None) -> bool:
    return any(c.start < end and start < c.end and (labels is None or c.label in labels) for c in out)


def _possessives(text: str, out: list) -> None:
    units = {c.start for c in out if c.label == "MIL_UNIT"}
    given = None
    for name_start, name_end, after in _possessive_names(text):
        words = text[name_start:name_end].split()
        if len(words) == 2:
            if given is None:
                given_names = _given
                given = given_names()
            if words[0] not in given:
                name_start = name_end - len(words[1])    # 'Unfortunately Fergusson's': the last word only
                words = words[1:]
        if words[0] in _NOT_PERSON or words[-1] in _NOT_PERSON:
            continue
        if len(words) == 2 and words[0] in ("General", "Colonel", "Major", "Captain", "Admiral", "Lieutenant"):
            continue
        if after not in units and not _FORCE_NOUN_RE.match(text, after):
            continue
        if _covered(out, name_start, name_end, None):
            continue         # read already: a country, a place, a person, a unit ('How Company's')
        if re.search(r"(?<![\w'\u2019-])[Tt]he[ \t]+$", text[max(0, name_start - 5):name_start]):
            continue         # 'the Tachens' troops': a name after the article is an island group or a people (auditen8)
        if name_start >= 2 and text[name_start - 2].isupper() and text[name_start - 1] in " \t" \
                and re.search(r"[A-Z][a-z]*[ \t]$", text[max(0, name_start - 20):name_start]) \
                and not re.search(r"(?:General|Colonel|Major|Captain|Admiral|Lieutenant|Brigadier|Marshal|"
                                  r"Commander|Sergeant|Premier|President|Governor|Viceroy|Minister)[ \t]$",
                                  text[max(0, name_start - 20):name_start]):
            continue         # the end of a longer capitalised name read by no one: leave it
        out.append(Candidate(name_start, name_end, "PERSON", "rule:en_possessive_commander", PERSON_PRIORITY))


def _titled(text: str, out: list) -> None:
    for m in _TITLE_RE.finditer(text):
        if _TITLE_NOT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        words = m.group("name").split()
        if words[0] in _NOT_NAME:
            continue
        if words[-1] in _PLACE_HEADS or words[0] in _PLACE_HEADS:
            if len(words) == 1:
                continue
            words = words[:1]
        start = m.start("name")
        end = start + len(words[0]) if len(words) == 1 else m.end("name")
        if m.group("num") and len(words) == 2:
            end = m.end("num")
        elif m.group("num") and len(words) == 1 and end == m.end("name"):
            end = m.end("num")
        if text[end - 1] in "'\u2019-":
            end -= 1
        if any(c.label != "PERSON" and c.start <= start and end <= c.end for c in out):
            continue         # a place or a ship read already
        if m.group("title") not in ("Emperor", "Empress"):
            for c in [c for c in out if c.label == "PERSON" and c.start == m.start() and start < c.end <= end]:
                out.remove(c)      # 'Baron Komura' read with its title: the title is outside (rule 1)
        if any(c.label == "PERSON" and c.start < end and start < c.end and c.start >= m.start("name") for c in out) \
                and not m.group("num"):
            continue         # the name is read already without its title
        out.append(Candidate(start, end, "PERSON", "rule:en_titled_name", PERSON_PRIORITY + 2))


def _regnal(text: str, out: list) -> None:
    given_names = _given

    given = None
    for start, end, name in _regnal_matches(text):
        if given is None:
            given = given_names()
        if name not in given:
            continue
        if _TITLE_NOT_BEFORE.search(text, max(0, start - 24), start):
            continue
        if any(c.label != "PERSON" and c.start <= start and end <= c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_regnal_name", PERSON_PRIORITY + 2))


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


def _river_banks(text: str, out: list) -> None:
    for m in _BANK_RE.finditer(text):
        drop = [c for c in out if c.label == "ORG" and c.start <= m.start("river") and m.end("river") <= c.end
                and c.start < m.start("river")]
        for c in drop:
            out.remove(c)
        if drop or not _covered(out, m.start("river"), m.end("river"), None):
            out.append(Candidate(m.start("river"), m.end("river"), "LOC", "rule:en_river_bank", 40))


_FRENCH_GIVEN = frozenset("""
Jean Baptiste Marie Pierre Paul Louis Antoine Marc Armand Alexandre Joseph François Francois Jacques Charles Henri
Philippe Michel Claude Georges Auguste Étienne Etienne Gabriel Victor André Andre Émile Emile Félix Felix Frédéric
Honoré Hippolyte Amédée Anne Christophe Dominique Eugène Eugene Ferdinand Gustave Léon Leon Lucien Maurice Nicolas
Olivier Pascal René Rene Sébastien Théodore Vincent Xavier Yves Albert Édouard Edouard Adolphe Aimé Alphonse Denis
Désiré Fernand Firmin Ignace Jules Laurent Marcel Martin Mathieu Noël Raoul Roger Simon Thomas Hugues Guy Gilles
Camille Casimir Benoît Bernard Didier Edmond Emmanuel Gaston Germain Guillaume Hector Jérôme Joachim Léopold Luc
Marius Maximilien Octave Prosper Raymond Robert Romain Sylvain Valentin Hubert Gérard Ange Aristide Clément Pie
Elie Élie Marthe Thérèse Louise Hélène Madeleine Jeanne Anatole Théophile Eudes Godefroy Régis Rémy Honore
""".split())
_UPPER = "A-Z\u00c0-\u00de"
_LOWER = "a-z\u00df-\u00ff"
_HYPHEN_GIVEN_RE = guarded(re.compile(
    rf"(?<![\w'\u2019-])(?P<g1>[{_UPPER}][{_LOWER}]{{1,12}})-(?P<g2>[{_UPPER}][{_LOWER}]{{1,12}})"
    rf"(?P<s>(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|de|du|des|d'|von|van)[ \t]*)?[{_UPPER}][{_LOWER}']{{1,20}}"
    rf"(?:-[{_UPPER}][{_LOWER}]{{1,20}})?){{1,2}})(?![\w'\u2019-])"))


def _hyphen_given_matches(text: str):
    """The matches of _HYPHEN_GIVEN_RE, tried only at the words before a hyphen between a small and a capital letter."""
    pos = text.find("-")
    while pos >= 0:
        if 0 < pos < len(text) - 1 and text[pos - 1].islower() and text[pos + 1].isupper():
            start = pos - 1
            while start > 0 and pos - start < 14 and text[start - 1].isalpha():
                start -= 1
            m = _HYPHEN_GIVEN_RE.match(text, start)
            if m:
                yield m
        pos = text.find("-", pos + 1)


def _hyphen_given(text: str, out: list) -> None:
    given_names = _given

    given = None
    for m in _hyphen_given_matches(text):
        if given is None:
            given = given_names() | _FRENCH_GIVEN
        if m.group("g1") not in given or m.group("g2") not in given:
            continue
        words = m.group("s").split()
        end = m.end()
        if len(words) > 1 and words[-1] in _NOT_PERSON | _PLACE_HEADS:
            end = m.end() - len(words[-1]) - 1
            while text[end - 1] in " \t":
                end -= 1
        if words[0] in _NOT_PERSON or words[0] in _PLACE_HEADS:
            continue
        if any(c.label != "PERSON" and c.start <= m.start() and end <= c.end for c in out):
            continue
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_hyphen_given_name", PERSON_PRIORITY + 2))


_ACCENTED = re.compile("[\u00c0-\u00ff]")
_ACCENTED_SURNAME_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<g>[{_UPPER}][{_LOWER}]{{1,12}})[ \t]+"
    rf"(?P<s>[{_UPPER}][{_LOWER}]{{0,14}}[\u00c0-\u00ff][{_LOWER}]{{0,14}}(?:-[{_UPPER}][{_LOWER}]{{1,20}})?)(?![\w'\u2019-])")


def _accented_surnames(text: str, out: list) -> None:
    """'Henri Rivière', 'Édouard Lagrée': a Western given name before a surname with an accented letter."""
    given_names = _given

    given = given_names() | _FRENCH_GIVEN
    for hit in _ACCENTED.finditer(text):
        lo = max(0, hit.start() - 40)
        for m in _ACCENTED_SURNAME_RE.finditer(text, lo, min(len(text), hit.end() + 20)):
            if not m.start("s") <= hit.start() < m.end("s") or m.group("g") not in given:
                continue
            if any(c.start <= m.start() and m.end() <= c.end for c in out):
                continue
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_accented_surname", PERSON_PRIORITY + 2))


_HEAD_NAME_RE = re.compile(rf"(?<![\w'\u2019-])(?P<n>[{_UPPER}][{_LOWER}'\u2019]{{1,20}}(?:[ \t]+[{_UPPER}][{_LOWER}'\u2019]{{1,20}})?)"
                           r"[ \t]+$")
_HEAD_STOP = frozenset("The A An In At On Of By For From To With Into Across Along Near Over Under After Before "
                       "During When While Since Until And Or But Then Its His Her Their This That These Those North "
                       "South East West Northern Southern Eastern Western Central Upper Lower Japanese Chinese British "
                       "American Allied Soviet Russian Korean Indian Burmese Nationalist Communist Enemy Great City "
                       "Old New Main Outer Inner Front Rear High Low Sea Stone Brick Mud".split())


def _headed(text: str, out: list, head: str, label: str) -> None:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    pos = text.find(" " + head)
    while pos >= 0:
        end = pos + 1 + len(head)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-'\u2019"):
            m = _HEAD_NAME_RE.search(text, max(0, pos - 44), pos + 1)
            if m:
                words = m.group("n").split()
                start = m.start("n")
                while words and words[0] in _HEAD_STOP:
                    start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
                    words = words[1:]
                if words and start >= 0 and not any(common_word(w) for w in words) \
                        and not any(c.start < end and start < c.end and c.label not in ("GPE", "LOC", "PERSON")
                                    for c in out):
                    for c in [c for c in out if c.start >= start and c.end <= end and c.label in ("GPE", "LOC", "PERSON")]:
                        out.remove(c)
                    out.append(Candidate(start, end, label, "rule:en_audit_head", 44))
        pos = text.find(" " + head, end)


_JOINED_LINE_RE = re.compile(rf"(?<![\w'\u2019-])(?P<a>[{_UPPER}][{_LOWER}]{{2,20}})[-\u2013](?P<b>[{_UPPER}][{_LOWER}]{{2,20}})"
                             r"[ \t]+\Z")


def _joined_line_matches(text: str):
    for word in ("line", "railway", "railroad", "Railway", "Railroad", "Line"):
        pos = text.find(" " + word)
        while pos >= 0:
            end = pos + 1 + len(word)
            if end >= len(text) or not (text[end].isalnum() or text[end] in "-"):
                m = _JOINED_LINE_RE.search(text, max(0, pos - 44), pos + 1)
                if m:
                    yield m, end
            pos = text.find(" " + word, end)


def _joined_lines(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = None
    for m, end in _joined_line_matches(text):
        if names is None:
            names = english_names()
        if m.group("a") in _NOT_PERSON or m.group("b") in _NOT_PERSON or m.group("a").endswith("o"):
            continue          # 'Anglo-French line', 'Sino-Japanese line': peoples, not places
        known = [names.get(m.group(g)) for g in ("a", "b")]
        if not any(k is not None and k[0] in ("GPE", "LOC") for k in known):
            continue
        if any(c.label == "FAC" and c.start <= m.start() and end <= c.end for c in out):
            continue
        for c in [c for c in out if c.start >= m.start() and c.end <= end and c.label in ("GPE", "LOC")]:
            out.remove(c)
        out.append(Candidate(m.start(), end, "FAC", "rule:en_joined_line", 46))


_APPOSITIVE_RE = re.compile(
    r",[ \t]+an?[ \t]+(?:(?:small|large|little|big|tiny|fortified|walled|market|coastal|mountain|border|key|"
    r"strategic|rocky|wooded|nearby|fishing|river|important|major|minor|remote|frontier)[ \t]+){0,2}"
    r"(?P<k>island|islet|village|town|hamlet|city|port|river|stream|mountain|peak|hill|pass|valley|bay|fort|fortress)"
    r"(?![\w-])")
_APPOSITIVE_LABEL = {"island": "LOC", "islet": "LOC", "river": "LOC", "stream": "LOC", "mountain": "LOC",
                     "peak": "LOC", "hill": "LOC", "pass": "LOC", "valley": "LOC", "bay": "LOC", "village": "GPE",
                     "town": "GPE", "hamlet": "GPE", "city": "GPE", "port": "GPE", "fort": "FAC", "fortress": "FAC"}


_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>[{_UPPER}][{_LOWER}'\u2019-]{{1,20}}(?:[ \t]+[{_UPPER}][{_LOWER}'\u2019-]{{1,20}}){{0,2}})$")


def _appositives(text: str, out: list) -> None:
    for m in _APPOSITIVE_RE.finditer(text):
        name = _NAME_BEFORE_COMMA.search(text[max(0, m.start() - 64):m.start()])
        if not name:
            continue
        words = name.group("n").split()
        start = m.start() - len(name.group("n"))
        while words and words[0] in _HEAD_STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if not words or start < 0 or words[0] in _NOT_PERSON:
            continue
        end = m.start()
        label = _APPOSITIVE_LABEL[m.group("k")]
        if any(c.start <= start and end <= c.end for c in out):
            continue          # read already as a whole (or inside a longer name)
        if any(c.start < end and start < c.end and not (start <= c.start and c.end <= end) for c in out):
            continue          # crossing another reading
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC")]:
            out.remove(c)
        out.append(Candidate(start, end, label, "rule:en_appositive_kind", 44))


_ASPIRATION_RE = re.compile("(?<=[A-Za-z])[`\u02bb\u2018](?=[a-z])")


def aspiration_marks(text: str) -> str:
    """`text` with the Wade-Giles aspiration marks ` and \u02bb (and \u2018 between letters) as '; same length."""
    if "`" in text or "\u02bb" in text or "\u2018" in text:
        return _ASPIRATION_RE.sub("'", text)
    return text


_PERSON_NOUNS = (r"man|woman|officer|adventurer|American|Englishman|Frenchman|German|Russian|Briton|Scot|Irishman|"
                 r"Dane|Swede|Norwegian|Italian|Australian|Canadian|soldier|sailor|missionary|merchant|trader|general|"
                 r"colonel|captain|major|lieutenant|sergeant|corporal|private|boy|girl|agent|spy|interpreter|doctor|"
                 r"priest|pilot|engineer|mercenary|lad|fellow|chief|leader|commander|veteran|farmer|peasant|student|"
                 r"teacher|journalist|correspondent|official|clerk|servant")
_NOUN_BEFORE_RE = re.compile(rf"\b(?:{_PERSON_NOUNS}),?[ \t]+\Z")
_NAME_AFTER_RE = re.compile(rf"[ \t]+(?P<n>[{_UPPER}][{_LOWER}'\u2019-]{{1,20}}(?:[ \t]+[{_UPPER}][{_LOWER}'\u2019-]{{1,20}}){{0,2}})"
                            r"(?![\w'\u2019-])")


def _named_matches(text: str):
    for word in ("named", "called"):
        pos = text.find(" " + word + " ")
        while pos >= 0:
            if _NOUN_BEFORE_RE.search(text, max(0, pos - 24), pos + 1):
                m = _NAME_AFTER_RE.match(text, pos + 1 + len(word))
                if m:
                    yield m
            pos = text.find(" " + word + " ", pos + 1)


def _named(text: str, out: list) -> None:
    for m in _named_matches(text):
        start, end = m.span("n")
        if m.group("n").split()[0] in _NOT_PERSON:
            continue
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "ORG")]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_named_person", PERSON_PRIORITY + 2))


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


_VIET_ONLY = "\u01a0\u01a1\u01af\u01b0\u0110\u0111\u0102\u0103\u1ea0-\u1ef9"
_VIET_CHAR_RE = re.compile(f"[{_VIET_ONLY}]")
_VIET_LETTERS = f"a-z\u00c0-\u00ff\u0128\u0129\u0168\u0169{_VIET_ONLY}"   # with ĩ ũ (Vĩnh, Dũng)
_VIET_RUN_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>[A-Z\u00c0-\u00de{_VIET_ONLY}][{_VIET_LETTERS}]{{0,7}}"
    rf"(?:[ \t]+[A-Z\u00c0-\u00de{_VIET_ONLY}][{_VIET_LETTERS}]{{0,7}}){{0,3}})(?![\w'\u2019-])")
_PLACE_PREP_RE = re.compile(r"\b(?:of|at|in|from|to|near|toward|towards|into|around|outside|across|beyond|reached|"
                            r"captured|took|occupied|evacuated|besieged)[ \t]+(?:the[ \t]+(?:village|town|city|"
                            r"citadel|fortress|province)[ \t]+of[ \t]+)?\Z")
_PERSON_TITLE_RE = re.compile(r"\b(?:General|Emperor|King|President|Prince|Marshal|Colonel|Commander|Mandarin|"
                              r"Viceroy|Governor|Minister|Premier|Lieutenant|Captain|Major|Admiral|Mr|Dr)\.?[ \t]+\Z")


# an infobox's place row ('- Place: , Ấp Bắc, Châu Thành, Định Tường Province'): every name of it is a place
_PLACE_ROW_RE = re.compile(r"(?:^|\n)[ \t*\u2022-]*(?:Place|Location)[ \t]*:?[^\n:]{0,40}\Z")
_RUN_TITLE_RE = re.compile(r"(?:General|Emperor|King|President|Prince|Marshal|Colonel|Commander|Mandarin|Viceroy|"
                           r"Governor|Minister|Premier|Lieutenant|Captain|Major|Admiral)[ \t]+")


_VIET_FAC_HEADS = frozenset("Airbase Airfield Airport Airstrip Base Bridge Camp Road Highway Railway Citadel Fort "
                            "Outpost Firebase".split())
_VIET_LOC_HEADS = frozenset("River Mountain Mountains Pass Valley Delta Plateau Hill Hills Island Bay Lake Forest "
                            "Plain Ridge".split())


def _vietnamese(text: str, out: list) -> None:
    done = -1
    for hit in _VIET_CHAR_RE.finditer(text):
        if hit.start() < done:
            continue
        for m in _VIET_RUN_RE.finditer(text, max(0, hit.start() - 40), min(len(text), hit.end() + 40)):
            if not m.start() <= hit.start() < m.end():
                continue
            done = m.end()
            start, end = m.span("n")
            title = _RUN_TITLE_RE.match(text, start, end)   # 'General Vĩnh Lộc': the title opens the run
            if title and _VIET_CHAR_RE.search(text, title.end(), end):
                start = title.end()
            if any(c.start < end and start < c.end for c in out):
                break         # read already (the lexicon's Vietnamese places, a longer name)
            before = text[max(0, start - 40):start]
            if _PERSON_TITLE_RE.search(before):
                label = "PERSON"
            elif _PLACE_PREP_RE.search(before) or _PLACE_ROW_RE.search(before):
                head = text[start:end].split()[-1]
                # the run's own head word decides (auditen6): 'Thân Cửu Nghĩa Airbase' FAC, 'Sông Bé River' LOC
                label = "FAC" if head in _VIET_FAC_HEADS else "LOC" if head in _VIET_LOC_HEADS else "GPE"
            else:
                break
            out.append(Candidate(start, end, label, "rule:en_vietnamese_spelling", 43))
            break


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
