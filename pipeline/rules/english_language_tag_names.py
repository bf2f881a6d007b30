"""A person's Latin name after a Chinese name and a language tag in an English or mixed run (session 21, round 2,
r21names: the residue of a Chinese wiki mirror's infobox, `杜朗英语Pierre Durand`, `阮文甲（越南语：Nguyễn Văn Giáp）`).

The Chinese finders drop their ASCII candidates inside English runs, so the Latin form their reader
(lexicon_prince_viet_names_zh) finds there is read here too: a CJK character right before the tag (the Chinese name; the tag
is 英语 / 法语 / 德语 / 越南语 … in either script, with or without a bracket and a colon), then two or more
capitalised words (initials and lower-case particles de, van, von … between them) -> one PERSON at priority 60; overlapping
place or organisation readings give way. A one-word Latin form (a country, a city) reads nothing, and after the
name of no person (a battle, a fleet: lexicon_prince_viet_names_zh.tagged_name_start) the PERSON readings of the Latin form are
dropped (`某某海战（越南语：X Y Z）`: the Latin form names the battle).
Cost: str.find of 语 / 語, then one anchored match per tag.
"""

from __future__ import annotations

import re

from pipeline.rules.lexicon_prince_viet_names_zh import LATIN_RE, TAG_RE, tagged_name_start
from pipeline.spans import Candidate

# the end of the Latin form after a tag: a bracket, a Chinese or list mark, a line break
_FORM_END_RE = re.compile(r"[）)，,。；;、\n\u4e00-\u9fff]")


def find_language_tag_names(text: str, out: list) -> None:
    """Latin person names after a Chinese name and a language tag."""
    if "语" not in text and "語" not in text:
        return
    for match in TAG_RE.finditer(text):
        if not match.start() or not "\u4e00" <= text[match.start() - 1] <= "\u9fff":
            continue
        if tagged_name_start(text, match.start()) < 0:
            # 某某海战（越南语：X Y Z）, 某某舰队英语X Squadron: the Latin form of no person's name is no person either
            end = _FORM_END_RE.search(text, match.end())
            end = end.start() if end else len(text)
            for c in [c for c in out if c.label == "PERSON" and match.end() <= c.start and c.end <= end]:
                out.remove(c)
            continue
        latin = LATIN_RE.match(text, match.end())
        if latin is None:
            continue
        s, e = latin.span()
        for c in [c for c in out if c.start < e and s < c.end and c.label in ("PERSON", "GPE", "LOC", "ORG")]:
            out.remove(c)
        out.append(Candidate(s, e, "PERSON", "rule:en_infobox_name", 60, {}))
