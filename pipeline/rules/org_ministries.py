"""A ministry or yuan named inside its minister's post: 国防部长, 军政部长, 海外部长, 行政院长 (ORG).

Narratives give a post as ministry + 长 (X任军政部长, 国民党海外部长Y, 以冯氏任行政院长); every independent
development set tags the ministry or yuan itself (军政部, 海外部, 行政院) as ORG, the 长 outside. The
organisation lexicon knows the ministries standing alone, but not before 长. `find_ministries(text)` reads
the names of the ministries of the Beiyang and Nationalist governments, the five yuan of the Nationalist
government, and the central departments of the KMT and CCP (组织部, 宣传部, 海外部 …) — a closed general list
from the governments' organisation laws — before 长 / 次长 / 副部长-style posts.

Not the party departments (组织部, 宣传部, 统战部) after a local committee in the same sentence (巢县县委…某任组织部长:
the county committee's department head; s18zhper). Session 26 (s26zhorg): a local party office (县党部, 市党部,
区党部, 省党部: the Nationalist party's local bodies of 1924-1949, as county gazetteers list their officers) is such a
committee too, and the departments a local party office had besides 组织/宣传/统战 (工商, 训练, 联络, 社会) are its
department heads there as well (`某县县党部…组织部长甲，工商部长乙`: no ORG). Candidates are ORG at the organisation lexicon's priority (40). Cost: the scan starts at the literals 部长/院长.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:org-ministry"
PRIORITY = 40
_MINISTRY_RE = guarded(re.compile(
    "(?:(?:军政|国防|外交|财政|内政|海外|民政|交通|教育|实业|司法行政|司法|参谋|军令|军训|农商|农矿|工商|陆军|海军|"
    "铁道|经济|社会|卫生|粮食|兵役|侨务|蒙藏|组织|宣传|训练|联络|统战|情报)部|(?:行政|立法|司法|考试|监察)院)"
    "(?=次?长|副?部长|副?院长)"))


# departments only a party has (no government ministry of the name), and local party committees
_PARTY_ONLY = ("组织", "宣传", "统战")
# the departments a local party office also had (a ministry's name at the centre): its heads after a local body (s26zhorg)
_LOCAL_PARTY_DEPARTMENTS = _PARTY_ONLY + ("工商", "训练", "联络", "社会")
_LOCAL_COMMITTEE_RE = re.compile("(?:县|区|地|市|特|工|分|省)委|特支|支部|党委|(?:县|区|市|省)党部")


def _local_committee_before(text: str, start: int) -> bool:
    """A local committee is named earlier in the sentence and no central body (中央) after it."""
    sentence = max(text.rfind(mark, 0, start) for mark in "。；\n") + 1
    before = text[sentence:start]
    found = list(_LOCAL_COMMITTEE_RE.finditer(before))
    return bool(found) and "中央" not in before[found[-1].end():]


def find_ministries(text: str) -> list[Candidate]:
    """ORG candidates of ministries and yuan before a minister's post (see the module doc)."""
    if "部长" not in text and "院长" not in text and "部次长" not in text:
        return []
    out = []
    for match in literal_finditer(_MINISTRY_RE, text):
        start, end = match.span()
        if start and text[start - 1] in "本该此这":
            continue    # 本部长: "this minister", no name
        if text[start:start + 2] in _LOCAL_PARTY_DEPARTMENTS and _local_committee_before(text, start):
            continue    # 县委…纪某任组织部长: a local committee's department head, not the central department (s18zhper)
        start = _full_name_start(text, start, end)
        out.append(Candidate(start, end, "ORG", SOURCE, PRIORITY))
    return out


def _full_name_start(text: str, start: int, end: int) -> int:
    """The start of the organisation lexicon's longest name ending at `end` (中共中央宣传部部长: the ORG is
    中共中央宣传部, guideline 15), else `start`."""
    from pipeline.rules.names_common import org_lexicon

    names = org_lexicon()[0]
    for begin in range(max(0, start - 8), start):
        if text[begin:end] in names:
            return begin
    return start
