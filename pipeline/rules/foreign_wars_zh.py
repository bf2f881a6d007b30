"""Naming forms of the wars outside China written in Chinese: WWII in Europe and North Africa, the Eastern Front,
Indochina, the Middle East and the Falklands (session 13 audit, auditzh17: encyclopedia pages, book excerpts and
forum posts in Simplified and Traditional script). Each class is read from how such names are written:

- `quoted_operations`: an operation's code name in quotes ending in 行动 or 作战 (“堡垒行动”, 「戰斧作戰」): the
  quoted name is the EVENT (guideline: operations are events), also where no 代号 stands before it (war_forms_zh
  reads that case). Where the quotes close before the head (“霸王”行动) the quoted name alone is the EVENT, as
  `“七·七”事变` → `七·七` (the readings of session 9). A catchword in quotes (“统一行动”, “一致行动”, “军事行动”) is no
  name: the stem may not be an ordinary verb, adjective or adverb word (jieba), nor hold a function word.
  EVENT, priority 46.
- `apposed_settlements`: a foreign town named after its kind (比利时小镇巴斯托涅, 海港安特卫普, 港口城市敖德萨) or
  before 这座/这个 + its kind (巴斯托涅这座小城), or in `一个叫(做)X的小村`: the run of transliteration characters
  (lexicons/transliteration_chars.txt, three to eight, maximal) is a GPE at every mention in the text. Priority 40,
  above the Chinese gazetteer (30), which read 镇巴 (a county of Shaanxi) across 小镇|巴斯托涅.
- `named_army_groups`: the German army groups (Heeresgruppen) named by a direction, a region or a letter, the
  complete list of 1939-1945 (北方/中央/南方, A-H, 顿河, 北乌克兰/南乌克兰, 库尔兰, 维斯瓦/维斯图拉, 上莱茵, 非洲,
  东方边区, 西北, 东南) before 集团军群: one MIL_UNIT (echelon 集团军群); and the German forces of North Africa named
  by the continent (非洲军团, 非洲军, 非洲装甲集团军, 非洲装甲兵团, 非洲装甲军团, with 德意志 of the official name:
  德意志非洲军). A place before the group stays outside only where it is a country (德国 + 南方集团军群, guideline 2).
  MIL_UNIT, priority 61 (the place lexicons read 非洲 alone).
- `translit_landforms`: a foreign range, strait, peninsula, plateau or archipelago written as a run of transliteration
  characters before its head (阿登山脉, 蒂朗海峡, 马来半岛, 马祖里高原): the whole run with the head is one LOC (the
  landform finders read Chinese stems and missed these, or cut them: 宁半岛). The run is at least two characters (中|南半岛
  is no run) and opens after punctuation or a verb or preposition (退到|阿登山脉), never after another Han character
  (喜|马拉雅山脉, 所|罗门群岛 stay the lexicon's). LOC, priority 42 (above the island finder's 41).

Anchors: the literals 行动/作战 (with a closing quote), 小镇/城市/港 …, 集团军群 and 非洲 (str.find / one regex each).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import translit_chars, known_places, word_info
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer
from pipeline.lexicons import longest_first

_CJK = "\u4e00-\u9fff"
_FUNCTION = frozenset("的了在是和与及于对向从由为将把被等就都也又即已并而")

# ---------------------------------------------------------------------------- quoted operations

_QUOTED_OP_RE = re.compile(f"[“「『\"]([{_CJK}·]{{2,8}}?(?:行动|作战))[”」』\"]")
_QUOTED_STEM_RE = re.compile(f"[“「『\"]([{_CJK}·]{{1,8}})[”」』\"](?=行动|作战)")
# jieba's parts of speech of catchwords: verbs, adjectives, adverbs, numerals (统一, 一致, 联合, 军事 is n … see below)
_CATCHWORD_POS = ("v", "a", "d", "m", "c", "p", "r")
# nouns that make a kind of action, not a name, before 行动/作战 (军事行动, 战略行动, 地面作战, “大陆作战”)
_KIND_STEMS = frozenset("军事 战略 战术 战役 地面 空中 海上 联合 统一 一致 协同 集体 共同 秘密 特别 特种 紧急 统一 "
                        "进攻 防御 反攻 突击 登陆 两栖 扫荡 清剿 围剿 报复 破袭 游击 敌后 夜间 "
                        # settings (the session-13 reading: a setting word before a verb head names no event)
                        "大陆 陆上 海上 水上 空中 山地 丛林 沙漠 城市 巷战 岛屿 海岸 冬季 夏季 雨季 平原 河川 北方 南方 "
                        "东方 西方 前线 后方 本土 境外 跨国 国际".split())


def _name_stem(stem: str) -> bool:
    if any(ch in _FUNCTION for ch in stem) or stem in _KIND_STEMS:
        return False
    entry = word_info().get(stem)
    return not (entry and entry[1][:1] in _CATCHWORD_POS)


def _quoted_operations(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_QUOTED_OP_RE, text):
        if _name_stem(m.group(1)[:-2]):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-quoted-operation", 46))
    for m in literal_finditer(_QUOTED_STEM_RE, text):
        if len(m.group(1)) >= 2 and _name_stem(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-quoted-operation", 46))
    return out


# ---------------------------------------------------------------------------- apposed settlements

# the kind of a town written right before its name (小镇X, 海港X, 港口城市X)
_KINDS = ("港口城市", "海港城市", "工业城市", "边境城市", "小镇", "小城", "城市", "城镇", "重镇", "海港", "港口", "港城",
          "小村", "村庄", "古城", "要塞")
_KIND_BEFORE_RE = re.compile("(?:" + "|".join(_KINDS) + ")$")
_KIND_AFTER_RE = re.compile("(?:这座|这个|这一|那座)(?:小城|城市|小镇|城镇|港口|海港|村庄|小村|要塞)")
_CALLED_RE = re.compile(f"(?:叫做|叫作|名叫|名为|叫)([{_CJK}]{{3,8}}?)的(?:小村|村庄|村子|小镇|城镇|小城|村落)")


def _translit_run_end(text: str, start: int, chars: frozenset[str]) -> int:
    end = start
    while end < len(text) and end - start < 8 and text[end] in chars:
        end += 1
    return end


def _good_name(name: str, places: frozenset[str]) -> bool:
    if len(name) < 3 or any(ch in _FUNCTION for ch in name):
        return False
    entry = word_info().get(name)
    return not (entry and not entry[1].startswith("ns") and name not in places)


def _apposed_settlements(text: str) -> list[Candidate]:
    chars, places = translit_chars(), known_places()
    names: set[str] = set()
    for kind in _KINDS:
        at = text.find(kind)
        while at != -1:
            start = at + len(kind)
            end = _translit_run_end(text, start, chars)
            if _good_name(text[start:end], places) and not (end < len(text) and "\u4e00" <= text[end] <= "\u9fff"
                                                             and text[end] in chars):
                names.add(text[start:end])
            at = text.find(kind, at + len(kind))
    for m in literal_finditer(_KIND_AFTER_RE, text):
        start = m.start()
        while start > 0 and m.start() - start < 8 and text[start - 1] in chars:
            start -= 1
        if _good_name(text[start:m.start()], places):
            names.add(text[start:m.start()])
    for m in literal_finditer(_CALLED_RE, text):
        name = m.group(1)
        if all(ch in chars for ch in name) and _good_name(name, places):
            names.add(name)
    out = []
    for name in names:
        at = text.find(name)
        while at != -1:
            # a maximal run only: not the tail or head of a longer transliteration
            if (at == 0 or text[at - 1] not in chars) and (at + len(name) == len(text)
                                                           or text[at + len(name)] not in chars):
                out.append(Candidate(at, at + len(name), "GPE", "rule:place-apposed-settlement", 40))
            at = text.find(name, at + len(name))
    return out


# ---------------------------------------------------------------------------- named army groups

# the German army groups of 1939-1945 by name (Nord, Mitte, Süd, A-H, Don, Nordukraine, Südukraine, Kurland,
# Weichsel, Oberrhein, Afrika, Ostmark, Nordwest, Südost) in their usual Chinese renderings
_GROUP_NAMES = ("北方", "中央", "南方", "顿河", "北乌克兰", "南乌克兰", "库尔兰", "维斯瓦", "维斯图拉", "上莱茵", "非洲",
                "东方边区", "西北", "东南", "A", "B", "C", "D", "E", "F", "G", "H", "Ａ", "Ｂ")
_GROUP_RE = re.compile("(" + "|".join(sorted(_GROUP_NAMES, key=longest_first)) + ")集团军群")
_AFRICA_RE = re.compile("(?:德意志)?非洲(?:装甲集团军|装甲兵团|装甲军团|军团|军)(?![长部官区属])")


def _army_groups(text: str) -> list[Candidate]:
    out = []
    if "集团军群" in text:
        for m in literal_finditer(_GROUP_RE, text):
            if m.start() > 0 and text[m.start() - 1] in "第0123456789":
                continue
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-named-army-group", 61,
                                 {"unit_hint": {"numbers": [], "echelon": "集团军群", "prefix": ""}}))
    if "非洲" in text:
        for m in literal_finditer(_AFRICA_RE, text):
            head = m.group()[m.group().index("非洲") + 2:]
            echelon = {"装甲集团军": "集团军", "装甲兵团": "兵团", "装甲军团": "军团", "军团": "军团", "军": "军"}[head]
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-named-army-group", 61,
                                 {"unit_hint": {"numbers": [], "echelon": echelon,
                                                "prefix": "装甲" if head.startswith("装甲") else ""}}))
    return out


_LANDFORM_HEADS = ("山脉", "海峡", "半岛", "高原", "群岛", "地峡")
# the run opens after punctuation or a verb or preposition of movement (退到|阿登山脉, 封锁|蒂朗海峡), never inside a
# longer name whose first character is no transliteration character (喜|马拉雅山脉, 所|罗门群岛)
_LANDFORM_OPENERS = frozenset("到过在于向从至经越入往抵的和与及占守出进登渡攻沿隔即锁封经穿跨绕离退撤回返飞驶上下")


def _translit_landforms(text: str) -> list[Candidate]:
    chars, out = translit_chars(), []
    for head in _LANDFORM_HEADS:
        at = text.find(head)
        while at != -1:
            start = at
            while start > 0 and at - start < 8 and text[start - 1] in chars:
                start -= 1
            if at - start >= 2 and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff"
                                    or text[start - 1] in _LANDFORM_OPENERS) \
                    and not any(ch in _FUNCTION for ch in text[start:at]):
                out.append(Candidate(start, at + len(head), "LOC", "rule:place-translit-landform", 42))
            at = text.find(head, at + len(head))
    return out


def find_foreign_war_forms(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    out: list[Candidate] = []
    if ("行动" in text or "作战" in text) and any(q in text for q in "”」』\""):
        out += _quoted_operations(text)
    if any(kind in text for kind in ("镇", "城", "港", "村", "要塞")):
        out += _apposed_settlements(text)
    if "集团军群" in text or "非洲" in text:
        out += _army_groups(text)
    if any(head in text for head in _LANDFORM_HEADS):
        out += _translit_landforms(text)
    return out
