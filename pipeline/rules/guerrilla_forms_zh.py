"""Forms of pages retelling the guerrilla war behind the lines, 1937-1949 (session 14 audit, auditzh24: news and
party-history sites' anniversary articles on base areas, militia mine warfare, sweeps and counter-sweeps).

- A mountain jieba's dictionary lists (part of speech `ns`, three characters ending in 山/岭/峰) whose last two
  characters are a gazetteer place is the mountain, not that place (`雾灵山` is no GPE 灵山 of Guangxi, `天马山` no
  天马): one LOC over the three characters (guideline 6: the place inside a longer name belongs to it). Not glued
  into a word before it (the character before and the first make no word) and not a compound surname's name
  (欧阳山, a writer). LOC at priority 34, above the gazetteer (30) and the base-area finder that reads a gazetteer
  tail (33: 雾灵山根据地 is no 灵山).
- A base area named by its mountain (`盆子山抗日根据地`, `X岭根据地`): the mountain alone is the LOC (as `井冈山根据地` →
  `井冈山`, the readings of session 8), where the base-area finder knows no place in the name: a three-character
  X山/X岭 after a word edge (punctuation, 的/在/到/对/向/从/入/进/和/与/及/了/是/为) or after a word (开辟|X山), its first
  two characters neither a stop character nor an ordinary word. LOC at priority 34 (above the finder that reads a gazetteer tail, 33).

- A list of places the text counts as strongpoints or spots (`收复甲庄、乙集两据点`, `设伏于甲村、乙店及丙湾三处`): the
  count says what the items are, as `以上N村` does for villages (counted_village_lists): with exactly N items of
  2-4 Chinese characters, joined by 、 (the last may be joined by 及/和/与) back to a clause mark or a verb of
  taking or attack, each → GPE at priority 35 (a village read as a person's name, 王铁炉, gives way).

- A name between a verb of appointing and the post (`任命X兼任政委`, `委任X担任大队长`, `任命X为队长`): a 2-3 character
  name opened by a surname, no ordinary word, is a PERSON at priority 32 (framed by a post, it outranks a gazetteer
  place inside the given name: 王屏东 is no 屏东, 赵长春 no 长春).

Cost: str.find of 山/岭/峰 heads for the dictionary mountains (a set look-up per hit) and of 根据地.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, surnames, word_info
from pipeline.rules.scan import literal_positions
from pipeline.segment import dictionary_table
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_HEADS = "山岭峰"
_EDGE = set("，。、；：！？,.;:!?（）()“”\"'‘’「」『』《》【】 \n\t\u3000—…的在到对向从入进和与及了是为")
_STOP = set("的了是和与及等被把对向从由在于经到至个这那其此该各每本位名一二三四五六七八九十百千万两几多们军师团旅营连"
            "排队部日月年县市省区乡镇村抗游击革命")
_QUALIFIERS = ("抗日", "游击", "革命")
# a name between a verb of appointing and its post: 任命X兼任政委, 委任X担任大队长
_APPOINTED_RE = re.compile("(?:任命|委任)([\u4e00-\u9fff]{2,3}?)(?:兼任|担任|兼|为)")
# a list of places the text counts as strongpoints or spots: X、Y两据点, X、Y及Z三处
_SMALL_NUMBERS = "二三四五六七八九"
_PLACE_COUNT_RE = re.compile("([两二三四五六七八九])(?:个|座)?(?:据点|处)")
_LIST_SEP = re.compile("、|及|和|与")
_LIST_BOUNDARY = set("，,。；;：:！？!?（）()“”\"「」\n")
# where the list's first item starts: after a verb of taking or attack, a preposition or a particle
_LIST_CUT = set("了的在于到至攻占打烧毁焚经过向从由将把被对是为有驻抵入往克复袭击围据守设辖拔取")   # 盆子山抗日根据地: a qualifier between the mountain and 根据地


@lru_cache(maxsize=1)
def _dictionary_mountains() -> frozenset[str]:
    return dictionary_table("dictmountains", _built_dictionary_mountains)   # kept between runs (session 34, w34speed)


def _built_dictionary_mountains() -> frozenset[str]:
    places = place_lexicon()
    _, compound = surnames()
    return frozenset(word for word, (_, pos) in word_info().items()
                     if pos == "ns" and len(word) == 3 and word[-1] in _HEADS and word[1:] in places
                     and word not in places and word[:2] not in compound)


def _mountains(text: str) -> list[Candidate]:
    out = []
    names = _dictionary_mountains()
    for head in _HEADS:
        if head not in text:
            continue
        for at in literal_positions(text, head):
            start = at - 2
            if start < 0 or text[start:at + 1] not in names:
                continue
            if start > 0 and is_common_word(text[start - 1:start + 1], 20):
                continue
            out.append(Candidate(start, at + 1, "LOC", "rule:loc-dictionary-mountain", 34))
    return out


def _mountain_base_areas(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "根据地"):
        qualifier = next((q for q in _QUALIFIERS if text.startswith(q, at - len(q))), "")
        name_end = at - len(qualifier)
        start = name_end - 3
        if start < 0 or text[name_end - 1] not in "山岭":
            continue
        name = text[start:name_end]
        if start > 0 and text[start - 1] not in _EDGE and not (start > 1 and is_common_word(text[start - 2:start], 200)):
            continue            # after a word edge or a word (开辟|X山根据地)
        if any(ch in _STOP or not "\u4e00" <= ch <= "\u9fff" for ch in name[:2]) or is_common_word(name[:2], 200) \
                or is_common_word(name, 1):
            continue
        out.append(Candidate(start, name_end, "LOC", "rule:loc-mountain-base-area", 34))
    return out


def _counted_places(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_PLACE_COUNT_RE, text):
        n = _SMALL_NUMBERS.index(m.group(1)) + 2 if m.group(1) != "两" else 2
        floor = max(0, m.start() - 40)
        start = m.start()
        while start > floor and text[start - 1] not in _LIST_BOUNDARY:
            start -= 1
        segment = text[start:m.start()]
        cut = max((i + 1 for i, ch in enumerate(segment) if ch in _LIST_CUT), default=0)
        start += cut
        if text[start:start + 2] in ("又修", "并修", "又筑", "并筑", "重修", "倡修"):
            start += 1
        if text[start:start + 1] in ("修", "筑") and place_lexicon().get(_LIST_SEP.split(text[start:m.start()])[0]) is None:
            start += 1      # ，修X、Y二处大路: the verb of building is outside the first place, unless 修水 … (s21zhprec)
        parts = _LIST_SEP.split(text[start:m.start()])
        if len(parts) != n or "、" not in text[start:m.start()]:
            continue
        pos, items = start, []
        for part in parts:
            if not 2 <= len(part) <= 4 or any(ch in _STOP or not "\u4e00" <= ch <= "\u9fff" for ch in part):
                items = []
                break
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        out += [Candidate(s, e, "LOC" if text[e - 1] in "山岭峰" else "GPE", "rule:place-counted-strongpoints", 35)
                for s, e in items]   # X山、Y岭四处高地: heights are LOC, as campaign_place_lists reads them (auditzh40)
    return out


def _appointed(text: str) -> list[Candidate]:
    out = []
    single, compound = surnames()
    for m in literal_finditer(_APPOINTED_RE, text):
        name = m.group(1)
        if not (name[0] in single or name[:2] in compound) or any(ch in _STOP for ch in name[1:]) \
                or is_common_word(name, 20) or is_common_word(name[:2], 200):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-appointed", 32))
    return out


def find_guerrilla_forms(text: str) -> list[Candidate]:
    """LOC candidates of dictionary mountains and mountain-named base areas, GPE candidates of counted places
    (see the module doc)."""
    out: list[Candidate] = []
    if "任命" in text or "委任" in text:
        out += _appointed(text)
    if "、" in text and ("处" in text or "据点" in text):
        out += _counted_places(text)
    if "山" in text or "岭" in text or "峰" in text:
        out += _mountains(text)
        if "根据地" in text:
            out += _mountain_base_areas(text)
    return out
