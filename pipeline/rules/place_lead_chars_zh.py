"""A place chosen with the function word or verb before it: the word is trimmed off (GPE, LOC; session 31,
w31zhconf: cross-set reading of the development sets' place extents).

The finders of unfamiliar places (a clause-initial name before `、`/一带, a name after a known place, a landform or
pass after a verb, a bearing before a settlement) take the characters up to a settlement or landform head as the
name, and where nothing stops them a coverb, particle or verb written right before the name becomes its first
character: `始于建平之欧村` → 之欧村, `齐东入青城境` → 入青城, `，历山海关、熊岳` → 历山海关, `，辖白肯镇、东肯乡` → 辖白肯镇,
`，将桂口、虎爪一带` → 将桂口, `如长江上游` → 如长江, `在近香山海岸` → 近香山, `围攻盘踞关家垴的日军` → 盘踞关,
`负责守备昆仑关一带` → 备昆仑关, `经龙州北上南宁` → 上南宁 (nine development sets, different annotators, each reading
the place without the word; guideline 6 and 13: the name is the place's, the clause's word is outside it).
The readers are many, so the one test sits where their readings meet, like person_verb_ends_zh:
`trim_place_lead_chars(text, chosen)` (working text, Simplified; `chosen` the spans the reconcile stage kept) starts a
chosen GPE or LOC of three characters or more one or two characters later where

- its first character is a particle, coverb or one-character verb that opens no place name (LEAD_CHARS: 之 为 如 把
  辖 历 入 往 被 近 将, 将 not before 军: 将军楼 is a name); none of these starts a name of three characters or more in
  any development gold;
- its first two characters are a verb jieba knows (part of speech v, frequency 100 or more) that is no place of
  the lexicons (盘踞, 除掉, 开辟; not 开封 of 开封府, a place);
- or the character before it and its first character make such a verb or a verb of direction (守备, 北上, 南下).

A span the place lexicons list whole is never trimmed (如皋, 历城县, 将乐县, 上海), nor one whose rest would be shorter
than two characters. Cost: one pass over the chosen spans; set and dict look-ups only for the GPE/LOC ones.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import jieba_words
from pipeline.spans import Candidate

# particles, coverbs and one-character verbs of narrative that open no place name of three characters or more
LEAD_CHARS = frozenset("之为如把辖历入往被近将")
_PLACE_LABELS = ("GPE", "LOC")
_VERB_FREQ = 100
_PLAIN_FREQ = 50
# jieba tags of a word that is a verb here: v (守备, 盘踞) and the direction verbs it tags f (北上, 南下)
_DIRECTION_VERBS = frozenset(("北上", "南下", "东进", "西进", "北进", "南进"))


def _verb_word(word: str) -> bool:
    if word in _DIRECTION_VERBS:
        return True
    info = jieba_words().get(word)
    return bool(info) and info[0] >= _VERB_FREQ and info[1] == "v" and word not in place_lexicon()


def _lead_width(text: str, start: int, end: int, lexicon) -> int:
    """How many characters at `start` belong to the clause, not to the place [start, end) (0: none)."""
    first = text[start]
    if first in LEAD_CHARS and not (first == "将" and text[start + 1] == "军"):
        return 1
    if end - start >= 4 and _verb_word(text[start:start + 2]):
        return 2
    if start and _verb_word(text[start - 1:start + 1]) and text[start + 1:end] in lexicon:
        return 1      # 北上|南宁, 守备|昆仑关; not 解放|大陈列岛, 镇上|末村 (jieba's 放大, 镇上): the rest a known place
    return 0


def _plain_word(word: str) -> bool:
    """An ordinary word, no name: 企图, 碉堡 (之企图, 爆破碉堡 hold no place at all)."""
    info = jieba_words().get(word)
    return bool(info) and info[0] >= _PLAIN_FREQ and not info[1].startswith(("ns", "nr", "nz", "nt"))


def trim_place_lead_chars(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each GPE/LOC that starts with a clause's word started after it (dropped where the rest
    is an ordinary word)."""
    out = chosen
    lexicon = None
    drop = []
    for k, cand in enumerate(chosen):
        if cand.label not in _PLACE_LABELS or cand.end - cand.start < 3:
            continue
        if lexicon is None:
            lexicon = place_lexicon()
        if text[cand.start:cand.end] in lexicon:
            continue
        width = _lead_width(text, cand.start, cand.end, lexicon)
        if not width or cand.end - cand.start - width < 2:
            continue
        if out is chosen:
            out = list(chosen)
        rest = text[cand.start + width:cand.end]
        if rest not in lexicon and _plain_word(rest):
            drop.append(k)
        else:
            out[k] = replace(cand, start=cand.start + width)
    if drop:
        out = [c for k, c in enumerate(out) if k not in drop]
    return out
