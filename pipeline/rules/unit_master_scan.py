"""The first pass of the MIL_UNIT finder (pipeline.rules.units): one precompiled regex of every designation
form (`_master_re`: named forces, numbered designations, code names, direction-named formations, branches) and
the coordinated place-named area armies read back from each 方面军 (`_placelist_search`), their matches merged in
finditer order (`_master_matches`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import BRANCHES, MAX_LIST, TO_JAPANESE, code_names, named_units, patterns, prefixes
from pipeline.rules.scan import alternative_guard

CN_DIGITS = set("〇零一二三四五六七八九十百")


@lru_cache(maxsize=1)
def master_re() -> re.Pattern:
    p = patterns()
    first = set("0123456789０１２３４５６７８９第中左右东西南北") | CN_DIGITS
    first |= {w[0] for w in named_units()} | {w[0] for w in prefixes()} | set(code_names())
    first |= {w[0] for w in BRANCHES[3:-1].split("|")}
    first |= {c.translate(TO_JAPANESE) for c in first}
    first_class = "".join(sorted(re.escape(c) for c in first))
    # each alternative also carries its own first-character guard (scan.alternative_guard): the
    # designations open with look-behinds that would otherwise run at every position the outer
    # guard lets in, and re walks the trie of names branch by branch at a digit
    kinds = ("named", "numeric", "echless", "code", "directional", "branch")
    alternatives = "|".join(f"(?P<{kind}>{alternative_guard(p[kind])}{p[kind]})" for kind in kinds)
    return re.compile(f"(?=[{first_class}])(?:{alternatives})")


@lru_cache(maxsize=1)
def placelist_re() -> re.Pattern:
    return re.compile(f"(?P<placelist>{patterns()['placelist']})")


def master_matches(text: str):
    """The matches of (master | placelist) in finditer order: leftmost first, master on a tie.

    Kept as two regexes so the master's first-character look-ahead is not defeated by the
    placelist alternative (which can start at any CJK character)."""
    master = master_re()
    if "方面军" not in text:  # every placelist match ends in 方面军
        yield from master.finditer(text)
        return
    placelist = placelist_search
    pos = 0
    a = master.search(text, pos)
    b = placelist(text, pos)
    while a is not None or b is not None:
        if b is None or (a is not None and a.start() <= b.start()):
            hit = a
        else:
            hit = b
        yield hit
        pos = hit.end()
        if a is not None and a.start() < pos:
            a = master.search(text, pos)
        if b is not None and b.start() < pos:
            b = placelist(text, pos)


_PLACELIST_HEAD = "方面军"


def placelist_search(text: str, pos: int) -> re.Match | None:
    """`_placelist_re().search(text, pos)`, read back from each 方面军: a match is a chain of
    two-character names each followed by 、 (at most MAX_LIST), a last name and 方面军, so its
    possible starts lie every third character back from the head, and the leftmost is the end
    of the chain (a chain cannot cross another 方面军: none of its three characters is 、)."""
    head = text.find(_PLACELIST_HEAD, pos + 5)
    while head != -1:
        start, links = head - 2, 0
        if _two_cjk(text, start):
            while (links < MAX_LIST and start - 3 >= pos and text[start - 1] == "、"
                   and _two_cjk(text, start - 3)):
                start -= 3
                links += 1
        if links:
            return placelist_re().match(text, start)
        head = text.find(_PLACELIST_HEAD, head + 3)
    return None


def _two_cjk(text: str, at: int) -> bool:
    return at >= 0 and "\u4e00" <= text[at] <= "\u9fff" and "\u4e00" <= text[at + 1] <= "\u9fff"
