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

- An airfield named by a known place right before 机场/飞机场: `以炮兵猛轟宜昌機場` → FAC `宜昌機場`, not `猛轟宜昌機場`
  (the airfield pattern took the verb before the place into the name). The place is 2-3 characters of the gazetteer;
  where another place or a list mark stands right before it (`湘西芷江机场`, `柳州、梧州机场`: one FAC with a
  shared head) nothing is proposed (the longer name is left to the
  other finders). FAC at priority 47, one above the airfield pattern (46), so the place-named span wins over a longer one.
- A Republican date written as packed digits after 民國 (the form of Taiwanese forms, captions and blogs, year of one
  to three digits, then two-digit month and day): `民國371030日`, `民國391023總統校閱…`, `民國1101023` → one DATE
  (1948-10-30, 1950-10-23, 2021-10-23), not a QUANTITY of 371030 days. The month must be 01-12 and the day 01-31, no
  digit may follow. DATE at priority 55 (above the QUANTITY and DATE finders).

Every pattern is a literal search (str.find) with bounded look-backs (linear time).
"""

from __future__ import annotations

import re

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


_PLACE_AIRFIELD_SOURCE, _PLACE_AIRFIELD_PRIORITY = "rule:facility-place-airfield", 47


def find_place_airfields(text: str) -> list[Candidate]:
    """猛轰宜昌机场: FAC 宜昌机场, the known place and the airfield word (see the module doc)."""
    out: list[Candidate] = []
    lexicon = None
    for head in ("飞机场", "机场"):
        for pos in literal_positions(text, head):
            if head == "机场" and text[pos - 1:pos] == "飞":
                continue                      # 飞机场 is read with its own head
            if lexicon is None:
                lexicon = place_lexicon()
            for size in (3, 2):
                start = pos - size
                if start < 0 or text[start:pos] not in lexicon:
                    continue
                if any(text[max(0, start - k):start] in lexicon for k in (2, 3)) or text[start - 1:start] == "、":
                    break                     # 湘西芷江机场, 柳州、梧州机场 (one head shared): left to the other finders
                out.append(Candidate(start, pos + len(head), "FAC", _PLACE_AIRFIELD_SOURCE, _PLACE_AIRFIELD_PRIORITY))
                break
    return out


_PACKED_SOURCE, _PACKED_PRIORITY = "rule:date-roc-packed", 55
_PACKED_ROC_DATE = re.compile("民国[ 　]?(?P<y>[0-9]{2,3}?)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])日?(?![0-9])")


def find_packed_roc_dates(text: str) -> list[Candidate]:
    """民国371030日: one DATE of the Republic's year, month and day (see the module doc)."""
    out: list[Candidate] = []
    for pos in literal_positions(text, "民国"):
        m = _PACKED_ROC_DATE.match(text, pos)
        if m is None:
            continue
        year, month, day = 1911 + int(m.group("y")), int(m.group("m")), int(m.group("d"))
        value = f"{year:04d}-{month:02d}-{day:02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", _PACKED_SOURCE, _PACKED_PRIORITY,
                             norm={"date_hint": {"value": value}}))
    return out


def find_roc_war_history_forms(text: str) -> list[Candidate]:
    """Every class of this module."""
    return (find_key_town_places(text) + find_military_airfields(text) + find_place_airfields(text)
            + find_packed_roc_dates(text))
