"""Named water works and structures named in quotation marks, in Chinese working text (session 26, s26zhorg).

County gazetteers, local news features and memoirs of 1949-1979 name the reservoirs, hydropower stations and canals
a county built by names that are ordinary words (`东风水库`, `跃进水库`, `红旗渠`, `东方红水电站`), or by a village
or hill the place lexicon does not know; the structure finder reads a 水库 only after a place-like name, and a
person finder may take the name (`某漫滩水库` → PERSON). Relic pages, forums and memoirs put a structure's local
name in quotation marks (`“某某桥”`, `“某家炮楼”`, `当地人称为“某楼”`), which the finders miss when the name is no
place.

`find_water_works_quoted_structures(text)` (working text, Simplified) proposes FAC at priority 47 (above the
structure finder's 45, the person rules and the gazetteer) for
- WATER WORKS: a name of two to four characters + 水库, 水电站, 电站, 总干渠, 干渠, 灌区, 渠 (渠 only right after a verb
  of building, or after a verb of building + 的 with a work's word after it: 全长, 工程, 通水 …) (criterion: the heads
  of the water-conservancy works in the county gazetteers' 水利 chapters, 1949-1979), the name opening at a word
  edge: the start of the text, punctuation, a list join (、 和 与 及 同), a particle or preposition (了 的 在 把 将 被
  从 到 至 经 由 是), or right after a verb of building or breaking (修建 兴建 建成 扩建 续建 动工 开挖 开凿 修筑
  建设 加固 炸毁 炸开 溃). Not: a kind or a size (`大型水库`, `小型水库`, `山区水库`, `一座水库`, `该水库`,
  `水渠`, `沟渠`, `支渠`), a name holding a numeral, a measure word or a function character, a verb before the head
  (`修建水库`), a county's or commune's own generic (`县水库`, `公社水库`).
- QUOTED STRUCTURES: a name of one to four characters + a structure head (桥, 大桥, 楼, 大楼, 城楼, 碉楼, 炮楼,
  塔, 亭, 阁, 仓库, 码头, 水库, 大坝; not 门, which quotes a pass, nor 公馆, which quotes a secret service's cover name) between quotation marks (“”, "", 「」) is one FAC without the marks,
  and so are its other mentions in the text. Not a common word in quotes (`“大楼”`, `“城门”`, `走“后门”`), not an
  epithet ranking it (`“东方第一桥”`).

Examples written for this module: `全县兴建了跃进水库、胜利水库和东方红水电站`, `动工修建的红旗渠全长七十公里`,
`日军修筑了“平安桥”，当地人称为“鬼子桥”`; negatives: `修建了一座小型水库`, `开挖水渠`, `他走“后门”进了工厂`.
Cost: str.find of 水库/电站/渠 and of the quotation marks before any regex; short walks at the hits.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE_WATER = "rule:fac-water-works"
SOURCE_QUOTED = "rule:fac-quoted-structure"
PRIORITY = 47

_CJK = "\u4e00-\u9fff"
_WATER_RE = re.compile("水库|水电站|电站|总干渠|干渠|灌区|渠(?![道首系])")
_EDGE = frozenset("，。、；：！？,.;:!?（）()“”\"「」『』《》 \n\t和与及同了的在把将被从到至经由是")
_BUILD_VERBS = ("修建", "兴建", "建成", "扩建", "续建", "动工", "开挖", "开凿", "修筑", "建设", "加固", "炸毁", "炸开", "溃")
# what makes the word before the head a kind, a size, a count or a generic owner, not a name
_NOT_NAME_CHARS = frozenset("一二三四五六七八九十百千万两几数0123456789０１２３４５６７８９座条个处该此这那其各每本全")
_KIND_WORDS = frozenset("大型 中型 小型 山区 平原 丘陵 农村 地方 国家 人工 天然 梯级 骨干 病险 新建 原有 现有 各地 全县 全市 "
                        "县办 社办 队办 公社 大队 生产队 县里 乡里 水利 农田 灌溉 排水 引水 提水 输水 东干 西干 南干 北干".split())
_NOT_CANAL_END = frozenset("水沟干支斗农毛引排灌明暗石土")   # 水渠, 沟渠, 干渠 (a head of its own), 支渠, 斗渠 …: kinds
_QUOTED_RE = re.compile(f"[“\"「]([{_CJK}]{{1,4}}?(?:大桥|桥|大楼|城楼|碉楼|炮楼|楼|塔|亭|阁|仓库|码头|水库|大坝))[”\"」]")
_RANKING_EPITHET = re.compile("第[一二三四五六七八九十1-9]")
# a canal (渠) only in the frame of a work: a verb of building before its name or a work's word after it; 渠 is also a
# surname (渠某某) and, in Qing records, a chief (贼渠, 渠魁)
_CANAL_AFTER = re.compile("全长|长[0-9一二三四五六七八九十]|工程|通水|竣工|建成|灌溉|灌区|干渠|支渠|[，。、；,;]")


def _name_start(text: str, head: int) -> int:
    """Start of the longest 2-4 character name before `head` that opens at a word edge or after a verb of building;
    -1 if none."""
    for size in (4, 3, 2):
        at = head - size
        if at < 0:
            continue
        name = text[at:head]
        if any(ch in _EDGE or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
            continue
        if at == 0 or text[at - 1] in _EDGE or any(text.endswith(v, 0, at) for v in _BUILD_VERBS):
            return at
    return -1


def _water_works(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_WATER_RE, text):
        head = m.group()
        start = _name_start(text, m.start())
        if start < 0:
            continue
        name = text[start:m.start()]
        if any(ch in _NOT_NAME_CHARS for ch in name) or name in _KIND_WORDS or name[-2:] in _KIND_WORDS:
            continue
        if any(name.endswith(v) or name.startswith(v) for v in _BUILD_VERBS):
            continue                                   # 修建|水库: a verb and its object
        if head == "渠" and name[-1] in _NOT_CANAL_END:
            continue                                   # 水渠, 沟渠, 支渠: a kind of canal
        if head == "渠" and not (any(text.endswith(v, 0, start) or text.endswith(v + "了", 0, start) for v in _BUILD_VERBS)
                                or text.startswith("的", m.end()) and any(text.endswith(v + "的", 0, start) for v in _BUILD_VERBS)
                                or _CANAL_AFTER.match(text, m.end()) and any(text.endswith(v, 0, start - 1) for v in _BUILD_VERBS + ("的",))):
            continue                                   # 渠成江 (a surname), 贼渠 (a chief): no canal without a work's frame
        if head == "电站" and name.endswith(("发", "水", "火", "核")):
            continue                                   # 发电站, 水电站 read as its own head
        if name[-1] in "县市乡镇社队" and len(name) <= 2:
            continue                                   # 县水库, 社水库: the owner's generic
        if is_common_word(name + head, 50):
            continue                                   # 水电站, 发电站 … as whole words of the language
        out.append(Candidate(start, m.end(), "FAC", SOURCE_WATER, PRIORITY))
    return out


def _quoted_structures(text: str) -> list[Candidate]:
    out = []
    seen = set()
    for m in _QUOTED_RE.finditer(text):
        name = m.group(1)
        if name in seen or _RANKING_EPITHET.search(name) or is_common_word(name, 20, ("nr", "ns", "nz")):
            continue                                   # “大楼”, “后门”: a word in quotes, no name
        seen.add(name)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", SOURCE_QUOTED, PRIORITY))
    return out


def find_water_works_quoted_structures(text: str) -> list[Candidate]:
    """FAC candidates of named water works and quoted structures (see the module doc)."""
    out = []
    if "水库" in text or "电站" in text or "渠" in text or "灌区" in text:
        out += _water_works(text)
    if "“" in text or "「" in text or '"' in text:
        out += _quoted_structures(text)
    return out
