"""Organisation and event names read by their head word (session 16 round 2 label audit, auditzh48: ORG and EVENT
read over passages of 20 sites on the 1898 reform, the railway-protection movement, the warlord parliaments, the
May Fourth and December Ninth movements, the KMT-CCP split of 1927, the Taiping rising, the 1946 consultative
conference and the February 28 incident).

- A party's numbered congress or plenary session written with the party is one EVENT (guideline 6: the owner inside
  a longer name belongs to it; as `国民党三大`): `中国国民党第一次全国代表大会`, `中国国民党临时全国代表大会`; a
  plenary session by its ordinals keeps its earlier reading (`中共|七届二中全会`: the session alone is the EVENT, the
  party its own ORG; memoir_forms_zh), so 中全会 matches are left to that finder. The owner is a form of the organisation lexicon (or a 3-4
  character X党) ending right before the session, the session is `[第]N届N中全会`, `[第]N届中央全会`, `第N次全国
  代表大会`, `临时全国代表大会` or `[第N次]全国代表大会`. EVENT at priority 62 (above the lexicon's ORG and the plenum
  rule's bare session).
- A national congress named by the people or state that held it, `中国全国人民临时代表大会在福州召开`,
  `中华苏维埃第一次全国代表大会`, is one EVENT: a name of 2-12 characters opening with 中国/中华/全国 after a word
  edge, optionally 第N次, then [全国][临时]代表大会, before a word of meeting (在, 召开, 开幕, 举行, 闭幕, 通过, 上,
  期间) or punctuation. EVENT at priority 50.
- The parliament (ORG, a council of the state): bare `国会` (解散国会, 国会议员), where the character before does not
  make a word or place with 国 (美国会, 全国会议, 各国会 are no parliament); and the Republic's parliaments by their
  names (the complete list of the names the histories give the Republic's parliaments of 1913-1925: 民元国会, 旧国会,
  新国会, 安福国会, 非常国会, 护法国会, 猪仔国会), a quoted name without its quotes. ORG at priority 34 (below every
  lexicon: `美国国会` stays the lexicon's). The provincial assemblies of 1909-11 likewise: `谘议局`/`咨议局` bare, or with the
  province before it (`四川省咨议局`, one ORG as a place owns its 政协).
- A rising named by a sect, `白莲教起义`, `天理教暴动`, is one EVENT (not PERSON `白莲教`): X教 (2-3 characters, not 宗教,
  传教, 该教 …) before 起义, 暴动, 起事 or 之乱. A rising abroad named by its leader or place in transliteration after its
  country, `法国扎克雷起义`, `英国瓦特·泰勒起义`, is the whole run of transliteration characters (with the joining dot)
  between the country and the head (起义, 暴动, 起事, 运动, 革命). A rising after 自/从/继 (`自金田起义开始`) starts after
  the preposition. EVENT at priority 47 (above the event finder's 45, which reads `克雷起义`, `自金田起义`).
- A movement named by what it fought for, a verb of upholding or overthrowing with its object (`保路运动`,
  `立宪运动`, `护国运动`, `倒袁运动`, `驱张运动`, `拒俄运动`, `讨袁运动`, `废约运动`), is an EVENT, with the place that
  raised it written before (`四川保路运动`); and so is a place's autonomy movement (`华北自治运动`, as the sets read
  `内蒙古自治运动`). The verb is one of 保 护 立 倒 驱 拒 讨 废 and the object one character (立 only with 宪);
  workers', peasants' and masses' movements (工农运动, 群众运动) have no such verb and stay generic, and a verb of the
  language (保持运动, 拒绝运动, 保健运动: jieba's verbs, adjectives, adverbs, and its words of 400 or more uses) is no aim. EVENT at priority 44 (below the event
  lexicon, whose canonical name wins on the same span: 护法运动).
- A body set up to deal with an incident is one ORG with the incident's name: `二二八事件处理委员会`,
  `五卅惨案后援委员会` (numeral or place name + 事件/事变/惨案 + 处理/善后/调查/后援 + 委员会). ORG at priority 50.
- A local body written with its place (and the party before it) is one ORG, as `国民党湖南省党部`: [party] + place
  [省|市|县] + 党校, 工会, 总工会, 农民协会, 农会, 商会, 学生联合会, 教育会; and a party's regional branch council
  `国民党华北军分会` (party + 华北/西南/… + 军分会/政治分会). ORG at priority 36.
- A massacre named by its place, `成都血案`, is an EVENT (血案 is 惨案): a gazetteer place right before 血案. Priority 46.
  Not where a bearing or size character right after a county opens a longer village name (`甲县北乙村血案`: the
  village is read whole by village_named_events_bodies_zh; session 28, s28zhunit).

- The members of a list the text sums up as societies or parties are ORG each: `联络甲社、乙学社、丙研究会等革命团体`,
  `联合某共和党、某共进会等党派` (guideline 4's list structure read for names, as round 1's listed organisations next to
  a known one): items of 2-8 characters between list marks (、), the first after a clause edge or a verb of joining
  (联络, 联合, 包括, 加入, 参加, 如), the last before 等 + 团体/社团/革命团体/组织/党派/政党; each item ends in a word of
  organisation (社 会 党 团 盟 部 所 院 局) and is no common word. ORG at priority 40.
- A roster line naming a society before a colon, `某某学社:陆军小学堂学生某某等。`, names an ORG: a line that opens with
  3-8 characters ending in 社, 会, 团, 党, 盟 or 部 (学社, 研究会, 俱乐部, 同盟会 …) right before ： or :, no common word.
  ORG at priority 40.
- A school named by its qualifiers, `陆军第三中学`, `高等巡警学校`, `湖北法官养成所`, is one ORG: 2-6 characters after a
  clause edge, before 学校, 中学, 小学, 学堂, 养成所, 讲习所, 传习所 or 补习所, with no determiner or function word (这 该 一
  各 本 此 的 在 是 了 所 …); a subject, a verb or a biography label glued before the name stays outside (`他入|成城学校`,
  `学历|保定旧制学堂`). ORG at priority 37.
- A numbered session of a known body is an EVENT with the body (`国民参政会第三届第三次会议`, as the party sessions):
  a form of the organisation lexicon before 第N届第N次[全体]会议 or 第N届[第N次]大会. EVENT at priority 62.
- A society named by its head word, `由某某学社发展而来`, `成立了某铁路改进会`, `在水灾救济会的基础上`, `国防参议会`, is one ORG:
  2-6 characters before 学社, 研究会, 俱乐部, 同志会, 救国会, 救济会, 赈济会, 改进会, 协进会 or 参议会, after a clause edge,
  a preposition or list word (由 等 在 和 与 及 了 入 于) or a verb (which stays outside); no function word, frequent verb or pronoun inside (`大家召开研究会` is a clause). ORG at
  priority 46 (above a railway FAC inside the name, 45).
- A crisis named by its place, with its ordinal, is an EVENT (`第二次台湾海峡危机`, `台海危机`, `古巴导弹危机`), and so is a
  rising named by the place it started (`武昌首义`): a gazetteer place (or 台海) right before 危机, 导弹危机 or 首义; an
  ordinal 第N次 before the place belongs to the name (guideline 10). `经济危机` has no place. EVENT at priority 46 (the
  round-1 audit saw `第二次台湾海峡危机` read as LOC only).
- A joint meeting named by the bodies that held it is one EVENT: `中央执行委员会及各省执行委员联席会议` (5-30 characters
  naming bodies, coordinated by 及/和/与/、, before 联席会议, after a clause edge or a verb of meeting, which stays outside).
  A society's long name opens with its place (`湖南省民众抗日救国会`: up to 10 characters before the head when a gazetteer
  place starts them), and an officers' training corps is a society head too (`庐山军官训练团`).
  Session 17 (auditzh54): 联合会, 协会 and 训练班 are heads too; a place's "every circle" before the name belongs to it
  (`上海各界救国联合会`, `上海各大学教授救国会`: 各 after a place does not stop the walk, 各界 is no clause); a name opened
  by a place may run to 16 characters (`上海市大专院校抗日救国学生联合会`), its place is no verb (上); 开办/举办 are verbs of
  founding. EVENT/ORG at priority 50/46.

Cost: str.find of the heads (全会, 代表大会, 国会, 起义/暴动/起事/之乱, 运动, 委员会, 血案, the bodies' heads).
"""

from __future__ import annotations

import re

from pipeline.lexicons import longest_first
from pipeline.rules.name_walk import verb_chars
from pipeline.rules.names_common import translit_chars, is_common_word, known_places, word_info
from pipeline.rules.org_event_forms_zh import org_stem_start
from pipeline.rules.org_local_bodies import place_start
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

_N = "一二三四五六七八九十0-9０-９"
_SESSION_RE = re.compile(
    f"(?:第?[{_N}]{{1,3}}届(?:[{_N}]{{1,2}}中全会|中央全会)|第[{_N}]{{1,3}}次全国代表大会|临时全国代表大会|全国代表大会"
    f"|第[{_N}]{{1,3}}届第[{_N}]{{1,3}}次(?:全体)?会议|第[{_N}]{{1,3}}届(?:第[{_N}]{{1,3}}次)?大会)")
_EDGE = set("，。、；：！？,.;:!?（）()“”\"'「」『』《》 \n\t\u3000")
_CONGRESS_RE = re.compile(
    f"((?:中国|中华|全国)[\u4e00-\u9fff]{{0,10}}?)(?:第[{_N}]{{1,3}}次)?(?:全国)?(?:临时)?代表大会"
    "(?=在|召开|开幕|举行|闭幕|通过|上|期间|[，。、；,.;])")
_CONGRESS_EDGE = _EDGE | set("了的在是即和与及")
_PARLIAMENTS = ("民元国会", "旧国会", "新国会", "安福国会", "非常国会", "护法国会", "猪仔国会")
_SECT_RISING_RE = re.compile("([\u4e00-\u9fff]{1,2}教)(起义|暴动|起事|之乱)")
_NOT_SECTS = {"宗教", "传教", "该教", "其教", "此教", "各教", "本教", "信教", "国教", "邪教", "清教", "新教", "旧教"}
_RISING_HEADS_RE = re.compile("起义|暴动|起事|运动|革命")
_PREP_RISING_RE = re.compile("[自从继]([\u4e00-\u9fff]{2,3})(起义|暴动)")
_MOVEMENT_RE = re.compile("(?:([保护倒驱拒讨废])([\u4e00-\u9fff])|(立宪))运动")
_NOT_OBJECTS = set("的了着过和与及等在是一不也都又这那其该此各")
_AUTONOMY_RE = re.compile("自治运动")
_REGIONS = ("华北", "华中", "华东", "华南", "西南", "西北", "东北", "东南", "内蒙", "蒙古", "内蒙古")
_COMMITTEE_RE = re.compile("(?:事件|事变|惨案)(?:处理|善后|调查|后援)委员会")
_NUMERALS = set("一二三四五六七八九十〇零·0123456789")
_BODIES = ("党校", "总工会", "工会", "农民协会", "农会", "商会", "学生联合会", "教育会")
_PARTIES = ("中国国民党", "国民党", "中国共产党", "中共")
_BRANCH_RE = re.compile("(?:中国国民党|国民党)(华北|华中|华东|华南|西南|西北|东北|北平|广州|武汉|开封|太原)(军分会|政治分会)")


def _party_sessions(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_SESSION_RE, text):
        if m.group().endswith("全会"):
            continue      # 中共|七届二中全会: a plenary session by its ordinals is named without its party (memoir_forms_zh)
        start = org_stem_start(text, m.start())
        if start is not None:
            out.append(Candidate(start, m.end(), "EVENT", "rule:event-party-session", 62))
    return out


def _congresses(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_CONGRESS_RE, text):
        start = m.start(1)
        if start and text[start - 1] not in _CONGRESS_EDGE:
            continue
        if set(m.group(0)) & _EDGE:
            continue
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-national-congress", 50))
    return out


def _parliaments(text: str) -> list[Candidate]:
    out = []
    words, places = word_info(), known_places()
    at = text.find("国会")
    while at != -1:
        named = next((p for p in _PARLIAMENTS if text.startswith(p, at + 2 - len(p))), None)
        if named is not None:
            out.append(Candidate(at + 2 - len(named), at + 2, "ORG", "rule:org-parliament", 34))
        elif at == 0 or text[at - 1] in _EDGE or not (
                text[at - 1 : at + 1] in words or text[at - 1 : at + 1] in places
                or any(text[k:at + 1] in places for k in range(max(0, at - 4), at - 1))):
            out.append(Candidate(at, at + 2, "ORG", "rule:org-parliament", 34))
        at = text.find("国会", at + 2)
    for head in ("谘议局", "咨议局"):
        at = text.find(head)
        while at != -1:
            level = "省" if text.endswith("省", 0, at) else ""
            start = place_start(text, at - len(level))
            out.append(Candidate(start if start >= 0 else at, at + 3, "ORG", "rule:org-parliament", 34))
            at = text.find(head, at + 3)
    return out


def _risings(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_SECT_RISING_RE, text):
        sect = m.group(1)
        if sect[-2:] in _NOT_SECTS or sect in _NOT_SECTS:
            continue
        out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-sect-rising", 47))
    for m in rare_finditer(_PREP_RISING_RE, text):
        name = m.group(1)
        # the preposition opening a word with the next character is none (自立军起义, 自卫团暴动: s20zhqty)
        if is_common_word(name, 300) or is_common_word(m.group()[:2], 300):
            continue
        out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-rising-after-preposition", 47))
    chars = translit_chars()
    places = known_places()
    for m in rare_finditer(_RISING_HEADS_RE, text):
        start = m.start()
        while start > 0 and (text[start - 1] in chars or text[start - 1] in "·・"):
            start -= 1
        run = text[start:m.start()]
        if len(run.replace("·", "").replace("・", "")) < 2 or run[0] in "·・":
            continue
        # the run must follow a country written right before it (法国扎克雷起义)
        country = next((text[k:start] for k in range(max(0, start - 5), start - 1)
                        if text[k:start] in places and text[start - 1] == "国"), None)
        if country is None:
            continue
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-foreign-rising", 47))
    return out


def _movements(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_MOVEMENT_RE, text):
        if m.group(3) is None:
            if m.group(2) in _NOT_OBJECTS or (m.group(1) == "立"):
                continue
            info = word_info().get(m.group(1) + m.group(2))
            if info and (info[1][:1] in "vadcpu" or info[0] >= 400):
                continue   # 保持运动, 拒绝运动, 保健运动: a word of the language, not an aim (护国 134, 保皇 31 pass)
        start = m.start()
        place = place_start(text, start)
        if place >= 0:
            start = place
        elif start and text[start - 1] not in _CONGRESS_EDGE and text[start - 1] not in "场次项个":
            # glued to a word before that is no place: 确保路运动 is no name
            if text[start - 1 : start + 1] in word_info():
                continue
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-movement-by-aim", 44))
    for m in _AUTONOMY_RE.finditer(text):
        at = m.start()
        region = next((r for r in sorted(_REGIONS, key=longest_first) if text.startswith(r, at - len(r))), None)
        start = at - len(region) if region else place_start(text, at)
        if start is not None and start >= 0:
            out.append(Candidate(start, m.end(), "EVENT", "rule:event-autonomy-movement", 44))
    return out


def _incident_committees(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in rare_finditer(_COMMITTEE_RE, text):
        at = m.start()
        start = at
        while start > 0 and text[start - 1] in _NUMERALS and at - start < 6:
            start -= 1
        if at - start < 2:
            start = next((at - k for k in (4, 3, 2) if at - k >= 0 and text[at - k:at] in places), -1)
        if start >= 0:
            out.append(Candidate(start, m.end(), "ORG", "rule:org-incident-committee", 50))
    return out


def _local_bodies(text: str) -> list[Candidate]:
    out = []
    for body in _BODIES:
        at = text.find(body)
        while at != -1:
            if body == "工会" and text.startswith("总", at - 1):
                at = text.find(body, at + 1)
                continue
            level = next((lv for lv in ("省", "市", "县") if text.endswith(lv, 0, at)), "")
            start = place_start(text, at - len(level))
            if start >= 0:
                party = next((p for p in _PARTIES if text.endswith(p, 0, start)), "")
                if party or level or body not in ("工会", "农会", "商会"):
                    out.append(Candidate(start - len(party), at + len(body), "ORG", "rule:org-local-body-head", 36))
            at = text.find(body, at + len(body))
    out += [Candidate(m.start(), m.end(), "ORG", "rule:org-party-branch-council", 36) for m in literal_finditer(_BRANCH_RE, text)]
    return out


# a bearing or size character that opens a village's name before a place the gazetteer knows (北|乙村, 大|丙庄)
_VILLAGE_PREFIXES = frozenset("东西南北前后上下大小中東")


def _massacres(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    at = text.find("血案")
    while at != -1:
        start = next((at - k for k in (4, 3, 2) if at - k >= 0 and text[at - k:at] in places), None)
        if start is not None and start > 1 and text[start - 1] in _VILLAGE_PREFIXES and text[start - 2] in "县縣市":
            start = None            # 甲县|北乙村血案: the place is the tail of a longer village (village_named_events_bodies_zh)
        if start is not None:
            out.append(Candidate(start, at + 2, "EVENT", "rule:event-massacre-by-place", 46))
        at = text.find("血案", at + 2)
    return out


_GROUP_NOUNS_RE = re.compile("等(?:革命|进步|爱国|抗日|民主|政治|秘密|反清|中间)?(?:团体|社团|组织|党派|政党)")
_ORG_HEADS = set("社会党团盟部所院局")
_JOIN_VERBS = ("联络", "联合", "包括", "加入", "参加", "组织", "发起", "如", "有", "和", "与", "同")
_FUNCTION_CHARS = set("的了在是这那该此其各本一与和及或等着过把被将向对从自于为以也都又就还")
_ROSTER_STOP = set("的了在是这那该此其各本等着过和与及或")
_ROSTER_RE = re.compile("(?m)^[ \t\u3000]*([\u4e00-\u9fff]{3,8})[：:]")
_SCHOOL_RE = re.compile("(学校|中学|小学|学堂|养成所|讲习所|传习所|补习所)(?![生校])")
_SCHOOL_STOP = (_FUNCTION_CHARS - set("等")) | set("所们个位名间座家种届期次年月日")
_PRONOUNS = set("他她我你它")
_UNIVERSITY_TITLE_NEXT = frozenset("长董友史区园舍庆训址务")
_SCHOOL_LABELS = ("学历", "毕业于", "毕业", "肄业于", "肄业", "就读于", "就读", "出身")


def _listed_societies(text: str) -> list[Candidate]:
    out = []
    for m in _GROUP_NOUNS_RE.finditer(text):
        end = m.start()
        items = []
        while True:
            start = end
            while start > 0 and text[start - 1] not in _EDGE and end - start < 12:
                start -= 1
            items.append((start, end))
            if start == 0 or text[start - 1] != "、":
                break
            end = start - 1
        if len(items) < 2:
            continue
        first_start, first_end = items[-1]
        cut = max((text.rfind(v, first_start, first_end) + len(v) if text.rfind(v, first_start, first_end) >= 0 else -1)
                  for v in _JOIN_VERBS)
        if cut > first_start:
            items[-1] = (cut, first_end)   # 王某联络|甲社: the item starts after the verb of joining
        good = [(a, b) for a, b in items if 2 <= b - a <= 8 and text[b - 1] in _ORG_HEADS
                and not set(text[a:b]) & _FUNCTION_CHARS and not is_common_word(text[a:b], 50)]
        if len(good) >= len(items) - 1 and len(good) >= 2:
            out += [Candidate(a, b, "ORG", "rule:org-listed-society", 40) for a, b in good]
    return out


def _roster_lines(text: str) -> list[Candidate]:
    out = []
    for m in _ROSTER_RE.finditer(text):
        name = m.group(1)
        if name[-1] not in "社会团党盟部" or is_common_word(name, 50) or set(name) & _ROSTER_STOP:
            continue
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-roster-line", 40))
    return out


def _schools(text: str) -> list[Candidate]:
    out = []
    verbs = verb_chars()
    for m in _SCHOOL_RE.finditer(text):
        at = m.start()
        if m.group() == "学校" and at > 0 and text[at - 1] == "大" and text[m.end():m.end() + 1] in _UNIVERSITY_TITLE_NEXT:
            continue   # 甲乙大学|校长, 大学|校友: the university, then a title or word in 校 (s21zhlab)
        start = at
        while start > 0 and at - start < 8 and text[start - 1] not in _EDGE and text[start - 1] not in _SCHOOL_STOP:
            start -= 1
        if start > 0 and text[start - 1] not in _EDGE:
            continue
        while at - start > 2 and (text[start] in verbs or text[start] in _PRONOUNS):
            start += 1   # 他入|成城学校, 考入|某某学堂: the subject and verb before the name stay outside
        label = next((w for w in _SCHOOL_LABELS if text.startswith(w, start)), "")
        if label and at - start - len(label) >= 2:
            start += len(label)   # 学历|保定旧制学堂: an infobox or biography label glued before the name
        if not 2 <= at - start <= 6:
            continue
        name = text[start:m.end()]
        if is_common_word(name, 50) or is_common_word(text[start:at], 2000):
            continue
        out.append(Candidate(start, m.end(), "ORG", "rule:org-school-by-qualifiers", 37))
    return out

_SOCIETY_RE = re.compile("(学社|文社|研究会|俱乐部|同志会|救国会|救济会|赈济会|改进会|协进会|参议会|训练团|训练班|联合会|协会|青年团|救国团|服务团|[抗救民][日国主]同盟)")   # 青年团 … 民主同盟: r18zhplace
_SOCIETY_LEFT = set("由等在和与及、了入于")
_WALK_STOP = set("由等在与及了入于以")
_FOUNDING = ("成立了", "成立", "组织了", "组织", "组成", "开办了", "开办", "举办", "创办", "创立", "发起", "加入", "参加", "联络", "联合", "设立", "改设", "并设", "设")


_PLACE_LED_HEADS = frozenset(("青年团", "救国团", "服务团", "抗日同盟", "救国同盟", "民主同盟"))


def _society_heads(text: str) -> list[Candidate]:
    out = []
    verbs = verb_chars()
    for m in rare_finditer(_SOCIETY_RE, text):
        at = m.start()
        start = at
        while (start > 0 and at - start < 16 and text[start - 1] not in _EDGE and text[start - 1] not in _ROSTER_STOP
               and text[start - 1] not in _WALK_STOP):
            start -= 1
        if start > 1 and text[start - 1] == "各" and place_start(text, start - 1) >= 0:
            start = place_start(text, start - 1)   # 上海各界|救国会, 上海各大学教授|救国会: a place's "every circle"
        place = None
        if at - start > 6:
            # a long name opens with its place: 湖南省民众抗日|救国会 (a society of a province's people)
            place = next((k for k in range(start, at - 2) if place_start(text, k + 2) == k
                          or place_start(text, k + 3) == k or place_start(text, k + 4) == k), None)
            if place is None:
                start = at - 6
            else:
                start = place
        elif at - start > 2 and (place_start(text, start + 2) == start or place_start(text, start + 3) == start):
            place = start
        cut = max((text.rfind(v, start, at) + len(v) if text.rfind(v, start, at) >= 0 else -1) for v in _FOUNDING)
        if cut > start:
            start = cut   # 在湖南成立|某学社, 并设|某参议会: the name starts after the verb of founding
        elif place is not None and place == start:
            pass          # 上海各大学教授救国会: the place opening a long name is no verb (上)
        else:
            while at - start > 2 and (text[start] in verbs or text[start] in _PRONOUNS):
                start += 1
            before = text[start - 1] if start > 0 else "，"
            if before not in _EDGE and before not in _SOCIETY_LEFT and before not in verbs:
                continue
        if text[start] in "之的" and at - start > 2:
            start += 1    # 某等之|某学社: the particle closes what goes before, no name opens with it (s20zhorg)
        if not (1 if cut > 0 else 2) <= at - start <= (16 if place == start else 10):
            continue
        if m.group(1) in _PLACE_LED_HEADS and place != start:
            continue      # 青年团, 服务团, 民主同盟: a society's name only when a place opens it (江苏省抗日青年团; r18zhplace)
        if at - start <= 2 and is_common_word(text[start:at], 3000) and m.group(1) != "参议会":
            continue
        words = word_info()
        if any((words.get(text[k:k + 2]) or (0, ""))[1][:1] in ("v", "r") and words[text[k:k + 2]][0] >= 1000
               and text[k:k + 2] != "各界" for k in range(start, at - 1)):   # 上海各界救国会: 各界 names its members
            continue   # 大家召开|研究会: a clause, not a name
        out.append(Candidate(start, m.end(), "ORG", "rule:org-society-head", 46))
    return out


_ORDINAL_END_RE = re.compile(f"第[{_N}]{{1,3}}次$")


def _place_named_events(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for head in ("危机", "首义"):
        at = text.find(head)
        while at != -1:
            stem_end = at - 2 if head == "危机" and text.endswith("导弹", 0, at) else at
            start = next((stem_end - k for k in (5, 4, 3, 2) if stem_end - k >= 0 and text[stem_end - k:stem_end] in places), -1)
            if start < 0 and head == "危机" and text.endswith("台海", 0, stem_end):
                start = stem_end - 2   # 台海: the short name of the Taiwan Strait
            if start >= 0:
                ordinal = _ORDINAL_END_RE.search(text, max(0, start - 5), start)
                out.append(Candidate(ordinal.start() if ordinal else start, at + 2, "EVENT", "rule:event-crisis-by-place", 46))
            at = text.find(head, at + 2)
    return out


_JOINT_RE = re.compile("联席会议")
_JOINT_VERBS = ("召开了", "召开", "举行了", "举行", "出席了", "出席", "参加了", "参加")


def _joint_meetings(text: str) -> list[Candidate]:
    out = []
    for m in _JOINT_RE.finditer(text):
        at = m.start()
        start = at
        while start > 0 and at - start < 30 and text[start - 1] not in _EDGE:
            start -= 1
        cut = max((text.rfind(v, start, at) + len(v) if text.rfind(v, start, at) >= 0 else -1) for v in _JOINT_VERBS)
        if cut > start:
            start = cut
        name = text[start:at]
        if len(name) < 5 or not any(c in name for c in "及和与、") or name[-1] in "及和与、":
            continue
        if not any(h in name for h in ("委员会", "委员", "党部", "政府", "会", "部")):
            continue
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-joint-meeting", 50))
    return out


def find_org_event_heads(text: str) -> list[Candidate]:
    """Party sessions, national congresses, parliaments, risings, movements, incident committees, local bodies."""
    out: list[Candidate] = []
    if "全会" in text or "代表大会" in text or "届" in text:
        out += _party_sessions(text)
    if "代表大会" in text:
        out += _congresses(text)
    if "国会" in text or "议局" in text:
        out += _parliaments(text)
    if any(h in text for h in ("起义", "暴动", "起事", "之乱", "运动", "革命")):
        out += _risings(text)
    if "运动" in text:
        out += _movements(text)
    if "委员会" in text:
        out += _incident_committees(text)
    if any(b in text for b in ("党校", "工会", "农会", "农民协会", "商会", "学生联合会", "教育会", "分会")):
        out += _local_bodies(text)
    if "血案" in text:
        out += _massacres(text)
    if "等" in text and ("团体" in text or "组织" in text or "党派" in text or "政党" in text):
        out += _listed_societies(text)
    if "：" in text or ":" in text:
        out += _roster_lines(text)
    if any(h in text for h in ("学社", "文社", "研究会", "俱乐部", "同志会", "救国会", "救济会", "赈济会", "改进会", "协进会", "参议会",
                               "训练团", "训练班", "联合会", "协会", "青年团", "救国团", "服务团", "同盟")):
        out += _society_heads(text)
    if "联席会议" in text:
        out += _joint_meetings(text)
    if "危机" in text or "首义" in text:
        out += _place_named_events(text)
    if any(h in text for h in ("学校", "中学", "小学", "学堂", "养成所", "讲习所", "传习所", "补习所")):
        out += _schools(text)
    return out
