"""Villages, ports and hills whose name opens with a numeral (session 31, w31zhgeo: cross-set reading of the GPE and
LOC the rules found nothing of; the shape recurs in twelve development sets written by different annotators).

Chinese names many small places with a number: 三间房, 二郎滩, 千金堡, 三江营, 八所港, 八股山, 九峰山, 一文字山, 三门江
(《中国地名通名》: a numeral as the first element of a 专名 is among the commonest name forms of villages and hills).
Every other finder keeps numerals out of a name (在三村, 到两个庄 are counts, not places), so such names are never
read. `find_numeral_place_names(text)` (working text, Simplified) proposes one where the words around say a place:

- a verb or preposition of place right before it (在 到 至 向 驻 住 往 经 从 由 于 抵 赴 入 进 占 克 攻 守 过 越 绕 登 达);
- the name: one numeral (一 … 十, 百, 千, 万), then one to three characters that are no numeral, measure word, unit
  or function word (三个村, 一座山, 两村: counts; a lone 大/小/新/老: 一小村), then a head of settlement or height (村 庄 屯 集 镇
  堡 寨 营 店 铺 坝 沟 塘 渡 埠 坪 圩 滩 港 房 街 桥 城 → GPE; 山 岭 峰 江 → LOC; not 湾, a bay as often as a village);
- the head closes the word (五间营房, 三江口渡河: 营房, 渡河 go on), the name and its last two characters are no
  ordinary word (一山村: 山村), and the name opens with no
  place the lexicons know (四川乐山 is a province and a town).

The distance-named villages (三里店, 十里铺) and the ordinal ones (三道沟) are local_places' and settlement_frames'.
Priority 31 (above the gazetteer's 30). Cost: one character-class scan for the numerals after a cue, a few
dictionary look-ups at each hit.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han, word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-numeral-name", 31
_NUMERALS = "一二三四五六七八九十百千万"
_CUES = "在到至向驻住往经从由于抵赴入进占克攻守过越绕登达"
_START_RE = re.compile(f"[{_CUES}][{_NUMERALS}]")
_SETTLEMENT_HEADS = frozenset("村庄屯集镇堡寨营店铺坝沟塘渡埠坪圩滩港房街桥城")
_HEIGHT_HEADS = frozenset("山岭峰江")
# no measure word, unit, time word, numeral or function word in the name after its numeral
_NOT_IN_STEM = frozenset("个座处条名人位只支匹辆架艘次回年月日天时分秒周岁里公米亩斤两片带层批路面方边侧线道"
                         "期届级等号成倍些点部所家团师旅营连排班队军纵兵多余几数第的了在和与及或这那其各每该"
                         "一二三四五六七八九十百千万零〇"
                         "乡县区市省州")   # an administrative suffix ends a name of its own (三溪乡|竹坪村: two places)
_NAMES = ("ns", "nr", "nz")    # jieba's tags of places, persons and other names: no ordinary word
_AFTER_OK = frozenset("上下的之以一两沿与和及等附中内外里时方地前后东西南北")


def _name_at(text: str, start: int) -> tuple[int, str] | None:
    """(end, label) of a numeral name opening at `start`: the shortest that ends in a head and closes its word."""
    lexicon = place_lexicon()
    for size in (3, 4, 5):
        end = start + size
        if end > len(text):
            return None
        ch = text[end - 1]
        if not is_han(ch):
            return None
        stem = text[start + 1:end - 1]
        if any(c in _NOT_IN_STEM for c in stem) or not all(is_han(c) for c in stem) or stem in ("大", "小", "新", "老"):
            return None     # 一小村, 一大山: an article and an adjective, no name
        if ch not in _SETTLEMENT_HEADS and ch not in _HEIGHT_HEADS:
            continue
        name = text[start:end]
        if name in lexicon or is_common_word(name, proper=_NAMES) or (is_common_word(name[-2:], proper=()) and name[-2:] not in lexicon) or any(text[start:start + k] in lexicon for k in (2, 3) if k < size):
            return None
        if end < len(text) and (text[end] in _SETTLEMENT_HEADS or is_han(text[end]) and text[end] not in _AFTER_OK
                                and word_info().get(text[end - 1:end + 1])):
            continue     # the head goes on into a word (营房, 渡河, 山区) or another head (竹坪村): a longer name may close
        return end, ("LOC" if ch in _HEIGHT_HEADS else "GPE")
    return None


def find_numeral_place_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _START_RE.finditer(text):
        start = m.start() + 1
        found = _name_at(text, start)
        if found is not None:
            out.append(Candidate(start, found[0], found[1], SOURCE, PRIORITY))
    return out
