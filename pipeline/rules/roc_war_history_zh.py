"""Forms of Taiwanese and Hong Kong pages on the war of 1937-1945 and after (session 14 audit, auditzh27: 國軍
history pages, 國防部 史政 texts, newspaper features, 遠征軍 memoirs on 滇西, 緬甸 1942/1944, 浙贛 1942).

- A place described as a key town: `緬甸重鎮同古`, `湘北重鎮岳陽`, `軍事重鎮` → the place before 重镇/要镇 is its own
  span (GPE or LOC by the gazetteer) and the descriptor is no part of any name: `重镇` ("key town") is an ordinary
  word, not the settlement suffix 镇 of a town called `缅甸重` (rule:town read `緬甸重鎮` as one GPE). The place is
  the longest gazetteer name (2-4 characters) ending right before the descriptor. Priority 31, above the town
  pattern and the gazetteer (30), so the place wins over `X重镇`; the named town after it is found as before.
- A military airfield named before `军用机场`/`军用飞机场`: `永克岡軍用機場`, `白市驛軍用機場` → one FAC (guideline 6: a
  place inside a longer FAC name belongs to the FAC). The name is the 2-4 characters after a clause mark, a count
  (`一座`), `的`, `有`, a preposition or 、/和/及, without any of them inside (the airfield finders know `X机场`
  but not the attribute 军用 between name and head). FAC at priority 45 (the FAC rules' priority).

Every pattern is a literal search (str.find) with bounded look-backs (linear time).
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_KEY_TOWN_SOURCE, _KEY_TOWN_PRIORITY = "rule:place-before-key-town", 31
_KEY_TOWN_WORDS = ("重镇", "要镇")


def find_key_town_places(text: str) -> list[Candidate]:
    """缅甸重镇同古: the place before 重镇/要镇 is its own span (see the module doc)."""
    out: list[Candidate] = []
    lexicon = None
    for word in _KEY_TOWN_WORDS:
        for pos in literal_positions(text, word):
            if lexicon is None:
                lexicon = place_lexicon()
            for size in (4, 3, 2):
                start = pos - size
                if start < 0:
                    continue
                entry = lexicon.get(text[start:pos])
                if entry is not None and entry.label in ("GPE", "LOC"):
                    out.append(Candidate(start, pos, entry.label, _KEY_TOWN_SOURCE, _KEY_TOWN_PRIORITY))
                    break
    return out


_AIRFIELD_SOURCE, _AIRFIELD_PRIORITY = "rule:facility-military-airfield", 45
_AIRFIELD_HEADS = ("军用机场", "军用飞机场")
# what may stand right before the airfield's name: a clause mark, a count's measure word, a particle or preposition
_AIRFIELD_NAME_EDGE = set("，。、；：！？（）()“”「」 \n\t,;:!?座个处的有在及和与至到抵往从由经占攻守修建设")


def find_military_airfields(text: str) -> list[Candidate]:
    """永克岗军用机场: one FAC over the name and the head (see the module doc)."""
    out: list[Candidate] = []
    for head in _AIRFIELD_HEADS:
        for pos in literal_positions(text, head):
            start = pos
            while start > 0 and pos - start < 4 and text[start - 1] not in _AIRFIELD_NAME_EDGE \
                    and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            if pos - start < 2 or (start > 0 and text[start - 1] not in _AIRFIELD_NAME_EDGE):
                continue          # no name, or a name longer than four characters: left to the other finders
            out.append(Candidate(start, pos + len(head), "FAC", _AIRFIELD_SOURCE, _AIRFIELD_PRIORITY))
    return out


def find_roc_war_history_forms(text: str) -> list[Candidate]:
    """Every class of this module."""
    return find_key_town_places(text) + find_military_airfields(text)
