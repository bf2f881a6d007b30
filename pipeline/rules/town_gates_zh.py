"""The gates of a walled town by their bearing (session 23, s23zhfac: Chinese FAC audit of heritage-site, city-wall,
coastal-defence and local-history pages). Grammar only, no list of names; examples are written for this docstring.

- A known town written right before a bearing gate is one FAC: `某县西门`, `洛阳城东门`, `开封小南门`, `郑州西城门`
  (contract: a gate is a FAC; guideline 6: a place inside a longer FAC name belongs to the FAC). The town is a
  gazetteer GPE of 2-4 characters ending at the bearing (`known_place_before`), with or without 城. The facility
  finder reads `徐州西门` only before a few following characters (失陷, 外, 内 …); before a subject's verb or a noun
  (`某县西门守军`, `某县西门曾`, `某县西门始建`) the garrison frame read the gate as a settlement (GPE 西门).
- A bearing gate written before the gate's own name is no part of it: `东门某乐门`, `西门“某通门”` → FAC `某乐门`, `某通门` (the bearing
  says where the named gate stands, as a title before a name does; the facility finder read both as one).
- A bearing gate the text has named with its town (`某县西门`) is the same FAC where it opens a later clause bare
  (`，西门见证了…`); after 在/的 it stays untagged (real-dev2 reads `在西门激战` so).
- A bare bearing gate as the object of a verb of attack, holding or entry is the gate of the town the text is about:
  FAC (`守住了西门`, `攻入东门`, `突破北门，`), each gate of a list after the verb (`主攻北门和西门`), as a bare gate after 位于/出/进 is (docs, session 19).

Not a gate: a compound surname and its given name (`西门某`: the next character is no boundary), a street, road,
bridge, station or quarter named after the gate (`西门大街`, `南门路`, `北门桥`, `东门站`, `西门口`, `东门外大街`),
an ordinary word (`门口`, `门户`, `门下`, `门诊`).
Priority 46 (a named gate after its bearing 47, over the facility finder's reading of both): above the facility finder's 45, the garrison frame's GPE (34) and a town repeated (discourse repeat).
Cost: nothing unless 门 is in the text; literal_finditer from 门 for both patterns, gazetteer look-ups at matches.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.enclosing_names_zh import known_place_before
from pipeline.rules.scan import literal_finditer, literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:town-gate", 46

# what may not follow a bearing gate: a longer word, a street or quarter named after it, a given name
_NOT_AFTER = "(?![口户下诊派生徒槛牌票类卫框板房岗庆豹吹路街巷桥站镇村乡区坊里洞楼弄])(?!外大街|外路)"
_GATE = "(?:[大小老]?[东西南北]城?门)"
_TOWN_GATE_RE = re.compile("(?P<city>城)?(?P<gate>" + _GATE + ")" + _NOT_AFTER)
_VERB_GATE_RE = re.compile(
    "(?:攻破|攻入|攻进|攻占|攻打|攻击|主攻|猛攻|杀奔|突破|冲入|冲进|杀入|杀进|涌入|进入|守住|守卫|据守|固守|坚守|扼守|炸开|打开|登上|占领|夺取|"
    "逼近|直扑|包围)了?(?P<gate>" + _GATE + _NOT_AFTER + "(?:[和与及、]" + _GATE + _NOT_AFTER + ")*)"
    "(?=[，。、；：,;:！!）)]|外|内|一带|附近|城楼|的|后|时|$)")
_ONE_GATE_RE = re.compile(_GATE)
_NOT_AFTER_RE = re.compile(_NOT_AFTER)
# what may stand right before a bare gate the text has named with its town: the end of a clause (the gate opens the
# next one as its subject); after 在/的 a bare gate stays untagged, as the development sets read it
_BARE_GATE_EDGE = frozenset("，。；！？,.;!?\n")


_NAMED_AFTER_BEARING_RE = re.compile("[东西南北]门[“\"]?(?P<gate>[^东西南北城门\\W\\d]{2}门)" + _NOT_AFTER)


def find_town_gates(text: str) -> list[Candidate]:
    """FAC candidates: a known town + its bearing gate (某县西门), and a bare bearing gate after a verb of attack,
    holding or entry (守住了西门). See the module doc."""
    if "门" not in text:
        return []
    out: list[Candidate] = []
    places = place_lexicon()
    named_gates = set()
    for m in literal_finditer(_TOWN_GATE_RE, text):
        town_end = m.start()
        start = known_place_before(text, town_end, places)
        if start is None:
            continue
        out.append(Candidate(start, m.end(), "FAC", SOURCE, PRIORITY))
        named_gates.add(m.group("gate"))
    for gate in named_gates:   # 某县西门 … ，西门见证了…: the same gate written bare later in the text
        for at in literal_positions(text, gate):
            end = at + len(gate)
            if any(c.start <= at < c.end for c in out) or (at and text[at - 1] not in _BARE_GATE_EDGE) \
                    or not _NOT_AFTER_RE.match(text, end):
                continue
            out.append(Candidate(at, end, "FAC", SOURCE, PRIORITY))
    for m in literal_finditer(_NAMED_AFTER_BEARING_RE, text):
        out.append(Candidate(m.start("gate"), m.end("gate"), "FAC", SOURCE, PRIORITY + 1))
    for m in literal_finditer(_VERB_GATE_RE, text):
        for gate in _ONE_GATE_RE.finditer(text, m.start("gate"), m.end("gate")):   # 主攻北门和西门: each gate
            out.append(Candidate(gate.start(), gate.end(), "FAC", SOURCE, PRIORITY))
    return out
