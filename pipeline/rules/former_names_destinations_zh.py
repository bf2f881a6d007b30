"""Settlements in county histories and Qing-era prose (session 21, s21zhgpe): classes seen on audited pages of
local histories, gazetteer-style county introductions and Taiping/Qing narratives. Grammar; no list of names.

Readings that make a place:
- A former name stated after a known place (`甲县古称乙城,` → GPE 乙城; `旧称`, `古名`, `旧名`, `原称`, `原名`): the old
  name is the same settlement (a GPE), also where a lexicon reads it otherwise (a wall, a river); the same name after
  故名/因名/遂名 later in the text (`故名乙城。`) is that GPE again. The subject may be a county's short form that the
  place lexicon leaves out as an ordinary word (`丙丁古称…` where `丙丁县` is a county): it is the county.
- A county's short form that the place lexicon leaves out as an ordinary word, right before 建县/设县/置县/县城
  (`丙丁建县始于…`), is the county (GPE); so is every bare mention of it in a text that so reads it, where a clause
  mark or 古称/建县 follows (`有一座小县城:丙丁,`).

- The destination of a force's move (`开赴甲乙,`, `调往甲乙。`, `撤往甲乙、`; 开赴/开往/调往/调至/前往/撤往/退往/
  转移到/奔赴/移师): an unfamiliar name of two or three characters between the verb and a clause mark is a place
  (GPE), when it is no ordinary word jieba knows (前线, 战场, 后方), holds no function word or numeral and does not
  end in a word for a front, area or body (线, 场, 地, 区, 部, 处, 方, 军, 队 …).

- A settlement introduced by its name (`前面是个小村,叫做甲乙,`, `有个镇子名叫甲乙。`): after 村/村子/村庄/小镇/镇子/
  小城/山村/庄子/寨子 and 叫做/叫作/名叫/名为/叫, a name of two or three characters before a clause mark is a GPE
  (no function word or numeral in it, no ordinary word jieba knows).
- A Korean village in 里 after its county or township (`甲乙郡丙丁里`, `甲乙面丙丁里`): a known place ending in 郡/面
  and two characters + 里 right after it (before a clause mark, a bracket or a locative) is a GPE.

Readings that make no place (vetoes, called from places._lexicon_candidates through `not_a_place`):
- A county that shares its name with a reign era, before a year of that era (`元年`, `三年`, `十二年`) after a dynasty
  (`西晋甲乙三年`, `明甲乙元年`) or before the year written in figures (`甲乙三年(282年)`): the era, not the county.
- A Qing reign era whose emperor the text names (`甲乙皇帝`, `甲乙帝`): a bare mention elsewhere is the emperor
  (`告诉甲乙,`), not the county of that name, unless 县/城/市 follows.
- A township named 大/小 + an ordinary word of settlement (村镇, 城镇, 集镇 …) after 的/个/是/座 (`一个有千人的大村镇`):
  a big village-town, no named township.
- A county whose name is an ordinary verb phrase, before 而上/而下 (`盘山而上`): the road winds up, no place.
- A two-character county whose second character starts a province or country right after it, where the
  character before and its first character form a word (`连通|山西` ⊃ 通山): the province, not the county.

Priority 46 (above the FAC/EVENT lexicons' 45, so a former name outranks a famous wall of the same name); the
county short forms 31 (above the gazetteer's 30). Cost: str.find of 古称/旧称/…, 建县/设县/置县/县城 before any regex;
the vetoes are called only for lexicon names followed by a numeral, 而, or a reign title.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name, place_lexicon
from pipeline.spans import Candidate

SOURCE = "rule:place-former-name"
PRIORITY = 46
SHORT_PRIORITY = 31

_CJK = "\u4e00-\u9fff"
_FORMER_WORDS = ("古称", "旧称", "古名", "旧名", "原称", "原名", "舊稱", "舊名")
_AGAIN_WORDS = ("故名", "因名", "遂名")
_FORMER_RE = re.compile(f"(?:{'|'.join(_FORMER_WORDS)})([{_CJK}]{{2,3}}?)(?=[，,。；;：:、）)]|$)")
_AGAIN_RE = re.compile(f"(?:{'|'.join(_AGAIN_WORDS)})([{_CJK}]{{2,3}}?)(?=[，,。；;：:、）)]|$)")
_FOUNDED = ("建县", "设县", "置县", "县城", "建縣", "設縣", "置縣", "縣城")
_CLAUSE_MARKS = frozenset("，,。；;：:、）)」”")
_NO_NAME_CHARS = frozenset("的了在是和与及或这那该此其我他她它们个等为有被向从到至于也就而又再更最很一二三四五六七八九十两几")


def _county_of_short_form(name: str, places) -> bool:
    """`name` + 县 is a county the gazetteer knows, while `name` alone is no lexicon place (an ordinary word)."""
    if name in places:
        return False
    entry = places.get(name + "县") or places.get(name + "縣")
    return entry is not None and entry.label == "GPE" and entry.kind == "county"


def find_former_names_short_counties(text: str) -> list[Candidate]:
    has_former = any(word in text for word in _FORMER_WORDS)
    has_founded = any(word in text for word in _FOUNDED)
    if not has_former and not has_founded:
        return []
    places = place_lexicon()
    out: list[Candidate] = []
    short_forms: set[str] = set()
    former_names: set[str] = set()
    if has_former:
        for m in _FORMER_RE.finditer(text):
            name = m.group(1)
            if any(ch in _NO_NAME_CHARS for ch in name):
                continue
            at = m.start()
            subject = None
            for size in (4, 3, 2):
                if at >= size and re.fullmatch(f"[{_CJK}]{{{size}}}", text[at - size:at]):
                    stem = text[at - size:at]
                    if is_gpe_name(stem):
                        subject = stem
                        break
                    if _county_of_short_form(stem, places):
                        subject = stem
                        short_forms.add(stem)
                        break
            if subject is None:
                continue
            former_names.add(name)
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
        if former_names:
            for m in _AGAIN_RE.finditer(text):
                if m.group(1) in former_names:
                    out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    if has_founded:
        for word in _FOUNDED:
            at = text.find(word)
            while at != -1:
                for size in (3, 2):
                    stem = text[at - size:at] if at >= size else ""
                    if stem and re.fullmatch(f"[{_CJK}]{{{size}}}", stem) and _county_of_short_form(stem, places) \
                            and not (at > size and "\u4e00" <= text[at - size - 1] <= "\u9fff"
                                     and text[at - size - 1] not in "称了在于至到"):
                        short_forms.add(stem)
                        break
                at = text.find(word, at + 2)
    for stem in short_forms:
        at = text.find(stem)
        while at != -1:
            end = at + len(stem)
            nxt = text[end:end + 1]
            before = text[at - 1:at]
            if (nxt == "" or nxt in _CLAUSE_MARKS or text.startswith(_FORMER_WORDS, end) or text.startswith(_FOUNDED, end)) \
                    and not ("\u4e00" <= before <= "\u9fff" and before not in "在于至到从自往称:"):
                out.append(Candidate(at, end, "GPE", SOURCE, SHORT_PRIORITY))
            at = text.find(stem, end)
    return out


_MOVE_VERBS = ("开赴", "开往", "调往", "调至", "前往", "撤往", "退往", "转移到", "奔赴", "移师", "開赴", "開往", "調往",
               "調至", "撤往", "轉移到")
_MOVE_RE = re.compile(f"(?:{'|'.join(_MOVE_VERBS)})([{_CJK}]{{2,3}}?)(?=[，,。；;、）)])")
_NOT_LAST = frozenset("线场地区部处方军队师团营连边面外内里上下中前后口带省市县乡镇村线線區處隊團們")


def find_move_destinations(text: str) -> list[Candidate]:
    if not any(verb in text for verb in _MOVE_VERBS):
        return []
    from pipeline.rules.names_common import is_common_word
    places = place_lexicon()
    out = []
    for m in _MOVE_RE.finditer(text):
        name = m.group(1)
        if name in places or name[-1] in _NOT_LAST or any(ch in _NO_NAME_CHARS for ch in name) \
                or is_common_word(name, 1, ("nr", "ns")) or len(name) == 3 and is_common_word(name[:2], 1, ("nr", "ns")):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, SHORT_PRIORITY))
    return out


_INTRO_RE = re.compile(f"(?:村子|村庄|小村|山村|小镇|镇子|小城|庄子|寨子|村|鎮子|小鎮)[，,]?(?:叫做|叫作|名叫|名为|名為|叫)"
                       f"([{_CJK}]{{2,3}}?)(?=[，,。；;、）)]|的[村镇庄地])")
_KOREAN_VILLAGE_RE = re.compile(f"[郡面]([{_CJK}]{{2}}里)(?=[，,。；;、）)」]|一带|附近|以[东西南北]|[东西南北])")


def find_introduced_settlements(text: str) -> list[Candidate]:
    out = []
    if "叫" in text or "名" in text:
        from pipeline.rules.names_common import is_common_word
        for m in _INTRO_RE.finditer(text):
            name = m.group(1)
            if any(ch in _NO_NAME_CHARS for ch in name) or is_common_word(name, 1, ("nr", "ns")):
                continue
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, SHORT_PRIORITY))
    if "里" in text and ("郡" in text or "面" in text):
        for m in _KOREAN_VILLAGE_RE.finditer(text):
            at = m.start() + 1          # the 郡/面 ends a known place
            if not any(is_gpe_name(text[at - size:at]) for size in (2, 3, 4) if at >= size):
                continue
            if any(ch in _NO_NAME_CHARS for ch in m.group(1)[:2]):
                continue
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, SHORT_PRIORITY))
    return out


# --- vetoes -------------------------------------------------------------------------------------------------------
_DYNASTY_BEFORE_RE = re.compile("(?:[东西南北前后]?[汉晋隋唐宋元明清魏吴梁陈齐辽金周秦蜀]|[東後][漢晉])$")
_ERA_YEAR_RE = re.compile("(?:元|[一二三四五六七八九十廿]{1,3})年")
_WESTERN_YEAR_RE = re.compile(r"\s*[（(]\s*(?:公元|西元)?(?:前)?\d{2,4}\s*年?\s*[）)]")
_EMPEROR_WORDS = ("皇帝", "帝")
_UPHILL_RE = re.compile("而[上下]")
_FROM_CHARS = frozenset("从由自沿溯顺经到至过")


def _emperor_named(text: str, name: str) -> bool:
    return any(name + word in text for word in _EMPEROR_WORDS)


def not_a_place(text: str, start: int, end: int, name: str, words: dict, lexicon: dict, reign_eras) -> bool:
    """True where the lexicon name at [start, end) is no place (the classes of the module docstring)."""
    nxt = text[end:end + 1]
    entry = lexicon.get(name)
    if entry is None or entry.label != "GPE":
        return False
    if nxt and (nxt == "元" or "一" <= nxt <= "廿" and nxt in "一二三四五六七八九十廿"):
        year = _ERA_YEAR_RE.match(text, end)
        if year and (_DYNASTY_BEFORE_RE.search(text, max(0, start - 2), start)
                     or _WESTERN_YEAR_RE.match(text, year.end())):
            return True   # 西晋甲乙三年, 甲乙三年(282年): a reign era's year, not the county
    if name in reign_eras and nxt not in ("县", "城", "市", "縣") and _emperor_named(text, name) \
            and not text.startswith("年", end):
        return True       # 告诉甲乙, 希望甲乙皇帝: the emperor, named by his reign
    if len(name) == 3 and name[0] in "大小" and text[start - 1:start] in ("的", "个", "是", "座", "個") \
            and entry.kind == "township":
        word = words.get(name[1:])
        if word and word[0] >= 100 and not word[1].startswith("ns"):
            return True   # 一个…的大村镇: a big village-town, no township
    if nxt == "而" and _UPHILL_RE.match(text, end) and len(name) == 2 and entry.kind == "county" \
            and text[start - 1:start] not in _FROM_CHARS:
        return True       # 盘山而上: winding up the mountain, no county (not 由甲乙而上: from the county upstream)
    return False


def overlaps_province(text: str, start: int, end: int, name: str, words: dict, lexicon: dict) -> int:
    """`连通|山西` ⊃ 通山: a two-character county whose second character starts a province or country, the
    character before and its first character forming a word: the length of that province (0: no such reading)."""
    if len(name) != 2 or start == 0:
        return 0
    entry = lexicon.get(name)
    if entry is None or entry.kind != "county":
        return 0
    for size in (2, 3):
        other = lexicon.get(text[start + 1:start + 1 + size])
        if other is not None and other.kind in ("province", "country") and start + 1 + size <= len(text):
            word = words.get(text[start - 1:start + 1])
            return size if word and word[0] >= 100 else 0
    return 0
