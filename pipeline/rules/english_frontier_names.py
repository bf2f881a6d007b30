"""Persons by foreign name shapes and commanders' named brigades, in English text (session 30, helper s30enper: audit
of English PERSON/GPE/LOC on pages of the colonial and frontier wars 1850-1920: Africa, Latin America, the Balkans,
Russia's civil war, India's North-West Frontier, the Pacific islands).

`find_frontier_names(text, out)`:

- a Nguni patronymic, the name glued to `ka` and the father's name (`Cetshwayo kaMpande`, `Ntshingwayo kaMahole`,
  `Mavumengwana kaNdlela Ntuli`), with a clan name written after it on the same line: one PERSON. The modern
  spelling of Zulu and Xhosa names in histories of the Zulu wars and of Natal; `ka` glued to a capital is no English
  word, so the form is its own evidence.
- a nobiliary particle in lower case right after a rank (`General von Kluck`, `Lt.-Col. von Lettow-Vorbeck`,
  `Colonel van der Merwe`, `Admiral de Robeck`): one PERSON from the particle on (the particle stays inside, the rank
  outside, guideline 1 and the session-11 reading of particles). A full name with a given name is
  english_wade_giles_forms' (`Paul von Lettow-Vorbeck`); a capitalised particle alone is english_particle_surnames'.
- an Iberian full name whose particle is followed by two names (`Francisco de Paula Santander`, `Juan de la Cruz
  Varela`): one PERSON over the whole run, in place of the shorter person english_wade_giles_forms reads and of a
  place the lexicon reads in its last word; the first word must be a Western given name (english_iberian_place_names'
  list, which leaves out the given names that open place names).
- a commander's possessive before `Brigade` written with a capital, alone or after the words that name the brigade
  (`Coke's Brigade`, `Hildyard's English Brigade`, `Barton's Fusilier Brigade`, `Dundonald's Irregular Cavalry
  Brigade`; the Natal and Crimean brigades went by their commander and by their regiments' origin or arm): the
  surname a PERSON (as english_possessive_titled_names reads `X's brigade` in lower case), and the named brigade a
  MIL_UNIT where no finder reads it (guideline 1: a person's possessive before his force is the person alone, the
  unit its own span; a bare `Brigade` after the possessive is no name).
- a Muslim religious honorific before a name (`Mullah Said Akbar`, `the notorious mullah, Saiyid Akbar`, `Mullo Saiyid
  Akbar`, `Maulana Noor Mohammad`, `Haji X`): the name after it one PERSON, the honorific outside (the project's reading
  of `Sayyid`, english_arabic_particle_names), in place of a place the lexicon reads in a word of it (`Akbar`); a clan
  section after the name stays out (`Said Akbar Aka Khel` -> `Said Akbar`).
- a Pashtun clan section (`Zakha Khel`, `Adam Khel Afridis`, `Aka Khels`) is a people, no PERSON: a person read over
  a run holding the word `Khel`/`Khels` is dropped.

Criterion: the name shapes of the languages (Nguni patronymic prefix, Germanic/Romance nobiliary particles, Iberian
compound given names, the Pashto word for a clan section), never strings of an annotated set. Priorities: the
patronymic and the ranked particle name 47 (over the capitalised-run persons and the one-word places), the Iberian
long name 48 (over english_wade_giles_forms' 47), the possessive commander 38 and its brigade 36 (under every other
reading of the words). Cheap: literal gates (` ka`, ` von `/` van `/` de `/` du `/` di `, `'s `/`’s `, `Khel`).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import RANK
from pipeline.spans import Candidate

PRIORITY = 47
_UP = "A-Z\u00c0-\u00de"
_LOW = "a-z\u00df-\u00ff"
_WORD = rf"[{_UP}][{_LOW}]{{1,16}}"

# --- Nguni patronymics: `Name kaFather( Clan)?`
KA_NAME_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<n>{_WORD}[ \t]+ka[{_UP}][{_LOW}]{{2,18}})(?P<clan>[ \t]+{_WORD})?(?![\w'\u2019-])")
_CLAN_NOT = frozenset("The A An And Or But Of In On At To From By With For As Was Were Is Had Has His Her He She They It "
                      "This That Who Which When Where King Prince Chief Induna General".split())

# --- a nobiliary particle after a rank: `General von X`, `Lt.-Col. von X-Y`
_EXTRA_RANKS = r"(?:Lt\.?-Col\.|Lt\.?-Gen\.|Maj\.?-Gen\.|Brig\.?-Gen\.|Lieut\.?-Col\.|Lieut\.?-Gen\.|Lt\.|Lieut\.|Col\.|Maj\.|Capt\.|Adm\.|Admiral|Commandant|Herr|Baron|Count|Graf|Freiherr)"
_PARTICLE = r"(?:von[ \t]+der|von[ \t]+dem|van[ \t]+der|van[ \t]+den|de[ \t]+la|von|van|de|du|di|da|del|zu)"
RANKED_PARTICLE_RE = re.compile(
    rf"(?:{RANK}|{_EXTRA_RANKS})[ \t]+(?P<n>{_PARTICLE}[ \t]+{_WORD}(?:-{_WORD})?)(?![\w'\u2019-])")

# --- Iberian full names with two names after the particle: `Francisco de Paula Santander`
IBERIAN_LONG_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<g>{_WORD})(?:[ \t]+(?P<g2>{_WORD}))?[ \t]+(?:de[ \t]+la|de[ \t]+los|del|de|da|do|dos)[ \t]+"
    rf"{_WORD}[ \t]+{_WORD}(?![\w'\u2019-]|[ \t]+(?:de|del|da|do|y)[ \t])")
_IBERIAN_NOT_LAST = frozenset("River Province Street Bridge Road Fort Island Islands Mountains Valley Lake Bay Church "
                              "Square Palace Battalion Regiment Brigade Division Army".split())

# --- a commander's possessive before a brigade named by a capitalised word
POSSESSIVE_BRIGADE_RE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<p>[A-Z][a-z]{{2,16}})['\u2019]s[ \t]+(?P<u>(?:[A-Z][a-z]{{2,14}}[ \t]+){{0,3}}Brigade)(?![\w-])")
_NOT_COMMANDER = frozenset("The This That Army Division Corps Britain England France Germany Russia Natal Ireland "
                           "Scotland India Canada Australia Queen King Empire Regiment".split())

# --- a Muslim religious honorific before a name: `Mullah Said Akbar`, `the notorious mullah, Saiyid Akbar`
HONORIFIC_NAME_RE = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:Saiyid|Saiyad|Sayyid|Sayyed|Syed|Seyyid|Mullah|Mulla|Mullo|Maulvi|Maulana|Moulvi|Haji|Hajji|Akhund)"
    rf"[ \t]+)+(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?![\w'\u2019-])")

KHEL_RE = re.compile(r"(?<![\w-])Khels?(?![\w-])")


def _ka_names(text: str, out: list) -> None:
    for m in KA_NAME_RE.finditer(text):
        end = m.end("n")
        clan = m.group("clan")
        if clan and clan.strip() not in _CLAN_NOT and not re.match(r"[ \t]+[A-Z][a-z]+[ \t]+(?:ka|of)\b", text[end:end + 30]):
            end = m.end("clan")
        start = m.start("n")
        _drop_inside(out, start, end, ("PERSON", "GPE", "LOC", "ORG"))
        out.append(Candidate(start, end, "PERSON", "rule:en_nguni_patronymic", PRIORITY, {}))


def _ranked_particles(text: str, out: list) -> None:
    for m in RANKED_PARTICLE_RE.finditer(text):
        start, end = m.span("n")
        if any(c.start <= start and end <= c.end and c.label == "PERSON" and (c.end - c.start) > (end - start)
               for c in out):
            continue            # a longer person read already
        _drop_inside(out, start, end, ("PERSON", "GPE", "LOC"))
        out.append(Candidate(start, end, "PERSON", "rule:en_ranked_particle_name", PRIORITY, {}))


def _iberian_long_names(text: str, out: list) -> None:
    from pipeline.rules.english_iberian_place_names import iberian_given_names  # noqa: PLC0415

    given = iberian_given_names()
    for m in IBERIAN_LONG_RE.finditer(text):
        if m.group("g") not in given or (m.group("g2") and m.group("g2") not in given):
            continue
        start, end = m.span()
        if m.group().split()[-1] in _IBERIAN_NOT_LAST:
            continue
        if any(c.label in ("FAC", "EVENT", "MIL_UNIT", "ORG") and c.start < end and start < c.end for c in out):
            continue            # a longer name of another kind over the run
        if not any(c.label == "PERSON" and c.start == start for c in out):
            continue            # only where a finder reads the person's start (`Francisco de Paula`)
        _drop_inside(out, start, end, ("PERSON", "GPE", "LOC"))
        out.append(Candidate(start, end, "PERSON", "rule:en_iberian_long_name", PRIORITY + 1, {}))


def _possessive_brigades(text: str, out: list) -> None:
    from pipeline.rules.english_royal_colonial_units import nationality_words  # noqa: PLC0415

    for m in POSSESSIVE_BRIGADE_RE.finditer(text):
        surname = m.group("p")
        if surname in _NOT_COMMANDER or surname in nationality_words():
            continue
        ps, pe = m.span("p")
        if re.search(r"[A-Z][\w.]*[ \t]+$", text[max(0, ps - 20):ps]) and \
                not re.search(r"(?:General|Colonel|Major|Captain|Brigadier|Lord|Sir|Gen\.|Col\.)[ \t]+$",
                              text[max(0, ps - 20):ps]):
            continue            # the end of a longer capitalised name
        if not any(c.start < pe and ps < c.end for c in out):
            out.append(Candidate(ps, pe, "PERSON", "rule:en_possessive_brigade_commander", 38, {}))
        us, ue = m.span("u")
        if m.group("u") != "Brigade" and not any(c.start < ue and us < c.end for c in out):
            from pipeline.normalize import english as norm_en  # noqa: PLC0415
            out.append(Candidate(us, ue, "MIL_UNIT", "rule:en_commander_named_brigade", 36,
                                 norm_en.normalize_unit_en(m.group("u"), text[max(0, us - 40):us])))


def _honorific_names(text: str, out: list) -> None:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    for m in HONORIFIC_NAME_RE.finditer(text):
        start = m.start("n")
        words = m.group("n").split()
        if any(w in ("Khel", "Khels") for w in words):
            words = words[:max(0, [w in ("Khel", "Khels") for w in words].index(True) - 1)]
        words = words[:3]
        while words and (common_word(words[-1]) and len(words) > 1 or words[-1] in _CLAN_NOT):
            words = words[:-1]
        if not words or words[0] in _CLAN_NOT or len(words) == 1 and common_word(words[0]):
            continue
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue            # names broken over a line: left to the others
        if any(c.label in ("FAC", "EVENT", "MIL_UNIT", "ORG") and c.start < end and start < c.end for c in out):
            continue
        _drop_inside(out, start, end, ("PERSON", "GPE", "LOC"))
        out.append(Candidate(start, end, "PERSON", "rule:en_honorific_muslim_name", PRIORITY, {}))


def _khel_peoples(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "PERSON" and KHEL_RE.search(text, c.start, c.end)]:
        out.remove(c)


def _drop_inside(out: list, start: int, end: int, labels) -> None:
    for c in [c for c in out if start <= c.start and c.end <= end and c.label in labels]:
        out.remove(c)


def find_frontier_names(text: str, out: list) -> None:
    if " ka" in text:
        _ka_names(text, out)
    if re.search(r" (?:von|van|de|du|di|da|del|zu) ", text):
        _ranked_particles(text, out)
        if re.search(r" (?:de|del|da|do|dos) ", text):
            _iberian_long_names(text, out)
    if "Brigade" in text and ("'s " in text or "\u2019s " in text):
        _possessive_brigades(text, out)
    if re.search(r"S[ae]i?y+[ae]?[di]|Syed|Mull|Maul|Moulvi|Haj|Akhund", text):
        _honorific_names(text, out)
    if "Khel" in text:
        _khel_peoples(text, out)
