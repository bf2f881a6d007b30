"""Left edges of organisation names read by the head-and-reach finders, in Chinese working text.

The institution finders (`X印书馆`, `X公学`, `X学堂`, `X医院` …) find a head and walk left to the start of the
name; on real pages the walk often swallows the words before the name: a preposition or a verb of entering,
joining or founding (`后入X学堂`, `由X公学`, `归X印书馆`), or a whole clause (`某人投资X印书馆`, `正式成立X公司`).
The gold reads the name only (guidelines: a span is the longest unit of MEANING; a verb or preposition is no
part of a name). `find_org_left_edges(text, found)` (working text, Simplified) looks at every rule-made ORG
candidate in `found` and, where its left part holds such a word, proposes the same ORG without it at one
priority above the finder's own, so the reconciler keeps the name:

- a verb of founding, joining, entering, investing or taking over (two characters: 投资, 成立, 创办, 加入, 考入,
  进入, 就读, 收购, 接管, 出任, 任职 …, listed below as a closed class of the verbs of these five kinds) anywhere
  before the last three characters: the name starts after the last such verb;
- with the verb, an aspect particle right after it (`成立了X书店`: 了 is outside; session 26, s26zhorg);
- then a preposition or verb of direction at the left edge (由, 归, 入, 在, 于, 被, 向, 从, 赴 …), or an adverb
  of time or sequence followed by one of them (后入, 又在, 曾由): the name starts after it.

A trimmed name keeps at least three characters, and a cut never falls where the characters at the edge open a
known place or a word (归绥县政府, 于都县委, 将校研究团: the place or word starts the name); lexicon names are
never trimmed.

Provenance: first seen in the Chinese ORG audit of session 19 (s19zhorg; split out of org_edges19_zh in session 24).
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, known_places
from pipeline.spans import Candidate

# verbs of founding, joining, entering (a school or post), investing and taking over
VERBS = (
    "投资 成立 创办 创立 创建 开办 设立 筹建 筹办 组建 组织 改组 合并 并入 加入 参加 考入 进入 转入 就读 肄业 "
    "毕业 收购 接办 接管 主持 主办 出任 任职 供职 服务 资助 隶属 归并 聘任 入读"
).split()
# verbs of forming a body, after which a troupe's or a committee's name opens (成立了|某某服务团, 设立|某某委员会;
# session 28, s28zhorg: civic_troupe_names_zh, task_committee_names_zh)
FORMING_VERBS = ("成立", "组织", "组建", "组成", "设立", "筹组", "筹建", "建立", "创办", "发起")
# prepositions and verbs of direction that never open an organisation's name
_LEAD = frozenset("由归入在于被向从赴往把将给据经")
# adverbs of time or sequence, outside the name when a word of _LEAD follows them (后入, 又在, 曾由)
_ADVERBS = frozenset("后又再曾即遂乃并均皆先旋复亦")
# aspect particles right after a verb of founding or joining (成立了, 加入过): outside the name (s26zhorg)
_ASPECT = frozenset("了过着")
# a preposition that opens real names: 经济部, 对外贸易部 (经 is only cut after an adverb or verb)
_NAME_OPENERS = frozenset("经")   # (words such as 将校, 经济 are kept by the common-word check too)


def trim(name: str, places: frozenset[str]) -> int:
    """How many characters open `name` that are no part of it (0 if none)."""
    cut = 0
    for verb in VERBS:
        at = name.rfind(verb, 0, len(name) - 3)
        if at >= 0:
            cut = max(cut, at + len(verb))
    if cut and name[cut:cut + 1] in _ASPECT and len(name) - cut > 3:
        cut += 1                       # 成立了|某某书店: the verb's aspect particle goes with the verb (s26zhorg)
    while len(name) - cut > 3:
        first, second = name[cut], name[cut + 1]
        if any(name[cut:cut + size] in places for size in (2, 3)) or is_common_word(name[cut:cut + 2], 100):
            break                      # 归绥县政府, 于都县委, 将校研究团: a place or a word opens the name
        if first in _ADVERBS and second in _LEAD:
            cut += 2
        elif first in _LEAD and (cut > 0 or first not in _NAME_OPENERS):
            cut += 1
        else:
            break
    return cut if len(name) - cut >= 3 else 0


def find_org_left_edges(text: str, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    places = None
    for cand in found:
        if cand.label != "ORG" or not cand.source.startswith("rule:") or cand.end - cand.start < 4:
            continue
        name = text[cand.start:cand.end]
        if not (name[0] in _LEAD or name[0] in _ADVERBS or any(v in name for v in VERBS)):
            continue
        if places is None:
            places = known_places()
        cut = trim(name, places)
        if cut:
            out.append(Candidate(cand.start + cut, cand.end, "ORG", "rule:org-left-edge", cand.priority + 1,
                                 norm=cand.norm))
    return out
