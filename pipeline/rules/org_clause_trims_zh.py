"""A rule's ORG that has walked left over a clause word, in Chinese working text (session 34, w34zhorg).

`trim_clause_orgs(text, candidates)`: the candidates with each rule's ORG that holds a clause word inside it cut after
that word, or dropped when what is left is no name of four characters or more:
- a verb of citing (可参阅|国防部史政编译局, 参见, 详见): the body that wrote the book cited;
- 等地/等处 closing a list of places (汤原、富锦等地|发展|反日同盟会): the places and the verb are outside;
- a verb of founding or having (越南|倡办|学校, 泰兴|还没有|中学: no name is left, so no ORG);
- a body + 派 + another body (教育部|派|蒙藏教育司: the ministry sends its department; 派出所, 派驻, 派员 stay);
- 并/又 + 俘 (并俘|乡公所: the verb of capture, then a generic office: no ORG).

Read across development sets heldout3, audit23, audit25, audit28 and audit29 (the lead's error table of session 34),
where the body-name walks (rule:org, rule:org-institution, rule:place-named-body, rule:village-named-body) crossed the
clause; lexicon names are not touched.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.spans import Candidate

_CLAUSE_IN_ORG = re.compile(
    "可?参阅|参见|详见|等[地处](?:发展|建立|成立|组织|创建)?|倡办|创办|开办|兴办|还没有|尚没有|没有"
    "|(?<=[部局会厅署府处司])派(?![出驻员遣])|(?<=[并又])俘(?![虏获])")
_ANCHOR = re.compile("参阅|参见|详见|等[地处]|办|没有|派|俘")
_MIN_LEFT = 4     # 乡公所, 中学, 学校: a bare head left over is no name


def trim_clause_orgs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    if not _ANCHOR.search(text):
        return candidates
    out = []
    changed = False
    for c in candidates:
        if c.label != "ORG" or not c.source.startswith("rule:") or c.end - c.start < 4:
            out.append(c)
            continue
        last = None
        for last in _CLAUSE_IN_ORG.finditer(text, c.start, c.end):
            pass
        if last is None or last.end() >= c.end:
            out.append(c)
            continue
        changed = True
        if c.end - last.end() >= _MIN_LEFT:
            out.append(dataclasses.replace(c, start=last.end()))
    return out if changed else candidates
