"""Which kind of place a name is where its own grammar says so (session 17 audit, auditzh53).

Guidelines: GPE is a place with a government (town, village), LOC one without (river, island, mountain), FAC a
man-made structure (fortress, named position); "a place inside a longer FAC name belongs to the FAC" (rule 6).
`find_place_kinds(text)` (working text, Simplified) proposes:

- FAC for the forts of a battery group named in a list the text counts as forts: `炮台共有甲乙、丙丁、戊己五座`,
  `甲乙、丙丁为三大炮台`, `戊己为两小炮台`. Fort names are often town-like (镇东, 定西, 威远) and the gazetteer
  reads them as towns; the count of forts after them says what they are. Priority 47 (above the lexicon).
- LOC for a river islet written with 洲 where the frame says it lies in the water (`江中的甲乙洲`, `湖心的甲洲`)
  or where an islet is glossed by its other name (`甲乙洲(即丙丁洲)`), and for the islet's later mentions; the
  gazetteer otherwise reads a county inside (子洲 in 橘子洲). Priority 47.
- GPE for a Ming-Qing garrison town written with its head (`甲乙所城`, `甲乙卫城`: a walled town, as 衡阳城).
- GPE for a name measured from: `距甲乙一百三十里`, `离甲乙丙约十五公里` (a name of 2-3 characters, no ordinary
  word and no function character; LOC where it ends in a landform character). Priority 29: lexicon spans win.
Cost: a few str tests for 炮台/洲/所城/卫城/距/离 and one regex each where present.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han as _is_cjk
from pipeline.rules.place_frames import STOP
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "一二两三四五六七八九十"
# a fort's name: two CJK characters that hold no function character
_NAME_NOT = set("的了是和与及等被把对向从由在于经沿到至往这那其此该各每本个为共有座上下里内外旁边处")
_FORT_HEAD = "(?:炮台|要塞|堡垒|炮垒)"
# 炮台共有A、B、C五座 / 炮台计有A、B两座
_COUNTED_AFTER_RE = re.compile(
    f"{_FORT_HEAD}(?:共有|共计|计有|共|有|包括|分为|分别为|即)[：:]?"
    f"((?:[{_CJK}]{{2}}、){{1,7}}[{_CJK}]{{2}})(?:[{_NUM}]|十[{_NUM}]?)座")
# A、B、C为三大炮台 / D为两小炮台 / A、B是两座炮台 (the list opens after punctuation, a line start or 其中)
_COUNTED_BEFORE_RE = re.compile(
    f"(?:^|(?<=[，。；：、,;:\\s（(])|(?<=其中|分别|依次))((?:[{_CJK}]{{2}}、){{0,7}}[{_CJK}]{{2}})(?:为|是)"
    f"(?:[{_NUM}]+)(?:大|小|座)?{_FORT_HEAD}", re.M)

_ISLET_IN_WATER_RE = re.compile(f"(?:江|河|湖)(?:中|心)(?:的|之)([{_CJK}]{{2,3}}?洲)(?![{_CJK}]{{0,1}}(?:市|县|区))")
_ISLET_GLOSS_RE = re.compile(f"洲[（(](?:即|又称|又名|今|今称)([{_CJK}]{{2,3}}?洲)[）)]")

_GARRISON_TOWN_RE = re.compile(f"([{_CJK}]{{2}}(?:所|卫)城)")

_MEASURED_RE = re.compile(
    f"(?:距离|距|离)([{_CJK}]{{2,3}}?)(?:约|仅|有|只有|不到|不足|尚有)?"
    f"[{_NUM}百千0-9０-９]+(?:多|余)?(?:华里|公里|里|千米|英里)")
_LANDFORM_END = set("山岭河江湖峰")


def _fort_names(group: str) -> list[str] | None:
    names = group.split("、")
    if any(ch in _NAME_NOT for name in names for ch in name):
        return None
    return names


def find_place_kinds(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "座" in text or "炮台" in text or "要塞" in text or "堡垒" in text:
        for regex in (_COUNTED_AFTER_RE, _COUNTED_BEFORE_RE):
            for m in literal_finditer(regex, text):
                names = _fort_names(m.group(1))
                if names is None or len(names) == 1 and not re.search("[大小]", m.group()):
                    continue    # 山顶为一座炮台: one name needs its size word (为两小炮台) to be counted as a fort
                pos = m.start(1)
                for name in names:
                    out.append(Candidate(pos, pos + len(name), "FAC", "rule:fac-counted-forts", 47))
                    pos += len(name) + 1
    if "洲" in text:
        islets: set[str] = set()
        for regex in (_ISLET_IN_WATER_RE, _ISLET_GLOSS_RE):
            for m in regex.finditer(text):
                islets.add(m.group(1))
        if _ISLET_GLOSS_RE.search(text):
            for m in _ISLET_GLOSS_RE.finditer(text):   # the islet the gloss follows: 甲乙洲(即丙丁洲)
                start = m.start() - 2
                if start >= 0 and all(_is_cjk(ch) for ch in text[start:m.start()]):
                    islets.add(text[start:m.start() + 1])
        for islet in sorted(islets):
            pos = text.find(islet)
            while pos != -1:
                out.append(Candidate(pos, pos + len(islet), "LOC", "rule:loc-islet", 47, {"id": None}))
                pos = text.find(islet, pos + len(islet))
    if "所城" in text or "卫城" in text:
        for m in literal_finditer(_GARRISON_TOWN_RE, text):
            stem, kind = m.group(1)[:2], m.group(1)[2]
            if any(ch in _NAME_NOT for ch in stem) or is_common_word(stem, 100) or is_common_word(stem[1] + kind, 50):
                continue    # 力守卫城厢, 住所城中: 守卫, 住所 are words, no garrison town
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-garrison-town", 40, {"id": None}))
    if "距" in text or "离" in text:
        for m in rare_finditer(_MEASURED_RE, text):
            name = m.group(1)
            if m.group().startswith("离") and is_common_word(text[m.start():m.start() + 2], 100):
                continue    # 离开营地三十里: 离开 is the verb, no name after 离
            if _measured_name(name):
                label = "LOC" if name[-1] in _LANDFORM_END else "GPE"
                out.append(Candidate(m.start(1), m.end(1), label, "rule:place-measured-from", 29, {"id": None}))
    return out


def _measured_name(name: str) -> bool:
    """A name measured from: no function, numeral or direction character, no ordinary word (县城, 海岸, 目标) and
    none at its start (a frequent word before a last character: 阵地前), not a known place (the lexicon has it)."""
    if name in place_lexicon() or any(ch in STOP or ch in "东西南北今此彼" for ch in name):
        return False
    return not is_common_word(name, 100) and not (len(name) == 3 and is_common_word(name[:2], 1000))


