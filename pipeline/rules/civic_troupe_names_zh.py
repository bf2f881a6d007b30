"""Civic troupes of wartime China (1931-1949): named service, propaganda, comfort and drama troupes are ORG, not units.

Class (session 28, s28zhorg, Chinese ORG audit of county histories, local newspapers and memoirs):

- A body named by a word of its work + 团 — 服务团, 工作团, 宣传团, 慰问团, 慰劳团, 救护团, 歌咏团, 演剧团, 话剧团,
  剧团 (criterion: the heads of the student, youth, overseas-Chinese and local troupes of the War of Resistance
  named in the county histories and the press of 1937-1945) — is one ORG over its name of 2-10 characters when
  the name is framed: inside quotation marks (`“某地青年战地服务团”`), after a verb of founding or forming with or
  without 了 when the name holds a word of its cause or its people (战地, 抗日, 抗敌, 救亡, 救国, 后方, 前线, 战时,
  回乡; 青年, 妇女, 学生, 儿童, 少年, 华侨, 民众: `成立了青年宣传团`, `组织妇女歌咏团`; not a description of its
  members, `成立了中小学教师服务团`, which the development sets leave untagged), or opening at a word edge with a known place
  (`，某县抗日后方服务团`). 团 is no echelon here: nothing becomes a MIL_UNIT.
- Not a troupe of an army written right before it (`某军战地服务团`, guideline 15 reads those with their force):
  no name where a formation word (军, 师, 旅, 团, 部, 队) closes the text before the name, nor where the name
  holds a determiner, a count or a particle (`该服务团`, `各宣传团`, `两个工作团`, `的`), nor a post after the
  head (`服务团团长`: the troupe is still read, the post is not part of it).

Examples written for this module: `学生们成立了“山城青年服务团”`, `全县组织青年歌咏团`, `，柳溪县战地服务团随后出发`;
negatives: `该服务团`, `两个工作团`, `某军战地服务团`.

Priority 45 (above the bare place a gazetteer reads inside the name). Cost: one str.find per head word; texts
without 团 return at once.
"""

from __future__ import annotations

from pipeline.rules.names_common import known_places
from pipeline.rules.org_left_edges_zh import FORMING_VERBS
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_HEADS = ("服务团", "工作团", "宣传团", "慰问团", "慰劳团", "救护团", "歌咏团", "演剧团", "话剧团", "剧团")
_QUOTES_OPEN = "“「‘\""
_EDGE = frozenset("，。、；：,.;:（）()《》 \n\t")
# the words of cause and of people the troupes of 1937-1945 were named by (战地服务团, 青年歌咏团, 华侨回乡服务团)
_CAUSES = ("战地", "抗日", "抗敌", "救亡", "救国", "后方", "前线", "战时", "回乡", "青年", "妇女", "学生", "儿童", "少年",
           "华侨", "民众")
# determiners, counts and particles that never stand inside a troupe's name
_NOT_IN = frozenset("该各这那其此本每一二两三四五六七八九十几数个了的和与及或等所")
# a formation word closing the text before the name: the army's own troupe (guideline 15), not read here
_FORCE_ENDS = frozenset("军师旅团部队")


def _name_start(text: str, head_at: int) -> int:
    """Where a framed name before the head at `head_at` opens, or -1."""
    lo = max(0, head_at - 10)
    for start in range(head_at - 2, lo - 1, -1):
        name = text[start:head_at]
        if any(ch in _NOT_IN or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
            return -1
        before = text[start - 1] if start > 0 else ""
        if before and before in _QUOTES_OPEN:
            return start
        verb_end = start - 1 if before == "了" else start
        if any(text.endswith(v, 0, verb_end) for v in FORMING_VERBS):
            # after a verb only a name that says its cause or its people (成立了中小学教师服务团: a description)
            return start if any(w in name for w in _CAUSES) else -1
        if (not before or before in _EDGE) and any(name[:k] in known_places() for k in (4, 3, 2)):
            return start
    return -1


def find_civic_troupe_names(text: str) -> list[Candidate]:
    if "团" not in text:
        return []
    out = []
    seen = set()
    for head in _HEADS:
        for at in literal_positions(text, head):
            if head == "剧团" and text[at - 1:at] in ("演", "话"):
                continue                                   # read with the longer head
            if at in seen:
                continue
            seen.add(at)
            start = _name_start(text, at)
            if start < 0:
                continue
            before = text[start - 1] if start > 0 else ""
            if before in _FORCE_ENDS:
                continue
            out.append(Candidate(start, at + len(head), "ORG", "rule:civic-troupe", 45))
    return out
