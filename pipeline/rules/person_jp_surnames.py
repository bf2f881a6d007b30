"""A Japanese person named by the surname alone after the full name (session 11 audit, auditzh6).

Chinese narratives of the Russo-Japanese and Pacific wars name a Japanese officer in full once and then by the
surname: 东乡平八郎 … 东乡下令, 乃木希典 … 乃木, 山本五十六 … 山本认为. Many Japanese surnames are also Chinese
county or town names (东乡, 大山, 黑木, 松井, 小林 …), and the gazetteer read the bare surname as GPE. One reading per
document: where the person lexicon found a full name whose first two characters are a Japanese surname
(surnames_jp*.txt), `find_jp_surname_repeats(text)` proposes PERSON (priority 31, above the gazetteer's 30) for
every other occurrence of that surname that does not open the full name and is not written with a place suffix
(东乡县, 大山村) or inside a longer known place.

Also a Japanese surname alone right after a post or rank and before punctuation or a verb of command
(司令福岛，率领…; 联队长一木下令): the post says it is a person (priority 32, as a name framed by a post); and two
surnames joined by 和/与/及/、 after one post, both in the surname lists (守备队长甲乙和丙丁，…: the garrison heads of
the strongpoints in the occupation-era county histories; session 27).

One pass over the person lexicon's matches (already made for the text) and str.find per surname found; the posts
are found with str.find.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import japanese_surnames, known_places, person_lexicon_matches
from pipeline.spans import Candidate

SOURCE = "rule:person-jp-surname-repeat"
PRIORITY = 31
# a place suffix after the surname makes it the place (东乡县, 大山村, 黑木町)
_PLACE_TAILS = frozenset("县市区镇乡村町州省岛港湾河江山岭城街路屯庄寨")


# 队长 holds 大队长, 中队长, 支队长 and the heads of the strongpoints' garrisons in the occupation-era local
# histories (守备队长, 小队长, 分队长, 宪兵队长: session 27, s27zhname)
_POSTS = ("司令官", "司令", "师团长", "旅团长", "联队长", "队长", "舰长", "参谋长",
          "大将", "中将", "少将", "大佐", "中佐", "少佐")
_AFTER_RE = re.compile("[，,。、；;：:]|率领|率部|率|指挥|下令|命令|认为|遂|即|出来|出动|带领|带着|经常|亲自")
# two officers named after one post (守备队长甲乙和丙丁，…): the second surname is framed by the same post
_AND_RE = re.compile("[和与及、]")


def find_jp_surname_repeats(text: str) -> list[Candidate]:
    return _after_posts(text) + _repeats(text)


def _after_posts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    surnames = None
    for post in _POSTS:
        at = text.find(post)
        while at != -1:
            end = at + len(post)
            name = text[end:end + 2]
            if len(name) == 2 and _AFTER_RE.match(text, end + 2):
                surnames = surnames or japanese_surnames()
                if name in surnames and not text.startswith(("司令", "长官"), end):
                    out.append(Candidate(end, end + 2, "PERSON", SOURCE, 32))
            elif len(name) == 2 and _AND_RE.match(text, end + 2) and _AFTER_RE.match(text, end + 5):
                surnames = surnames or japanese_surnames()
                other = text[end + 3:end + 5]
                if name in surnames and other in surnames:
                    out.append(Candidate(end, end + 2, "PERSON", SOURCE, 32))
                    out.append(Candidate(end + 3, end + 5, "PERSON", SOURCE, 32))
            at = text.find(post, end)
    return out


def _repeats(text: str) -> list[Candidate]:
    fulls: dict[str, set[str]] = {}
    surnames = japanese_surnames()
    for m in person_lexicon_matches(text):
        name = m.group(0)
        if 4 <= len(name) <= 5 and name[:2] in surnames:
            fulls.setdefault(name[:2], set()).add(name)
    if not fulls:
        return []
    places = known_places()
    out: list[Candidate] = []
    for surname, names in fulls.items():
        at = text.find(surname)
        while at != -1:
            end = at + 2
            if not any(text.startswith(full, at) for full in names) and _bare(text, at, end, places):
                out.append(Candidate(at, end, "PERSON", SOURCE, PRIORITY))
            at = text.find(surname, at + 1)
    return out


def _bare(text: str, start: int, end: int, places: frozenset[str]) -> bool:
    if text[end:end + 1] in _PLACE_TAILS:
        return False
    for width in (1, 2):                 # 广东乡村: the surname inside a longer place
        if start >= width and text[start - width:end] in places:
            return False
        if text[start:end + width] in places:
            return False
    return True
