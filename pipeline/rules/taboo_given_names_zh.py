"""Given names after 讳, the word genealogies, epitaphs and gazetteer biographies use to name the dead (session 24
label audit, s24zhper: genealogies 家谱/族谱, county gazetteers' 人物 and 忠义 chapters, martyr records).

A genealogy names an ancestor by his title and the tabooed given name: `始祖讳甲`, `吾祖讳甲乙者`, `某公讳甲乙，字丙丁`,
`父名讳某甲乙，字…`, a list of brothers `讳甲、讳乙、讳丙`. The one, two or three characters after 讳 are the person's
name (PERSON, without the title before it, guideline 1), where 讳 stands after a word of the title or kinship
(公 祖 考 君 父 翁 府君 名 代 世 兄 弟 叔 伯 妣, 子 of `一子讳甲`) or after a list mark or comma, and a clause mark, 、, 者, 字 or 号 closes
the name. 讳 after 忌/避/隐/不/无 is the verb (忌讳, 避讳, 直言不讳) and never stands after these words; a name
holds no function character (之 其 的 言 莫 …) and is no ordinary word.

PERSON at priority 32 (a name framed by its record, as ranked_courtesy_band_names_zh's 字/号).
Cost: str.find of 讳 (and 諱 in an unconverted text) before a regex at each place found.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:taboo-given-name", 32
_CJK = "\u4e00-\u9fff"
_TITLE_BEFORE = "公祖考君父翁名代世兄弟叔伯妣子、，,"
_TABOO_RE = re.compile(f"(?<=[{_TITLE_BEFORE}])[讳諱]([{_CJK}]{{1,3}}?)(?=[，,。；;、）)\\s]|者|字|号|號|$)")
_NOT_IN_NAME = frozenset("之其的了是在和与及等为以言莫疾年月日人一二三四五六七八九十某")


def find_taboo_given_names(text: str) -> list[Candidate]:
    """The given name after 讳 in a record of the dead (working text)."""
    if "讳" not in text and "諱" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_TABOO_RE, text):
        name = m.group(1)
        if any(ch in _NOT_IN_NAME for ch in name) or (len(name) > 1 and is_common_word(name, 50)):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out
