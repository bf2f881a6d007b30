"""Longer names that hold a place, a body or a force, and FAC readings (session 22, s22zhenc: Chinese enclosing names
and FAC, audited on local-history, heritage-site, arsenal, fort and railway pages). Grammar over the candidates
found and the gazetteer; no list of names. Examples are written for this docstring.

- A historic site named by the force or body that stood there (`第九十军司令部旧址`, `某政府某部某署旧址`) is one FAC
  (guideline 6; docs: `…旧址` named by the body is one FAC): where the site reading ends in 旧址/遗址 and a force or body
  reading opens its name, the site outranks it (the force alone is no entity there).
- A factory or arsenal named by its town is one FAC (`汉口面粉厂`, `长沙第一纱厂`, `醴陵县兵工厂`; session 26 adds the
  trades of the state factories of 1949-1979: `某地冶炼厂`, `某地拖拉机厂`, and a code-numbered one: `国营七一二厂`), not a country's
  (`日本纱厂`: whose mills, no name); an arsenal named by its office and number (`兵工署第三十工厂`,
  `军政部兵工署第三十工厂`, `兵工署某某兵工厂`) is one FAC (the wartime arsenals' written names).
- A word before a name that is no part of it: a time word (`当时|省立某某中学`) or a verb of building opening an ORG
  or FAC reading is cut off.
- The government of a township, district or town (`柳塘镇政府`, `青溪乡公所`) and the police of a place
  (`营口公安局`, `某某警察队`) are one ORG with the place (like `某县政府`), not the place alone; a kind of
  government (`人民乡政府`, `民主镇政府`) is none.
- An approximate count (`五六十`: two neighbouring digits) before 军, or any count before 军警/军民, counts people:
  QUANTITY, never a unit designation (`带五六十军警`; `第四五军` stays a unit).
- A post title right before a surname, one character and 军 (`大队长黄振军等人`): the person, not the person's army.
- A railway or road named by the first characters of two places the same text names (`营口 … 营锦铁路 … 锦州`) is
  one FAC; not where the pair is itself a place, nor a kind of railway (`窄轨铁路`, `军用公路`).
- A village written with 自然村 (`青溪自然村`), or with 村 right before 村民/村长/村口/村头 (`柳塘村村民`), is a GPE.
- A guild hall named by its home province or town (`福建会馆`, `宁波会馆`; two province abbreviations `X Y会馆`)
  is one FAC; a local militia named by its county (`醴陵县挨户团`, `湘潭保卫团`, `X县民团`, 常备队, 清乡队, 铲共团) is
  one MIL_UNIT (like `X县保安团`), not its members (`团丁`) or posts (`团长`); the Japanese railway guards
  (`独立守备队`, `关东军独立守备队第三大队`, `独立守备第四大队第二中队`) are MIL_UNIT.
- Buildings named by their county, owner or kind (temples after their county, pavilions, family halls, listed
  structures, a force's works, residences) are read by `named_buildings_zh` (split out in session 31), called from
  `find_enclosing_names` in the same order as before.

Session 23 (s23zhenc: Chinese names that enclose a place, audited on police histories, mission, school, Red Cross and
overseas-Chinese pages; recurrence checked on other pages):
- The police offices below a place's bureau (`某县警察署`, `某镇派出所`, `某村警察分驻所`) are one ORG with the place;
  a town the gazetteer does not know is read from its 镇/乡 and a one- or two-character stem after a word edge, and a
  bureau written before the office opens the name with its places (`某市某区公安分局某镇派出所`: one ORG).
- A body's own school, branch or office written right after its name (`某会分会`, `某校分校`, `某大附中`) is one ORG
  over both (guideline 15); not a post or site after it (`分会长`, `分校址`). A branch named by its place or its
  number between the two (`某军校成都分校`, `某学校第四分校`: the issue's `黄埔军校X分校`) is one ORG as well.

Priorities: sites over a force or body one above it (68 over a unit's 67); factories 50 (below a strike or rising
named by the works, 58), numbered arsenals 61, works of a force 68; trimmed names
the reading's own + 1; governments 36; counts 61 (above the unit rule's 60); persons 62 (above a person's army, 61);
railways, county temples, halls, pavilions 46 (above FAC 45); villages 32; militia 61, railway guards 67 (above the
qualifier run's 66).
Cost: passes over the candidates found; str.find of 旧址/遗址, 厂/局, 兵工署, 政府/公所/公安/警察/驻所/派出所, 军,
铁路/铁道/公路, 村, 县, 会馆, the militia heads, 守备, 阁, 祠 and 附/分/支会 before any regex; gazetteer look-ups at those
places only. Police offices 36 (as town governments); a body's sub-office the body's priority + 1 (at least 37).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import org_lexicon   # the Chinese forms of the organisation lexicons
from pipeline.rules.names_common import (
    province_chars, is_common_word, is_han, known_places, surnames,
)
from pipeline.rules.scan import literal_finditer, literal_positions
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"


def known_place_before(text: str, end: int, places, shortest: int = 2) -> int | None:
    """Start of the longest place the gazetteer reads as a GPE (2-4 characters) ending at `end`, else None; a county
    or city written with its suffix counts whole (醴陵 + 县, not the county 陵县 inside it)."""
    found = None
    for size in (4, 3, 2):
        if size < shortest or end - size < 0:
            continue
        entry = places.get(text[end - size:end])
        if entry is not None and entry.label == "GPE":
            found = end - size
            break
    if end >= 3 and text[end - 1] in "县市":
        stem = known_place_before(text, end - 1, places)
        if stem is not None and (found is None or stem < found):
            found = stem
    return found


# --- historic sites over a force or body ------------------------------------------------------------------------
_SITE_SOURCES = frozenset(("rule:fac-former-site", "rule:fac-site"))


def _sites_over_bodies(text: str, found) -> list[Candidate]:
    sites = [c for c in found if c.label == "FAC" and c.source in _SITE_SOURCES
             and text[c.end - 2:c.end] in ("旧址", "遗址")]
    if not sites:
        return []
    out = []
    for site in sites:
        head = site.end - 2
        # the force or body opens the name (it may end before the head: 某某政府|某部|兵工署旧址)
        over = [c.priority for c in found if c.label in ("MIL_UNIT", "ORG") and c.start == site.start
                and c.end <= head and c.end - c.start >= 2 and c.priority >= site.priority]
        if over:
            out.append(Candidate(site.start, site.end, "FAC", "rule:site-over-body", max(over) + 1))
    return out


# --- factories and arsenals --------------------------------------------------------------------------------------
_FACTORY_HEADS = ("兵工厂", "面粉厂", "纱厂", "铁厂", "造船厂", "火柴厂", "发电厂", "机器局", "制造局", "枪炮厂",
                  "火药厂", "被服厂", "修械所", "子弹厂", "炼钢厂", "钢铁厂",
                  "兵器制造厂", "兵器厂", "修械厂", "枪弹厂", "飞机制造厂", "兵工分厂",   # the last six: session 23 (s23zhfac)
                  # session 26 (s26zhorg): the state factories of 1949-1979 named by their town and trade (某地冶炼厂,
                  # 某地拖拉机厂, 某地第一纺织厂); criterion: the trades of the industry chapters of the city and county
                  # gazetteers of those years
                  "冶炼厂", "拖拉机厂", "机器厂", "机械厂", "机车车辆厂", "机车厂", "车辆厂", "机床厂", "纺织厂", "棉纺厂",
                  "印染厂", "造纸厂", "化肥厂", "水泥厂", "炼油厂", "电机厂", "汽车制造厂", "汽车厂", "轴承厂", "柴油机厂",
                  "化工厂", "制药厂", "卷烟厂", "玻璃厂", "陶瓷厂", "农机厂",
                  # session 28 (s28zhorg): the first arsenals of the 1860s named by their town (某地洋炮局, 某地炮局,
                  # 某地枪炮局), works like 某地机器局; criterion: the names of the Huai Army's gun works in the
                  # histories of the Self-Strengthening arsenals
                  "洋炮局", "枪炮局", "炮局",
                  # session 30 (s30zhorgfac): the arsenals' full and short official names (某地机器制造总局, 某地制造总局,
                  # 某地制炮局), read as works like 某地机器局 (organisations_qing.tsv lists them no more)
                  "机器制造总局", "机器制造局", "制造总局", "制炮局")
_FACTORY_RE = re.compile("(?:第[一二三四五六七八九十]{1,2})?(?:" + "|".join(sorted(_FACTORY_HEADS, key=len, reverse=True)) + ")")
# a state factory known by its code number, 1950s-1970s (国营七一二厂, 国营第八一五厂): one FAC (s26zhorg)
_STATE_CODE_FACTORY_RE = re.compile("国营第?[〇零一二三四五六七八九0-9]{3,4}厂")


_ARSENAL_AFTER_RE = re.compile(f"第[〇零一二三四五六七八九十百0-9]{{1,4}}(?:兵工厂|工厂|厂)|[{_CJK}]{{2}}兵工厂")


# the Red Army's and the base areas' ordnance offices number their works without 第 (session 29, s29zhlong: arsenal
# and county histories of the Taihang and Shaan-Gan-Ning works write 军工部一所, 军工局第一厂): the office and its
# numbered works are one FAC, as 兵工署第一工厂, and the numeral + 所/厂 is no count of works
_ORDNANCE_OFFICES = ("军工部", "军工局", "军工处", "兵工部", "兵工处")
_OFFICE_WORKS_RE = re.compile("第?[〇零一二三四五六七八九十0-9]{1,3}(?:分厂|兵工厂|工厂|所|厂)")
# a post, a member or a further word after the works: 所长/厂长 are posts (the works before them stays), 所属/厂房 no name
_NOT_AFTER_WORKS = frozenset("属房区址")


def _office_arsenals(text: str) -> list[Candidate]:
    """兵工署第二十工厂, 军政部兵工署第五十工厂, 兵工署某某兵工厂: an arsenal named by its office and number is one FAC;
    so is a Communist ordnance office's numbered works (军工部三所, 军工局第一厂: _ORDNANCE_OFFICES)."""
    out = []
    for at in literal_positions(text, "兵工署"):
        m = _ARSENAL_AFTER_RE.match(text, at + 3)
        if m is None:
            continue
        start = at - 3 if text.startswith("军政部", at - 3) else at
        if text.startswith("国民政府", start - 4):
            start -= 4
        end = m.end() + 2 if text.startswith(("旧址", "遗址"), m.end()) else m.end()   # …第五十工厂旧址: the site (s23zhfac)
        out.append(Candidate(start, end, "FAC", "rule:office-arsenal", 61))
    for office in _ORDNANCE_OFFICES:
        for at in literal_positions(text, office):
            m = _OFFICE_WORKS_RE.match(text, at + len(office))
            if m is not None and (m.end() >= len(text) or text[m.end()] not in _NOT_AFTER_WORKS):
                out.append(Candidate(at, m.end(), "FAC", "rule:office-arsenal", 61))
    return out


def _factories(text: str, found) -> list[Candidate]:
    if "厂" not in text and "局" not in text and "修械所" not in text:
        return []
    out = [Candidate(m.start(), m.end(), "FAC", "rule:factory-place", 50) for m in _STATE_CODE_FACTORY_RE.finditer(text)] \
        if "国营" in text else []
    places = place_lexicon()
    gpe_starts = {c.end: c.start for c in found if c.label == "GPE" and c.end - c.start >= 2}
    for m in literal_finditer(_FACTORY_RE, text):
        start = gpe_starts.get(m.start())
        if start is None:
            start = known_place_before(text, m.start(), places)
        if start is None:
            continue
        entry = places.get(text[start:m.start()])
        if entry is not None and entry.kind in ("country", "continent"):
            continue                                   # 日本纱厂: whose mills, no name
        out.append(Candidate(start, m.end(), "FAC", "rule:factory-place", 50))
    return out


# --- words before a name that are no part of it -------------------------------------------------------------------
_LEADS = ("当时", "此时", "同时", "那时", "其时", "后来", "新建", "修建", "兴建", "创办", "创建", "筹建", "开办", "扩建")
_SUFFIX_LEADS = frozenset("县市省镇乡区")


def _trimmed_names(text: str, found) -> list[Candidate]:
    out = []
    gpe_ends = None
    for c in found:
        if c.label not in ("ORG", "FAC") or c.end - c.start < 5:
            continue
        lead = text[c.start:c.start + 2]
        if lead in _LEADS:
            out.append(Candidate(c.start + 2, c.end, c.label, "rule:name-without-lead", c.priority + 1))
        elif c.label == "FAC" and text[c.start] in _SUFFIX_LEADS and c.start > 0 and is_han(text[c.start - 1]):
            if gpe_ends is None:
                gpe_ends = {g.end for g in found if g.label == "GPE"}
            if c.start + 1 in gpe_ends or known_place_before(text, c.start + 1, place_lexicon(), 3) is not None:
                # 某某县|三清寺 read as 县三清寺
                out.append(Candidate(c.start + 1, c.end, "FAC", "rule:name-without-lead", c.priority + 1))
    return out


# --- governments and police of a place ----------------------------------------------------------------------------
# 甲乙镇|政府 (a township, district or town: the county's and city's governments are read elsewhere), 甲乙|公安局
# session 23 (s23zhenc): the offices below a place's police bureau (某镇派出所, 某区公安分局, 某县警察署, 某地分驻所)
_GOVERNMENT_RE = re.compile("(政府|公所|公署)|公安局|警察局|公安队|警察队|警察所|(派出所|分驻所|警察署)")
_POLICE_OFFICES = ("公安分局", "警察分局", "公安局", "警察局")


def _place_chain_start(text: str, end: int, places, gpe_starts) -> int | None:
    """Start of the places written one after another up to `end` (某省某县, 某市某区), else None."""
    start = None
    while True:
        before = gpe_starts.get(end)
        if before is None:
            before = known_place_before(text, end, places)
        if before is None:                             # a place the anchors know (某市|六合|公安分局)
            before = next((end - n for n in (4, 3, 2) if end - n >= 0 and text[end - n:end] in known_places()), None)
        if before is None:
            return start
        start = end = before


def _town_before(text: str, at: int) -> int | None:
    """Start of a town or township written with 镇/乡 and a one- or two-character stem right before `at`, after a word
    edge or a police office (某分局|竹镇|派出所, 的|甲乙乡|派出所); the gazetteer need not know it."""
    if at < 2 or text[at - 1] not in "镇乡":
        return None
    for size in (2, 1):
        start = at - 1 - size
        stem = text[start:at - 1] if start >= 0 else ""
        if len(stem) != size or not all(is_han(ch) for ch in stem) or any(ch in NOT_IN_STEM for ch in stem):
            continue
        if start > 0 and text[start - 1] not in PLACE_EDGE and not text.endswith(_POLICE_OFFICES, 0, start):
            continue
        if size == 2 and is_common_word(stem, 50, ("nr", "ns", "nz")):
            continue
        return start
    return None
_NOT_TOWN_STEMS = frozenset(("人民", "民主", "抗日", "革命", "苏维埃", "该", "本", "各"))


def _governments(text: str, found) -> list[Candidate]:
    if "政府" not in text and "公所" not in text and "公署" not in text and "公安" not in text and "警察" not in text \
            and "驻所" not in text and "派出所" not in text:
        return []
    out = []
    places = place_lexicon()
    gpe_starts = {c.end: c.start for c in found if c.label == "GPE" and c.end - c.start >= 2}
    for m in literal_finditer(_GOVERNMENT_RE, text):
        at = m.start()
        start = gpe_starts.get(at)
        if start is None:
            start = known_place_before(text, at, places, 3 if m.group(1) else 2)
        if start is None and m.group(1) and at >= 3 and text[at - 1] in "镇乡" and (at == 3 or text[at - 4] in PLACE_EDGE):
            stem = text[at - 3:at - 1]                 # 和|甲乙乡|公所: a township the gazetteer does not know
            if all(is_han(ch) for ch in stem) and not any(ch in NOT_IN_STEM for ch in stem) \
                    and not is_common_word(stem, 50, ("nr", "ns", "nz")):
                start = at - 3
        if start is None and m.group(2):
            start = _town_before(text, at)
        if start is None:
            continue
        if m.group(2):                                 # 某县公安局|某镇|派出所: the office over it opens the name
            office = next((o for o in _POLICE_OFFICES if text.endswith(o, 0, start)), None)
            if office is not None:
                chain = _place_chain_start(text, start - len(office), places, gpe_starts)
                if chain is not None:
                    start = chain
            out.append(Candidate(start, m.end(), "ORG", "rule:place-government", 36))
            continue
        name = text[start:at]
        if m.group(1):
            if name[-1] not in "镇乡区" or len(name) < 3 or name[:-1] in _NOT_TOWN_STEMS:
                continue
        else:
            entry = places.get(name)
            if entry is not None and entry.kind in ("country", "continent"):
                continue
        out.append(Candidate(start, m.end(), "ORG", "rule:place-government", 36))
    return out


# --- a body's own school, branch or office after its name ------------------------------------------------------------
# session 23 (s23zhenc): 某大|附中, 某某学院|分校, 某会|分会, 某局|派出所: a head written right after an ORG found (a school,
# a society, a bureau, a place's body) names that body's own school, branch or office: one ORG over both (guideline 15,
# a full official name is one span). A place before the body stays inside (某城某大附中 is read by the head pass).
_SUB_BODY_RE = re.compile("附中|附小|附属中学|附属小学|分校|分会|支会|派出所|分驻所|分局")
_SUB_BODY_AFTER_NOT = frozenset("长员生址内外")


def _sub_bodies(text: str, found) -> list[Candidate]:
    if not any(h in text for h in ("附", "分", "支会", "派出所")):
        return []
    org_ends = {}
    for c in found:
        if c.label == "ORG" and c.end - c.start >= 2 and (c.end not in org_ends or c.start < org_ends[c.end].start):
            org_ends[c.end] = c
    out = []
    places = place_lexicon()
    for m in literal_finditer(_SUB_BODY_RE, text):
        if text[m.end():m.end() + 1] in _SUB_BODY_AFTER_NOT:
            continue                                   # 某会分会长, 某校分校址: a post or a site, not the body
        ends = [m.start()] + [m.start() - k for k in (2, 3, 4) if m.start() - k > 0
                              and (text[m.start() - k:m.start()] in places
                                   or _BRANCH_ORDINAL_RE.fullmatch(text, m.start() - k, m.start()))]
        # the body right before the head, or before the branch's place or number (某军校|成都|分校, 某校|第四|分校),
        # found by a finder or named by the organisation lexicons (the ORG finder runs apart from these)
        for end in ends:
            body = org_ends.get(end)
            start = body.start if body is not None else _lexicon_body_start(text, end)
            if start is not None:
                priority = max(body.priority, 36) + 1 if body is not None else 37
                out.append(Candidate(start, m.end(), "ORG", "rule:body-sub-office", priority))
                break
    return out


def _lexicon_body_start(text: str, end: int) -> int | None:
    """The start of the longest organisation of the lexicons written right before `end`."""
    forms = org_lexicon()[0]
    return next((end - size for size in range(min(end, 12), 1, -1) if text[end - size:end] in forms), None)


_BRANCH_ORDINAL_RE = re.compile("第[一二三四五六七八九十]{1,3}")


# --- counts before 军 ---------------------------------------------------------------------------------------------
_DIGITS = "一二三四五六七八九"
_COUNT_NOT_AFTER = "第" + _DIGITS + "十百千万零〇"
_COUNT_CHARS = frozenset(_DIGITS + "十百千万两几数0123456789")


def _counts_before_army(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "军"):
        # 七八十军: two neighbouring digits (and a power of ten) before 军, an approximate count
        end = at - 1 if at >= 1 and text[at - 1] in "十百千万" else at
        if end >= 2 and text[end - 1] in _DIGITS and text[end - 2] in _DIGITS \
                and _DIGITS.index(text[end - 1]) == _DIGITS.index(text[end - 2]) + 1 \
                and (end == 2 or text[end - 3] not in _COUNT_NOT_AFTER):
            out.append(Candidate(end - 2, at, "QUANTITY", "rule:count-before-army", 61))
            continue
        # 二十余军警, 数百军民: any count before 军警/军民
        if text[at + 1:at + 2] not in ("警", "民"):
            continue
        stop = at - 1 if at >= 1 and text[at - 1] in "余多" else at
        start = stop
        while start > 0 and text[start - 1] in _COUNT_CHARS:
            start -= 1
        if start == stop or (start > 0 and text[start - 1] == "第") or text[start:stop] in ("几", "数", "两"):
            continue
        out.append(Candidate(start, at, "QUANTITY", "rule:count-before-army", 61))
    return out


# --- a titled person whose name ends in 军 ------------------------------------------------------------------------
_TITLE_ENDS = ("长", "司令", "司令员", "政委", "书记", "主任", "委员", "参谋", "副官", "秘书", "干事", "指导员", "教导员")
_AFTER_NAME = frozenset("等率在被于、，。；是的和与及带即也已曾便就为到从向同")


def _titled_army_names(text: str, found) -> list[Candidate]:
    single, _compound = surnames()
    out = []
    for c in found:
        if c.label != "MIL_UNIT" or c.end - c.start != 3 or text[c.end - 1] != "军":
            continue
        name = text[c.start:c.end]
        if name[0] not in single or name[1] in _DIGITS + "十百千万零〇两第" or not is_han(name[1]):
            continue
        if not any(text.endswith(t, 0, c.start) for t in _TITLE_ENDS):
            continue
        if c.end < len(text) and text[c.end] not in _AFTER_NAME:
            continue
        out.append(Candidate(c.start, c.end, "PERSON", "rule:titled-army-name", max(62, c.priority + 1)))
    return out


# --- railways named by two places of the text ---------------------------------------------------------------------
_ROUTE_RE = re.compile(f"([{_CJK}])([{_CJK}])(?:铁路|铁道|公路)")


def _named_with_first(text: str, ch: str, places, found_firsts) -> str | None:
    """A place of the text whose name starts with `ch`: one the candidates found, or one the gazetteer knows."""
    if ch in found_firsts:
        return found_firsts[ch]
    at = text.find(ch)
    while at != -1:
        for size in (3, 2):
            entry = places.get(text[at:at + size])
            if entry is not None and entry.label == "GPE":
                return text[at:at + size]
        at = text.find(ch, at + 1)
    return None


def _place_pair_routes(text: str, found) -> list[Candidate]:
    if "铁路" not in text and "铁道" not in text and "公路" not in text:
        return []
    found_firsts = {text[c.start]: text[c.start:c.end] for c in found if c.label == "GPE" and c.end - c.start >= 2}
    places = place_lexicon()
    out = []
    for m in literal_finditer(_ROUTE_RE, text):
        a, b = m.group(1), m.group(2)
        pair = a + b
        if a == b or not is_han(a) or not is_han(b) or is_common_word(pair, 5, ("nr", "ns")):
            continue
        if places.get(pair) is not None or places.get(text[m.start() - 1:m.start() + 2]) is not None:
            continue                                   # 甲乙铁路 where 甲乙 is itself a place: that place's railway
        first, second = _named_with_first(text, a, places, found_firsts), _named_with_first(text, b, places, found_firsts)
        if first is None or second is None or first.startswith(pair) or second.startswith(pair):
            continue
        out.append(Candidate(m.start(), m.end(), "FAC", "rule:place-pair-route", 46))
    return out


# --- villages ---------------------------------------------------------------------------------------------------
_VILLAGE_RE = re.compile(f"([{_CJK}]{{2}})(?:自然村|村(?=村民|村长|村干部|村口|村头))")
_VILLAGE_EDGE = frozenset("，。、；：！？,;:!?（）()“”\"' \n的在到和与及于区县镇乡")
NOT_IN_STEM = frozenset("的了在是和与及或这那该此各每其我敌全本原个等为有被向从到至于也就而又再更最很几")


def _villages(text: str) -> list[Candidate]:
    if "村" not in text:
        return []
    out = []
    for m in literal_finditer(_VILLAGE_RE, text):
        stem = m.group(1)
        if m.start() > 0 and text[m.start() - 1] not in _VILLAGE_EDGE and not text.endswith("社区", 0, m.start()):
            continue
        if any(ch in NOT_IN_STEM for ch in stem) or all(ch in _DIGITS + "十两" for ch in stem) \
                or is_common_word(stem, 50, ("nr", "ns", "nz")):
            continue
        end = m.end() if m.group().endswith("自然村") else m.start() + 3
        out.append(Candidate(m.start(), end, "GPE", "rule:village-written", 32))
    return out


# --- guild halls, local militia and railway guards ----------------------------------------------------------------
_HALL_EDGE = frozenset("，。、；：！？,;:!?（）()“”\"' \n的在到和与及于是为入进住驻设即")
_MILITIA_HEADS = ("挨户团", "保卫团", "民团", "常备队", "清乡队", "铲共团", "反共团")


def _place_named(text: str, end: int, places) -> int | None:
    """Start of the place naming what follows at `end`: a GPE of the gazetteer (not a country), or two province
    abbreviations (湖广, 山陕) opening after an edge."""
    start = known_place_before(text, end, places)
    if start is not None:
        entry = places.get(text[start:end])
        return None if entry is not None and entry.kind in ("country", "continent") else start
    if end >= 2 and all(ch in province_chars() for ch in text[end - 2:end]) and text[end - 2] != text[end - 1] \
            and (end == 2 or text[end - 3] in _HALL_EDGE):
        return end - 2
    return None


def _unit_hint(echelon: str) -> dict:
    return {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}


def _halls_and_militia(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for at in literal_positions(text, "会馆"):
        start = _place_named(text, at, places)
        if start is not None:                          # 某某会馆 named by its home province or town
            out.append(Candidate(start, at + 2, "FAC", "rule:place-hall", 46))
    for head in _MILITIA_HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if text[end:end + 1] in ("长", "员", "丁", "兵"):
                continue                               # 挨户团长, 民团团丁: a member or a post
            start = known_place_before(text, at, places)
            if start is None or (start > 0 and text[start - 1] in "各每该两几数"):
                continue
            entry = places.get(text[start:at].rstrip("县市"))
            if entry is not None and entry.kind in ("country", "continent"):
                continue
            out.append(Candidate(start, end, "MIL_UNIT", "rule:place-militia", 61, norm=_unit_hint(head[-1])))
    return out


_GUARD_RE = re.compile("(?:满洲|关东军)?(?:独立|铁道|铁路)守备(?:队?(?:第[一二三四五六七八九十]{1,3}(?:大队|中队)){1,2}"
                       "|队(?![长员]))")


def _railway_guards(text: str) -> list[Candidate]:
    if "守备" not in text:
        return []
    out = []
    for at in literal_positions(text, "守备"):
        for lead in ("满洲独立", "关东军独立", "满洲铁道", "独立", "铁道", "铁路"):
            start = at - len(lead)
            if start >= 0 and text.startswith(lead, start):
                m = _GUARD_RE.match(text, start)
                if m and m.group().endswith("守备队"):
                    out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:railway-guard", 67, norm=_unit_hint("队")))
                elif m:
                    out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:railway-guard", 67))
                break
    return out


# --- the edge before a place that opens a name ---------------------------------------------------------------------
# a mark, a function word, or the last character of a verb of attack or seizure with its object (攻打|甲乙乡公所,
# 包围了|甲乙镇政府: the bandit risings of 1949-51 and the local histories of the guerrilla war name the township
# offices they attacked; s29zhplace); also read by named_buildings_zh's family halls
PLACE_EDGE = frozenset("，。、；：！？,;:!?（）()“”\"' \n的在于到进入至驻住往向从经和与及了打攻占袭围烧毁")


def find_enclosing_names(text: str, found) -> list[Candidate]:
    from pipeline.rules import named_buildings_zh as buildings   # it reads this module's helpers: imported at the call

    return (_sites_over_bodies(text, found) + _factories(text, found) + _office_arsenals(text) + _trimmed_names(text, found)
            + _governments(text, found) + _counts_before_army(text) + _titled_army_names(text, found)
            + _place_pair_routes(text, found) + _villages(text) + buildings.county_temples(text)
            + _halls_and_militia(text) + _railway_guards(text) + buildings.pavilions_and_halls(text)
            + buildings.listed_structures(text) + buildings.owned_works(text) + buildings.named_residences(text, found)
            + _sub_bodies(text, found))
