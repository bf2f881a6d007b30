"""Events named by 称, landing operations, fleet divisions and an infobox's rows of parties, in Chinese working text.

`find_named_events_party_rows(text)`:
- EVENT: a name given by 称/史称 (史称“X”); a landing operation at a known place or its bay or port (X登陆作战).
- MIL_UNIT: a numbered division of a fleet or a guerrilla fleet (第N游击队, 本队); the rows of an infobox's parties
  block (参战方) that end in an echelon word.

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import LazyPattern as _lazy, anchored_finditer
from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate
from pipeline.rules.local_place_forms_zh import NOT_PLACE_START

_HAN = "[^\\x00-\\x7f\\s，。、；：！？（）“”‘’「」『』《》〈〉【】…—～·・丨]"

# a battle named after a naming verb (又称X战斗, 亦称X之战): the verb is outside the name
_NAMED_AS_RE = _lazy(f"(?:又|亦|或|简|史|通|俗|也|并|合)称({_HAN}{{2,6}}?(?:战斗|战役|之战|之役|会战|事变|战争|海战|大捷|保卫战))")
_NAMED_AS_ANCHOR = _lazy("称")
# a landing operation: 荣成湾登陆作战 (the 作战 belongs to the name)
_LANDING_RE = _lazy(f"({_HAN}{{2,4}}?)登陆作战")
_LANDING_ANCHOR = _lazy("登")
# the divisions of a fleet: 联合舰队本队, 第一游击队
_FLEET_DIVISION_RE = _lazy(f"联合舰队本队|第[一二三四五六七八九十]{{1,2}}游击队")
_FLEET_DIVISION_ANCHOR = _lazy("[联第]")
# the rows of an infobox's belligerents block (参战方 … 指挥官): a unit named by function or region, no number
_PARTIES_HEAD = _lazy("参战方\n|参战部队\n")
_PARTY_ROW = _lazy(f"{_HAN}{{1,4}}(?:旅|团|师|游击队|支队|纵队|大队|卫队)")


def find_named_events_party_rows(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = place_lexicon()
    if "称" in text:
        for m in anchored_finditer(_NAMED_AS_RE, text, _NAMED_AS_ANCHOR, 1):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-named-as", 46))
    if "登陆作战" in text:
        for m in anchored_finditer(_LANDING_RE, text, _LANDING_ANCHOR, 4):
            name = m.group(1)
            # the place, or the place's bay or port (荣成 → 荣成湾)
            k = next((k for k in range(len(name) - 1)
                      if name[k:] in places or name[-1] in "湾港岛口" and name[k:-1] in places), None)
            if k is not None:
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-landing", 46))
    if "游击队" in text or "本队" in text:
        for m in anchored_finditer(_FLEET_DIVISION_RE, text, _FLEET_DIVISION_ANCHOR, 0):
            number = parse_number(m.group()[1:-3]) if m.group().startswith("第") else None
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-fleet-division", 61,
                                 norm={"unit_hint": {"numbers": [number] if number else [], "echelon": "队", "prefix": ""}}))
    if "参战" in text:
        for head in _PARTIES_HEAD.finditer(text):
            stop = text.find("指挥官", head.end(), head.end() + 400)
            pos = head.end()
            for line in text[head.end():stop if stop > 0 else head.end()].split("\n"):
                row = line.strip(" \u3000\t")
                start = pos + line.find(row) if row else pos
                pos += len(line) + 1
                if _PARTY_ROW.fullmatch(row) and not is_common_word(row, 50) and row[0] not in NOT_PLACE_START:
                    echelon = "队" if row.endswith("队") and not row.endswith(("支队", "纵队", "大队")) else \
                        next(e for e in ("支队", "纵队", "大队", "旅", "团", "师") if row.endswith(e))
                    out.append(Candidate(start, start + len(row), "MIL_UNIT", "rule:unit-infobox-row", 60,
                                         norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    return out


