"""English text's unit forms of the wars outside Asia (session 26, helper s26enunit: audit of all nine labels on
16 unseen passages of the Boer, American Civil, First World, Spanish Civil, Mexican, Italo-Ethiopian and Second World
wars; regimental pages, war diaries, memoirs, forums, wiki mirrors).

- German designations as English texts copy them (order-of-battle sites, forums, unit histories): a number with a
  full stop before a German compound head (`the 21. Panzer-Division`, `the 7. Armee`, `XXXX. Panzerkorps`), a
  German head before its number (`Grenadier-Regiment 916`, `Jagdgeschwader 52`, `schwere Panzer-Abteilung 503`,
  `Panzer-Ersatz- und Ausbildungs-Abteilung 100`) and a command named by a letter or a name
  (`Heeresgruppe Mitte`, `Kampfgruppe Weber`, `Panzergruppe Kleist`): one MIL_UNIT each, numbers and echelon;
  the German army groups by their English names too (`Army Group Centre`, `Army Group B`; session 28 s28enunit).
  The head must be German: a hyphenated compound or a word English does not have (Armee, Korps, Bataillon,
  Abteilung, Kompanie, Batterie, Geschwader, Staffel, Flottille, glued -division/-korps/-armee); `7. Division` and
  `Regiment 6` stay untouched (a sentence's last number before an English word).
- An army named by the region or river it fought in (`the Army of Northern Virginia`, `the Army of the Loire`, `the
  Army of the Cumberland`, `the Army of Africa`) and a formation named by a compass point (`the Division of the
  North`, `the Corps of the East`): one MIL_UNIT; the place inside gives way (guideline 6). Not `Grand Army of the
  Republic` (a veterans' society), not an army named after a person already read as one (`the Army of X` where X
  is a PERSON), nor a name a MIL_UNIT or ORG already covers. A nation's army read over a people's adjective and
  `Army` right before it gives way (session 29, s29enunit: `the Greek Army of Asia Minor`, `the French Army of the
  Loire`, `the Egyptian Army of the Sinai` -> `Army of X`, the adjective outside by guideline 2; not `British Army of
  the Rhine`, a standing name, and not `Arab Army of Salvation`, whose `of` names no place).
- A corps named by a nation after `the` (`the Canadian Corps`, `the Australian Corps`, `the Indian Corps` of 1914-18):
  one MIL_UNIT, echelon 军; the people's adjective must be one of demonyms_en.tsv, and no `of` or capitalised word
  follows (`the Canadian Corps of Guides`, `the Indian Corps Commander` are other names).
- Ottoman and Egyptian honorifics after a name (`Enver Pasha`, `Osman Bey`, `Ali Effendi`, `Mustafa Kemal Pasha`):
  the name is a PERSON and the honorific stays outside it (guideline 1, a title is outside PERSON); ranks and
  titles before the name stay outside too (`General Cemal Pasha` -> `Cemal`).
Priority 62 (over the lexicon's places and the capitalised-run readings); cheap: each part is gated on its
literal (`. ` before a capital after a number, `-`, `gruppe`, `Army of`/` of the `, `Pasha`/`Bey`/`Effendi`).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, overlapping

PRIORITY = 62

_HEADS = (("ivision", "师", "division"), ("rmee", "集团军", "army"), ("orps", "军", "corps"),
          ("rigade", "旅", "brigade"), ("egiment", "团", "regiment"), ("ataillon", "营", "battalion"),
          ("bteilung", "营", "battalion"), ("ompanie", "连", "company"), ("atterie", "连", "battery"),
          ("eschwader", "联队", "wing"), ("taffel", "中队", "squadron"), ("lottille", "舰队", "flotilla"))
_PREFIXES = (("Panzergrenadier", "装甲掷弹兵"), ("Panzer", "装甲"), ("Infanterie", "步兵"), ("Grenadier", "掷弹兵"),
             ("Fallschirmj", "伞兵"), ("Gebirgs", "山地"), ("Volksgrenadier", "国民掷弹兵"), ("Jagd", "战斗机"),
             ("Kampf", "轰炸机"), ("Artillerie", "炮兵"), ("Kavallerie", "骑兵"), ("Luftwaffen-Feld", "空军野战"))
_G = "A-Za-z\u00c4\u00d6\u00dc\u00e4\u00f6\u00fc\u00df"
# a German head: a hyphenated compound ('Infanterie-Division', 'Panzer-Ersatz- und Ausbildungs-Abteilung') or one
# word with a German head ('Armee', 'Panzerkorps', 'Jagdgeschwader')
_HEAD = (rf"(?P<h>(?=[A-Z\u00c4\u00d6\u00dc])(?:SS-)?(?:(?:[A-Z\u00c4\u00d6\u00dc][{_G}]*-)+[ \t]+(?:und|u\.)[ \t]+)?"
         rf"(?:[A-Z\u00c4\u00d6\u00dc][{_G}]*-)*(?:[A-Z\u00c4\u00d6\u00dc][{_G}]*?)?"
         r"(?:[Dd]ivision|[Aa]rmee|[Kk]orps|[Bb]rigade|[Rr]egiment|[Bb]ataillon|[Aa]bteilung|[Kk]ompanie|[Bb]atterie"
         r"|[Gg]eschwader|[Ss]taffel|[Ff]lottille))(?![\w-])")
_NUMBER_FIRST = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|[IVXL]{1,7})\.[ \t]" + _HEAD)
_NUMBER_AFTER = re.compile(r"(?<![\w-])(?:[Ss]chwere[ \t]+|[Ll]eichte[ \t]+)?" + _HEAD + r"[ \t]+(?P<n>\d{1,4})(?![\w.,]?\d)")
_NUMBER_FIRST_GATE = re.compile(r"[\dIVXL]\.[ \t][A-Z\u00c4\u00d6\u00dc][\w-]*(?:ivision|rmee|orps|rigade|egiment|ataillon"
                                r"|bteilung|ompanie|atterie|eschwader|taffel|lottille)")
_NUMBER_AFTER_GATE = re.compile(r"(?:ivision|rmee|orps|rigade|egiment|ataillon|bteilung|ompanie|atterie|eschwader|taffel"
                                r"|lottille)[ \t]+\d")
_GERMAN_ONLY = re.compile(r"(?:Armee|Korps|Bataillon|Abteilung|Kompanie|Batterie|Geschwader|Staffel|Flottille"
                          r"|[a-z\u00e4\u00f6\u00fc](?:division|armee|korps|brigade|regiment|geschwader|staffel|flottille|abteilung"
                          r"|bataillon))$")
_COMMAND = re.compile(r"(?<![\w-])(?P<h>Heeresgruppe|Armeegruppe|Panzergruppe|Kampfgruppe|Armeeabteilung)[ \t]+"
                      r"(?P<n>[A-Z](?![\w-])|[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+(?:[ \t]+[A-Z][a-z]+)?)")
# the German army groups of 1939-45 and the Army Group Africa by their English names (`Army Group Centre`, `Army Group
# B`, `Army Group Vistula`; session 28 s28enunit): the named ones only, a numbered `1st Army Group` is UNIT_RE's
_ARMY_GROUP = re.compile(r"(?<![\w-])Army[ \t]+Group[ \t]+(?:North[ \t]+Ukraine|South[ \t]+Ukraine|Upper[ \t]+Rhine"
                         r"|North|South|Centre|Center|Don|Vistula|Courland|Kurland|Africa|Afrika|Ostmark|[A-H])(?![\w-])")
_COMMAND_ECHELONS = {"Heeresgruppe": "集团军群", "Armeegruppe": "集团军群", "Panzergruppe": "装甲集群",
                     "Kampfgruppe": "战斗群", "Armeeabteilung": "集团军"}

_ARMY_OF = re.compile(r"(?<![\w-])(?P<u>(?:Army|Armies)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<p>[A-Z][a-z\u00e9\u00e8]+"
                      r"(?:[ \t]+[A-Z][a-z\u00e9\u00e8]+){0,2}))(?![\w-])")
_COMPASS_OF = re.compile(r"(?<![\w-])(?P<u>(?P<h>Division|Corps)[ \t]+of[ \t]+the[ \t]+(?:North|South|East|West|Centre"
                         r"|Center|North-?[Ee]ast|North-?[Ww]est|South-?[Ee]ast|South-?[Ww]est|Northeast|Northwest"
                         r"|Southeast|Southwest))(?![\w-])")
_NATION_CORPS = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<u>(?P<d>[A-Z][a-z]{3,15})[ \t]+Corps)(?![\w-])"
                           r"(?![ \t]+(?:of|[A-Z]))")
_NOT_PLACES = frozenset("January February March April May June July August September October November December God "
                        "Occupation Liberation Salvation The This That His Her Their".split())

_HONORIFIC = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z\u00e7\u015f\u00fc\u00f6\u0131\u011f]+(?:[ \t]+[A-Z][a-z\u00e7"
                        r"\u015f\u00fc\u00f6\u0131\u011f]+){0,2})[ \t]+(?:Pasha|Pacha|Pa\u015fa|Bey|Beg|Effendi|Efendi)"
                        r"(?![\w-])")
_TITLES = frozenset("General Marshal Field Grand Vizier Governor Colonel Major Captain Lieutenant Sultan Khedive Sir "
                    "Admiral Commander Minister The A An Under Ottoman Turkish Egyptian Young Old Lord Prince Emir "
                    "Sheikh Shaikh Sharif Said Mr Dr Brigadier Mirliva Ferik".split())


def _unit(start: int, end: int, head: str, number: str | None, source: str) -> Candidate:
    echelon, key = "", ""
    for tail, ech, k in _HEADS:
        if head.lower().endswith(tail):
            echelon, key = ech, k
            break
    prefix = next((zh for de, zh in _PREFIXES if head.startswith(de)), "")
    numbers = []
    if number:
        numbers = [int(number)] if number.isdigit() else [roman_value(number)] if roman_value(number) else []
    return Candidate(start, end, "MIL_UNIT", source, PRIORITY,
                     {"numbers": numbers, "echelon": echelon, "echelon_key": key, "prefix": prefix,
                      "side": None, "id": None})


def roman_value(s: str) -> int:
    """The value of a Roman numeral (I-C); 0 for a word of other letters."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values.get(a, 0)
        total += -v if values.get(b, 0) > v else v
    return total


def _put(out: list, found: list, cand: Candidate, keep: tuple = ("MIL_UNIT", "ORG")) -> None:
    if any(c.start <= cand.start and cand.end <= c.end and c.label == "MIL_UNIT" for c in out):
        return
    if any(not (cand.start <= c.start and c.end <= cand.end) for c in overlapping(out, cand.start, cand.end, keep)):
        return
    out[:] = [c for c in out if c.end <= cand.start or c.start >= cand.end]
    found.append(cand)


def _german(text: str, out: list, found: list) -> None:
    if _NUMBER_FIRST_GATE.search(text):
        for m in literal_finditer(_NUMBER_FIRST, text):
            head = m.group("h")
            if "-" in head or _GERMAN_ONLY.search(head):
                _put(out, found, _unit(m.start(), m.end("h"), head, m.group("n"), "rule:en_german_designation"))
    for m in literal_finditer(_NUMBER_AFTER, text) if _NUMBER_AFTER_GATE.search(text) else ():
        head = m.group("h")
        if "-" in head or _GERMAN_ONLY.search(head):
            _put(out, found, _unit(m.start(), m.end(), head, m.group("n"), "rule:en_german_designation"))
    if "Army Group " in text:
        for m in literal_finditer(_ARMY_GROUP, text):
            cand = _unit(m.start(), m.end(), "Heeresgruppe", None, "rule:en_german_command")
            cand.norm["echelon"], cand.norm["echelon_key"] = "集团军群", "army_group"
            _put(out, found, cand)
    if "gruppe" in text or "Armeeabteilung" in text:
        for m in literal_finditer(_COMMAND, text):
            cand = _unit(m.start(), m.end(), m.group("h"), None, "rule:en_german_command")
            cand.norm["echelon"] = _COMMAND_ECHELONS[m.group("h")]
            _put(out, found, cand)


_NATION_WORD = re.compile(r"(?<![\w-])(?P<d>[A-Z][a-z]{3,15})[ \t]+$")


def _drop_nation_before(text: str, out: list, start: int) -> None:
    """`the Greek Army of Asia Minor`: the nation's army read over `Greek Army` gives way to the field army named by
    its place; the people's adjective stays outside (guideline 2). `British Army of the Rhine` is a name of its own."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    m = _NATION_WORD.search(text, max(0, start - 17), start)
    if not m or m.group("d") == "British" or m.group("d") not in demonyms():
        return
    for c in [c for c in out if c.label == "MIL_UNIT" and c.start == m.start("d") and start < c.end <= start + 4]:
        out.remove(c)


def _armies_of(text: str, out: list, found: list) -> None:
    if "Army of" in text or "Armies of" in text:
        for m in literal_finditer(_ARMY_OF, text):
            s, e = m.span("u")
            if m.group("p").split()[0] in _NOT_PLACES or text[max(0, s - 6):s] in ("Grand ", "GRAND "):
                continue
            if overlapping(out, m.start("p"), m.end("p"), ("PERSON",)):
                continue
            _drop_nation_before(text, out, s)
            _put(out, found, Candidate(s, e, "MIL_UNIT", "rule:en_army_of_place", PRIORITY,
                                       {"numbers": [], "echelon": "军", "echelon_key": "army", "prefix": "",
                                        "side": None, "id": None}))
    if " of the " in text:
        for m in literal_finditer(_COMPASS_OF, text):
            s, e = m.span("u")
            ech, key = ("师", "division") if m.group("h") == "Division" else ("兵团", "corps")
            _put(out, found, Candidate(s, e, "MIL_UNIT", "rule:en_compass_formation", PRIORITY,
                                       {"numbers": [], "echelon": ech, "echelon_key": key, "prefix": "",
                                        "side": None, "id": None}))


def _nation_corps(text: str, out: list, found: list) -> None:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    peoples = None
    for m in _NATION_CORPS.finditer(text):
        if peoples is None:
            peoples = demonyms()
        if m.group("d") not in peoples:
            continue
        s, e = m.span("u")
        _put(out, found, Candidate(s, e, "MIL_UNIT", "rule:en_nation_corps", PRIORITY,
                                   {"numbers": [], "echelon": "军", "echelon_key": "corps", "prefix": "",
                                    "side": None, "id": None}))


def _honorifics(text: str, out: list, found: list) -> None:
    if not ("Pasha" in text or "Pacha" in text or "Pa\u015fa" in text or "Bey" in text or "Beg" in text
            or "Efendi" in text or "Effendi" in text):
        return
    for m in literal_finditer(_HONORIFIC, text):
        words = m.group("name").split()
        s = m.start("name")
        while words and words[0] in _TITLES:
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else m.end("name")
            words = words[1:]
        if not words:
            continue
        e = m.end("name")
        if overlapping(out, s, m.end(), ("MIL_UNIT", "ORG", "EVENT", "FAC")):
            continue
        out[:] = [c for c in out if c.end <= s or c.start >= m.end() or c.label not in ("PERSON", "GPE", "LOC")]
        found.append(Candidate(s, e, "PERSON", "rule:en_honorific_name", PRIORITY, {}))


def find_german_designations_armies_of(text: str, out: list) -> None:
    """German designations, armies named by a place, Ottoman honorifics after a name (see the module docstring)."""
    found: list = []
    _german(text, out, found)
    _armies_of(text, out, found)
    if " Corps" in text:
        _nation_corps(text, out, found)
    _honorifics(text, out, found)
    out.extend(found)
