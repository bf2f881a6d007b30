"""A Japanese family name alone right BEFORE a Japanese rank (session 19 audit, s19zhper).

Chinese memoirs and histories of 1894-1945 often name a Japanese officer by his family name and rank only,
the rank after the name as Japanese writes it: `渡边大佐`, `田中少佐`, `松本中尉`, `山田大将`. The family name
is a PERSON without the rank (guideline 1). `person_jp_surnames` reads the name after a post (联队长一木) and
the repeat of a full name; this module reads the shape family name + rank with no full name anywhere:

- the two or three characters before the rank are a Japanese family name (`surnames_jp*.txt`, the same list
  `person_jp_surnames` uses) and not a known place;
- the rank is a Japanese army or navy rank. Ranks the Chinese armies also used (大将, 中将, 少将) only where
  the character before the family name is not a Chinese surname (张山本中将 is no reading we make).

PERSON at priority 32 (a name framed by its rank, as in `person_jp_surnames`). One str.find per rank.
"""

from __future__ import annotations

from pipeline.rules.names_common import japanese_surnames, known_places, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-jp-surname-rank", 32
# ranks only the Japanese forces used, in Simplified and Traditional script
_JP_RANKS = ("大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "准尉", "曹长", "曹長", "军曹", "軍曹")
# general officers' ranks shared with the Chinese armies
_SHARED_RANKS = ("大将", "大將", "中将", "中將", "少将", "少將")


def find_jp_ranked_surnames(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    family = None
    for rank in _JP_RANKS + _SHARED_RANKS:
        at = text.find(rank)
        while at != -1:
            if family is None:
                family = japanese_surnames()
            for size in (3, 2):
                start = at - size
                name = text[start:at] if start >= 0 else ""
                if name in family and name not in known_places():
                    if rank in _SHARED_RANKS and start > 0 and text[start - 1] in surnames()[0]:
                        break
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                    break
            at = text.find(rank, at + 2)
    return out
