"""Forms of English writing on Republican China, 1911-1950 (session 13 audit, helper auditen7).

- Railways named by their two ends, coordinated before one plural head: `the Lung-Hai and Peiping-Hankow railways`,
  `the Canton-Kowloon, Canton-Hankow and Tientsin-Pukow lines`: one FAC over the list (rule 4 and rule 10 read for
  structures, as `沙角、大角炮台` is one FAC). Each member is a pair of capitalised names joined by a hyphen or a dash
  (the way railways of the period were named: 平汉 Peking-Hankow, 陇海 Lung-Hai, 津浦 Tientsin-Pukow); the head is
  `railways`, `railroads` or `lines`. A lone `X-Y railway` is read by english.PLACE_SUFFIX_RE. A pair with a
  people's adjective or a combining form (`the Sino-Japanese and Russo-Japanese lines of policy`) names no railway.
- A province written before `New Army` names that province's New Army of 1901-1911 (`the Hubei New Army` 湖北新军,
  `the Yunnan New Army`): one MIL_UNIT (the reading of `湖北新军`, session 11), name province + 新军 (a
  province known to the place tables; `the Beiyang New Army` is a lexicon force of its own).

Found from the literals of the heads (str.find); nothing is scanned where none stands.
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import demonyms
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

PRIORITY = 58
_HEADS = ("railways", "Railways", "railroads", "Railroads", "lines", "Lines")
_END = r"(?:[A-Z][a-z]{1,14}|[A-Z][a-z]{0,6}['\u2019][a-z]{1,8})"
_PAIR = rf"{_END}[-\u2010\u2011\u2013]{_END}"
_LIST_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<list>{_PAIR}(?:,[ \t]+{_PAIR}){{0,4}},?[ \t]+(?:and|&)[ \t]+{_PAIR})"
                          rf"[ \t]+$")


_COMBINING = frozenset("Sino Russo Anglo Franco Italo Austro Indo Greco Afro Euro Nippo Judeo Hispano Germano "
                       "Soviet Pan".split())
_PAIR_RE = re.compile(_PAIR)


def _railway_pair(pair: str) -> bool:
    ends = re.split(r"[-\u2010\u2011\u2013]", pair)
    return not any(e in _COMBINING or e in demonyms() for e in ends)


_PROVINCE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<p>[A-Z][a-z]{2,12}(?:-[a-z]{2,8})?)[ \t]+$")


def _new_armies(text: str, out: list) -> None:
    from pipeline.normalize.places import place_lexicon  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    for at in literal_positions(text, "New Army"):
        end = at + len("New Army")
        if end < len(text) and (text[end].isalnum() or text[end] == "-"):
            continue
        m = _PROVINCE_BEFORE.search(text, max(0, at - 20), at)
        if m is None:
            continue
        label, zh = english_names().get(m.group("p"), ("", ""))
        entry = place_lexicon().get(zh) if label == "GPE" else None
        if entry is None or entry.kind != "province":
            continue
        name = zh + "新军"
        out.append(Candidate(m.start("p"), end, "MIL_UNIT", "rule:en_provincial_new_army", 64,
                             {"numbers": [], "echelon": "军", "prefix": "", "side": "QING", "name": name,
                              "id": f"QING/named/{name}"}))


def find_china_forms(text: str, out: list) -> None:
    """Coordinated railways named by their ends; provinces' New Armies (see the module doc)."""
    if "New Army" in text:
        _new_armies(text, out)
    for head in _HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if not at or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            m = _LIST_BEFORE.search(text, max(0, at - 120), at)
            if m is not None and all(_railway_pair(p.group()) for p in _PAIR_RE.finditer(m.group("list"))):
                out.append(Candidate(m.start("list"), end, "FAC", "rule:en_railway_list", PRIORITY, {}))
