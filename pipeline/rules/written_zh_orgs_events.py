"""Written-Chinese ORG, EVENT and FAC classes (part of pipeline.rules.written_zh `find_written`): government
departments (湖南省民政厅), publishers/archives/institutes in citations (文史资料出版社), the Military Council's
field headquarters (军委会桂林行营) and 国民党 before it; a place with 政变/誓师/兵变 (北京政变, 五原誓师); a known
place or gate with a structure word (紫金山天文台, 中华门瓮城), temples jieba knows.

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, word_info
from pipeline.rules.scan import literal_finditer
from pipeline.rules.written_zh_scan import CJK, anchored_scanner
from pipeline.spans import Candidate

# the temples of the state cults every walled town of the Ming and Qing had one of (the Confucian temple, the temple of
# Guan Yu): the town's own temple, a FAC standing alone (迁入|孔庙, 设于|文庙) like 城隍庙 and 关帝庙, which jieba knows
# (session 28, s28zhorg; criterion: the state-cult temples of the 坛庙 chapters of the county gazetteers)
STATE_CULT_TEMPLES = frozenset(("孔庙", "文庙", "武庙", "圣庙", "学宫"))
# a school, body, street or village named after the temple (文庙小学, 文庙街): no temple standing alone
# a school, body, street or town named after a temple (某庙小学, 某寺路, 某寺镇): no temple; for every temple name since
# session 31 (w31zhorg: audit25 广胜寺镇 GPE, audit29 静安寺路 FAC, as the towns lexicon and the road finder read them)
_NAMED_AFTER_TEMPLE = frozenset("小中大学会路街巷村镇乡所局院")
# a temple or shrine jieba knows by name (夫子庙, 灵隐寺): FAC
_TEMPLE_RE = re.compile(f"([{CJK}]{{2,3}}?)(寺|庙|祠|宫)(?![{CJK}]{{0,1}}[里内外前后中门])")
# a government department of a province, city or county (湖南省民政厅, 长沙市警察局, 湘潭县财政局)
_GOV_DEPT_RE = re.compile(
    f"([{CJK}]{{2,5}}?(?:省|市|县)?)(民政|财政|教育|建设|实业|农林|农矿|工商|警务|公安|警察|保安|卫生|粮食|税务|田赋|交通|"
    f"司法|社会|地政|水利|外事|侨务|审计|铨叙|盐务)(厅|局|处|署)(?![长员])")
# a publisher, archive or institute named in a citation (文史资料出版社, 中华书局, 三联书店, 黄山书社): after a boundary,
# 由, 编 or 见, 2–8 name characters and the institution word
_INSTITUTION_RE = re.compile(
    f"(?:(?<=[，。、；：（(“「\n 由编见据藏载])|^)((?:(?![该这那一各本此某其我他们的和与及])[{CJK}])[{CJK}]{{1,7}}?)"
    "(出版社|书局|印书馆|书店|书社|杂志社|报社|通讯社|新闻社|档案馆|图书馆|博物馆|纪念馆|研究所|研究院|编译局|编辑部)")
# a field headquarters of the Military Council at a place (军委会桂林行营): one ORG with its parent;
# the party written before the Council is its own ORG (国民党 + 军委会…)
_FIELD_HQ_RE = re.compile(f"(军事委员会|军委会|国民政府)([{CJK}]{{2,4}}?)(行营|行辕)")
_PARTY_BEFORE_RE = re.compile("(?<![一-鿿])((?:中国)?国民党)(?=军委会|军事委员会)")
_NOT_INSTITUTION_START = set("该这那一各本此某其我他")
# a count and its measure word before the name (办了一个|强学书局, 开了两家|书店): outside the name
_COUNTED_RE = re.compile("[一两二三四五几数][个所家座间]")
_LEADING_NOT_NAME = set("见由编据藏载在到去后又从往向于和与及也再并的曾即乃则经")
# what stands somewhere (旁有, 内有, 设有, 建有 …) before a museum's or memorial's name (s23zhfac)
_THERE_IS = ("旁有", "内有", "还有", "另有", "设有", "建有", "附有", "并有", "现有", "又有", "亦有", "均有", "则有")
_EVENT_RE = re.compile(f"([{CJK}]{{2,3}})(政变|誓师|兵变)")
_FAC_RE = re.compile(f"([{CJK}]{{2,4}}?)(天文台|瓮城|城墙)")

# each pattern's anchor and reach (see pipeline.rules.written_zh_scan)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    # one character of each institution word (出版社 版, 报社 社, 研究所 究…) after ≤ 8 name characters
    _INSTITUTION_RE: (re.compile("[版局馆店志社讯案究译辑]"), 10),
    _GOV_DEPT_RE: (re.compile("[厅局处署]"), 8),
    _PARTY_BEFORE_RE: (re.compile("党"), 4),
    _EVENT_RE: (re.compile("[变誓]"), 4),
    _FAC_RE: (re.compile("[台瓮墙]"), 6),
    _TEMPLE_RE: (re.compile("[寺庙祠宫]"), 3),
}
_finditer = anchored_scanner(_ANCHORS)


def find_written_orgs(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in _finditer(_INSTITUTION_RE, text):
        start = m.start()
        for cue in ("参见", "详见", "转引自", "引自", "载于", "藏于", "收入", "原载"):
            found = text.rfind(cue, start, m.start(2))   # 照片藏于军事博物馆: the cue inside the run too
            if found >= 0:
                start = found + len(cue)
                break
        while start < m.start(2) and text[start] in _LEADING_NOT_NAME:
            start += 1                # 见中华书局, 后去上海图书馆: the cue is not in the name
        if text.startswith(_THERE_IS, start) and m.start(2) - start >= 4:
            start += 2                # 旁有|某某纪念馆, 园内设有…: a word of what stands there is not in the name (s23zhfac)
        joined = max(text.rfind(c, start + 1, m.start(2)) for c in "和与及")
        if joined > start:
            start = joined + 1        # 是作者和出版社: two nouns joined, the institution's name is after 和 (auditzh20)
        counted = _COUNTED_RE.search(text, start, m.start(2))
        if counted:
            start = counted.end()     # 办了一个强学书局: the count and its measure word are outside the name (prezh5)
        name = text[start:m.start(2)]
        if name[:1] in _NOT_INSTITUTION_START:
            continue                  # 某省档案馆, 该出版社
        if len(name) >= 2 and (len(name) >= 3 or not is_common_word(text[start:m.end()])):
            out.append(Candidate(start, m.end(), "ORG", "rule:org-institution", 35))
    for m in literal_finditer(_FIELD_HQ_RE, text):
        if m.group(2) in places:
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-field-hq", 36))
    for m in _finditer(_PARTY_BEFORE_RE, text):
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-party", 36))
    for m in _finditer(_GOV_DEPT_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            stem = name[k:]
            if stem in places or (stem[-1] in "省市县" and stem[:-1] in places):
                out.append(Candidate(m.start(1) + k, m.end(), "ORG", "rule:org-department", 36))
                break
    return out


def find_written_events_facilities(text: str) -> list[Candidate]:
    out = []
    words = word_info()
    for m in _finditer(_TEMPLE_RE, text):
        for k in range(len(m.group(1))):
            whole = m.group()[k:]
            if (len(whole) >= 3 and whole in words or whole in STATE_CULT_TEMPLES) \
                    and text[m.end():m.end() + 1] not in _NAMED_AFTER_TEMPLE \
                    and whole[:2] not in ("寺庙", "破庙", "古庙", "小庙", "大庙", "皇宫", "王宫", "行宫", "东宫", "西宫", "后宫", "冷宫", "迷宫", "子宫"):
                out.append(Candidate(m.start() + k, m.end(), "FAC", "rule:facility-temple", 46))
                break
    places = known_places()
    for m in _finditer(_EVENT_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            if name[k:] in places:
                if m.group(2) == "誓师" and text[m.start(1) + k - 1:m.start(1) + k] in ("在", "于"):
                    break     # 在昆明誓师: the army swore its oath there (a verb), the place stays a place (auditzh31)
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-head", 46))
                break
    for m in _finditer(_FAC_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            stem = name[k:]
            if stem in places or (stem[-1] in "门山" and stem in word_info()):
                out.append(Candidate(m.start(1) + k, m.end(), "FAC", "rule:facility-structure", 46))
                break
    return out
