"""Forms of popular retellings of the civil war of 1945-1949 (session 14 audit, auditzh26: 今日头条/网易号/百家号
articles and forum posts on the Huaihai, Luoyang and Shandong campaigns, often typed with ASCII punctuation).

- A village the narrator introduces by its name (`兵团部驻在一个叫某集的小村子里`, `一座名叫某庄的村庄`): the name between
  a counted 叫/名叫/叫做/名为 and 的 + a word for a village, hamlet or small town is a settlement (GPE, guideline 6's
  village), at priority 34 (above a person's name the characters could be read as, 孟集, and the gazetteer, 30). The
  name is 2-4 Chinese characters, no ordinary word (叫什么的村子) and no negation (叫不出名字的村子).
- Rivers listed together (`北淝河、涡河`, `某江和湘江`): where one item of `X河、Y河` (or 和/与/及) is a river the place
  lexicon knows (LOC), an unfamiliar partner ending in the same kind of head (河 or 江) is a river too (LOC, priority
  31). Its name starts after a clause mark, a particle or an ordinary word (而且|北淝河) and holds no function character.
- A bare magnitude with 余 counting the men a fight took (`被俘千余,`, `俘敌万余。`): after a verb of capture, killing or loss
  and before a clause mark, `百余`/`千余`/`万余` is a bare count (guideline 9: a bare count that clearly counts people is
  tagged; value 100/1000/10000, unit "", approx over), as `三百余` already is. QUANTITY at priority 40.

Cost: str.find of 叫/名为, of the river heads and of 余; nothing runs on texts without them.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_finditer, rare_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NAMED_VILLAGE_RE = re.compile(
    f"(?:个|座|处)(?:名叫|叫做|叫作|名为|叫)([{_CJK}]{{2,4}}?)的(?:小)?(?:村子|村庄|村落|山村|小村|村|集镇|小镇|镇子|庄子|寨子|集子)")
_NOT_IN_VILLAGE = set("不没什么啥那这人的了是")
_RIVER_HEADS = "河江"
_JOINS = "、和与及"
# a river head right before a join (河、, 江和): where a listed river may end
_RIVER_JOIN_RE = re.compile(f"[{_RIVER_HEADS}](?=[{_JOINS}])")
_NOT_IN_RIVER = set("的了在是和与及从向到过沿渡被把将对为一有")
_ITEM_LEFT = set("，,。；;：:、！？!?（）()“”\"「」 \n的了在从向到过沿渡和与及越跨有")


def _named_villages(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_NAMED_VILLAGE_RE, text):
        name = m.group(1)
        if any(ch in _NOT_IN_VILLAGE for ch in name) or is_common_word(name, 50):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-named-village", 34))
    return out


def _item_start(text: str, head: int) -> int | None:
    """Start of a river's name ending with the head at `head` (2-4 characters with the head), or None."""
    for size in (2, 3, 4):
        start = head + 1 - size
        if start < 0:
            break
        stem = text[start:head]
        if not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_RIVER for ch in stem):
            break
        if start == 0 or text[start - 1] in _ITEM_LEFT or is_common_word(text[max(0, start - 2):start], 100):
            return start
    return None


def _listed_rivers(text: str) -> list[Candidate]:
    places = place_lexicon()
    heads = [m.start() for m in literal_finditer(_RIVER_JOIN_RE, text)]
    out = []
    for head in heads:
        start = _item_start(text, head)
        if start is None:
            continue
        # the partner after the join: its head is the next river head within four characters
        nxt = next((j for j in range(head + 3, min(len(text), head + 6)) if text[j] == text[head]), None)
        if nxt is None:
            continue
        first, second = text[start:head + 1], text[head + 2:nxt + 1]
        if not all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_RIVER for ch in second[:-1]):
            continue
        for name, pos, partner in ((first, start, second), (second, head + 2, first)):
            entry, known = places.get(name), places.get(partner)
            if entry is None and known is not None and known.label == "LOC" and not is_common_word(name, 50):
                out.append(Candidate(pos, pos + len(name), "LOC", "rule:loc-listed-river", 31))
    return out


_BARE_MAGNITUDE_RE = re.compile(
    "(?:被俘|生俘|俘敌|俘虏|俘获|毙敌|毙伤|歼敌|伤亡|击毙|阵亡|投诚|歼灭)([百千万]余)(?=[，,。；;！!？?、）)\\n]|$)")
_MAGNITUDES = {"百": 100, "千": 1000, "万": 10000}


def _bare_magnitudes(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-bare-magnitude", 40,
                      norm={"value": _MAGNITUDES[m.group(1)[0]], "unit": "", "approx": "over"})
            for m in literal_finditer(_BARE_MAGNITUDE_RE, text)]


def find_civil_war_forms(text: str) -> list[Candidate]:
    out = []
    if "叫" in text or "名为" in text:
        out += _named_villages(text)
    if "河" in text or "江" in text:
        out += _listed_rivers(text)
    if "余" in text:
        out += _bare_magnitudes(text)
    return out
