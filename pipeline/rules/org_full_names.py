"""Full official ORG names (guideline 15), for orgs.find_orgs: a government body takes the place or nation
written right before it (日本外务省), a sub-office or holding unit written after it (国防部史政编译局,
某某研究所图书馆), a school its branch, college or department (黄埔军校潮州分校); a service's own body
(陆军省) outranks the named force inside it. `_extended_orgs(text, orgs)` applies these to sorted candidates.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import RULE_ORG, CJK_ONLY, org_lexicon, is_common_word, known_places, surnames, word_info
from pipeline.rules.org_name_anchors import clean_middle
from pipeline.spans import Candidate

# Sub-offices written after an organisation: 国防部史政编译局, 外交部亚洲司, 中共中央组织部.
_SUB_OFFICE_RE = re.compile(
    "([\u4e00-\u9fff]{1,6}?)(?:委员会|办公厅|研究所|研修所|总局|局|处|司|署|厅|部|院|室|课|科)(?![长员势面门分队下属内外目学技])"
)
# a name ending like a government body may take the place written before it (日本外务省, 中国外交部)
_GOVERNMENT_ENDINGS = ("部", "省", "院", "局", "署", "厅", "政府", "府", "大本营", "委员会", "报")
# A service's bodies and schools (陆军省, 陆军中央部, 陆军士官学校) are no formations: they outrank the
# named force inside them (日本陆军, a MIL_UNIT at 60), so that 日本 stays a place of its own.
_SERVICES = ("陆军", "海军", "空军")
RULE_ORG_SERVICE = ("rule:org", 62)


def _with_sub_office(text: str, start: int, end: int) -> int:
    """End of the organisation extended by a sub-office written right after it, else `end`."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS + ("中央", "中共", "研究所", "研修所", "研究院", "省委", "市委", "县委", "区委", "地委", "特委")):
        return end
    if text.startswith(_HOLDING_UNITS, end) and text[start:end].endswith(("所", "院", "部", "省", "厅")):
        return end + 3  # 某某研究所图书馆: the library or archive of the body
    match = _SUB_OFFICE_RE.match(text, end)
    if not match or not (clean_middle(match.group(1)) or _ORDINAL_OFFICE.fullmatch(match.group(1))):
        return end
    if match.group(1).startswith(_FOUNDING_VERBS):
        return end  # 某部|内设|某司: a verb of founding after the body, no sub-office name (r20zhorgqty)
    if match.group().endswith(("课", "科")) and not text[start:end].endswith(("局", "处", "司", "厅", "部", "省", "署")):
        return end  # a section belongs to an office (军务局兵务课), not to a hospital or school
    entry = word_info().get(match.group(1) + text[match.end(1)])  # 北部, 内部: an ordinary word
    if entry and entry[0] >= 50 and not entry[1].startswith(("nr", "nt")):  # 陆军部 (nt) is a body
        return end
    if _person_force_after(match):
        return end  # 山东省政府沈鸿烈部: the body, then a person's force (rule 1: PERSON 沈鸿烈)
    return match.end()


def _person_force_after(match: re.Match) -> bool:
    """A person's force written after a body (省政府沈鸿烈部): 部 after a surname and one or two characters
    that are no word jieba knows but as a name (军政部, 训练部 stay sub-offices)."""
    name = match.group(1)
    if not match.group().endswith("部") or len(name) != 3 or name[0] not in surnames()[0]:
        return False
    entry = word_info().get(name)
    return (entry is None or entry[1].startswith("nr")) and word_info().get(name[1:]) is None


_FOUNDING_VERBS = ("内设", "下设", "设有", "设立", "另设", "设置", "附设")
_HOLDING_UNITS = ("图书馆", "档案馆", "资料室")
_ORDINAL_OFFICE = re.compile("第[0-9一二三四五六七八九十]{1,3}")  # 第二课, 第一厅

# Units of a school written after it, the longest unit is the name (某某大学法学院政治系, 黄埔军校潮州分校).
_SCHOOL_ENDINGS = ("大学", "学院", "军校", "学校", "学堂", "讲武堂", "分校")
_SCHOOL_UNIT_RE = re.compile("([\u4e00-\u9fff]{1,6}?)(?:分校|学院|研究院|研究所|系)(?![统列数列长生员])")


def _service_body(name: str) -> bool:
    """A service's body (陆军省, 美国陆军部): the service word first, or after a place."""
    places = known_places()
    for size in (0, 4, 3, 2):
        if (size == 0 or name[:size] in places) and name[size:].startswith(_SERVICES):
            return len(name) - size > 3 or name[size:] in org_lexicon()[0]
    return False


def _with_school_unit(text: str, start: int, end: int) -> int:
    """End of a school extended by a branch, college or department written right after it."""
    if not text[start:end].endswith(_SCHOOL_ENDINGS):
        return end
    match = _SCHOOL_UNIT_RE.match(text, end)
    if not match or not clean_middle(match.group(1)) or match.group(1).startswith("第") and match.group()[-2:] != "分校":
        return end
    if is_common_word(text[match.end() - 2 : match.end()], 100) and not match.group().endswith(("学院", "分校")):
        return end  # 体系, 联系: the head is part of a word
    return match.end()


def _with_place_before(text: str, start: int, end: int) -> int:
    """Start of a government body extended by the place or nation written right before it."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS) or text[start:end].startswith(_SERVICES):
        return start  # 日本 + 陆军省: the nation before a service's body stays a place
    places = known_places()
    for size in (4, 3, 2):
        if start - size >= 0 and text[start - size : start] in places:
            return start - size
    return start


def extended_orgs(text: str, orgs: list[Candidate]) -> list[Candidate]:
    """Full official names (guideline 15): a government body with the place before it and a
    sub-office after it is one span (日本外务省, 国防部史政编译局)."""
    result: list[Candidate] = []
    for index, cand in enumerate(orgs):
        if cand.end > cand.start and not CJK_ONLY.fullmatch(text[cand.start : cand.end]):
            result.append(cand)
            continue
        floor = result[-1].end if result else 0
        start = _with_place_before(text, cand.start, cand.end)
        if start < floor:
            start = cand.start
        end = cand.end
        if text[start:end].endswith("党") and text.startswith("政府", end):
            end += 2  # 国民党 + 政府: the party's government is one name
        for _ in range(2):  # 国民党中央 + 宣传部 + 编审科 at most
            longer = _with_sub_office(text, start, end)
            if longer == end:
                longer = _with_school_unit(text, start, end)
            if longer == end:
                break
            end = longer
        following = orgs[index + 1 :]
        if any(other.start < end for other in following if other.end > end):
            end = cand.end  # the sub-office would cut into the next organisation
        if (start, end) == (cand.start, cand.end):
            result.append(cand)
            continue
        result.append(Candidate(start, end, "ORG", *RULE_ORG))
    # drop organisations swallowed by an extended one
    kept: list[Candidate] = []
    for cand in result:
        if kept and cand.start < kept[-1].end:
            continue
        if _service_body(text[cand.start : cand.end]):
            cand = Candidate(cand.start, cand.end, "ORG", cand.source, RULE_ORG_SERVICE[1], cand.norm)
        kept.append(cand)
    return kept
