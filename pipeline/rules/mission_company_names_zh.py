"""Legations, Protestant missions, trade companies and foreign trading houses, in Chinese working text.

`find_mission_company_names(text, found)` (working text) proposes the shapes of name the head finders miss:

- A legation or consulate, `驻华公使馆`, `驻沪总领事馆`: 驻 + one to three characters of the host (华, 沪, 俄,
  日本) + a head of the diplomatic missions (大使馆, 公使馆, 使馆, 总领事馆, 领事馆). One ORG; a sending nation
  written before it stays its own GPE (英国 + 驻华公使馆), as the project reads a nation before a ministry
  (`split_country_bodies`: 日本 + 内务省; guideline 6, a place that only modifies the next name). Priority 40.
- A Protestant mission society or church, `美国长老会`, `英国浸礼会`, `圣公会`: one of the Chinese family names of
  the Protestant denominations as missions in China wrote them (Anglican 圣公会, Presbyterian 长老会, Baptist
  浸礼会/浸信会, Congregational 公理会, Methodist 循道会/卫理公会/监理会, Lutheran 信义会, Alliance 宣道会, and
  the generic mission words 传道会, 布道会, 差会), with a known country or place before it when one is
  written. Not when a word of a meeting, building or member follows (长老会议, 公理会堂, 浸礼会员). Priority 40.
  Session 23 (s23zhenc): also the Methodist Episcopal missions (美以美会, 美普会, 监理公会, 循道公会), the Adventists
  (安息日会), the China Inland Mission (内地会) and the London Mission (伦敦会), as the histories of the missions in
  China name them; the faith written between nation and church is inside the name (`某国基督教长老会`), and so is a
  faith opening it after an edge (`由基督教监理公会`).
  Session 26 (s26zhorg): the continental Protestant missions and the Catholic orders and missionary societies, as the
  histories of the missions in China name them (criterion: a body that sent missionaries to China 1840-1949 and is
  named by its own Chinese name in those histories, e.g. the chronologies of Protestant missions in China and the
  Catholic dioceses' histories): Rhenish 礼贤会, Basel 巴色会, Berlin 巴陵会, Swedish Mission 行道会, Alliance 协同会,
  Lutheran 路德会, Assemblies of God 神召会, Friends 公谊会, Free Methodist 循理会, the Adventists' short 安息会, the
  Church of Christ in China 中华基督教会; Jesuits 耶稣会, Franciscans 方济各会, Dominicans 多明我会, Augustinians
  奥斯定会, Lazarists 遣使会, the Paris and Milan foreign missions 巴黎外方传教会/传道会, 米兰外方传教会, the Divine
  Word 圣言会, Scheut 圣母圣心会, Maryknoll 玛利诺会, Salesians 慈幼会, Benedictines 本笃会. The owner before the name
  may also be a home nation (苏格兰, 英格兰, 爱尔兰, 威尔士, 大英) or an American church's side (美北, 美南, 北美,
  and 北/南/北方/南方 after a country: `某国南方浸信会`); 新教 and 天主教 are faiths between owner and name
  (`瑞典新教行道会`), and a former seat (原 + name: `原安息会会址`) and an aspect particle (`加入了长老会`) open the name. A member noun after the name is
  no ORG (`耶稣会士`, like 浸礼会员). Examples written for this module: `苏格兰长老会在奉天设堂`, `美南浸信会`,
  `遣使会、多明我会与方济各会`; negatives: `耶稣会士某某`, `长老会议`.
- A company written with its trade, `大成纺织股份有限公司`, `某某轮船公司`: a name of two to four characters at a
  word edge or after a verb of founding (the shortest such name: 又设|永泰轮船公司) + a trade word (the industries of the
  firms of 1860-1949: 纺织, 轮船, 航运, 煤矿 …) + 公司 with
  its optional 股份/有限/总. And a rule-made ORG followed at once by such a company suffix (`X印书馆有限公司`)
  takes it (the longest unit). Priority 40.
- A foreign trading house, `旗昌洋行`, `太古洋行`: two to four name characters + 洋行, the name opening at a word
  edge, after a verb of founding, or after the merchants' nationality or seat (英商, 美商, 中资, 在华), which
  stay outside the name as they do before a trade company (美商|某某轮船公司). Not a kind of firm (外国洋行,
  中小洋行). Priority 40.

- A mission or charity hospital named by a word of faith or benevolence, `福音医院`, `仁济医院`, `博济医院` (session 26,
  s26zhorg): one of the two-character names the mission and charity hospitals of 1840-1949 took (criterion: the
  names of those hospitals in the histories of mission medicine in China: 福音 仁济 博济 普爱 同仁 广济 协和 惠民
  博爱 仁爱 普济 惠爱 益世 同济 广仁 道济 博施 宏恩 圣心 圣母 济生 慈济 仁术 广慈 博习 万国) + 医院/医馆/病院,
  the name opening at a word edge, a known place before it inside (`某地福音医院`, as the development sets read
  `开封扶轮小学`). Not a kind of
  hospital (`教会医院`). Priority 40. Examples written for this module: `他在福音医院当护士`, `后来到仁济医院`.
- A hospital named by any two characters right after a verb of founding (创办, 创建, 创立, 建立, 设立, 开办, 开设,
  兴办, 筹建, 筹办, 创设, 新建; with or without 了), a known place between them inside (`创办了某地某某医院`); the
  listed names above also open after such a verb (`在某地建立|博济医院`). Not a kind or a count (`创办县立医院`,
  `建立了一所医院`, `开办战地医院`). Session 28 (s28zhorg); priority 40. Examples: `1914年在长沙创办湘雅医院`.

Provenance: first seen in the Chinese ORG audit of session 19 (s19zhorg; split out of org_edges19_zh in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_countries, known_places
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate
from pipeline.rules.org_left_edges_zh import VERBS, trim

_COMPANY_SUFFIX_RE = re.compile("(?:股份)?(?:有限)?(?:总)?公司")
_MISSION_RE = re.compile("(?:驻)([\u4e00-\u9fff]{1,3}?)(大使馆|公使馆|总领事馆|领事馆|使馆)")
_DENOMINATIONS = ("圣公会 长老会 浸礼会 浸信会 公理会 循道会 卫理公会 监理会 信义会 宣道会 传道会 布道会 差会"
                  # session 23 (s23zhenc): Methodist Episcopal 美以美会, Methodist Protestant 美普会, Methodist Episcopal
                  # South 监理公会, Seventh-day Adventist 安息日会, China Inland Mission 内地会, London Mission 伦敦会
                  " 美以美会 美普会 监理公会 循道公会 安息日会 内地会 伦敦会"
                  # session 26 (s26zhorg): continental and other Protestant missions, Catholic orders and societies
                  " 礼贤会 巴色会 巴陵会 行道会 协同会 路德会 神召会 公谊会 循理会 安息会 中华基督教会"
                  " 耶稣会 方济各会 多明我会 奥斯定会 遣使会 巴黎外方传教会 巴黎外方传道会 米兰外方传教会 圣言会 圣母圣心会"
                  " 玛利诺会 慈幼会 本笃会").split()
_DENOMINATION_RE = re.compile("(?:" + "|".join(sorted(_DENOMINATIONS, key=lambda w: (-len(w), w))) + ")(?![议堂员所长馆士友])")
# the faith written between a nation and its church (加拿大|基督教|长老会, 基督教|监理公会): inside the name
_FAITHS = ("基督教", "耶稣教", "基督", "新教", "天主教")
# owners the place lexicon does not hold: the home nations and an American church's side (s26zhorg)
_MISSION_OWNERS = ("苏格兰", "英格兰", "爱尔兰", "威尔士", "大英", "美北", "美南", "北美")
_CHURCH_SIDES = ("北方", "南方", "北", "南")
# a former seat before a mission's name: 原|安息会会址 (s26zhorg)
_MISSION_OPENERS = frozenset("原了")
# the names mission and charity hospitals of 1840-1949 took (s26zhorg), before 医院/医馆/病院
_HOSPITAL_NAMES = ("福音 仁济 博济 普爱 同仁 广济 协和 惠民 博爱 仁爱 普济 惠爱 益世 同济 广仁 道济 博施 宏恩 圣心 圣母 "
                   "济生 慈济 仁术 广慈 博习 万国").split()
_HOSPITAL_RE = re.compile("(?:" + "|".join(_HOSPITAL_NAMES) + ")(?:医院|医馆|病院)")
# session 28 (s28zhorg): a hospital named by any two characters right after a verb of founding (创办|某某医院,
# 在某地建立了|某某医院, the city before the name inside as above); not a kind or a count of hospitals
_FOUNDING = ("创办", "创建", "创立", "建立", "设立", "开办", "开设", "兴办", "筹建", "筹办", "创设", "新建")
_FOUNDED_HOSPITAL_RE = re.compile("((?:" + "|".join(_FOUNDING) + ")了?)([\u4e00-\u9fff]{2,4}?)??([\u4e00-\u9fff]{2})"
                                  "(?:医院|医馆|病院)")
_HOSPITAL_KINDS = frozenset(("教会 县立 省立 市立 公立 私立 国立 官立 陆军 海军 空军 野战 战地 后方 伤兵 临时 传染 妇产 妇孺 "
                             "儿童 精神 中医 西医 人民 红军 军队 军用 军区 地方 综合 专科 新式 近代 现代 大型 小型 麻风 戒烟 "
                             "平民 贫民 慈善 私人 天主 基督 女子 眼科 牙科 肺病 隔离 兵站 医科 卫生 分设 附属 一所 两所 一家 "
                             "多所 多家 各级 各地 各种 正式 简易 教学 实习 第一 第二 中心 总医 分医 同类 相关 这所 该院 当地").split())
_HOSPITAL_NOT_FIRST = frozenset("一二两三四五六七八九十数几多各每这那该其此本了的和与及等个所座家间")


def _founding_verb_before(text: str, at: int) -> bool:
    """A verb of founding (`_FOUNDING`, optionally + 了) written right before `at`."""
    end = at - 1 if at > 0 and text[at - 1] == "了" else at
    return any(text.endswith(v, 0, end) for v in _FOUNDING)


# the trades of the firms named in texts of 1860-1949 (a trade word between a firm's name and 公司)
_TRADES = ("纺织 纱厂 面粉 轮船 航运 航业 煤矿 矿务 铁路 电灯 电气 电力 自来水 火柴 烟草 卷烟 水泥 机器 造船 印刷 "
           "实业 商业 贸易 保险 垦殖 盐业 油漆 化学 制药 百货 书局 银公司").split()
_COMPANY_RE = re.compile("([\u4e00-\u9fff]{2,4}?)(" + "|".join(sorted(_TRADES, key=lambda w: (-len(w), w)))
                         + ")(?:股份)?(?:有限)?(?:总)?公司")
_EDGE_CHARS = frozenset("，。、；：,.;:（）()“”\"「」『』《》 \n—-的和与及由在于为是将把被向从以对给往到")
# a preposition or verb of direction as a name's last character: the trade word after it is bare (从A到洋行; r21orgloc)
_BARE_HEAD_BEFORE = frozenset("到向往给对从以跟同把被将")
_NEVER_IN_FIRM_NAME = frozenset("到向往给对从把被将")   # 他到某某洋行: the subject and the verb are no name
# a firm's nationality written before its name (美商|旗昌轮船公司, 中资|某某公司): outside the name
_MERCHANT_RE = re.compile("[美英法德日俄意荷比丹瑞华洋外]商|中资|外资|[在驻][华沪港粤津汉]")
# a foreign trading house: 2-4 name characters + 洋行 (旗昌洋行, 沙宣洋行); not a kind (外国洋行, 各国洋行)
_HONG_RE = re.compile("([\u4e00-\u9fff]{2,4}?)洋行")


def _owner_before(text: str, at: int) -> int:
    """Where a known country or place written right before `at` starts (`at` if none)."""
    places = known_places()
    countries = known_countries()
    for size in (4, 3, 2):
        if at >= size and (text[at - size:at] in countries or text[at - size:at] in places):
            return at - size
    return at


def _mission_owner_before(text: str, at: int) -> int:
    """`_owner_before`, and also a home nation or an American side (美北, 美南), or a country + 北/南/北方/南方."""
    for owner in _MISSION_OWNERS:
        if text.endswith(owner, 0, at):
            return at - len(owner)
    for side in _CHURCH_SIDES:
        if text.endswith(side, 0, at):
            start = _owner_before(text, at - len(side))
            if start < at - len(side):
                return start                    # 某国|南方|浸信会
    return _owner_before(text, at)


def find_mission_company_names(text: str, found: list[Candidate] | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    if "驻" in text and "馆" in text:
        for m in _MISSION_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-legation", 40))
    if "会" in text:
        for m in _DENOMINATION_RE.finditer(text):
            faith = next((f for f in _FAITHS if text.endswith(f, 0, m.start())), "")
            at = m.start() - len(faith)
            start = _mission_owner_before(text, at)
            if faith and start == at and (at == 0 or text[at - 1] in _EDGE_CHARS or text[at - 2:at] in VERBS):
                out.append(Candidate(at, m.end(), "ORG", "rule:org-denomination", 40))   # 由|基督教监理公会
                continue
            if faith and start < at:
                out.append(Candidate(start, m.end(), "ORG", "rule:org-denomination", 40))   # 某国|基督教|长老会
                continue
            start = _mission_owner_before(text, m.start())
            if start == m.start() and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" \
                    and text[m.start() - 1] not in _EDGE_CHARS and text[m.start() - 1] not in _MISSION_OPENERS and not text[max(0, m.start() - 2):m.start()] in VERBS:
                continue   # 某某长老会: an unknown word glued before the head (the head finders read those)
            out.append(Candidate(start, m.end(), "ORG", "rule:org-denomination", 40))
    if "医院" in text or "医馆" in text or "病院" in text:
        for m in _HOSPITAL_RE.finditer(text):
            at = _owner_before(text, m.start())          # 某城|协和医院: the city that names it is inside (开封扶轮小学)
            if at == 0 or text[at - 1] in _EDGE_CHARS or text[at - 1] in _MISSION_OPENERS or text[at - 1] in "到入进去往" \
                    or _founding_verb_before(text, at):
                out.append(Candidate(at, m.end(), "ORG", "rule:org-mission-hospital", 40))
        for m in _FOUNDED_HOSPITAL_RE.finditer(text):
            name = m.group(3)
            if name in _HOSPITAL_KINDS or name in _HOSPITAL_NAMES or name[0] in _HOSPITAL_NOT_FIRST:
                continue                                 # 创办县立医院, 建立一所医院: a kind, no name (the list above reads its own)
            at = m.start(3)
            if m.group(2):
                if _owner_before(text, at) != m.start(2):
                    continue                             # only a known place may stand between the verb and the name
                at = m.start(2)
            out.append(Candidate(at, m.end(), "ORG", "rule:org-founded-hospital", 40))
    if "公司" in text:
        for m in literal_finditer(_COMPANY_RE, text):
            start = _firm_start(text, m.start(), m.start(2))
            if start >= 0:
                out.append(Candidate(start, m.end(), "ORG", "rule:org-trade-company", 40))
        for cand in found or ():
            if cand.label == "ORG" and cand.source.startswith("rule:") and not text.endswith("公司", cand.start, cand.end):
                m = _COMPANY_SUFFIX_RE.match(text, cand.end)
                if m and m.end() - cand.end >= 4:
                    cut = trim(text[cand.start:cand.end], known_places()) if cand.end - cand.start >= 4 else 0
                    out.append(Candidate(cand.start + cut, m.end(), "ORG", "rule:org-company-suffix", cand.priority + 2))
    if "洋行" in text:
        for m in literal_finditer(_HONG_RE, text):
            start = _firm_start(text, m.start(), m.start() + len(m.group(1)))
            if start >= 0 and text[m.end() - 4:m.end() - 2] not in _NOT_HONG_NAMES:
                out.append(Candidate(start, m.end(), "ORG", "rule:org-trading-house", 40))
    return out


# words before 洋行 that name a kind or a size of firm, not a firm
_NOT_HONG_NAMES = frozenset("外国 各国 外商 大小 中小 小型 大型 中型 各家 这家 一家 那家".split())


def _firm_start(text: str, lo: int, head: int) -> int:
    """Where a firm's name of 2-4 characters before `head` (a trade word or 洋行) opens: the shortest name
    at a word edge, after a verb of founding or after a nationality of merchants (美商, 中资); -1 if none."""
    for at in range(head - 2, max(lo, head - 4) - 1, -1):
        if "的" in text[at:head]:
            continue   # 设立的洋行: the particle closes a relative clause, a firm's name never holds it (s20zhorg)
        if at == 0 or text[at - 1] in _EDGE_CHARS or text[at - 1] in "设办" or text[max(0, at - 2):at] in VERBS \
                or _MERCHANT_RE.fullmatch(text, max(0, at - 2), at):
            if _MERCHANT_RE.fullmatch(text, at, at + 2) or is_common_word(text[at:head], 2000) \
                    or text[head - 1] in _BARE_HEAD_BEFORE or any(c in _NEVER_IN_FIRM_NAME for c in text[at:head]):
                return -1
            return at
    return -1
