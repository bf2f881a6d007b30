"""Names framed by an appointment (PERSON), in Chinese working text (session 28 label audit of memoirs, school and
office histories, s28zhper).

- An agent or appointing word, a name, a verb of taking a post, a post (`由甲乙任处长`, `改由甲乙丙接任科长`,
  `以甲乙为参谋长`, `委甲乙兼任股长`): office and unit histories write who held a post so,
  and the frame fixes both ends of the name where the name readers refuse or misread it — a surname that is also a
  word (周, 常, 金, 高: `由周甲任处长`), a name that starts like a place (`以常德甲为参谋长` is no 常德). The opening word is 由 / 改由 / 仍由 /
  以 / 调 after a clause mark or at a line start or after 后 / 先 / 并 / 遂 / 乃 / 即 / 再, or a verb of appointing
  (派 / 改派 / 特派 / 委 / 委派 / 委任 / 加委 / 任命) also after its subject (`行署派甲乙接任县长`); the name a known surname (one or two characters) + one or two given characters holding no function character;
  the verb 任 / 为 / 接任 / 兼任 / 担任 / 出任 / 代理 / 署理 / 充任 / 升任 / 继任 / 兼; the post one of the posts
  person_name_ends.TITLES lists right after it.
  After 由 and a body glossed in brackets the name opens after the bracket (`由甲乙处（丙丁处）戊己任处长`).
  Not where the name is an ordinary word (`由政府任命`) or where 由于 / 以为 / 以及 open the clause.

Examples written for the tests: `后由周甲任处长。`, `以常德甲为参谋长`, `改由高志远任团长`.

PERSON at priority 34 (above the gazetteer's 30 and the likeness reading 12; below DATE and the unit finders).
Cost: str.find of 任 / 为 / 兼 / 代理 / 署理; a bounded look-behind regex at each hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.person_name_ends import TITLES
from pipeline.rules.scan import literal_positions
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:appointed-post-name", 34

_VERBS = ("接任", "兼任", "担任", "出任", "代理", "署理", "充任", "升任", "继任", "任", "为", "兼")
_AGENTS = ("改由", "仍由", "改派", "委派", "委任", "任命", "特派", "加委", "由", "以", "派", "委", "调")
_PREPOSITIONS = frozenset(("由", "改由", "仍由", "以", "调"))
_OPEN_BEFORE = set("，。；：、,;:（(\n ") | set("后先并遂乃即再")
_FUNCTION = set("的了是在和与及等于被把对向从由们个着过这那其此该各每都也又亦即则乃便就已曾并而但却到至为任兼代署"
                "以派委调将已所其他她你我们部军县")


@lru_cache(maxsize=1)
def _post_re() -> re.Pattern:
    return re.compile("(?:副|代|代理|兼)?(?:" + trie_regex(TITLES) + ")")


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """The name ending at `at` (before the verb) and opened by an appointing word, else None."""
    single, compound = surnames()
    for length in (2, 3, 4):
        start = at - length
        if start < 1:
            break
        name = text[start:at]
        slen = 2 if name[:2] in compound and length > 2 else 1 if name[0] in single else 0
        if not slen or any(ch in _FUNCTION for ch in name[slen:]) or any(not "\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        for agent in _AGENTS:
            a = start - len(agent)
            if a < 0 or text[a:start] != agent:
                continue
            if a and agent in _PREPOSITIONS and text[a - 1] not in _OPEN_BEFORE:
                continue                      # 理由, 所以, 强调: a preposition opens the clause; a verb of appointing
                                              # may follow its subject (行署派甲乙接任县长)
            if agent == "由" and name[0] == "于" or agent == "以" and name[0] in "为及便免至":
                continue                      # 由于, 以为, 以及, 以便: the clause's conjunction, no appointment
            if is_common_word(name, 50) or is_common_word(name[:2], 300):
                continue
            return start, at
        if text[start - 1] in ")）" and not is_common_word(name, 50):
            opened = max(text.rfind(mark, max(0, start - 40), start) for mark in "，。；,;\n")
            if text.find("由", max(opened, 0, start - 40), start) != -1:
                return start, at              # 由 + a body glossed in brackets + the name: 由甲处（乙处）丙丁任处长
    return None


def find_appointed_post_names(text: str) -> list[Candidate]:
    """PERSON candidates of the frame above."""
    if "任" not in text and "为" not in text and "兼" not in text and "代理" not in text and "署理" not in text:
        return []
    post = _post_re()
    out: list[Candidate] = []
    seen: set[int] = set()
    for verb in _VERBS:
        for at in literal_positions(text, verb):
            if at in seen or not post.match(text, at + len(verb)):
                continue
            if len(verb) == 1 and at and text[at - 1:at + 1] in _VERBS:
                continue                      # the 任 of 接任 / 兼任: the two-character verb's reading
            span = _name_before(text, at)
            if span:
                seen.add(at)
                out.append(Candidate(span[0], span[1], "PERSON", SOURCE, PRIORITY))
    return out
