"""A MIL_UNIT span read into its elements (for normalize/units.py): `parse_number` (Arabic, full-width or
Chinese designation numbers), `parse_elements` / `standard_elements` (a chain or list split into elements,
parents first, each with its numbers, echelon, qualifiers written before and after, side and name: numeric,
named, code-named, direction-named, place-listed, headed, regional, owned and branch elements).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.unit_grammar import (
    BRANCHES, CN_NUM_VALUES, CORPS_QUALIFIERS, HEADS, HQ, LIST_CLOSE, NOT_UNIT_ECHELONS, NUM, REGION_HEADS,
    BRANCH_BEFORE_BINGTUAN, DIRECTIONAL_ECHELON, HEAD_ECHELONS, alternation, code_names, echelons,
    named_units, patterns, prefixes, to_standard,
)


@lru_cache(maxsize=1)
def _element_re() -> re.Pattern:
    p = patterns()
    return re.compile(
        f"(?P<named>{p['named']})|(?P<numeric>{p['numeric']})|(?P<code>{p['code']})"
        f"|(?P<directional>{p['directional']})|(?P<placelist>{p['placelist']})"
        f"|(?P<echless>第 ?{NUM}(?: ?、第 ?{NUM})*)|(?P<branch>{p['branch']})|(?P<head>{p['head']})"
        f"|(?P<region>{p['region']})|(?P<corps>{p['corps']})")


@lru_cache(maxsize=1)
def _suffix_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    p = patterns()
    ech_plain = alternation(w for w in echelons() if w not in NOT_UNIT_ECHELONS)
    return (re.compile(rf"(?:{ech_plain})$"), re.compile(rf"(?:{p['post']})$"),
            re.compile(rf"^(?P<pre>{p['pre']})?第?(?P<num>{NUM})$"), re.compile(f"{HQ}$"))


def parse_number(text: str) -> int | None:
    """Arabic, full-width or Chinese designation number → int (二十八 → 28, 一二九 → 129)."""
    if not text:
        return None
    if text[0].isdigit():
        try:
            return int(text)
        except ValueError:
            return None
    if "十" not in text and "百" not in text:
        value = 0
        for ch in text:
            if ch not in CN_NUM_VALUES:
                return None
            value = value * 10 + CN_NUM_VALUES[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in CN_NUM_VALUES:
            current = CN_NUM_VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# the body of a list without its closing count (第二十、第三十三个 → 第二十、第三十), read the way
# the finder reads it: the last number as long as it can be with a count still after it
_LIST_BODY_RE = re.compile(rf"(?P<body>.*?{NUM})(?:{LIST_CLOSE})?")

_ARM_CHARS = frozenset("骑炮砲步工")   # 骑兵团, 炮兵团, 步兵团, 工兵团 after a number
# regions naming the numbered Soviet fronts, before or after the number (远东第1方面军, 第1远东方面军); before a
# named fleet they name its station only (远东舰队, prefix "")
_FRONT_REGIONS = frozenset({"远东", "白俄罗斯", "乌克兰", "波罗的海"})


def _parse_numeric(text: str) -> dict:
    ech_re, post_re, item_re, hq_re = _suffix_res()
    text = text.replace(" ", "").replace("\n", "")
    body = text
    hm = hq_re.search(text)
    if hm and ech_re.search(text[: hm.start()]):
        body = text[: hm.start()]
    m = ech_re.search(body)
    echelon = m.group(0) if m else ""
    body = body[: len(body) - len(echelon)]
    if echelon in ("兵团", "兵団") and body[-1:] in _ARM_CHARS and body[-2:-1] not in ("", "第"):
        echelon, body = echelon[-1], body + "兵"     # 第5骑兵团: a cavalry regiment, not a 骑 corps (auditzh6)
    post = ""
    pm = post_re.search(body)
    if pm and pm.start() > 0 and not body[pm.start() - 1] in "第":
        post = pm.group(0)
        body = body[: pm.start()]
    lm = _LIST_BODY_RE.fullmatch(body)
    if lm:
        body = lm.group("body")
    numbers, pres = [], []
    for item in re.split("[、和及与]", body):
        im = item_re.match(item)
        if not im:
            continue
        n = parse_number(im.group("num"))
        if n is not None:
            numbers.append(n)
        pres.append(im.group("pre") or "")
    if len(pres) > 1 and pres[0] and not any(pres[1:]):
        pres = [pres[0]] * len(pres)   # 独立混成第2、第15旅团: the first item's qualifier is shared
    return {"kind": "numeric", "numbers": numbers, "echelon": echelon,
            "pres": pres, "post": post, "side": None, "name": None}


def parse_elements(span_text: str) -> list[dict]:
    """Split a MIL_UNIT span into its elements (parents first) with their parts."""
    return [dict(el) for el in standard_elements(to_standard(span_text))]


@lru_cache(maxsize=4096)
def standard_elements(span_text: str) -> tuple[dict, ...]:
    elements = []
    last_end = 0
    for m in _element_re().finditer(span_text):
        kind = m.lastgroup
        text = m.group(0)
        gap, last_end = span_text[last_end:m.start()], m.end()
        if kind == "numeric":
            elements.append(_parse_numeric(text))
            continue
        el = {"kind": kind, "numbers": [], "echelon": "", "pres": [], "post": "",
              "side": None, "name": text}
        if kind == "named":
            info = named_units()[_HQ_TAIL.sub("", text)]
            el.update(echelon=info["echelon"], side=info["side"], name=info["canonical"])
            qualifier = info["canonical"][: -len(info["echelon"])] if info["echelon"] else ""
            if (info["canonical"].endswith(info["echelon"]) and qualifier in prefixes()
                    and prefixes()[qualifier]["position"] != "post"    # 远东舰队: a region, not 第1远东方面军's
                    and qualifier not in _FRONT_REGIONS):
                el["pres"] = [qualifier]      # 近卫师团: the guards division, prefix 近卫
        elif kind in ("region", "corps"):
            name = _HQ_TAIL.sub("", text)
            head = re.search(f"{REGION_HEADS}$" if kind == "region" else "[总大中]?[团队旅]$", name).group(0)
            qualifier = re.search(f"{CORPS_QUALIFIERS}(?=[总大中]?[团队旅]$)", name) if kind == "corps" else None
            el.update(echelon=head, name=name, pres=[qualifier.group(0)] if qualifier else [])
        elif kind == "code":
            el["side"] = "JP"
            el["division"] = code_names()[text[0]]
            digits = re.findall("[0-9]+", text)
            el["echelon"] = "部队" if text.endswith("部队") else "兵团"
            el["numbers"] = [int(d) for d in digits]
        elif kind == "echless":
            el["numbers"] = [parse_number(x) for x in re.findall(NUM, text)]
            el["pres"] = ["" for _ in el["numbers"]]
        elif kind == "directional":
            el["echelon"] = DIRECTIONAL_ECHELON.search(_HQ_TAIL.sub("", text)).group(0)
        elif kind == "head":
            head = re.search(f"{HEADS}$", text).group(0)
            if head == "兵团" and text[-3:-2] in BRANCH_BEFORE_BINGTUAN and len(text) > 3:
                head = "团"                   # 鲁中军区炮兵团: a region's artillery regiment, not a 兵团 (auditzh16)
            el["echelon"] = head if head in HEAD_ECHELONS else "军" if head.endswith("军") else head
            qualifier = next((q for q in sorted(prefixes(), key=longest_first)
                              if text[: -len(head)].endswith(q) and len(q) < len(text) - len(head)), "")
            if qualifier:
                el["pres"] = [qualifier]      # 台湾混成旅团: prefix 混成
            if elements and _NAME_GAP.fullmatch(gap) and not _NOT_IN_NAME_GAP.intersection(gap):
                el["name"] = gap + text       # 某鲁东抗日游击队第八支队: a name longer than the head pattern reaches
        elif kind == "branch":
            qualifier = re.match(BRANCHES, text).group(0)
            el.update(echelon=text[len(qualifier):], pres=[qualifier], name=None)
        elif kind == "placelist":
            el["echelon"] = "方面军"
        elements.append(el)
    return tuple(elements)


_HQ_TAIL = re.compile(f"{HQ}$")
# characters between two elements that belong to the second's name (a place of one to four characters), not a
# word joining two units (、 和 与 及 的 之 所 属 部)
_NAME_GAP = re.compile(r"[\u4e00-\u9fff]{1,4}")
_NOT_IN_NAME_GAP = set("、和与及的之所属部")
