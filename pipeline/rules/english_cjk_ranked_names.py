"""Latin-script names beside a Chinese rank or post inside a Chinese paragraph (session 15 audit, auditzh32):
`第3营的John Smith少校`, `23团团长Freeman`. A paragraph holding Latin words is a mixed run, which the English finder
reads and where the Chinese finders' all-ASCII candidates are dropped; the grammar is
korean_war_forms_zh.latin_ranked_names (a rank or post word in Chinese right after or right before the name).
"""

from __future__ import annotations

from pipeline.rules.korean_war_forms_zh import latin_ranked_names


def find_cjk_ranked_names(text: str, out: list) -> None:
    """Append a PERSON for each Latin name beside a Chinese rank or post in the paragraph `text`."""
    out.extend(latin_ranked_names(text))
