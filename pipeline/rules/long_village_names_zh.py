"""Villages named with four characters before their settlement word (GPE), in Chinese working text (session 27 audit of
memoirs, county histories and martyrs' biographies). Grammar; no list of names.

The village finders read a name of two or three characters before 村/庄/屯 (甲乙村, 甲乙丙屯); the North and Manchuria
name many villages with four (双顶子洼村, 小辛庄子村, 东大营子屯, 前马家沟村: a descriptive or bearing character and
a 子-name or a landform), and those were missed or cut to a lexicon name inside them (甲乙|口村 → GPE 甲乙). Here:

- Four Chinese characters right before 村 庄 屯 堡 or 寨, opening after a clause mark, a preposition or verb of place or
  a known place (place_stems_zh.opens_name: 进入驻地|甲乙丙丁村, 在|甲乙丙丁屯), are one GPE with the settlement word,
  where they have the shapes of such names: a bearing or size first (东 西 南 北 前 后 上 下 大 小 中 新 老) or 子 second
  or third.
- Not where the character before and the first one make a word (到达|甲乙丙村: the verb's 达 is outside; the three
  characters are the name, read by the other finders), where the first two are an ordinary word (驻地甲乙村, 进入甲乙村),
  where the name holds a function, unit or count character (place_stems_zh.NOT_IN_NAME), where its last character
  or two make an ordinary word with the settlement word (农村, 山村, 度假村), where the three characters after the
  first are a village the lexicon knows (大|柯楼坡村: that village, read by the gazetteer), or where the settlement
  word opens an ordinary word (村庄, 庄稼, 堡垒, 寨子; 村民 and 村人 are the villagers of the named village).

Priority 33: above the gazetteer (30) and the village frames (28-31) that read a shorter name inside, below the unit,
person and count finders. Cost: str.find of the five settlement words, a few slices where one is found.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, is_han, known_places
from pipeline.rules.place_stems_zh import NOT_IN_NAME, opens_name
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:long-village-name", 33
_HEADS = "村庄屯堡寨"
_VILLAGERS = ("村民", "村人", "庄人", "屯人")
# a four-character name opens with a bearing or a size (东大营子屯, 小辛庄子村, 前马家沟村) or holds a 子-name in its
# middle (双顶子洼村, 前荫子夼村)
_OPENING = frozenset("东西南北前后上下大小中新老")
# verbs of distance and naming, township words: 南距|甲乙村, 亦名|甲乙村, 乡|甲乙丙村 are no names
_NOT_IN_STEM = frozenset("距离去名称叫乡镇区县")


def find_long_village_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = None
    for head in _HEADS:
        for at in literal_positions(text, head):
            start = at - 4
            if start < 0 or not all(is_han(ch) for ch in text[start:at]):
                continue
            after = text[at:at + 2]
            if len(after) == 2 and after not in _VILLAGERS and is_common_word(after, 50):
                continue                            # 村庄, 庄稼, 堡垒, 寨子: no settlement word here
            stem = text[start:at]
            if not (stem[0] in _OPENING or "子" in stem[1:3]):
                continue                            # the shapes of four-character village names (above)
            if any(ch in NOT_IN_NAME or ch in _NOT_IN_STEM for ch in stem) or is_common_word(stem[:2], 50):
                continue
            if is_common_word(stem[-1] + head, 50) or is_common_word(stem[-2:] + head, 50) \
                    or is_common_word(text[start - 1:start + 1], 100):
                continue                            # 农村, 度假村; 到达|甲乙丙村
            places = places if places is not None else known_places()
            if stem[1:] + head in places or any(stem[:k] in places for k in (2, 3)) \
                    or not opens_name(text, start, places):
                continue
            out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY))
    return out
