"""A commander's name written between his force and 部 (session 25, s25mine: cross-set mining of the development sets;
the errors came from 5 passages of 5 audits and sets, the frame was checked on other stored pages). Grammar; no list
of names. Examples are written for this docstring.

- A force, or the word for a puppet force or a place of being, right before a name of two or three characters and
  部/所部 after it: the name is the force's commander, a PERSON (部 outside, as `汤恩伯部`):
  `第九十九军甲乙丙部`, `伪军甲乙丙部`, `独立旅甲乙丙部(`, `伪甲乙丙部七人`, `先后在甲乙部和丙丁部`,
  `某军甲乙丙所部`. person_titled_names reads the same cue after a clause mark or a verb of command; here the word
  before is a force head (军 师 旅 团 营 队), 伪, or 在/到.
- The name opens with a single-character surname, holds no particle or function character (和 may end a given
  name, `甲文和`), does not end in a bearing (`江西北部`: a place's part) and is no ordinary word (`陆军部`, `全部`,
  `司令部` are bodies or words), no place the gazetteer knows; 部 is no part of a longer word after it (部队, 部署,
  部分, 部下, 部长 …).

Priority 32 (as the framed names of names_common.RULE_PERSON_FRAMED: above a place read inside the name, 30).
Cost: the places of 部 (scan.literal_positions) and two look-ups each; no whole-text regex.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, is_han, known_places, plain_word, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:person-force-leader"
_BEFORE = frozenset("军師师旅团團营營队隊伪偽在到")
_NOT_AFTER_BU = frozenset("队隊署分门門下属屬长長落位件族首委")
_NOT_IN_NAME = frozenset("的了在是与及等于被把对向从由令率所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个为以将"
                         "军师旅团营队伪部")
_BEARINGS = frozenset("东西南北中内外全本")


def _leader_name(text: str, end: int, single: frozenset[str]) -> int | None:
    """Start of the commander's name ending at `end` (2-3 characters after a force word), else None."""
    for size in (3, 2):
        start = end - size
        if start < 1 or text[start - 1] not in _BEFORE:
            continue
        name = text[start:end]
        if name[0] not in single or not all(is_han(ch) for ch in name) or any(ch in _NOT_IN_NAME for ch in name[1:]):
            continue
        if name[-1] in _BEARINGS or plain_word(name, 1) or is_common_word(name, 30) or is_common_word(name[1:], 300) \
                or name in known_places():
            continue
        return start
    return None


def find_leaders_after_forces(text: str) -> list[Candidate]:
    """PERSON between a force word and 部/所部 (working text, Simplified)."""
    if "部" not in text:
        return []
    single = surnames()[0]
    out = []
    for at in literal_positions(text, "部"):
        if text[at + 1:at + 2] in _NOT_AFTER_BU and at + 1 < len(text):
            continue
        end = at - 1 if at > 0 and text[at - 1] == "所" else at
        start = _leader_name(text, end, single)
        if start is not None:
            out.append(Candidate(start, end, "PERSON", SOURCE, 32))
    return out
