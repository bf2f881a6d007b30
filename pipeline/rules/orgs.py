"""ORG finder for Simplified Chinese working text (plus English lexicon names).

Lexicon matches (organisations.tsv) come first; patterns then cover place + 政府, regional CCP
bureaus (华中局), headquarters bodies without an echelon word (桂林防守司令部), institutions after a
place or proper name (清华大学) and full official names with their sub-offices (国防部史政编译局).
"""

from __future__ import annotations

import re
from operator import attrgetter

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate
from pipeline.rules.span_edges_zh import split_country_bodies   # session 8: 日本 + 内务省 are two spans

from pipeline.rules.names_common import (
    LEXICON_ORG, RULE_ORG, Taken, org_lexicon, overlaps, glued_into_word, is_common_word, outside_titles,
)
from pipeline.rules.org_full_names import extended_orgs
from pipeline.rules.org_name_anchors import word_starts_at
from pipeline.rules.org_patterns import SCHOOL_HEADS, find_pattern_orgs

# names that moved out and are read from here (org_unanchored, org_local_bodies, tests)
from pipeline.rules.org_name_anchors import PROVINCE_ABBR, anchor_before, place_suffix  # noqa: F401
from pipeline.rules.org_patterns import (  # noqa: F401
    BUREAU_ANCHOR, BUREAU_RE, ORG_KEYWORD_ANCHOR, ORG_KEYWORDS, PARTY_ANCHOR, PARTY_RE,
)

_START = attrgetter("start")


# Programme words that make a bare 共产党 part of a longer party name (劳动共产党, 人民共产党).
_PARTY_PROGRAMMES = ("劳动", "工人", "人民", "统一", "革命", "联合", "马列", "左翼", "无产阶级")


# A body written before a unit word names the unit's owner inside the unit's name (财政部税警总团):
# the unit finder takes the whole, so no ORG is proposed there.
_UNIT_AFTER_ORG = re.compile(
    "(?:(?:税警|缉私|盐警)[总第0-9０-９一二三四五六七八九十]{0,3}(?:团|队|营|旅|师)|总团|总队|教导总队|警卫团|警卫旅|特务团"
    "|(?:警卫|教导|特务|宪兵)第? ?[0-9０-９一二三四五六七八九十]{1,3} ?(?:师|旅|团))"
)


# a known school's full name (_SCHOOL_HEADS) outranks the force it is named after
_SCHOOL_PRIORITY = 61


# verbs that set up or name a headquarters: the bare 大本营 after them is a commander's base (guideline 5)
_SET_UP_VERBS = ("设立", "设置", "建立", "设", "设为", "作为", "移驻", "迁移", "安置")   # not 为: 改为大本营直属


# levels of a local party committee written before its 军委 (省军委, 特委军委 is written 特军委 too; auditzh38)
_LOCAL_COMMITTEE_LEVELS = frozenset("省市县区地特")


def find_orgs(text: str) -> list[Candidate]:
    """ORG candidates: lexicon names and pattern names (both priority 35, above the gazetteer)."""
    chinese, english, zh_re, en_re = org_lexicon()
    out: list[Candidate] = []
    taken = Taken(len(text))
    for match in zh_re.finditer(text):
        start, end = match.span()
        following = text[end : end + 1]
        name = match.group()
        if following in ("人", "员") or (name.endswith(("党", "共")) and _party_troops(text, end)):
            continue
        if following == "队" and name.endswith("部"):
            continue  # 陆军部队, 内务部队: troops, not the ministry
        if len(name) > 2 and following and not name.endswith(SCHOOL_HEADS) and is_common_word(text[end - 1 : end + 1], 1000) \
                and not (following == "为" and name.endswith(("银行", "洋行"))):   # 某银行为: the copula (s20zhorg)
            continue  # 华北局势, 军机处理, 文学社会: the last character starts an ordinary word
        if len(name) == 3 and start and is_common_word(text[start - 1 : start + 1], 1000) and is_common_word(name[1:], 1000):
            continue  # 加强学会: an ordinary word ends on the first character, another word follows
        if following == "长" and name.endswith(("部", "局", "院")):  # 外交部长: a post, not the ministry
            continue  # 国民党人, 共产党员, 国民党军: demonyms / generic troops
        if name.endswith("部") and text.startswith(("主任", "副主任"), end) and len(name) <= 3:
            continue  # 政治部主任: a post of any army, not the Military Council's department
        if glued_into_word(text, start, end) or _UNIT_AFTER_ORG.match(text, end):
            continue
        if name == "军统" and start and text[start - 1] in "为任充署兼":
            continue  # 荫昌为军统: the Qing post of an army's commander (1911), not the bureau (auditzh6)
        if name == "大本营" and text.endswith(_SET_UP_VERBS, 0, start):
            continue  # 在城内设立大本营, 以X为大本营: a commander's headquarters, not Japan's (auditzh15)
        if name == "中共" and text.startswith(("党员", "党人", "党籍"), end):
            continue  # 中共党员: a bound form (guideline 12)
        if name == "共产党" and (not word_starts_at(text, start) or text.endswith(_PARTY_PROGRAMMES, 0, start)):
            continue  # 智利共产党, 人民共产党: the party of a name written before it
        if name == "军委" and start and text[start - 1] in _LOCAL_COMMITTEE_LEVELS:
            taken.add(start - 1, end)    # 省军委, 县军委: a local party's military committee, not the Central one
            out.append(Candidate(start - 1, end, "ORG", *RULE_ORG))
            continue
        taken.add(start, end)
        priority = _SCHOOL_PRIORITY if name.endswith(SCHOOL_HEADS) and len(name) > 4 else LEXICON_ORG[1]
        out.append(Candidate(start, end, "ORG", LEXICON_ORG[0], priority, norm={"canonical": chinese[name]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": english[match.group()]}))
    for start, end in find_pattern_orgs(text):
        if _UNIT_AFTER_ORG.match(text, end) or text[start:end].endswith("党") and _party_troops(text, end):
            continue
        if not overlaps(taken, start, end):
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
            continue
        # a longer pattern span wholly containing lexicon matches (重庆国民政府 ⊃ 国民政府) wins
        hit = [c for c in out if c.start < end and start < c.end]
        pairs = zip(sorted(hit, key=_START), sorted(hit, key=_START)[1:])
        if any(text[a.end:b.start] in _COORDINATORS for a, b in pairs):
            continue   # 兴中会或中国同盟会: two names coordinated, not one longer name (auditzh54)
        if all(start <= c.start and c.end <= end for c in hit) and all((c.start, c.end) != (start, end) for c in hit):
            for c in hit:
                out.remove(c)
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
    out.sort(key=_START)
    return split_country_bodies(text, outside_titles(text, extended_orgs(text, out)))


_COORDINATORS = ("或", "和", "与", "及", "、", "或者", "以及")


def _party_troops(text: str, end: int) -> bool:
    """国民党军, 国民党部队, 国民党援军: a party's troops are generic (guideline 5), not the party; 国民党军事史 and
    国民党军委会 name the party (zh12: 部队/援军/官兵 added to 军)."""
    return (text.startswith(("军", "部队", "援军", "官兵", "士兵", "残部",
                             "精锐", "主力", "兵力", "溃兵", "败兵", "嫡系", "杂牌"), end)   # 80万国民党精锐 (prezh7)
            and not text.startswith(("军事", "军政", "军委"), end))


# a first-character guard (pipeline.rules.scan.guarded): the same matches, fewer tries
_UNIT_AFTER_ORG = guarded(_UNIT_AFTER_ORG)
