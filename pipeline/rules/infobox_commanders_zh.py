"""The names of a wiki infobox's commanders block, in Chinese working text.

`find_infobox_commanders(text)` (PERSON): in the block 指挥官与领导者 … 兵力, a line `国名 姓名` (清朝 X某) and lines of
names glued together by a lost separator (甲某乙某丙某), cut into names that start with a surname.
`find_infobox_post_names(text)` (PERSON): a commander in an infobox, a name before a bracketed post or a rank at the
start of a line (X (Y基地副司令员), X 上校 (…)); first seen on real-dev9-zh (session 7, helper zh9; moved here from written_zh9 in session 24).

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.scan import LazyPattern as _lazy
from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate
from pipeline.rules.officer_foreign_names_zh import name_ok as _name_ok

_HAN = "[^\\x00-\\x7f\\s，。、；：！？（）“”‘’「」『』《》〈〉【】…—～·・丨]"


_COMMANDERS_HEAD = _lazy("指挥官与领导者|指挥官与领导人|指挥官\n")
_BLOCK_END = _lazy("\n(?:兵力|伤亡与损失|伤亡|部队|参战部队|损失)\n")
_NAME_LINE = _lazy(f"{_HAN}{{2,12}}")
NOT_IN_NAME = set("的了是在和与及等以各该我敌其此这那每军师旅团营连部队年月日人之中省县市区党委书记主席总理长员")


def _name_chunks(run: str, known: frozenset) -> list[tuple[int, int]] | None:
    """Cut a run of glued names into names of 2-3 characters, each starting with a surname."""
    single, compound = surnames()
    chunks, pos = [], 0
    while pos < len(run):
        size = next((s for s in (3, 2) if run[pos:pos + s] in known), None)
        if size is None:
            if run[pos] not in single and run[pos:pos + 2] not in compound:
                return None
            rest = len(run) - pos
            size = 3 if rest in (3, 6, 9, 12) or rest == 5 and run[pos + 3] in single else 2
            if rest == 4 and run[pos + 2] not in single:
                size = 3 if rest != 4 else 2
        name = run[pos:pos + size]
        if len(name) < 2 or any(ch in NOT_IN_NAME for ch in name) or is_common_word(name, 20) or name in place_lexicon():
            return None
        chunks.append((pos, pos + size))
        pos += size
    return chunks


def find_infobox_commanders(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "指挥官" not in text:
        return out
    from pipeline.rules.written_zh_persons import known_persons

    known = known_persons()
    for head in _COMMANDERS_HEAD.finditer(text):
        start = head.end()
        stop = _BLOCK_END.search(text, start, start + 600)
        block_end = stop.start() if stop else min(len(text), start + 300)
        pos = start
        for line in text[start:block_end].split("\n"):
            line_start, pos = pos, pos + len(line) + 1
            parts = line.strip(" \u3000\t").split(" ")
            offset = line_start + len(line) - len(line.lstrip(" \u3000\t"))
            if len(parts) == 2 and parts[0] in place_lexicon() and place_lexicon()[parts[0]].label == "GPE" \
                    and re.fullmatch(f"{_HAN}{{2,5}}", parts[1]) and parts[1] not in place_lexicon() \
                    and not is_common_word(parts[1], 20) and not any(ch in NOT_IN_NAME for ch in parts[1]):
                name_start = offset + len(parts[0]) + 1
                out.append(Candidate(name_start, name_start + len(parts[1]), "PERSON", "rule:person-infobox", 33))
                continue
            run_start = offset
            for part in parts:
                if part and _NAME_LINE.fullmatch(part) and len(part) >= 4:
                    chunks = _name_chunks(part, known)
                    if chunks and len(chunks) >= 2:
                        for a, b in chunks:
                            out.append(Candidate(run_start + a, run_start + b, "PERSON", "rule:person-infobox", 33))
                run_start += len(part) + 1
    return out


_CJK = "\u4e00-\u9fff"

# a commander in an infobox: a name before a bracketed post or a rank (X (Y基地副司令员), X 上校 (…))
_BOX_POST = "司令员|司令官|司令|指挥官|军长|师长|总司令|参谋长|政委|政治委员|主席|总统|总理|首相|舰长|队长"
_BOX_HEAD_RE = re.compile(f"[ 　]*([{_CJK}]{{2,4}}) ?(?:[上中少大准]将|[上中少]校)?[ 　]?$")
_BOX_TAIL_RE = re.compile(f"[（(][^（()）\\n]{{0,16}}(?:{_BOX_POST})[）)]")


def find_infobox_post_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import surnames

    out = []
    single, double = surnames()
    for bracket in "（(":
        pos = text.find(bracket)
        while pos != -1:
            line_start = max(text.rfind("\n", 0, pos), text.rfind("|", 0, pos)) + 1
            if pos - line_start <= 12 and _BOX_TAIL_RE.match(text, pos):
                m = _BOX_HEAD_RE.match(text, line_start, pos)
                if m is not None:
                    name = m.group(1)
                    if (name[0] in single or name[:2] in double) and _name_ok(name):
                        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-infobox-post", 31))
            pos = text.find(bracket, pos + 1)
    return out
