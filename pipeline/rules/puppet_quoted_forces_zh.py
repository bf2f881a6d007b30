"""Fleets, quoted force names and collaborationist states and forces, in Chinese working text.

`find_puppet_quoted_forces(text)`:
- MIL_UNIT: a list of the late-Qing fleets sharing one 水师 (北洋、南洋、福建和广东四支水师: rule 4); a force name
  in quotation marks ending in an echelon or force word (“黄卫军”, “铁石部队”), not a kind of troops (“精锐部队”)
  nor a person's nickname ending in a post (“某督军”, “某某将军”: session 29, s29zhlong); the quoted name is the
  force again where the page writes it bare (`简称“某某支队”……某某支队是`: session 29).
- GPE: a state after 伪 (伪满洲国 → 满洲国; 伪 stays outside); MIL_UNIT / ORG: a collaborationist force or government
  after 伪 named by its region (伪蒙古军 → 蒙古军, 伪华北治安军, 伪蒙古军政府 → ORG).

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import everywhere, is_common_word
from pipeline.rules.scan import LazyPattern as _lazy, anchored_finditer
from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate
from pipeline.rules.unit_precision_guards_zh import verb_object_army

_CN_NUM = "〇零一二三四五六七八九十百"
_HAN = "[^\\x00-\\x7f\\s，。、；：！？（）“”‘’「」『』《》〈〉【】…—～·・丨]"

_FLEETS = "北洋|南洋|福建|广东"
_FLEET_LIST_RE = _lazy(f"(?:(?:{_FLEETS})(?:、|和|及|与)){{1,3}}(?:{_FLEETS})(?:[两二三四]支)?水师")
_FLEET_ANCHOR = _lazy("水")

_QUOTED_FORCE_RE = _lazy(f"“({_HAN}{{1,6}}?(军|部队|兵团|支队|纵队|挺进队|大队|总队|游击队|先锋队|突击队))”")
_QUOTED_ANCHOR = _lazy("“")
_GENERIC_QUOTED = {"国军", "皇军", "友军", "敌军", "我军", "日军", "伪军", "红军", "联军", "义军", "官军", "匪军", "杂牌军",
                   # a kind of troops in quotes (所谓“精锐部队”), not a name (zh6)
                   "精锐部队", "主力部队", "王牌部队", "嫡系部队", "杂牌部队", "地方部队", "正规部队", "王牌军", "正规军",
                   "游击队", "先锋队", "突击队", "敢死队", "游击大队", "别动队", "便衣队", "武工队", "自卫队"}

# a slogan in quotes opens with its verb (“欢迎红军”, “打倒X军”, “拥护八路军”): the force after the verb is named by the
# force readers, the slogan is no force name (session 28, s28zhlab; slogans on walls and banners in march memoirs)
SLOGAN_VERBS = ("欢迎", "拥护", "打倒", "消灭", "保卫", "慰劳", "优待", "参加", "加入", "反对", "支援", "援助", "学习",
                "感谢", "热爱", "团结", "驱逐", "赶走", "声援", "欢送", "慰问", "歡迎", "擁護", "消滅", "保衛", "慰勞",
                "優待", "參加", "反對", "學習", "感謝", "熱愛", "團結", "驅逐", "趕走", "聲援", "歡送", "慰問")

# a quoted nickname ending in a post whose last character is 军 names a person, no force: “某督军”, “某某将军”
# (session 29, s29zhlong: warlord histories call a military governor “周督军”, a general by a nickname “某某将军”)
_NICKNAME_POSTS = ("督军", "将军", "参军")

# the words that introduce a name in quotes (简称“X”, 番号“X”, 代号为“X”, 号称“X”)
_NAMING_WORDS = ("简称", "称", "番号", "代号", "号为", "称为", "名为", "号称")

_PUPPET_STATE_RE = _lazy("伪(满洲国|满洲帝国|蒙疆)")
# a collaborationist force or government after 伪 (伪蒙古军, 伪蒙古军政府): 伪 stays outside (real-dev3 伪蒙古军 →
# 蒙古军), the name is the force (a region or place + 军/治安军/绥靖军/警备队/保安队) or the government (X政府)
_PUPPET_BODY_RE = _lazy(f"伪({_HAN}{{2,6}}?)(军政府|政府|自治政府|治安军|绥靖军|警备队|保安队|自治军|军)(?![政长官部人队团事])")
_PUPPET_ANCHOR = _lazy("伪")


def find_puppet_quoted_forces(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "水师" in text:
        for m in anchored_finditer(_FLEET_LIST_RE, text, _FLEET_ANCHOR, 16):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-fleet-list", 61,
                                 norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "“" in text:
        quoted_names: dict[str, dict] = {}
        for m in anchored_finditer(_QUOTED_FORCE_RE, text, _QUOTED_ANCHOR, 0):
            name = m.group(1)
            if len(name) >= 3 and name not in _GENERIC_QUOTED and not is_common_word(name, 50) \
                    and not re.search(f"[{_CN_NUM}0-9]", name) and not verb_object_army(name) \
                    and not name.startswith(SLOGAN_VERBS) and not name.endswith(_NICKNAME_POSTS):
                echelon = m.group(2) if m.group(2) in ("军", "部队", "兵团", "支队", "纵队", "大队", "总队") else ""
                out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-quoted-force", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
                if text[max(0, m.start() - 3):m.start()].endswith(_NAMING_WORDS):
                    quoted_names[name] = {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}
        # the force a page names in quotes after a word of naming (简称“某某支队”, 番号“某某大队”) is that force where the
        # page writes it bare again (session 29, s29zhlong), not a shorter unit read inside it (海南 + 进支队 of
        # 陇海南进支队); a quoted kind after a verb of founding (成立“民众自卫总队”) names no one force
        for name, hint in quoted_names.items():
            out.extend(Candidate(c.start, c.end, "MIL_UNIT", "rule:unit-quoted-force", 61, norm=dict(hint))
                       for c in everywhere(text, {name}, "rule:unit-quoted-force", 61, "MIL_UNIT")
                       if not (c.start and text[c.start - 1] == "“"))
    if "伪" in text:
        for m in anchored_finditer(_PUPPET_STATE_RE, text, _PUPPET_ANCHOR, 0):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-puppet-state", 31))
        places = place_lexicon()
        for m in anchored_finditer(_PUPPET_BODY_RE, text, _PUPPET_ANCHOR, 0):
            name, head = m.group(1), m.group(2)
            if not (any(name[:k] in places for k in (2, 3, 4)) or name[:2] + "国" in places) \
                    or any(ch in NOT_IN_LOCAL for ch in name):
                continue        # the name starts with its region, place or country's short name: 华北, 满洲国, 蒙古(国)
            if head.endswith("政府"):
                out.append(Candidate(m.start(1), m.end(), "ORG", "rule:org-puppet-government", 36))
            else:
                out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-puppet-force", 62,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军" if head.endswith("军") else "",
                                                         "prefix": ""}}))
    return out


NOT_IN_LOCAL = set("的了是在和与及个一这那该此其各等")

# a character of a name inside the patterns: anything but ASCII, space and CJK punctuation
