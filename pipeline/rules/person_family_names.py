"""A Japanese commander's family name alone after his full name: 冈村宁次 … 冈村用兵, 冈村在9月23日下令 (PERSON).

person_references reads the family name before a rank (菱田中将). Narratives also use it bare as the subject:
`find_family_names(text, written)` proposes the first two characters of a found four- or five-character name
whose first two are a Japanese surname (lexicons/surnames_jp.txt), at their other mentions after the full
name, where they are not inside a found span and a subject's continuation follows: a clause boundary, 的, or
one of 在 于 用 下 命 率 认 决 也 就 则 便 即 已 曾 又 仍 遂 亲 急 将 向 对 所 部 (冈村决定, 冈村的部队, 冈村部).
Candidates are PERSON at the bare-surname priority (15). Cost: one str.find loop per such name.
"""

from __future__ import annotations

from pipeline.rules.names_common import japanese_surnames
from pipeline.spans import Candidate

SOURCE = "rule:person-family-name"
PRIORITY = 15
_AFTER = set("，。、；：！？）)」” \n在于用下命率认决也就则便即已曾又仍遂亲急将向对所部的")


def find_family_names(text: str, written: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of Japanese family names standing for a full name found earlier (module doc)."""
    from pipeline.rules.person_references import found_persons

    persons = found_persons(text, written)
    if not persons:
        return []
    surnames = japanese_surnames()
    covered = bytearray(len(text) + 1)
    first_end: dict[str, int] = {}
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
        name = text[start:end]
        if 4 <= end - start <= 5 and name[:2] in surnames and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            first_end[name[:2]] = min(first_end.get(name[:2], end), end)
    out: list[Candidate] = []
    for family, after in first_end.items():
        pos = text.find(family, after)
        while pos != -1:
            end = pos + 2
            if not covered[pos] and not covered[end - 1] and end < len(text) and text[end] in _AFTER:
                out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
            pos = text.find(family, end)
    return out
