"""Japanese officers read from their rank or post when nothing before them frames the name (PERSON).

- a Japanese surname (lexicons/surnames_jp.txt) + one or two given characters + a rank (少将, 中将, 大佐 …):
  调来池田某三少将率领的…, 由山本某某大佐指挥 — persons.py reads the same after a post, a side word or a
  clause boundary; here any character may stand before, as long as it forms no word with the surname;
  the given characters may be numerals (一郎, 二郎, 直三);
- a surname the list lacks + a given name ending in 郎, 之助, 兵卫 or 卫门 (endings no Chinese given name has) + a rank;
- a post of the Japanese army (师团长, 旅团长, 联队长, 大队长, 中队长, 支队长, 小队长, 司令官; Traditional too) + a name of 3-4 characters
  (a surname the lists may lack: 大贺某) + a clause boundary or a word that follows a subject (因, 向, 率, 的,
  下令, 指挥 …), the name free of function and echelon characters and no ordinary word.

Candidates are PERSON at the person heuristics' priority (20). Cost: nothing unless a rank or one of the
posts is in the text; then a scan anchored on them.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import among_posts, is_common_word, japanese_surnames
from pipeline.rules.scan import anchored_finditer, guarded
from pipeline.rules.person_unit_owners import with_other_mentions
from pipeline.spans import Candidate

SOURCE = "rule:person-japanese-officer"
PRIORITY = 20
_RANKS = ("大将", "中将", "少将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉")
# 支队长 and 小队长 and the Traditional forms too (支队长重藤某某率部, 聯隊長某某); a bracket may follow the name
# (支队长某某(以…扩编而成): auditzh37)
_POSTS_RE = guarded(re.compile("(?:师团长|旅团长|联队长|大队长|中队长|支队长|小队长|司令官"
                               "|師團長|旅團長|聯隊長|連隊長|大隊長|中隊長|支隊長|小隊長)([\u4e00-\u9fff]{3,4}?)"
                               "(?=[，。、；：）)(（\\s]|因|向|率|的|下令|命令|指挥|决定|认为|于|在|等|亲|也|便|即|遂|已|曾)"))
_POST_ANCHOR = re.compile("[长長官]")   # the last character of every post, two after the match's start
_STOP = set("的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
            "为以将兼任暨同因获遭受奉亲急仍还再军师旅营队团司部长官兵")
_NUMERALS = set("一二三四五六七八九十")
# endings of Japanese given names that Chinese names do not have: with them a surname the list lacks still opens a
# name before a rank (盘井虎二郎少将, 真崎甚三郎大将)
_BEFORE_NAME = set("由为以派令和与及、将军即率")
_GIVEN_ENDINGS = ("郎", "之助", "兵卫", "卫门", "兵衛", "衛門")
_SERVICES = ("陆军", "海军", "陆航")


def _plain(name: str) -> bool:
    return not any(ch in _STOP for ch in name) and not is_common_word(name, 20) and not is_common_word(name[:2], 50)


def find_japanese_officers(text: str) -> list[Candidate]:
    """PERSON candidates of Japanese officers named before a rank or after a Japanese post (module doc)."""
    out: list[Candidate] = []
    surnames = japanese_surnames()
    for rank in _RANKS:
        pos = text.find(rank)
        while pos != -1:
            # 某某陆军中将: the service word between the name and the rank (auditzh36)
            end = pos - 2 if text[pos - 2:pos] in _SERVICES else pos
            # a three-character surname (小笠原) is read whole before its two-character tail (笠原)
            sizes = (5, 4, 3) if end >= 5 and text[end - 5:end - 2] in surnames else (4, 3, 5)
            for size in sizes:
                start = end - size
                if start < 0:
                    continue
                name = text[start:end]
                if name[:2] not in surnames and name[:3] not in surnames:
                    if size == 3 or not name.endswith(_GIVEN_ENDINGS) or any(ch in _STOP for ch in name[:2]) \
                            or start and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _BEFORE_NAME:
                        continue   # an unlisted surname only with a given name no Chinese name has (虎二郎, 虎之助)
                given = name[3:] if name[:3] in surnames else name[2:]
                if not 1 <= len(given) <= 3 or any(ch in _STOP for ch in given) or not all(
                        "\u4e00" <= ch <= "\u9fff" for ch in name):
                    continue
                if start and is_common_word(text[start - 1:start + 1], 20):
                    continue
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
            pos = text.find(rank, pos + 2)
    for match in anchored_finditer(_POSTS_RE, text, _POST_ANCHOR, 2):
        start, end = match.span(1)
        name = match.group(1)
        if _plain(name) and not (name[0] in _NUMERALS or name.startswith("第")) and not among_posts(name):
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return with_other_mentions(text, out)
