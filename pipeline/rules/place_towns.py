"""Towns and townships below the county, from the complete gazetteer lexicons/towns_cn.tsv (GPE).

The place lexicons stop at the county; battle narratives fight over the towns below it (溪口镇, 汀泗桥,
渔洋关). `find_towns(text)` (working text, Simplified) proposes GPE for:

- a town's full name with its suffix (溪口镇, 石牌乡, X苏木; stem of 2 characters or more), or a safe short
  form with the other suffix (X乡 for X镇), wherever it stands, unless the character before it glues onto its
  first one as a word, its last character starts a word with the next (X乡村, X镇压), or it ends in a word
  (城镇, 家乡) after no boundary, preposition or known place (敌占城镇);
- a short form (溪口) right after its own county or prefecture (奉化溪口, 宁波X, 奉化县溪口; the old county name
  of a district, 静海县, counts): the county's code vouches for the town. A short form jieba knows as an
  ordinary word (marked "word" in the lexicon: 溪口 "stream mouth") is read only here, after its own county;
- a safe short form in a frame of place (the county or prefecture of a town of that name named in the
  document): a preposition or verb of place or movement before it (在, 向, 经, 攻占, 进抵, 撤回 …); a word of
  area after it (一带, 附近, 一线, 以东 …) after a boundary, a preposition or 的; a member of a 、-list;
- the same short form in a strong frame without its county: the verb or preposition before it and the end of
  the clause, a list mark or a word of area after it (向X一带溃退, 撤回X。);
- a safe short form after a bearing from a place and 的/之 (樊城以北之X，, 太康东北的X西进, 东面的X至): the bearing
  after 以, with 面/边/部/方, or right after a named county; the end of a clause, a list mark, a word of area,
  至 or a bearing and a move after it (session 32);
- a safe short form before a force held there (X的日本兵, X伪军, X的国民党税警), after a clause mark, a cue or a
  known place (session 32);
- another mention of a short form read as a town once in the document (one sense per document: 撤回X。 …
  截断A同X、Y之间), where it stands whole: after a boundary, a list mark or a preposition.

A short form followed by a character that continues a place name (…镇, …关, …岛, …渡) or by the head of a
longer name (X中学, X纪念馆) is part of that name and left alone; names the place lexicons know are theirs.

Priorities: a full name 31 (it outranks a longer guess around it: 占领静海镇, not 领静海镇); a short form after its
county 30; a short form in a frame 29 (every lexicon span and every longer place wins), 19 when it looks
like a person's name (a surname and a character that is no settlement word: persons found by context win).
Cost (~50 ns a character): str.find over 镇/乡/县/、, the places matcher's scan (places.iter_names, shared), one
guarded scan for the verbs and prepositions and one for the words of area; a two-character prefix set turns
most hits away before any dictionary look-up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import lexicon_path, read_rows, longest_first
from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import surnames, word_info
from pipeline.rules.literal_matches import literal_matches
from pipeline.rules.places import NAME_CONTINUES_RE, iter_names
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

SOURCE = "lexicon:towns"
PRIORITY = 30
# a full name outranks a longer guess around it (占领静海镇: not 领静海镇)
FULL_PRIORITY = 31
FRAME_PRIORITY = 29
# a two-character short form made of a surname and a character that is no settlement word (张达) may be a
# person's name: persons found by their context (priority 20) win there
PERSON_LIKE_PRIORITY = 19
_LONGEST_FULL = 9
# characters after a short form that make it part of a longer name (汀泗桥镇, 昆仑关, 大陈岛, 张公渡)
_CONTINUES = frozenset("镇乡村庄城关岛渡庵寺庙山岭峰河江湖溪堡寨屯集铺店桥港湾洲营坝口街场圩县市区路站门")
# a preposition or verb of place or movement right before a short form
_CUE_WORDS = (
    "在 向 从 由 于 至 到 抵 经 往 赴 驻 距 离 逼 过 占领 占领了 攻占 攻占了 攻克 攻克了 攻陷 收复 收复了 克复 进占 夺取 "
    "进抵 进至 进到 进入 进攻 攻击 袭击 围攻 包围 退守 退至 退到 撤至 撤到 撤往 退往 开往 转移到 驻守 防守 固守 "
    "驻防 驻扎 进驻 移驻 撤回 退回 返回 回到 开到 开赴 攻入 突入 窜至 窜到 逃往 逃至 直插 坚守 据守 扼守 到达 抵达 直逼 直趋 逼近 集结于 位于 出生于 出生在 生于 途经 经过 路过 连克 连下 兵发 "
    # session 32 (w32zhgpe2): verbs of arrival and crossing the list lacked (来到X, 占据X, 径渡X, 奔X); not 到了
    # (到了X: +2 tp +3 fp on the pooled held-out passages)
    "来到 来到了 抵达了 进入了 占据 占据了 攻下 攻下了 夜宿 渡 奔").split()
_BEFORE_RE = re.compile(f"(?:{'|'.join(sorted(_CUE_WORDS, key=longest_first))})$")
# after a short form in a frame: a word of place, a list mark or the end of a clause
_AFTER_RE = re.compile(
    "[，。、；：！？）)\\s和与及或]|一带|附近|一线|地区|等地|之间|方向|据点|一战|前线|以[东西南北]|[东西南北]郊|"
    "[东西南北]{1,2}(?:方|面|部)|境内|镇|乡|时|后|的")
# words of area that make a frame on their own (after a clause boundary or a list mark)
_STRONG_AFTER_RE = re.compile("[，。；、]|一带|附近|一线|地区|等地|之间|以[东西南北]"
                              # session 32 (w32zhgpe2): a bracket (背到X（…）), 的 (驻在X的), 后 (占领X后), a bearing
                              # of it (占领X东南方), 地方 (进入X地方), 约 (距X约十里)
                              "|[（(]|的|后|[东西南北]{1,2}[方面]|地方|约")
_AREA_RE = guarded(re.compile("一带|附近|一线|地区|等地|之间|以[东西南北]"))
_LIST_AFTER_RE = re.compile("[、，。；）)和与及]|等地|等处|一带|附近|一线|地区|之间|之线")
_AREA_BEFORE = frozenset("，。；：、（(\n 和与及的")
_LIST_BEFORE = frozenset("，。；：、（(\n和与及")
_SETTLEMENT_CHARS = frozenset("镇乡村庄屯寨堡铺店集圩埠营坪峪冲垸湾洼沟坡岗塘桥渡口关街场市城坊墩驿窑园")
# before another mention of a town read elsewhere in the document: a boundary, a list mark, a preposition or
# verb ending (在, 向, 回, 同 …) — not any character, which may start a longer name (大X, 新X)
_ELSEWHERE_BEFORE = frozenset("和与及同跟、在向从由于至到抵经往赴驻距离逼过了回入克占守下攻调的是")
_COUNTY_SUFFIX_RE = re.compile("(?:自治县|自治旗|林区|特区|[县区市旗])$")
_CLAUSE_BEFORE = frozenset("，。；：、（(\n 和与及")
# before a full name ending in a word (城镇, 集镇, 家乡: 敌占城镇): a boundary or a word of place
_OPEN_BEFORE = _CLAUSE_BEFORE | frozenset("在向从由于至到抵经往赴驻")


@lru_cache(maxsize=1)
def tables() -> tuple[dict, dict, dict, dict, dict]:
    """Full names -> county codes; short forms safe on their own -> county codes; every short form (ordinary
    words too) -> county codes (none of them names the place lexicons know); names of counties and
    prefectures -> their codes (every row of the gazetteer, short forms too, and historical names whose
    present-day division the lexicon knows); the old county names (X县) of districts and county-level cities
    that the lexicons do not list -> their codes. Kept in the temp dir between runs, under the version of the code
    and lexicons it is built from (a third of the time of building it: about 0.1 s of start-up less)."""
    from pipeline.regex_cache import code_version
    from pipeline.segment import cache_file, cached

    return tuple(cached(cache_file("towns", code_version()), built_tables))


def built_tables() -> tuple[dict, dict, dict, dict, dict]:
    lexicon = place_lexicon()
    full: dict[str, tuple] = {}
    short: dict[str, tuple] = {}
    after_county: dict[str, tuple] = {}
    empty = ()
    county_codes: dict[str, tuple] = {}
    for line in lexicon_path("towns_cn.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        name, short_form, word, code, county = line.split("\t")
        if county_codes.get(county, empty)[-1:] != (code,):
            county_codes[county] = county_codes.get(county, empty) + (code,)
        if len(name) >= 3 and name not in lexicon:
            full[name] = full.get(name, empty) + (code,)
        if short_form and short_form not in lexicon:
            after_county[short_form] = after_county.get(short_form, empty) + (code,)
            if not word:
                short[short_form] = short.get(short_form, empty) + (code,)
    parents: dict[str, tuple] = {}
    old_counties: dict[str, tuple] = {}
    for row in read_rows("gazetteer_cn.tsv"):
        if row[3] in ("prefecture", "county", "district"):
            parents[row[0]] = parents.get(row[0], empty) + (row[4],)
    # the county as the towns' source names it (its code may be newer than the gazetteer's: 奉化 330283 → 330213)
    for county, codes in county_codes.items():
        for form in {county, _COUNTY_SUFFIX_RE.sub("", county)}:
            if len(form) >= 2 and form in parents:
                parents[form] = tuple(sorted(set(parents[form]) | set(codes)))
    # a district or county-level city that was a county (静海区, 静海县): its old name X县 names it too
    for row in read_rows("gazetteer_cn.tsv"):
        if row[0] == row[2] and row[3] in ("county", "district") and row[0][-1] in "区市" and len(row[0]) >= 3:
            old = row[0][:-1] + "县"
            if old not in lexicon:
                old_counties[old] = old_counties.get(old, empty) + (row[4],)
    for name, entry in lexicon.items():     # historical and former names with the code of today's division (鄜县 → 富县, 静海县 → 静海区)
        if entry.source in ("historical", "gazetteer") and entry.id and entry.id.startswith("cn:") \
                and not entry.id.endswith("0000") and name not in parents:
            parents[name] = (entry.id[3:],)
    return full, short, after_county, parents, old_counties


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    """The verbs and prepositions of place, before a character that starts some safe short form."""
    firsts = "".join(sorted({name[0] for name in tables()[1]}))
    return guarded(re.compile(f"(?:{'|'.join(sorted(_CUE_WORDS, key=longest_first))})(?=[{firsts}])"))


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first two characters of every short form safe on its own, and of every short form; the last two
    characters of every short form safe on its own."""
    safe = tables()[1]
    return (frozenset(name[:2] for name in safe), frozenset(name[:2] for name in tables()[2]),
            frozenset(name[-2:] for name in safe))


def _belongs(codes: tuple[str, ...], parent_codes) -> bool:
    """Some town of `codes` lies in one of the counties or prefectures of `parent_codes`."""
    for code in codes:
        if code in parent_codes or code[:4] + "00" in parent_codes:
            return True
    return False


def _word(text: str, start: int) -> bool:
    """The two characters at `start` are an ordinary word jieba knows (not a place name)."""
    entry = word_info().get(text[start:start + 2])
    return bool(entry) and entry[0] >= 50 and not entry[1].startswith("ns")


def _frame(start: int, stop: int, text: str) -> Candidate:
    """A short form read from its frame: below a person found by context when it looks like a name (张达)."""
    name = text[start:stop]
    person_like = len(name) == 2 and name[0] in surnames()[0] and name[1] not in _SETTLEMENT_CHARS
    return Candidate(start, stop, "GPE", SOURCE, PERSON_LIKE_PRIORITY if person_like else FRAME_PRIORITY)


def _glued_cue(text: str, cue: int, end: int) -> bool:
    """A one-character cue that ends a word (低于, 由于, 现在, 走向): no preposition here."""
    if end - cue != 1 or not cue:
        return False
    entry = word_info().get(text[cue - 1:end])
    return bool(entry) and entry[0] >= 20


def _tail_word(word: str) -> bool:
    """The full name ends in a frequent word (城镇, 集镇, 家乡)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 50


# 成立抗日民主乡政府, 建立人民镇政府: the kind of a township government, not a township named 民主 or 人民 (s21zhprec)
_GOVERNMENT_KINDS = frozenset({"民主", "人民", "革命", "工农", "苏维埃"})
_GOVERNMENT_OPENERS = ("抗日", "成立", "建立", "组建", "民选", "改选")


def _government_kind(text: str, start: int, pos: int, end: int) -> bool:
    return (text[start:pos] in _GOVERNMENT_KINDS and text.startswith("政府", end)
            and text.endswith(_GOVERNMENT_OPENERS, 0, start))


def _full_names(text: str, full: dict, short: dict, place_ends) -> list[Candidate]:
    """Full names (溪口镇), and a safe short form with the other suffix (龙虬乡 for 龙虬镇: renamed since)."""
    out = []
    for char in "镇乡木":
        pos = text.find(char, 2)
        while pos != -1:
            end = pos + 1
            for size in range(min(_LONGEST_FULL, end), 2, -1):
                start = end - size
                if text[start:end] in full or char != "木" and size <= 6 and text[start:pos] in short:
                    if not (start and _word(text, start - 1)) and not (end < len(text) and _word(text, pos)) \
                            and not (start and _tail_word(text[end - 2:end]) and text[start - 1] not in _OPEN_BEFORE
                                     and start not in place_ends) \
                            and not _government_kind(text, start, pos, end):
                        out.append(Candidate(start, end, "GPE", SOURCE, FULL_PRIORITY))
                    break
            pos = text.find(char, pos + 1)
    return out


def _short_at(text: str, start: int, short: dict) -> int:
    """The end of the longest short form starting at `start` (not continued by a name character or a
    longer name's head: 八一纪念馆, X中学), or -1."""
    for size in (5, 4, 3, 2):
        end = start + size
        if end <= len(text) and text[start:end] in short:
            if end < len(text) and (text[end] in _CONTINUES or NAME_CONTINUES_RE.match(text, end)):
                return -1
            return end
    return -1


# a bearing from a place, then 的/之 (以东的, 东北之, 南边的): the name after it is a place (session 32, w32zhgpe2:
# the frame of the bearing before a town's short form, missed in five development sets of different annotators)
_BEARING_OF_RE = re.compile("[东西南北]{1,2}[面边部方]?[的之]")
# after it: the end of a clause, a bracket, a list mark, a word of area, 至 (X至Y) or a bearing and a move (X西进)
_BEARING_AFTER_RE = re.compile("[，。；、：！？（(,;:]|一带|附近|一线|地区|等地|之间|以[东西南北]|至|[东西南北](?:进|撤|去|行)")


# a force held in or raised by a place, after its name (session 32, w32zhgpe2)
_FORCE_RE = guarded(re.compile("(?:日军|日本兵|伪军|敌军|鬼子|守军|驻军|守敌|驻敌|国民党|民团|团防)"))
_FORCE_BEFORE = frozenset("，。；：、（(\n 和与及的,;:")


def _bearing_anchor(text: str, match: re.Match, ends: dict) -> bool:
    """The bearing is read from a place: 以东, 东面/南边, or right after a known county or prefecture (太康东北)."""
    begin = match.start()
    if begin and text[begin - 1] == "以":
        return True
    if text[match.end() - 2] in "面边部方":
        return True
    return begin in ends


def find_towns(text: str) -> list[Candidate]:
    """GPE candidates of towns (see the module doc)."""
    full, short, after_county, parents, old_counties = tables()
    heads, county_heads, tails = _heads()
    # the counties and prefectures the document names, and where each of them ends
    named: set[str] = set()
    ends: dict[int, tuple[str, ...]] = {}
    for start, end in iter_names(text):
        codes = parents.get(text[start:end])
        if codes:
            named.update(codes)
            ends[end] = codes
    pos = text.find("县", 2)
    while pos != -1:      # 静海县: the old county of a district the lexicons list by its new name only
        for size in (4, 3):
            codes = old_counties.get(text[pos + 1 - size:pos + 1])
            if codes:
                named.update(codes)
                ends[pos + 1] = codes
                break
        pos = text.find("县", pos + 1)
    out = _full_names(text, full, short, ends) if ("镇" in text or "乡" in text or "苏木" in text) else []
    seen: set[tuple[int, int]] = set()
    # a short form right after its own county or prefecture
    for at, codes in ends.items():
        if text[at:at + 2] not in county_heads:
            continue
        stop = _short_at(text, at, after_county)
        if stop != -1 and (_belongs(after_county[text[at:stop]], codes) if text[at:stop] in short
                           else any(code in codes for code in after_county[text[at:stop]])):
            # an ordinary word (溪口 "stream mouth") only after its own county, not its prefecture
            seen.add((at, stop))
            out.append(Candidate(at, stop, "GPE", SOURCE, PRIORITY))
    # a short form in a frame of place, its county or prefecture named in the document
    for match in _AREA_RE.finditer(text):
        stop = match.start()
        for size in (5, 4, 3, 2):
            start = stop - size
            name = text[start:stop] if start >= 0 else ""
            if name in short and (start, stop) not in seen and _belongs(short[name], named):
                if start and (text[start - 1] in _AREA_BEFORE or _BEFORE_RE.search(text, max(0, start - 4), start)):
                    seen.add((start, stop))
                    out.append(_frame(start, stop, text))
                break
    # a member of a 、-list (七婆坳、X、Y), its other side a list mark, a bracket or the end of the clause
    pos = text.find("、")
    while pos != -1:
        start = pos + 1
        stop = _short_at(text, start, short) if text[start:start + 2] in heads else -1
        if stop != -1 and (start, stop) not in seen and _belongs(short[text[start:stop]], named) \
                and _LIST_AFTER_RE.match(text, stop):
            seen.add((start, stop))
            out.append(_frame(start, stop, text))
        for size in (5, 4, 3, 2) if text[pos - 2:pos] in tails else ():
            begin = pos - size
            name = text[begin:pos] if begin >= 0 else ""
            if name in short:
                if (begin, pos) not in seen and _belongs(short[name], named) and begin \
                        and text[begin - 1] in _LIST_BEFORE:
                    seen.add((begin, pos))
                    out.append(_frame(begin, pos, text))
                break
        pos = text.find("、", pos + 1)
    # a verb or preposition of place before a short form
    for match in [m for m in _cue_re().finditer(text) if text[m.end():m.end() + 2] in heads]:
        start = match.end()
        stop = _short_at(text, start, short)
        if stop != -1 and (start, stop) not in seen and not _word(text, stop - 1) \
                and not _word(text, start - 1) and not _glued_cue(text, match.start(), start):
            if _belongs(short[text[start:stop]], named) or _STRONG_AFTER_RE.match(text, stop):
                seen.add((start, stop))
                out.append(_frame(start, stop, text))
    # a bearing and 的/之 before a short form (樊城以北之X，, 太康东北的X西进, 东面的X至): no county needed (s32, w32zhgpe2)
    if "的" in text or "之" in text:
        for match in _BEARING_OF_RE.finditer(text):
            start = match.end()
            if text[start:start + 2] not in heads or not _bearing_anchor(text, match, ends):
                continue
            stop = _short_at(text, start, short)
            if stop != -1 and (start, stop) not in seen and not _word(text, stop - 1) \
                    and _BEARING_AFTER_RE.match(text, stop):
                seen.add((start, stop))
                out.append(_frame(start, stop, text))
    # a force of a town (X的日本兵, X伪军, X的国民党税警): the town before it (session 32, w32zhgpe2)
    for match in _FORCE_RE.finditer(text):
        stop = match.start()
        if stop and text[stop - 1] == "的":
            stop -= 1
        if text[stop - 2:stop] not in tails:
            continue
        for size in (5, 4, 3, 2):
            start = stop - size
            name = text[start:stop] if start >= 0 else ""
            if name in short:
                if (start, stop) not in seen and start and (text[start - 1] in _FORCE_BEFORE or start in ends
                                                            or _BEFORE_RE.search(text, max(0, start - 4), start)) \
                        and not _word(text, start - 1) and not _word(text, stop - 1):
                    seen.add((start, stop))
                    out.append(_frame(start, stop, text))
                break
    # one sense per document: a short form read as a town once is the town wherever else it stands whole
    names = {text[start:stop] for start, stop in seen if text[start:stop] in short}
    if names:       # one scan for all of them (a str.find loop per name grows with the names of a long text)
        for start, stop in literal_matches(text, sorted(names, key=longest_first)):
            if (start, stop) not in seen and _short_at(text, start, short) == stop and not _word(text, stop - 1) \
                    and not (start and (_word(text, start - 1) or "\u4e00" <= text[start - 1] <= "\u9fff"
                                        and text[start - 1] not in _ELSEWHERE_BEFORE)):
                seen.add((start, stop))
                out.append(_frame(start, stop, text))
    return out
