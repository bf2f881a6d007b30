"""Persons and places in the forms of the 19th- and early 20th-century English books on China's wars
(session 13, auditen6; from audited passages of E. H. Parker's 'Chinese Account of the Opium War' (1888), the
Encyclopaedia Britannica of 1911 and Wikisource transcriptions; the forms, not their strings):

- a rank before a Chinese name printed in capitals, as those books print Chinese names in small capitals:
  'General TWAN', 'Colonel CHU', 'Admiral KUAN T'IEN-P'EI', and the family name in capitals after a mixed-case
  family name ('General Yü PU-YÜN'): PERSON without the rank. The capitals must be a romanised name (vowels,
  at most 7 letters a part, no known acronym such as HQ, RAF, PLA);
- a plural rank before coordinated surnames: 'Generals Linievich, Grippenberg and Kaulbars', 'Admirals Togo and
  Kamimura': each name a PERSON (the rank outside, rule 1);
- a hyphenated romanised name before 'Shan' (山, a mountain or hill) is a LOC ('Ta-yin Shan', 'Chao-pao Shan'),
  one span; a hyphenated name in -ho / -kiang / -chiang (河, 江) after 'the' is a river, LOC ('the Sha-ho', 'the
  Hun-ho'), and a lower-case 'battle of the Sha-ho' is one EVENT (like 'battle of Kinchou').
- (session 29, s29enname: memoirs, diaries, news and local histories of the colonial and civil wars 1840-1979) the
  lower-case plural of a post or calling before coordinated names ('officers X and Y', 'the rebel chiefs X, Y and Z',
  'the brothers X and Y', 'the naibs X and Y'), and the bands a leader owns before them ('the squads of X, Y, and Z',
  'the gangs of X and Y': bands, gangs, squads, followers, henchmen, bodyguards, partisans, retainers, adherents,
  supporters; never 'men', 'troops' or 'forces', which a place's people are too): each name a PERSON; not where a
  name is a place or body the lexicon knows ('the bands of Kwangsi and Hunan').
Found from their literals (str.find) only; nothing runs on a text without them.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import guarded, literal_finditer
from pipeline.spans import Candidate

PERSON_PRIORITY = 44
PLACE_PRIORITY = 45
EVENT_PRIORITY = 56

_RANKS = (r"(?:General|Colonel|Admiral|Captain|Major|Commissioner|Viceroy|Governor|Prefect|Marshal|Lieutenant"
          r"|Brigadier|Commodore|Commander|Lieutenant-General|Major-General|Lieutenant-Colonel|Vice-Admiral"
          r"|Rear-Admiral|Brigadier-General|Sub-Prefect|Taotai|Tao-tai|Tartar[ \t]+General|Prince|Marquis)")
_CAPS_PART = r"[A-ZÜÊ]{1,7}(?:['\u2019][A-ZÜÊ]{1,5})?"
_CAPS_NAME = rf"{_CAPS_PART}(?:-{_CAPS_PART}){{0,2}}(?:[ \t]+{_CAPS_PART}(?:-{_CAPS_PART}){{1,2}})?"
_RANK_CAPS_RE = re.compile(
    rf"(?<![\w-]){_RANKS}[ \t]+(?P<n>(?:[A-Z][a-zü]{{0,5}}[ \t]+(?={_CAPS_PART}-))?{_CAPS_NAME})(?![\w'\u2019-])")
# capitals that are no name: forces, services, offices and units written as acronyms after a rank
_ACRONYMS = frozenset("HQ GHQ RAF RN USN USA US USMC USAF UN ROK PLA PVA CCF KPA NKPA ARVN VC NVA KMT CCP CPC IJA IJN "
                      "MIA KIA POW OBE CBE KCB GCB DSO MC VC RA RE RAMC DSC AIF NZ SEAC CBI HMS USS SS I II III IV V VI "
                      "VII VIII IX X XI XII XIV XV XX A B C D E F G H K L M N".split())

_PLURAL_RANKS = (r"(?:Generals|Admirals|Colonels|Marshals|Captains|Majors|Commissioners|Viceroys|Lieutenant-Generals"
                 r"|Major-Generals|Lieutenant[ \t]+Generals|Major[ \t]+Generals|Vice-Admirals|Rear-Admirals"
                 r"|Vice[ \t]+Admirals|Rear[ \t]+Admirals|Brigadiers"
                 # the naval and junior ranks of the despatches ('Commanders Kellett and Collinson', auditen14)
                 r"|Commanders|Commodores|Lieutenants|Lieutenant-Colonels|Lieutenant[ \t]+Colonels|Ensigns"
                 # the other ranks of every army and navy, and the plural abbreviations of the rolls and despatches
                 # ('Adjutants X, Y and Z', 'Sergeants X and Y', 'Lieuts. A B and C D', session 26 s26enper)
                 r"|Adjutants|Commandants|Field-Cornets|Cornets|Sergeants|Sergeants-Major|Corporals|Lance-Corporals"
                 r"|Privates|Troopers|Gunners|Sappers|Bombardiers|Riflemen|Drummers|Surgeons|Chaplains|Midshipmen"
                 r"|Sub-Lieutenants|Squadron[ \t]+Leaders|Wing[ \t]+Commanders|Pilot[ \t]+Officers|Flying[ \t]+Officers"
                 r"|Brigadier-Generals|Brigadier[ \t]+Generals"
                 # the police, other ranks and seamen the ranked-surname finder reads singly (session 27, s27enper)
                 r"|Constables|Head[ \t]+Constables|Buglers|Trumpeters|Fusiliers|Guardsmen|Farriers|Signallers|Stokers"
                 r"|Seamen|Able[ \t]+Seamen|Leading[ \t]+Seamen|Inspectors|District[ \t]+Inspectors|Field[ \t]+Cornets"
                 r"|Lieuts\.|Lts\.|Capts\.|Cols\.|Gens\.|Majs\.|Sergts\.|Sgts\.|Cpls\.|Pvts\.|Ptes\.|Tprs\."
                 # the lower-case plural of a post or calling before coordinated names, as news and memoirs of the
                 # colonial and civil wars write it ('officers X and Y', 'the rebel chiefs X, Y and Z', 'the
                 # brothers X and Y'; session 29 s29enname)
                 r"|officers|generals|colonels|commanders|leaders|chiefs|chieftains|captains|lieutenants|brothers"
                 r"|comrades|commandants|headmen|kurbashis|naibs)")
_SURNAME = r"[A-Z][a-z\u00e0-\u00ff\u0100-\u017f'\u2019]{1,20}(?:-[A-Z][a-z\u00e0-\u00ff\u0100-\u017f]{1,20})?"
# a listed man may carry his given name and initials ('Lieuts. John Hale and Peter R. Ames', session 26 s26enper)
_LISTED_NAME = rf"(?:[A-Z][a-z]{{2,12}}[ \t]+)?(?:[A-Z]\.[ \t]?){{0,3}}{_SURNAME}"
_PLURAL_RANK_RE = re.compile(
    rf"(?<![\w-]){_PLURAL_RANKS}[ \t]+(?P<list>{_LISTED_NAME}(?:,[ \t]+{_LISTED_NAME}){{0,5}},?[ \t]+(?:and|&)[ \t]+"
    rf"{_LISTED_NAME})"
    r"(?![\w'\u2019-])")
# the bands a leader owns, before the coordinated names of their leaders ('the squads of X, Y, and Z', 'the gangs of
# X and Y'): nouns said of a man's following only, never of a place's people (no 'men', 'troops', 'forces', 'people';
# session 29 s29enname)
_PERSON_GROUPS_RE = re.compile(
    r"(?<![\w-])(?:bands|gangs|squads|followers|henchmen|bodyguards|partisans|retainers|adherents|supporters)[ \t]+of[ \t]+"
    rf"(?P<list>{_LISTED_NAME}(?:,[ \t]+{_LISTED_NAME}){{0,5}},?[ \t]+(?:and|&)[ \t]+{_LISTED_NAME})"
    r"(?![\w'\u2019-])")
_NOT_SURNAME = frozenset("The A An Staff Army Navy Corps Division Headquarters Command Council Board Officers Of In At "
                         "On And Or Both All Who Which That This These Those Commanding Japanese Chinese Russian British "
                         "American French German Soviet Allied Imperial Royal".split())



def _vowelled(part: str) -> bool:
    return any(ch in "AEIOUYÜÊ" for ch in part)


_CAPS_START_RE = re.compile(r"(?<![\w'\u2019-])[A-ZÜÊ]{2}")
_RANK_BEFORE_RE = re.compile(rf"(?<![\w-]){_RANKS}[ \t]+(?:[A-Z][a-zü]{{0,5}}[ \t]+)?\Z")


def _rank_capitals_matches(text: str):
    """_RANK_CAPS_RE's matches, searched from the capitals back to a rank (capitals are rarer than rank words' tries)."""
    done = -1
    for hit in _CAPS_START_RE.finditer(text):
        if hit.start() < done:
            continue
        rank = _RANK_BEFORE_RE.search(text, max(0, hit.start() - 40), hit.start())
        if rank:
            m = _RANK_CAPS_RE.match(text, rank.start())
            if m:
                done = m.end()
                yield m


def _rank_capitals(text: str, out: list) -> None:
    for m in _rank_capitals_matches(text):
        name = m.group("n")
        caps = [p.replace("'", "").replace("\u2019", "")
                for p in re.split(r"[ \t-]+", re.sub(r"^[A-Z][a-zü]{0,5}[ \t]+", "", name))]
        if not caps or any(c in _ACRONYMS for c in name.split()) or not all(_vowelled(c) for c in caps) \
                or (len(caps) == 1 and len(caps[0]) < 2):
            continue
        out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_rank_capitals", PERSON_PRIORITY, {}))


def _plural_ranks(text: str, out: list, matches) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    for m in matches:
        names = list(re.finditer(_LISTED_NAME, m.group("list")))
        if any(w in _NOT_SURNAME for n in names for w in n.group().split()):
            continue
        if m.re is _PERSON_GROUPS_RE and any(english_names().get(n.group(), ("",))[0] not in ("", "PERSON")
                                             for n in names):
            continue        # 'the bands of Kwangsi and Hunan': a known place among them names provinces' men
        base = m.start("list")
        for n in names:
            start, end = base + n.start(), base + n.end()
            out.append(Candidate(start, end, "PERSON", "rule:en_plural_rank", PERSON_PRIORITY, {}))


def _drop_inside(out: list, start: int, end: int, labels=("GPE", "LOC", "PERSON", "FAC")) -> None:
    for c in [c for c in out if start <= c.start and c.end <= end and (c.start, c.end) != (start, end)
              and c.label in labels]:
        out.remove(c)


_SHAN_AT = re.compile(r"[ \t]Shan(?![\w-])")
_SHAN_BACK = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z'\u2019]{1,8}(?:-[a-z'\u2019]{1,8}){1,2}\Z")
_RIVER_AT = re.compile(r"-(?:ho|kiang|chiang|shui)(?![\w'\u2019-])")
_RIVER_BACK = re.compile(r"(?<![\w-])(?P<battle>[Bb]attle[ \t]+of[ \t]+)?the[ \t]+"
                         r"(?P<n>[A-Z][a-z'\u2019]{1,8}(?:-[a-z'\u2019]{1,8})?)\Z")


def _places(text: str, out: list) -> None:
    """'X-y Shan' LOC, 'the X-ho' LOC, 'battle of the X-ho' EVENT: searched back from ' Shan' and from '-ho'/'-kiang'."""
    if " Shan" in text or "\tShan" in text:
        for at in literal_finditer(_SHAN_AT, text):
            back = _SHAN_BACK.search(text, max(0, at.start() - 30), at.start())
            if back:
                start, end = back.start(), at.end()
                _drop_inside(out, start, end)
                out.append(Candidate(start, end, "LOC", "rule:en_romanised_shan", PLACE_PRIORITY, {}))
    if "-ho" in text or "-kiang" in text or "-chiang" in text or "-shui" in text:
        for at in _RIVER_AT.finditer(text):
            back = _RIVER_BACK.search(text, max(0, at.start() - 40), at.start())
            if not back:
                continue
            if back.group("battle"):
                _drop_inside(out, back.start(), at.end(), ("GPE", "LOC", "EVENT"))
                out.append(Candidate(back.start(), at.end(), "EVENT", "rule:en_battle_of_river", EVENT_PRIORITY, {}))
            else:
                _drop_inside(out, back.start("n"), at.end(), ("GPE",))
                out.append(Candidate(back.start("n"), at.end(), "LOC", "rule:en_romanised_river", PLACE_PRIORITY, {}))


def find_romanised_forms(text: str, out: list) -> None:
    """The readings of the module doc, each only where its literal occurs."""
    _rank_capitals(text, out)
    if "als " in text or "ins " in text or "ors " in text or "ers " in text or "oys " in text or "nts " in text \
            or "res " in text or "gns " in text or "tes " in text or "men " in text or "ets " in text or "s. " in text \
            or "les " in text or "els " in text or "efs " in text or "des " in text or "his " in text or "ibs " in text:
        _plural_ranks(text, out, _PLURAL_RANK_RE.finditer(text))
    if "s of " in text:
        _plural_ranks(text, out, _PERSON_GROUPS_RE.finditer(text))
    _places(text, out)


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries
_RANK_CAPS_RE = guarded(_RANK_CAPS_RE)
_PLURAL_RANK_RE = guarded(_PLURAL_RANK_RE)
_PERSON_GROUPS_RE = guarded(_PERSON_GROUPS_RE)
