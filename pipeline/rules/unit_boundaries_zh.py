"""Unit span boundaries and short names (session 17 audit of MIL_UNIT boundaries, auditzh51).

Orders of battle and unit histories on forum, wiki and magazine pages showed three recurring boundary or miss
classes of Chinese MIL_UNIT that the word-level finders get wrong. `find_unit_boundaries(text)` (working text,
Simplified) proposes MIL_UNIT for:

- a numbered division with 第 before 从 (`第一二九师从七六九团抽调…`, `第三师从前线撤回`): jieba reads 师从 as the verb
  "study under", so the unit finder stops short or drops the unit; a person never follows an ordinal, so 第N师 is the
  unit, with the named force written right before it as its parent (`八路军第一二九师从…`, guideline 3: one span);
- every short name a text gives a force in brackets, also the second of two (`(简称“东进纵队”或“东纵”)`), and every
  later mention of such a short name in the text (`“东纵”刚成立时`), guideline: a short name given in brackets is a
  MIL_UNIT at every mention;
- the Nationalist army's designation abbreviations in Latin letters that Taiwanese and forum writers use
  (`18A` army, `88D` division, `4C` corps): a number of 1-3 digits glued to A/D/C between Chinese characters or
  brackets, on a page that writes at least two of them and names 军 or 师 (a lone `3D` or `4C` stays untagged);
- a function team written right after its unit (`红4师侦察队`, `X支队2纵队侦察队`, `第七旅特务大队警卫排`): one span
  (guideline 3, as `第五军军部特务营`), where the units finder's designation pieces end right before the team word;
- a military region, its sub-district written by a place name, then a numbered chain (`山东军区滨海4团1营3连`): one
  span (guideline 3, as `淮北军区宿东军分区`), where the two characters between are a gazetteer place.

Also in unit_forms_zh: 原 before a column's own name is the adverb "former", outside the span (`原青年纵队` →
`青年纵队`), not the surname of a commander naming his column.

Candidates are MIL_UNIT at 63 (above the unit finder at 60, the count rules at 61 and the designation frames at 62)
with numbers and echelon in the norm hint. Cost: str.find of 师从, 简称, 队/排/军区, and an ASCII capital after a digit; the units finder's piece
reader on a 30-character window before each team word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.units import parse_number
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

SOURCE = "rule:unit-boundary"
PRIORITY = 63
_CN = "〇零一二三四五六七八九十百"


@lru_cache(maxsize=1)
def _glued_from_re() -> re.Pattern:
    from pipeline.normalize.unit_grammar import named_units
    forces = sorted({k for k in named_units() if len(k) >= 3 and k.endswith("军")}, key=longest_first)
    parent = "|".join(map(re.escape, forces))
    return re.compile(rf"(?:{parent})?第([0-9]{{1,3}}|[{_CN}]{{1,4}})师(?=从)")


# (简称“东进纵队”或“东纵”), （简称"X"、"Y"）: every quoted or bare alternative in the bracket after a force head
_HEADS = "军|队|团|旅|师|纵队|支队|兵团"
_SHORT_BRACKET_RE = re.compile(rf"(?:{_HEADS})[”\"」]?[（(](?:以下)?简称([^（()）\n]{{2,30}})[）)]")
_SHORT_SPLIT = re.compile("或|、|和|及|，|,")
_SHORT_NAME = re.compile("[\u4e00-\u9fff]{2,6}")
# a later mention stands alone: after a quote, a mark or a function word, not inside a longer name (山|东纵|队)
_MENTION_BEFORE = set("“”\"「」（）()、，,。；;：: \n\t在由将被和与及的了是为向率从到把对以同随后前时即称原")
_MENTION_AFTER_BLOCK = set("队军团旅师营连")

# (not before an echelon word: 第304A师 is a lettered designation, unit_designation_frames_zh; r3zhunits)
_ABBREV_RE = re.compile(r"(?<![0-9A-Za-z.])([0-9]{1,3})([ADC])(?![0-9A-Za-z师旅团军联])")
_ABBREV_ECHELON = {"A": "军", "D": "师", "C": "军"}
_ABBREV_KEY = {"A": "army", "D": "division", "C": "corps"}
_ABBREV_BEFORE = set("（(、+，,。；：:与和及原为的")


def _glued_from(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_glued_from_re(), text):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                 {"unit_hint": {"numbers": [number], "echelon": "师", "prefix": ""}}))
    return out


def _short_names(text: str) -> list[Candidate]:
    out = []
    names = set()
    for m in literal_finditer(_SHORT_BRACKET_RE, text):
        items = [item.strip("“”\"「」 ") for item in _SHORT_SPLIT.split(m.group(1))]
        if all(_SHORT_NAME.fullmatch(item) for item in items):
            names.update(items)
    for name in sorted(names, key=longest_first):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if (not before or before in _MENTION_BEFORE) and after not in _MENTION_AFTER_BLOCK:
                out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY))
            start = text.find(name, end)
    return out


def _abbreviations(text: str) -> list[Candidate]:
    found = []
    for m in literal_finditer(_ABBREV_RE, text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if before and not ("\u4e00" <= before <= "\u9fff" or before in _ABBREV_BEFORE):
            continue
        if after and not ("\u4e00" <= after <= "\u9fff" or after in "（()）、+，,。；：:"):
            continue
        if text.startswith(("打印", "电影", "动画", "效果", "模型", "游戏", "眼镜"), m.end()):
            continue
        found.append(m)
    if len({m.group() for m in found}) < 2 or not any(m.group(2) in "AD" for m in found):
        return []
    out = []
    for m in found:
        number = int(m.group(1))
        if number == 0:
            continue
        # a span with Latin letters is normalised by the English layer: its reading goes in as the English hint
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                             {"en_hint": {"numbers": [number], "echelon": _ABBREV_ECHELON[m.group(2)],
                                          "echelon_key": _ABBREV_KEY[m.group(2)], "prefix": ""}}))
    return out


# a function team written right after its unit (红4师侦察队, X支队2纵队侦察队): one span (guideline 3)
_TEAM_RE = re.compile("(?:侦察|特务|警卫|通信|卫生|教导|工兵|机枪)(?:队|排)(?![长员部])")
# a military region, its sub-district written by place, then a numbered chain (山东军区滨海4团1营3连)
_REGION_GAP_RE = re.compile("军区([\u4e00-\u9fff]{2})(?=[0-9第])")


def _chain_before(text: str, at: int) -> int | None:
    """Start of the units finder's designation pieces that end exactly at `at`, merged back to back."""
    from pipeline.rules.units import unit_spans

    lo = max(0, at - 30)
    window = text[lo:at]
    start = last_end = None
    for a, b, _kind in unit_spans(window):
        start = start if start is not None and a == last_end else a
        last_end = b
    return lo + start if start is not None and last_end == len(window) else None


def _chain_after(text: str, at: int) -> int | None:
    """End of the units finder's designation pieces that start exactly at `at`, merged back to back."""
    from pipeline.rules.units import unit_spans

    end = None
    for a, b, _kind in unit_spans(text[at:at + 30]):
        if (end is None and a != 0) or (end is not None and a != end):
            break
        end = b
    return at + end if end is not None else None


def _teams_and_region_gaps(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    out = []
    for m in literal_finditer(_TEAM_RE, text):
        start = _chain_before(text, m.start())
        if start is not None and m.start() - start >= 2:
            out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY))
    if "军区" in text:
        for m in _REGION_GAP_RE.finditer(text):
            if m.group(1) not in place_lexicon():
                continue
            start, end = _chain_before(text, m.start(1)), _chain_after(text, m.end(1))
            if start is not None and end is not None:
                out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY))
    return out


def find_unit_boundaries(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "师从" in text:
        out += _glued_from(text)
    if "简称" in text:
        out += _short_names(text)
    if "队" in text or "排" in text or "军区" in text:
        out += _teams_and_region_gaps(text)
    if ("军" in text or "师" in text) and re.search("[0-9][ADC]", text):
        out += _abbreviations(text)
    return out
