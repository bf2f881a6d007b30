"""Known names glued by a hyphen to a participle, in English text.

`find_hyphen_participle_names(text, out)`: a known name glued by a hyphen to a participle ('the Viet Minh-led front',
'Kuomintang-held towns'): the lexicon reads a copy with the hyphen as a space; only names ending at the hyphen are
kept.

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

# a known name glued by a hyphen to a participle ('the Viet Minh-led front', 'Kuomintang-held towns'): the lexicon
# reads a copy with the hyphen as a space; only names ending at the hyphen are kept
PARTICIPLE_RE = re.compile(r"(?<=[a-z\u00e0-\u00ff\u0100-\u01b0\u1ea0-\u1ef9])-(?:led|held|controlled|occupied|backed|based"
                           r"|dominated|sponsored|allied|ruled|governed|supported|inspired|organized|organised)(?![\w-])")


PARTICIPLE_WORDS = ("-led", "-held", "-controlled", "-occupied", "-backed", "-based", "-dominated", "-sponsored",
                    "-allied", "-ruled", "-governed", "-supported", "-inspired", "-organized", "-organised")


def find_hyphen_participle_names(text: str, out: list) -> None:
    if "-" not in text or not any(w in text for w in PARTICIPLE_WORDS):
        return
    hyphens = [m.start() for m in PARTICIPLE_RE.finditer(text)]
    if not hyphens:
        return
    copy = list(text)
    for at in hyphens:
        copy[at] = " "
    from pipeline.rules import english  # noqa: PLC0415
    local: list[Candidate] = []
    english.lexicon("".join(copy), local)
    ends = set(hyphens)
    out.extend(c for c in local if c.end in ends)
