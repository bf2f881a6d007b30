"""Names of organisations and their meetings read from their quoting and numbering (session 17 label audit,
auditzh54: ORG and EVENT read over 20 passages of 18 sites on the salvation societies of 1935-36, the early labour
movement, party branches of 1925-27, the risings of 1895-1911, the KMT's provincial party offices and the 1932
Luoyang conferences).

- The short name a text gives a body in quotes, `X会，简称“甲救”，`, `X救国会(“甲救会”)`, is an ORG, and so is every
  other mention of it (as the bracketed `(以下简称X)` of org_event_forms_zh): the quoted name (2-4 characters) stands
  right after 简称/简称为/下称 (no bracket needed when quoted), or alone in brackets, right after a word of organisation
  (会 社 盟 部 委 党 局 院 署 处 厅 府; 团 too in brackets) that ends the name it shortens (`八路军战报(下称“战报”)` names a
  document, no body). A name ending in a word of a force (军 队 师 旅 团 纵) is left to the unit
  finders, an ordinary word (jieba, 300 or more uses) is no name. ORG at priority 46.
- A numbered sitting of a known body is one EVENT with the body (guideline 15: a full official name is one span; as
  `国民参政会第二届第一次会议`): a form of the organisation lexicon, optionally 第N届, then up to two committee words
  (中央执行委员会, 常务委员会, 中央常务委员会, 执行委员会, 中央委员会, 政治委员会, 监察委员会, 常委会), then
  第N次 [全体|扩大|临时|常务] 会议. A committee word is required where no 第N届 stands (`国民党第三次会议` is no name).
  EVENT at priority 62 (above the ORG of the body alone).
- A conference named in quotes, `“国难会议”`, `“善后会议”`, is an EVENT without its quotes (guideline 13): 2-6
  characters + 会议 inside the quotes; a quoted kind of meeting (`“重要会议”`, `“紧急会议”`, `“秘密会议”`) or one holding a
  demonstrative or count (这次, 两个, 各种) is no name. EVENT at priority 50.
- A party branch named by its county, `中共某县特别支部`, `某某特别支部`, `中共某某特支`: a gazetteer place (county or town, 2-3
  characters) before 特别支部/特支, with 中共/中国共产党 before it inside the span. ORG at priority 52 (as the county
  committee rule).

- A party's committee of a province, city or county written in full, `中国国民党某省委员会`, `中国共产党某县委员会`, is one
  ORG with the party (guideline 15: a full official name is one span; as `国民党湖南省党部`): a party name, a gazetteer
  place with 省/市/县/特别市, then 委员会. ORG at priority 52.
- A department written right after its party or its party's office is one ORG with them (guideline 15; as
  `国民党中央组织部`): `国民党中央青年部`, `国民党中央上海执行部宣传部`: a form of the organisation lexicon, then 中央 and/or
  a gazetteer place + 执行部 (one of them required: `国民党|海外部长` stays two names, as a development set reads it), then 宣传部, 组织部, 青年部, 妇女部, 工人部, 农民部, 商民部 or 海外部. ORG at
  priority 47.
- A rising or war named by its cyclical year and place, `乙未广州起义`, `丁未某某起义`, `庚子某地之役`, is one EVENT with the
  year (as `甲午战争`, `辛亥革命` name theirs): a valid stem-branch pair of the sixty-year cycle (stem and branch of the
  same parity), then a gazetteer place of 2-4 characters, then 起义, 暴动, 兵变, 之役, 战役, 战争 or 之乱. EVENT at priority 47
  (above the event finder's 45, which reads the place and head alone).

Cost: str.find of 简称/下称, quotes, 次会议, 特别支部/特支; the event heads.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.org_event_forms_zh import org_stem_start
from pipeline.rules.org_local_bodies import place_start
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_N = "一二三四五六七八九十百0-9０-９"
_OPEN = "“\"「『"
_CLOSE = "”\"」』"
_SAID_RE = re.compile(
    f"[会社盟部委党局院署处厅府][，,]?[（(]?(?:以下)?(?:简称为?|下称)[{_OPEN}]([{_CJK}]{{2,4}})[{_CLOSE}]")
_BRACKETED_RE = re.compile(f"([会社盟部委团党局院署处厅府])[（(][{_OPEN}]([{_CJK}]{{2,4}})[{_CLOSE}][)）]")
_FORCE_ENDS = set("军队师旅团纵")
_COMMITTEES = ("中央执行委员会", "中央常务委员会", "中央监察委员会", "常务委员会", "执行委员会", "中央委员会",
               "政治委员会", "监察委员会", "常委会")
_SITTING_RE = re.compile(f"第[{_N}]{{1,3}}次(?:全体|扩大|临时|常务)?会议")
_TERM_RE = re.compile(f"第[{_N}]{{1,3}}届$")
_QUOTED_MEETING_RE = re.compile(f"[{_OPEN}]([{_CJK}]{{2,6}})会议[{_CLOSE}]")
_MEETING_KINDS = ("重要", "紧急", "秘密", "军事", "作战", "联席", "扩大", "高级", "全体", "干部", "临时", "正式", "特别",
                  "非常", "预备", "筹备", "最高", "国防", "政治", "工作", "领导", "小型", "大型")
_NOT_NAME_OPENERS = ("首次", "此次", "这次", "那次", "该次", "本次", "上次", "下次", "历次", "各种", "一次", "两次", "一个",
                     "两个", "各级", "这个", "那个", "该")
_BRANCH_RE = re.compile("特别支部|特支")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CYCLE_EVENT_RE = re.compile(f"([{_STEMS}][{_BRANCHES}])([{_CJK}]{{2,4}}?)(起义|暴动|兵变|之役|战役|战争|之乱)")
_PARTIES = ("中国共产党", "中共")
_ALL_PARTIES = ("中国国民党", "国民党", "中国共产党", "中共")
_LEVEL_COMMITTEE_RE = re.compile("(?:特别市|省|市|县)委员会")
_DEPARTMENT_RE = re.compile("宣传部|组织部|青年部|妇女部|工人部|农民部|商民部|海外部")


def _short_names(text: str) -> list[Candidate]:
    out = []
    names = []
    for m in _SAID_RE.finditer(text):
        names.append((m.start(1), m.group(1)))
    for m in literal_finditer(_BRACKETED_RE, text):
        names.append((m.start(2), m.group(2)))
    seen = set()
    for at, short in names:
        if short[-1] in _FORCE_ENDS or is_common_word(short, 300):
            continue
        out.append(Candidate(at, at + len(short), "ORG", "rule:org-quoted-short-name", 46))
        if short in seen:
            continue
        seen.add(short)
        k = text.find(short)
        while k != -1:
            if k != at:
                out.append(Candidate(k, k + len(short), "ORG", "rule:org-quoted-short-name", 46))
            k = text.find(short, k + len(short))
    return out


def _sittings(text: str) -> list[Candidate]:
    out = []
    for m in _SITTING_RE.finditer(text):
        end = m.start()
        bodies = 0
        for _ in range(2):
            body = next((c for c in _COMMITTEES if text.startswith(c, end - len(c))), None)
            if body is None:
                break
            end -= len(body)
            bodies += 1
        term = _TERM_RE.search(text, max(0, end - 6), end)
        if term is not None:
            end = term.start()
        if bodies == 0 and term is None:
            continue
        start = org_stem_start(text, end)
        if start is not None:
            out.append(Candidate(start, m.end(), "EVENT", "rule:event-numbered-sitting", 62))
    return out


def _quoted_meetings(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_QUOTED_MEETING_RE, text):
        name = m.group(1)
        if name in _MEETING_KINDS or name.startswith(_NOT_NAME_OPENERS) or "的" in name:
            continue
        out.append(Candidate(m.start(1), m.end() - 1, "EVENT", "rule:event-quoted-meeting", 50))
    return out


def _branches(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in _BRANCH_RE.finditer(text):
        at = m.start()
        start = None
        for size in (3, 2):
            entry = places.get(text[max(0, at - size):at]) if at - size >= 0 else None
            if entry is not None and entry.label == "GPE":
                start = at - size
                break
        if start is None:
            continue
        party = next((p for p in _PARTIES if text.startswith(p, start - len(p))), "")
        out.append(Candidate(start - len(party), m.end(), "ORG", "rule:org-party-branch-by-place", 52))
    return out


def _cycle_year_events(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in rare_finditer(_CYCLE_EVENT_RE, text):
        year = m.group(1)
        if _STEMS.index(year[0]) % 2 != _BRANCHES.index(year[1]) % 2 or m.group(2) not in places:
            continue
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-cycle-year-place", 47))
    return out


def _party_committees(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_LEVEL_COMMITTEE_RE, text):
        start = place_start(text, m.end() - 3)
        if start < 0:
            continue
        party = next((p for p in _ALL_PARTIES if text.startswith(p, start - len(p))), "")
        if party:
            out.append(Candidate(start - len(party), m.end(), "ORG", "rule:org-party-committee-in-full", 52))
    return out


def _departments(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_DEPARTMENT_RE, text):
        end = m.start()
        if text.endswith("执行部", 0, end):
            place = place_start(text, end - 3)
            if place < 0:
                continue
            end = place
        if text.endswith("中央", 0, end):
            end -= 2
        elif end == m.start():
            continue      # 国民党|海外部长: without 中央 or an office between, party and department are two names
        start = org_stem_start(text, end)
        if start is not None and end - start >= 2:
            out.append(Candidate(start, m.end(), "ORG", "rule:org-department-of-party", 47))
    return out


def find_quoted_numbered_bodies(text: str) -> list[Candidate]:
    """Quoted short names of bodies, numbered sittings, quoted conference names, party branches by county."""
    out: list[Candidate] = []
    if "称" in text or "（" in text or "(" in text:
        out += _short_names(text)
    if "次" in text and "会议" in text:
        out += _sittings(text)
    if "会议" in text:
        out += _quoted_meetings(text)
    if "特别支部" in text or "特支" in text:
        out += _branches(text)
    if "委员会" in text:
        out += _party_committees(text)
    if "部" in text:
        out += _departments(text)
    if any(h in text for h in ("起义", "暴动", "兵变", "之役", "战役", "战争", "之乱")):
        out += _cycle_year_events(text)
    return out
