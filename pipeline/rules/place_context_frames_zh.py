"""Settlements that the frame around them vouches for, though no place list holds them (session 18, GPE audit).

Chinese war narrative, gazetteers and memoirs name villages, market towns and small county seats that no
gazetteer of ours knows; four frames say what such a name is (GPE: a place with a government, guideline table):

1. a modern-name gloss: `NAME（今X县Y镇）` — a name glossed by its present-day name is a place (临淮（今凤阳县临淮关镇）,
   雉河集（今涡阳）). The name before the bracket: two characters after a clause mark, a cue (在, 至, 驻, 克 …) or a
   known place (安徽|柳泉), three when the third is a settlement head (集, 镇, 庄 …). Inside the gloss the last member
   of an address chain ending in 镇/乡/村/集 is a settlement of its own (今商丘市|朱集镇).
2. a garrison or a stronghold: `NAME守敌`, `NAME守军`, `NAME驻敌`, `NAME（鬼子|伪军|日军…）据点` — a force holds a place
   (柳湾守敌, 岳桥据点). Only a name after a clause mark, a joiner (和, 、) or a verb of attack.
3. an address chain: `PROVINCE + COUNTY of that province + VILLAGE` (河北阜平东庄, 河北平山西柏坡): the county is
   read inside the chain (平山, not the province 山西 across the join), the village when it ends in a settlement
   head (庄, 村, 沟, 坡 …).
4. a county's places: `COUNTY之A、B` (增城之永汉、正果; 宝安之沙井、福永等地): two or more members, or one before 等地
   or 一带.
5. a bearing from a town: `PLACE(城)东/以东/东郊 … + VILLAGE` ending in a settlement head (濮阳城东孙王庄, 开封以北李庄):
   the village; and a county named like a compound surname (濮阳, 南宫) before an ordinary word or a bearing is the
   county (濮阳整训, 濮阳城东: no person 濮阳城东).
6. a county named like a landform in a list of counties: a name the physical tables read as a LOC (龙门 gorge, 巫山,
   嫩江) whose county (name + 县/市/区) the gazetteer holds, listed with 、 between known GPEs on both sides or after
   one before 等地/等县 (惠阳、河源、龙门等地), is the county.
8. an apposition after a word of a town or a position: `重镇—NAME`, `阵地——NAME` (据守莒县、日照间的重镇—三庄);
   a place between two places: `A和NAME之间`, `NAME和A之间` with A known (沙城和下花园之间); a bearing from a name
   after a clause mark: `，NAME之南，` (牙山在仁川之南，成欢之西).
7. a country before a service minister's post: `日本陆军大臣`, `英国海军次官` — a post (no MIL_UNIT 日本陆军), the
   country a GPE (priority 61, above the unit lexicon's 60; 日本陆军省 is already an ORG).

A name holds no function, numeral, pronoun, unit or position character (place_frames' stop set) and is no
ordinary word (jieba's dictionary: 阵地, 外围, 主要 are turned away; a word jieba tags as a place name is kept).
Priority 34: above the person readings of a name (安徽柳泉 is no person) and the gazetteer's reading across a join.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han as _cjk, word_info
from pipeline.rules.place_frames import STOP
from pipeline.rules.place_towns import tables as _town_tables
from pipeline.rules.trie import guarded_trie_regex
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-context-frame", 34
_HEADS = frozenset("庄村屯沟坡峪洼湾集镇寨砦堡铺店岭口桥坊圩墟")
_GLOSS_HEADS = frozenset("镇乡村集庄寨堡圩墟")
_BOUNDARY = frozenset("，,。；;：:、（）()“”\"‘’《》\n \u3000—")
_CUES = frozenset("在于至到抵驻经过克占攻陷袭围歼打逼犯向往由从自离和与及同将把对是")
_NOT_NOUN = ("f", "v", "d", "p", "r", "m", "q", "c", "u", "a", "t", "b", "z", "l", "i")
_COUNTY_KINDS = frozenset({"county", "district", "prefecture", "city", "county-level city"})
_GLOSS_RE = re.compile(r"[（(](?:今|即今)(?:属|为|称|之)?([\u4e00-\u9fff]{2,12})[）)]")
_GARRISON_RE = re.compile(r"(?:守敌|守军|驻敌|(?:鬼子|伪军|日军|日伪军|敌伪|敌人|敌)?据点)")
_COUNTY_OF_RE = re.compile(r"之(?=[\u4e00-\u9fff]{2,3}[、和及])|之(?=[\u4e00-\u9fff]{2,3}(?:等地|一带))")


def _name_ok(name: str) -> bool:
    """A place name: Chinese characters, none of the stop set, no ordinary word whole or in part."""
    if not name or not all(_cjk(ch) and ch not in STOP for ch in name):
        return False
    info = word_info()
    whole = info.get(name)
    if whole and whole[0] >= 20 and not whole[1].startswith(("ns", "nr")):
        return False        # 阵地, 外围, 主要, 县城: an ordinary word (陈家, a family name, is kept)
    for k in range(len(name) - 1):
        entry = info.get(name[k:k + 2])
        if entry and entry[0] >= 20 and entry[1].startswith(_NOT_NOUN):
            return False    # 附近, 所在, 来犯: a clause word inside
    return True


_GENERIC = frozenset({"重镇", "要冲", "要地", "腹地", "省会", "首府", "门户", "县城", "城乡"})
_FUNCTION = frozenset("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少")


def _member_ok(name: str) -> bool:
    """A member of a county's list: the frame vouches for it, so only function words, numerals, pronouns and
    clause words (verbs, adverbs …) are turned away (正果, 军田 are kept)."""
    if not all(_cjk(ch) and ch not in _FUNCTION for ch in name):
        return False
    if name in _GENERIC:
        return False
    entry = word_info().get(name)
    if entry and entry[0] >= 100 and not entry[1].startswith("ns"):
        return False        # 政治, 经济, 军事: 中国之政治、经济 lists no places
    return not (entry and entry[0] >= 20 and entry[1].startswith(_NOT_NOUN))


def _known(name: str) -> bool:
    return name in place_lexicon() or name in _town_tables()[0]


def _known_end(text: str, end: int) -> bool:
    """A known place ends at `end` (安徽|柳泉, 增城|之)."""
    return any(end - size >= 0 and _known(text[end - size:end]) for size in (2, 3, 4))


def _left_ok(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _BOUNDARY or text[start - 1] in _CUES or _known_end(text, start)


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """The unknown settlement name that ends at `at` (two characters; three with a settlement head)."""
    for size in (2, 3, 4):
        if at - size >= 0 and _known(text[at - size:at]):
            return None     # the lexicon reads it
    if at >= 3 and text[at - 1] in _HEADS and _name_ok(text[at - 3:at - 1]) and _left_ok(text, at - 3):
        return at - 3, at
    if at >= 2 and _name_ok(text[at - 2:at]) and _left_ok(text, at - 2) and text[at - 1] not in "山河江湖海岛":
        return at - 2, at
    return None


def _gloss_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_GLOSS_RE, text):
        span = _name_before(text, m.start())
        if span:
            out.append(Candidate(span[0], span[1], "GPE", SOURCE, PRIORITY, {"id": None}))
        inner, base = m.group(1), m.start(1)
        if inner[-1] not in _GLOSS_HEADS or _known(inner):
            continue
        pos = 0
        while pos < len(inner):     # the address chain: known places from the larger to the smaller
            size = next((s for s in (4, 3, 2) if pos + s < len(inner) - 1 and _known(inner[pos:pos + s])), 0)
            if not size:
                break
            pos += size
        rest = inner[pos:]
        if pos and 2 <= len(rest) <= 4 and _name_ok(rest[:-1] if len(rest) > 2 else rest):
            out.append(Candidate(base + pos, base + len(inner), "GPE", SOURCE, PRIORITY, {"id": None}))
    return out


def _garrison_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_GARRISON_RE, text):
        span = _name_before(text, m.start())
        if span and text[span[1] - 1] not in "军敌人子方":
            out.append(Candidate(span[0], span[1], "GPE", SOURCE, PRIORITY, {"id": None}))
    return out


@lru_cache(maxsize=1)
def _province_re() -> re.Pattern:
    # a trie behind its pair guard (trie.guarded_trie_regex): the matches of the longest-first alternation
    # of the names, without re trying them one by one at every possible first character
    names = {name for name, entry in place_lexicon().items() if entry.kind == "province" and 2 <= len(name) <= 3}
    return re.compile(guarded_trie_regex(names))


def _chain_places(text: str) -> list[Candidate]:
    """PROVINCE + COUNTY of it + VILLAGE (河北阜平东庄, 河北平山西柏坡)."""
    out: list[Candidate] = []
    lex = place_lexicon()
    for pm in _province_re().finditer(text):
        at, prov = pm.start(), pm.group()
        if at and _cjk(text[at - 1]) and text[at - 1] not in _CUES:
            continue
        pid = (lex[prov].id or "")[:5]
        c_at = at + len(prov)
        county = next((text[c_at:c_at + s] for s in (4, 3, 2) if text[c_at:c_at + s] in lex
                       and lex[text[c_at:c_at + s]].kind in _COUNTY_KINDS
                       and (lex[text[c_at:c_at + s]].id or "").startswith(pid) and pid.startswith("cn:")), None)
        if not county:
            continue
        v_at = c_at + len(county)
        if text[v_at:v_at + 1] in ("县", "市", "州", "府", "厅"):
            continue        # 湖北麻城县: the county with its suffix is the lexicon's
        for size in (3, 2):
            name = text[v_at:v_at + size]
            if _known(name):
                break       # 湖北孝感杨店镇: a known village is the lexicon's, never cut shorter here
            if len(name) == size and name[-1] in _HEADS and _name_ok(name[:-1]) \
                    and not (word_info().get(name) and not word_info()[name][1].startswith("ns")):
                out.append(Candidate(c_at, v_at, "GPE", SOURCE, PRIORITY, {}))     # 平山, not 山西 across the join
                out.append(Candidate(v_at, v_at + size, "GPE", SOURCE, PRIORITY, {"id": None}))
                break
    return out


def _county_members(text: str) -> list[Candidate]:
    """COUNTY之A、B (增城之永汉、正果)."""
    out: list[Candidate] = []
    lex = place_lexicon()
    for m in _COUNTY_OF_RE.finditer(text):
        at = m.start()
        county = next((text[at - s:at] for s in (4, 3, 2) if at - s >= 0 and text[at - s:at] in lex
                       and lex[text[at - s:at]].label == "GPE"), None)
        if not county:
            continue
        members: list[tuple[int, int]] = []
        pos = at + 1
        while len(members) < 8:
            size = next((s for s in (2, 3) if text[pos + s:pos + s + 1] and text[pos + s] in "、和及，,。；;等一"), 0)
            if not size:
                break
            name = text[pos:pos + size]
            if len(name) < size or not (_known(name) or _member_ok(name)):
                break
            members.append((pos, pos + size))
            nxt = text[pos + size:pos + size + 1]
            if nxt in ("、", "和", "及"):
                pos += size + 1
                continue
            break
        if not members:
            continue
        last_end = members[-1][1]
        closed = text[last_end:last_end + 1] in ("，", ",", "。", "；", ";") or text[last_end:last_end + 2] in ("等地", "一带")
        if closed and (len(members) >= 2 or text[last_end:last_end + 2] in ("等地", "一带")):
            out += [Candidate(s, e, "GPE", SOURCE, PRIORITY - 1, {"id": None}) for s, e in members
                    if not _known(text[s:e])]
    return out


_BEARING_RE = re.compile("(?:城|以)?[东西南北](?:南|北)?(?:郊|关|门外)?")
_PLACE_SURNAMES = ("濮阳", "南宫")    # compound surnames (person_context._COMPOUND_SURNAMES) that are counties


def _bearing_villages(text: str) -> list[Candidate]:
    """PLACE + bearing + VILLAGE (濮阳城东孙王庄), and 濮阳/南宫 + ordinary word or bearing (濮阳整训)."""
    out: list[Candidate] = []
    lex = place_lexicon()
    info = word_info()
    for name in _PLACE_SURNAMES:
        at = text.find(name)
        while at != -1:
            rest = text[at + 2:at + 4]
            entry = info.get(rest)
            if _BEARING_RE.match(text, at + 2) or (entry and entry[0] >= 20 and not entry[1].startswith("nr")):
                out.append(Candidate(at, at + 2, "GPE", SOURCE, PRIORITY, {}))
            at = text.find(name, at + 2)
    for m in _BEARING_RE.finditer(text):
        if m.end() - m.start() < 2 or not _known_end(text, m.start()):
            continue        # a bearing of two characters or more right after a known place
        v_at = m.end() + (text[m.end():m.end() + 1] == "之")   # 通县以东之宋庄: 之 joins, never opens the village
        for size in (3, 2):
            name = text[v_at:v_at + size]
            if len(name) == size and name[-1] in _HEADS and name[-1] not in "口桥岭" and not _known(name) \
                    and _name_ok(name[:-1]) and text[v_at + size:v_at + size + 1] not in _HEADS:
                entry = info.get(name)
                if not (entry and entry[0] >= 20 and not entry[1].startswith("ns")):
                    out.append(Candidate(v_at, v_at + size, "GPE", SOURCE, PRIORITY, {"id": None}))
                break
    return out


@lru_cache(maxsize=1)
def _landform_counties_re() -> re.Pattern | None:
    lex = place_lexicon()
    names = {name for name, entry in lex.items() if entry.label == "LOC" and 2 <= len(name) <= 3
             and any(name + suffix in lex and lex[name + suffix].label == "GPE" for suffix in "县市区")}
    return re.compile(guarded_trie_regex(names)) if names else None


def _gpe_at(text: str, start: int, end: int, left: bool) -> bool:
    """A known GPE of 2-4 characters ends at `end` (left) or starts at `start` (right)."""
    lex = place_lexicon()
    for size in (4, 3, 2):
        name = text[end - size:end] if left else text[start:start + size]
        if len(name) == size and name in lex and lex[name].label == "GPE":
            return True
    return False


def _listed_landform_counties(text: str) -> list[Candidate]:
    pattern = _landform_counties_re()
    out: list[Candidate] = []
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        left = s >= 1 and text[s - 1] == "、" and _gpe_at(text, 0, s - 1, True)
        right = text[e:e + 1] == "、" and _gpe_at(text, e + 1, 0, False)
        closed = text[e:e + 2] in ("等地", "等县", "等城", "一带")
        if (left and right) or (left and closed):
            out.append(Candidate(s, e, "GPE", SOURCE, PRIORITY, {}))
    return out


_SERVICE_POST_RE = re.compile("(?=(?:陆军|海军|空军)(?:大臣|次官|卿|部长|总长|部次长))")


def _service_post_countries(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    lex = place_lexicon()
    for m in _SERVICE_POST_RE.finditer(text):
        at = m.start()
        for size in (3, 2):
            name = text[at - size:at] if at >= size else ""
            if name in lex and lex[name].label == "GPE":
                out.append(Candidate(at - size, at, "GPE", SOURCE, 61, {}))
                break
    return out


_APPOSITION_RE = re.compile("(?:重镇|要镇|小镇|集镇|县城|要地|阵地|据点|村庄)(?:—{1,2}|－{1,2}|-{1,2})")
_BETWEEN_RE = re.compile("[和与及至]")
_NUMERALS = frozenset("一二三四五六七八九十")    # 三庄, 五里铺: a numeral opens many village names
_BEARING_OF_RE = re.compile("之[东南西北](?=[，,。；;、])")


def _name_after(text: str, at: int) -> tuple[int, int] | None:
    """An unknown settlement name of 2-3 characters starting at `at` and closed by a clause mark."""
    for size in (2, 3):
        name = text[at:at + size]
        nxt = text[at + size:at + size + 1]
        if len(name) == size and (not nxt or nxt in _BOUNDARY) and not _known(name) \
                and (_name_ok(name) or size == 2 and name[0] in _NUMERALS and name[1] in _HEADS
                     if size == 2 else name[-1] in _HEADS | {"行"} and _name_ok(name[:-1])):
            return at, at + size    # 陈家行, 杨行: 行 ends villages near Shanghai
    return None


def _apposed_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_APPOSITION_RE, text):
        span = _name_after(text, m.end())
        if span:
            out.append(Candidate(span[0], span[1], "GPE", SOURCE, PRIORITY, {"id": None}))
    lex = place_lexicon()
    # both readings need 之间 two to four characters after the connective: places tried only there
    for m in _BETWEEN_RE.finditer(text) if "之间" in text else ():
        at = m.start()
        if "之间" not in text[at + 3:at + 7]:
            continue
        left_end = at
        if at >= 1 and text[at - 1] in "）)":      # 沙城（怀来）和…: the known place before its note
            k = max(text.rfind("（", max(0, at - 8), at), text.rfind("(", max(0, at - 8), at))
            left_end = k if k != -1 else at
        for size in (2, 3):     # known A + 和 + NAME + 之间
            name = text[at + 1:at + 1 + size]
            if text[at + 1 + size:at + 3 + size] == "之间" and _known_end(text, left_end) and not _known(name) \
                    and _member_ok(name):
                out.append(Candidate(at + 1, at + 1 + size, "GPE", SOURCE, PRIORITY, {"id": None}))
                break
        for size in (2, 3):     # NAME + 和 + known A + 之间
            start = at - size
            if start < 0 or _known(text[start:at]) or not _left_ok(text, start):
                continue
            name = text[start:at]
            if not _member_ok(name):
                continue
            rest = next((k for k in (4, 3, 2) if text[at + 1:at + 1 + k] in lex
                         and lex[text[at + 1:at + 1 + k]].label == "GPE"), 0)
            if rest and text[at + 1 + rest:at + 3 + rest] == "之间":
                out.append(Candidate(start, at, "GPE", SOURCE, PRIORITY, {"id": None}))
                break
    for m in _BEARING_OF_RE.finditer(text):
        at = m.start()
        if at >= 3 and text[at - 3] in "，,；;" and _name_ok(text[at - 2:at]) and not _known(text[at - 2:at]):
            out.append(Candidate(at - 2, at, "GPE", SOURCE, PRIORITY, {"id": None}))
    return out


def find_context_frame_places(text: str) -> list[Candidate]:
    """GPE candidates of settlements vouched for by a gloss, a garrison, an address chain or a county's list."""
    out: list[Candidate] = []
    if "今" in text:
        out += _gloss_places(text)
    if "守" in text or "据点" in text or "驻敌" in text:
        out += _garrison_places(text)
    if "之" in text:
        out += _county_members(text)
    out += _chain_places(text)
    out += _bearing_villages(text)
    if "、" in text:
        out += _listed_landform_counties(text)
    if "军" in text:
        out += _service_post_countries(text)
    if "—" in text or "－" in text or "之" in text:
        out += _apposed_places(text)
    return out
