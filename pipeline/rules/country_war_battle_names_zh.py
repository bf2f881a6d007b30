"""Wars named by two countries, battles named X之役 / X海战, glued battle names and joint campaigns, in Chinese working text.

`find_country_war_battle_names(text)` (EVENT):
- wars named by two countries (中法战争, 中英战争: one character each, as written by Chinese historians);
- X之役 after a boundary (台澎之役, 乙未之役); X海战 with an unfamiliar place;
- battle names glued one after the other by a wiki copy (甲战役乙战役丙战役: each its own span).
`find_joint_campaigns(text)` (EVENT): campaigns named by two regions sharing one head (滇西及缅北反攻战役,
湘北、赣北会战).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer) or read back
from its connector (scan.read_back_finditer).
Provenance: first seen on real-dev7-zh (session 6, helper zh7: Traditional-script pages and books on the late Qing wars and 1937-1945; split out of written_zh7 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import anchored_finditer, read_back_finditer
from pipeline.spans import Candidate
from pipeline.rules.qing_post_names_zh import NOT_IN_NAME

_CJK = "\u4e00-\u9fff"

# one-character names of countries in the names Chinese historians give to 19th/20th-century wars
_COUNTRIES = "中日英法俄美德意奥葡西荷朝越韩苏印泰缅蒙"
_COUNTRY_WAR_RE = re.compile(f"([{_COUNTRIES}])([{_COUNTRIES}])战争")
_COUNTRY_WAR_ANCHOR = re.compile("战争")
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_CAMPAIGN_OF_RE = re.compile(f"(?:(?<![{_CJK}])|(?<=[在于的是即称为有、]))([{_CJK}]{{2,3}}?)之役")
_CAMPAIGN_OF_ANCHOR = re.compile("之役")
_NOT_EVENT_START = set("此是该这那一本前后今全各其我敌两最首末")
_NAVAL_RE = re.compile(f"(?<=[在于的、和与及，,。\n「“])([{_CJK}]{{2,3}}?)海战")
_NAVAL_ANCHOR = re.compile("海战")
_GLUED_BATTLE_ANCHOR = re.compile("战役")
# 合称三大战役, 又称X战役: a verb of naming or a count opens the text between two 战役, no glued name
_COUNTED_OR_SAID = re.compile("^(?:合称|并称|统称|又称|简称|史称|称为|即)|[一二三四五六七八九十两几数]大$")


# a war named by whom it was fought against (讨X战争: 讨袁, 讨蒋, 讨奉): a surname or a clique's abbreviation after 讨
_PUNITIVE_WAR_RE = re.compile(f"讨([{_CJK}]{{1,2}}?)战争")
_PUNITIVE_WAR_ANCHOR = re.compile("战争")
_NOT_BEFORE_TAO = set("探检声商研乞征")     # 探讨, 检讨, 声讨: 讨 is part of another verb
_NOT_TARGET = set("论伐债饭价好厌还教了这那此该")    # 讨论战争, 讨伐战争: no target named
# a verb or linking word glued before a battle's name (主要战役包括X战役; 这一战役即X战役 is _COUNTED_OR_SAID's);
# not 如 or 同, which open place names (如皋, 同蒲)
_LINK_VERB = re.compile("包括|包含|就是|乃是|例如|比如|有|是|为|以及|还有|及|和|与|参加|参与|指挥|发动|发起|打响|经历|取得")
# words of a battle's kind or weight before 战役, no name of one (关键战役, 重要战役, 著名战役)
_GENERIC_BATTLE_WORDS = frozenset("关键 重要 主要 著名 重大 大型 决定性 战略性 最后 最大 最终 历次 各次 此次 这次 那次 上述 "
                                  "一系列 若干 一些 三大 几大 多次 一次 初期 后期 中期 大小 局部 具体 相关 系列".split())


def _battle_name(name: str) -> bool:
    return (all("\u4e00" <= ch <= "\u9fff" for ch in name) and name[0] not in _NOT_EVENT_START
            and not any(ch in NOT_IN_NAME and ch not in "年月日时" for ch in name))


def find_country_war_battle_names(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_COUNTRY_WAR_RE, text, _COUNTRY_WAR_ANCHOR, 2):
        if m.group(1) != m.group(2):
            start = m.start()
            if start >= 2 and text[start - 2] in _STEMS and text[start - 1] in _BRANCHES:
                start -= 2        # 甲午中日战争: the cyclical year before the two countries names the war (s18zhqty)
            out.append(Candidate(start, m.end(), "EVENT", "rule:event-country-war", 47))
    for m in anchored_finditer(_CAMPAIGN_OF_RE, text, _CAMPAIGN_OF_ANCHOR, 3):
        name = m.group(1)
        if (name[0] not in _NOT_EVENT_START and not any(ch in NOT_IN_NAME for ch in name)
                and not is_common_word(name[-2:], 100)):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-campaign-of", 44))
    for m in anchored_finditer(_NAVAL_RE, text, _NAVAL_ANCHOR, 3):
        name = m.group(1)
        if name[0] not in _NOT_EVENT_START and not any(ch in NOT_IN_NAME for ch in name):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-naval-battle", 44))
    for m in anchored_finditer(_PUNITIVE_WAR_RE, text, _PUNITIVE_WAR_ANCHOR, 5):
        target = m.group(1)
        if (m.start() == 0 or text[m.start() - 1] not in _NOT_BEFORE_TAO) and not any(
                ch in NOT_IN_NAME or ch in _NOT_TARGET for ch in target):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-punitive-war", 47))
    ends = [m.end() for m in _GLUED_BATTLE_ANCHOR.finditer(text)]
    for i, (prev, end) in enumerate(zip(ends, ends[1:])):
        name = text[prev:end - 2]
        link = _LINK_VERB.match(name)
        if link and 2 <= len(name) - link.end() <= 4 and _battle_name(name[link.end():]):
            out.append(Candidate(prev + link.end(), end, "EVENT", "rule:event-glued-battle", 60))
            continue     # 重要战役包括X战役: the verb between the two is no part of the second name (s18 round 2)
        if 2 <= len(name) <= 4 and _battle_name(name) and not _COUNTED_OR_SAID.search(name):
            out.append(Candidate(prev, end, "EVENT", "rule:event-glued-battle", 60))
            first = prev - 2                     # the run's first name: after the word that opens the list
            if i == 0 or ends[i - 1] != first - 2 - len(text[ends[i - 1]:first]):
                for k in (2, 3, 4):
                    if text[first - k:first] in _GENERIC_BATTLE_WORDS:
                        break                    # 关键战役, 重要战役: a kind of battle, no name
                    if text[first - k - 1:first - k] in "括有及和与、，,：:\n的" and _battle_name(text[first - k:first]):
                        out.append(Candidate(first - k, prev, "EVENT", "rule:event-glued-battle", 60))
                        break
    return out


# campaigns named by two regions sharing one head: 滇西及缅北反攻战役, 湘北、赣北会战
_JOINT_CAMPAIGN_RE = re.compile(
    f"(?<![{_CJK}])|(?<=[在是的和与及、，,])")
# (scanned from the connector, the first region read back in a fixed-width look-behind: re skips in C)
_JOINT_BODY_RE = re.compile(f"[及和与、](?<=([{_CJK}]{{2}})[及和与、])([{_CJK}]{{2}})(?:反攻|进攻|防御|攻势)?(?:战役|会战|作战)")
DIRECTIONS = set("东西南北")


def find_joint_campaigns(text: str) -> list[Candidate]:
    out = []
    for m in read_back_finditer(_JOINT_BODY_RE, text):
        if not _JOINT_CAMPAIGN_RE.match(text, m.start(1)):
            continue
        regions = (m.group(1), m.group(2))
        if all(r in place_lexicon() or (r[-1] in DIRECTIONS and r[0] not in _NOT_EVENT_START) for r in regions):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-joint-campaign", 50))
    return out
