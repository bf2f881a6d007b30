"""Seasonal campaigns and battles named after a settlement, and that settlement, in Chinese working text.

`find_settlement_battle_names(text)`:
- EVENT: a season's campaign or offensive (1953年夏季战役, 秋季攻势); a battle named after a settlement whose name
  ends in a settlement word (X店/X铺/X堡/X坪… + 战役/大捷/战斗/保卫战/阻击战/攻坚战);
- GPE: that settlement everywhere in the text, also where it names a fight (X一战, X之战); a Korean village named
  with 里 in a naming frame (叫X里).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.person_command_frames_zh import NOT_IN_NAME

_CJK = "\u4e00-\u9fff"

_SEASON_CAMPAIGN_RE = re.compile("(?:[0-9]{4}年)?[春夏秋冬]季(?:战役|攻势|反攻|反击战)")
_SEASON_CAMPAIGN_ANCHOR = re.compile("季")
# a battle named after a settlement whose name ends in a settlement word
_SETTLEMENT_END = "店铺堡坪屯寨集庄埠墟圩驿"
_SETTLEMENT_FIGHT_RE = re.compile(
    f"([{_CJK}]{{1,2}}[{_SETTLEMENT_END}])(战役|大捷|战斗|保卫战|阻击战|攻坚战|一战|之战)")
_SETTLEMENT_FIGHT_ANCHORS = (        # literal first characters: scanned in C
    re.compile(f"大捷(?<=[{_SETTLEMENT_END}]大捷)"),
    re.compile(f"战(?:(?<=[{_SETTLEMENT_END}]战)(?=役|斗)|(?<=[{_SETTLEMENT_END}](?:保卫|阻击|攻坚)战)|(?<=[{_SETTLEMENT_END}][一之]战))"))
# 砥平里 / 军隅里: a village of Korea (-ri) after a preposition or a verb of reaching or holding, and everywhere
# in the text once found, in a text about Korea (not 这里, 夜里, 村里, 战壕里: 里 after an ordinary word is "in")
_RI_BEFORE = "至在于到抵向从守占克围经、的御叫"   # 以北的X里, 防御X里 (auditzh8); 叫X里 named (auditzh32)
_RI_BEARING_RE = re.compile("(?:以[东南西北]|[东西南北][侧面部边]|附近|一带)$")
_RI_VILLAGE_RE = re.compile(f"[{_RI_BEFORE}][{_CJK}]{{2,4}}[里洞](?![面边头外程路许长口穴])")
_RI_ANCHORS = tuple(re.compile(f"{ch}(?:" + "|".join(f"(?<=[{_RI_BEFORE}][{_CJK}]{{{n}}}{ch})" for n in (2, 3, 4)) + ")")
                    for ch in "里洞")
_KOREA_RE = re.compile("朝鲜|韩国|南韩|北韩|志愿军|联合国军|三八线|38度线|鸭绿江|清川江|长津|临津江|洛东江|汉城|平壤|釜山|仁川|元山|兴南")
_RI_LIST_RE = re.compile(f"[和与及、]([{_CJK}]{{2,3}}[里洞])(?![面边头外程路许长口穴])")
# 第一次战役 … 第五次战役: the five offensives of the Chinese People's Volunteers (1950-1951), in a text about Korea
_KOREA_CAMPAIGN_RE = re.compile("第[一二三四五]次战役")
_KOREA_CAMPAIGN_ANCHOR = re.compile("次战役")
_KOREA_REACH = 400      # characters: how near a word about Korea must be
_NOT_IN_VILLAGE = set("的了是在和与及也都就被把将向由从对为以于而并或等其该此这那哪家村城山夜心手眼屋院")
_FIGHT_EVENT = {"战役", "大捷", "战斗", "保卫战", "阻击战", "攻坚战"}

# 上海战役 / 太原会战: a battle named after a known place (the event finder misses a few where the name's last character
# and the head form another word, 上海战役 read as 上|海战|役)
_PLACE_BATTLE_RE = re.compile(f"([{_CJK}]{{2,3}}?)(战役|会战|保卫战|攻坚战|阻击战)")
_PLACE_BATTLE_ANCHORS = tuple(re.compile(head) for head in ("战役", "会战", "保卫战", "攻坚战", "阻击战"))
# 中原解放区 / 鄂豫皖苏区 / 晋察冀边区: a region of the revolution named after a known region (LOC, one span)
_BASE_AREA_RE = re.compile(f"([{_CJK}]{{2,3}}?)(解放区|根据地|苏区|边区)(?!政府|参议会|银行|主席)")
_BARE_DIRECTIONS = frozenset(("东北", "东南", "西北", "西南"))
_BASE_AREA_ANCHORS = tuple(re.compile(head) for head in ("解放区", "根据地", "苏区", "边区"))


def _plain_settlement(name: str) -> bool:
    return (not any(ch in NOT_IN_NAME for ch in name) and name not in place_lexicon()
            and not is_common_word(name, 300) and not any(name[k:] in place_lexicon() for k in range(1, len(name) - 1)))


def _ri_cue_ok(text: str, i: int) -> bool:
    """的 opens a village only after a bearing (汶山以北的X里, 西侧的X里, 附近的X里): elsewhere 的X里 is "in the X"."""
    return text[i - 1] != "的" or bool(_RI_BEARING_RE.search(text, max(0, i - 4), i - 1))


def _korean_village(name: str) -> bool:
    """X里 names a village: no function character, not a word jieba knows (余秋里, 马德里 …) and no word inside it
    (签到室里, 窑洞里, 田野里, 麦茬地里: 里 is "in")."""
    if any(ch in _NOT_IN_VILLAGE for ch in name) or name in place_lexicon() or name in word_info():
        return False
    stem, words = name[:-1], word_info()
    return not any(stem[i:j] in words for i in range(len(stem)) for j in range(i + 2, len(stem) + 1))


def find_settlement_battle_names(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in (m for anchor in _PLACE_BATTLE_ANCHORS for m in anchored_finditer(_PLACE_BATTLE_RE, text, anchor, 3)):
        name = m.group(1)
        for k in range(len(name) - 1):          # 发起上海战役: the longest known place at the end of the name
            if name[k:] in places:
                if text[m.start(1) + k - 1:m.start(1) + k] != "、":      # 长沙、衡阳会战: left to the event finder
                    out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-place-battle", 44))
                break
    for m in (m for anchor in _BASE_AREA_ANCHORS for m in anchored_finditer(_BASE_AREA_RE, text, anchor, 3)):
        name = m.group(1)
        for k in range(len(name) - 1):          # 转入苏中解放区: the longest known place at the end of the name
            if name[k:] in places:
                if name[k] in "东西南北" and text[m.start(1) + k - 1:m.start(1) + k] == "以":
                    continue                    # 铁路以西山区根据地: 以西 is a bearing, not 西山区 (auditzh38)
                if k and name[k:] in _BARE_DIRECTIONS:
                    break                       # 川西北根据地: the region is 川西北 (rule:region), not 西北
                end = m.end() if m.group(2) == "边区" else m.end(1)   # 中原解放区 → 中原 (zh12: the region only)
                out.append(Candidate(m.start(1) + k, end, "LOC", "rule:place-base-area", 33))
                break
    for m in anchored_finditer(_SEASON_CAMPAIGN_RE, text, _SEASON_CAMPAIGN_ANCHOR, 6):
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-season-campaign", 52))
    found = set()
    for m in (m for anchor in _SETTLEMENT_FIGHT_ANCHORS for m in anchored_finditer(_SETTLEMENT_FIGHT_RE, text, anchor, 5)):
        name = m.group(1)
        for k in range(len(name) - 2):      # 取得X大捷: the name may start after the verb
            if name[k] in NOT_IN_NAME:
                name = name[k + 1:]
        if len(name) >= 2 and _plain_settlement(name):
            found.add(name)
            if m.group(2) in _FIGHT_EVENT:
                out.append(Candidate(m.end(1) - len(name), m.end(), "EVENT", "rule:event-settlement-fight", 46))
    villages, korea = set(), None
    for m in (m for anchor in _RI_ANCHORS for m in anchored_finditer(_RI_VILLAGE_RE, text, anchor, 5)):
        # 围在X里: the village starts after a preposition inside the match, the first that gives a village
        start = next((i for i in range(m.start() + 1, m.end() - 2)
                      if text[i - 1] in _RI_BEFORE and _ri_cue_ok(text, i) and _korean_village(text[i:m.end()])), None)
        if start is None:
            continue
        if korea is None:
            korea = [k.start() for k in _KOREA_RE.finditer(text)]
        if any(abs(k - m.start()) <= _KOREA_REACH for k in korea):
            villages.add(text[start:m.end()])
            tail = _RI_LIST_RE.match(text, m.end())
            while tail is not None:         # 在X里和Y里、Z里: the villages listed after it
                if _korean_village(tail.group(1)):
                    villages.add(tail.group(1))
                tail = _RI_LIST_RE.match(text, tail.end())
    for m in anchored_finditer(_KOREA_CAMPAIGN_RE, text, _KOREA_CAMPAIGN_ANCHOR, 4):
        if korea is None:
            korea = [k.start() for k in _KOREA_RE.finditer(text)]
        if any(abs(k - m.start()) <= _KOREA_REACH for k in korea):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-korea-campaign", 46))
    for name in found:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-settlement-fight", 31))
    for name in villages:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-korean-village", 41))
    return out
