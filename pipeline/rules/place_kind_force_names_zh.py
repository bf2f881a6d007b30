"""Local and irregular forces named by their place and their kind (session 25, s25mine: cross-set mining of the
development sets; the errors came from 16 passages of 9 audits and sets, the shape was checked on other stored pages).
Grammar over the gazetteer; no list of names. Examples are written for this docstring.

- A known place (a GPE of the gazetteer, 2-4 characters, a county or city with or without 县/市) followed right away
  by one to four words of a force's KIND and a force's HEAD is one MIL_UNIT over all of it (guideline 15, a full name
  is one span; the development sets read `某县保卫团`, `某地游击纵队`, `某国义勇队` whole):
  `甲乙游击纵队`, `甲乙县靖卫大队`, `甲乙壮丁模范队`, `甲乙自治保卫团`, `甲乙洋枪队`, `甲乙游击集团`.
  KIND words (criterion: a word that says what sort of local, irregular or volunteer armed force a body is, in the
  Republican, wartime and late-Qing vocabulary of standard Modern Chinese; written for zhanji, not taken from any
  page): 义勇 决死 敢死 壮丁 模范 自治 自卫 保卫 保安 靖卫 游击 挺进 抗日 抗敌 人民 华侨 洋枪 赤卫 救国 护路 锄奸
  别动 突击 常备 警备 联防 联庄 铲共 清乡 民众.
  HEADS: 纵队 支队 总队 大队 中队 分队 集团 队 团, and 军 after 义勇/自卫/救国/抗日/挺进/游击/自治.
- A country opens such a name only where the kind is a volunteers' force (义勇, 决死, 敢死):
  `丙国义勇队`, `丁国华侨决死队`; never `丙国游击队` (a country's guerrillas are no one body's name).
- Not: a member or a post after the head (`…团长`, `…队员`, `…团丁`, `…队部`), an association (`…团体`), a
  chain of kinds that only says who the members are (人民, 华侨, 民众, 模范: `某地华侨团`), a
  count or a determiner before the place (`各`, `两`, `数`), a designation after the kind (`保安四团`: a numbered
  unit; place_security_units_zh reads place + 保安 + number whole since session 26, as audit24-zh's gold does).

Priority 61 (as the place-named militia of enclosing_names_zh: above the gazetteer's 30 and the unit rule's 60).
Cost: str.find of the head characters 队/团/军 (literal_finditer on the kind words) before the regex; gazetteer
look-ups at the matches only.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import prefixes
from pipeline.rules.enclosing_names_zh import known_place_before
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

KIND_WORDS = ("义勇", "决死", "敢死", "壮丁", "模范", "自治", "自卫", "保卫", "保安", "靖卫", "游击", "挺进", "抗日",
              "抗敌", "人民", "华侨", "洋枪", "赤卫", "救国", "护路", "锄奸", "别动", "突击", "常备", "警备", "联防",
              "联庄", "铲共", "清乡", "民众")
_ARMY_KINDS = ("义勇", "自卫", "救国", "抗日", "挺进", "游击", "自治")
_COUNTRY_KINDS = ("义勇", "决死", "敢死")
# kinds that say who the members are, not that they bear arms: never a force's name alone (某地人民团, 某国华侨队)
_UNARMED_KINDS = frozenset(("人民", "华侨", "民众", "模范"))
_KIND = "|".join(sorted(KIND_WORDS, key=len, reverse=True))
_FORCE_RE = re.compile(f"((?:{_KIND}){{1,4}})(纵队|支队|总队|大队|中队|分队|集团(?!军)|队|团|军)(?![长员部丁兵体结练])")
_BEFORE_PLACE_NOT = frozenset("各每该两几数诸")
SOURCE = "rule:place-kind-force"


def find_place_kind_forces(text: str) -> list[Candidate]:
    """Place + kind words + force head (working text, Simplified): one MIL_UNIT each."""
    if "队" not in text and "团" not in text and "军" not in text:
        return []
    places = place_lexicon()
    out = []
    for m in literal_finditer(_FORCE_RE, text):
        kinds, head = m.group(1), m.group(2)
        if head == "军" and not kinds.endswith(_ARMY_KINDS):
            continue
        if all(kinds[i:i + 2] in _UNARMED_KINDS for i in range(0, len(kinds), 2)):
            continue
        start = known_place_before(text, m.start(), places)
        if start is None or (start > 0 and text[start - 1] in _BEFORE_PLACE_NOT):
            continue
        entry = places.get(text[start:m.start()].rstrip("县市"))
        if entry is not None and entry.kind in ("country", "continent") and not any(k in kinds for k in _COUNTRY_KINDS):
            continue
        # the kind next to the head is the unit's prefix where the unit grammar knows it (湖南保安队: 保安)
        prefix = next((k for k in sorted(KIND_WORDS, key=len, reverse=True) if kinds.endswith(k)), "")
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, 61, norm={"unit_hint": {
            "numbers": [], "echelon": head, "prefix": prefix if prefix in prefixes() else ""}}))
    return out
