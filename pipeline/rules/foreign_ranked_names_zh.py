"""Transliterated foreign names right before a rank or a numbered formation, as Chinese pages on the
world wars, Indochina and the Sino-Indian war write foreign commanders (session 12 audit, auditzh12).

`法国任命纳瓦尔将军为…`, `俘法军卡斯特里准将`, `保卢斯第6集团军担当主力`, `欧内斯特·金海军上将`: the name is a run of
transliteration characters (lexicons/transliteration_chars.txt and 保, 拿; Xinhua conventions), optionally joined by `·`,
standing right before a rank (将军, 元帅, 上将 … 少尉; a service word 海军/陆军/空军 may stand between) or
right before a numbered formation (第6集团军: a commander's formation, guideline 3 splits it). The post-and-rank
grammar of the other finders needs a Chinese surname or a post word before the name; where the last name
character and the service word make a place (金|海军 → 金海) the place won.

`find_foreign_ranked_names(text)` (working text) proposes PERSON, priority 34 (above the place lexicons, below
the person lexicon), for a run of 2-6 transliteration characters (a `·`-joined name may end in one character)
when: the run is maximal (the character before it is no transliteration character), it is no known place,
no ordinary word and not only country abbreviations (苏德, 英法). One str.find scan per rank word; the
designation frame is anchored on `第`. A run that continues a place written before it (俄|罗斯将军: the tail of
俄罗斯) is no name.

The ranks only the Japanese army used (大佐, 中佐, 少佐, 大尉) follow Japanese names whose surname may be missing
from surnames_jp (`聯隊長藏重康美大佐`): four Han characters (surname and given name of two each, the usual form)
between a boundary (punctuation, the end of a post or unit word: 長, 隊, 團, 軍, 部, 官) and the rank are a PERSON;
a longer run without a boundary is left alone (派藏重康美大佐 has no reliable start). (Helper auditzh10 wrote the same
rank rule for Traditional-script pages in the same session; its Japanese ranks and its 爵士 are folded in here.)
"""

from __future__ import annotations

import re

from functools import lru_cache

from pipeline.rules.names_common import translit_chars, is_common_word, known_places, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-foreign-rank", 34
_RANKS = ("将军", "元帅", "大将", "上将", "中将", "少将", "准将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "爵士")
_JP_RANKS = ("大佐", "中佐", "少佐", "大尉")
_JP_BEFORE = set("，,、。；;：:（(「『“\"' \u3000\n及和与的长队团军部官由")
_NOT_IN_NAME = set("的了在是和与及等于被把对向从由令率指认所其此该这那各每均都也又即已并而派命任调为将军师旅团营连队部长官兵")
_SERVICES = ("海军", "陆军", "空军")
_DOTS = "·‧•・"
# country abbreviations: a run made only of them is a bound form (苏德第二阶段, 英法联军), no name
_ABBREVIATIONS = set("苏德英法美日意奥俄西葡荷比波匈罗芬捷澳加印越朝韩泰缅土希丹挪瑞")
_DESIGNATION_RE = re.compile("第[0-9０-９一二三四五六七八九十]{1,4}(?:装甲|坦克|山地|空降|步兵|骑兵|近卫|突击)?"
                             "(?:集团军群|集团军|方面军|军团|军|师团|师|旅团|旅|舰队)")


# characters of the Xinhua transliteration tables that the shared list leaves out (保罗 Paul, 保卢斯 Paulus,
# 拿破仑 Napoleon); read here only, so the other finders keep their list
_EXTRA_CHARS = "保拿"


@lru_cache(maxsize=1)
def _chars() -> frozenset[str]:
    return translit_chars() | frozenset(_EXTRA_CHARS)


def _name_before(text: str, at: int, chars: frozenset[str]) -> int:
    """Start of the maximal run of transliteration characters (and inner dots) ending at `at`, or -1."""
    start = at
    while start > 0 and at - start < 12 and (text[start - 1] in chars or text[start - 1] in _DOTS):
        start -= 1
    while start < at and text[start] in _DOTS:
        start += 1
    name = text[start:at]
    if not name or name[-1] in _DOTS:
        return -1
    parts = [p for p in re.split(f"[{_DOTS}]", name)]
    if len(parts) == 1:
        if not 2 <= len(name) <= 6:
            return -1
    elif any(not p for p in parts) or len(parts[0]) < 2 and len(parts) == 2 and len(parts[1]) < 2:
        return -1
    return start


def _japanese_ranked_names(text: str, out: list[Candidate]) -> None:
    places = known_places()
    for rank in _JP_RANKS:
        at = text.find(rank)
        while at != -1:
            start = at - 4
            if start >= 0 and (start == 0 or text[start - 1] in _JP_BEFORE) \
                    and all("\u4e00" <= ch <= "\u9fff" and (ch not in _NOT_IN_NAME or k >= 2 and ch == "和")
                            for k, ch in enumerate(text[start:at])) \
                    and not is_common_word(text[start:at], 20) and text[start:at] not in places:
                out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
            at = text.find(rank, at + 2)


def _plausible(name: str, places: frozenset[str]) -> bool:
    plain = re.sub(f"[{_DOTS}]", "", name)
    if all(ch in _ABBREVIATIONS for ch in plain):
        return False
    if len(plain) == len(name):      # no dot: it must be no place and no ordinary word
        if name in places or is_common_word(name, 50) or any(name[k:] in places for k in range(1, len(name) - 1)):
            return False
    return True


def find_foreign_ranked_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "佐" in text or "大尉" in text:
        _japanese_ranked_names(text, out)
    if "将" not in text and "帅" not in text and "校" not in text and "尉" not in text and "第" not in text \
            and "爵士" not in text:
        return out
    chars = _chars()
    places = known_places()
    single = surnames()[0]
    seen: set[int] = set()

    def propose(at: int) -> None:
        start = _name_before(text, at, chars)
        if start < 0 or start in seen:
            return
        name = text[start:at]
        if len(name) == 2 and start > 0 and text[start - 1] in single:
            return                         # 陈|纳德将军: a Chinese surname with a given name of such characters
        if any(start >= k and text[start - k:at] in places for k in (1, 2, 3)):
            return                         # 俄|罗斯将军: the run ends a place written before it
        if _plausible(name, places):
            seen.add(start)
            out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))

    for rank in _RANKS:
        if rank not in text:
            continue
        at = text.find(rank)
        while at != -1:
            end = at
            for service in _SERVICES:     # 金海军上将: the service stands between the name and the rank
                if text.startswith(service, at - 2):
                    end = at - 2
                    break
            if rank == "将军" and text.startswith("将军队", at):
                pass                       # 将军队调往…: the verb 将 and 军队
            else:
                propose(end)
            at = text.find(rank, at + 1)
    at = text.find("第")
    while at != -1:
        if at >= 2 and _DESIGNATION_RE.match(text, at):
            propose(at)
        at = text.find("第", at + 1)
    return out
