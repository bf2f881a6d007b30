"""Latin-script names beside a Chinese rank or post inside a Chinese paragraph (session 15 audit, auditzh32):
`第3营的John Smith少校`, `23团团长Freeman`. A paragraph holding Latin words is a mixed run, which the English finder
reads and where the Chinese finders' all-ASCII candidates are dropped; the grammar is
korean_war_forms_zh.latin_ranked_names (a rank or post word in Chinese right after or right before the name).
"""

from __future__ import annotations

import re

from pipeline.rules.korean_war_forms_zh import latin_ranked_names

# the last character of every rank or post word latin_ranked_names reads (after a name: its _RANKS; before one:
# its look-behind's words): a paragraph without one of them (nearly every English one) has no such name
_RANK_LAST_CHAR_RE = re.compile("[将校尉帅长士兵令官统相使]")


def find_cjk_ranked_names(text: str, out: list) -> None:
    """Append a PERSON for each Latin name beside a Chinese rank or post in the paragraph `text`."""
    if _RANK_LAST_CHAR_RE.search(text):
        out.extend(latin_ranked_names(text))
