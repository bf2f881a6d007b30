"""Persons named by one word, by an apposition or by a gloss (session 17, helper auditen22, from an audit of
English history pages on late Qing China, the Taiping war, Manchuria 1931, Korea 1919 and Indonesia 1945).

History prose names rulers, consorts and leaders by ONE word (`the emperor Xianfeng`, `his aunt Cixi`, `Sukarno`)
which neither a two-part name shape nor a title (capitalised `Emperor X`) announces. What marks them is English
grammar around the word (spec rule 1: the title or the kinship word is outside the PERSON):

- Role noun before a name: a lower-case royal, court or kinship noun (`emperor`, `empress`, `consort`,
  `concubine`, `regent`, `aunt`, `half-brother`, `son`, `wife` ...) followed by a capitalised word (or two) that
  is no everyday word, month, title or nationality: that word is a PERSON (`the Qing emperor Guangxu`,
  `the senior consort Ci'an`, `Xianfeng's half-brother Gong`). A place read by the lexicon there gives way (an
  emperor's reign name is often a county's name too).
- Post before a name: `the|a` (+ a capitalised qualifier) + a post or calling said of one person (`warlord`,
  `reformer`, `viceroy`, `eunuch`, `commissioner` ...) + a capitalised name that is no everyday word and that no
  lexicon reads as something else (`the Taiping rebel Daquan`, `the viceroy Chunglin`).
- Apposition: a plural or singular person noun, a comma and a list of capitalised names closed by a comma or a
  verb (`the more senior leaders, Sukarno and Mohammad Hatta, a group`; `its chairman, Sukarno, was`); and a
  name followed by `, a|an <person noun>` (`captured Hong Daquan, a rebel who`): PERSON, where no lexicon or
  longer span reads the name as something else (a shape-read place gives way).
- One reading per paragraph: a single-word name read as PERSON by any finder is PERSON at its other mentions in
  the same paragraph (`Cixi was a consort ... Cixi ruled alone`; `Ci'an` and `Ci\u2019an` are one name).
- A Chinese-character gloss right after a romanised PERSON (`Hung Kuo-yu 洪國游`) is the same person, PERSON.
- A name given by a name frame: `childhood|courtesy|personal|given|posthumous|temple|literary name (was)? X`
  and the `(T. X` / `(H. X` courtesy and style names of biographical dictionaries (ECCP).
- (session 29, s29enname) A leader's post in the colonial, civil and partisan wars (`leader`, `chief`, `chieftain`,
  `headman`, `bandit`, `brigand`, `outlaw`, `insurgent`, `guerrilla`, `partisan`, `kurbashi`, `mullah`, `imam`, `emir`,
  `naib`, `caudillo`, `cacique`, `ataman`, `hetman`, `officer`, `commandant`, `adjutant`, `aide`, `courier`, `scout`,
  `interpreter`, `spy`, `informer`, `ringleader`, `henchman`, `bodyguard`, `deputy`, `lieutenant`, `rebel`, `warlord`)
  after an article or a possessive (a capitalised or lower-case qualifier may follow it), or after a qualifier alone
  (`by guerrilla chief X`, `the rebel leader X Y`, `their leader X`): the name after it is a PERSON where none of its
  words is an everyday word (`the chief Engineer`); a lexicon's place of that name gives way (a town may bear a
  leader's name), a unit, body or event does not. The appositive callings now take up to two adjectives (`X, a
  husky tenant farmer`) and the callings of memoirs that are no adjective before a place's noun (lawyer, doctor,
  clerk, lieutenant, colonel, sergeant, corporal, tribesman, landowner, spy, interpreter, courier, druggist).

Criteria: the role nouns are the royal and court ranks and the English kinship nouns; the person nouns after
an apposition are occupations and roles said only of people. Written for zhanji from how English prose forms
these names, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.lexicons import longest_first
from pipeline.rules.english_lexicon import english_names
from pipeline.rules.english_person_clauses import TITLE_WORDS, everyday_word
from pipeline.rules.english_place_context import STOP, common_word
from pipeline.rules.names_common import canonical_norm
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PRIORITY = 47

_ROLE = (r"(?:emperor|empress|consort|concubine|regent|king|queen|prince|princess|khan|sultan|shogun|tsar"
         r"|aunt|uncle|(?:half-|step-|grand|great-grand)?(?:brother|sister|son|daughter|father|mother)"
         r"|nephew|niece|cousin|wife|husband|widow|heir|successor|predecessor|disciple|protégé)")
_PERSON_NOUN = (r"(?:leaders?|chairman|president|rebels?|farmers?|merchants?|missionar(?:y|ies)|officers?|officials?"
                r"|activists?|scholars?|students?|generals?|commanders?|soldiers?|warlords?|revolutionar(?:y|ies)"
                r"|reformers?|nationalists?|ministers?|envoys?|diplomats?|veterans?|teachers?|poets?|writers?"
                r"|journalists?|eunuchs?|bandits?|pirates?|chieftains?|headman|monks?|priests?|founders?"
                # callings and ranks of the colonial and civil wars' memoirs, none of them an adjective before a
                # place's noun (session 29, s29enname: not 'major', 'chief', 'guerrilla', 'peasant', 'private')
                r"|lawyers?|doctors?|clerks?|lieutenants?|colonels?|sergeants?|corporals?|tribesm[ae]n|landowners?"
                r"|spy|spies|interpreters?|couriers?|druggists?|ranch[ \t]+hands?)")
_TOKEN = r"[A-Z][a-zāáǎàēéěèīíǐìōóǒòūúǔùüöé]{1,14}(?:['\u2019][a-z]{2,8}|-[a-zA-Z][a-z]{1,8})?"
_NAME = rf"{_TOKEN}(?:[ \t]{_TOKEN}){{0,2}}"
_END = r"(?![\w-]|['\u2019]\w{2})"

ROLE_RE = re.compile(rf"(?<![\w-]){_ROLE}[ \t]+(?P<name>{_NAME}){_END}")
# posts and callings said of one person (`the warlord X`, `the viceroy X`): the name must be no everyday word
_POST = (r"(?:warlord|reformer|rebel|viceroy|governor|eunuch|minister|commissioner|statesman|admiral|scholar|poet"
         r"|missionary|merchant|bandit|chieftain|premier|chairman|dictator|envoy|diplomat|revolutionary|philosopher)")
POST_RE = re.compile(rf"(?<![\w-])(?:the|The|a|A)[ \t]+(?:[A-Z][a-z]+[ \t]+)?{_POST}[ \t]+(?P<name>{_NAME}){_END}")
# (session 29, s29enname) the leaders, men of their bands and officers of the colonial, civil and partisan wars:
# `the rebel leader X`, `guerrilla chief X`, `their leader X`, `the Mau Mau leader X`, `the mullah X`, `his aide X`.
# Before the post stands an article or a possessive (a capitalised or lower-case qualifier may follow it), or
# one of the qualifiers below alone (`by guerrilla chief X`); a place read by a lexicon gives way to the name there
# (`the rebel chief Obando`: a town of that name exists), a unit, body or event does not.
_LEADER_POST = (r"(?:leader|chief|chieftain|headman|brigand|outlaw|insurgent|guerrilla|guerilla|partisan|kurbashi"
                r"|mullah|imam|emir|naib|caudillo|cacique|ataman|hetman|officer|commandant|adjutant|aide|courier|scout"
                r"|interpreter|spy|informer|ringleader|henchman|bodyguard|deputy|lieutenant|bandit|rebel|warlord)")
_LEADER_QUALIFIER = (r"(?:rebel|guerrilla|guerilla|bandit|insurgent|partisan|tribal|local|village|resistance|militia"
                     r"|nationalist|separatist|communist|peasant|clan|robber|outlaw|brigand|gang|band|rival|former"
                     r"|notorious|famous|legendary|veteran|young|old|second|chief|senior|junior|military|political)")
# the post and the name found first (a first-character guard skips most of the text), what stands before the post read
# back from it in a short window
LEADER_POST_RE = re.compile(rf"(?<![\w-]){_LEADER_POST}[ \t]+(?P<name>{_NAME}){_END}")
LEADER_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:(?:(?:the|The|a|A|his|His|her|their|Their|its|our)[ \t]+(?:(?:[A-Z][a-z]+[ \t]+){{1,2}}"
    rf"|(?:{_LEADER_QUALIFIER}[ \t]+){{0,2}}))|(?:{_LEADER_QUALIFIER}[ \t]+){{1,2}})$")
# (session 29, s29enname) a capitalised post of one man before his name in commas ('the Adjutant, X, appeared')
_CAPITAL_POST = r"(?:Adjutant|Commandant|Governor|Commissioner|Resident|Consul|Mayor|Sultan|Emir|Headman|Chieftain)"
APPOS_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{_PERSON_NOUN}|(?<=[Tt]he[ \t]){_CAPITAL_POST}),[ \t]+(?P<list>{_NAME}(?:,[ \t]+{_NAME}){{0,4}}"
                             rf"(?:,?[ \t]+and[ \t]+{_NAME})?),[ \t]")
# (session 29, s29enname) up to two lower-case words before the person noun ('X, a husky tenant farmer')
APPOS_AFTER_RE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME}),[ \t]+an?[ \t]+(?:[a-z]+[ \t]+){{0,2}}{_PERSON_NOUN}\b")
_ITEM_RE = re.compile(_NAME)
FRAME_RE = re.compile(r"(?:\b(?:childhood|courtesy|personal|given|posthumous|temple|literary|style|milk|birth|original)"
                      r"[ \t]+name[ \t]+(?:was[ \t]+|is[ \t]+|of[ \t]+)?[\"\u201c]?|\((?:T|H)\.[ \t]+)"
                      rf"(?P<name>{_TOKEN}(?:[ \t]{_TOKEN})?|[\u4e00-\u9fff]{{2,3}}(?![\u4e00-\u9fff])){_END}")
HAN_GLOSS_RE = re.compile(r"[ \t]?(?P<han>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+[a-rtvxyz]s$")
_QUOTE = str.maketrans({"\u2019": "'"})
_NOT_NAMES = STOP - {"Hong", "Kong", "Yat", "Sen", "Kai", "Shek"}     # Chinese syllables that are names too


def _namelike(name: str, everyday: bool = True) -> bool:
    """Every word of `name` capitalised and none a month, title, nationality or party (nor, with `everyday`, an
    everyday English word: after a kinship or court noun `Gong` or `Rose` is a name)."""
    return not any(w in _NOT_NAMES or w in TITLE_WORDS or everyday and everyday_word(w.translate(_QUOTE).split("'")[0])
                   for w in name.split())


def _claim(out: list, start: int, end: int, source: str, give_way: tuple = ("GPE",), norm: dict | None = None) -> bool:
    """Add PERSON start..end unless a longer or other-label span (other than those that give way) covers it."""
    over = [c for c in out if c.start < end and start < c.end]
    for c in over:
        if c.label == "PERSON" and (c.start, c.end) == (start, end) and c.priority < PRIORITY:
            continue                          # the same name read by a weaker frame: this reading is the surer one
        if c.label == "PERSON" and c.start <= start and c.end >= end:
            return False                      # read already (maybe with more of the name)
        if c.label != "PERSON" and not (c.label in give_way and c.start >= start and c.end <= end):
            return False
        if c.label == "PERSON" and (c.start < start or c.end > end):
            return False
    out[:] = [c for c in out if c not in over]
    out.append(Candidate(start, end, "PERSON", source, PRIORITY, norm or {}))
    return True


def _roles(text: str, out: list) -> None:
    for m in ROLE_RE.finditer(text):
        name = m.group("name")
        if _namelike(name, everyday=False):
            _claim(out, m.start("name"), m.end("name"), "rule:en_role_name")
    for m in POST_RE.finditer(text):
        name = m.group("name")
        if _PEOPLE_PLURAL.search(name):
            continue        # `the rebel Taipings`: a people or party in the plural
        if _namelike(name) and not any(c.source.startswith("lexicon") and c.label != "PERSON" and c.start < m.end()
                                       and m.start("name") < c.end for c in out):
            _claim(out, m.start("name"), m.end("name"), "rule:en_role_name", ())
    if "leader" in text or "chief" in text or "officer" in text or "ullah" in text or "bandit" in text \
            or "rebel" in text or "guer" in text or "aide" in text or "lieutenant" in text or "mam " in text:
        for m in LEADER_POST_RE.finditer(text):
            if not LEADER_BEFORE_RE.search(text, max(0, m.start() - 48), m.start()):
                continue
            name = m.group("name")
            if _PEOPLE_PLURAL.search(name) or not _namelike(name) or any(common_word(w) for w in name.split()):
                continue    # `the chief Engineer`: an everyday word after the post is no name
            if any(c.label not in ("PERSON", "GPE") and c.start < m.end() and m.start("name") < c.end for c in out):
                continue    # a unit, body, event or structure of these words
            _claim(out, m.start("name"), m.end("name"), "rule:en_role_name", ("GPE",))


# every match of APPOS_AFTER_RE holds `, a ` or `, an ` (rare: about one paragraph in six), which one C search finds;
# the pattern itself opens with a look-behind, so re would try it at every place of the paragraph
_APPOS_AFTER_GATE = re.compile(r",[ \t]+an?[ \t]")


def appos_after_finditer(text: str):
    """`APPOS_AFTER_RE.finditer(text)`, none where the text holds no `, a(n) `."""
    return APPOS_AFTER_RE.finditer(text) if _APPOS_AFTER_GATE.search(text) else iter(())


def _appositions(text: str, out: list) -> None:
    for m in APPOS_BEFORE_RE.finditer(text):
        base = m.start("list")
        items = [(base + i.start(), base + i.end()) for i in _ITEM_RE.finditer(m.group("list"))]
        if all(_namelike(text[s:e]) and text[s:e] not in english_names() or
               any(c.label == "PERSON" and c.start == s and c.end == e for c in out) for s, e in items):
            for s, e in items:
                _claim(out, s, e, "rule:en_apposition_name", ("GPE", "LOC"))
    for m in appos_after_finditer(text):
        name = m.group("name")
        if _namelike(name) and name not in english_names():
            s, e = m.span("name")
            if not any(c.start < e and s < c.end and c.source.startswith("lexicon") for c in out):
                _claim(out, s, e, "rule:en_apposition_name", ("GPE", "LOC"))


def _frames(text: str, out: list) -> None:
    for m in FRAME_RE.finditer(text):
        name = m.group("name")
        if name[0] >= "\u4e00":
            _claim(out, m.start("name"), m.end("name"), "rule:en_name_frame", (), canonical_norm(name))
        elif _namelike(name):
            _claim(out, m.start("name"), m.end("name"), "rule:en_name_frame", ())


def _han_glosses(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "PERSON" and not text[c.start] >= "\u4e00"]:
        m = HAN_GLOSS_RE.match(text, c.end)
        if m:
            _claim(out, m.start("han"), m.end("han"), "rule:en_han_gloss", (), canonical_norm(m.group("han")))


_HAN_CHAR_RE = re.compile("[\u4e00-\u9fff]")
_OWN = ("rule:en_role_name", "rule:en_apposition_name", "rule:en_name_frame")


def _mentions(text: str, out: list) -> None:
    """Single-word names read as PERSON in the paragraph are PERSON at their other mentions: by this module's
    frames (a place read there gives way: `Xianfeng's half-brother`), or by another finder where nothing else
    reads that span, no other mention carries another label and no lexicon holds the word (never `India`, which a
    row of a list may make look like one)."""
    strong, weak = set(), set()
    for c in out:
        word = text[c.start:c.end]
        if c.label != "PERSON" or " " in word or not word[:1].isupper() or word.isupper() or not _namelike(word, False):
            continue
        if c.source in _OWN:
            strong.add(word.translate(_QUOTE))
        elif word not in english_names() and not any(o.label != "PERSON" and o.start < c.end and c.start < o.end
                                                     for o in out):
            weak.add(word.translate(_QUOTE))
    weak -= strong
    # a word another finder reads with another label elsewhere in the paragraph is ambiguous there: no spreading
    # (`entered Kamphon ... Colonel Kamphon ... Kamphon signed`: the last mention is left undecided)
    weak -= {text[o.start:o.end].translate(_QUOTE) for o in out if o.label != "PERSON"}
    for names, give_way in ((strong, ("GPE",)), (weak, ())):
        if not names:
            continue
        for start, end in mention_spans(text, names):
            _claim(out, start, end, "rule:en_mononym_mention", give_way)


_MENTION_START = re.compile(r"(?<![\w'\u2019.-])")
_MENTION_END = re.compile(_END)


def mention_pattern(names) -> re.Pattern:
    """The pattern of the mentions of `names` (straight apostrophes, which stand for either), longest first:
    what mention_spans finds without compiling it for every paragraph (about 0.2 ms a compile)."""
    alt = "|".join(re.escape(n).replace("'", "['\u2019]") for n in sorted(names, key=longest_first))
    return re.compile(rf"(?<![\w'\u2019.-])(?:{alt}){_END}")


def mention_spans(text: str, names) -> list[tuple[int, int]]:
    """The spans of `mention_pattern(names).finditer(text)`: the places of each name in the text with curly
    apostrophes read straight (str.find), tried in order from the end of the last mention, at each place the
    longest name first whose end is a word's end."""
    folded = text.translate(_QUOTE)
    places: dict[int, list[str]] = {}
    for name in sorted(names, key=longest_first):
        at = folded.find(name)
        while at != -1:
            places.setdefault(at, []).append(name)
            at = folded.find(name, at + 1)
    spans = []
    floor = 0
    for at in sorted(places):
        if at < floor or _MENTION_START.match(text, at) is None:
            continue
        for name in places[at]:
            end = at + len(name)
            if _MENTION_END.match(text, end) is not None:
                spans.append((at, end))
                floor = end
                break
    return spans


def find_mononyms(text: str, out: list) -> None:
    """Persons named by one word, by an apposition or by a gloss (see the module doc)."""
    _roles(text, out)
    if ", " in text:
        _appositions(text, out)
    if "name" in text or "(T." in text or "(H." in text:
        _frames(text, out)
    if _HAN_CHAR_RE.search(text):      # one C scan, not a Python loop over every character
        _han_glosses(text, out)
    _mentions(text, out)


LEADER_POST_RE = guarded(LEADER_POST_RE)   # a first-character guard: the same matches, fewer tries
