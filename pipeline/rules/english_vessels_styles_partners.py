"""English readings a name's surroundings settle (session 21, round 2, helper r21en: classes the round-1 English
label audit saw on its fitted passages, written as general forms; examples below are written here).

- Nothing inside a ship's name is tagged (docs: `H.M.S. Ceylon` is nothing; Chinese: nothing inside a ship's name):
  a name after a navy's ship prefix (`HMS Warwick`, `USS Gordon`, `H.M.S. Carlow`, `HIJMS Fuso`, `SMS Emden`), a
  Japanese merchant name in `Maru` (`the Asama Maru`, `Kasuga Maru`) and a late-Qing warship in `Yuen`/`yuan` (远)
  after `the` and an optional kind of vessel (`the Ping Yuen`, `the Kuang-yuen`, `the Chinese cruiser Lai Yuen`,
  `the Pingyuan`): every candidate inside the name is dropped (a surname inside it is no PERSON, a county of the
  same name no GPE). Only after `the`: a person `Yuen` and a county `X-yuan` are written without the article.
  (session 25, s25en) Also a ship named after `on board`/`aboard` (`the` optional) or after a word for a merchant
  ship or transport (`the steamship Carthage`, `in the troopship Malwa`, `by the transport Golconda`, `on board the
  ill-fated Admiral Nakhimov`, quotes included): the names, places and bodies inside the name are dropped (a ship
  named after a general, a city or a company is none of them).
- A royal style alone is no PERSON (`His Majesty's Government`, `her Majesty's forces`, `Her Royal Highness`,
  `His Excellency`): a PERSON whose words are only Majesty/Majesties/Highness/Excellency is dropped.
- A late-Qing or warlord-era name in the old postal spelling whose last given syllable ends in an `h` the syllable
  table lacks (`Chou Ming-tah`, the Nanking-Mandarin spelling of a checked syllable: stem `ta` + `h`), and a
  surname so written before a two-syllable name already read (`Koh Tsung Li`: stem `Ko` + `h`): one PERSON.
  The stem must be in the syllable (surname) table and end in a vowel.

- A Japanese code name in `-Go` (号) written without `Operation` and without a head word (`the Sakura-Go plan`,
  `when Hana-Go opened`): the hyphenated name is one EVENT (the first part Hepburn-shaped; the head word, where
  one follows, is read by english_prose: `the Sakura-Go offensive`).
- A memoirist's partner named by one word beside the narrator (`worked out by Hallam and myself`, `Hallam and I
  flew back`): a capitalised word, no common English word (en_common_words.txt), no pronoun, kinship word or
  title, nothing another finder read there -> PERSON (low priority); english_acronym_aliases then reads its other
  mentions.

The bare ordinal after a possessive standing for a unit named before (`I sent my 52nd to the ford`) is read by
english_prose.bare_unit_mentions (its pattern widened in this session).

Priority: after the unit and person finders, before the span edges and label checks. Cost: each part is gated on
a literal (a ship prefix, `Maru`, `uen`, `Majest`/`Highness`/`Excellenc`, a hyphen, `-Go`, `and myself`/
`and I`); the style and surname parts run only over the PERSON candidates.
"""

from __future__ import annotations

import re

from pipeline.rules.english_surname_verbs import common_words
from pipeline.rules.english_syllables import romanised_syllables
from pipeline.rules.english_state_regiments_schools import HEPBURN
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_SHIP_PREFIX = re.compile(r"(?<![\w.])(?:H\.M\.S\.|U\.S\.S\.|HMS|USS|HIJMS|SMS|HMAS|HMCS|HMNZS|RMS)[ \t]+"
                          r"(?P<n>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][a-z][\w-]*)?)")
_PREFIXES = ("HMS", "USS", "H.M.S.", "U.S.S.", "HIJMS", "SMS", "HMAS", "HMCS", "HMNZS", "RMS")
_MARU = re.compile(r"(?<![\w-])(?P<n>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?[ \t]+Maru)(?![\w-])")
_YUEN = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:(?:Chinese[ \t]+)?(?:battleship|cruiser|ironclad|flagship|ship|vessel"
                   r"|gunboat|corvette|sloop|transport)[ \t]+)?(?P<n>[A-Z][a-z]{1,5}(?:[ \t]+Yuen|-[yY]uen|yuen|yuan))(?![\w-])")
_ABOARD = re.compile(
    r"(?<![\w-])(?:(?P<b>on[ \t]+board|aboard)|in|by|[Tt]he)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:ill-fated|ill-starred|doomed|little|old|famous|British|American|Japanese|Chinese|Norwegian|German)[ \t]+)?"
    r"(?P<k>(?:steamship|steamer|troopship|troop-ship|transport|liner|schooner|barque|launch|S\.S\.|SS)[ \t]+)?"
    r"[\u2018'\u201c\"]?(?P<n>[A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'\u2019-]*){0,3})")
_ABOARD_LITERAL = re.compile(r"on board|aboard|steamship|steamer|troopship|troop-ship|transport|liner|schooner|barque"
                             r"|launch|S\.S\.|SS ")
_STYLE = re.compile(r"(?:(?:Royal|Imperial)[ \t]+)?(?:Majesty|Majesties|Highness|Highnesses|Excellency|Excellencies)"
                    r"(?:['\u2019]s?)?")
_OLD_H = re.compile(r"(?<![\w'-])(?P<s>[A-Z][a-z]{1,5})[ \t]+(?P<g>[A-Z][a-z]{0,5}-[a-z]{1,6})(?![\w'-])")
# The Cantonese and postal-era spellings of common surnames that the pinyin/Wade-Giles table lacks (criterion: the
# Hong Kong government's Cantonese romanisation of the commonest surnames, as period English prints them before
# a hyphenated Wade-Giles given name: 袁 Yuen, 周 Chow, 冯 Fung, 关 Kwan, 郭 Kwok, 黄/王 Wong, 梁 Leung, 刘 Lau,
# 张 Cheung, 林 Lam, 谭 Tam, 莫 Mok, 叶 Yip, 罗 Loh; read only in that hyphenated frame)
_POSTAL_SURNAMES = frozenset("Yuen Chow Fung Kwan Kwok Wong Leung Lau Cheung Lam Tam Mok Yip Loh".split())
_OLD_H_SURNAME = re.compile(r"(?<![\w'-])[A-Z][a-z]{0,4}[aeiou]h[ \t]+\Z")

_GO_CODE = re.compile(r"(?<![\w-])(?P<x>[A-Z][a-z]{0,7})-Go(?![\w-])")
_WITH_ME = re.compile(r"(?<![\w'-])(?P<x>[A-Z][a-z]{2,})[ \t]+and[ \t]+(?:myself|I[ \t]+(?!am\b)[a-z]{2,})\b")
_NOT_PARTNER = frozenset("The Then This That These Those There Here When While After Before Since Now And But Yet "
                         "Mother Father Brother Sister Wife Husband God Heaven Sir Madam".split())


def _drop_inside(out: list, s: int, e: int) -> None:
    for c in [c for c in out if s <= c.start and c.end <= e]:
        out.remove(c)


def _vessels(text: str, out: list) -> None:
    if any(p in text for p in _PREFIXES):
        for m in _SHIP_PREFIX.finditer(text):
            _drop_inside(out, *m.span("n"))
    if "Maru" in text:
        for m in _MARU.finditer(text):
            _drop_inside(out, *m.span("n"))
    if "uen" in text:
        for m in _YUEN.finditer(text):
            _drop_inside(out, *m.span("n"))
    if _ABOARD_LITERAL.search(text):
        for m in _ABOARD.finditer(text):
            if m.group("b") or m.group("k"):
                s, e = m.span("n")
                for c in [c for c in out if s <= c.start and c.end <= e and c.label in ("PERSON", "GPE", "LOC", "ORG")]:
                    out.remove(c)


def _styles(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "PERSON"]:
        if _STYLE.fullmatch(text, c.start, c.end):
            out.remove(c)


def _syllable_or_old_h(part: str, syllables: frozenset) -> bool:
    return part in syllables or (len(part) > 2 and part[-1] == "h" and part[-2] in "aeiou" and part[:-1] in syllables)


def _old_h_names(text: str, out: list) -> None:
    surnames, syllables = romanised_syllables()
    if "-" in text:
        for m in _OLD_H.finditer(text):
            surname = m.group("s")
            first, last = m.group("g").lower().split("-")
            if surname not in surnames and surname not in _POSTAL_SURNAMES:
                continue
            if not (_syllable_or_old_h(first, syllables) and _syllable_or_old_h(last, syllables)):
                continue
            if surname in surnames and first in syllables and last in syllables:
                continue        # the ordinary form: the other finders' (no postal surname, no old -h syllable)
            s, e = m.span()
            if any(c.start < e and s < c.end and c.label != "PERSON" and not (c.start >= m.start("g"))
                   for c in out):
                continue
            _drop_inside(out, s, e)
            for c in [c for c in out if c.start < e and s < c.end and c.label == "PERSON"]:
                out.remove(c)
            out.append(Candidate(s, e, "PERSON", "rule:en_old_postal_name21", 60, {}))
    for c in [c for c in out if c.label == "PERSON"]:
        words = text[c.start:c.end].split()
        if len(words) != 2 or not all(w.lower() in syllables for w in words):
            continue
        m = _OLD_H_SURNAME.search(text, max(0, c.start - 8), c.start)
        if m is None:
            continue
        word = m.group().strip()
        if word[:-1] not in surnames or word in surnames or word.lower() in syllables:
            continue
        out.remove(c)
        out.append(Candidate(m.start(), c.end, "PERSON", "rule:en_old_postal_name21", max(c.priority, 60), {}))


def _go_codes(text: str, out: list) -> None:
    for m in literal_finditer(_GO_CODE, text):
        s, e = m.span()
        if not HEPBURN.match(m.group("x").lower()) or any(c.start < e and s < c.end for c in out):
            continue
        out.append(Candidate(s, e, "EVENT", "rule:en_go_code_name21", 50, {}))


def _partners(text: str, out: list) -> None:
    common = common_words()
    for m in _WITH_ME.finditer(text):
        word = m.group("x")
        s, e = m.span("x")
        if word in _NOT_PARTNER or word.lower() in common or any(c.start < e and s < c.end for c in out):
            continue
        out.append(Candidate(s, e, "PERSON", "rule:en_partner_of_narrator21", 40, {}))


def find_vessels_styles_partners(text: str, out: list) -> None:
    """Ship names, royal styles, old postal -h names (see the module doc)."""
    _vessels(text, out)
    if "Majest" in text or "Highness" in text or "Excellenc" in text:
        _styles(text, out)
    _old_h_names(text, out)
    if "-Go" in text:
        _go_codes(text, out)
    if " and myself" in text or " and I " in text:
        _partners(text, out)
