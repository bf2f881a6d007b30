"""English PERSON forms beyond ranks, lexicons and romanised Chinese names (issue 8), for
pipeline.rules.english: a nickname written inside the name (`Claire "Old Leatherface" Chennault`, one
span), Japanese full names without a title (`Kotoku Sato`), and Western names by a common given name
(`William Slim`, `Herbert K. Loomis`; given_names_en.txt).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english import japanese_shaped
from pipeline.rules.english_lexicon import english_names, trie_regex
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

PERSON_PRIORITY = 38

# A nickname written inside the name: 'Claire "Old Leatherface" Chennault' is one PERSON.
NICKNAMED_PERSON_RE = re.compile(
    # on one line (auditen6: 'the Japanese "Absolute Defense Zone"' heading + 'Rupertus' on the next line)
    r"(?<![\w-])[A-Z][a-z]{1,20}(?:[ \t]+[A-Z]\.)?[ \t]+(?:[\"\u201c](?:[A-Z][a-z'\u2019-]{1,20}[ \t]?){1,3}[\"\u201d]"
    # in single quotes too, as British obituaries, rolls and forums write it ("Walter 'Nobby' Hale", session 26
    # s26enper): the pair of one style, no apostrophe inside
    r"|'(?:[A-Z][a-z-]{1,20}[ \t]?){1,3}'|\u2018(?:[A-Z][a-z-]{1,20}[ \t]?){1,3}\u2019)"
    r"[ \t]+[A-Z][a-z]{1,20}(?![\w-])")
# (auditen16) words that head a named operation, place or force, never a given name or a surname: 'Operation "Ichi-Go" Campaign'
NOT_PERSON_HEADS = frozenset("Operation Project Plan Code Codename Battle Camp Fort Mount Lake River Hill Point Station "
                             "Task Force Unit Group Air Army Navy Squadron Division Regiment Brigade Company Corps "
                             "Campaign Offensive Road Line Bridge Airfield Field Base Route Zone Area Valley Pass "
                             "Ship Aircraft Plane Tank Gun Bomber Fighter Type Model Mark Order Radio".split())
# the heads of those that also end a person's name in English (Hill, Field, Lake, Camp, Mark ...) are read first only
NOT_PERSON_LAST = frozenset("Operation Campaign Offensive Division Army Regiment Brigade Group Squadron Force Corps "
                            "Company Road Line Bridge Airfield Base Route Zone Area Valley Pass Bombers Fighters".split())
# A Japanese name written in full without a title ('Kotoku Sato', 'Sato Kotoku' in an infobox or a list):
# two capitalised words of romanised Japanese syllables, neither a known place or other name.
JAPANESE_NAME_RE = re.compile(r"(?<![\w-])(?=([A-Z][a-z]{3,14})[ \t]+([A-Z][a-z]{3,14})(?![\w-]))")


# Romanised Japanese words of military and state vocabulary: 'Teikoku Rikugun' is no one's name.
JAPANESE_TERMS = frozenset("Teikoku Rikugun Kaigun Kantogun Shidan Ryodan Rentai Daitai Chutai Butai Hikodan Sentai "
                           "Kokugun Hombu Honbu Sakusen Shireibu Seifu Naikaku Gikai Tenno Kokutai Kempeitai Heitai "
                           "Gunshireibu Hakengun Homengun Sensha Hohei Kihei Hohei Kohei Shikan Gakko Daigaku "
                           # English heads of a domain, a government, a structure or a harbour (session 7, en10)
                           "Domain Shogunate Bakufu Castle Temple Shrine Anchorage Harbor Harbour".split()
                           + ["Maru", "Kiri"])   # a merchant ship's name ends in Maru (ennames)


def _japanese_names(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415  (english imports this module)

    names = english_names()
    for m in JAPANESE_NAME_RE.finditer(text):
        first, last = m.group(1), m.group(2)
        if not (japanese_shaped(first) and japanese_shaped(last)) or first in NOT_NAME_START \
                or first in JAPANESE_TERMS or last in JAPANESE_TERMS \
                or names.get(first, ("PERSON",))[0] != "PERSON" or names.get(last, ("PERSON",))[0] != "PERSON" \
                or f"{first} {last}" in names and names[f"{first} {last}"][0] != "PERSON":
            continue
        out.append(Candidate(m.start(1), m.end(2), "PERSON", "rule:en_japanese_name", PERSON_PRIORITY - 4))


# (session 29, s29enname) A given name, a middle name that the lexicon knows as a town and a surname after it
# ('Francisco Solano X', 'Manuel Cavite Y': Spanish and Portuguese double names) is one PERSON at a priority over the
# town's, where the surname is no everyday word, place, unit or name head.
# A Western person written without a rank: a common given name (given_names_en.txt), optional middle names
# or initials, and a surname that is no place, unit or name-head word ('William Slim', 'Claire Lee Chennault').
SURNAME_NOT = frozenset("Island Islands River Road Street Field Bay Harbor Harbour Point Hill Valley Mountains Range "
                        "Line Bridge Canal Fort Park Hall Square College University Academy School Hospital Memorial "
                        "County City Gun Award Medal Prize Cup Trophy Doctrine Plan Act Highway Lake Sound Strait "
                        "Channel Airfield Airport Station Camp Base Church Road Trail House Avenue "
                        # Ottoman and Arab titles written after the given name ('Enver Pasha' is PERSON 'Enver';
                        # session 26 s26enper)
                        "Pasha Pacha Bey Effendi Agha Aga Bashaw".split())


@lru_cache(maxsize=1)
def given_names_list() -> tuple[str, ...]:
    """The given names of given_names_en.txt."""
    from pipeline.lexicons import read_words  # noqa: PLC0415

    return tuple(sorted(set(read_words("given_names_en.txt"))))


@lru_cache(maxsize=1)
def _given_person_re() -> re.Pattern:
    name = trie_regex(list(given_names_list()))
    return re.compile(rf"(?<![\w.-])(?:{name})(?:[ \t]+(?:[A-Z]\.|{name})){{0,2}}[ \t]+"
                      # a surname with its particle ('James Van Fleet', 'Charles de Gaulle')
                      rf"(?P<last>(?:(?:Van|Von|van|von|De|de|Du|du|Le|La|Da|Di|der|den)[ \t]+)?"
                      # with the accented letters of Spanish, Portuguese, French, Slav and Turkish surnames
                      # ('Pablo Gómez', 'Josip Broz', 'Draža Mihailović'; session 26 s26enper)
                      rf"(?:Mc|Mac|[OD]['\u2019])?[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]{{2,20}}"
                      rf"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]{{2,20}})?)(?![\w-])")


@lru_cache(maxsize=1)
def _given_person_upper_re() -> re.Pattern:
    """The same in capitals, as headings and title pages print names ('CHARLES GEORGE GORDON')."""
    name = trie_regex(sorted({word.upper() for word in given_names_list()}))
    return guarded(re.compile(rf"(?<![\w.-])(?:{name})(?:[ \t]+(?:[A-Z]\.|{name})){{0,2}}[ \t]+"
                              rf"(?P<last>(?:MC|MAC|[OD]')?[A-Z]{{3,20}})(?![\w-])"))


_CAPITAL_WORDS_RE = re.compile(r"[A-Z]{2,20}(?:[ \t]+(?:[A-Z]{2,20}|[A-Z]\.)){1,4}")


def _given_names(text: str, out: list) -> None:
    from pipeline.rules.english import NOT_NAME_START, NOT_PERSON_WORDS  # noqa: PLC0415

    names = english_names()
    for run in _CAPITAL_WORDS_RE.finditer(text):      # names in capitals only inside runs of capital words
        for m in _given_person_upper_re().finditer(text, run.start(), run.end()):
            last = m.group("last").title()
            if last not in SURNAME_NOT and last not in NOT_PERSON_WORDS and last not in NOT_NAME_START \
                    and names.get(last, ("PERSON",))[0] == "PERSON":
                out.append(Candidate(m.start(), m.end("last"), "PERSON", "rule:en_given_name", PERSON_PRIORITY - 3))
    for m in _given_person_re().finditer(text):
        last = m.group("last")
        end = m.end("last")
        if names.get(last, ("",))[0] in ("GPE", "LOC") and " " not in last:
            # a Spanish or Portuguese middle name that is also a town's, and the surname after it ('Francisco
            # Solano X', 'José Cavite Y'): the whole run is the person (session 29, s29enname)
            more = _SURNAME_AFTER_RE.match(text, end)
            if more is not None and _free_surname(more.group("s"), names, NOT_PERSON_WORDS, NOT_NAME_START):
                out.append(Candidate(m.start(), more.end("s"), "PERSON", "rule:en_given_name", PERSON_PRIORITY + 2))
            continue
        if last in SURNAME_NOT or last in NOT_PERSON_WORDS or last in NOT_NAME_START \
                or names.get(last, ("PERSON",))[0] not in ("PERSON",) \
                or names.get(m.group(), ("PERSON",))[0] not in ("PERSON",):
            continue
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_given_name", PERSON_PRIORITY - 3))


_SURNAME_AFTER_RE = re.compile(r"[ \t]+(?P<s>[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]{2,20})(?![\w'\u2019-]|[ \t]+[A-Z])")


def _free_surname(word: str, names: dict, not_person: set, not_start: set) -> bool:
    """A word that may close a person's name: no place, unit or body the lexicon knows, no name head or title."""
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    return word not in SURNAME_NOT and word not in not_person and word not in not_start \
        and names.get(word, ("PERSON",))[0] == "PERSON" and not common_word(word)



# A Korean name in the usual romanisations: a Korean family name, then the given name's two syllables
# joined by a hyphen ('Kim Il-sung', 'Paik Sun-yup', 'Pak Hon-yong', 'Chung Il-kwon'). Family names: the
# commonest Korean surnames (those borne by about 95 % of Koreans) in McCune-Reischauer, Revised
# Romanization and the customary spellings; general knowledge, not chosen from any annotated text.
KOREAN_SURNAMES = ("Kim Gim Lee Yi Rhee Ri Park Pak Bak Paik Paek Baek Choi Choe Chung Jung Jeong Chong Kang Gang "
                   "Cho Jo Yoon Yun Jang Chang Lim Im Rim Han Oh Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Hong "
                   "Yoo Yu Ryu Ko Koh Go Moon Mun Yang Son Sohn Bae Pae Heo Huh Ho Nam Noh No Roh Ha Kwak Sung Seong "
                   "Chun Jeon Chon Jon Min Yeo Chae Won Bang Pang Kong Gong Hyun Hyon Byun Pyon Ham Yeom Yom Cha Ju "
                   "Chu Woo Koo Ku Gu Na Ra Jin Chin Eom Um Tak Maeng Pyo Ki Gi").split()
# searched from the hyphen of the given name (rarer than capitals), the family name read back
KOREAN_GIVEN_TAIL_RE = re.compile(r"-[a-zŏŭ]{2,6}(?![\w-])")
KOREAN_NAME_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(KOREAN_SURNAMES, key=longest_first))})[ \t]+"
                                   r"[A-Z][a-zŏŭ]{1,5}$")


def find_persons_extra(text: str, out: list) -> None:
    for tail in KOREAN_GIVEN_TAIL_RE.finditer(text):
        m = KOREAN_NAME_BEFORE_RE.search(text, max(0, tail.start() - 16), tail.start())
        if m:
            out.append(Candidate(m.start(), tail.end(), "PERSON", "rule:en_korean_name", PERSON_PRIORITY - 3))
    _japanese_names(text, out)
    _given_names(text, out)
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415  (english imports this module)

    for m in NICKNAMED_PERSON_RE.finditer(text):
        if m.group().split()[0] in NOT_NAME_START:
            continue        # 'the Japanese "Absolute Defense Zone" Rupertus': a demonym is no given name
        if m.group().split()[0] in NOT_PERSON_HEADS or m.group().split()[-1] in NOT_PERSON_LAST:
            continue        # 'Operation "Matterhorn" Bombers', 'Force "Mars" Brigade': a named thing, no person
        single = "'" in m.group() and '"' not in m.group() and "\u201c" not in m.group()
        if (single or "\u2018" in m.group()) and m.group().split()[0] not in given_names_list():
            continue        # single quotes close titles too ('Tennyson 'In Memoriam' Aloud'): a listed given name first
        # a given name alone (read by the name lists at a higher priority) stops at a single quote: the whole wins
        out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_nicknamed_person",
                             PERSON_PRIORITY + 5 if single or "\u2018" in m.group() else PERSON_PRIORITY))
