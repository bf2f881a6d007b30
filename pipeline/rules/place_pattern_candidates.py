"""The pattern candidates of the place finder (pipeline.rules.places `find_places`), beside its lexicon
matches: the modern name stated in "（今X）" / "(今属X)" (rule 7), even when X is unknown; province-abbreviation
borders (湘赣边, 湘桂边界, LOC), multi-province regions (浙赣地区) and country-pair theatres (由印缅发起, LOC);
single-character abbreviations (`ABBREVIATIONS`) in lists (豫、湘、桂, GPE) and after a verb of going (入缅); and
(session 32, cross-set reading of the development sets) the one-character members of a list closed by a counted
head of provinces (江、浙两省, 皖、赣、闽三省): every member is GPE."""

from __future__ import annotations

import re
from operator import attrgetter

from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.rules.local_places import CJK, PRIORITY, SOURCE, jieba_words, overlapping_found
from pipeline.rules.place_abbreviations import FINDER_READINGS, province_abbreviations
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_finditer, rare_finditer
from pipeline.spans import Candidate

_START = attrgetter("start")

# single-character abbreviations: char -> (province-or-country reading, city reading), lexicons/place_abbreviations.tsv
ABBREVIATIONS = FINDER_READINGS
# only abbreviations that are not very common characters take part in lists
ABBREV_CHARS = "京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇陕陇藏中日美英俄印缅柳邕衡穗"
# (the whole list: 俄、英、美军 is a bound form of three sides, not 俄、英 + 美军; auditzh6)
ABBREV_LIST_RE = re.compile(rf"[{ABBREV_CHARS}](?:、[{ABBREV_CHARS}])+(?!、[{ABBREV_CHARS}])(?![军人方])")
# a single abbreviation after a verb of going or staying (入缅, 赴湘, 援缅, 驻滇), at a clause end or
# before a word that starts a new phrase
SINGLE_ABBREV_RE = re.compile(
    "(?<=[入赴援驻侵])([缅滇川黔湘桂豫鄂赣皖浙闽粤陕晋冀鲁越印泰])"
    "(?=[，。、；：！？）),.;:!?]|作战|参战|抗战|抗日|接|后|前|时|途中|之|以后|以前|期间)"
)
PROVINCE_ABBREV = province_abbreviations(plus="陇", without="京津沪渝台港澳")
# 湘桂边界, 湘赣边: a border zone is one LOC; a pair before 交界 (鲁苏交界处, "where X and Y meet") only says where two
# provinces meet, and the abbreviations are GPE or nothing (r3zhnums; real-dev5 leaves such a pair untagged)
BORDER_RE = re.compile(rf"[{PROVINCE_ABBREV}]{{2,3}}(?:边界|边境|边)(?!区|防|军)")
PROVINCE_PAIR_REGION_RE = re.compile(rf"([{PROVINCE_ABBREV}]{{2,3}})(?:地区|平原|高原|盆地|丘陵)")
# two or three abbreviations of Asian countries as one theatre (印缅, 中印缅, 滇缅 is a route), after a
# preposition of place and before a place word or a clause end; 中美, 中日 (bound forms) are not taken
COUNTRY_PAIR_RE = re.compile(
    rf"(?<=[在由自从经入赴于至向与和及对])(中?[印缅泰越][印缅泰越])(?=境内|地区|战区|战场|方面|之|的|发起|[，。、；）),.;])"
)
MODERN_NOTE_RE = re.compile(
    r"[（(]\s*今(?:属于|属|并入|划归|归入|归|改称|改名为|改名|改为|称|名|为|之)?"
    rf"([{CJK}]{{2,12}}?)(?:境内|一带|附近|地区|辖境)?\s*[）)]"
)



def modern_note_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    """The X of "（今X）" as GPE when the lexicon found nothing inside it."""
    out = []
    starts = [c.start for c in taken]
    for match in rare_finditer(MODERN_NOTE_RE, text):
        start, end = match.span(1)
        if overlapping_found(taken, starts, start, end):
            continue
        out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, normalize_place(match.group(1))))
    return out


def border_candidates(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "LOC", SOURCE, PRIORITY, {"id": None}) for m in literal_finditer(BORDER_RE, text)]
    if any(word in text for word in ("地区", "平原", "高原", "盆地", "丘陵")):  # 浙赣地区, 湘鄂赣地区, 云贵高原
        lexicon = place_lexicon()
        words = jieba_words()
        for m in literal_finditer(PROVINCE_PAIR_REGION_RE, text):
            pair = m.group(1)
            info = words.get(pair)
            if (
                len(set(pair)) < len(pair)
                or info and info[1] not in ("ns", "j", "nz")
                or any(pair[i:j] in lexicon and lexicon[pair[i:j]].label == "GPE" for i in range(len(pair)) for j in range(i + 2, len(pair) + 1))
            ):
                continue  # 新宁地区: a county; 宁夏: a province
            out.append(Candidate(m.start(), m.end(), "LOC", SOURCE, PRIORITY, {"id": None}))
    for m in literal_finditer(COUNTRY_PAIR_RE, text):  # 由印缅发起反攻, 在印缅境内: the India–Burma theatre
        pair = m.group(1)
        if len(set(pair)) == len(pair):
            out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY, {"id": None}))
    return sorted(out, key=_START)


# the counted head of provinces closing a list of one-character members (两省, 三省, 诸省), optionally after a last
# member of two to four characters joined by 和/及/与 that the lexicon knows (苏、皖和江西三省). Heads of countries
# (两国, 等国: 英、美、加、德等国) were tried and left out: on the pooled held-out passages of audit22-30 they gave
# one span more and six false ones (session 32)
_CLOSED_HEAD_RE = re.compile(rf"(?:[和及与]([{CJK}]{{2,4}}?))?(?:[两二三四五六七八九十]|诸|各|等|数)省")
# characters that are no place member of such a list: numerals, bearings and sizes (东、西两省, 大、小两省)
_NOT_MEMBER = set("一二三四五六七八九十百千万两东西南北上下左右前后内外大小新旧正副甲乙丙丁各诸等某")


def closed_list_candidates(text: str) -> list[Candidate]:
    """One-character members of a 、-list closed by a counted head of provinces (江、浙两省 → 江, 浙): the head says
    every member is a province, also a member the abbreviation table does not hold (江 for 江苏, as in 江浙). At
    least one member must be an abbreviation of the table; the first member must not end a word with the character
    before it (湖南、北两省), and none is a numeral, a bearing or a size. Supported by Qing and Republican narratives (清史稿 兵志: 陕、甘两巡抚,
    川、陕教匪; 山东、江、浙、闽、粤沿海) and Republican and Communist histories (湘、鄂、赣三省)."""
    out: list[Candidate] = []
    size = len(text)
    at = text.find("、")
    while at != -1:
        members = [at - 1]
        while at + 1 < size and "\u4e00" <= text[at + 1] <= "\u9fff":
            members.append(at + 1)      # a middle member is one character between two 、
            if text[at + 2:at + 3] != "、":
                break
            at += 2
        last = members[-1]
        head = _CLOSED_HEAD_RE.match(text, last + 1) if len(members) >= 2 and members[0] >= 0 else None
        if head and head.group(1) and head.group(1) not in place_lexicon():
            head = None
        if head and all("\u4e00" <= text[m] <= "\u9fff" and text[m] not in _NOT_MEMBER for m in members) \
                and any(text[m] in ABBREVIATIONS for m in members) \
                and not (members[0] >= 1 and is_common_word(text[members[0] - 1:members[0] + 1], 50)):
            for m in members:
                province, city = ABBREVIATIONS.get(text[m], (None, None))
                out.append(Candidate(m, m + 1, "GPE", SOURCE, PRIORITY, {"modern": province or city, "id": None}))
        at = text.find("、", max(last, at) + 1)
    return out


def abbreviation_candidates(text: str) -> list[Candidate]:
    out = []
    for match in rare_finditer(SINGLE_ABBREV_RE, text):  # 主力入缅, 奉命赴湘: one province or country
        char = match.group(1)
        province, city = ABBREVIATIONS[char]
        out.append(Candidate(match.start(1), match.end(1), "GPE", SOURCE, PRIORITY, {"modern": province or city, "id": None}))
    for match in ABBREV_LIST_RE.finditer(text):
        chars = match.group().split("、")
        city_reading = any(ABBREVIATIONS[c][0] is None for c in chars)
        for offset, char in enumerate(chars):
            province, city = ABBREVIATIONS[char]
            full = city if (city_reading and city) or province is None else province
            start = match.start() + 2 * offset
            out.append(Candidate(start, start + 1, "GPE", SOURCE, PRIORITY, {"modern": full, "id": None}))
    if "、" in text:
        taken = {c.start for c in out}
        out += [c for c in closed_list_candidates(text) if c.start not in taken]
    return out
