"""Bodies named by their aim: `X Movement|Front|Union|... for the <Aim> of <Place>` (session 30, helper s30enunit:
audit of all nine labels on 14 unseen passages of the Falklands, Angolan, Korean, Iran-Iraq, Franco-Prussian and
Russo-Turkish wars; the Angolan pages write the liberation movements in full, in brackets after their acronyms).

- A capitalised body head (`Movement`, `Front`, `Union`, `Party`, `Alliance`, `Council`, `Committee`, `League`,
  `Organisation`, `Association`, `Society`, `Federation`, `Coalition`, `Congress`) with up to four capitalised words
  before it, then `for the` and one to four capitalised words of its aim, with an `of (the)` place or people or a
  `to` object after them (`the Popular Movement for the Liberation of Angola`, `National Union for the Total
  Independence of Angola`, `Front for the Liberation of Mozambique`, `League for the Independence of Vietnam`): one
  ORG over the whole name. The place inside belongs to the body (guideline 6), and the shorter readings the other
  finders gave its parts go (`Popular Movement` and `Liberation of Angola` as EVENTs, `Angola` as a GPE).
- Not a lower-case head (`the campaign for the liberation of France`), not an army or force (`Army for the
  Liberation of Rwanda` is no ORG here: armed forces are MIL_UNIT, read elsewhere), and an article or preposition
  opening the sentence stays outside (`The Union for the ...` -> `Union for the ...`), and so does an owner's
  possessive (`Savimbi's National Union for ...` -> `National Union for ...`).

Priority 64 (over the movement EVENTs and places it holds).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import CAP
from pipeline.spans import Candidate

PRIORITY = 64
_HEADS = ("Movement", "Front", "Union", "Party", "Alliance", "Council", "Committee", "League", "Organisation",
          "Organization", "Association", "Society", "Federation", "Coalition", "Congress")
_OPEN = frozenset("The A An This That These Those Its His Her Their Our In On At By For From After Before During When "
                  "While And Or But Both With Against".split())
_BODY = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>(?:{CAP}[ \t]+){{0,4}})(?P<h>{'|'.join(_HEADS)})[ \t]+for[ \t]+the[ \t]+"
    rf"(?P<a>{CAP}(?:[ \t]+{CAP}){{0,3}})"
    rf"(?P<t>(?:[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:and[ \t]+)?{CAP}){{0,2}}){{1,2}})(?![\w-])")


def find_aim_named_bodies(text: str, out: list) -> None:
    """`X Movement for the Liberation of Y` and the like: one ORG (see the module docstring)."""
    if " for the " not in text:
        return
    for m in _BODY.finditer(text):
        start = m.start()
        words = m.group("n").split()
        while any(w.endswith(("'s", "\u2019s", "s'", "s\u2019")) for w in words):
            words = words[1:]                    # an owner's possessive before the body stays outside
            start = text.index(words[0], start) if words else m.start("h")
        while words and words[0] in _OPEN:       # an article or a preposition opening the sentence stays outside
            start = text.index(words[0], start) + len(words[0])
            while text[start] in " \t":
                start += 1
            words = words[1:]
        end = m.end()
        if any(c.start < end and start < c.end and (c.start < start or c.end > end) and c.label == "ORG"
               for c in out):
            continue                             # a longer body the lexicons hold keeps its reading
        out[:] = [c for c in out if not (c.start < end and start < c.end)]
        out.append(Candidate(start, end, "ORG", "rule:en_aim_named_body", PRIORITY, {}))
