"""The leader named in 在…带领下 (PERSON) (session 23, s23zhname).

- The leader of a body that acts under him: 在 + (a description) + NAME + (的) + 带领下 / 率领下 / 领导下 / 指挥下 /
  组织下 / 掩护下 / 帮助下 (`在侨胞甲乙丙带领下`, `在老党员甲乙丙的带领下`, `在甲乙的率领下`): memoirs,
  overseas-Chinese and martyr pages write who led a group so. The name is the surname-led Chinese name that ends
  right before the verb (person_name_ends.chinese_name_end from a surname two or three characters before it),
  the two characters before it no word of the description it follows would end in (the name reader's own
  tests); nothing is read where a pronoun, a body or a post stands there (在他的带领下, 在党的领导下, 在主席领导下).

PERSON at priority 33 (over the name readers' readings of the same characters). Cost: str.find of the leading verbs.
The verbs are written Simplified only: the finder reads the working text, which a Traditional page reaches
through OpenCC t2s.
"""

from __future__ import annotations

from pipeline.rules.names_common import known_places, surnames
from pipeline.rules.person_name_ends import chinese_name_end
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-led-by", 33
_LED = ("带领下", "率领下", "领导下", "指挥下", "组织下", "掩护下", "帮助下")


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
                    if chinese_name_end(text, start) == end and text[start:end] not in known_places():
                        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                        break
            at = text.find(verb, at + len(verb))
    return out


def find_led_by_names(text: str) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    return _led_names(text)
