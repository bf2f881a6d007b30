"""Bodies named as firms and offices write them (session 21, s21zhlab: Chinese ORG audit of institution and firm
histories). Grammar; no list of names.

- A bank named by its house name and one or more kind words before 银行 (商业, 储蓄, 实业, 信托, 兴业, 劝业, 农工,
  工商, 农商, 国货, 垦业, 懋业) is one ORG, the house name (2-4 characters, a place too) opening after a clause
  boundary or a preposition: `甲乙商业储蓄银行`, `丙丁信托实业银行`, `上海商业储蓄银行`. Not a kind of bank
  (`各商业银行`, `一家储蓄银行`: a function or counting character in the name).
- A firm named by a two-character house name right before 公司 (no trade word between), or before a trade word
  in 业 and 公司 (`甲乙窑业公司`), is one ORG: `甲乙公司采用股份制`, `成立了丙丁公司`, `和戊己公司`. The name opens after a
  clause boundary, a conjunction or a verb of founding; it is no ordinary word (`该公司`, `总公司`, `分公司`, `航空公司`,
  `保险公司`), no province or city (`上海公司`: the city's branch; a county's name is a frequent house name and
  stays) and holds no function character.
- A firm named by its merchants' nationality and its trade alone (`法商电车公司`, `华商电车公司`, `法商水电公司`,
  `法商电车电灯公司`, `华商电气股份有限公司`) is one ORG with the nationality word, which is its name there: no house
  name stands between (where one does, `英商|X洋行`, the nationality stays outside). The nationality word opens after a
  clause boundary, a conjunction, a place (`上海法商电车电灯公司`: the place's is the whole name) or a preposition
  (session 30, s30zhorgfac: the public utilities of the concessions in Shanghai strike and municipal histories).
- A county, city or provincial government followed by its office (2 characters + 局/厅/处/科) is one ORG, the
  office with its government (`某县政府教育局`, `某省政府建设厅`): the government alone is found by the ORG finders.

- A university's short form (first character + 大) after its full name X?大学 in the same text is the same ORG
  (`甲乙大学 … 甲大`), unless the character before or the word after makes an ordinary word with it (`其中大部分`,
  `集中大量`, `中大型`).

Priorities: 46 (above the ORG finders' 37-44 that read a shorter or longer piece of the same name).
Cost: str.find of 银行, 公司 and 政府 before any regex; the bank and firm patterns scan from their literal.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.scan import literal_finditer
from pipeline.segment import word_info
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_BANK_KINDS = "商业 储蓄 实业 信托 兴业 劝业 农工 工商 农商 国货 垦业 懋业".split()
_BANK_RE = re.compile(f"((?:{'|'.join(_BANK_KINDS)})+)银行")
_EDGE = frozenset("，。、；：！？,.;:!?（）()“”\"'「」『』《》 \n\t\u3000—-和与及由在于为是将把被向从的即")
_NO_NAME = frozenset("的之了是在于为与及等个家所各该这那此某其本一两几数每诸该总分子母")
_FOUNDING = ("成立了", "创办了", "创立了", "组建了", "开设了", "设立了", "开办了", "成立", "创办", "创立", "组建",
             "开设", "设立", "开办", "改组为", "改名为", "更名为", "并入", "合并为", "曾任", "担任", "出任", "加入", "进入")


def _house_start(text: str, head: int, sizes) -> int:
    """Where a house name of one of `sizes` characters before `head` opens after an edge or a verb of founding;
    -1 when none does."""
    for size in sizes:
        at = head - size
        if at < 0:
            break
        name = text[at:head]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in _NO_NAME for ch in name):
            continue
        if at == 0 or text[at - 1] in _EDGE or any(text.endswith(v, 0, at) for v in _FOUNDING):
            return at
    return -1


def _banks(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_BANK_RE, text):
        start = _house_start(text, m.start(), (2, 3, 4))
        if start < 0:
            continue
        name = text[start:m.start()]
        entry = word_info().get(name)
        if entry and entry[1][:1] in "vdpcrm" or is_common_word(name, 50) and name not in known_places():
            continue   # 设立|商业银行, 各|储蓄银行, 私营|商业银行: a verb, a function word or a kind, no house name
        out.append(Candidate(start, m.end(), "ORG", "rule:org-bank-kind", 46))
    return out


_QUALIFIERS = frozenset("新原旧前老大小该本总分")
_CONJUNCTIONS = frozenset("和与及同跟向对从在由被把将")
_FIRM_RE = re.compile(f"(?:[{_CJK}]业)?公司")
_NOT_FIRM_TRADES = frozenset("企业 事业 产业 行业 专业 营业 实业 商业 工业 农业 毕业 就业 作业 职业 创业".split())


def _firms(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    lexicon = place_lexicon()
    for m in literal_finditer(_FIRM_RE, text):
        head = m.start()
        trade = m.group()[:-2]
        if trade and trade in _NOT_FIRM_TRADES:
            continue   # 实业公司, 商业公司 are read by the trade-company finder; 企业公司 is no name
        start = _house_start(text, head, (2,))
        if start < 0:
            continue
        name = text[start:head]
        entry = lexicon.get(name)
        county = entry is not None and entry.kind == "county" and name[0] not in _QUALIFIERS \
            and (word_info().get(name) or (0, "ns"))[1][:1] not in "vad"
        if not county and (name in places or is_common_word(name, 20)) or name[0] in _CONJUNCTIONS \
                or (not trade and is_common_word(name + "公司", 1)):
            continue   # 上海公司, 外国公司, 航空公司, 新建公司: a city's branch, a kind of firm or a new one (a county's
            #            two-character name is a frequent house name: 甲乙公司 with 甲乙 a county elsewhere)
        if start >= 1 and text[start - 1] == "的" and not trade:
            continue   # 他们的新公司: a possessive before a kind
        out.append(Candidate(start, m.end(), "ORG", "rule:org-house-firm", 46))
    return out


_MERCHANT_TRADE_RE = re.compile("(?:英|法|美|日|德|俄|比|华|意|荷)商((?:电车|电灯|电气|水电|自来水|煤气|电话|电力|轮船|"
                                "航业|烟草|纺织){1,2})(?:股份有限|有限|股份)?公司")


def _merchant_trade_firms(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in literal_finditer(_MERCHANT_TRADE_RE, text):
        start = m.start()
        before = text[start - 1] if start else "\n"
        place = next((start - k for k in (3, 2) if start - k >= 0 and text[start - k:start] in places), None)
        if place is not None:
            start = place     # 上海|法商电车电灯公司: the city opens the whole name
        elif not (before in _EDGE or before in _CONJUNCTIONS or any(text.endswith(v, 0, start) for v in _FOUNDING)):
            continue          # 中法商|电车公司: the nationality character is the end of another word
        out.append(Candidate(start, m.end(), "ORG", "rule:org-merchant-trade-firm", 46))
    return out


_OFFICE_RE = re.compile(f"[县市省]政府([{_CJK}]{{2}}[局厅处科])(?![长员])")


def _government_offices(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in literal_finditer(_OFFICE_RE, text):
        if any(ch in _NO_NAME for ch in m.group(1)):
            continue
        gov = m.start() + 1          # the government's 政府
        start = next((gov - k for k in (4, 3, 2) if gov - k >= 0 and (text[gov - k:gov] in places
                      or text[gov - k:gov - 1] in places)), -1)
        if start < 0:
            continue   # no place the lexicon knows before 县/市/省政府
        out.append(Candidate(start, m.end(), "ORG", "rule:org-government-office", 46))
    return out


_UNIVERSITY_RE = re.compile(f"([{_CJK}]{{2}})大学(?!校|生|堂|士|问|者|院|部)")


def _university_short_forms(text: str) -> list[Candidate]:
    """X大 after X?大学 in the same text (中大 after 中央大学, 浙大 after 浙江大学): the university, where neither the
    character before nor the word after makes an ordinary word with it (其中|大部分, 集中|大量)."""
    out = []
    seen = {}
    for m in literal_finditer(_UNIVERSITY_RE, text):
        stem = m.group(1)
        if (m.start() == 0 or text[m.start() - 1] in _EDGE or text[m.start() - 1] in _NO_NAME) and not is_common_word(stem + "大", 1):
            seen.setdefault(stem[0] + "大", m.end())
    for short, after in seen.items():
        pos = text.find(short, after)
        while pos != -1:
            end = pos + 2
            if end < len(text) and text[end] in _SHORT_NOT_AFTER or pos > 0 and is_common_word(text[pos - 1:pos + 1], 5) \
                    or end + 1 < len(text) and is_common_word(text[pos + 1:end + 1], 5):
                pos = text.find(short, end)
                continue   # 其中|大部分, 集中大量, 中大型: an ordinary word around the pair
            out.append(Candidate(pos, end, "ORG", "rule:org-university-short", 46))
            pos = text.find(short, end)
    return out


_SHORT_NOT_AFTER = frozenset("学型小中多量批部家概约都半致厦街道楼门会人")


def find_bank_company_office_names(text: str) -> list[Candidate]:
    """Candidates of the three classes above (each gated on its literal)."""
    out: list[Candidate] = []
    if "银行" in text:
        out += _banks(text)
    if "公司" in text:
        out += _firms(text)
        if "商" in text:
            out += _merchant_trade_firms(text)
    if "政府" in text:
        out += _government_offices(text)
    if "大学" in text:
        out += _university_short_forms(text)
    return out
