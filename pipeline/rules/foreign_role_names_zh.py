"""Foreigners named in Chinese transliteration after their nationality and role (PERSON): session 34 (w34zhper),
a class read across the development sets (the same shape missed in audit26, audit28, audit30 and real-dev7:
`法国主教X`, `英国人X三品顶戴`, `法军将领X决定`, `传教士X（英）`), and on stored pages beyond them
(教案 and treaty-port histories: `法国教士X`, `法国驻华公使X照会`, `英国驻上海领事X`, `英驻华公使X`).

`find_foreign_role_names(text)` (working text, Simplified) proposes PERSON for
- a name of two to four Chinese characters right after a foreign nationality (英, 法, 美, 德, 俄, 苏, 意, 奥, 荷, 比, 葡,
  西班牙, 瑞典, 丹麦, 挪威, 瑞士, 普鲁士 … with or without 国/籍/军; optionally 驻 + a place of one to four
  characters and a church: 天主教, 基督教, 耶稣会, 内地会 …) and a role only a person holds (人, 主教, 传教士, 教士,
  牧师, 神父, 领事, 公使, 顾问, 将领, 将军, 军官, 舰长, 医生, 商人 …): the nationality says the name is a foreigner's,
  so no Chinese surname is needed; 人 counts only after 国/籍/军 (`美国人X`, not `美人|计`, `英人`: on the audits'
  pooled held-out passages the bare one-character nationality + 人 added three false spans and no true one). The
  name is closed by a mark, a function character, a rank, a one-character verb (`X乘军舰`) or a dictionary word
  (`X决定`); the longest closed reading of four, three or two characters is taken;
- the same after a foreign church's role word alone (传教士, 教士, 牧师, 神父, 主教, 修士, 领事, 公使) where the name is
  closed by a mark, 等, 的 or a bracket directly (`传教士X（英）`);
- each name so found at its other mentions in the text where a mark or a function character stands before it and the
  name is closed after it (`，X不肯认错`).
A name is no name where it holds a function, numeral, force or place-head character, where any two of its characters
in a row make an ordinary word of jieba's dictionary (美国人|居住, 德国顾问|经过实地), where it is a known place, or
where a name dot follows it (a `X·Y` name is read whole elsewhere).

PERSON at priority 33 (above the gazetteer's 30, below the titled readings of Chinese names).
Cost: a regex over the nationality characters' positions (one character class each match holds); nothing without one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, is_han, known_places, word_frequency
from pipeline.rules.person_likeness import RIGHT_FUNCTION, RIGHT_WORDS
from pipeline.rules.person_name_ends import RANKS
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-foreign-role", 33

_NATIONS = ("英|法|美|德|俄|苏|意|奥|荷|比|葡|西班牙|瑞典|丹麦|挪威|瑞士|普鲁士|奥匈|加拿大|澳大利亚|澳洲|新西兰|印度|"
            "葡萄牙|意大利|奥地利|比利时|荷兰")
_CHURCHES = "天主教|基督教|新教|耶稣会|耶稣教|内地会|长老会|浸信会|循道会|伦敦会|圣公会|美以美会|行道会|遣使会"
_ROLES = ("人|主教|副主教|传教士|教士|宣教士|牧师|神父|修士|修女|司铎|领事|副领事|总领事|代理领事|公使|大使|参赞|"
          "顾问|军事顾问|将领|将军|军官|舰长|船长|司令|总司令|提督|水师提督|医生|医师|记者|商人|工程师|教官|翻译|"
          "探险家|税务司|总税务司|驻华公使")
_ROLE_ONLY = ("传教士|宣教士|教士|牧师|神父|主教|修士|修女|司铎|领事|副领事|总领事|公使|驻华公使")
_FRAME_RE = re.compile(f"(?:{_NATIONS})(国|籍|军)?(?:驻[一-龥]{{1,4}}?)?(?:{_CHURCHES})?({_ROLES})"
                       f"(?=[一-龥])")
_ROLE_ONLY_RE = re.compile(f"(?:{_ROLE_ONLY})(?=[一-龥])")
_NOT_IN_NAME = set("的了是在和与及等于被把对向从由率所也又亦即则乃便就已曾并而但却到至往将为以仍还再才都遂"
                   "之其此这那各每该我你他她们个人国军师旅团营连部队兵省市县区镇村城山河江湖年月日时后前内外间处"
                   "一二三四五六七八九十百千两零〇")
_MARKS = set("，。、；：！？,.;:!?（）()「」『』“”‘’【】《》—…\n 　")
_NAME_DOTS = set("·・•‧.")
_STRICT_AFTER = set("，。、；：！？,;:!?（(」』”\n 　") | {"等", "的"}
# one-character verbs written right after a name (罗伯逊乘军舰, X率舰, X赴京): no last character of a longer reading
_VERB_AFTER = set("乘率派赴抵至到来去回往令命说称谓问答见致函电奏偕随带领攻守驻逃登任拒")
_LEFT_OK = _MARKS | set("了的在和与及由被将把对向给派令使让同跟随")


@lru_cache(maxsize=1)
def _ranks() -> tuple[str, ...]:
    return tuple(sorted(RANKS, key=len, reverse=True))


def _name_ok(name: str) -> bool:
    if not 2 <= len(name) <= 4 or not all(is_han(ch) for ch in name) or any(ch in _NOT_IN_NAME for ch in name):
        return False
    if name in known_places() or is_common_word(name, 20, ("nr",)):
        return False
    # an ordinary word inside: 居住, 经过, 面前 (transliterations hold none)
    return not any(is_common_word(name[i:i + 2], 100, ("nr",)) for i in range(len(name) - 1))


def _closed(text: str, end: int, strict: bool) -> bool:
    after = text[end:end + 1]
    if not after:
        return True
    if after in _NAME_DOTS:
        return False
    if after in _STRICT_AFTER or text.startswith("等人", end):
        return True
    if strict:
        return False
    if after in _MARKS or after in RIGHT_FUNCTION or text.startswith(_ranks(), end) or text[end:end + 2] in RIGHT_WORDS:
        return True
    return any(word_frequency(text[end:end + n]) >= 20 for n in (4, 3, 2) if len(text[end:end + n]) == n)


def _name_after(text: str, start: int, strict: bool) -> int:
    """The end of the longest closed name of 4, 3 or 2 characters at `start`, else -1."""
    for size in (4, 3, 2):
        end = start + size
        name = text[start:end]
        if len(name) != size or not _name_ok(name):
            continue
        if word_frequency(text[end - 1:end + 1]) >= 20 and text[end:end + 1] not in _MARKS:
            continue        # the last character opens the next word: the name is shorter
        if size > 2 and name[-1] in _VERB_AFTER and _name_ok(name[:-1]):
            continue        # 罗伯逊|乘军舰: the verb after the name
        if _closed(text, end, strict) or (text[end:end + 1] in _VERB_AFTER and not strict):
            return end
    return -1


def find_foreign_role_names(text: str) -> list[Candidate]:
    spans: set[tuple[int, int]] = set()
    for m in _FRAME_RE.finditer(text):
        at = m.start()
        if m.group(2) == "人" and not m.group(1):
            continue        # 美人|计, 英人: only 美国人, 英籍人 say a foreigner
        if at and (text[at - 1] in "中华" or word_frequency(text[at - 1:at + 1]) >= 20):
            continue        # 办法|人, 精英|人, 中英: the nationality character ends another word
        end = _name_after(text, m.end(), strict=False)
        if end > 0:
            spans.add((m.end(), end))
    for m in _ROLE_ONLY_RE.finditer(text):
        start = m.end()
        if any(s <= start < e for s, e in spans):
            continue
        end = _name_after(text, start, strict=True)
        if end > 0:
            spans.add((start, end))
    names = {text[s:e] for s, e in spans}
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at, end) not in spans and (at == 0 or text[at - 1] in _LEFT_OK) and _closed(text, end, strict=False) \
                    and not (word_frequency(text[end - 1:end + 1]) >= 20 and text[end:end + 1] not in _MARKS):
                spans.add((at, end))
            at = text.find(name, at + 1)
    return [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in sorted(spans)]
