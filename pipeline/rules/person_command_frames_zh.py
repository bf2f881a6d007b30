"""Commanders read between their unit and 所部, after 另 or a command post, before 当局, and caption lines, in Chinese
working text.

`find_person_command_frames(text)` (PERSON):
- a commander between his unit and 所部 (第十五师X所部, 西北军第二混成旅X所部) or 部 after a numbered unit
  (粤军第一师X部);
- a name after 另 before a count or 率 (另X率一混成团, 另X一旅); a leader before 当局 (X当局);
- a name after a command post before what he does (司令官X亲自…, 总司令X曾…: transliterated and Japanese names
  included), not an adverb or verb phrase (司令官|意识到);
- a name alone on its line (a photo caption between paragraphs).
`_name_like` (also used by roc_memoir_forms_zh): could be a person's name.

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import among_posts, is_common_word, japanese_surnames, surnames, verb_headed, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百〇○"
_CN = "一两二三四五六七八九十"

# characters that never sit inside a name read by these rules
NOT_IN_NAME = set("的了是在和与及也都就被把将向由从对为以于而并或等所其该此这那率部军师旅团营兵队官令之个得取")


# 第十五师X所部 / 西北军第二混成旅X所部 / ，X所部: the commander between his unit (or a clause start) and 所部
_COMMANDER_OF_RE = re.compile(f"(?<=[师旅团军营队部,，、(（另])([{_CJK}]{{2,3}})所部")
# 粤军第一师X部: a commander's force after the unit he belongs to (a possessive 部, guideline 1)
_UNIT_THEN_LEADER_RE = re.compile(f"(?<=[{_NUM}][师旅团军])([{_CJK}]{{2,3}})部(?![队署分门长下属将位落])")
_COMMANDER_OF_ANCHOR = re.compile("所部")
_COMMANDER_OF_ANCHOR_PLAIN = re.compile("部(?![队署分门长下属将位落])")
# 另X率一混成团 / 另X一旅于…: a name after 另 before 率 or a count of formations
_BESIDES_RE = re.compile(
    f"另([{_CJK}]{{2,3}}?)(?=率|([{_CN}])((?:混成|独立)?[师旅团营])(?![长部属级]))")
_BESIDES_ANCHOR = re.compile("另")
# X当局: a leader's government (李某当局), not a place's (北京当局)
_AUTHORITIES_RE = re.compile(f"([{_CJK}]{{2,3}})当局")
_AUTHORITIES_ANCHOR = re.compile("当局")
# 司令官X亲自… / 总司令X曾…: a name after a command post, before what he does
_POST_NAME_RES = tuple(re.compile(
    f"{post}([{_CJK}]{{2,4}}?)(?=亲自|曾|率|下令|指挥|坐镇|飞临|赶到|认为|决定|[，,。；;])")
    for post in ("司令官", "总司令", "指挥官", "参谋长"))    # one literal start each: scanned in C
# 击败X部 / 歼灭X部主力: the leader whose force is defeated (a possessive 部, guideline 1)
_DEFEATED_FORCE_RE = re.compile(
    f"(?:击败|击溃|打败|打垮|歼灭|消灭|全歼|重创|收编|改编|围歼|追击|围攻|驱逐)([{_CJK}]{{2,3}}?)部(?![队署分门长下属将位落])")
_DEFEATED_FORCE_ANCHOR = re.compile("击败|击溃|打败|打垮|歼灭|消灭|全歼|重创|收编|改编|围歼|追击|围攻|驱逐")
# ，X率残部… / 。X率部…: a clause that starts with a name leading his force
_LEADS_RE = re.compile(f"(?:(?<=[，,。；;：:\n])|^)([{_CJK}]{{2,3}}?)(?:亲)?率(?:领)?(?:残部|部|所部|主力|全军|全师|本部)")
_LEADS_ANCHOR = re.compile("率(?:领)?(?:残部|部|所部|主力|全军|全师|本部)")
# 孙某、王某被俘 / X等阵亡: the names before a fate of war (captured, killed, surrendered)
_FATE_LIST_RE = re.compile(f"((?:[{_CJK}]{{2,3}}、){{0,4}}[{_CJK}]{{2,3}})(?:等人?|二人|三人|两人)?(?:均|都|先后|相继)?(?:被俘|阵亡|被击毙|毙命|投降|自杀|殉国|被捕)")
_FATE_ANCHORS = tuple(re.compile(w) for w in ("被俘", "阵亡", "被击毙", "毙命", "投降", "自杀", "殉国", "被捕"))
# a photo caption: a name alone on its line
_CAPTION_RE = re.compile(f"\n([{_CJK}]{{2,3}})(?=\n)")
_CAPTION_ANCHOR = re.compile("\n")


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single or name[:2] in japanese_surnames()


def _adverb_or_verb_phrase(name: str) -> bool:
    """黄司令官|错误地认为, 司令官|意识到: an ordinary word with a particle of manner or result after it (地/得/到/着/了)
    is what the commander did, not his name (auditzh26)."""
    return len(name) >= 3 and name[-1] in "地得到着了" and is_common_word(name[:-1], 300)


def name_like(name: str, surname: bool = True) -> bool:
    """Could be a person's name: no function character, not an ordinary word, not a place."""
    return (not any(ch in NOT_IN_NAME for ch in name) and not is_common_word(name, 300) and not verb_headed(name)
            and name not in place_lexicon() and (not surname or _has_surname(name)))


def find_person_command_frames(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_COMMANDER_OF_RE, text, _COMMANDER_OF_ANCHOR, 3):
        if name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-commander-of", 36))
    for m in anchored_finditer(_UNIT_THEN_LEADER_RE, text, _COMMANDER_OF_ANCHOR_PLAIN, 3):
        if name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-unit-then-leader", 34))
    for m in anchored_finditer(_BESIDES_RE, text, _BESIDES_ANCHOR, 0):
        if name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-besides", 36))
            if m.group(2):
                end = m.end(3)
                out.append(Candidate(m.start(2), end, "QUANTITY", "rule:quantity-formations", 41,
                                     norm={"value": parse_number(m.group(2)), "unit": m.group(3), "approx": None}))
    for m in anchored_finditer(_AUTHORITIES_RE, text, _AUTHORITIES_ANCHOR, 3):
        name = m.group(1)
        for k in range(len(name) - 1):      # 但X当局: the name starts after a function word or a non-letter
            part = name[k:]
            before = name[k - 1] if k else text[m.start(1) - 1:m.start(1)]
            if (not re.match(f"[{_CJK}]", before) or before in NOT_IN_NAME or before in "但而即") and name_like(part):
                out.append(Candidate(m.start(1) + k, m.end(1), "PERSON", "rule:person-authorities", 33))
                break
    for pattern in _POST_NAME_RES:
        for m in pattern.finditer(text):
            name = m.group(1)
            info = word_info().get(name)      # 该指挥官击毙: a verb after the post is no name (auditzh5)
            if name_like(name, surname=False) and not any(ch in "兼副总第本人" for ch in name) \
                    and not (info and info[1].startswith("v")) \
                    and not name.startswith("一") and not among_posts(name) \
                    and not _adverb_or_verb_phrase(name):      # 总司令一职: the post itself (auditzh6)
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-command-post", 22))
    for m in anchored_finditer(_DEFEATED_FORCE_RE, text, _DEFEATED_FORCE_ANCHOR, 0):
        if name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-defeated-force", 34))
    for m in anchored_finditer(_LEADS_RE, text, _LEADS_ANCHOR, 4):
        if name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-leads-force", 34))
    for m in (m for anchor in _FATE_ANCHORS for m in anchored_finditer(_FATE_LIST_RE, text, anchor, 20)):
        items, pos = [], m.start(1)
        for part in m.group(1).split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        if len(items) < 2:
            continue            # one name before 被俘 is left to the post and context rules (守军被俘, 全部被俘)
        first_start, first = items[0]
        for k in range(len(first) - 1):        # 守城的X、Y: the first name starts after a function character
            if k == 0 or first[k - 1] in NOT_IN_NAME:
                if name_like(first[k:]):
                    items[0] = (first_start + k, first[k:])
                    break
        if all(name_like(part) for _, part in items):
            out.extend(Candidate(start, start + len(part), "PERSON", "rule:person-fate-list", 34) for start, part in items)
    for m in anchored_finditer(_CAPTION_RE, text, _CAPTION_ANCHOR, 0):
        if name_like(m.group(1)) and not is_common_word(m.group(1), 1):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-caption-line", 19))
    return out
