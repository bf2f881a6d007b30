"""Chinese ORG frames: organisations whose left edge is fixed by the sentence, not by a list (societies after their
founders, firms by their trade word, offices founded inside a body, concession councils; first seen on session 20's
ORG audit, s20zhorg).

Label audit of Chinese ORG (governments, societies, firms, offices) on Republican and late-Qing history pages found
these classes missed or cut wrong on several sites:

- A society after its founders' roster: `甲、乙等之X会`, `甲等组织的X社` (the chronicle style of Republican
  histories). The particle 之/的 closes the roster, the society head (会, 社, 学社, 协会, 党) closes the name, so the
  whole name between them is one ORG, a province opening it included (`广东某某协会`; a place before a name
  belongs to it). A gathering or an abstract word in 会 (大会, 集会, 社会 ...) is no body.
- A native or foreign firm named by its trade word: `X票号`, `X商号`, `X银号`, `X钱庄`, `X银行`, `X颜料庄` with a
  name of 2-3 characters opened by an edge (punctuation, quotes, a preposition or copula: 于, 在, 是, 为, 由, 推).
  A common word as the name (国家银行, 外国银行) is a kind of firm, no name.
- An office founded inside a known body: `在某部设立(了)XY局/司/处`, `某部内设XY司` (r20zhorgqty) (the mints of the Qing boards and the like):
  the verb of founding opens a two-character name that is no common word (税务司, 总务处 are kinds of office).
- A concession's municipal body: `英租界工部局`, `法租界公董局`, `公共租界工部局` are one ORG each (the concession
  before the body belongs to its name), a city before the concession included.

Each family is gated on its literal (之/的 + 会/社, the trade words, 设, 租界) before any pattern runs.
"""
from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.segment import word_info
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"

# ---- societies after a roster of founders -------------------------------------------------------------
_ROSTER_SOCIETY_RE = re.compile(
    f"等(?:人)?(?:之|的|所?(?:组织|发起|创办|创立|组成|成立|领导)的)([{_CJK}]{{2,10}}?(?:学社|协会|会|社|党))"
    f"(?=[，。、；：,.;:）)\\s及和与]|$)")
# two-character words in 会/社/党 that name a gathering or an abstract thing, never a body (closed list by that
# criterion: the 会 words of jieba's dictionary that mean a meeting, a party or an occasion, and 社会/机会/都会)
_NOT_BODY_ENDS = frozenset("大会 集会 宴会 晚会 聚会 茶会 舞会 开会 机会 社会 都会 庙会 盛会 例会 约会 误会 体会 领会 "
                           "知会 理会 照会 赴会 散会 闭会 休会 与会 入会 入社 结社 入党 政党 该党 本党 各党 此会 该会 本会 "
                           "该社 本社".split())
# 知会 is also the last two characters of 日知会-like names: such a name is kept when the character before
# the pair is part of a three-character name (the pair is only refused as a whole two-character name)
_PAIR_ONLY = frozenset(("知会", "理会", "领会", "体会"))


def _roster_societies(text: str) -> list[Candidate]:
    out = []
    for m in _ROSTER_SOCIETY_RE.finditer(text):
        name = m.group(1)
        tail = name[-2:]
        if tail in _NOT_BODY_ENDS and (len(name) == 2 or tail not in _PAIR_ONLY):
            continue
        if "的" in name or "之" in name or "等" in name:
            continue
        if len(name) <= 3 and is_common_word(name, 3000):
            continue   # 等之委员会: a kind of body
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-roster-society", 48))
    return out


# ---- firms named by their trade word ---------------------------------------------------------------------
# the trade words of native banks, shops and foreign banks of Qing and Republican China (洋行 and 公司 are read
# by mission_company_names_zh)
_TRADES = ("票号", "银号", "钱庄", "钱铺", "商号", "银行", "当铺", "颜料庄", "绸缎庄", "布庄", "茶庄")
_TRADE_RE = re.compile(f"([{_CJK}]{{2,3}})(" + "|".join(sorted(_TRADES, key=lambda w: (-len(w), w))) + ")")
_TRADE_ANCHOR = re.compile("[号庄铺行]")
_FIRM_EDGE = frozenset("，。、；：,.;:（）()“”\"「」『』《》 \n\t于在是为由推与和及即系")
_NO_NAME_CHARS = frozenset("的之了是在于为与及等个家所各该这那此某其本")
# prepositions and verbs of direction right before a trade word: the word is bare (向银行贷款, 到洋行; r21orgloc)
_PREPOSITION_ENDS = frozenset("向到往给对从以跟同把被将")


def _firm_name_start(text: str, head: int) -> int:
    """Where a 2-3 character firm name before `head` opens: the name must sit right after an edge (punctuation, a
    quote, a preposition or copula); -1 when no such edge is found or the name is an ordinary word."""
    words = word_info()
    for size in (2, 3):
        at = head - size
        if at < 0:
            break
        if at > 0 and text[at - 1] not in _FIRM_EDGE:
            continue
        name = text[at:head]
        if any(c in _NO_NAME_CHARS for c in name):
            return -1
        if is_common_word(name, 500) or is_common_word(name[-2:], 2000) and size == 3:
            return -1   # 国家银行, 外国银行, 大型商号: a kind of firm
        if any((words.get(name[k:k + 2]) or (0, ""))[1][:1] in ("v", "p") for k in range(size - 1)) \
                or name[-1] in _PREPOSITION_ENDS:
            return -1   # 设立银行: a clause; 通过向银行: a preposition before the bare trade word (r21orgloc)
        return at
    return -1


def _trade_firms(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_TRADE_RE, text, _TRADE_ANCHOR, 5):   # every trade word ends in 号/庄/铺/行
        head = m.start(2)
        start = _firm_name_start(text, head)
        if start >= 0:
            out.append(Candidate(start, m.end(), "ORG", "rule:org-trade-firm", 44))
    return out


# ---- offices founded inside a body -----------------------------------------------------------------------
_FOUNDED_OFFICE_RE = re.compile(f"(?:设立了|设立|设置了|设置|另设|下设|内设|置)([{_CJK}]{{2}})([局司处])(?=[，。、；：,.;:与和及\\s]|$)")


def _founded_offices(text: str) -> list[Candidate]:
    out = []
    for m in _FOUNDED_OFFICE_RE.finditer(text):
        name = m.group(1)
        if (is_common_word(name, 10) and name not in known_places()) or any(c in _NO_NAME_CHARS for c in name):
            continue   # 设立税务司, 下设总务处: a kind of office (内设山东司: a place names the office; r20zhorgqty)
        out.append(Candidate(m.start(1), m.end(), "ORG", "rule:org-founded-office", 44))
    return out


# ---- a concession's municipal body -------------------------------------------------------------------------
_CONCESSION_BODY_RE = re.compile("((?:[英法美日德俄意比奥]国?|公共)租界)(工部局|公董局|巡捕房)")


def _concession_bodies(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in literal_finditer(_CONCESSION_BODY_RE, text):
        start = m.start()
        for size in (3, 2):
            if start >= size and text[start - size:start] in places:
                start -= size
                break
        out.append(Candidate(start, m.end(), "ORG", "rule:org-concession-body", 48))
    return out


def find_society_firm_office_frames(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "等" in text and ("会" in text or "社" in text or "党" in text):
        out += _roster_societies(text)
    if any(t in text for t in ("号", "庄", "行", "铺")):
        out += _trade_firms(text)
    if "设" in text or "置" in text:
        out += _founded_offices(text)
    if "租界" in text:
        out += _concession_bodies(text)
    return out
