"""Two frames that end a person's name where the readers ran past it or found none (PERSON) (session 23, s23zhname).

- The leader of a body that acts under him: 在 + (a description) + NAME + (的) + 带领下 / 率领下 / 领导下 / 指挥下 /
  组织下 / 掩护下 / 帮助下 (`在侨胞甲乙丙带领下`, `在老党员甲乙丙的带领下`, `在甲乙的率领下`): memoirs,
  overseas-Chinese and martyr pages write who led a group so. The name is the surname-led Chinese name that ends
  right before the verb (person_name_ends._chinese_name_end from a surname two or three characters before it),
  the two characters before it no word of the description it follows would end in (the name reader's own
  tests); nothing is read where a pronoun, a body or a post stands there (在他的带领下, 在党的领导下, 在主席领导下).
- A Japanese officer's family name (or full name) before his arm of service and rank, as Japanese writes it
  (`甲田工兵少尉`, `乙山步兵大佐`, `甲田一郎炮兵中尉`): the readers took the arm word into the name (甲田工兵).
  The family name is a known Japanese family name of two or three characters (surnames_jp*.txt) with up to two
  given characters; the arm is 步兵 骑兵 炮兵 工兵 辎重兵 宪兵 航空兵 (and their Traditional and Japanese forms);
  the rank one of the Japanese ranks from 大将 to 二等兵. The name is PERSON without arm and rank (guideline 1).

PERSON at priority 33: over the framed reading of the name reader (32) that takes the arm word in. Cost: str.find of the leading verbs and arm words.
"""

from __future__ import annotations

from pipeline.rules.names_common import japanese_surnames, known_places, surnames
from pipeline.rules.person_name_ends import _chinese_name_end
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-led-arm", 33
_LED = ("带领下", "率领下", "领导下", "指挥下", "组织下", "掩护下", "帮助下", "帶領下", "率領下", "領導下", "指揮下")
_ARMS = ("步兵", "骑兵", "騎兵", "炮兵", "砲兵", "工兵", "辎重兵", "輜重兵", "宪兵", "憲兵", "航空兵", "歩兵")
_JP_RANKS = ("大将", "中将", "少将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "准尉", "曹长", "军曹", "伍长",
             "上等兵", "一等兵", "二等兵", "大將", "中將", "少將", "曹長", "軍曹", "伍長")


def _led_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single = None
    for verb in _LED:
        at = text.find(verb)
        while at != -1:
            end = at - 1 if text[at - 1:at] == "的" else at
            zai = text.rfind("在", max(0, end - 12), end)
            if zai != -1 and not any(ch in "，,。；;：:、\n" for ch in text[zai:end]):
                if single is None:
                    single = surnames()[0]
                for size in (3, 2):
                    start = end - size
                    if start <= zai or text[start] not in single:
                        continue
                    if _chinese_name_end(text, start) == end and text[start:end] not in known_places():
                        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                        break
            at = text.find(verb, at + len(verb))
    return out


def _arm_ranked_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    family = None
    for arm in _ARMS:
        at = text.find(arm)
        while at != -1:
            if text.startswith(_JP_RANKS, at + len(arm)):
                if family is None:
                    family = japanese_surnames()
                for size in (5, 4, 3, 2):
                    start = at - size
                    if start < 0:
                        continue
                    name = text[start:at]
                    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                        continue
                    if any(name[:flen] in family and size - flen <= 2 for flen in (3, 2) if flen <= size) \
                            and name not in known_places():
                        if size > 2 and name[:2] not in family and name[:3] not in family:
                            continue
                        out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                        break
            at = text.find(arm, at + len(arm))
    return out


def find_led_and_arm_ranked_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    return _led_names(text) + _arm_ranked_names(text)
