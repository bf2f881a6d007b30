"""Three forms of the encyclopedia and local-history pages on the base areas and the civil war (session 11, auditzh3).

- A village located from a known place by a compass point: 巨野西北隋官屯, 菏泽东北李家集 — place + 东北/西北/东南/
  西南/以东/以西/以南/以北 + a 1-3 character name ending in a settlement generic (村 庄 屯 集 店 铺 堡 寨 营 哨 坨 坝 峪
  洼 窝 沟 岗 坪 塘 湾 圩) → GPE. The generic must not start a word with the next character (营长, 村民, 集中), the
  name is no ordinary word.
- A list of bare numerals sharing one echelon word: 三、四、五连, 一、二营 → one MIL_UNIT (guideline 4: a coordinated
  list sharing one echelon word is one span), numbers expanded; not before 长 (一、二连长 are posts).
- Names listed before 分别 and a verb of office or command (甲、乙、丙分别任三个连的连长): every item a name by the
  form person_list_items reads (a surname first, no post, place or ordinary word) → PERSON.

Cost: str.find of the compass words, of 、 before a numeral, and of 分别; a few look-ups where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word
from pipeline.rules.person_list_items import list_before
from pipeline.rules.scan import anchored_finditer, literal_positions
from pipeline.spans import Candidate

_COMPASS = ("东北", "西北", "东南", "西南", "以东", "以西", "以南", "以北")
_GENERICS = "村庄屯集店铺堡寨营哨坨坝峪洼窝沟岗坪塘湾圩"
_NOT_IN_NAME = set("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少们"
                   "军敌我你他她它师团旅队日月年时机舰炮弹路线阵方面部地区约距离有为")
_CN = "一二三四五六七八九十"
_NUM_LIST_RE = re.compile(f"(?<![第{_CN}0-9、])([{_CN}]{{1,2}}(?:、[{_CN}]{{1,2}}){{1,6}})(连|营|团|排|中队|大队|区队)(?![长部级续同属队])")
_NUM_LIST_ANCHOR = re.compile(f"、[{_CN}]")
_OFFICE_AFTER = ("任", "担任", "兼任", "为", "率", "带领", "率领", "指挥", "负责")


def _compass_villages(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for compass in _COMPASS:
        if compass not in text:
            continue
        for at in literal_positions(text, compass):
            before = next((text[at - k:at] for k in (3, 2) if at - k >= 0 and text[at - k:at] in places
                           and places[text[at - k:at]].label == "GPE"), None)
            if before is None and not (at >= 3 and text[at - 1] in "县城镇"):
                continue
            start = at + 2
            for size in (3, 4, 2):
                end = start + size
                name = text[start:end]
                if end > len(text) or name[-1] not in _GENERICS or any(ch in _NOT_IN_NAME for ch in name):
                    continue
                if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or is_common_word(name, 100) \
                        or is_common_word(text[end - 1:end + 1], 100) or name in places and places[name].label != "GPE":
                    continue
                out.append(Candidate(start, end, "GPE", "rule:place-compass-village", 32))
                break
    return out


def _numeral_lists(text: str) -> list[Candidate]:
    out = []
    if "、" not in text:
        return out
    for m in anchored_finditer(_NUM_LIST_RE, text, _NUM_LIST_ANCHOR, 2):
        numbers = [parse_number(n) for n in m.group(1).split("、")]
        if any(n is None for n in numbers) or len(set(numbers)) != len(numbers):
            continue
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-numeral-list", 62,
                             norm={"unit_hint": {"numbers": numbers, "echelon": m.group(2), "prefix": ""}}))
    return out


def _office_lists(text: str) -> list[Candidate]:
    out = []
    if "分别" not in text or "、" not in text:
        return out
    for at in literal_positions(text, "分别"):
        if not text.startswith(_OFFICE_AFTER, at + 2) or at < 5:
            continue
        for start, end in list_before(text, at):
            out.append(Candidate(start, end, "PERSON", "rule:person-office-list", 33))
    return out


def find_base_area_forms(text: str) -> list[Candidate]:
    """GPE, MIL_UNIT and PERSON candidates of the three forms in the module doc."""
    return _compass_villages(text) + _numeral_lists(text) + _office_lists(text)
