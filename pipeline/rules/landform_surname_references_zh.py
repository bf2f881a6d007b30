"""Names read against a landform or a famous name's first character (session 19 round 2, r19zhnames): classes
seen on round 1's held-out passages.

1. A Japanese family name ending in a landform character (福岛, 小野, 吉川, 松岛: `japanese_surnames`, last
   character 岛 山 田 川 野 原 谷 泽 崎 冈 濑 …) read as a PERSON (guideline: a person's name without its post),
   not as an island or landform glued to the word before it (特务|X岛 is no LOC 特务X岛), where
   - a word that takes a person ends right before it (a post: 特务, 顾问, 参谋, 领事 …; 席间), then punctuation,
     等, a function character or a verb follows; or
   - a preposition that takes a person (由, 同, 与, 跟, 派, 命, 请 …) or nothing special comes before it and a verb
     of speech or action follows (说, 表示, 同意, 负责, 指挥 …), the name being no place the lexicons list when
     no post frames it (攻占福岛 stays a place) unless a one-character verb of speech follows (福田说: a place
     does not speak), and no Chinese surname right before it (张|小川说 is the name 张小川).
   Priority 43: above the readings that glue the post on (place-unfamiliar-landform 31) or run the name into the
   verb (rule:person 20, person-whole 42).
2. A bare surname standing for a person named by a LATE reader (`find_late_references`): the bare-surname
   reader (person_references.bare_surnames: same grammar, same guards) runs before the likeness reader, the
   fate and gloss lists, the rolls and bracket aliases, so `周某某来了。周当面拒绝` read 周某某 but not 周. Run again
   over every PERSON found so far, it adds the references to those names (priority 15, rule:person-reference,
   as the first pass), never a span the first pass already proposed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, surnames, verb_word
from pipeline.rules.person_references import bare_surnames, remembered
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-landform-surname", 43

_LANDFORM_LAST = "岛嶋山田川野原谷泽崎冈濑浦滨沼坂"
_LANDFORM_RE = re.compile(f"[{_LANDFORM_LAST}]")
# posts and words that take a person right after them
_POSTS = ("特务", "顾问", "参谋", "领事", "总领事", "公使", "大使", "武官", "翻译", "秘书", "记者", "机关长",
          "司令官", "特使", "代表", "教官", "军医", "间谍", "浪人", "商人", "首相", "外相", "陆相", "海相", "席间")
_POST_RE = re.compile("(?:%s)$" % "|".join(sorted(_POSTS, key=lambda w: (-len(w), w))))
# prepositions and verbs that take a person (a verb of speech or action must follow)
_TAKES_PERSON = set("由同与跟派命请令叫让被对向")
# verbs of speech and action right after a name
_SPEECH_ONE = set("说道问答称曰")
_SPEECH_WORDS = ("表示", "认为", "同意", "提出", "声称", "宣称", "回答", "告诉", "命令", "下令", "指挥", "负责",
                 "率领", "商议", "主持", "会见", "接见", "解释", "主张", "建议", "坚持", "反对", "赞成", "答应",
                 "拒绝", "承认", "威胁", "要求", "询问", "报告", "策划", "秘密", "亲自", "当即", "随即")
_NOT_SPEECH = ("说明", "说服", "说法", "道路", "问题", "答案", "称号", "道光")
# after a post-framed name: punctuation, 等, a function character (then anything)
_AFTER_POSTED = set("，。、；：！？,.;:!?）)」』”’—…等们的和与及也又便就即乃遂对向在到从于将把被曾已亦均皆都")


def _speech_after(text: str, end: int) -> bool:
    two = text[end:end + 2]
    if two in _NOT_SPEECH:
        return False
    return text[end:end + 1] in _SPEECH_ONE or two in _SPEECH_WORDS


@lru_cache(maxsize=1)
def _landform_surnames() -> frozenset[str]:
    return frozenset(name for name in japanese_surnames() if name[-1] in _LANDFORM_LAST and len(name) in (2, 3))


def find_landform_surnames(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    names = None
    for m in _LANDFORM_RE.finditer(text):
        end = m.end()
        if names is None:
            names = _landform_surnames()
        for size in (3, 2):
            start = end - size
            if start < 0 or text[start:end] not in names:
                continue
            posted = _POST_RE.search(text, max(0, start - 3), start) is not None
            after = text[end:end + 1]
            if posted and (not after or after in _AFTER_POSTED or _speech_after(text, end)
                           or verb_word(text[end:end + 2], 300)):
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
            before = text[start - 1:start]
            if _speech_after(text, end) and (before in _TAKES_PERSON
                                             or (text[start:end] not in known_places() or text[end:end + 1] in "说问答曰")
                                             and not (start and is_common_word(text[start - 1:start + 1], 100))
                                             and before not in surnames()[0]):   # 张|小川说: a Chinese name's tail
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
    return out


def find_late_references(text: str, found: list[Candidate]) -> list[Candidate]:
    persons = [(c.start, c.end) for c in found if c.label == "PERSON"]
    if not persons:
        return []
    known = {(c.start, c.end) for c in found if c.source == "rule:person-reference"}
    return [Candidate(s, e, "PERSON", "rule:person-reference", 15)
            for s, e in bare_surnames(text, persons + remembered(text)) if (s, e) not in known]
