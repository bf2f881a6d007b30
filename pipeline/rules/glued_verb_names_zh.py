"""A two-character name glued to a one-character verb (PERSON), read from where the text names the person alone
(session 23, s23zhname).

A Chinese name is a surname and one or two given characters; the readers take a third character when nothing stops
them, so a two-character name right before a one-character verb runs into it (`甲乙偷牛坐牢` → 甲乙偷, `甲乙砍柴`
→ 甲乙砍). Where the same page names the person alone elsewhere — the two characters found as a PERSON of two
characters at another place, closed there by a mark, a stop character or a word — the name ends before the verb
here too. The verb is one of the one-character action verbs of narrative (偷 抢 杀 打 砍 抓 捉 拉 押 送 买 卖 借 找
问 骂 喊 叫 跑 逃 骑 拿 扛 背 挖 埋 烧 炸 追 赶 救 劝 骗 绑 拖 扶 抱 推 踢 咬 吃 喝 看 听 写 说 答), the three characters
occur once only, and they are no name the person lexicons or the dictionary know.

PERSON at priority 33 over the three-character reading (20 and less). Cost: a look at the characters after each
other place of the two-character names found (few).
"""

from __future__ import annotations

from pipeline.rules.names_common import person_forms, word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-glued-verb", 33
_ACTION_VERBS = frozenset("偷抢搶杀殺打砍抓捉拉押送买買卖賣借找问問骂罵喊叫跑逃骑騎拿扛背挖埋烧燒炸追赶趕救劝勸骗騙绑綁"
                          "拖扶抱推踢咬吃喝看听聽写寫说說答")


def find_glued_verb_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    pairs = {text[c.start:c.end] for c in found if c.label == "PERSON" and c.end - c.start == 2}
    out: list[Candidate] = []
    for name in pairs:
        at = text.find(name)
        while at != -1:
            end = at + 2
            verb = text[end:end + 1]
            if verb in _ACTION_VERBS:
                glued = text[at:end + 1]
                info = word_info().get(glued)
                if text.count(glued) == 1 and glued not in person_forms() and not (info and info[1].startswith("nr")):
                    out.append(Candidate(at, end, "PERSON", SOURCE, PRIORITY))
            at = text.find(name, end)
    return out
