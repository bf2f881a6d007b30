"""River mouths and harbours written as <name>江口 / <name>海口 / <name>河口 / <name>湖口 (session 10 audit).

Four county-level places are named 江口, 海口, 河口 and 湖口, and the gazetteer finds them inside every
longer word that ends in a river mouth: 甬江口 (the mouth of the Yong river) reads as 甬 + GPE 江口,
镇海口 (the harbour of Zhenhai) as 镇 + GPE 海口. Encyclopedia pages on coastal and river wars (the Opium
Wars, the Sino-French War, river crossings) write such mouths often. `find_water_mouths(text)`
(working text, Simplified) proposes, where a Chinese character stands right before the mouth:

- GPE for the county or city the two characters before 口 name (镇海口 → 镇海: the gazetteer knows it
  with or without 县/区/市), priority 31, so it outranks the county 海口 inside it;
- LOC for a river named by one character and 江/河 (甬江口 → 甬江, 瓯河口 → 瓯河), priority 31, unless
  the two characters are an ordinary word (入海口, 出海口, 渡江, 过河) or the character before is a
  function word or a verb of crossing.

Four str.find scans for the literal words; each hit reads two characters.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.spans import Candidate

SOURCE = "rule:water-mouth"
PRIORITY = 31           # above the gazetteer (30): the place before the mouth, not the county inside it
_MOUTHS = ("江口", "河口", "海口", "湖口")
_TAILS = ("", "县", "区", "市")
# characters that never open a river's one-character name: function words, verbs of crossing/going,
# numerals, directions, sizes
_NOT_STEM = frozenset(
    "的了和与及或在于向从自至到往由经沿过渡入出进临靠近抵达跨越顺逆把被将对为以其之这那此该各每某"
    "一二三四五六七八九十百千万两几数上下左右前后里外内中东西南北大小长宽深新旧老本全")


def find_water_mouths(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "口" not in text:
        return out
    lexicon = place_lexicon()
    for mouth in _MOUTHS:
        at = text.find(mouth)
        while at != -1:
            if at >= 1:
                cand = _before_mouth(text, at, mouth, lexicon)
                if cand is not None:
                    out.append(cand)
            at = text.find(mouth, at + 2)
    return out


def _before_mouth(text: str, at: int, mouth: str, lexicon) -> Candidate | None:
    stem = text[at - 1]
    if not "\u4e00" <= stem <= "\u9fff" or stem == mouth[0]:
        return None          # 临津江江口: the mouth of a river named in full (X江 + 江口), no river 江江 (auditzh8)
    name = stem + mouth[0]
    longer = text[at - 2:at + 1] if at >= 2 else ""
    if longer and (longer in lexicon or is_common_word(longer, 1)):
        return None          # 鄱阳湖口: the lake 鄱阳湖 (its own finders), not a county 阳湖
    entry = lexicon.get(name)
    if entry is not None and entry.label == "LOC":
        return None          # 长江口, 闽江口: the river is the lexicon's already
    if any(name + tail in lexicon for tail in _TAILS):
        return Candidate(at - 1, at + 1, "GPE", SOURCE, PRIORITY)            # 镇海口 → 镇海, 九江口 → 九江
    info = word_info().get(name)
    if stem in _NOT_STEM or mouth[0] not in "江河" or info and info[0] >= 1 and not info[1].startswith("ns"):
        return None          # 入海口, 渡江, 过河: an ordinary word, no river's name
    if at >= 2 and is_common_word(text[at - 2:at], 100):
        return None          # a two-character word ends right before 江: its 江 is no river's name
    return Candidate(at - 1, at + 1, "LOC", SOURCE, PRIORITY)                 # 甬江口 → 甬江
