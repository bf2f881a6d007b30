"""Place finder (GPE, LOC) over Simplified Chinese working text.

`find_places(text)` returns candidates from the place lexicons (gazetteer_cn,
places_historical, places_world, places_physical) with source
"lexicon:gazetteer" and priority 30, plus three patterns:
- the modern name stated in "（今X）" / "(今属X)" (rule 7), even when X is unknown;
- province-abbreviation borders "湘赣边", "湘桂边界" (LOC);
- lists of single-character abbreviations "豫、湘、桂", "中、印" (GPE).

Matching is leftmost-longest over one regex compiled from a character trie of
all names. Filters keep precision: demonyms (日本人), directional words used
as directions (向西南) or after a town (忻口西北), a province read out of a river bank
(沿河南岸), a place name glued into a longer word ending or starting a longer name
(胶州路, 井陉煤矿, 湖南大学), a county inside a longer foreign name (佛罗里达州 ⊃ 达州) or a
person's name before a rank (松山祐三中将), an academy's class (黄埔一期). Unfamiliar names
found by their context (cues, suffixes, lists, bracketed notes) come from
pipeline.rules.local_places; 至南怀化: direction + city = a village. Suffixes written with the
name are absorbed (衡阳城, 衢州城, 北平市, 奉化区); a county name that is also a river becomes
LOC in river context (沅江东岸); an ocean or region with 战场 is one LOC (太平洋战场); a
multi-province region (浙赣地区), a country-pair theatre (由印缅发起) and a single abbreviation
after a verb of going (入缅) are patterns.

The lexicon scan is in place_name_scan, the checks of one match in place_reading_checks (and
place_word_checks), the three patterns in place_pattern_candidates.
"""

from __future__ import annotations

import re
from operator import attrgetter

from pipeline.normalize.places import PlaceEntry, normalize_place, place_lexicon
from pipeline.rules.local_place_lists import bare_candidates, list_member_candidates, paren_location_candidates
from pipeline.rules.local_places import (
    PRIORITY,
    SOURCE,
    jieba_words,
    local_candidates,
    overlapping_found,
    river_context,
)
from pipeline.rules.names import japanese_surnames
from pipeline.rules.names_common import plain_word
from pipeline.rules.place_name_scan import iter_names
from pipeline.rules.place_pattern_candidates import abbreviation_candidates, border_candidates, modern_note_candidates
from pipeline.rules.place_reading_checks import (BOUND_BEFORE, BOUND_NAME_AFTER, COUNTED_MEASURES, DIRECTIONAL,
                                                 generic_landform_counted,
                                                 glued_both_sides, inside_person_name, not_a_place_here,
                                                 quoted_ship, rare_reading, short_form_ends_at,
                                                 transliteration_chars, word_then_longer_name,
                                                 SHIP_AFTER_FIRST, UNQUOTED_SHIP_RE)
from pipeline.rules.place_word_checks import inside_foreign_word, inside_plain_word
from pipeline.rules.former_names_destinations_zh import not_a_place, overlaps_province
from pipeline.rules.admin_area_words_zh import not_a_tier_word
from pipeline.rules.place_word_boundaries_zh import other_word_in_context
from pipeline.rules.place_reading_checks import reign_eras
from pipeline.rules.landscape_idioms_zh import drop_idiom_places
from pipeline.spans import Candidate

# the public names that moved out, importable here as before (ABBREVIATIONS: place_abbreviation_moves, qing_forms …)
from pipeline.rules.place_pattern_candidates import (ABBREV_CHARS, ABBREV_LIST_RE, ABBREVIATIONS,  # noqa: F401
                                                     BORDER_RE, COUNTRY_PAIR_RE, MODERN_NOTE_RE, PROVINCE_ABBREV,
                                                     PROVINCE_PAIR_REGION_RE, SINGLE_ABBREV_RE)
from pipeline.rules.place_reading_checks import (BANK_AFTER_RE, COHORT_AFTER_RE, CONJUNCTIONS,  # noqa: F401
                                                 DIRECTION_AFTER_RE, DIRECTION_BEFORE, RANK_RE)

_START_END = attrgetter("start", "end")   # sort keys read in C (no lambda per candidate)
_START = attrgetter("start")


BAY_RE = re.compile("(?:湾|海峡)(?![区里内])")
# 城 followed by these is a word of its own (城区, 城郊, 城外, 城北): not the city suffix
CITY_WORD_AFTER = ("区", "郊", "市", "乡", "镇", "外", "北", "南", "东", "西", "防")   # 北平城防: the city's defence
# 区 followed by these is a word of its own (区域, 区长, 区委): not the district suffix
DISTRICT_WORD_AFTER = set("域长委政内间别分划部位块")

DEMONYM_RE = re.compile(r"人(?!民|力|口|员|马)|族|鬼子|佬|兵(?![团站工器营种力舰船])")   # 日本鬼子, 日本兵, 日本佬: bound forms (guideline 12); 兵舰/兵船 are warships (英国兵船: the country, s29zhlong)
ADMIN_END = "省市县区城镇村乡旗州盟"
TITLE_RE = re.compile(r"《[^《》\n]{0,80}》")
# a name whose last character starts a bound word: 认定日军, 英美军
BOUND_AFTER = {"日": "军方机舰寇伪", "美": "军方机舰援", "英": "军方机舰", "中": "方共美日英苏", "苏": "军方",
               "海": "岸",   # 北海岸, 东海岸: a coast, not the city 北海
               "党": "课员委校章费性籍内外组务政"}   # 上党课, 上党校: the party, not the region 上党 (zh13)
# a county short form directly followed by a landform character is part of a longer landform name (三门江)
LANDFORM_AFTER = "江河湖山岭峡溪"
LANDFORM_AFTER_OK = ("江面", "江边", "江岸", "河边", "河岸", "山区", "山地")
NAME_CONTINUES_FIRST = frozenset("煤铁矿兵纪博大学中小银童工日晚商饭酒公电广路街保自民")
# a one-character cue before a direction character that starts a village name (至|南怀化)
DIRECTION_PREFIX_CUES = set("至抵到占克经守")
# a place glued to the start of a longer name (胶州路, 井陉煤矿, 中国银行, 上海大学): not a place of its own
NAME_CONTINUES_RE = re.compile(
    "(?:煤矿|铁矿|矿区|矿务局|兵工厂|纪念馆|博物馆|大学|学院|中学|小学|银行|童子军|工部局|日报|晚报|"
    "商会|饭店|大饭店|酒店|公司|电台|广播电台|路(?![上口过线程途军费径旁边])|大街|街(?![头道上口面边巷坊市民])|"
    "保安队|保安团|保安旅|保安师|自卫团|自卫队|自卫军|民团)"
)



def _title_marks(text: str) -> bytearray:
    """Marks the characters inside a 《title》 (its brackets not): a name (no bracket in it) is inside a
    title when its first and last characters are."""
    marks = bytearray(len(text))
    for m in TITLE_RE.finditer(text):
        marks[m.start() + 1:m.end() - 1] = b"\x01" * (m.end() - m.start() - 2)
    return marks


def _absorb_suffix(text: str, end: int, entry: PlaceEntry) -> int:
    """Extend over a place suffix written with the name: 衡阳城, 北平市, 宛平县."""
    if entry.label != "GPE" or end >= len(text):
        return end
    nxt = text[end]
    after = text[end + 1 : end + 2]
    if entry.name[-1] in ADMIN_END:
        if nxt == "城" and entry.name[-1] == "州" and after not in CITY_WORD_AFTER:
            return end + 1  # 衢州城, 徐州城
        return end
    if nxt == "城" and (text.startswith("郊区", end + 1) or after not in CITY_WORD_AFTER):
        return end + 1
    if nxt == "镇" and entry.kind not in ("province", "country", "prefecture") and after not in ("压", "守", "定", "静"):
        return end + 1  # 罗店镇: a town written with its suffix
    if nxt == "省" and entry.kind == "province" and after != "城":
        return end + 1   # not 广西|省城桂林: the province, then its capital (session 21, former_names_destinations_zh)
    if nxt == "盟" and entry.kind == "prefecture" and after not in ("军", "国", "友", "约"):
        return end + 1  # 乌兰察布盟, 呼伦贝尔盟: the league a city was until 2001–03 (盟军, 盟国: words)
    if nxt in "市县" and entry.kind not in ("province", "country") and after not in ("长", "委", "政", "民", "场", "区", "内", "城"):
        return end + 1
    if nxt == "区" and entry.kind == "county" and after not in DISTRICT_WORD_AFTER:
        return end + 1  # 奉化区: a county that has become a district since the gazetteer was compiled
    return end


# kinds of place whose "X人" is "a native of X" (奉化人), not a demonym (日本人); a province with 人 too (湖南人)
NATIVE_PLACE_KINDS = frozenset({"county", "prefecture", "city", "town", "district"})
# kinds of LOC that name a theatre of war with 战场 (太平洋战场): one LOC; a country or province only modifies it
# (中国 + 战场), and so does a region of China (华北 + 战场, 西北 + 战场: session 33, w33zhlocfac — the golds of
# heldout2, real-dev8-zh, real-dev and audit23 never join a region to 战场, as they never join a country or province)
THEATRE_KINDS = frozenset({"ocean", "continent", "sea", "islands", "island", "peninsula"})
# a part of a known landform written glued to it is one LOC with it, as the landform finders read unfamiliar names
# (X河谷, X山顶, X山脉): 永定河谷, 松山顶, 小兴安岭山脉 (session 33, w33zhlocfac: the golds of audit25 and
# real-dev7; not a river's 口 or a pass's 口, which the sets and an earlier reading split on, nor 山区 or 大陆)
_PART_FIRST = frozenset("谷顶山脉")


def _landform_part(text: str, name: str, kind: str, end: int) -> int:
    """Characters of a landform's part glued after the known landform `name` (0 for none)."""
    nxt, after = text[end], text[end + 1:end + 2]
    if kind == "river" and name[-1] in "河江" and nxt == "谷" and after != "地":
        return 1                               # 永定河谷 (not 河谷地: a valley's land)
    if kind in ("mountain", "mountain range") and name[-1] in "山岭峰" and nxt == "顶" and after not in ("峰", "端", "上"):
        return 1                               # 松山顶 (山顶上 is read as a place on it)
    if kind == "mountain range" and name[-1] in "岭山" and text.startswith("山脉", end):
        return 2                               # 小兴安岭山脉
    if kind == "mountain range" and name[-1] == "山" and nxt == "脉":
        return 1                               # 太行山脉
    return 0      # a pass's 口 stays outside (昆仑关|口: tests/test_pass_village_forms_zh reads it so)


# a plain, basin, plateau, peninsula or range named after a place: 汉中盆地, 成都平原, 山东半岛
LANDFORM_COMPOUND_RE = re.compile("平原|盆地|高原|半岛|群岛|列岛|山脉|丘陵")
LANDFORM_OWNER_KINDS = frozenset({"province", "prefecture", "county", "country", "region", "city", "town"})


def _candidate(text: str, start: int, end: int, label: str, name: str) -> Candidate:
    """A candidate whose norm comes from the lexicon entry `name` (the span may add a suffix); without a
    （今X） note after it the norm is the name's own (made once per name, copied)."""
    following = text[end : end + 20]
    if "今" in following:
        return Candidate(start, end, label, SOURCE, PRIORITY, normalize_place(name, following))
    norm = _OWN_NORMS.get(name)
    if norm is None:
        norm = _OWN_NORMS[name] = normalize_place(name)
    return Candidate(start, end, label, SOURCE, PRIORITY, dict(norm))


_OWN_NORMS: dict[str, dict] = {}



# first characters of what follows a name in the checks below (the same checks, most names turned away
# by one set test): DEMONYM_RE; _not_a_place_here's reign titles, 生 and COHORT_AFTER_RE; RANK_RE;
# LANDFORM_AFTER; LANDFORM_COMPOUND_RE; BAY_RE
_DEMONYM_FIRST = frozenset("人族鬼兵佬")
_NOT_HERE_NEXT = frozenset("皇帝天生第一二三四五六七八九十0123456789阿")   # 阿: 德兴阿率部 (auditzh47)
_VETO21_NEXT = frozenset("元一二三四五六七八九十廿而")   # former_names_destinations_zh: an era's year, 盘山而上
# 造 after an arsenal's city ends the name of the gun it made: 汉阳造(步枪), 一支汉阳造。 (not 造船, 造成)
_MADE_AT_RE = re.compile("造(?:[步马手]?枪|机枪|老套筒|[、，。；）)]|$)")
_RANK_FIRST = frozenset("上中少大准")
_LANDFORM_AFTER = frozenset(LANDFORM_AFTER)
_LANDFORM_COMPOUND_FIRST = frozenset("平盆高半群列山丘")
_BAY_FIRST = frozenset("湾海")
_FACTS: dict[str, tuple] = {}


def _name_facts(name: str, entry: PlaceEntry) -> tuple:
    """What the checks of _lexicon_candidates read of a lexicon name alone, computed once per name
    (the order of the tuple is the order _lexicon_candidates unpacks it in)."""
    own = jieba_words().get(name)
    two = len(name) == 2
    facts = _FACTS[name] = (
        entry.label == "GPE" and entry.kind not in NATIVE_PLACE_KINDS,       # demonym-prone (日本人)
        entry.source in ("gazetteer", "taiwan", "korea", "hongkong"),                # inside a foreign word (佛罗里达州)
        two and (name[1] == "县" or name[0] in "东西南北" and name[1] in "至到" or name[0] == "大")
        or len(name) == 3 and name.endswith("山区"),                         # _not_a_place_here, whatever follows
        name in japanese_surnames(),
        entry.source in ("world", "foreign") and entry.kind != "country",   # a short foreign name
        bool(own and own[0] >= 300 and own[1][:2] not in ("ns", "nr", "nz")),   # itself an ordinary word
        entry.kind == "district",
        frozenset(BOUND_AFTER.get(name[-1], "")),
        (name in DIRECTIONAL or name[0] in "江河湖" and name[1] in "东西南北" or name[0] in "长日一二三四五六七八九十"
         or name in BOUND_BEFORE or name in BOUND_NAME_AFTER
         or two and name[0] in "东西南北" and name[1] == "至"
         or two and name[1] in "东西南北中"),   # _rare_reading's checks
        (entry.source == "gazetteer" and entry.kind in ("county", "district") and name[-1] not in ADMIN_END),
        entry.kind in LANDFORM_OWNER_KINDS or entry.label == "LOC" and entry.kind in THEATRE_KINDS,
        entry.label == "LOC" and entry.kind in THEATRE_KINDS,
        entry.label == "GPE" and name[-1] in "江河水",
    )
    return facts



def _lexicon_candidates(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    words = jieba_words()
    titles = _title_marks(text) if "《" in text else None
    facts_of = _FACTS.get
    size = len(text)
    out = []
    previous_end = -1
    previous_kind = ""
    for start, end in iter_names(text):
        name = text[start:end]
        entry = lexicon[name]
        (demonym_prone, foreign_prone, not_here, jp_surname, short_foreign, own_plain, district, bound_after,
         rare, landform_prone, landform_owner, theatre, river_prone) = facts_of(name) or _name_facts(name, entry)
        nxt = text[end] if end < size else ""
        if previous_end != start:
            previous_kind = ""
        if titles is not None and titles[start] and titles[end - 1]:
            continue   # inside a 《title》
        # 日本人 is a demonym, but in 山东临清人 / 他是奉化人 ("a native of ...") a county or city is a place
        if (
            demonym_prone
            and nxt in _DEMONYM_FIRST
            and DEMONYM_RE.match(text, end)
            and not (entry.kind == "province" and nxt == "人")   # 他是贵州人: a native place (zh13)
            and not (previous_end == start and out and out[-1].label == "GPE")
        ):
            continue
        if foreign_prone and start > previous_end and inside_foreign_word(text, start, end, words, lexicon):
            continue  # 千叶县 ⊃ 叶县, 佛罗里达州 ⊃ 达州: a county name inside a longer (foreign) name
        if (not_here or nxt in _NOT_HERE_NEXT) and not_a_place_here(text, start, end, name, words, lexicon) \
                or (jp_surname or nxt in _RANK_FIRST) and inside_person_name(text, start, end, name):
            continue
        if (nxt in _VETO21_NEXT or name in reign_eras() or name[0] in "大小") and not_a_place(text, start, end, name, words, lexicon, reign_eras()):
            continue  # 西晋太康三年, 告诉咸丰 (咸丰皇帝 named), 盘山而上 (former_names_destinations_zh, session 21)
        if other_word_in_context(text, start, end, name, entry):
            continue  # 东北流, 咸丰初, 地皆滨海, 甲乙海口, 罗马式 (place_word_boundaries_zh, session 24)
        if start and text[start - 1] == "省" and not_a_tier_word(text, start, end):
            continue  # 省道县三级制: the tier's word, no county (admin_area_words_zh, session 22)
        if nxt == "城" and name[-1] == "省" and len(name) > 2 and entry.kind == "province":
            out.append(_candidate(text, start, end - 1, "GPE", name))   # 湖南|省城长沙: the province, then its capital
            previous_end = end - 1
            continue
        if len(name) == 2 and start and text[start + 1:start + 3] in lexicon \
                and (width21 := overlaps_province(text, start, end, name, words, lexicon)):
            province = text[start + 1:start + 1 + width21]   # 连通|山西 ⊃ 通山: the province (former_names_destinations_zh)
            out.append(_candidate(text, start + 1, _absorb_suffix(text, start + 1 + width21, lexicon[province]), "GPE", province))
            previous_end = start + 1 + width21
            continue
        if short_foreign:
            if len(name) == 2 and glued_both_sides(text, start, end, words):
                continue  # 勃勃生机 ⊃ 勃生: a short foreign name read across two ordinary words
            if len(name) == 2 and word_then_longer_name(text, start, end, words):
                continue  # 到达|卡朗坦 ⊃ 达卡: a verb's last character, then the start of a longer foreign name
            if start > previous_end + 1 and start >= 2 and all(ch in transliteration_chars() for ch in text[start - 2 : start]) \
                    and not plain_word(text[start - 2:start], 200):
                continue  # 奥斯|特拉华: the end of a longer transliterated name (not 基地|亚历山大港: a word before it)
        if nxt in bound_after:
            continue
        if start and text[start - 1] in COUNTED_MEASURES \
                and generic_landform_counted(text, start, name):
            continue  # 五座|大雪山, 这座|大雪山: a big snow mountain, no named range (r19zhplaces)
        if nxt and nxt in "东西南北" and name[-1] in "东西南北" and start and short_form_ends_at(text, start + 1):
            continue  # 鱼台|东北 ⊃ 台东: a county's short form, then a direction (东北) that the name cuts
        if name == "直隶" and nxt in "州厅":
            continue  # 济宁直隶州, 升为直隶厅: the Qing rank of a prefecture or subprefecture, not the province (prezh1)
        if nxt == "交" and text.startswith("交界", end) and entry.kind == "region" and all(ch in PROVINCE_ABBREV for ch in name):
            continue  # 湘赣交界处: where two provinces meet, no region (the abbreviations are GPE or nothing; r3zhnums)
        if entry.kind == "country" and nxt == "式":
            continue  # 捷克式步枪, 日本式: a country's style or make, no place (auditzh16, veterans' stories)
        if nxt == "造" and _MADE_AT_RE.match(text, end) and not (start and text[start - 1] in "在于"):
            continue  # 汉阳造步枪, 一支汉阳造。: a gun by the arsenal that made it, no place (not 在汉阳造船; session 16)
        if start and text[start - 1] in "“\"「" and quoted_ship(text, end):
            continue  # “定远”中雷, “威远”、“宝筏”等相继沉没: warships named after counties (zh11)
        if nxt in SHIP_AFTER_FIRST and UNQUOTED_SHIP_RE.match(text, end) and entry.kind != "country":
            continue  # 靖安号运输舰, 孙中山登永丰舰: a vessel named after a county (auditzh14); a country before 军舰 is the
            #         navy's country (英国军舰, 日本兵舰: GPE; vessels are named after towns, never countries; s29zhlong)
        if len(name) == 2 and inside_plain_word(text, start, end, name, words, lexicon, own_plain, district):
            continue  # 一马当先 ⊃ 马当, 渭北|平原 ⊃ 北平, 咸丰年间: characters of other words, not the place
        if rare and rare_reading(text, start, end, name, previous_end, previous_kind):
            continue
        if nxt in NAME_CONTINUES_FIRST and NAME_CONTINUES_RE.match(text, end) and not (previous_end == start and out and out[-1].label == "GPE"):
            continue  # 胶州路, 井陉煤矿, 中国银行: the place is the start of a longer name
        if landform_prone and nxt in _LANDFORM_AFTER and not text.startswith(LANDFORM_AFTER_OK, end):
            continue  # 三门江: a county's short form starting a longer landform name
        label = entry.label
        landform = LANDFORM_COMPOUND_RE.match(text, end) if nxt in _LANDFORM_COMPOUND_FIRST else None
        if landform and landform_owner:
            out.append(Candidate(start, landform.end(), "LOC", SOURCE, PRIORITY, {"id": None}))  # 汉中盆地, 山东半岛
            previous_end = landform.end()
            continue
        part = _landform_part(text, name, entry.kind, end) if entry.label == "LOC" and nxt in _PART_FIRST else 0
        if part:
            out.append(Candidate(start, end + part, "LOC", SOURCE, PRIORITY, {"id": None}))  # 永定河谷, 松山顶
            previous_end = end + part
            continue
        if theatre and text.startswith("战场", end):
            out.append(Candidate(start, end + 2, "LOC", SOURCE, PRIORITY, {"id": None}))  # 太平洋战场
            previous_end = end + 2
            continue
        if (
            start >= 2
            and text[start - 1] in "东西南北"
            and text[start - 2] in DIRECTION_PREFIX_CUES
            and entry.label == "GPE"
            and entry.kind not in ("province", "country")
            and not (end < len(text) and text[end] in NAME_CONTINUES_FIRST and NAME_CONTINUES_RE.match(text, end))
        ):  # 退至南怀化: a village named after a direction plus a city's name
            out.append(Candidate(start - 1, end, "GPE", SOURCE, PRIORITY, {"id": None}))
            previous_end = end
            continue
        if river_prone and river_context(text, start, end):
            label = "LOC"
        bay = BAY_RE.match(text, end) if nxt in _BAY_FIRST else None
        if label == "LOC" and entry.kind == "river" and text.startswith("流域", end):
            end += 2
        elif bay and name[-1] not in "湾港峡":  # 杭州湾, 台湾海峡: a city or island names the water
            end, label = bay.end(), "LOC"
            out.append(Candidate(start, end, label, SOURCE, PRIORITY, {"id": None}))
            previous_end = end
            continue
        elif label == "GPE":
            end = _absorb_suffix(text, end, entry)
        elif text.startswith("县", end) and text[end + 1:end + 2] not in ("长", "委", "政", "民", "府", "境", "内", "衙", "令", "志", "官"):
            out.append(Candidate(start, end + 1, "GPE", SOURCE, PRIORITY, {"id": None}))   # 南海县: a county named after a sea (zh11)
            previous_end = end + 1
            continue
        out.append(_candidate(text, start, end, label, name))
        previous_end = end
        previous_kind = entry.kind
    return out



def find_places(text: str) -> list[Candidate]:
    """GPE and LOC candidates in `text` (Simplified Chinese working text)."""
    found = _lexicon_candidates(text)
    local = local_candidates(text, found)

    def by_start(cands: list[Candidate]) -> list[Candidate]:
        return sorted(cands, key=_START_END)

    if "一带" in text or "一线" in text or "附近" in text or "等地" in text or "以" in text or "方向" in text:
        local += bare_candidates(text, by_start(found + local))
    if "（" in text or "(" in text:
        local += paren_location_candidates(text, by_start(found + local))
    if "、" in text:
        local += list_member_candidates(text, by_start(found + local))
    if local:  # 宝山城 replaces the 山城 inside it
        starts = [c.start for c in found]
        inside = {id(c) for n in local for c in overlapping_found(found, starts, n.start, n.end) if n.start <= c.start and c.end <= n.end}
        found = by_start([c for c in found if id(c) not in inside] + local)
    if "今" in text:
        found = sorted(found + modern_note_candidates(text, found), key=_START)
    extras = border_candidates(text) + abbreviation_candidates(text)
    if not extras:
        return drop_idiom_places(text, found)   # 翻山越岭, 千山万水: no place inside (landscape_idioms_zh, s28zhlab)
    starts = [c.start for c in found]
    dropped: set[int] = set()
    kept_extras = []
    for extra in extras:
        overlapping = overlapping_found(found, starts, extra.start, extra.end)
        if all(extra.start <= c.start and c.end <= extra.end for c in overlapping):
            dropped.update(id(c) for c in overlapping)
            kept_extras.append(extra)
    found = [c for c in found if id(c) not in dropped] + kept_extras
    return drop_idiom_places(text, sorted(found, key=_START_END))
