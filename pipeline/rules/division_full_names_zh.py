"""County-level divisions written in full that the gazetteer does not hold (session 23, s23zhfac: Chinese LOC/GPE audit
of memorial, heritage-register and arsenal pages). A general lexicon, no page's names.

The gazetteer (lexicons/gazetteer_cn.tsv, cpca 0.5.5) leaves out a district whose name several cities share
(`江北区` of Chongqing and Ningbo, `普陀区`, `白云区`, `通州区`) and knows none of the divisions created or renamed
after its codes (new districts and county-level cities). Heritage registers, memorial pages and local histories
write a site's address with them (`旧址位于某某区`), and the region reading of the same stem took over: `江北区` → LOC
`江北` (the region north of a river) and the suffix left out, or nothing at all.

Lexicon: the county column of lexicons/towns_cn.tsv (dist/streets.csv and areas.csv of
github.com/modood/Administrative-divisions-of-China, WTFPL: the National Bureau of Statistics' 统计用区划代码, 2023),
every name ending in 区, 市, 县 or 旗 that the gazetteer lacks, without the zones that are no division with a
government of their own (开发区, 管理区, 示范区, 新区, 风景名胜区, 管委会, …), without those whose stem the gazetteer
already reads as a GPE (a former county or city renamed a district: the place readings give it its id), and without the
generic names of city wards (城区, 东区, 城东区, 市中区, 郊区, 矿区: the gazetteer builder's own GENERIC_DISTRICT_RE).

Reading: the full name (with its suffix) is one GPE (contract: a county or city is a GPE; guideline 6: the suffix
stays inside), not before 委/党/长/政府/人民 (the body or post of the district: another reading) and not glued after
another character of a name that no place ends in (the name must start after a non-Han character, a known place of a
higher level — `重庆江北区` → GPE `重庆` + GPE `江北区` — or a word edge the lexicon checks: 位于, 在, 属, 至, 的, 、).
Priority 31: above the gazetteer's and the region lexicon's 30, below every rule that reads a longer body or structure.
Cost: str.find of the suffix characters; a set look-up of the 2-5 characters before each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:division-full-name", 31
_SUFFIXES = "区市县旗"
# zones and committees that are no division, and the generic ward names (build_gazetteer.GENERIC_DISTRICT_RE)
_NOT_DIVISION = re.compile("开发区|管理区|示范区|新区|名胜区|管委会|委员会|实验区|合作区|试验区|产业园|新城|园区|保税|港区")
_GENERIC = re.compile(r"^(?:[东西南北中]?城|[东西南北]|市中|郊|矿|新|高新|开发|经济开发|城关|城中|城[东西南北]|城厢)区$")
_NOT_AFTER = re.compile("委|党|长|政府|人民|公所|公署|专员")
_EDGE = frozenset("位在于属至到的、和与及从")


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Full names of county-level divisions (2023 codes) that the gazetteer lacks: see the module doc."""
    lexicon = place_lexicon()
    names = set()
    for row in read_rows("towns_cn.tsv"):
        if len(row) < 5:
            continue
        name = row[4]
        if not 3 <= len(name) <= 5 or name[-1] not in _SUFFIXES or name in lexicon:
            continue
        if _NOT_DIVISION.search(name) or _GENERIC.match(name):
            continue
        stem = lexicon.get(name[:-1])
        if stem is not None and stem.label == "GPE":
            continue        # 奉化区: the former county's name reads it already, with its id
        names.add(name)
    return frozenset(names)


def find_division_full_names(text: str) -> list[Candidate]:
    """GPE candidates of county-level divisions written in full (see the module doc)."""
    names = division_names()
    lexicon = place_lexicon()
    out: list[Candidate] = []
    for suffix in _SUFFIXES:
        for at in literal_positions(text, suffix):
            end = at + 1
            if _NOT_AFTER.match(text, end):
                continue
            for size in (5, 4, 3):
                start = end - size
                if start < 0 or text[start:end] not in names:
                    continue
                before = text[start - 1] if start else ""
                ok = not before or not ("\u4e00" <= before <= "\u9fff") or before in _EDGE
                if not ok:
                    ok = any((entry := lexicon.get(text[start - k:start])) is not None and entry.label == "GPE"
                             and entry.kind in ("province", "prefecture", "city") for k in (2, 3, 4) if start - k >= 0)
                if ok:
                    out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY))
                break
    return out
