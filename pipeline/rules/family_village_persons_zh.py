"""A family's village read as a person: surname + 家 + a settlement or stream head is a GPE (session 31, w31zhconf:
cross-set reading of the development sets' place labels).

Villages are named after the family that founded them, written surname + 家 + the settlement's or landform's head
(王家庄, 李家河, 张家拐, 刘家宅: the county gazetteers' 地名由来 pages list them by the thousand). A three-character
name of that shape also looks like a person's (surname + two given characters), and the person readers that close a
name after a post, a verb or by its likeness (守备|刘家宅, 打下|唐家河, 称|吴家拐) win where no place cue stood before it.
The development golds of three sets by different annotators read each such span as the village (GPE), and guideline
1 of the reading docs has families' villages by their stream or slope as GPE (陈家河, 李家沟, 王家坡); no gold person
of the sets has a given name 家 + one of these heads (their 家 names end in 骐, 琪, 祺, 钰, 骧 …).

`relabel_family_villages(text, chosen)` (working text, Simplified; `chosen` the spans the reconcile stage kept) makes
every chosen PERSON of exactly three characters — a one-character surname, 家, a head of FAMILY_VILLAGE_HEADS — a GPE,
unless the person lexicons list the name. Cost: one pass over the chosen spans.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.rules.names_common import person_forms
from pipeline.rules.person_name_ends import surname_at
from pipeline.spans import Candidate

# heads of settlements and of the streams, slopes and ponds villages are named by (simplified working text)
FAMILY_VILLAGE_HEADS = frozenset("宅拐庄村店集寨堡屯镇桥坟墩湾坡河沟铺圩垸畈埠场坝洼峪塘")


def relabel_family_villages(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each PERSON 某家庄/某家河 … made a GPE."""
    out = chosen
    for k, cand in enumerate(chosen):
        if cand.label != "PERSON" or cand.end - cand.start != 3:
            continue
        if text[cand.start + 1] != "家" or text[cand.start + 2] not in FAMILY_VILLAGE_HEADS:
            continue
        if surname_at(text, cand.start) != 1 or text[cand.start:cand.end] in person_forms():
            continue
        if out is chosen:
            out = list(chosen)
        out[k] = replace(cand, label="GPE", norm={"id": None})
    return out
