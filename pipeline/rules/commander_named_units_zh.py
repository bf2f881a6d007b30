"""A formation named by its commander's full name before a division, brigade, regiment or column word: after 敌, or
with an arm or kind word (session 23, s23zhunit).

Red Army, guerrilla and civil-war narratives name the enemy's formations by their commanders: `与敌X某某旅先头遭遇`,
`敌X某某纵队`, `驻在某城的X某某骑兵团`, `X某独立旅前来增援`. Guideline 1 makes a formation named after a person one
MIL_UNIT (`汤恩伯兵团`), and the project's readings extend it to a commander's full name before 旅/师/纵队 (session 10);
the finders read 兵团/军团/支队 after a name (unit_head_names) and the person before 部, but before 旅/师/团/纵队 only a
name the person lexicons know.

`find_commander_named_units(text)` (working text, Simplified) proposes MIL_UNIT at priority 62 (above the PERSON
reading of the name, 20-40, and below the numbered chains) for a name of a surname and one or two given characters
(person_unit_owners' name test: no ordinary word, no known place, no function, pronoun or echelon character, no
numeral) followed by an optional arm or kind word (骑兵, 炮兵, 独立, 暂编, 新编, 警备, 保安, 补充, 教导) and 纵队, 师,
旅 or 团, not before 长/员 or 部 (the post and the staff; 部队 is fine), when
- 敌 or 敌军 is written right before the name, or
- the arm or kind word is there, the name has three characters and a clause boundary, 的 or a word of listing or
  leading (与, 和, 及, 将, 率, 向, 被, 对, 令, 归) stands before it.
- (session 25, s25zhforce) a numbered parent is written right before the name (`第N` or digits + 军/师/旅, with an
  optional arm word: 步兵, 骑兵, 炮兵, 混成, 独立, 暂编, 新编) and the head is a smaller echelon (师/旅/团/营): the
  parent, the name and the head are one unit (rule 3: `步兵第三旅某某某团`, `第五师某某某旅`), not before the post.
- (session 32, w32zhmil, from the cross-set reading) a name of a surname and one or two given characters right
  before a bare 营 or 民团 after a clause boundary, a listing word, 区 or 为 (`另将某某某营补充进去`, `北区某某某民团`,
  `为某某营收编`): a battalion or militia named by its commander, not before 营长, 营部, 营救, 营业, 营地, 营于 …,
  and not where the given characters hold a village word (李家营, 王庄营).
Echelon the head, prefix the arm word, no numbers.

Examples written for this module: `我军与敌何某山旅接火`, `敌钱大成纵队被围`, `城里的孙立德骑兵团`. Negatives: `敌王牌师`,
`敌主力师`, `敌第三旅` (numbered: the units finder), `李某某部` (PERSON only), `何某山旅长`.
Cost: one regex started at 敌, one at the arm words and one at the numbered parents (`scan.literal_finditer`); each
hit checks one to two names.
"""

from __future__ import annotations

import re

from pipeline.rules.person_unit_owners import name_ok
from pipeline.rules.names_common import surnames
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-commander-named", 62

_ARM = "(?:骑兵|炮兵|独立|暂编|新编|警备|保安|补充|教导|挺进)"
_HEAD = f"(?P<arm>{_ARM})?(?P<ech>纵队|师|旅|团)(?![长员]|部(?!队)|(?<=[师旅])团)"
_ENEMY_RE = re.compile(f"敌军?(?P<name>[\u4e00-\u9fff]{{2,3}}?){_HEAD}")
_ARM_RE = re.compile(f"(?P<arm>{_ARM})(?P<ech>纵队|师|旅|团)(?![长员]|部(?!队)|(?<=[师旅])团)")
_NUMERALS = set("〇○零一二三四五六七八九十百千万两几数")
# a numbered parent right before the name (session 25, s25zhforce): 第二旅某某某团, 步兵第一旅某某团, 第三师某某某旅
_PARENT_RE = re.compile("(?:步兵|骑兵|炮兵|混成|独立|暂编|新编)?(?:第[〇零一二三四五六七八九十百0-9]{1,4}|(?<![0-9])[0-9]{1,3})"
                        f"(?P<pech>军|师|旅)(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?P<arm>{_ARM})?(?P<ech>师|旅|团|营)"
                        "(?![长员]|部(?!队)|(?<=[师旅])团)")
_SIZE = {"军": 4, "师": 3, "旅": 2, "团": 1, "营": 0}
# (session 32, w32zhmil) a battalion or a militia named by its commander, bare: 将杨某某营补充进去, 北区李某某民团;
# not 营长, 营部, 营救, 营业, 营地, 营房, 营口, 民团长 …
_BARE_RE = re.compile("(?P<arm>)(?P<ech>民团|营)(?![长部副附地房盘业救造养运私生销利建寨垒区门帐口级属务火规丁总于於扎])")
_VILLAGE = set("家庄村屯堡寨镇集店铺桥河沟湾山岭坡台口关城县乡里营大小东西南北前后左右中老新上下")
_LEFT = set("的与和及将率向被对令归是由以、，。；：（(“ \n")
_BARE_LEFT = _LEFT | set("区为")


def _person_name(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    single, compound = surnames()
    if not (name[0] in single or name[:2] in compound) or set(name) & _NUMERALS:
        return False
    return name_ok(text, start, end)


def _unit(start: int, end: int, m: re.Match) -> Candidate:
    hint = {"unit_hint": {"numbers": [], "echelon": m.group("ech"), "prefix": m.group("arm") or ""}}
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint)


def find_commander_named_units(text: str) -> list[Candidate]:
    """`敌X某某旅`, `X某某骑兵团` → one MIL_UNIT (see the module doc)."""
    out: list[Candidate] = []
    if "敌" in text:
        for m in literal_finditer(_ENEMY_RE, text):
            if _person_name(text, m.start("name"), m.end("name")):
                out.append(_unit(m.start("name"), m.end(), m))
    for m in literal_finditer(_ARM_RE, text):
        start = m.start() - 3
        if start < 0 or not (start == 0 or text[start - 1] in _LEFT) or text[start - 1:start] == "敌":
            continue
        if _person_name(text, start, m.start()):
            out.append(_unit(start, m.end(), m))
    if "营" in text or "民团" in text:
        for m in literal_finditer(_BARE_RE, text):
            for length in (3, 2):
                start = m.start() - length
                if start < 0 or not (start == 0 or text[start - 1] in _BARE_LEFT):
                    continue
                if set(text[start + 1:m.start()]) & _VILLAGE:
                    continue
                if _person_name(text, start, m.start()):
                    out.append(_unit(start, m.end(), m))
                    break
    if "第" in text or any(ch.isdigit() for ch in text):
        for m in literal_finditer(_PARENT_RE, text):
            if _SIZE[m.group("pech")] > _SIZE[m.group("ech")] and _person_name(text, m.start("name"), m.end("name")):
                out.append(_unit(m.start(), m.end(), m))
    return out
