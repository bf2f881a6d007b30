"""Lists of the small places a campaign narrative names, closed by a word of area (session 15 audit, auditzh34).

Accounts of the 1937-45 campaigns name the villages, market towns and hills of a front in a 、-list closed by a
word that says they are places: 向王家厂、仁和坪地区的日军, 攻击第74军天子岗、狮子岭等地, 担任毕口、柴桥间沿新黄河
西岸之守备. No gazetteer lists most of them. `find_campaign_place_lists(text)` (working text, Simplified) reads
such a list: items of 2-3 Han characters joined by 、 (2-6 items), right before 等地 / 等处 / 地区 / 一带 / 之线 /
间 / 附近 / 诸村. Each item must be

- a place the lexicons know, or
- a name ending in a settlement or landform character (坪 厂 岗 岭 桥 渡 店 圩 街 …) that is no ordinary word
  (jieba's dictionary decides: 工厂, 山岭 are words) and holds no function, numeral or unit character, or
- a two-character name that is no word (后陈), when another item of the list is of the first two kinds.

The first item has no mark on its left: its three-character reading is taken when it ends in a head character,
else two characters. Items ending in 山 岭 岗 峰 坳 垭 崖 are LOC, the others GPE; priority 29, so every lexicon,
unit and person span wins.
A market town written with 街 or 圩 (原田街, 义渡街) as an item of a 、-list, with a known place within the list round
it (由安义、万寿宫、原田街，分3路), is GPE at 33: above the heuristic person readings (原田 reads as a Japanese surname).
Cost: str.find of 、 (the lists are read only round a 、 followed, within 30 characters, by a closing word).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_places, word_info
from pipeline.rules.place_short_forms import short_forms
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-campaign-list", 29
_HEADS = set("村庄镇集铺圩店寨坪岗岭峰坳垭崖冲坡峪渡桥厂街堡屯湾洲垄垴畈港埠坝山口墩宅角")   # 山口墩宅角: s20zhlab
_LAND_HEADS = set("山岭岗峰坳垭崖")
# function words, numerals and unit words: no place name holds one
_STOP = set("的了是与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几军师旅团营连部队之间"
            "我敌你他她它们")
# the echelon word of a unit right before the list (第九军马鞍岗、…): the list starts after it
_UNIT_ENDS = set("军师团旅营连部")
# the word or character before a two-character first item: it opens the list (担任毕口、柴桥间, 向X、Y地区)
_OPENERS = set("向在于由从至经到抵攻占守克据及与和把将被的以之沿")   # 之: 北平以东之X、Y一带 (auditzh39); 沿: 沿X、Y一线 (s20zhlab)
# the list: 、-joined items of 2-3 Han characters, then a closing word (the first item is read back from its 、)
_TAIL_RE = re.compile("((?:、(?:(?!之|等)[\u4e00-\u9fff]){2,3}){1,9})(?=等地|等处|地区|一带|一线|之线|之间|间|附近|诸村)")


def _ordinary(word: str) -> bool:
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 3 and not entry[1].startswith("ns")


def _kind(name: str) -> str | None:
    """'known', 'head' (an unknown name with a settlement or landform end), 'bare' (an unknown two-character
    non-word) or None."""
    if name in known_places():
        return "known"
    if name in short_forms():
        return "short"    # 石门 (石门县): a county's short form that is also a word, read as the list's member (auditzh39)
    bare = name[:-2] + name[-1] if len(name) == 3 and name.endswith("各庄") else name   # 赵各庄: X各庄 villages (auditzh39)
    if any(ch in _STOP or ch in "之间" for ch in bare) or _ordinary(name):
        return None
    if name[-1] in _HEADS:
        return "head"
    return "bare" if len(name) == 2 else None


def _long_list_kinds(items: list[tuple[int, str]], kinds: list[str | None]) -> list[str | None]:
    """A list of four or more members where at least half are places or named by a head (s20zhlab: 青山尾、
    大尖山、金鸡观、白沙渡、百步墩一带): the other three-character members that are no ordinary word and hold no
    function or unit character are places of the same list ('loose')."""
    if 2 * sum(1 for k in kinds if k) < len(kinds) or sum(1 for k in kinds if k in ("head", "known")) < 2:
        return kinds
    return [k or ("loose" if len(name) == 3 and not _ordinary(name) and not any(ch in _LOOSE_STOP for ch in name)
                  else None) for (_, name), k in zip(items, kinds)]


# numerals and distances name villages too (三江口, 百步墩, 十里铺) where the list's other members say they are places
_LOOSE_STOP = _STOP - set("一二三四五六七八九十百千万两里")   # 五里墩: a distance names the village


def _opens(text: str, start: int) -> bool:
    """The list starts at `start`: no Han character before it, an opening preposition or verb character, or the
    end of a word of jieba's dictionary (担任, 攻击)."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _OPENERS:
        return True
    return _ordinary(text[start - 2:start])


# a market town (原田街, 义渡街): a 、-list item of three characters ending in 街 or 圩, next to a known place
_MARKET_RE = re.compile("(?<=、)([\u4e00-\u9fff]{2}[街圩])(?=[，,。；;、])|(?<=[，,。；;由从经至])([\u4e00-\u9fff]{2}[街圩])(?=、)")


def _market_towns(text: str, out: list[Candidate]) -> None:
    """由安义、万寿宫、原田街，分3路: the heuristic person readings (原田 a Japanese surname) lose to GPE (33)."""
    for m in literal_finditer(_MARKET_RE, text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        name = text[start:end]
        if _ordinary(name) or any(ch in _STOP for ch in name):
            continue
        near = text[max(0, start - 10):start] + text[end:end + 8]   # the list round it
        if any(near[k:k + n] in known_places() for n in (2, 3) for k in range(len(near) - n + 1)):
            out.append(Candidate(start, end, "GPE", SOURCE, 33, {"id": None}))


def find_campaign_place_lists(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "、" not in text:
        return out
    if "街" in text or "圩" in text:
        _market_towns(text, out)
    pos = text.find("、")
    while pos != -1:
        m = _TAIL_RE.match(text, pos)
        if m:
            items = []
            at = pos + 1
            for part in m.group(1)[1:].split("、"):
                items.append((at, part))
                at += len(part) + 1
            first = None
            for size in (3, 2):
                start = pos - size
                name = text[start:pos] if start >= 0 else ""
                if len(name) == size and all("\u4e00" <= ch <= "\u9fff" for ch in name):
                    kind = _kind(name)
                    if size == 3 and start > 0 and text[start - 1] not in _UNIT_ENDS \
                            and _ordinary(text[start - 1:start + 1]):
                        continue    # 担|任柴桥: the first character ends the word before the list (not 军|马鞍岗)
                    if kind and (size == 3 and kind != "bare" or size == 2 and _opens(text, start)):
                        first = (start, name)
                        break
            if not first and len(items) >= 3 and pos >= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in text[pos - 3:pos]) \
                    and not _ordinary(text[pos - 4:pos - 2]) \
                    and (pos == 3 or not "\u4e00" <= text[pos - 4] <= "\u9fff" or text[pos - 4] in _OPENERS
                         or _ordinary(text[pos - 5:pos - 3])):    # 附近|X: a word ends before it (not 淮|安县城)
                first = (pos - 3, text[pos - 3:pos])    # 附近|青山尾、…: a long list's unmarked first member (s20zhlab)
            if first:
                items.insert(0, first)
                kinds = [_kind(name) for _, name in items]
                if not all(kinds) and len(items) >= 4:
                    kinds = _long_list_kinds(items, kinds)
                if all(kinds) and any(k != "bare" for k in kinds) and any(k != "known" for k in kinds):
                    for (start, name), kind in zip(items, kinds):
                        if kind == "known":
                            continue
                        label = "LOC" if name[-1] in _LAND_HEADS else "GPE"
                        # 白沙渡 over the county 白沙: a known place and a head is the list's own member (s20zhlab)
                        rank = PRIORITY + 2 if kind == "head" and len(name) == 3 and name[:2] in known_places() \
                            else PRIORITY
                        if len(items) >= 4 and kind in ("head", "loose"):
                            rank = PRIORITY + 4    # 石尖山 in a list of six places: above a framed person reading (32)
                        out.append(Candidate(start, start + len(name), label, SOURCE, rank, {"id": None}))
            pos = m.end()
            pos = text.find("、", pos)
            continue
        pos = text.find("、", pos + 1)
    return out
