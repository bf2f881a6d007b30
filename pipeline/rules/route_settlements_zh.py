"""Villages of a march route and Northeastern X子 villages (session 17 audit of missed GPE, auditzh49).

Memoirs and campaign narratives give a route as a list of villages none of which a gazetteer knows
(`经石板沟、柳树屯、黄花甸到达大石桥`), and the villages of the Northeast and North China end in a landform or settlement
word and 子 (`王家河子`, `三道岗子`, `三家子`, `黄泥洼子`), which the settlement finders cut before 子 or miss.
`find_route_settlements(text)` (working text, Simplified) proposes GPE for:

- an X子 village: one to three characters, a landform or settlement head (河 岗 沟 营 甸 台 泡 洼 窝 堡 店 屯 家 铺 坎 寨 庄),
  then 子 (马家寨子, 李庄子: a one-character stem only where it makes no word with the head, 山寨子), where a verb or preposition of place stands before it (到达, 经, 窜至, 宿营于 … local_places' cues, 、
  of a list) or a list mark or a word of area follows (、, 一带, 一线, 附近, 等地); not an ordinary word (戏台子, 一家子,
  被窝子: jieba's dictionary decides) and not before a position word (在河沟子里), no numeral-only stem before 家 other than 二 to 十 (三家子, not 一家子, 两家子);
- the members of a route list: after 经, 经过 or 途经, two or more 、-separated names of two to four characters up to
  到达, 抵达, 进抵, 至, 到 or 进入 (also after a comma and a few words: 经甲桥、乙岗，于次日到达); every member must end in a settlement or landform word (沟 屯 甸 铺 坪 坡 洼 峪 庄 村 集
  镇 堡 寨 店 桥 湾 台 口 岘 滩 岗 坎 子 营 窝 棚 头 场) or be a place the lexicons know, and no member holds a function
  word (经甲、乙介绍 is no route: the list must reach a verb of arrival). Known places are left to the lexicons.

Priority 42 for an X子 village (it outranks the gazetteer's, a settlement finder's or the ordinal-village rule's reading
of the part before 子: 三道岗|子),
29 for a route member (every other reading wins). Cost: str.find of 子 and of 经.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import PLACE_CUES
from pipeline.rules.names_common import word_info
from pipeline.lexicons import longest_first
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

SOURCE = "rule:place-route-settlement"
_ZI_HEADS = "河岗沟营甸台泡洼窝堡店屯家铺坎寨庄"
_ZI_RE = re.compile(f"([\u4e00-\u9fff]{{1,3}}?)([{_ZI_HEADS}])子")
_ZI_AFTER_RE = re.compile("(?:、|一带|一线|附近|等地|地区|以[东西南北]|宿营|集结|休息)")
_CUES = tuple(sorted((c for c in PLACE_CUES if c not in ("我", "敌", "据点")), key=longest_first))
_STOP = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其个第某等并或从由向往经过")
_ROUTE_RE = re.compile("(?:途经|经过|经)((?:[\u4e00-\u9fff]{2,4}、){1,7}[\u4e00-\u9fff]{2,4}?)"
                       "(?=到达|抵达|进抵|进入|至|到|[，,][于在]?[^，,。；;]{0,5}?(?:到达|抵达|进抵|进入))")
_ROUTE_ENDS = frozenset("沟屯甸铺坪坡洼峪庄村集镇堡寨店桥湾台口岘滩岗坎子营窝棚头场")
_NUMERAL_STEMS = frozenset("二三四五六七八九十")
_POSITION = frozenset("里上中内边旁底下口")


def _ordinary(word: str) -> bool:
    entry = word_info().get(word)
    return bool(entry) and not entry[1].startswith(("ns", "nr", "nz"))


def _cued(text: str, start: int) -> bool:
    if text[start - 1:start] == "了":
        start -= 1
    return any(text[max(0, start - len(cue)):start] == cue for cue in _CUES)


def _zi_villages(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("子")
    while at != -1:
        if at >= 2 and text[at - 1] in _ZI_HEADS:
            if text[at + 1:at + 2] in _POSITION or _ordinary(text[at:at + 2]):    # 在河沟子里, 二营子弟: no village
                at = text.find("子", at + 1)
                continue
            for size in (1, 2, 3):    # the shortest stem after a cue (到达|王家河子, not 到|达王家河子)
                start = at - 1 - size
                if start < 1:
                    continue
                stem = text[start:at - 1]
                if not all("\u4e00" <= ch <= "\u9fff" and ch not in _STOP for ch in stem):
                    continue
                name = text[start:at + 1]
                if text[at - 1] == "家" and not (len(stem) > 1 or stem in _NUMERAL_STEMS):
                    continue
                if not (_cued(text, start) or (_ZI_AFTER_RE.match(text, at + 1) and text[start - 1] in "、，,。；;（(\n ")):
                    continue
                if (_ordinary(name) or _ordinary(name[-3:]) or (len(stem) == 1 and stem not in _NUMERAL_STEMS and _ordinary(stem + text[at - 1]))
                        or (_ordinary(stem) and len(stem) >= 2 and _ordinary(stem + text[at - 1]))):
                    break
                out.append(Candidate(start, at + 1, "GPE", SOURCE, 42))
                break
        at = text.find("子", at + 1)
    return out


def _route_members(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    lexicon = place_lexicon()
    for m in rare_finditer(_ROUTE_RE, text):
        items = m.group(1).split("、")
        spans = []
        pos = m.start(1)
        for item in items:
            spans.append((pos, pos + len(item), item))
            pos += len(item) + 1
        if any(ch in _STOP for item in items for ch in item):
            continue
        if not all(item[-1] in _ROUTE_ENDS or item in lexicon for item in items):
            continue
        out += [Candidate(s, e, "GPE", SOURCE, 29) for s, e, item in spans if item not in lexicon]
    return out


def find_route_settlements(text: str) -> list[Candidate]:
    out = _zi_villages(text) if "子" in text else []
    if "经" in text and "、" in text:
        out += _route_members(text)
    return out
