"""A village named right after the county or town it belongs to: 麻城某池一战, 辉县某泉村, 长阳某镇湾等地 (GPE).

Chinese writes places from the larger to the smaller (省, 县, 乡, 村): the county the lexicons know vouches for the
village after it that no lexicon lists. `find_address_chains(text)` (working text, Simplified) proposes GPE for
a name of 2-3 characters right after a known province, prefecture, county or city (or a name ending in 县, 乡,
镇, 铺), when:

- after the name: a clause boundary or list mark, or a word of place or of fighting there (一带, 附近, 地区,
  等地, 一战, 集结, 据点, 以东 …; 的 + a word of birth or a home: 的一个贫苦农民家庭);
- the name holds no function, pronoun, numeral, unit or direction character (place_frames' stop set), is no
  word jieba knows that is no place name (政府, 人民, 境内, 会战 stay out), and no known place;
- a three-character reading is taken only when it ends in a settlement or landform character (…村, …湾, …岭).

Candidates are GPE (LOC for names ending in 山, 河, 江, 湖) at priority 29: every lexicon span wins.
Cost: the places matcher's scan (places.iter_names) and a str.find loop over 县乡镇铺; a few look-ups at each end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.rules.place_frames import STOP
from pipeline.rules.places import iter_names
from pipeline.spans import Candidate

SOURCE = "rule:place-address-chain"
PRIORITY = 29
_PARENT_KINDS = frozenset({"province", "prefecture", "county", "city", "district"})
_AFTER_RE = re.compile(
    "[，。、；：！？）)\\s]|一带|附近|地区|等地|一战|集结|据点|以[东西南北]|[东西南北]郊|的(?:一个|一座|一户|贫苦|农民|家)")
_SETTLEMENT_END = set("村庄镇湾铺岭集寨堡屯圩坪峪冲垸店坡沟")
# directions, and the function words of a clause that goes on after a place (宁国而去, 宁国乃止, 宁国亦陷)
_NOT_IN_NAME = set("东西南北之所者而乃亦则又就便均皆也已遂仍"
                   "撤逃窜侧"    # 向淮安撤逃, 徐州侧背: a verb of flight or a flank after the place (auditzh9)
                   "籍"          # 山东籍人, 河北籍战士: a person's native province, no village after it (auditzh22)
                   "既死陷"       # 江宁既破, 雷州败死, 某城尽陷: the place's fall or a death there, no village (auditzh47)
                   "很甚颇较"      # 蠡县离保定很近: a degree adverb and its adjective, no village (auditzh53)
                   "抢劫掠搜抓"    # 到某村抢粮, 到某镇抓丁: a verb of plunder after the place, no village (s21zhprec)
                   "盗贼匪捻"      # 屯永城备盗, 驻宿镇群捻: bandits are a verb's object or a band, no village (prezh1)
                   "虽但却"       # 新保安城镇虽小: a concession goes on after the town, no village (s18zhgpe)
                   "纹")          # 某龙纹瓶: a motif and the vessel it decorates, no village (r20zhplace)
_LANDFORM_END = set("山河江湖")
# 县 opening a word of the county itself (县名, 县志, 县府, 县境, 县委, 县属): no village after it (作为县名呢, s25zhgpe)
_COUNTY_WORD_NEXT = set("名志府境委属政")
# a verb of crossing or entering and its water, hill or town (渡河, 过江, 入城, 进山): jieba tags some ns (渡河, 渡江)
_CROSSING_VERBS = set("渡过入进出越涉翻")
_CROSSED = set("河江水湖海山岭城关")
# a determiner or a numeral before 县/乡/镇/铺 makes a generic or counted word, no named parent (各乡为祸, 各乡镇村,
# 北洋六镇为例, 每县, 诸县, 两乡): no village follows it (session 34 w34zhprec, audit22/23/30)
_GENERIC_BEFORE = set("各每该本诸全邻此其数几一二两三四五六七八九十百千")


@lru_cache(maxsize=1)
def _parents() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items()
                     if entry.label == "GPE" and entry.kind in _PARENT_KINDS and 2 <= len(name) <= 4)


# the ranks and posts of the Qing Green Standard, Banner and New Army forces, written after the province they serve
# (任广西参将, 署湖南游击, 直隶协统): a post, not a village of the province (auditzh33; the ranks of the 绿营 and 八旗
# tables and the 1904 New Army regulations)
_QING_POSTS = frozenset("提督 总兵 副将 参将 游击 都司 守备 千总 把总 外委 佐领 参领 协领 骁骑校 都统 副都统 "
                        "统领 管带 帮带 哨官 哨长 标统 协统 统制 统带 营官 帮统 巡抚 总督 布政使 按察使".split())


def _name_ok(name: str) -> bool:
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name in place_lexicon() or name in _QING_POSTS:
        return False
    if any(ch in STOP or ch in _NOT_IN_NAME for ch in name):
        return False
    if len(name) == 2 and name[0] in _CROSSING_VERBS and name[1] in _CROSSED:
        return False    # 由河南中牟渡河, 从安徽芜湖过江: a verb and what it crosses, no village (auditzh34)
    entry = word_info().get(name)
    if entry and (entry[0] >= 3 and not entry[1].startswith("ns") or entry[0] >= 500):
        return False    # 政府, 人民; 回国 (a frequent word jieba tags ns)
    for k in range(len(name) - 1):
        part = word_info().get(name[k:k + 2])
        if part and part[0] >= 50 and not part[1].startswith("ns"):
            return False    # a word inside (贫苦, 政府) is no village name
    return True


def _word_before(text: str, start: int) -> bool:
    """The parent's first character ends a frequent word before it (团长|武占魁 ⊃ 长武, a post and a name:
    no county there; auditzh13)."""
    if start == 0:
        return False
    entry = word_info().get(text[start - 1:start + 1])
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith("ns")


def find_address_chains(text: str) -> list[Candidate]:
    """GPE candidates of villages after their county or town (see the module doc)."""
    parents = _parents()
    out: list[Candidate] = []
    ends: set[int] = set()
    # the ends of known parents and of names ending in 县/乡/镇/铺
    for start, end in iter_names(text):     # the places matcher's own fast scan
        if text[start:end] in parents and not _word_before(text, start):
            ends.add(end)
    for char in "县乡镇铺":
        pos = text.find(char, 1)
        while pos != -1:
            entry = word_info().get(text[pos - 1:pos + 1])
            if not (entry and entry[0] >= 20 and not entry[1].startswith("ns")) \
                    and not (char == "镇" and text.startswith("守使", pos + 1)) \
                    and not (char == "县" and text[pos + 1:pos + 2] in _COUNTY_WORD_NEXT) \
                    and text[pos - 1] not in _GENERIC_BEFORE:
                ends.add(pos + 1)   # not 异乡, 家乡, 城镇, 店铺, 知县: a word, no place name; 林西镇守使: the post (auditzh31)
            pos = text.find(char, pos + 1)
    for end in sorted(ends):
        for size in (3, 2):
            stop = end + size
            if stop > len(text):
                continue
            name = text[end:stop]
            if size == 3 and name[-1] not in _SETTLEMENT_END:
                continue
            if not _AFTER_RE.match(text, stop) or not _name_ok(name):   # the cheap test first
                continue
            label = "LOC" if name[-1] in _LANDFORM_END else "GPE"
            out.append(Candidate(end, stop, label, SOURCE, PRIORITY, {"id": None}))
            break
    return out
