"""Local armed forces named by a village or township written with its settlement generic (MIL_UNIT). Grammar; no
list of names.

County gazetteers (军事志, 武装志), bandit-suppression records and guerrilla histories name the militia, self-defence
corps and guerrillas of a village or township after the place that raised them: a village written with its
settlement generic (通名: 村 庄 屯 集 店 铺 堡 寨 峪 坪 沟 湾 坡 岭 洼 坨 坝 岗 垴 圩 坎 塘 渠, or 河子 沟子 堡子 屯子)
or a township or town written with 乡 or 镇, then the kind of force and its head. The readings keep the place that
raised a local force inside its name (`X县保卫团`, `X县民团`, `X区小队`; guideline 15: a full name is one span); the
gazetteer finders (enclosing_names_zh militia, place_kind_force_names_zh) read it only after a place the place
lexicon knows, so a village the lexicon does not list was cut to the place (GPE) and its force left untagged.

- VILLAGE + HEAD: the village or township name (two to five Han characters read back to a clause mark, a
  preposition (以, 任 and 率 too), 的, a conjunction or a county before it, as village_named_events_bodies_zh reads a
  village before an event, a two-character verb opening the run left outside, `建立|甲乡自卫队`; no numeral,
  pronoun, function or troop character, no ordinary word) + a local force head: 民团, 挨户团, or a KIND of local
  force (保卫 自卫 保安 联防 联庄 守望 清乡 铲共 靖卫 游击 赤卫 常备 义勇 抗日) + 总团, 总队, 大队, 中队, 团 or 队.
  Examples written for this docstring: `甲家坪保卫团`, `乙庄民团`, `丙家集保卫总团`, `丁河镇自卫团`, `戊家沟联防队`,
  `己乡游击队`. A county written before the village stays its own GPE (`某县|甲家坪保卫团`). The
  numbered sub-units written right after the force are part of it (`庚乡自卫队第三分队`, guideline 3: a unit with its
  parent is one span; numbers and echelon of the last).
- Not: a post, a member or the staff after the head (`…团长`, `…队员`, `…团丁`, `…队部`, `…团附`; 部队 is
  fine); a village ending in 营, 哨 or 口 (营 and 哨 are also echelons and posts, 口 a pass or a mouth: `独立营游击队`
  names no village); a determiner or a count in the run (`各村民团`, `甲乙数乡民团`: the militia of several
  townships; 数, 诸, 等 and the Traditional function characters are no name characters).

Priority 61, the level of the other local-force finders (place_kind_force_names_zh, the militia of
enclosing_names_zh): above the village readings (GPE, 30-41) and below the joins that add a parent. Echelon the
head's (`团`, `队`, `大队` …; 总团 → 团, 总队 → 总队), prefix the kind where the unit grammar knows it (自卫, 保安).
Session 28 (s28zhunit: audit of county military gazetteers, guerrilla histories and memoirs; the frame checked on
other stored pages). Cost: a gate on 团/队/團/隊, a literal-led scan of the heads, a read back of at most five
characters at each.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number, prefixes
from pipeline.rules.names_common import opened_name_start, verb_word
from pipeline.rules.scan import literal_finditer
from pipeline.rules.village_named_events_bodies_zh import NAME_OPENERS, VILLAGE_ENDS, village_name
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:village-named-force", 61

# the settlement generics of a village, less 营, 哨 and 口 (echelons, posts, passes), and a township or town
_FORCE_PLACE_ENDS = (VILLAGE_ENDS - frozenset("营營哨口")) | frozenset("乡鄉镇鎮")
# where the name opens: the village events' openers, and 以 (以甲乡自卫队的名义), 任 and 率 (任甲村民团团总)
_OPENERS = NAME_OPENERS | frozenset("以任率")
_KINDS = ("保卫", "保衛", "自卫", "自衛", "保安", "联防", "聯防", "联庄", "聯莊", "守望", "清乡", "清鄉", "铲共", "剷共",
          "靖卫", "靖衛", "游击", "遊擊", "游擊", "赤卫", "赤衛", "常备", "常備", "义勇", "義勇", "抗日")
_HEAD_RE = re.compile(f"(?:民团|民團|挨户团|挨戶團|(?P<kind>{'|'.join(_KINDS)})"
                      "(?P<head>总团|總團|总队|總隊|大队|大隊|中队|中隊|团|團|队|隊))"
                      "(?P<subs>(?:第?[一二三四五六七八九十0-9]{1,3}(?:大队|大隊|中队|中隊|分队|分隊|小队|小隊))*)"
                      "(?![长長员員丁兵副附]|部(?!队|隊))")
# counting, listing and function characters (Traditional forms too) that make a run no village's name (太平數鄉民團:
# the militia of several townships)
_NOT_IN_FORCE_NAME = frozenset("数數诸諸等這該個們兩幾與於從為將對各")
_SUB_RE = re.compile("第?([一二三四五六七八九十0-9]{1,3})(大队|大隊|中队|中隊|分队|分隊|小队|小隊)")
_ECHELON = {"总团": "团", "總團": "团", "团": "团", "團": "团", "总队": "总队", "總隊": "总队", "大队": "大队",
            "大隊": "大队", "中队": "中队", "中隊": "中队", "队": "队", "隊": "队", "分队": "分队", "分隊": "分队",
            "小队": "小队", "小隊": "小队"}


def find_village_named_forces(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of local forces named by a village or township (see the module doc): 甲家坪保卫团."""
    if "团" not in text and "队" not in text and "團" not in text and "隊" not in text:
        return []
    out = []
    for m in literal_finditer(_HEAD_RE, text):
        start = opened_name_start(text, m.start(), _OPENERS, 5)
        if start >= 0 and m.start() - start >= 4 and verb_word(text[start:start + 2], 100):
            start += 2              # 建立|甲乡自卫队: a two-character verb opening the run stays outside
        if start < 0 or any(ch in _NOT_IN_FORCE_NAME for ch in text[start:m.start()]) \
                or not village_name(text[start:m.start()], _FORCE_PLACE_ENDS):
            continue
        kind, head, subs = m.group("kind"), m.group("head"), m.group("subs")
        echelon, numbers = (_ECHELON[head] if head else "团"), []
        if subs:                    # the numbered sub-units written after the force (甲乡自卫队第三分队): one span
            last = _SUB_RE.findall(subs)[-1]
            echelon, numbers = _ECHELON.get(last[1], last[1]), [n for n in (parse_number(last[0]),) if n]
        prefix = kind if kind in prefixes() and not subs else ""
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                             norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}}))
    return out
