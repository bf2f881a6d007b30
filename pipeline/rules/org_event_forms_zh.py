"""Forms of organisations and their meetings in party and political history (session 16 label audit, auditzh41: ORG and
EVENT read over 34 passages of 28 sites on the 1911 revolution, the KMT-CCP split of 1927, the warlord governments,
the Xi'an incident, the Taiwan Strait crises and party-history articles).

- A body of a known organisation written right after it is one ORG (guideline 15: a full official name is one span;
  guideline 6: the owner inside a longer name belongs to it): `同盟会中部总会`, `同盟会东京本部`, `农工党中央干部会`,
  `中共中央临时常委`. The stem is a form of the organisation lexicons ending right before the body word; the body word
  is a closed list of the words for a branch or a committee of an organisation (总会, 总部, 本部, 分会, 分部, 支部, 干部会,
  执行部, 常委会, 常务委员会, 临时常委), optionally after 中央/临时/中部/东部/… or a place the gazetteer knows
  (`东京本部`). ORG at priority 46 (above the lexicon's 35). `同盟会会员` has no body word and stays `同盟会`.
- A party's numbered national congress written short, `中国国民党一大`, `国民党三大`, `中共五大` (the parties' own
  abbreviation of 第N次全国代表大会), is one EVENT (a conference) with the party inside (guideline 6), not ORG + a
  stray `大…会议`. The numeral is 一 … 十九; the form must stand before a word that ends or continues a clause about a
  meeting (punctuation, 的召开/的决议/…, 召开, 上, 后, 前, 期间, 以后, 以来, 闭幕, 开幕, 通过, 宣言, 决议, 代表, 或, 和, 与,
  、 or the end), so that `国民党一大批将领`, `国民党三大政策` stay the party alone. EVENT at priority 62.
- The short name a text gives a body in brackets, `(以下简称特委会)`, `（简称“同盟”）`, is an ORG, and so is every other
  mention of it in the text (as another name given after an event is an EVENT of its own). The short name ends in a
  word of organisation (会 委 部 局 院 署 处 厅 社 党 团 盟 府 总); 2-5 characters. Where the bracket follows a name that a
  verb of founding introduces (`成立了特别委员会(以下简称…)`), that name is an ORG too. ORG at priority 46.
- An unfamiliar name in a list with a known organisation takes its label where it ends in the same kind of organisation
  word (guideline 4's list structure read for names): `文学社和共进社`, `研究系、进步党`. The unknown item is 2-4
  characters between the list mark (、 和 与 及) and a clause edge, ends in 社/会/党/系/派, is no ordinary word
  (`社会`), and its neighbour is a lexicon organisation ending in one of those characters. ORG at priority 36.
- A conference named by the village or place where it met, `枣林沟会议`, `杨家沟会议`, is an EVENT like `八七会议`: the
  name is a gazetteer place or 2-3 characters ending in a settlement or landform word (沟 村 庄 寺 坪 湾 岭 山 镇 堡 集 铺
  屯 坝 峪 窑 塘 园 楼 洞 口), right after a word edge (punctuation, 了, 的, 在, 召开, 举行, 出席, 参加); not an ordinary
  word (`军事会议`, `作战会议` have no place). EVENT at priority 50.

- A headquarters body written as a quoted short word after its region, `西北“剿总”`, `华北“行营”`, is an ORG over the
  quoted word (a span never ends with its closing quote, guideline 13; as `“七·七”事变` → `七·七`), the region its own
  place: the word is one of the short heads the organisation patterns read after a region (剿总, 行营, 行辕, 绥署,
  剿匪总部, 绥靖公署), right after a region word or a gazetteer place. ORG at priority 46.

- An incident named by its month and day in digits, `3月20日事变`, `5月30日惨案`, is one EVENT (the day inside the name
  belongs to it, as `九一八事变`): the head is a noun of incident (事变, 惨案, 政变, 事件), never 起义/暴动, which are also
  verbs after a date (`10月10日起义` may be "rose on 10 October"); no year written right before the month (a full date
  before 事件 is a dated happening). EVENT at priority 62 (above the DATE finder).

Cost: str.find of the body words, 大, 简称, list marks beside a lexicon organisation, 会议; a few look-ups each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import org_lexicon, is_common_word
from pipeline.rules.scan import anchored_finditer, literal_finditer, rare_finditer
from pipeline.spans import Candidate

_BODY_RE = re.compile("(总会|总部|本部|分会|分部|支部|干部会|执行部|常委会|常务委员会|临时常委)(?![员長长议議])")
_BODY_PREFIXES = ("", "中央临时", "中央", "临时", "海外", "东部", "南部", "西部", "北部", "中部")
_PLACE_BODIES = ("本部", "支部", "分会", "分部", "总会", "执行部")
_PARTIES = "中国国民党|国民党|中国共产党|中共"
_CONGRESS_RE = re.compile(
    f"(?:{_PARTIES})(?:十[一二三四五六七八九]?|[一二三四五六七八九])大"
    "(?=$|[，。、；：！？,.;:!?（）()“”\"」』\\s]|的(?:召开|召集|决议|宣言|精神|代表|会议)|召开|上|后|前|期间|以后|以来"
    "|闭幕|开幕|通过|宣言|决议|代表|或|和|与)")
# a party's numbered congress in quotes after the party (中共“二大”, 国民党「一大」): the quoted name alone is the EVENT
# (a span never starts on a quote), the party stays an ORG (s19zhevt)
_QUOTED_CONGRESS_RE = re.compile(f"(?:{_PARTIES})[“「『]((?:十[一二三四五六七八九]?|[一二三四五六七八九])大)[”」』]")
# a party's numbered congress of a region written in full (中共闽西第一次代表大会, 中国共产党乐安县第二次代表大会): one EVENT
# over the full name (guideline 15), not ORG 中共 + the place (prezh5)
_LOCAL_CONGRESS_RE = re.compile(
    f"(?:{_PARTIES})(?:[\u4e00-\u9fff](?<![第的在和与及召开于定])){{1,7}}?第(?:[一二三四五六七八九十]{{1,3}}|[0-9]{{1,2}})次"
    "(?:全国|全省|全县|全市)?(?:党员)?代表大会")
_SHORT_RE = re.compile(
    "[（(](?:以下)?(?:简称|下称)[“\"「]?([\u4e00-\u9fff]{1,4}[会委部局院署处厅社党团盟府总])[”\"」]?[)）]")
_FOUNDING_RE = re.compile("(?:成立了?|组建了?|设立了?|组成了?|建立了?)([\u4e00-\u9fff]{2,10}?)$")
_ORG_END = set("会委部局院署处厅社党团盟府")
_LIST_HEADS = set("社会党系派")
_LIST_MARKS = set("、和与及")
_LIST_MARK_RE = re.compile("[、和与及]")
_PREPOSITIONS = set("以把被将对向为")
_EDGE = set("，。、；：！？,.;:!?（）()“”\"'「」『』 \n\t\u3000")
_QUOTED_HQ_RE = re.compile("([\u4e00-\u9fff]{2,3})[“\"「](剿总|行营|行辕|绥署|剿匪总部|绥靖公署)[”\"」]")
_REGIONS = ("西北", "华北", "华中", "华东", "华南", "西南", "东北", "东南", "豫鄂皖", "鄂豫皖")
_DAY_INCIDENT_RE = re.compile("(?<![年0-9０-９])(?:1[0-2]|[1-9])月(?:3[01]|[12][0-9]|[1-9])日(?:事变|惨案|政变|事件)")
_NOT_PARTY_START = set("该此这那本其各我敌他全政一两每")
_MEETING_RE = re.compile("([\u4e00-\u9fff]{2,3}?)会议")
_MEETING_ANCHOR = re.compile("会")
_MEETING_ENDS = set("沟村庄寺坪湾岭山镇堡集铺屯坝峪窑塘园楼洞口")
_MEETING_EDGE = _EDGE | set("了的在")
_MEETING_VERBS = ("召开", "举行", "出席", "参加", "召集")


def _org_forms() -> dict[str, str]:
    return org_lexicon()[0]


def org_stem_start(text: str, end: int) -> int | None:
    """Start of the longest organisation-lexicon form ending at `end`, or None."""
    forms = _org_forms()
    for size in range(10, 1, -1):
        start = end - size
        if start >= 0 and text[start:end] in forms:
            if text.startswith(("国民党", "共产党"), start) and text[max(0, start - 2):start] == "中国":
                return start - 2    # 中国|国民党中央…执行部: the party's full name opens the body (s18zhper)
            return start
    # a party named by 3-4 characters before 党 (农工党, 青年党), not a demonstrative (该党, 本党)
    for size in (4, 3):
        name = text[max(0, end - size):end]
        if len(name) == size and name[-1] == "党" and name[0] not in _NOT_PARTY_START and not set(name) & _EDGE:
            return end - size
    return None


def _bodies(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in rare_finditer(_BODY_RE, text):
        at = m.start()
        starts = [at - len(p) for p in _BODY_PREFIXES if text[max(0, at - len(p)):at] == p and at - len(p) >= 0]
        if m.group(1) in _PLACE_BODIES:
            for size in (3, 2):
                entry = places.get(text[max(0, at - size):at]) if at - size >= 0 else None
                if entry is not None and entry.label == "GPE":
                    starts.append(at - size)
        for body_start in starts:
            start = org_stem_start(text, body_start)
            if start is not None:
                out.append(Candidate(start, m.end(), "ORG", "rule:org-body-of-known-org", 46))
                break
    return out


def _short_names(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_SHORT_RE, text):
        short = m.group(1)
        if len(short) < 2 or is_common_word(short, 300):
            continue
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-short-name", 46))
        head = _FOUNDING_RE.search(text, max(0, m.start() - 14), m.start())
        if head is not None and head.group(1)[-1] in _ORG_END:
            out.append(Candidate(head.start(1), head.end(1), "ORG", "rule:org-short-name-antecedent", 46))
        at = text.find(short)
        while at != -1:
            if at != m.start(1):
                out.append(Candidate(at, at + len(short), "ORG", "rule:org-short-name", 46))
            at = text.find(short, at + len(short))
    return out


def _list_items(text: str) -> list[Candidate]:
    out = []
    forms = _org_forms()
    for mark in _LIST_MARK_RE.finditer(text):
        i = mark.start()
        if i == 0 or text[i - 1] not in _LIST_HEADS:
            continue    # both readings below need a list head (社会党系派) right before the mark
        # a known organisation before the mark, the unknown item after it
        left = org_stem_start(text, i)
        if left is not None:
            for size in (3, 2, 4):
                item = text[i + 1:i + 1 + size]
                if (len(item) == size and item[-1] in _LIST_HEADS and not (set(item) & _EDGE)
                        and item not in forms and not is_common_word(item, 50)):
                    out.append(Candidate(i + 1, i + 1 + size, "ORG", "rule:org-list-item", 36))
                    break
        # the unknown item before the mark (after a clause edge), a known organisation after it
        for size in (3, 2, 4):
            item = text[max(0, i - size):i]
            if (len(item) != size or item[-1] not in _LIST_HEADS or set(item) & _EDGE
                    or item in forms or is_common_word(item, 50)):
                continue
            before = text[i - size - 1] if i - size - 1 >= 0 else "，"
            if (before not in _EDGE and before not in _PREPOSITIONS) or item[0] in _PREPOSITIONS:
                continue   # 以|文学社和共进会为主: a preposition before the name stays outside
            right = next((text[i + 1:i + 1 + k] for k in range(10, 1, -1) if text[i + 1:i + 1 + k] in forms), None)
            if right is not None and right[-1] in _LIST_HEADS:
                out.append(Candidate(i - size, i, "ORG", "rule:org-list-item", 36))
            break
    return out


def _meetings(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in anchored_finditer(_MEETING_RE, text, _MEETING_ANCHOR, 3):     # 会 of 会议, 2-3 characters in
        for k in range(len(m.group(1)) - 1):
            name = text[m.start(1) + k:m.end(1)]
            start = m.start(1) + k
            before = text[max(0, start - 2):start]
            edge = start == 0 or text[start - 1] in _MEETING_EDGE or before in _MEETING_VERBS
            if not edge or is_common_word(name, 50):
                continue
            entry = places.get(name)
            if (entry is not None and entry.label in ("GPE", "LOC")) or name[-1] in _MEETING_ENDS:
                out.append(Candidate(start, m.end(), "EVENT", "rule:event-meeting-by-place", 50))
                break
    return out


def _quoted_headquarters(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_QUOTED_HQ_RE, text):
        region = m.group(1)
        known = next((region[k:] for k in range(len(region) - 1) if region[k:] in _REGIONS
                      or (place_lexicon().get(region[k:]) is not None)), None)
        if known is not None:
            out.append(Candidate(m.start(2), m.end(2), "ORG", "rule:org-quoted-headquarters", 46))
    return out


def find_org_event_forms(text: str) -> list[Candidate]:
    """Bodies of known organisations, party congresses, short names, listed organisations, meetings by place."""
    out: list[Candidate] = []
    if any(w in text for w in ("总会", "总部", "本部", "分会", "分部", "支部", "干部会", "执行部", "常委")):
        out += _bodies(text)
    if "大" in text:
        out += [Candidate(m.start(), m.end(), "EVENT", "rule:event-party-congress", 62)
                for m in literal_finditer(_CONGRESS_RE, text)]
        out += [Candidate(m.start(1), m.end(1), "EVENT", "rule:event-party-congress", 62)
                for m in literal_finditer(_QUOTED_CONGRESS_RE, text)]
        if "代表大会" in text:
            out += [Candidate(m.start(), m.end(), "EVENT", "rule:event-party-congress", 62)
                    for m in literal_finditer(_LOCAL_CONGRESS_RE, text)]
    if "称" in text:
        out += _short_names(text)
    if any(c in text for c in _LIST_MARKS):
        out += _list_items(text)
    if "会议" in text:
        out += _meetings(text)
    if "日事" in text or "日惨" in text or "日政" in text:
        out += [Candidate(m.start(), m.end(), "EVENT", "rule:event-month-day-incident", 62)
                for m in literal_finditer(_DAY_INCIDENT_RE, text)]
    if any(w in text for w in ("剿总", "行营", "行辕", "绥署", "剿匪总部", "绥靖公署")):
        out += _quoted_headquarters(text)
    return out
