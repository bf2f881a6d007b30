"""Foreign polities of the Ming and Qing histories in Chinese text: 满剌加国, 三佛齐, 木骨都束国 (GPE).

Pages on the Ming voyages and the Qing tributaries list the states the envoys reached, most of them with 国 written
after the name; the person finders read the unknown three-character forms as names (X国 of a surname-like first
character) and the gazetteer reads an island for the state. `find_foreign_polities(text)` (working text, Simplified)
proposes GPE from the table `lexicons/polities_ming_qing_zh.tsv` (every state with its own entry in 明史 列传 外国四至七
and 清史稿 列传 属国一至四; provenance in its header):

- a name of the table + 国: `X国` is one GPE (苏吉丹国, 西洋琐里国), unless 国 starts a word of its own (国家, 国内, 国际,
  国民…: then nothing) or the title 国王/国主/国君/国使 follows (the name alone: 彭亨|国王);
- a name marked `bare` (3+ characters, or two that make no common word) alone: 满剌加, 三佛齐, 忽鲁谟斯, 真腊;
- a name marked `state` (the states the place tables already hold: 暹罗, 缅甸) only as `X国` (暹罗国 was read 暹罗);
- a name marked `guarded` (2 characters that are also words, towns or peoples: 占城, 古里, 阿丹, 爪哇) alone only
  when it is listed with 、 next to another name of the table, or when the text already names a polity of the table
  and a preposition or verb of place (自 至 抵 到 由 经 往 赴 于 在 …) stands right before it (自占城南下), and no
  town word follows (占城镇, 古里镇 are Chinese towns);
- never a bare name before 人, 族 or 语 (廓尔喀人, 浩罕语: demonyms and languages are not tagged).

Variants the web writes are read as the table's names: 刺 for 剌, 渤 for 浡. GPE at 31: above the gazetteer (30)
which reads 爪哇 as the island, below every unit, person and organisation rule. Cost: one alternation regex over
the names, scanned from its literals (scan.literal_finditer); nothing where the text holds none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first, read_rows
from pipeline.rules.names_common import is_han
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:foreign-polity"
PRIORITY = 31
_OPENERS = frozenset("自至抵到由经历往赴于在向从入及与和达")   # 历: 次历X, the voyages' "passed through"
_LIST = frozenset("、，,；;及与和")
_TITLE_AFTER = frozenset("王主君使相")          # 国王, 国主, 国君, 国使, 国相: the state is the name alone
_WORD_AFTER = frozenset("家内际民中土度防库会营军法策情籍旗歌界号")   # 国家, 国内, 国际, …: 国 is no suffix
_TOWN_AFTER = frozenset("镇池市墙门郭区乡村县城楼街路河山岛")       # 占城镇, 古里镇, 爪哇岛: another name or a word
_DEMONYM_AFTER = frozenset("人族语")   # 廓尔喀人, 浩罕语: a demonym or language is no place (guideline 12)
_TOWN_BARE = frozenset("镇乡村县街路")   # a bare name of 3+ characters before a Chinese town word is a Chinese town


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], re.Pattern]:
    """{written form: use} and one pattern of every written form, longest first."""
    forms: dict[str, str] = {}
    for row in read_rows("polities_ming_qing_zh.tsv"):
        name, use = row[0], row[1]
        for form in {name, name.replace("剌", "刺"), name.replace("浡", "渤")}:
            forms[form] = use
    pattern = re.compile("|".join(re.escape(form) for form in sorted(forms, key=longest_first)))
    return forms, pattern


def find_foreign_polities(text: str) -> list[Candidate]:
    forms, pattern = _table()
    hits = []
    for match in literal_finditer(pattern, text):
        start, end, form = match.start(), match.end(), match.group()
        after = text[end:end + 1]
        if after == "国":
            nxt = text[end + 1:end + 2]
            if nxt in _WORD_AFTER:
                continue
            hits.append((start, end if nxt in _TITLE_AFTER else end + 1, form, True))
        else:
            hits.append((start, end, form, False))
    if not hits:
        return []
    sure = {hit[0] for hit in hits if hit[3] or forms[hit[2]] == "bare"}   # a polity surely named in the text
    starts = {hit[0]: hit for hit in hits}
    ends = {hit[1]: hit for hit in hits}
    out: list[Candidate] = []
    for start, end, form, with_state in hits:
        before = text[start - 1:start] if start else ""
        after = text[end:end + 1]
        if not with_state:
            if forms[form] == "state" or after in _DEMONYM_AFTER:
                continue
            if forms[form] == "bare" and (after in _TOWN_BARE or after == "岛" and text[end + 1:end + 2] != "国"):
                continue
            if forms[form] == "guarded" and after and after in _TOWN_AFTER:
                continue
            if forms[form] == "guarded":
                listed = (before in _LIST and start - 1 in ends) or (after in _LIST and end + 1 in starts)
                if not listed and not (sure - {start} and before in _OPENERS):
                    continue
            elif before and is_han(before) and before not in _OPENERS and before not in _LIST and len(form) < 3:
                continue
        out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, {"id": None}))
    return out
