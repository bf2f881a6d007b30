"""Rivers, lakes, bays, islands, heights and river mouths named after a settlement, in Chinese working text
(session 27, s27zhprec: label audit of gazetteers, memoirs, forums and news features, 1840-1979).

Chinese names a water or a height after the town or county it runs by more often than by a name of its own
(通名 after a 专名 that is the settlement's: 《中国地名通名》 lists 河/江/湖/湾/岛/山/口 as natural-feature heads
written after any proper name). Where the gazetteer knows the settlement and the text writes a landform head right
after it that closes the word, the whole is the landform (LOC), not the settlement plus a stray character
(contract: LOC a river, mountain, island, sea; guideline: only the longest unit of meaning is tagged):

- `渡过甲乙河`, `甲乙河上`, `在甲乙口登陆`, `封锁甲乙湾`, `甲乙岛以东`, `与甲乙山之间` → LOC over the settlement and its head,
  where the settlement is a GPE of the place lexicons of 2-4 characters.
- Not after a country (`锡兰山`, the Ming name of a state), nor a known river, region or mountain before the head: a river's mouth (`甲江口`) stays the river (the development
  sets split on it, tests/test_audit_encyclopedia_zh reads `瓯江|口`).

Tests (the word closes): the head's next character is a mark, a space, the end, or a word of place or link
(上 下 的 之 以 一 两 沿 与 和 及 等 附 流 中 内 外 里 时; not 岸, 边, 畔: `甲乙河岸`, `甲乙江边` are the settlement's
riverside, the place being the settlement; not 等地/等处/等村 …, a list closed as settlements); not where the head and what follows start another
place (甲乙河南: 河南 the province; 甲乙湖口: 湖口 the county), nor where the head starts an area word (山区, 山地 …: the
settlement's area, left to the place finders). The settlement opens after a mark, a function character or verb of
place (在 于 至 到 过 渡 沿 从 向 经 入 出 临 濒 的 之 了 、 和 与 及), a two-character verb jieba knows, or a known place
(an address chain: 上海吴淞口). A verb may follow the head where the two make no word (在甲乙口登陆; not 口述). The whole is no name the lexicons know (they tag it).

Priority 32 (above the gazetteer's 30 and the landform guesses' 31, below the settlement frames of 33: `驻在甲乙山的某师`
is the town the unit lies in, rules/county_seat_township_forms_zh; below units, dates and events).
Cost: one character-class scan for the seven heads (str-level, rare_finditer), a few dictionary look-ups at each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import RIVER_CONTEXT_BEFORE
from pipeline.rules.names_common import is_han, plain_word, verb_word
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:settlement-named-landform", 32
_HEAD_RE = re.compile("[河江湖口湾岛山]")
_AFTER = frozenset("上下的之以一两沿与和及等附流中内外里时")
# a list closed as settlements (甲乙、丙丁河等地出发: the list finders' towns, tests/test_real4_zh)
_SETTLEMENT_CLOSER = re.compile("等(?:地|处|村|镇|乡|城|县|据点)")
_BEFORE = frozenset("在于至到过渡沿从向经入出临濒的之了、和与及")
# verbs of crossing and holding jieba does not tag as verbs (封锁 is read as a name, 越过 as an adverb)
_VERBS_BEFORE = frozenset(RIVER_CONTEXT_BEFORE) | frozenset(("封锁", "扼守", "控制", "进抵", "直抵", "抵达"))


def _opens(text: str, start: int) -> bool:
    """A word starts at `start`: after a mark, a function character or verb of place, a verb, or a known place."""
    if start == 0 or not is_han(text[start - 1]) or text[start - 1] in _BEFORE:
        return True
    if start >= 2 and (verb_word(text[start - 2:start], 100) or text[start - 2:start] in _VERBS_BEFORE):
        return True
    lexicon = place_lexicon()
    return any(text[max(0, start - k):start] in lexicon for k in (2, 3))


def _closes(text: str, end: int) -> bool:
    """The word ends at `end`: a mark or a word of place or link follows, and no other place starts at the head."""
    if end >= len(text) or not is_han(text[end]):
        return True
    if text[end] in _AFTER:
        return not _SETTLEMENT_CLOSER.match(text, end)
    # a verb right after the head (在甲乙口登陆), where the head and the next character make no word (口述, 山歌)
    return verb_word(text[end:end + 2], 100) and not plain_word(text[end - 1:end + 1], 100)


def find_settlement_named_landforms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    lexicon = place_lexicon()
    for hit in rare_finditer(_HEAD_RE, text):
        head = hit.start()
        end = head + 1
        if head < 2 or not _closes(text, end):
            continue
        if text[head:head + 2] in lexicon or text[head:head + 3] in lexicon:
            continue                      # 甲乙|河南, 甲乙|湖口: the head opens another place
        for size in (4, 3, 2):
            start = head - size
            if start < 0:
                continue
            stem = text[start:head]
            entry = lexicon.get(stem)
            if entry is None:
                continue
            name = text[start:end]
            if name in lexicon:
                break                     # a name the lexicons know: theirs
            if entry.label != "GPE" or entry.kind == "country":   # 锡兰山: a Ming name of a state, no landform
                break                     # a river, region or mountain before a head: 瓯江|口 keeps the river (its mouth
                #                           is read as the river by the sets and tests/test_audit_encyclopedia_zh)
            if not _opens(text, start):
                continue
            out.append(Candidate(start, end, "LOC", SOURCE, PRIORITY))
            break
    return out
