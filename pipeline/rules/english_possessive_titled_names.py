"""English person names read by their form: possessives before a force, titles, regnal names, hyphenated given
names, accented surnames, persons introduced by `named`/`called`, and full names again at their other mentions.

- `find_possessive_titled_names(text, out)`: a commander's possessive before his force (`Hodge's 24th Corps`,
  `Briggs's 5th Indian Division`, `Lambert's main column`; a country, place or organisation read there stays); a
  sovereign or noble title before a name (`Tsar Nicholas II`, `Count Witte`: title outside, rule 1; not `1st Earl
  Beatty`, ships or places); a bare regnal name (a common Western given name + a Roman numeral II–XIX: `Edward VII`).
- `find_hyphen_accented_names(text, out)`: a French compound given name with a hyphen before a surname
  (`Jean-Baptiste Dumont`, `Louis-Alexandre Brière de l'Isle`); a given name before an accented surname (`Henri
  Rivière`).
- `find_named_called_persons(text, out)`: a person introduced by `named`/`called` after a word for a person (`an
  American adventurer named Ward`; `a ship named Orlando` is not).
- (session 29, s29enname) a rebel, bandit or partisan leader's following and what befalls only a man, after an
  unknown name's possessive (`X's faction`, `X's band`, `X's gang`, `X's followers`, `X's guerrilla army` in lower case, `X's
  entire convoy`, `X's arrest`, `X's widow`): the name is a PERSON, as before a force (never `X's capture` or
  `X's fall`, which a town suffers too).
- `full_name_mentions(text, chosen)` (document level, with the surname mentions of pipeline.rules.english): a PERSON
  of two or more words read once is the same PERSON at its other occurrences of the same form that no other reading
  covers.
Also the vocabulary the other readings share: _NOT_PERSON, _PLACE_HEADS, the letter classes _UPPER/_LOWER, _given,
_covered.

Each reading is anchored on a literal (`'s`/`’s`, a title word, a Roman numeral, `-`, an accented letter, `named`)
tested with `in` before its pattern runs.
Provenance: first seen by auditing fresh English pages (session 10, helper auditen1); was english_audit_person_forms
with the generator and full-name mentions of english_audit_forms, renamed and joined in session 24.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PERSON_PRIORITY = 45

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
    r"entire|rear|flying|mounted|old|new|first|second|third"
    # the qualifiers of a partisan leader's following (session 29, s29enname: `X's guerrilla army`, `X's personal bodyguard`)
    r"|guerrilla|guerilla|rebel|partisan|peasant|personal|armed)[ \t]+){0,2}"
    r"(?:army|armies|force|forces|troops|column|columns|brigade|brigades|division|divisions|corps|regiment|"
    r"regiments|battalion|battalions|fleet|squadron|cavalry|detachment|garrison|guerrillas|men"
    # the arms of a Victorian commander's force (`Pellow's infantry`, `Dunmore's guns`; session 18, r18en)
    r"|infantry|artillery|guns|battery|batteries|horse|sepoys|riflemen|skirmishers|gunners|sappers|levies"
    # a commander's place in the order of battle (`Oku's flank`, `X's sector`, `under X's command`; s19enunit)
    r"|line|lines|flank|flanks|front|sector|headquarters|command|staff"
    # a rebel, bandit or partisan leader's following and what befalls him, said of no place (session 29, s29enname:
    # `X's faction`, `X's band`, `X's convoy`, `X's followers`, `X's arrest`, `X's widow`)
    r"|followers|band|bands|gang|gangs|bodyguard|bodyguards|faction|partisans|henchmen|lieutenants|supporters"
    r"|adherents|warriors|tribesmen|fighters|rebels|insurgents|convoy|camp|hideout|arrest|execution|assassination"
    r"|wife|widow|son|sons|daughter|daughters|brother|brothers|father|mother)\b")
NOT_PERSON = frozenset("""
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


@lru_cache(maxsize=1)
def _given() -> frozenset:
    from pipeline.rules.english_infobox import given_names  # noqa: PLC0415

    return given_names()


def covered(out: list, start: int, end: int, labels=None) -> bool:
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
        if words[0] in NOT_PERSON or words[-1] in NOT_PERSON:
            continue
        if len(words) == 2 and words[0] in ("General", "Colonel", "Major", "Captain", "Admiral", "Lieutenant"):
            continue
        if after not in units and not _FORCE_NOUN_RE.match(text, after):
            continue
        if covered(out, name_start, name_end, None):
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
UPPER = "A-Z\u00c0-\u00de"
LOWER = "a-z\u00df-\u00ff"
_HYPHEN_GIVEN_RE = guarded(re.compile(
    rf"(?<![\w'\u2019-])(?P<g1>[{UPPER}][{LOWER}]{{1,12}})-(?P<g2>[{UPPER}][{LOWER}]{{1,12}})"
    rf"(?P<s>(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|de|du|des|d'|von|van)[ \t]*)?[{UPPER}][{LOWER}']{{1,20}}"
    rf"(?:-[{UPPER}][{LOWER}]{{1,20}})?){{1,2}})(?![\w'\u2019-])"))


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
        if len(words) > 1 and words[-1] in NOT_PERSON | _PLACE_HEADS:
            end = m.end() - len(words[-1]) - 1
            while text[end - 1] in " \t":
                end -= 1
        if words[0] in NOT_PERSON or words[0] in _PLACE_HEADS:
            continue
        if any(c.label != "PERSON" and c.start <= m.start() and end <= c.end for c in out):
            continue
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_hyphen_given_name", PERSON_PRIORITY + 2))


_ACCENTED = re.compile("[\u00c0-\u00ff]")
_ACCENTED_SURNAME_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<g>[{UPPER}][{LOWER}]{{1,12}})[ \t]+"
    rf"(?P<s>[{UPPER}][{LOWER}]{{0,14}}[\u00c0-\u00ff][{LOWER}]{{0,14}}(?:-[{UPPER}][{LOWER}]{{1,20}})?)(?![\w'\u2019-])")


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


_PERSON_NOUNS = (r"man|woman|officer|adventurer|American|Englishman|Frenchman|German|Russian|Briton|Scot|Irishman|"
                 r"Dane|Swede|Norwegian|Italian|Australian|Canadian|soldier|sailor|missionary|merchant|trader|general|"
                 r"colonel|captain|major|lieutenant|sergeant|corporal|private|boy|girl|agent|spy|interpreter|doctor|"
                 r"priest|pilot|engineer|mercenary|lad|fellow|chief|leader|commander|veteran|farmer|peasant|student|"
                 r"teacher|journalist|correspondent|official|clerk|servant")
_NOUN_BEFORE_RE = re.compile(rf"\b(?:{_PERSON_NOUNS}),?[ \t]+\Z")
_NAME_AFTER_RE = re.compile(rf"[ \t]+(?P<n>[{UPPER}][{LOWER}'\u2019-]{{1,20}}(?:[ \t]+[{UPPER}][{LOWER}'\u2019-]{{1,20}}){{0,2}})"
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
        if m.group("n").split()[0] in NOT_PERSON:
            continue
        for c in [c for c in out if start <= c.start and c.end <= end and c.label in ("GPE", "LOC", "ORG")]:
            out.remove(c)
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_named_person", PERSON_PRIORITY + 2))


_TITLE_GUARD = re.compile(r"Tsar|Czar|Kaiser|King |Queen |Pope |Emperor |Empress |Sultan |Shah |Duke |Duchess |"
                          r"Prince|Count|Baron|Marquis|Marquess|Marchioness|Viscount")


def find_possessive_titled_names(text: str, out: list) -> None:
    if "'s " in text or "\u2019s " in text or "s' " in text or "s\u2019 " in text:
        _possessives(text, out)
    if _TITLE_GUARD.search(text):
        _titled(text, out)
    if " I" in text or " V" in text or " X" in text:
        _regnal(text, out)      # anchored on the numeral


def find_hyphen_accented_names(text: str, out: list) -> None:
    if "-" in text:
        _hyphen_given(text, out)
    if _ACCENTED.search(text):
        _accented_surnames(text, out)


def find_named_called_persons(text: str, out: list) -> None:
    if " named " in text or " called " in text:
        _named(text, out)


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
