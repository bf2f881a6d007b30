"""MIL_UNIT normalisation (Simplified Chinese working text).

The designation grammar (numbers, echelon words, qualifiers, named forces) is shared
by the finder (`pipeline.rules.units`) and the normaliser (normalize/unit_grammar.py).

`normalize_unit(span_text, left_context)` returns
``{"numbers", "echelon", "prefix", "side", "id"}``:

- one span may hold a *chain* (a unit written with its parents: 预十师28团,
  第104师团第161联队第3大队) or a *list* (第26、37、10军). ``numbers`` are all
  designation numbers in textual order ([10, 28]; [26, 37, 10]); ``echelon`` is
  the echelon word of the last (smallest) element, with 遣华 in 第2遣华舰队
  treated as a qualifier (echelon 舰队).
- ``prefix`` is the canonical qualifier (暂 → 暂编, 新 → 新编, 预 → 预备,
  歩兵 → 步兵). In a chain it is the first non-empty qualifier of its elements
  (预十师28团 → 预备); in a list the qualifier all items share ("" when the
  items differ: 58、72、暂2军 → ""); a qualifier written after the numbers
  (第5、第7独立混成旅团) applies to every item.
- ``side`` comes first from the span itself (a named force, 国民革命军…), then
  from a side word right before it (日军, 国军, 八路军, 美军…, optionally
  followed by 的/之), then from a qualifier or echelon that only one side uses
  (独立混成, 暂编; 师团, 联队, 方面军 → JP; a numbered 战区 → ROC); else None.
  中国/中方 before a unit are read as ROC (the pre-1949 army); 我军/敌军 are
  relative and give no side.
- ``id`` is ``side/echelon_key/number`` of the innermost unit when side and numbers are
  known, with a distinct qualifier folded into the key (暂编第十五军 →
  ``ROC/provisional_army/15``). A chain's parents do not enter the id
  (第二十八集团军暂编第十五军 → ``ROC/provisional_army/15``, 预十师28团 → ``ROC/regiment/28``),
  except for echelons numbered inside their parent (battalion, company, platoon), which keep
  the parent path (第161联队第3大队 → ``JP/regiment/161/battalion/3``). A list keeps a list id,
  ``side/key/n1+n2…`` (第26、37军 → ``ROC/army/26+37``; pipeline.link counts it as one
  mention of each member); a list whose items carry different qualifiers gives the member
  ids joined by commas (58、暂2军 → ``ROC/army/58,ROC/provisional_army/2``);
  a named force gives ``side/named/<canonical name>``; a code name gives its
  division (菊兵团 → ``JP/division/18``); ad-hoc formations (中央兵团) give None.
  A region-named military region (晋察冀军区) or an owned 总团/总队 (财政部税警总团) gives
  ``side/named/<name without its headquarters word>``; a 军区/军分区/野战军 without another side is CCP.
- a qualifier written before the first item of a list and on no other item applies to all
  (独立混成第2、第15旅团 → prefix 独立混成, ``JP/independent_mixed_brigade/2+15``).

This module holds the normalisation (sides, prefix, ids and designation keys); the designation grammar is
in normalize/unit_grammar.py and the reading of a span into its elements in normalize/unit_parse.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.unit_grammar import JP_ECHELONS, TO_STANDARD, alternation, echelon_key, patterns, prefixes, to_standard
from pipeline.normalize.unit_parse import standard_elements

# The grammar and the parser moved to unit_grammar.py and unit_parse.py; their names stay importable
# from here (pipeline.rules.unit_*, written_zh*, link.py and tests import them from this module).
from pipeline.normalize.unit_grammar import (  # noqa: F401
    BRANCH_ECHELONS, BRANCHES, CJK, CN_DIGITS, CN_NUM_VALUES, CORPS_HEADS, CORPS_QUALIFIERS, DIRECTIONAL, HEADS, HQ,
    LIST_CLOSE, LIST_START_BARE, LIST_START_DI, MAX_LIST, NOT_UNIT_ECHELONS, NUM, NUM_AR, NUM_CN, NUM_START,
    REGION_HEADS, N, TO_JAPANESE, code_names, echelons, named_units,
)
from pipeline.normalize.unit_parse import parse_elements, parse_number  # noqa: F401


# Words right before a unit that name its side (longest first when matching).
SIDE_WORDS = {
    "JP": ["日军", "日本", "日方", "日寇", "日本军", "日本陆军", "日本海军", "皇军", "侵华日军",
           "日本帝国陆军", "关东军", "支那派遣军", "中国派遣军"],
    "ROC": ["国军", "国民革命军", "国民党军", "国民政府军", "中国军队", "中国", "中方", "华军",
            "国府军", "中华民国"],
    "CCP": ["八路军", "新四军", "红军", "中共", "共军", "解放军", "人民解放军", "中共军队"],
    "US": ["美军", "美国", "美方", "美国陆军", "美国海军"],
    "UK": ["英军", "英国", "英方", "英印军"],
    "USSR": ["苏军", "苏联", "苏联红军", "苏俄", "苏方"],
    "COLLAB": ["伪军", "汪伪", "伪满", "皇协军"],
    "DE": ["德军", "德国"],
}
# One-character side abbreviations (日第11军, 美第14航空队): only after a boundary.
SIDE_CHARS = {"日": "JP", "美": "US", "英": "UK", "苏": "USSR", "德": "DE"}
_BOUNDARY_BEFORE_CHAR = set("，。、；：（）()「」“”《》 \n\t的之和与及")


@lru_cache(maxsize=1)
def _side_word_re() -> tuple[re.Pattern, dict[str, str]]:
    side_of = {w: side for side, words in SIDE_WORDS.items() for w in words}
    return re.compile(rf"(?:{alternation(side_of)})(?=[的之]?$)"), side_of


def side_from_context(left_context: str) -> str | None:
    """The side named by the words right before a unit (日军, 国军, 八路军的 …), or None."""
    ctx = left_context.rstrip()[-8:]
    word_re, side_of = _side_word_re()
    m = word_re.search(ctx)
    if m:
        return side_of[m.group(0)]
    if ctx.endswith(("的", "之")):
        ctx = ctx[:-1]
    if ctx and ctx[-1] in SIDE_CHARS and (len(ctx) == 1 or ctx[-2] in _BOUNDARY_BEFORE_CHAR):
        return SIDE_CHARS[ctx[-1]]
    return None


def side_from_start(span_text: str) -> str | None:
    """The side named by a country or side word a place-named formation starts with (苏联…)."""
    word_re, side_of = _side_word_re()
    for n in range(min(6, len(span_text)), 1, -1):
        if span_text[:n] in side_of:
            return side_of[span_text[:n]]
    return None


def _echelon_side(el: dict) -> str | None:
    if not el["numbers"]:
        return None
    if el["echelon"] in JP_ECHELONS:
        return "JP"
    if el["echelon"] == "战区" and el["numbers"]:
        return "ROC"
    return None


def _prefix_of(el: dict) -> str:
    table = prefixes()
    canon = {table[p]["canonical"] if p in table else p for p in el["pres"]}
    pre = canon.pop() if len(canon) == 1 else ""
    post = table[el["post"]]["canonical"] if el["post"] in table else el["post"]
    return pre + post


# Norms the MIL_UNIT finder has just computed, each kept for one more call with the same
# arguments (the normalise stage asks again for the same span and context).
_RECENT: dict[tuple[str, str, str], dict] = {}
_RECENT_MAX = 4096


def normalize_unit(span_text: str, left_context: str = "", right_context: str = "") -> dict:
    """numbers / echelon / prefix / side / id of a MIL_UNIT span (see module docstring).

    `right_context` (optional) supplies the echelon of a list written without one
    (第3、第13、第27，及…，共10个师团 → 师团).
    """
    key = (span_text, left_context, right_context)
    norm = _RECENT.pop(key, None)
    if norm is None:
        norm = _normalize_unit(span_text, left_context, right_context)
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        _RECENT[key] = norm
    return {**norm, "numbers": list(norm["numbers"])}


@lru_cache(maxsize=1)
def counted_echelon_re() -> re.Pattern:
    """个 and an echelon word (…及…，共10个师团): the echelon of a list written without one
    (compiled once: through re's cache of 512 it was compiled again whenever pushed out)."""
    return re.compile(rf"个({patterns()['echelon']})")


def _normalize_unit(span_text: str, left_context: str, right_context: str) -> dict:
    span_text = to_standard(span_text)
    elements = standard_elements(span_text)
    right_echelon = ""
    if elements and elements[-1]["kind"] == "echless" and right_context:
        m = counted_echelon_re().search(right_context)
        right_echelon = m.group(1).translate(TO_STANDARD) if m else ""
    norm = _normalize(span_text, side_from_context(left_context), right_echelon)
    return {**norm, "numbers": list(norm["numbers"])}


@lru_cache(maxsize=8192)
def _normalize(span_text: str, context_side: str | None, right_echelon: str) -> dict:
    elements = standard_elements(span_text)
    numbers = [n for el in elements for n in el["numbers"] if n is not None]
    last = elements[-1] if elements else None
    echelon = (last["echelon"] or right_echelon) if last else ""
    prefix = next((p for p in (_prefix_of(el) for el in elements) if p), "")
    if prefix == "边防" and span_text.startswith("边防") and span_text[:3] in named_units():
        prefix = ""     # 边防军第一师: 边防 names the army (边防军, 1919), no qualifier of the division

    side = next((el["side"] for el in elements if el["side"]), None) or context_side
    if side is None and last and last["kind"] == "head":
        side = side_from_start(span_text)      # 苏联航空志愿队, 美国远征军
    if side is None and any(el["echelon"] == "军分区" or (el["kind"] == "region" and el["echelon"] in ("军区", "野战军"))
                            or (el["kind"] == "numeric" and el["echelon"] == "野战军") for el in elements):
        # a chain under a base area's 军区/野战军 is the CCP's before any qualifier of its members says otherwise
        # (西北野战军新四旅16团: not the ROC's 新编 brigade); a numbered 野战军 (第二野战军) is the PLA's of 1949 (auditzh30)
        side = "CCP"
    if side is None:
        table = prefixes()
        # a Japanese qualifier (混成) says JP only with a Japanese echelon: 第16混成旅 is a Beiyang brigade
        side = next((table[p]["side"] for el in elements for p in el["pres"] + [el["post"]]
                     if p in table and table[p]["side"]
                     and not (table[p]["side"] == "JP" and el["echelon"] and el["echelon"] not in JP_ECHELONS)), None)
    if side is None:
        side = next((s for s in (_echelon_side(el) for el in elements) if s), None)
    if side is None and numbers and right_echelon in JP_ECHELONS:
        side = "JP"
    if side is None and any(el["echelon"] == "军分区" or (el["kind"] == "region" and el["echelon"] in ("军区", "野战军"))
                            for el in elements):
        side = "CCP"              # 军区/军分区 of the wartime base areas (晋察冀军区)

    key = designation_key_of(elements, echelon) if last and last["kind"] in ("numeric", "echless") else None
    unit_id = None
    if last and side:
        if last["kind"] == "named":
            unit_id = f"{side}/named/{last['name']}"
        elif last["kind"] == "code":
            div = last["division"]
            unit_id = "JP/named/近卫师团" if div == 0 else f"JP/division/{div}"
        elif key:
            unit_id = ",".join(f"{side}/{part}" for part in key.split(","))
        elif last["kind"] in ("head", "region", "corps"):
            unit_id = f"{side}/named/{last['name']}"
    return {"numbers": numbers, "echelon": echelon, "prefix": prefix, "side": side, "id": unit_id}


# Echelons numbered inside their parent (the 3rd Battalion of a regiment), not army-wide.
PARENT_NUMBERED_KEYS = {"battalion", "company", "platoon"}


def _own_key(el: dict, echelon: str) -> str | None:
    """echelon key of one numeric element with its distinct qualifier folded in (暂编第15军 →
    provisional_army); None for a list whose items carry different qualifiers."""
    key = echelon_key(echelon)
    table = prefixes()
    post = el["post"] if el["post"] in table and table[el["post"]]["distinct"] else ""
    item_keys = {table[p]["key"] if p in table and table[p]["distinct"] else "" for p in el["pres"]} or {""}
    if post:
        return f"{table[post]['key']}_{key}"
    if len(item_keys) > 1:
        return None
    own = item_keys.pop()
    return f"{own}_{key}" if own else key


def designation_key_of(elements, echelon: str) -> str | None:
    """Side-free id of the innermost unit of a numeric span (see module docstring).

    预十师28团 → regiment/28; 第二十八集团军暂编第十五军 → provisional_army/15 (the parent
    does not enter the id, so the unit links with or without it); an echelon numbered
    inside its parent keeps the parent path (第104师团第161联队第3大队 →
    regiment/161/battalion/3). A list gives one key with its numbers joined by + (army/26+37),
    or, when its items carry different qualifiers, the member keys joined by a comma.
    """
    last = elements[-1]
    numbers = [n for n in last["numbers"] if n is not None]
    if not numbers or not echelon:
        return None
    key = _own_key(last, echelon)
    if key is None:
        table = prefixes()
        base = echelon_key(echelon)
        parts = []
        for pre, n in zip(last["pres"], last["numbers"]):
            info = table.get(pre)
            parts.append(f"{info['key']}_{base}/{n}" if info and info["distinct"] else f"{base}/{n}")
        return ",".join(parts)
    own = f"{key}/{'+'.join(str(n) for n in numbers)}"
    if key in PARENT_NUMBERED_KEYS and len(numbers) == 1 and len(elements) > 1:
        parent = elements[-2]
        if parent["kind"] == "numeric" and len(parent["numbers"]) == 1 and parent["echelon"]:
            parent_key = designation_key_of(elements[:-1], parent["echelon"])
            if parent_key:
                return f"{parent_key}/{own}"
    return own


def designation_key(span_text: str) -> str | None:
    """The side-free id of a numbered MIL_UNIT span (provisional_army/15), or None."""
    span_text = to_standard(span_text)
    elements = standard_elements(span_text)
    if not elements or elements[-1]["kind"] not in ("numeric", "echless"):
        return None
    return designation_key_of(elements, elements[-1]["echelon"])
