"""Places the text locates: an autonomous prefecture written X州, a place in a part of a larger one, a place at a
bearing and distance (GPE, LOC for heights). Grammar plus the gazetteer; no list of names.

- An autonomous prefecture by its short form + 州 (`甲乙州`, as the press and county pages write 文山州, 红河州,
  延边州): the short form is a gazetteer row whose canonical name ends in 自治州 (gazetteer_cn.tsv, built from the
  cpca adcodes, see lexicons/README.md); X + 州 is one GPE with that prefecture's id, also where X alone is a river
  (红河) or the first half of a longer word (`甲乙州辖县`: the prefecture, not a county 州辖县). Not where X州 is itself
  a name the lexicons know, nor before a character that goes on with a name (州府, 州城, 州县 …).
- A place located in a part of a larger one: a province, region or county the lexicons know, then a part of it
  (东部, 西北部, 南端, 境内, 边境, 交界处 …) and 的, then a name of two to three characters (four when it ends in a
  settlement word) before a clause boundary or a word of place (`到达某省西北部的甲乙丙。`, `占领甲省与乙省交界处的
  丙丁，`): GPE, or LOC where the name ends in 山, 岭, 峰, 河, 江, 湖.
- The members of a list closed by 等, an optional count and a word of strongholds or settlements
  (`攻克甲乙、丙丁等八个日伪军据点`, `安设了甲庄、乙河、丙丁等据点`, `甲庄、乙集等十余个村庄`): each a GPE (two members at least;
  a name ending in 山/峰 is a LOC), also a member the lexicons read as a river or region where the head is a word of
  strongholds or villages (a list closed by a word of villages names villages whatever their ending); the first
  member opens after a clause boundary, 的 or a verb of taking.
- A hill written right after the place it stands in (session 34, w34zhloc, read across development sets): a place
  the lexicons know (or any X县城, X地区) and, glued to it, one or two characters + 山 that no lexicon knows
  (`依托江宁甲牛山`, `某县城甲石山`, `某地区甲坑山`) is a LOC; not 山东/山西, a name going on (山区, 山村), a count
  (两座山), a seat or bearing (县|城北山), a bank (东|岸山腰), an ordinary word (江山) or a person (某地王甲山同志).
- The place where a stronghold is set up (`日伪军在甲乙设立据点`, `在甲乙丙修筑了两个炮楼`): a name of two or three
  characters between 在 and a verb of building before 据点/炮楼/碉堡/岗楼 is a GPE, also where it ends in a water word
  (a village named by its stream; a height is a LOC); a frequent ordinary word (路口, 村里) stays out.
- A place at a bearing and a distance from another (`城东十八里甲乙冲`, `某州城北十里的甲乙渡`, `某地以北七十多公里处的
  甲乙`): the name after the distance, ending in a settlement word (村, 庄, 冲, 渡, 铺, 集 …) or closed by a clause
  boundary or a word of place, is a GPE (LOC for heights). The distance stays a QUANTITY.
- A place at a bare bearing or a bare distance and 的 (session 31, w31zhgeo; the shape recurs in five development
  sets): a known place or a seat word (城 村 镇 门 …) and a bearing (`某城东南的甲乙营`, `某地以北的甲乙渡`, `村北的甲乙山`,
  `南门外的甲乙村`), or 距/离 … a distance (`离家约三里地的甲乙村`, `相距二里之遥的甲村`), then 的 and a name ending in a
  settlement or height word (a numeral may stand in a name of three characters: 五沟营); not a province that ends in
  the bearing (湖南的), not a gully (沟: the landform or its village).

Names hold no function, unit or numeral character and no ordinary word (place_frames.unknown_place_name); a known
place is left to the lexicons. Priority 33 (above the gazetteer's 30 and the person guesses, below units and dates).
Cost: str.find of 州 / 部的, 的 after a part word / 里 / 山 before any regex; a gazetteer dictionary look-up at each hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.rules.names_common import encamping_word, is_common_word, surnames, word_info
from pipeline.rules.place_frames import unknown_place_name
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:located-place", 33
_H = "[\u4e00-\u9fff]"


# --- autonomous prefectures written X州 --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def autonomous_prefecture_short_forms() -> dict[str, str]:
    """Short form → canonical name of every autonomous prefecture in the gazetteer (文山 → 文山壮族苗族自治州). Where
    the gazetteer withholds a short form (红河 is a river, 海南 a province), it is the canonical name less its
    peoples, read off the autonomous units whose short forms the gazetteer has (哈尼族, 彝族, 蒙古 …)."""
    rows = [(name, canon) for name, _label, canon, kind, *_rest in read_rows("gazetteer_cn.tsv")
            if canon.endswith(("自治州", "自治县", "自治旗")) and name != canon]
    peoples = set()
    for name, canon in rows:
        peoples.update(part + "族" for part in canon[len(name):-3].split("族") if part)
        if not canon[len(name):-3].endswith("族"):
            peoples.add(canon[len(name):-3])     # 蒙古, 哈萨克, 柯尔克孜 (written without 族)
    peoples.discard("")
    shorts = {name: canon for name, canon in rows if canon.endswith("自治州") and 2 <= len(name) <= 4}
    for canon in {row[2] for row in read_rows("gazetteer_cn.tsv") if row[2].endswith("自治州")} - set(shorts.values()):
        rest = canon[:-3]
        while True:
            people = max((p for p in peoples if rest.endswith(p) and len(rest) - len(p) >= 2), key=len, default="")
            if not people:
                break
            rest = rest[:-len(people)]
        if 2 <= len(rest) <= 4 and rest != canon[:-3]:
            shorts[rest] = canon
    return shorts


def _prefectures(text: str) -> list[Candidate]:
    shorts = autonomous_prefecture_short_forms()
    lexicon = place_lexicon()
    out = []
    at = text.find("州")
    while at != -1:
        for size in (4, 3, 2):
            start = at - size
            if start < 0:
                continue
            short = text[start:at]
            if short in shorts and text[start:at + 1] not in lexicon and not _PREFECTURE_BLOCK.match(text, at + 1):
                entry = lexicon.get(shorts[short])
                norm = normalize_place(shorts[short]) if entry is not None else {}
                out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY, norm))
                break
        at = text.find("州", at + 1)
    return out


# 州 going on with another word of a city or its government (州府, 州城, 州县, 州长 …): not the prefecture's 州
_PREFECTURE_BLOCK = re.compile("[府城县官衙治长署]")


# --- a place in a part of a larger one ------------------------------------------------------------------------------
_PART_RE = re.compile("(?:[东西南北中]{1,2}部|[东西南北][端边]|境内|边境|边界|交界处?|接壤处?)的")
# after the name: a clause boundary, a list mark, or a word of place
_AFTER = re.compile("[，。、；：！？）)\\s]|一带|附近|地区|地方|境内|以[东西南北]|城|镇|村|县")
_SETTLEMENT_END = set("村庄镇湾铺集寨堡屯圩墟坪峪冲垸店坡沟渡港街场营驿坝塘")
_HEIGHT_END = set("山岭峰")
_WATER_END = set("河江湖")


def _label(name: str) -> str:
    return "LOC" if name[-1] in _HEIGHT_END or name[-1] in _WATER_END else "GPE"


def _name_ok(name: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in name) and unknown_place_name(name)


# what a name before its settlement word never holds: function words, numerals, pronouns, units, directions
_NOT_IN_STEM = set("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少"
                   "上下里内外中前后左右边部军敌我你他她们师团旅营连队长官兵日月年时天方面所设有为")


def _settled_name_ok(name: str) -> bool:
    """A name ending in its settlement or height word (蓑衣渡 holds the word 蓑衣: the ending vouches for it)."""
    return (all("\u4e00" <= ch <= "\u9fff" for ch in name) and not any(ch in _NOT_IN_STEM for ch in name[:-1])
            and name not in place_lexicon() and not is_common_word(name, 3, ("ns", "nr", "nz"))
            and not encamping_word(name))     # 城南五里处宿营: the troops encamp, no village 宿营 (s28zhlab)


# after a listed member: also a joiner before the next member or a word of agency (甲乙、丙丁与某军打了一仗)
_AFTER_MEMBER = re.compile("[与和及]")


def _name_after(text: str, start: int, settled_only: bool, joined: bool = False,
                person_risk: bool = False) -> tuple[int, int] | None:
    """The name opening at `start`: the shortest of 2-4 characters ending in a settlement or height word, else (unless
    `settled_only`) one of 2-3 characters closed by a clause boundary or a word of place."""
    for size in (2, 3, 4):
        name = text[start:start + size]
        if len(name) < size:
            break
        if (name[-1] in _SETTLEMENT_END or name[-1] in _HEIGHT_END) and _settled_name_ok(name):
            return start, start + size
    if settled_only:
        return None
    for size in (2, 3):
        name = text[start:start + size]
        if len(name) == size and (_AFTER.match(text, start + size) or joined and _AFTER_MEMBER.match(text, start + size)) \
                and _name_ok(name) and not (person_risk and size == 3 and name[0] in surnames()[0]):
            return start, start + size     # 某县的李甲乙，: a surname and a given name, no place
    return None


def _county_before(text: str, end: int) -> bool:
    """A county the lexicons know written in full ends at `end` (南雄县, 某某旗)."""
    lexicon = place_lexicon()
    return any(end - size >= 0 and "GPE" in (getattr(lexicon.get(text[end - size:end]), "label", ""),
                                             getattr(lexicon.get(text[end - size:end - 1]), "label", ""))
               for size in (3, 4))


def _known_before(text: str, end: int) -> bool:
    """A place the lexicons know ends at `end` (a province, region, county or city)."""
    lexicon = place_lexicon()
    return any(end - size >= 0 and text[end - size:end] in lexicon for size in (2, 3, 4))


# a county or district written in full (two or three characters + 县/区/旗) and 的 (某某县的甲乙): the place is in it
_COUNTY_OF_RE = re.compile(f"(?<={_H}{{2}})[县旗]的")


def _parts(text: str) -> list[Candidate]:
    out = []
    # the part may begin one character later than the match (湖南|西部: 南西部 reads as a bearing pair first)
    parts = [m for m in _PART_RE.finditer(text)
             if any(_known_before(text, m.start() + k) or m.start() + k and text[m.start() + k - 1] in "省县市区州"
                    for k in ((0, 1) if m.group()[1] in "东西南北" else (0,)))]
    counties = [m for m in _COUNTY_OF_RE.finditer(text) if _county_before(text, m.start() + 1)]
    for m in parts + counties:
        # after a county and 的 a person of the county is as likely as a village (某县的李甲乙，)
        risk = m in counties
        found = _name_after(text, m.end(), settled_only=False, person_risk=risk)
        while found is not None:
            s, e = found
            out.append(Candidate(s, e, _label(text[s:e]), SOURCE, PRIORITY, {"id": None}))
            # the members listed after it with 、 (某县的甲乙、丙丁与…): each a place of the same part
            found = (_name_after(text, e + 1, settled_only=False, joined=True, person_risk=risk)
                     if text[e:e + 1] == "、" else None)
    return out


# --- a place at a bearing and a distance --------------------------------------------------------------------------
_DISTANCE_RE = re.compile("(?:城|以)?[东西南北]{1,2}方?约?[〇零一二三四五六七八九十百千两0-9]+[余多]?(?:华里|公里|里)"
                          "(?:许|处|开外|以外|外|远)?的?")


def _distances(text: str) -> list[Candidate]:
    out = []
    if "里" not in text:
        return out
    for m in _DISTANCE_RE.finditer(text):
        if not (m.group().startswith(("城", "以")) or _known_before(text, m.start())):
            continue
        found = _name_after(text, m.end(), settled_only=not m.group().endswith(("的", "处")))
        if found is None and m.group().endswith("的"):
            found = _settled_after(text, m.end())     # a numeral in the name: 城南十里的三道岭 (session 31)
        if found is not None:
            s, e = found
            out.append(Candidate(s, e, _label(text[s:e]), SOURCE, PRIORITY, {"id": None}))
    return out


# --- a place at a bare bearing or a bare distance, and 的 (session 31, w31zhgeo) -----------------------------------
# `某城东南的甲乙营`, `某地以北的甲乙渡`, `村北的甲乙山`, `南门外的甲乙村`; `离家约三里地的甲乙沟`, `距某城约十华里的甲村`
_BEARING_OF_RE = re.compile("(?:以[东西南北]|[东西南北]{1,2}(?:面|边|侧|方)?|[门城]外)的")
_SEAT_BEFORE = set("城村庄镇县门寨堡集河山")
_BARE_DISTANCE_RE = re.compile("[〇零一二三四五六七八九十百两0-9]+[余多几]?(?:华里|公里|里)(?:地|许|处|开外|以外|外|之遥|远)?的")
_NUMERALS = set("一二三四五六七八九十")


def _numbered_name_ok(name: str) -> bool:
    """A name ending in its settlement or height word; a numeral may stand in a name of three characters or more
    (五沟营, 三道岭), never a count's measure word (一个荒圩: 个 stops it) or 余/数 (十余村)."""
    stem = name[:-1]
    return (all("\u4e00" <= ch <= "\u9fff" for ch in name)
            and not any(ch in _NOT_IN_STEM and not (len(name) >= 3 and ch in _NUMERALS) for ch in stem)
            and not all(ch in _NUMERALS for ch in stem) and "余" not in stem and "数" not in stem
            and name not in place_lexicon() and not is_common_word(name, 3, ("ns", "nr", "nz"))
            and not is_common_word(name[-2:], 100, ("ns", "nr", "nz")) and not encamping_word(name))


def _settled_after(text: str, start: int) -> tuple[int, int] | None:
    """The shortest name of 2-4 characters at `start` that _numbered_name_ok, the longer one where a second settlement
    word follows (甲沟营 is the village, not 甲沟 + 营)."""
    for size in (2, 3, 4):
        name = text[start:start + size]
        if len(name) < size:
            return None
        if (name[-1] in _SETTLEMENT_END or name[-1] in _HEIGHT_END) and _numbered_name_ok(name):
            longer = text[start:start + size + 1]
            if size < 4 and len(longer) > size and longer[-1] in _SETTLEMENT_END and _numbered_name_ok(longer):
                return start, start + size + 1
            return start, start + size
    return None


# a gully (沟) named so is as often the landform (LOC) as its village (GPE): the bare frames leave it to the other finders
_AMBIGUOUS_END = set("沟")


def _bare_bearings_distances(text: str) -> list[Candidate]:
    out = []
    for m in _BEARING_OF_RE.finditer(text):
        at, word = m.start(), m.group()
        if word.startswith(("门", "城")):
            ok = at >= 1 and text[at - 1] in "东西南北"
        elif at >= 1 and text[at - 1] in _SEAT_BEFORE:
            ok = not (len(word) == 2 and _known_before(text, at + 1))     # 湖南的: the province, no bearing
        else:
            ok = _known_before(text, at) and not (len(word) == 2 and _known_before(text, at + 1))
        if ok:
            found = _settled_after(text, m.end())
            if found is not None and text[found[1] - 1] not in _AMBIGUOUS_END:
                out.append(Candidate(found[0], found[1], _label(text[found[0]:found[1]]), SOURCE, PRIORITY, {"id": None}))
    if "里" in text:
        for m in _BARE_DISTANCE_RE.finditer(text):
            window = text[max(0, m.start() - 12):m.start()]
            cut = max(window.rfind(mark) for mark in "，。；：,;:\n")
            if "距" not in window[cut + 1:] and "离" not in window[cut + 1:]:
                continue
            found = _settled_after(text, m.end())
            if found is not None and text[found[1] - 1] not in _AMBIGUOUS_END:
                out.append(Candidate(found[0], found[1], _label(text[found[0]:found[1]]), SOURCE, PRIORITY, {"id": None}))
    return out


# --- members of a list closed by 等 + a count of strongholds or settlements -----------------------------------------
_COUNTED_CLOSE_RE = re.compile("等(?:[一二两三四五六七八九十0-9]{1,3}[余多]?[个座处]?)?(?:日伪军|日伪|敌伪|伪军|日军|敌人|敌|鬼子)?"
                               "(据点|村庄|村子|村镇|集镇|城镇|乡镇|县城|城市|堡垒)")
# heads that make every member a village or a stronghold's village, also one the lexicons read as a river or region
_VILLAGE_HEADS = ("据点", "村庄", "村子", "村镇", "集镇", "堡垒")
_LIST_OPEN = set("，。；：（(）) \n的了克占攻陷据入驻过经到至于在和与及及")


# what a member of such a list never holds (function words, pronouns, numerals of a count)
_MEMBER_STOP = set("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本我你他她们敌军一二三四五六七八九十百千万两几")


def _list_members(text: str, end: int) -> list[tuple[int, int]]:
    """The 、-separated parts of two to four Chinese characters that end at `end`, read back to the list's opening (a
    clause boundary, 的 or a verb of taking before the first part); none where a part is longer."""
    parts, pos = [], end
    while True:
        start = pos
        while start > 0 and pos - start < 5 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _LIST_OPEN:
            start -= 1
        if pos - start < 2 or pos - start > 4 or start > 0 and text[start - 1] not in _LIST_OPEN and text[start - 1] != "、":
            return []
        parts.append((start, pos))
        if start == 0 or text[start - 1] != "、":
            return parts
        pos = start - 1


def _counted_lists(text: str) -> list[Candidate]:
    out = []
    lexicon = place_lexicon()
    for m in _COUNTED_CLOSE_RE.finditer(text):
        members = _list_members(text, m.start())
        if len(members) < 2:
            continue
        villages = m.group(1) in _VILLAGE_HEADS
        for s, e in members:
            name = text[s:e]
            if any(ch in _MEMBER_STOP for ch in name) or is_common_word(name, 100):
                continue
            known = lexicon.get(name)
            if known is None:
                height = text[e - 1] in "山峰" if villages else _label(name) == "LOC"
                out.append(Candidate(s, e, "LOC" if height else "GPE", SOURCE, PRIORITY, {"id": None}))
            elif villages and known.label == "LOC" and text[e - 1] not in "山峰":
                # 某某河、某庄等据点: the stronghold's village, not the river the lexicon knows (a list closed by a word of
                # villages names villages whatever their ending)
                out.append(Candidate(s, e, "GPE", SOURCE, PRIORITY, {"id": None}))
    return out


# --- a place where a stronghold is set up -------------------------------------------------------------------------
_STRONGHOLD_SET_RE = re.compile(f"在({_H}{{2,3}}?)(?:设立|设置|建立|修筑|增设|安设|安上|设)了?(?:[一两三四五六七八九十几]个)?"
                                "(?:据点|炮楼|碉堡|岗楼)")


def _stronghold_sites(text: str) -> list[Candidate]:
    out = []
    for m in _STRONGHOLD_SET_RE.finditer(text):
        name = m.group(1)
        if any(ch in _NOT_IN_STEM for ch in name) or name in place_lexicon() or is_common_word(name, 50):
            continue
        # a village named by its water (岔河) holds the stronghold; a height keeps its reading
        out.append(Candidate(m.start(1), m.end(1), "LOC" if name[-1] in _HEIGHT_END else "GPE", SOURCE, PRIORITY,
                             {"id": None}))
    return out


# --- a hill written right after the place it stands in (session 34, w34zhloc) ---------------------------------------
# `依托江宁甲牛山`, `在某县城甲石山创办`, `某地区甲坑山`, `易县狼牙山`: a place the lexicons know (or X县城, X地区)
# and, glued to it, a name of one or two characters + 山 the lexicons do not know is the hill (LOC). Read across
# development sets (a hill after its county, city or area is missed in seven). Not 山东/山西 (provinces), not a name
# that goes on (山区, 山村, 山路 …), not a known place (唐山 after 河北 is the city), not an ordinary word (江山), not a
# person jieba knows nor a surname + given name before a word of persons (某地王甲山同志).
_HILL_GOES_ON = set("区地脉系村县市镇乡庄寨城路街站桥寺庙堡屯集铺店营场坝厂矿口关门府州卫人民族东西水货")
_HILL_PERSON_AFTER = set("说等同先将烈率任是夫之字号君氏老兄")
_HILL_SEAT_AFTER = ("县城", "地区", "城", "镇")
_NUMERALS = set("一二三四五六七八九十百千万两")     # 五桂山, 五指山: a numeral opens a hill of three characters
_HILL_PART_STEM = set("岸边头口脚顶坡麓高深荒群后前")     # 某江东|岸山腰: a bank and a hillside, no hill named 岸山
_HILL_COUNTERS = set("座个条道处片群重层")     # 两座山, 三个山头: a count of hills, no name
_HILL_NOT_FIRST = set("城镇县乡村市区省州东西南北")     # 某县|城北山: the seat and a bearing, no hill named 城北


def _place_ends_at(text: str, end: int) -> bool:
    """A place the lexicons know of 2-4 characters ends at `end`, also before 县城/地区/城/镇 (某县城|甲石山)."""
    lexicon = place_lexicon()
    for seat in ("",) + _HILL_SEAT_AFTER:
        stop = end - len(seat)
        if seat and text[stop:end] != seat:
            continue
        if seat in ("县城", "地区") and stop >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in text[stop - 2:stop]):
            return True     # 某县城|甲石山, 某地区|甲坑山: the seat word vouches for the place
        for size in (4, 3, 2):
            place = text[stop - size:stop] if stop - size >= 0 else ""
            if place and getattr(lexicon.get(place), "label", "") in ("GPE", "LOC") \
                    and not is_common_word(place, 50, ("ns",)):
                return True
    return False


def _hills_after_places(text: str) -> list[Candidate]:
    out = []
    lexicon = place_lexicon()
    single = surnames()[0]
    at = text.find("山", 2)
    while at != -1:
        after = text[at + 1:at + 2]
        if after not in _HILL_GOES_ON:
            for start in (at - 2, at - 1):
                name = text[start:at + 1]
                if start < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                        or any(ch in _NOT_IN_STEM and not (ch in _NUMERALS and len(name) == 3) for ch in name[:-1]) \
                        or name[0] in _HILL_NOT_FIRST or name[1] in _HILL_COUNTERS or name in lexicon \
                        or len(name) == 2 and name[0] in _HILL_PART_STEM \
                        or text[start:start + 2] in lexicon or is_common_word(name, 3, ("ns",)) \
                        or not _place_ends_at(text, start):
                    continue
                if len(name) == 3 and name[0] in single and (after in _HILL_PERSON_AFTER
                                                             or word_info().get(name, (0, ""))[1].startswith("nr")):
                    continue
                out.append(Candidate(start, at + 1, "LOC", SOURCE, PRIORITY, {"id": None}))
                break
        at = text.find("山", at + 1)
    return out


def find_located_places(text: str) -> list[Candidate]:
    """Candidates of the classes above."""
    out: list[Candidate] = []
    if "等" in text:
        out += _counted_lists(text)
    if "州" in text:
        out += _prefectures(text)
    if "的" in text:
        out += _parts(text)
        out += _bare_bearings_distances(text)
    out += _distances(text)
    if "山" in text:
        out += _hills_after_places(text)
    if "据点" in text or "炮楼" in text or "碉堡" in text or "岗楼" in text:
        out += _stronghold_sites(text)
    return out
