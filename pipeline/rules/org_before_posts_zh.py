"""Organisations glued to the post after them, in Chinese working text.

`find_orgs_before_posts(text)` (ORG): a body of the organisation lexicon glued to the post after it (中共中央主席,
国务院总理: the post outside, as 青海省政府 + 主席; a ministry + 长 stays a post, orgs.py), with a place's government
written right before it (某省政府|某委员会委员: one ORG to the longest unit) and a place that owns it (某省政协).

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

from pipeline.rules.names_common import org_lexicon, known_places
from pipeline.rules.scan import LazyPattern as _lazy
from pipeline.spans import Candidate

_POSTS = "主席|副主席|总理|副总理|委员长|副委员长|总书记|第一书记|书记|秘书长|主任|委员"
_POST_RE = _lazy(f"(?:{_POSTS})")

_LONGER_NAME_QUALIFIERS = ("革命", "人民", "抗日", "民主")


def find_orgs_before_posts(text: str) -> list[Candidate]:
    """An organisation of the lexicon glued to the post after it: 中共中央主席 → the body (a ministry + 长,
    外交部长, stays a post: orgs.py).
    Found from the posts: the text before each is looked up in the lexicon's forms (no second scan)."""
    out: list[Candidate] = []
    forms = org_lexicon()[0]
    for post in _POST_RE.finditer(text):
        pos = post.start()
        for size in range(12, 1, -1):
            name = text[pos - size:pos] if pos >= size else ""
            if name in forms and not name.endswith("部"):    # 政治部主任: a post of its unit, not a body
                if text.endswith(_LONGER_NAME_QUALIFIERS, 0, pos - size):
                    break   # 某某革命军事委员会主席: a longer body's name, the organisation finder reads it
                start = pos - size
                if name in _PLACE_OWNED:     # 四川省政协副主席: the place owns the body (orgs.py reads 某县政协 so)
                    places = known_places()
                    start -= next((k for k in (4, 3, 2) if start >= k and text[start - k:start] in places), 0)
                start = _parent_government_start(text, start)
                out.append(Candidate(start, pos, "ORG", "rule:org-before-post", 36))
                break
    return out


# a place's government written right before one of its bodies (某省政府|某委员会委员): one ORG to the longest unit
_PARENT_GOVERNMENTS = ("省政府", "市政府", "县政府", "省公署", "国民政府")


def _parent_government_start(text: str, start: int) -> int:
    """Where a place's government written right before `start` opens (甲乙省政府 + a body of the lexicon; the
    nesting of government bodies is one ORG to the longest unit, r21orgloc), else `start`."""
    for gov in _PARENT_GOVERNMENTS:
        if text.endswith(gov, 0, start):
            at = start - len(gov)
            places = known_places()
            size = next((k for k in (4, 3, 2) if at >= k and text[at - k:at] in places), 0)
            if size or gov == "国民政府":
                return at - size
    return start


# bodies of the lexicon that a place written before them owns (the organisation finder's heads that take a place)
_PLACE_OWNED = frozenset(("政协", "省委", "市委", "县委", "地委", "区委", "特委", "总工会", "学联"))
