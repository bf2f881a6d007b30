"""Committees named by their task, written after a verb of founding: one ORG from after the verb to 委员会.

Class (session 28, s28zhorg, Chinese ORG audit of county histories and local records of 1911-1979):

- A verb of founding or forming (org_left_edges_zh.FORMING_VERBS: 成立, 组织, 组建, 组成, 设立, 筹组, 筹建, 建立,
  创办, 发起; with or without 了) and then a name of
  two to twelve characters ending in 委员会 — the task the committee was set up for, its place and its kind
  (`成立了防空委员会`, `设立修筑公路临时工程委员会`, `组成某县赈济委员会`) — is one ORG over the name. Criterion:
  the ad hoc committees county histories and local records name by the work they did (防空, 赈济, 修路, 工程,
  征粮, 清乡, 土改 …), which only the verb frames as a name.
- Not a count, a determiner or a kind standing for the name (`成立了一个委员会`, `成立了该委员会`,
  `成立各种委员会`, `成立了专门委员会`, `成立临时委员会`), nor the committee of a bare level (`组织县动员委员会`: the
  county's, as the development sets leave it), nor a listed committee (the lexicon reads it with its canonical
  name), nor a name that holds punctuation, a particle or a second
  verb of founding (`成立的委员会`), nor a committee already read as part of a longer name (the longer reading
  wins by length).

Examples written for this module: `县里成立了防空委员会`, `各乡组织修建公路临时工程委员会`; negatives:
`成立了一个委员会`, `设立专门委员会`.

Priority 44. Cost: one str.find for 委员会; a read back of at most twelve characters from each.
"""

from __future__ import annotations

from pipeline.rules.names_common import org_lexicon
from pipeline.rules.org_left_edges_zh import FORMING_VERBS
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

# counts, determiners, particles and punctuation that never stand inside such a name
_NOT_IN = frozenset("一两几数各每该这那其此本个了的和与或等所之，。、；：,.;:（）()“”\"《》 \n")
# a bare level word opening the name: the committee of "the county", no name of its own (组织县动员委员会)
_LEVELS = frozenset("县省市区乡镇村")
# kinds of committee that are no name of their own
_KINDS = frozenset("专门 临时 特别 常务 执行 监察 筹备 各级 各种 有关 相关 新的 类似 同样 正式 联合".split())


def find_task_committee_names(text: str) -> list[Candidate]:
    if "委员会" not in text:
        return []
    out = []
    for head in literal_positions(text, "委员会"):
        lo = max(0, head - 14)
        for start in range(head - 2, lo - 1, -1):
            ch = text[start]
            if ch in _NOT_IN:
                break
            before = start - 1 if start > 0 and text[start - 1] == "了" else start
            if any(text.endswith(v, 0, before) for v in FORMING_VERBS):
                name = text[start:head]
                if name not in _KINDS and name[0] not in _LEVELS and len(name) <= 12 \
                        and text[start:head + 3] not in org_lexicon()[0]:   # a listed committee keeps its canonical
                    out.append(Candidate(start, head + 3, "ORG", "rule:task-committee", 44))
                break
    return out
