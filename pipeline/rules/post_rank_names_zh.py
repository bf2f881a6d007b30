"""A name written between a unit post ending in 长 and an officer's rank (session 22, s22zhext).

Rosters, casualty lists and battle narratives of the Japanese and Chinese armies write an officer as post + name +
rank: `中队长某某太郎大尉`, `联队长某田一郎大佐`, `小队长某桥某吉少尉`, `连长王某某上尉`. Guideline 1 puts the post and the
rank outside the PERSON, but the whole-name finder (priority 42) reads the post's 长 as the first character of a
Japanese surname (长田, 长冈, 长谷: real surnames, so `联队长田中一郎大佐` became PERSON `长田中一郎`), and the facility
finder reads 长 + a place + 桥 as a bridge (`小队长市桥…` → FAC `长市桥`).

`find_post_rank_names(text)` (working text, Simplified) proposes PERSON at priority 46 (above those two readings,
45 and 42) for the two to five Han characters between a post `X长` whose X is an echelon or unit word (联队, 大队,
中队, 小队, 分队, 旅团, 师团, 支队, 舰, 连, 营, 团, 旅, 师, 军, 排, 班) and a rank word right after them (a copula 为/是/系 after the post stays outside: `团长系某某上校`; 大将 … 准尉
of the Japanese army, 上将 … 少尉 and 准将 of the Chinese, 曹长, 军曹, 伍长). The name holds no particle, no echelon
character and no punctuation; `中队长代理…` and names glued to a verb never match the rank after them.

Examples written for this module: `联队长长谷某一大佐` (a surname 长谷 after the post keeps its 长: the post's 长 is the
first one), `中队长木村某雄大尉阵亡`, `营长李某成少校负伤`.
Cost: one regex started at the rank literals (str.find through `scan.literal_finditer`); no rank, no scan.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import canonical_norm
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-post-rank", 46

_POSTS = "(?:联队|大队|中队|小队|分队|旅团|师团|支队|舰|连|营|团|旅|师|军|排|班)长"
_RANKS = ("大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|准尉|曹长|军曹|伍长|上将|准将|上校|中校|少校|上尉")
_NOT_IN_NAME = "的了在是和与及等于被把对向从由令率指所其此该这那各每均皆都也又亦即则乃便就已曾并而军师旅团营连排部队官兵代副"
# a copula or verb right after the post opens a predicate (师团长为某某中将, 团长系某某上校), not the name
_NAME = f"(?![为是系乃即兼由])(?:(?![{_NOT_IN_NAME}])[\u4e00-\u9fff]){{2,5}}?"
_POST_NAME_RANK_RE = re.compile(f"{_POSTS}(?:为|是|系)?(?P<name>{_NAME})(?:{_RANKS})")


def find_post_rank_names(text: str) -> list[Candidate]:
    """`中队长某某太郎大尉` → PERSON `某某太郎` (see the module doc)."""
    if "长" not in text:
        return []
    return [Candidate(m.start("name"), m.end("name"), "PERSON", SOURCE, PRIORITY, norm=canonical_norm(m.group("name")))
            for m in literal_finditer(_POST_NAME_RANK_RE, text)]
