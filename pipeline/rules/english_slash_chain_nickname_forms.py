"""English MIL_UNIT and PERSON forms (session 18, helper s18enunit; audit of regimental histories, battalion
sites, Korean War unit pages, Indian Mutiny orders of battle, 1971 memoir pages, Malaya and Kohima blogs):

- A sub-unit written with its parent after a slash is one MIL_UNIT (guideline 3, as with a comma: `3rd
  Battalion/31st Infantry`, `A and B Batteries/57th Field Artillery Battalion`, `E Battery / B Brigade`): the
  slash joins a smaller echelon to a larger one only (two units of one echelon stay two: `7th/8th Division` is
  read elsewhere); numbers of both, the echelon of the sub-unit. A named corps after a comma (`, Royal Horse
  Artillery`) joins the chain as with commas.
- An ordinal with its title in brackets opening an item of an order of battle (`Second Brigade: 8th (King's
  Liverpool Regiment), ...`, `, 23rd (Royal Welsh Fusiliers)`) is two MIL_UNITs, the number and the title, as
  `the 18th (Royal Irish)` is after `the` (english_regiment_titles_route_armies); the title is a royal or plural name or ends in a
  regimental head word.
- A lettered company in quotes (`'C' Company`, `'A' and 'B' Companies`): one MIL_UNIT from the letter to the head
  (a span never starts on a quote; the inner quotes stay).
- A regimental combat team by its abbreviation (`RCT-31`, `RCT 5`, `the 187th RCT`): one MIL_UNIT 团.
- `Brigade of X` with a plural people or arm (`the Brigade of Gurkhas`, `Brigade of Guards`): one MIL_UNIT 旅;
  an echelon word read as a PERSON after a rank (`Major General Brigade of Gurkhas` is a post) is no PERSON.
- A name of initials and surname coordinated with a PERSON of the same shape (`2Lt C J Scott and D J Walsh`):
  PERSON.
- A quoted nickname between a rank and a surname is inside the PERSON (as `Frank ("X") Merrill`): `General
  'Punch' Cowan` -> `Punch' Cowan` (a span never starts on a quote; the closing quote stays inside).
- A one-word given name after a rank at a line end, continued on the next line by a PERSON (`Colonel
  Christian\\nMarie de X`): one PERSON over the line break, as a hard-wrapped name is one span.
- A name opened by a Malay or Indonesian geographic generic (`Sungei`/`Sungai` river, `Kuala` river mouth,
  `Bukit` hill, `Kampong`/`Kampung` village, `Pulau` island, `Tanjong`/`Tanjung` cape, `Telok`/`Teluk` bay, `Gunong`/
  `Gunung` mountain, `Padang` field, `Bandar` town, `Kota` fort/town, `Ayer`/`Air` water, `Batu` rock) is a place,
  never a PERSON (`Sungei Patani` is a town, not a Japanese name): the PERSON reading is dropped.
Criteria: forms of the unit designations and rank lists of the British, Indian and US armies as their own histories
write them; written for zhanji from the forms, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, replace_overlapping

PRIORITY = 64

_RANK = {"section": 0, "platoon": 1, "troop": 1, "company": 2, "battery": 2, "coy": 2, "squadron": 3,
         "battalion": 3, "regiment": 4, "brigade": 4, "group": 4, "division": 5, "corps": 6, "army": 7}
_HEAD_KEY = {"Platoon": "platoon", "Troop": "troop", "Company": "company", "Companies": "company",
             "Battery": "battery", "Batteries": "battery", "Squadron": "squadron", "Battalion": "battalion",
             "Regiment": "regiment", "Brigade": "brigade", "Division": "division", "Corps": "corps",
             "Army": "army", "Infantry": "regiment", "Cavalry": "regiment", "Marines": "regiment",
             "Artillery": "regiment", "Rifles": "regiment"}
_SLASH = re.compile(r"[ \t]?/[ \t]?")
# a designation right after the slash when no finder read it: ordinal or letter, up to four capitalised words, head
_PARENT = re.compile(r"(?P<n>\d{1,3}(?:st|nd|rd|th|d)|[A-Z])(?:[ \t]+[A-Z][A-Za-z-]{1,20}){0,4}?[ \t]+"
                     r"(?P<h>" + "|".join(sorted(_HEAD_KEY, key=lambda w: (-len(w), w))) + r")(?![\w-])")
_CORPS_TAIL = re.compile(r",[ \t]+(?:the[ \t]+)?")
_CORPS_HEADS = ("Artillery", "Engineers", "Signals", "Sappers and Miners")
_ITEM_TITLE = re.compile(
    r"(?:(?<=[:;,][ \t])|(?<=[:;,]\n)|(?<=\band[ \t])|^)(?P<n>\d{1,3})(?:st|nd|rd|th|d)[ \t]+\((?P<t>[A-Z][\w'\u2019.-]{1,20}"
    r"(?:[ \t]+[A-Z][\w'\u2019.-]{1,20}){0,3})\)(?![ \t]+[A-Z\d])", re.M)
_ROYAL = frozenset("Royal King's Queen's King\u2019s Queen\u2019s Prince Princess Duke".split())
_TITLE_HEADS = frozenset("Regiment Fusiliers Rifles Highlanders Lancers Hussars Dragoons Guards Horse Infantry "
                         "Borderers Foot".split())
_QUOTED_COY = re.compile(
    r"(?<![\w])['\u2018](?P<a>[A-HK-M])['\u2019](?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)['\u2018][A-HK-M]['\u2019]){0,3}"
    r"[ \t]+(?P<h>Company|Companies|Battery|Batteries|Squadron|Squadrons|Troop|Troops)(?![\w-])")
_QUOTED_ECHELON = {"Company": "连", "Battery": "连", "Squadron": "中队", "Troop": "排"}
_RCT = re.compile(r"(?<![\w-])(?:RCT[ \t]?-?[ \t]?(?P<a>\d{1,3})|(?P<b>\d{1,3})(?:st|nd|rd|th|d)[ \t]+RCT)(?![\w-])")
_BRIGADE_OF = re.compile(r"(?<![\w-])Brigade[ \t]+of[ \t]+(?P<p>[A-Z][a-z]{2,15}s)(?![\w-])")
_ECHELON_WORDS = frozenset("Brigade Division Corps Regiment Battalion Army Command Group Force Fleet Squadron "
                           "Company Battery Headquarters Staff Brigades Divisions".split())
_INITIALS_NAME = re.compile(r"(?:[A-Z][ \t]){1,3}[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?$")
_AND_INITIALS = re.compile(r"[ \t]+(?:and|&)[ \t]+(?P<p>(?:[A-Z][ \t]){1,3}[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?)"
                           r"(?![\w'\u2019-])")
_NICKNAME = re.compile(
    r"(?<![\w-])(?:General|Brigadier|Colonel|Major|Captain|Lieutenant|Admiral|Marshal|Sergeant|Gen\.?|Brig\.?|Col\.?|"
    r"Maj\.?|Capt\.?|Lt\.?|Adm\.?|Sgt\.?)[ \t]+(?:(?:General|Colonel|Commander)[ \t]+)?"
    r"(?P<q>['\u2018\"\u201c])(?P<n>[A-Z][a-z]{1,12}(?:[ \t][A-Z][a-z]{1,12})?)['\u2019\"\u201d][ \t]+"
    r"(?P<s>[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?)(?![\w'\u2019-])")
_MALAY_GENERICS = frozenset("Sungei Sungai Kuala Bukit Kampong Kampung Pulau Pulo Tanjong Tanjung Telok Teluk Gunong "
                            "Gunung Padang Bandar Kota Ayer Batu Lubok Lubuk Parit Simpang".split())
_RANK_BEFORE = re.compile(r"(?:Colonel|General|Captain|Major|Lieutenant|Brigadier|Admiral|Commander|Col\.?|Gen\.?|"
                          r"Capt\.?|Maj\.?|Lt\.?|Brig\.?|Adm\.?)[ \t]+$")


def find_slash_chain_nickname_forms(text: str, out: list) -> None:
    """Edit `out` by the classes of the module doc."""
    if "/" in text:
        _slash_chains(text, out)
    if "(" in text:
        _item_titles(text, out)
    if "'" in text or "\u2018" in text:
        _quoted_companies(text, out)
    if "RCT" in text:
        _rcts(text, out)
    if "Brigade of" in text or any(c.label == "PERSON" and text[c.start:c.end] in _ECHELON_WORDS for c in out):
        _brigade_of(text, out)
    if " and " in text or "&" in text:
        _coordinated_initials(text, out)
    if "\n" in text:
        _wrapped_names(text, out)
    if "'" in text or "\u2018" in text or '"' in text or "\u201c" in text:
        _nicknames(text, out)
    out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end].split()[0] in _MALAY_GENERICS
                                     and " " in text[c.start:c.end])]


def _key(text: str, c: Candidate) -> str:
    key = (c.norm or {}).get("echelon_key") or ""
    return key if key in _RANK else _HEAD_KEY.get(text[c.start:c.end].split()[-1], "")


def _slash_chains(text: str, out: list) -> None:
    units = sorted((c for c in out if c.label == "MIL_UNIT"), key=lambda c: (c.start, -c.end))
    by_start = {}
    for c in units:
        by_start.setdefault(c.start, c)
    for x in units:
        if x not in out or not text[x.end - 1:x.end].isalpha() or _key(text, x) not in _RANK:
            continue
        m = _SLASH.match(text, x.end)
        if not m or m.group() == "/" and text[x.end - 1:x.end].isdigit():
            continue
        y = by_start.get(m.end())
        if y is not None and _key(text, y) in _RANK:
            y_end, y_key, y_numbers = y.end, _key(text, y), list((y.norm or {}).get("numbers") or [])
        else:
            p = _PARENT.match(text, m.end())
            if not p:
                continue
            y_end, y_key = p.end(), _HEAD_KEY[p.group("h")]
            n = re.match(r"\d+", p.group("n"))
            y_numbers = [int(n.group())] if n else []
        if _RANK[y_key] <= _RANK[_key(text, x)]:
            continue          # two units of one echelon, or a larger unit first: no chain
        end = y_end
        t = _CORPS_TAIL.match(text, end)
        if t:
            z = by_start.get(t.end())
            if z is not None and text[z.start:z.end].endswith(_CORPS_HEADS):
                end = z.end
        norm = dict(x.norm or {})
        norm["numbers"] = list(norm.get("numbers") or []) + y_numbers
        replace_overlapping(out, Candidate(x.start, end, "MIL_UNIT", "rule:en_slash_parent", PRIORITY, norm))


def _item_titles(text: str, out: list) -> None:
    for m in _ITEM_TITLE.finditer(text):
        words = m.group("t").split()
        if not (words[0] in _ROYAL or words[-1] in _TITLE_HEADS or (words[-1].endswith("s") and len(words) == 1
                                                                     and not words[-1].endswith("ss"))):
            continue
        n_end = m.start() + len(m.group("n")) + 2
        if any(c.label == "MIL_UNIT" and c.start == m.start() and c.end == n_end for c in out) and \
                any(c.label == "MIL_UNIT" and c.start == m.start("t") and c.end == m.end("t") for c in out):
            continue
        unit = {"numbers": [], "echelon": "团", "echelon_key": "regiment", "prefix": "", "side": "UK", "id": None}
        replace_overlapping(out, Candidate(m.start(), n_end, "MIL_UNIT", "rule:en_item_number_title", PRIORITY,
                                dict(unit, numbers=[int(m.group("n"))])))
        replace_overlapping(out, Candidate(m.start("t"), m.end("t"), "MIL_UNIT", "rule:en_item_number_title", PRIORITY, unit))


def _quoted_companies(text: str, out: list) -> None:
    for m in _QUOTED_COY.finditer(text):
        head = m.group("h").rstrip("s").replace("Companie", "Company").replace("Batterie", "Battery")
        norm = {"numbers": [], "echelon": _QUOTED_ECHELON[head], "echelon_key": head.lower(), "prefix": "",
                "side": None, "id": None}
        replace_overlapping(out, Candidate(m.start("a"), m.end(), "MIL_UNIT", "rule:en_quoted_company", PRIORITY, norm))


def _rcts(text: str, out: list) -> None:
    for m in _RCT.finditer(text):
        n = int(m.group("a") or m.group("b"))
        replace_overlapping(out, Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_rct", PRIORITY,
                                {"numbers": [n], "echelon": "团", "echelon_key": "regiment", "prefix": "",
                                 "side": "US", "id": None}))


def _brigade_of(text: str, out: list) -> None:
    out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end] in _ECHELON_WORDS)]
    for m in _BRIGADE_OF.finditer(text):
        if any(c.label == "MIL_UNIT" and c.start <= m.start() and m.end() <= c.end for c in out):
            continue
        replace_overlapping(out, Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_brigade_of", PRIORITY,
                                {"numbers": [], "echelon": "旅", "echelon_key": "brigade", "prefix": "",
                                 "side": None, "id": None}))


def _coordinated_initials(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "PERSON"]:
        if not _INITIALS_NAME.match(text[c.start:c.end]):
            continue
        m = _AND_INITIALS.match(text, c.end)
        if not m or any(o.start < m.end("p") and o.end > m.start("p") and o.label != "PERSON" and
                        not (o.start >= m.start("p") and o.end <= m.end("p")) for o in out):
            continue
        if any(o.label == "PERSON" and o.start == m.start("p") and o.end == m.end("p") for o in out):
            continue
        replace_overlapping(out, Candidate(m.start("p"), m.end("p"), "PERSON", "rule:en_coordinated_initials", PRIORITY, {}))


def _wrapped_names(text: str, out: list) -> None:
    persons = [c for c in out if c.label == "PERSON"]
    for a in persons:
        piece = text[a.start:a.end]
        if " " in piece or not piece[1:].islower() or text[a.end:a.end + 1] != "\n" or a not in out:
            continue
        if not _RANK_BEFORE.search(text, max(0, a.start - 14), a.start):
            continue
        after = [b for b in out if b.label == "PERSON" and b.start == a.end + 1]
        if not after:
            continue
        b = max(after, key=lambda c: c.end)
        replace_overlapping(out, Candidate(a.start, b.end, "PERSON", "rule:en_wrapped_name", PRIORITY, {}))


def _nicknames(text: str, out: list) -> None:
    for m in _NICKNAME.finditer(text):
        start, end = m.start("n"), m.end("s")
        if any(c.label == "PERSON" and c.start == start and c.end == end for c in out):
            continue
        if any(c.label not in ("PERSON",) and c.start < end and c.end > start for c in out
               if c.start >= m.start("s")):
            continue      # the surname is read as something else (a place, a unit): leave it
        replace_overlapping(out, Candidate(start, end, "PERSON", "rule:en_quoted_nickname", PRIORITY, {}))
