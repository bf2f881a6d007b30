"""A bare surname marked as a person by the word after it: 冯氏, 蒋先生, 胡兄, 张部, 夏、叶两师 (PERSON).

Narratives that name a commander in full (冯玉祥, 张自忠) go on with his surname and a mark that only
a person takes: the clan mark 氏 (冯氏派兵), the address 先生 / 兄 (蒋先生, 胡兄), or 部 for the troops
he leads (张部进抵X, 追击鲁部). Two such surnames joined by 、 before 两/二 + 师/军/部/旅/人 are both
persons (夏、叶两师, 白、余二人). Every independent development set tags the surname alone (PERSON,
the mark outside), and none leaves such a surname untagged.

The surname must be the first character of a Chinese name of 2-3 characters found in the same text
(by the person finder or the written finders); the surname with the mark is no word jieba knows
(摄氏, 干部, 东部), and the character before it forms no word with it (紧张部署). Candidates are
PERSON at the bare-surname priority (15), so any other span wins where they overlap.
Cost: one str.find loop per distinct surname of the persons found, only in texts holding a mark.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, surnames
from pipeline.spans import Candidate

SOURCE = "rule:person-surname-mark"
PRIORITY = 15
# the mark right after the surname, with the words it must not start (部队, 兄弟, 氏族; 辛氏家族, 周氏一门, 李氏族谱: the clan)
_MARK_RE = re.compile("氏(?!族|家族|宗族|宗祠|祠堂|一族|一门|一門|子孙|后裔|家谱|族谱|宗谱)|先生|兄(?!弟|长|妹)|部(?![长队署分门位落族件首委局类份下属将])")
_PAIR_RE = re.compile("、(.)(?:两|二)(?:师|军|部|旅|团|人)")
_MARK_CHARS = ("氏", "先生", "兄", "部")
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"


def _anchors(text: str, persons: list[tuple[int, int]]) -> tuple[set[str], bytearray]:
    single, _ = surnames()
    chars: set[str] = set()
    covered = bytearray(len(text) + 1)
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
        name = text[start:end]
        if 2 <= end - start <= 3 and name[0] in single and all(_CJK_LO <= ch <= _CJK_HI for ch in name):
            chars.add(name[0])
    return chars, covered


def _left_free(text: str, pos: int) -> bool:
    return pos == 0 or not is_common_word(text[pos - 1 : pos + 1], 5)


def surname_marks(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of bare surnames of found `persons` marked by 氏/先生/兄/部 or a 、-pair (module doc)."""
    if not any(mark in text for mark in _MARK_CHARS) and not ("、" in text and ("两" in text or "二" in text)):
        return []
    chars, covered = _anchors(text, persons)
    found: list[tuple[int, int]] = []
    for char in chars:
        pos = text.find(char)
        while pos != -1:
            if not covered[pos] and not covered[pos + 1]:
                mark = _MARK_RE.match(text, pos + 1)
                if mark and not is_common_word(text[pos : mark.end()], 5) and _left_free(text, pos):
                    found.append((pos, pos + 1))
                else:
                    pair = _PAIR_RE.match(text, pos + 1)
                    if pair and pair.group(1) in chars and not covered[pos + 2] and _left_free(text, pos):
                        found += [(pos, pos + 1), (pos + 2, pos + 3)]
            pos = text.find(char, pos + 1)
    return found


def find_surname_marks(text: str, written: list[Candidate]) -> list[Candidate]:
    """PERSON candidates (priority 15) of marked bare surnames of the persons in `written` and those
    the person finder found in this text (person_references remembers them)."""
    from pipeline.rules.person_references import found_persons

    persons = found_persons(text, written)
    if not persons:
        return []
    return [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in sorted(set(surname_marks(text, persons)))]
