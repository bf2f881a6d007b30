"""Persons named before the years of their life in brackets (session 27, helper s27enper: English persons and
places of memoirs, letter blogs, regimental and local histories and OCR'd newspapers of the wars 1840-1979).

Family and letter pages, genealogies, regimental rolls and encyclopaedias write a person's birth and death years in
brackets right after the name, and the bracket itself says the name is a person's, whatever the name's words are:

- `Keziah Bunce (1820-1901)`, `Obadiah P. Quill (1780–1850)`: a name of two to four capitalised words (initials and
  the particles von/van/de/du/der/di/da/del/la/le/ten/ter inside) before a bracket of two years, the second 1 to 110
  years after the first, is one PERSON; the years stay DATEs.
- `and Thirza (b. 1788)`, `Mehitabel (d. 1863)`, `Jonas (born 1841)`: a name of one to four words before a bracket that
  opens with `b.`, `d.`, `born` or `died` and a year is a PERSON, a given name alone included; a place reading of the
  same words gives way (a person is born, a town is not).

Not a name any finder reads as an event, unit, organisation or structure (`the Chaco War (1932-1935)`), nor, before a
bracket of two years, a known place or a run holding an everyday English word (`the Orange Free State (1854-1902)`,
`Prussia (1701-1918)`: one word is never enough there), a month, a nationality or a title (STOP of
english_place_context); leading titles and ranks (`Private`, `Mrs.`, `Captain`) stay outside, as guideline 1 says.
Priority 39, above the bare PERSON grammar (38) and below places (40), which it removes itself where it wins.
Cheap: one scan for a bracket opening on four digits or on b./d./born/died.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping
from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER, STOP, common_word, person_words

PRIORITY = 39
_WORD = (rf"(?:[{LATIN1_UPPER}][{LATIN1_LOWER}]+(?:['\u2019][{LATIN1_UPPER}]?[{LATIN1_LOWER}]+)?(?:-[{LATIN1_UPPER}]?[{LATIN1_LOWER}]+)*|(?:Mc|Mac|O['\u2019])[{LATIN1_UPPER}][{LATIN1_LOWER}]+"
         rf"|[{LATIN1_UPPER}]\.)")
_PARTICLE = r"(?:von|van|de|du|der|den|di|da|del|della|la|le|ten|ter)"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019.-])(?P<n>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}})[ \t]*$")
_BRACKET = re.compile(r"\((?:(?P<life>b\.|born|d\.|died)[ \t]*(?:c\.[ \t]*|ca\.[ \t]*|about[ \t]+)?(?P<one>1[5-9]\d\d)"
                      r"|(?P<a>1[5-9]\d\d)[ \t]*[-\u2013\u2014][ \t]*(?P<b>1[5-9]\d\d|20[0-2]\d))\)")
# titles and ranks written before a name (guideline 1: outside the PERSON), and capitalised words that open a clause
_LEADING = frozenset(
    "The A An And Or But Of In At On By To From With For As Letter Letters His Her Their Our My Son Daughter Wife "
    "Widow Brother Sister Father Mother Uncle Aunt Cousin Mr Mr. Mrs Mrs. Miss Ms Dr Dr. Rev Rev. Reverend Sir Lady "
    "Lord Dame Private Pte Pte. Pvt Pvt. Corporal Cpl Cpl. Sergeant Sgt Sgt. Serjeant Lance Trooper Gunner Sapper "
    "Drummer Bugler Rifleman Seaman Constable Lieutenant Lt Lt. Lieut Lieut. Captain Capt Capt. Major Maj Maj. "
    "Colonel Col Col. General Gen Gen. Brigadier Admiral Commander Commandant Chief Judge Governor President "
    "Senator Deacon Elder Surgeon Doctor Nurse Saint St St.".split())
_EVENT_ENDS = frozenset(("EVENT", "MIL_UNIT", "ORG", "FAC"))


def _name_start(text: str, start: int, end: int) -> int | None:
    """The start of the name once leading titles and clause words are left out; None where nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group() in _LEADING or words[0].group().rstrip(".") in _LEADING):
        words.pop(0)
    if not words or words[0].group().endswith(".") and len(words) == 1:
        return None
    return start + words[0].start()


def _plain_name(name: str, both_years: bool) -> bool:
    """No month, title, nationality, everyday word (two-year brackets only) or known place among its words."""
    from pipeline.rules.english_lexicon import demonyms, english_names  # noqa: PLC0415

    known = english_names().get(name, ("",))[0]
    if known and known != "PERSON" and (both_years or known not in ("GPE", "LOC")):
        return False
    given = person_words()
    for word in re.findall(r"[^\s]+", name):
        bare = word.rstrip(".")
        if bare in STOP or word in demonyms():
            return False
        if both_years and len(bare) > 1 and bare not in given and "-" not in bare and common_word(bare):
            return False
    return True


def find_lifespan_names(text: str, out: list) -> None:
    """Append PERSON candidates for names before a bracket of their years (see the module docstring)."""
    if "(" not in text:
        return
    for m in _BRACKET.finditer(text):
        both = m.group("a") is not None
        if both and not 0 < int(m.group("b")) - int(m.group("a")) <= 110:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if not before:
            continue
        start = _name_start(text, before.start("n"), before.end("n"))
        if start is None:
            continue
        end = before.end("n")
        name = text[start:end]
        if both and " " not in name or not _plain_name(name, both):
            continue
        clash = overlapping(out, start, end)
        if any(c.label in _EVENT_ENDS or c.start < start or c.end > end for c in clash):
            continue            # an event, unit or body of that name, or a longer reading across it
        if both and any(c.label in ("GPE", "LOC") for c in clash):
            continue
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "PERSON", "rule:en_lifespan_name", PRIORITY, {}))
