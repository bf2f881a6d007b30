"""Battalions and sub-units as British and Commonwealth war diaries, orders of battle and unit histories write them
(session 27, helper s27enunit: audit of all nine labels on 17 unseen passages of the colonial, Irish, Greek, Finnish,
Nigerian and Second World wars; war diaries, memoirs, regimental and museum pages, OCR'd books, news features).

- A battalion's number before its regiment's short title (`2 Hants`, `1/4 Hamps`, `6 Innisks`, `1 RIrF`, `5 Beds &
  Herts`, `142 RAC`, `4/7 DG`): one MIL_UNIT, numbers [2] or [1, 4] (a Territorial battalion's two numbers), echelon
  营 (a numbered armoured or cavalry regiment: 团). The titles are those of `regiment_short_titles_en.tsv`; several
  are county abbreviations too, so a title is read only after the number, never alone, and not before a street word
  (`10 Essex Street`) nor after a word that makes the number a day, a page or a count of something else
  (`May 2 Essex`, `page 12 Hants`).
- A lettered company, squadron, battery or troop written straight before its regiment (`A Squadron Northern Irish
  Horse`, `B Squadron 16th/5th Lancers`, `C Company London Irish Rifles`, `D Company 2 Hants`): one MIL_UNIT, as a
  battalion written with its regiment is (guideline 3, `1st Battalion Gloucestershire`); the sub-unit's echelon and
  the regiment's numbers. Only where a MIL_UNIT another finder read begins right after the sub-unit's word (or at
  it, `Company London Irish Rifles`), with no comma between (a comma chain is english_designations').

Priority 63 (over the county places and the bare counts the number would otherwise make). Cost: the titles are
found by one pattern that starts with a figure (re skips to figures in C), the number read back from each; the sub-units only at the literals ` Company`,
` Squadron`, ` Battery`, ` Troop`, ` Coy`, ` Sqn`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.english_equipment_counts import NOT_COUNT_BEFORE
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

PRIORITY = 63

_ECHELONS = {"battalion": "营", "regiment": "团"}


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, tuple[str, str, str]], re.Pattern]:
    """Short title -> (zh name, echelon key, side: UK unless a fourth column says) (regiment_short_titles_en.tsv), and one pattern of a figure before any
    title (re skips to the figures in C; the whole number is read back from the title)."""
    table = {}
    for row in read_rows("regiment_short_titles_en.tsv"):
        if len(row) >= 3:
            side = row[3].strip() if len(row) >= 4 and row[3].strip() else "UK"
            table.setdefault(row[0].strip(), (row[1].strip(), row[2].strip(), side))
    alternation = "|".join(re.escape(t).replace(r"\ ", r"[ \t]") for t in sorted(table, key=len, reverse=True)) or "(?!)"
    return table, re.compile(rf"\d(?:st|nd|rd|th)?[ \t]+(?P<t>{alternation})")


# the battalion's number read back from a title: '2 ', '1/4 ', '142 ', '2nd ' (not after a figure, a stop or a sign)
_NUMBER_BEFORE = re.compile(r"(?<![\w,./\u00a3$-])(?:(?P<b>[1-9]\d?)/)?(?P<n>[1-9]\d{0,2})(?:st|nd|rd|th)?[ \t]+\Z")
_TITLE_END = re.compile(r"(?![\w&'\u2019-])"
                        r"(?![ \t]+(?:Street|Road|Lane|Square|Place|Avenue|Terrace|Gardens|Way|Close|Crescent|County"
                        r"|Council)\b)"
                        # a count of the regiment's men, not the battalion ('12 Wilts men', '40 Hants casualties')
                        r"(?![ \t]+(?:men|soldiers|troops|officers|other[ \t]+ranks|ORs|casualties|prisoners|dead|wounded"
                        r"|killed|sepoys|jawans|villages|villagers|tribesmen|rebels|families|women|children|people)\b)"
                        # a people's or a corps' adjective before a larger echelon ('5 Guards Armoured Brigade', '2 Sikh
                        # Light Infantry' is read by its head elsewhere)
                        r"(?![ \t]+(?:Army|Corps|Division|Brigade|Regiment|Battalion|Armoured|Armored|Tank|Rifle|Mechanized"
                        r"|Mechanised|Cavalry|Infantry|Light|Motor|Airborne|Parachute|Mountain)\b)")


# titles that are also plural nouns for soldiers ('49 Grenadiers and 1 Rifleman jumped ship'): read only after `the`
# or an opening bracket (`the 14 Guards`, `(18 Grenadiers)`), or where the same number and title are read so in the
# text (session 28); the Indian Army's titles are read after a cardinal only and not before a capitalised word
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_COUNT_TITLES = frozenset({"Grenadiers", "GRENADIERS", "Guards"})
# titles that are a province's name (session 29): not before a lower-case plural they would qualify ('3 Punjab rivers',
# '12 Sind districts'), as a verb in -s may follow ('2 Punjab was relieved')
_PLACE_TITLES = frozenset("Punjab PUNJAB Sind SIND Madras MADRAS Bihar BIHAR Assam ASSAM".split())
_PLURAL_AFTER = re.compile(r"[ \t]+(?!(?:was|has|is|as)\b)[a-z]{2,}s\b")
_UNIT_CUE_BEFORE = re.compile(r"(?:(?<![\w-])(?:the|The)[ \t]+|\([ \t]*)\Z")


def _numbered_titles(text: str, out: list, found: list) -> None:
    table, pattern = _titles()
    hits = []
    for hit in pattern.finditer(text):
        end = hit.end()
        if not _TITLE_END.match(text, end):
            continue
        m = _NUMBER_BEFORE.search(text, max(0, hit.start("t") - 10), hit.start("t"))
        if m is None:
            continue
        hits.append((hit, m))
    cued = {text[m.start():hit.end()] for hit, m in hits
            if _UNIT_CUE_BEFORE.search(text, max(0, m.start() - 5), m.start())}
    for hit, m in hits:
        end = hit.end()
        if hit.group("t") in _COUNT_TITLES and text[m.start():end] not in cued:
            continue
        if hit.group("t") in _PLACE_TITLES and _PLURAL_AFTER.match(text, end):
            continue
        if table[re.sub(r"[ \t]+", " ", hit.group("t"))][2] == "IN" and (
                m.group().rstrip()[-2:].isalpha() or _CAPITAL_AFTER.match(text, end)):
            continue               # an Indian title after an ordinal or before a capitalised word is part of a
            #                        longer name ('the 34th Sikh Pioneers', '14th Sikh Infantry'): not read here
        zh, key, side = table[re.sub(r"[ \t]+", " ", hit.group("t"))]
        start = m.start()
        if NOT_COUNT_BEFORE.search(text, max(0, start - 12), start):   # 'May 2 Essex', 'page 12 Hants'
            continue
        numbers = [int(m.group("n"))] if m.group("b") is None else [int(m.group("b")), int(m.group("n"))]
        if any(c.start <= start and end <= c.end and c.label == "MIL_UNIT" and (c.start, c.end) != (start, end)
               for c in out):
            continue                   # a longer unit holds it ('2 Hants Regiment')
        if any((c.start, c.end, c.label) == (start, end, "MIL_UNIT") and (c.norm or {}).get("echelon") in ("营", "团")
               for c in out):
            continue                   # another finder read it with an echelon; one that took the title for its
            #                            echelon ('12 EBR' read as a unit of echelon EBR; session 29) gives way
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        found.append(Candidate(start, end, "MIL_UNIT", "rule:en_battalion_short_title", PRIORITY,
                               {"numbers": numbers, "en_hint": {"numbers": numbers, "echelon": _ECHELONS.get(key, "营"),
                                                                "echelon_key": key, "prefix": "", "side": side,
                                                                "id": None, "name": zh}}))


_SUB_LITERALS = (" Company", " Squadron", " Battery", " Troop", " Coy", " Sqn")
_SUB_UNIT = re.compile(r"(?<![\w&/-])(?P<l>[A-H]|HQ)[ \t]+(?P<e>Company|Coy|Squadron|Sqn|Battery|Troop)(?P<gap>[ \t]+|[ \t]*\n[ \t]*)"
                       r"(?=[A-Z0-9])")
_SUB_ECHELON = {"Company": ("连", "company"), "Coy": ("连", "company"), "Squadron": ("中队", "squadron"),
                "Sqn": ("中队", "squadron"), "Battery": ("连", "battery"), "Troop": ("排", "troop")}
# a regiment no finder read, by its head word after capitalised words ('Northern Irish Horse', 'Westminster Dragoons')
_REGIMENT_AFTER = re.compile(r"(?:[A-Z][a-z]+(?:'s|\u2019s)?[ \t]+){1,3}(?:Horse|Hussars|Lancers|Dragoons|Dragoon[ \t]+Guards"
                             r"|Yeomanry|Rifles|Regiment|Guards|Fusiliers|Highlanders|Light[ \t]+Infantry|Borderers"
                             r"|Rangers)(?![\w-])")
_SUB_WORDS = re.compile(r"(?:Company|Coy|Squadron|Sqn|Battery|Troop|Platoon|Section)\b")


def _sub_unit_matches(text: str) -> list[re.Match]:
    """_SUB_UNIT's matches, tried only where a head word stands (one or two letters before it)."""
    found = []
    for literal in _SUB_LITERALS:
        for at in literal_positions(text, literal):
            for start in (at - 1, at - 2):
                m = _SUB_UNIT.match(text, start) if start >= 0 else None
                if m is not None:
                    found.append(m)
                    break
    return sorted(found, key=lambda m: m.start())


def _lettered_sub_units(text: str, out: list, found: list) -> None:
    for m in _sub_unit_matches(text):
        units = [c for c in (*out, *found) if c.label == "MIL_UNIT" and c.end > m.end()
                 and (c.start == m.end() or c.start == m.start("e"))]
        if not units:
            r = _REGIMENT_AFTER.match(text, m.end())
            if r is None or any(c.start < r.end() and m.start() < c.end and c.label != "MIL_UNIT"
                                and not (m.end() <= c.start and c.end <= r.end()) for c in (*out, *found)):
                continue
            units = [Candidate(r.start(), r.end(), "MIL_UNIT", "rule:en_lettered_sub_unit", PRIORITY,
                               {"numbers": [], "side": "UK"})]
        parent = max(units, key=lambda c: c.end)
        head = text[m.end():parent.end] if parent.start == m.end() else text[m.end("e"):parent.end].strip()
        if not head or _SUB_WORDS.match(head):
            continue                   # 'A Company B Company': two sub-units, no regiment
        start, end = m.start(), parent.end
        echelon, key = _SUB_ECHELON[m.group("e")]
        parent_norm = (parent.norm or {}).get("en_hint") or parent.norm or {}
        norm = {"en_hint": {"numbers": list(parent_norm.get("numbers") or []), "echelon": echelon, "echelon_key": key,
                            "prefix": "", "side": parent_norm.get("side"), "id": None}}
        priority = max([PRIORITY] + [c.priority + 1 for c in (*out, *found) if c.start < end and start < c.end])
        for pool in (out, found):
            for c in [c for c in pool if c.start < end and start < c.end]:
                pool.remove(c)
        found.append(Candidate(start, end, "MIL_UNIT", "rule:en_lettered_sub_unit", priority, norm))


def find_battalion_short_titles(text: str, out: list) -> None:
    """Battalions by number and short title, lettered sub-units with their regiment (see the module docstring)."""
    found: list = []
    _numbered_titles(text, out, found)
    _lettered_sub_units(text, out, found)
    out.extend(found)
