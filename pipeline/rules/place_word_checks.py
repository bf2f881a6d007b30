"""Two checks of the place finder's lexicon matches against jieba's dictionary (pipeline.rules.places):
a name read out of a longer foreign name (佛罗里达|州 over 达州) or out of ordinary words (一马当先 over
马当, 渭北|平原 over 北平).

Moved out of places.py for speed, same answers: the two-character names (most matches) read their
windows without loops, and the ordinary words of three or four characters that no place bears are one
set, made once from the dictionary and the place lexicon (_plain_words).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.segment import dictionary_table


def inside_foreign_word(text: str, start: int, end: int, words: dict, lexicon: dict) -> bool:
    """A jieba name word crosses the match's left edge, ends inside it and is no known place
    itself: 佛罗里达|州 (佛罗里达 ns) over 达州 (`words`: jieba's, `lexicon`: the places')."""
    if end - start == 2:
        # words of three or four characters that cross the left edge and end inside a two-character
        # name end at its first character: [start-3, start+1) and [start-2, start+1)
        for a in (start - 3, start - 2):
            if a >= 0:
                word = text[a:start + 1]
                if word in words and word not in lexicon:
                    return True
        return False
    for a in range(max(0, start - 3), start):
        for b in range(max(start + 1, a + 3), min(end, a + 5)):   # words of three or four characters (the most it holds)
            word = text[a:b]
            if word in words and word not in lexicon:
                return True
    return False


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """jieba's words of three or four characters, of frequency 20 or more, not a place, person or
    brand name by part of speech (ns, nr, nz) and no name of the place lexicon."""
    return dictionary_table("plainwords", _built_plain_words)   # kept between runs (session 34, w34speed)


def _built_plain_words() -> frozenset[str]:
    from pipeline.normalize.places import place_lexicon
    from pipeline.segment import word_info

    lexicon = place_lexicon()
    return frozenset(word for word, (freq, tag) in word_info().items()
                     if len(word) >= 3 and freq >= 20 and tag[:2] not in ("ns", "nr", "nz") and word not in lexicon)


@lru_cache(maxsize=1)
def _place_tagged_phrases() -> frozenset[str]:
    """jieba's words of four characters, of frequency 20 or more, tagged ns but no name of the place lexicon, whose two
    middle characters are a lexicon name: set phrases and idioms (夕阳西下, 沿海地区, 东西南北, 河北平原, 一马平川), where
    the middle name (阳西, 海地, 西南, 北平, 马平) is no place. _plain_words leaves out ns words, and jieba tags these ns."""
    return dictionary_table("placephrases", _built_place_tagged_phrases)   # kept between runs (session 34, w34speed)


def _built_place_tagged_phrases() -> frozenset[str]:
    from pipeline.normalize.places import place_lexicon
    from pipeline.segment import word_info

    lexicon = place_lexicon()
    return frozenset(word for word, (freq, tag) in word_info().items()
                     if len(word) == 4 and freq >= 20 and tag[:2] == "ns" and word not in lexicon
                     and word[1:3] in lexicon)


# words of section or side opened by a bearing (西段, 北侧, 东端, 南翼, 西面, 北部, 东麓)
_SECTION_HEADS = frozenset("段侧端翼面部麓沿")


def _word_before(pair: str) -> bool:
    """Whether two characters (in either script) make a common word (證明 = 证明)."""
    from pipeline.link import to_simplified
    from pipeline.rules.names_common import is_common_word
    return is_common_word(to_simplified(pair), 100)


def inside_plain_word(text: str, start: int, end: int, name: str, words: dict, lexicon: dict,
                       own_plain: bool, district: bool) -> bool:
    """A two-character name read out of other words (session 7, zh11 precision audit): inside a longer
    ordinary word (一马当先 ⊃ 马当, idioms and set phrases jieba lists, not as a place), across the seam of
    two words that each carry one of its characters (渭北|平原 ⊃ 北平, both jieba words of some frequency,
    neither the name itself), or a reign title that is also a county before 年间 (咸丰年间). `own_plain`:
    the name is itself an ordinary word of 300 or more; `district`: a city district (places._name_facts)."""
    nxt = text[end:end + 1]
    if nxt == "年" and text.startswith("年间", end):
        return True
    if nxt == "纹" or nxt == "军" and name[-1] in "上下" and not text.startswith(("军民", "军区", "军事"), end):
        return True   # 云|龙纹, X龙纹瓶: a motif before 纹 (an object's decoration); 甲上军: a force named by its region,
        # the place belongs to the force or to nothing (r20zhplace)
    if nxt == "事" and name[-1] == "县" and start and (words.get(text[start - 1:start + 1]) or (0,))[0] >= 10:
        return True   # 代理|县事, 署理县事 ⊃ 理县: acting as the county's magistrate, no county (r20zhplace)
    if start >= 2 and text[start - 1] == "个" and text[start - 2] in "两一二三四五六七八九十几数多":
        return True   # 南北两个海口: a counted common noun, not the city
    if nxt == "派" and not text.startswith(("派遣", "派兵", "派出", "派往", "派员", "派人", "派来", "派去", "派驻"), end):
        return True   # 清流派: a faction named by a word, not the county
    if own_plain and start:
        wider = words.get(text[start - 1:end])
        if wider and wider[0] >= 20:
            return True   # 甬江入海口: a name that is also an ordinary word (海口 's'), and a word with the character before
    # the dictionary's words have two to four characters: those that hold the name and a character
    # or two before it are [start-2, end), [start-1, end) and [start-1, end+1)
    size = len(text)
    plain = _plain_words()
    if start >= 1 and (start >= 2 and text[start - 2:end] in plain or text[start - 1:end] in plain
                       or end < size and text[start - 1:end + 1] in plain):
        return True
    if start >= 1 and end < size and text[start - 1:end + 1] in _place_tagged_phrases():
        return True   # 夕阳|西下 ⊃ 阳西, 沿海|地区 ⊃ 海地: inside a set phrase jieba tags ns (prezh6)
    if start == 0 or end >= size:
        return False
    if district:
        seam = words.get(text[end - 1:end + 1])
        if seam and seam[0] >= 500:
            return True   # 朝天|空, 大东|亚: a city district's short name whose last character starts a common word
    left, right = words.get(text[start - 1:start + 1]), words.get(text[end - 1:end + 1])
    if name[-1] in "东西南北" and text[end:end + 1] in _SECTION_HEADS and left and left[0] >= 100 \
            and left[1][:1] == "n" and text[start - 1:start + 1] not in lexicon:
        return True   # 防线|西段, 阵地|北侧 ⊃ 线西, 地北: a noun ends on the name's first character and its bearing
        # opens a word of section or side (r20zhloc)
    if name == "海口" and (text.startswith(("中央", "内", "外"), end)
                          or start >= 2 and (text[start - 2:start] in lexicon or text[start - 3:start] in lexicon)):
        return True   # 某门|海口, 海口|中央: the sea mouth after a place's name or before a position word (r20zhloc)
    if name[0] == "城" and text[start - 1] in "据入弃守攻破围登出进回闭婴凭退" and right and right[0] >= 100:
        return True   # 据城|固守 ⊃ 城固: 城 the object of a one-character verb, the name's tail and the next
        # character a common word (固守): the city as a noun, no county (auditzh36)
    if text[start - 1] in "向往朝" and name[0] in "东西南北" and name[1] in "通延伸流走行去进":
        return True   # 向南|通至, 向北|流去 ⊃ 南通, 北流: a bearing and a verb of extent or motion, no city (auditzh32)
    if name[0] in "河江溪" and "\u4e00" <= text[start - 1] <= "\u9fff" and right and right[0] >= 300 \
            and right[1][:1] == "n" and text[end - 1:end + 1] not in lexicon:
        return True   # 黄河|源头, 某某河|源头 ⊃ 河源: a river's head character and a noun on the name's seam (s19zhloc)
    if name[-1] == "里" and left and left[0] >= 100 and left[1] in ("n", "v", "vn") \
            and text[start - 1:start + 1] not in lexicon:
        return True   # 坑道|里, 地道|里 ⊃ 道里: a noun and the postposition 里 ("in"), not Harbin's district (auditzh32)
    three = words.get(text[end - 1:end + 2])
    if left and left[0] >= 300 and three and three[0] >= 20 and three[1][:2] not in ("ns", "nr") \
            and text[start - 1:start + 1] not in lexicon:
        return True   # 组成|武工队 ⊃ 成武: a frequent word and a three-character word share the name's seam (auditzh13)
    if left and right and left[0] >= 1000 and left[1][:1] in ("f", "t") and right[0] >= 10 \
            and text[start - 1:start + 1] not in lexicon and text[end - 1:end + 1] not in lexicon \
            and not (start >= 2 and _word_before(text[start - 2:start])):
        return True   # 四品以上|高官 ⊃ 上高, 明清|国子监 ⊃ 清国: a very frequent word of position or time (以上, 明清) ends on
        # the name's first character and a word starts on its last (prezh7; not 当中|国军, 省长|沙地: nouns; not
        # 證明|日本本土: the left word is itself the tail of a word before it)
    return bool(left and right and left[0] >= 20 and right[0] >= 300
                and text[start - 1:start + 1] not in lexicon and text[end - 1:end + 1] not in lexicon)
