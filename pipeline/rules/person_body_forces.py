"""A person's force written right after the government he heads: 山东省政府沈鸿烈部, 河北省政府鹿钟麟部 (PERSON).

Memoirs and chronicles name a provincial government's troops by the government and its chairman together:
省政府 + 沈鸿烈部. Rule 1 of the guidelines: a person's possessive force `X部` is PERSON `X` only; the body
before it is its own ORG (orgs.py no longer reads the pair as a sub-office). `find_body_forces(text)` (working
text, Simplified) proposes PERSON for the name between a body ending in 政府 / 省府 / 公署 and 部 when the name is
a single-character surname and one or two characters that hold no function character and are no word jieba knows
but as a name, and 部 is not the start of a word (部队, 部长: then it is no possessive force).
Candidates are PERSON at priority 33 (the framed person rule's, below the person lexicon). Cost: a str.find loop over 政府/省府/公署.
"""

from __future__ import annotations

from pipeline.rules.names_common import surnames, word_info
from pipeline.spans import Candidate

SOURCE = "rule:person-body-force"
PRIORITY = 33
_BODY_ENDS = ("政府", "省府", "公署")
_NOT_AFTER_BU = set("队长下署门分属委落位")
_STOP = set("的了在是和与及等于被把对向从由令率部军师团旅营")


def _name_ok(name: str) -> bool:
    if name[0] not in surnames()[0] or any(ch in _STOP for ch in name[1:]):
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    entry = word_info().get(name)
    return (entry is None or entry[1].startswith("nr")) and word_info().get(name[1:]) is None


def find_body_forces(text: str) -> list[Candidate]:
    """PERSON candidates of a person's force after a government body (see the module doc)."""
    out: list[Candidate] = []
    for body in _BODY_ENDS:
        at = text.find(body)
        while at != -1:
            start = at + len(body)
            for size in (3, 2):
                end = start + size
                if text[end:end + 1] != "部" or text[end + 1:end + 2] in _NOT_AFTER_BU:
                    continue
                if _name_ok(text[start:end]):
                    out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                    break
            at = text.find(body, start)
    return out
