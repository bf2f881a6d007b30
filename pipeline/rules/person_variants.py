"""Known persons written with a variant character that the working text keeps (PERSON).

OpenCC t2s keeps 甯 (a surname of its own, so lexicons/variant_chars.tsv leaves it alone), yet Traditional
pages write the given-name 宁 of a known person as 甯 (岡村甯次 → working text 冈村甯次); and Simplified web pages
write 冈 (岡) as 岗 (崗), the two being graphic variants of one word "ridge" (岗村宁次 for 冈村宁次).
`find_person_variants(text)` matches the names and aliases of lexicons/persons.tsv with 甯 for a non-initial
宁 and 岗 for 冈, as PERSON at the lexicon's priority.

Cost: nothing unless 甯 or 岗 is in the text; then one trie-regex pass over the variant forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.spans import Candidate

SOURCE = "rule:person-variant"
PRIORITY = 60
_VARIANT_CHARS = ("甯", "岗")


@lru_cache(maxsize=1)
def _variant_re() -> re.Pattern:
    from pipeline.rules.trie import trie_regex

    forms: set[str] = set()
    for row in read_rows("persons.tsv"):
        if not row or not row[0]:
            continue
        names = [row[0]] + (re.split("[,|]", row[1]) if len(row) > 1 and row[1] else [])
        for name in names:
            if not re.fullmatch("[\u4e00-\u9fff]{3,5}", name):
                continue
            variant = name[0] + name[1:].replace("宁", "甯")
            for form in {variant, variant.replace("冈", "岗"), name.replace("冈", "岗")}:
                if form != name:
                    forms.add(form)
    return re.compile(trie_regex(forms))


def find_person_variants(text: str) -> list[Candidate]:
    """PERSON candidates of known persons written with 甯 for 宁 or 岗 for 冈."""
    if not any(ch in text for ch in _VARIANT_CHARS):
        return []
    return [Candidate(m.start(), m.end(), "PERSON", SOURCE, PRIORITY) for m in _variant_re().finditer(text)]
