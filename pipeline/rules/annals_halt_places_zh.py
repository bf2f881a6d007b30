"""Places where annals and chronicles say a force fought, fell back or halted, written bare (GPE) (session 26, s26zhgpe).

Qing annals (清史稿 列传, 纪事本末), the war chapters of county gazetteers and the histories that copy them name the
town a force fought at, fell back to or was posted in with a two-character verb and the bare name, and close the
clause there: `战于甲乙，`, `败退丙丁，`, `退驻戊己。`, `分屯庚辛，`. Border towns abroad (Tonkin, Korea) and
small market towns are written so, with no 村/镇/州 to say they are places and in no gazetteer.
`find_annals_halt_places(text)` (working text, Simplified) proposes a GPE for the name when:

- it is written right after one of the verbs (战于 败之于 军于 屯于 遇于 败退 退驻 移驻 分驻 退保 退屯 进屯 分屯 移屯 退扎
  进扎 回驻 驰抵 进抵 退抵 退守 退往 撤往 退据 进据 驻于), the verb opening a clause or following its subject (not inside a longer word);
- it is two or three Han characters and the clause ends right after it (，。；、！？ or the end of the text); a
  three-character name is read only where the two first do not already close the clause;
- it is no name a place lexicon knows (those are found with their values), holds no function, numeral, pronoun,
  troop or time character (place_frames.STOP) and is no ordinary word (`unknown_place_name`: 后方, 城内, 原地, 此处
  are no names), does not end in a landform, water, gate or building word (山 岭 河 江 关 门 寺 …: those have their own
  finders and are LOC or FAC) and is no bearing pair (东南, 西北).

A name so read is GPE at every mention in the text (`names_common.everywhere`): annals name a town once with the
verb and again bare. Examples (made up): `甲军战于白岩，大败之。`, `乙部败退青坪，`, `丙退驻河阳铺。`.
Priority 31 (above the gazetteer's 30, below units, persons by title, dates and counts).
Cost: one str.find per verb; a slice and a few dictionary look-ups at each hit.
"""

from __future__ import annotations

from pipeline.rules.names_common import everywhere, is_han
from pipeline.rules.place_frames import STOP, unknown_place_name
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:annals-halt-place", 31
_VERBS = ("战于", "败之于", "军于", "屯于", "遇于", "败退", "退驻", "移驻", "分驻", "退保", "退屯", "进屯", "分屯", "移屯",
          "退扎", "进扎", "回驻", "驰抵", "进抵", "退抵", "退守", "退往", "撤往", "退据", "进据", "驻于")
_CLOSERS = frozenset("，,。；;、！？!?")
# landforms, water, gates and buildings (LOC/FAC finders), and words of a part of a town
_NOT_LAST = frozenset("山岭峰岗河江湖溪川海洋岛屿湾滩关隘口门楼寺庙庵宫塔桥城内外中下上前后边侧旁郊")
_BEARINGS = frozenset("东西南北")
# a verb glued after these characters is part of a longer word (作战于, 奋战于, 决战于 are still fighting; 挑战于 is not)
_NOT_BEFORE_VERB = frozenset("挑")


def _name_at(text: str, pos: int) -> str | None:
    """The bare name of 2-3 Han characters at pos that the clause closes on, or None."""
    for size in (2, 3):
        end = pos + size
        if end > len(text) or not all(is_han(ch) for ch in text[pos:end]):
            return None
        if end == len(text) or text[end] in _CLOSERS:
            return text[pos:end]
    return None


def _name_ok(name: str) -> bool:
    if name[-1] in _NOT_LAST or (name[0] in _BEARINGS and name[1] in _BEARINGS):
        return False
    return unknown_place_name(name, STOP)


def find_annals_halt_places(text: str) -> list[Candidate]:
    """GPE candidates of the bare towns after the annals' verbs of fighting, falling back and halting (module doc)."""
    names: set[str] = set()
    for verb in _VERBS:
        at = text.find(verb)
        while at != -1:
            if not (at and text[at - 1] in _NOT_BEFORE_VERB):
                name = _name_at(text, at + len(verb))
                if name and _name_ok(name):
                    names.add(name)
            at = text.find(verb, at + len(verb))
    return everywhere(text, names, SOURCE, PRIORITY, "GPE") if names else []
