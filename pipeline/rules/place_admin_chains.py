"""Districts, townships and villages written as an address after their county: 某县某区某村, 某县某乡某村 (GPE).

Biographies, chronicles and memorials write a birthplace from the larger unit to the smaller, with each
level's suffix: 某省某县某区某村, 某县某乡某村人, 某县第三区某庄. The county vouches for the chain after it,
and each link's suffix says where it ends, so names no lexicon lists are read whole.
`find_admin_chains(text)` (working text, Simplified) proposes a GPE for each link when:

- the chain starts right after a name ending in 县 or 旗 (no word jieba knows: 知县, 州县);
- it is 1-4 links, each a stem of 1-4 characters and one suffix (区 乡 镇 村 庄 屯 堡 寨), or a numbered
  district (第三区, 三区: a link, not tagged — the guidelines name no numbered district);
- the stem holds no function, pronoun, military or time character, and is no ordinary word;
- the chain is closed: after its last link comes punctuation, the end of the text, or a word that ends
  an address (人, 的, 一带, 附近, 出生, 参加 …). A chain that is not closed proposes nothing.

Links are read longest first, so 城南庄乡 is one township (not 城南庄 + 乡…) when the rest of the chain
reads on. Candidates are GPE at priority 30: every lexicon span and the framed place rules win.
Cost: a str.find loop over 县 and 旗 and a few slices at each.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames, word_info
from pipeline.spans import Candidate

SOURCE = "rule:place-admin-chain"
PRIORITY = 30
_SUFFIXES = set("区乡镇村庄屯堡寨")
_STEM_STOP = set(
    "的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本们我你他她它"
    "军敌师团旅营队长官兵日月年时天省县市区乡镇村，。、；：！？"
    "属隶辖")   # 中阳县属汾阳专区, 隶某某区: a verb of belonging, no address (prezh1)
# 地区, 山区, 战区, 边区, 游击区 …: words of an area or a command, no administrative district
_NOT_BEFORE_DISTRICT = set("地山灾战军防市城郊老苏边放游占陷据矿景湖牧林戒特"
                           "专")   # 兴县专区: the prefecture named after the county, no district of it (prezh1)
_NUMBERED_DISTRICT = re.compile("第?[一二三四五六七八九十0-9]{1,2}区")
_CLOSED_AFTER = re.compile("[人的]|一带|附近|地区|境内|出生|生于|参加|参军|入伍|投身|等地|一户|农民|贫[苦农]")


def stem_ok(stem: str) -> bool:
    if not all("\u4e00" <= ch <= "\u9fff" and ch not in _STEM_STOP for ch in stem):
        return False
    if len(stem) == 2 and stem[1] == "家" and stem[0] in surnames()[0]:
        return True     # 王家庄, 李家村: a family's village
    entry = word_info().get(stem)
    return not (entry and entry[0] >= 300 and not entry[1].startswith(("ns", "s")))   # 政府, 人民: ordinary words


def _closed(text: str, pos: int) -> bool:
    if pos >= len(text) or not ("\u4e00" <= text[pos] <= "\u9fff"):
        return True
    return _CLOSED_AFTER.match(text, pos) is not None


def _links(text: str, pos: int, depth: int) -> list[tuple[int, int, bool]] | None:
    """The links from pos to a closed end (start, end, tagged), longest first; None if none closes."""
    if depth == 4:
        return None
    numbered = _NUMBERED_DISTRICT.match(text, pos)
    if numbered:
        rest = [] if _closed(text, numbered.end()) else _links(text, numbered.end(), depth + 1)
        if rest is not None:
            return [(pos, numbered.end(), False)] + rest
    for size in (5, 4, 3, 2):
        end = pos + size
        if end > len(text) or text[end - 1] not in _SUFFIXES or not stem_ok(text[pos:end - 1]):
            continue
        if text[end - 1] == "区" and text[end - 2] in _NOT_BEFORE_DISTRICT:
            continue    # 茂林地区, 广大山区, 游击区: an area, no district
        rest = [] if _closed(text, end) else _links(text, end, depth + 1)
        if rest is not None:
            return [(pos, end, True)] + rest
    return None


def find_admin_chains(text: str) -> list[Candidate]:
    """GPE candidates of the links of an address after its county (see the module doc)."""
    out: list[Candidate] = []
    for char in "县旗":
        pos = text.find(char, 1)
        while pos != -1:
            start = pos + 1
            entry = word_info().get(text[pos - 1:start])
            if start < len(text) and not (entry and entry[0] >= 20 and not entry[1].startswith("ns")):
                for s, e, tagged in _links(text, start, 0) or ():
                    if tagged:
                        out.append(Candidate(s, e, "GPE", SOURCE, PRIORITY, {"id": None}))
            pos = text.find(char, start)
    return out
