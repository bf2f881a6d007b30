"""Military forms of late-Qing and early-Republic text (1840-1928) that the other finders miss.

`find_qing_forms(text, found)` (working text, Simplified; `found` the other written-text candidates) proposes:

- MIL_UNIT: a battalion or troop named by a character (X字营, X字马队, X字步队, X字马步队, X字炮队,
  X字军: the Xiang and Huai armies' units named after their commander's given name) when the character
  follows a name or a word (鲍超霆字营: qing_drilled_armies_zh reads it only after a boundary or a conjunction), with an
  optional province before a troop (奉天X字马队, one formation as written); and the bare X字 before a count of
  battalions (X字两营: the unit and its strength, the count stays a QUANTITY).
- MIL_UNIT: a local militia named by its province or prefecture (台湾团练, 广东团练: a named force of that
  place, like 奉天练军 of qing_drilled_armies_zh).
- MIL_UNIT: a division of the Taiping army (前军, 后军, 左军, 右军, 中军) before its commander's title
  (主将, 主帅) in a text about the Taiping (太平 in the text).
- PERSON: a name read with the verb 奏 (memorialised the throne) glued to its end (副都统X奏称) loses it:
  奏称, 奏报, 奏请, 奏明 are verbs of a Qing official's report, not part of the name.
- PERSON: a name standing alone at the start of a clause before those verbs or before 被革职 (dismissed from
  office): an official of the throne, most often a Manchu or Mongol name no surname list reads (X奏称, X被革职);
  the name's other mentions in the text follow at a low priority (any other span wins over them).

- MIL_UNIT: the Boxers (义和团, 义和拳: an armed movement fighting as bands, read as a named force like 捻军),
  unless a word of event follows (义和团运动 is an event) or they are the people (义和团民).
- PERSON: a Chinese name (a surname and one or two characters, then a verb, particle or punctuation) after a
  post that the Qing-post lists of qing_post_names_zh/officer_foreign_names_zh lack: the lower Green Standard and brave-battalion
  officers (游击, 守备, 千总, 把总, 哨官, 统带), the New Army's echelon commanders (统制, 协统, 标统), the court's
  ministers (军机大臣, 船政大臣, 会办), the early Republic's provincial posts (都督, 督理), and the titles of the
  principal Taiping kings (天王, 东王, 西王, 南王, 北王, 翼王, 干王, 英王, 忠王, 侍王, 辅王, 章王, 遵王).
- PERSON: a name of two or three characters after a Qing general's post named by his garrison or his commission
  (伊犁将军X, 靖逆将军X, 扬威将军X: most often a Manchu name, no surname needed; not 中将军长, 上将军衔).
- GPE: a list of one-character province abbreviations that holds a province of the Republic's first decades
  (奉 奉天, 直 直隶, 热 热河, 察 察哈尔, 绥 绥远, with 吉, 黑, 甘, 宁, 康, 台): 粤、奉、皖, 直、奉、鲁 — places.py lists only
  the rarer characters, so such a list goes untagged; it needs one of those rarer characters too.
- DATE: a reign era with the sexagenary name of the year (光绪甲午年, 道光庚子, 咸丰庚申年): the year of that
  name within the era (1894, 1840, 1860); the era's first year from lexicons/eras.tsv. And a reign date that the
  date finder splits: a leap month (光绪十年闰五月初一日 → 1884-05-01, the month's number), the 11th month called
  冬月, a cycle name between year and month (宣统三年辛亥八月十九日): one DATE.

Every scan starts from a rare literal (字, 团练, 主将/主帅, 奏) and every repetition is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name, place_lexicon
from pipeline.rules.cycle_years_zh import SEASON_AFTER_YEAR, season_hint
from pipeline.rules.scan import anchored_finditer, literal_positions, per_last_text
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "〇零一二三四五六七八九十两"

# characters that start a common word with 字 rather than a commander's name: 数字, 文字, 十字, 汉字, 名字, 题字 …
_NOT_NAME = set("数文十汉名题写识打大小草刻签金红黑白一二三四五六七八九百千万个八单双")
_TROOP_RE = re.compile(f"([{_CJK}])字(营|马步队|马队|步队|炮队|军)(?![长部官])")
_ZI = re.compile("字")
_COUNT_AFTER_RE = re.compile(f"字(?:[0-9]{{1,2}}|[{_ZH_NUM}]{{1,3}})[余多]?营(?![长部])")
_MILITIA_RE = re.compile("团练(?![大使局总])")
_TAIPING_RE = re.compile("([前后左右中])军(?=主将|主帅)")
_JUN = re.compile("军")
_MEMORIAL_RE = re.compile("奏(?=[称报请明])")
_OFFICIAL_VERB_RE = re.compile("奏[称报请明]|被革职")
_CLAUSE_START = set("，。、；：！？（）“”「」『』\n,;:!?()")
# characters that start a clause without being a name: adverbs, conjunctions, pronouns
_NOT_NAME_START = set("后并又即遂乃因但而其该此曾已亦均皆都也旋随终竟再复既则故且至于时当")


_BOXERS_RE = re.compile("义和(?:团|拳)(?!运动|起义|事件|战争|民|之乱)")
_POSTS = ("游击", "守备", "千总", "把总", "哨官", "统带", "统制", "协统", "标统", "军机大臣", "船政大臣", "会办", "都督", "督理")
_POST_NOT_BEFORE = {"游击": "区队战", "守备": "区队"}
_KINGS = set("天东西南北翼干英忠侍辅章遵")
# what follows a name: a verb, particle, numeral or punctuation
_AFTER_NAME = set("率带于在为亲前来和与及等的,，。、；;：:（(将奉即遂则乃所部驻守向已再也亦曾被致从到赴退进奏出入拒攻"
                  "闻见说称请令命督一二三四五六七八九十两0123456789\n 　）)")
_NOT_IN_NAME = set("的了在是和与及等于被把对向从由令率所此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
                   "军部敌我兵队营师团旅为以将年月日时府署衙门标印")
_RARE_ABBREV = "京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇陕陇藏"
_OLD_ABBREV = "奉直热察绥吉黑甘宁康台"
# the provinces of 1912-1928 that no longer exist, by their modern province (奉天 is 辽宁 since 1929)
_OLD_PROVINCES = {"奉": "辽宁", "直": "河北", "热": "热河", "察": "察哈尔", "绥": "绥远", "康": "西康"}
_ABBREV_LIST_RE = re.compile(f"(?:(?<![{_CJK}])|(?<=[由在于与和及对向从把被入赴援驻侵以即进发]))[{_RARE_ABBREV}{_OLD_ABBREV}](?:、[{_RARE_ABBREV}{_OLD_ABBREV}]){{1,6}}"
                             f"(?=[两三四五六七八九各等诸之的]|[,，。;；)）]|联|同盟|交界|边界|军阀|战争|军)")
_DUN = re.compile("、")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_GANZHI_RE = re.compile(f"([{_STEMS}][{_BRANCHES}])年?(?:(正|十[一二]?|[一二三四五六七八九])月"
                        f"(?:(三十|二?十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|[一二三四五六七八九])日"
                        f"|初([一二三四五六七八九十])日?)?|(?<=年){SEASON_AFTER_YEAR})?")   # 光绪甲午年冬 (session 29)
_ZH_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}


def _small(s: str) -> int:
    """一..三十 (正 = 1, 廿 = 20)."""
    if s == "正":
        return 1
    s = s.replace("廿", "二十")
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_DIGIT[tens] if tens else 1) * 10 + (_ZH_DIGIT[ones] if ones else 0)
    return _ZH_DIGIT[s]


@lru_cache(maxsize=1)
def era_first_years() -> dict[str, int]:
    from pipeline.normalize.dates import ERA_OFFSETS

    # the Chinese reign eras of two characters (民国 years are counted, never named by the cycle)
    return {era: offset + 1 for era, offset in ERA_OFFSETS.items()
            if len(era) == 2 and offset + 1 < 1912 and era not in ("明治", "大正", "昭和")}


def _cycle_index(year: int) -> int:
    return (year - 4) % 60     # 4 CE was a 甲子 year


# reign eras that are also ordinary words (天命 "the mandate of Heaven", 崇德 "to honour virtue"): written as an era
# only where a year, its first or last years, its period or its emperor follows (天命三年, 崇德元年, 天命年间)
WORD_ERAS = frozenset(("天命", "崇德"))
_ERA_FOLLOWERS = frozenset("元一二三四五六七八九十廿初末年间間朝帝皇")
# the last text's reign eras and where each starts: qing_forms and ming_qing_wars_zh read them in one document's text
@per_last_text
def era_places(text: str) -> dict[str, list[int]]:
    """Every reign era of _eras() written in `text` and its starts in order (literal_positions'), found in one
    scan (a regex of the eras' first characters, each with a look-ahead class of its second: `re` skips to the
    first characters in C) instead of a substring search per era; kept for the last text (by its identity).
    Not to be modified."""
    places: dict[str, list[int]] = {}
    for m in _era_regex().finditer(text):
        at = m.start()
        places.setdefault(text[at:at + 2], []).append(at)
    return places


@lru_cache(maxsize=1)
def _era_regex() -> re.Pattern:
    # every era has two characters (_eras): its first, then a look-ahead of the seconds after it (overlapping
    # places are found, as literal_positions finds them)
    seconds: dict[str, set[str]] = {}
    for era in era_first_years():
        seconds.setdefault(era[0], set()).add(era[1])
    return re.compile("|".join(f"{re.escape(first)}(?=[{''.join(sorted(map(re.escape, after)))}])"
                               for first, after in sorted(seconds.items())))


# the last text's era ends: qing_forms and qing_annals_zh read them five times in one document's text
@per_last_text
def era_ends(text: str) -> list[tuple[int, int]]:
    """(end of a reign era's name, its first year) for every reign era written in `text`, in order; found once
    for the last text (by its identity) and shared by its readers. Not to be modified."""
    places = era_places(text)
    ends = sorted((at + 2, first) for era, first in era_first_years().items() if era in places
                  for at in places[era]
                  if era not in WORD_ERAS or text[at + 2:at + 3] in _ERA_FOLLOWERS)
    return ends


def _reign_cycle_years(text: str, starts: list[tuple[int, int]]) -> list[Candidate]:
    out = []
    for at, first in starts:
        m = _GANZHI_RE.match(text, at)
        if m is None:
            continue
        stem, branch = _STEMS.index(m.group(1)[0]), _BRANCHES.index(m.group(1)[1])
        if stem % 2 != branch % 2:
            continue
        index = next(i for i in range(60) if i % 10 == stem and i % 12 == branch)
        year = first + (index - _cycle_index(first)) % 60
        value = str(year)
        if m.group(5):
            out.append(Candidate(at - 2, m.end(), "DATE", "rule:qing-reign-cycle-year", 70,
                                 norm={"date_hint": season_hint(year, m.group(5), m.group(6))}))
            continue
        if m.group(2):
            value += f"-{_small(m.group(2)):02d}"
            day = m.group(3) or m.group(4)
            if day:
                value += f"-{_small(day):02d}"
        out.append(Candidate(at - 2, m.end(), "DATE", "rule:qing-reign-cycle-year", 70,
                             norm={"date_hint": {"value": value}}))
    return out


_REIGN_DATE_RE = re.compile(f"(元|[一二三四五六]?十[一二三四五六七八九]?|[一二三四五六七八九])年(?:[{_STEMS}][{_BRANCHES}]年?)?"
                            f"(闰)?(正|冬|腊|十[一二]?|[一二三四五六七八九])月"
                            f"(?:(三十|二?十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|[一二三四五六七八九])日"
                            f"|初([一二三四五六七八九十])日?)?")


def _reign_dates(text: str, starts: list[tuple[int, int]]) -> list[Candidate]:
    out = []
    for at, first in starts:
        m = _REIGN_DATE_RE.match(text, at)
        if m is None or not (m.group(2) or m.group(3) == "冬" or m.group().find("年") < m.start(3) - at - 1):
            continue
        year = first if m.group(1) == "元" else first + _small(m.group(1)) - 1
        month = {"冬": 11, "腊": 12}.get(m.group(3)) or _small(m.group(3))
        value = f"{year}-{month:02d}"
        day = m.group(4) or m.group(5)
        if day:
            value += f"-{_small(day):02d}"
        out.append(Candidate(at - 2, m.end(), "DATE", "rule:qing-reign-date", 70, norm={"date_hint": {"value": value}}))
    return out


@lru_cache(maxsize=1)
def _two_char_gpes() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE" and len(name) == 2)


def _character_troops(text: str) -> list[Candidate]:
    out = []
    gpes = _two_char_gpes()
    for m in anchored_finditer(_TROOP_RE, text, _ZI, 1):
        ch = m.group(1)
        if ch in _NOT_NAME:
            continue
        start = m.start()
        # a province before a troop is part of its name (奉天X字马队); not before 营 (zh7's 练军 rule)
        if m.group(2) != "营" and text[max(0, start - 2):start] in gpes:
            start -= 2
        echelon = "营" if m.group(2) == "营" else ("军" if m.group(2) == "军" else "队")
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:qing-character-troop", 57,
                             norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    for m in _COUNT_AFTER_RE.finditer(text):
        at = m.start()
        if at == 0 or not ("\u4e00" <= text[at - 1] <= "\u9fff") or text[at - 1] in _NOT_NAME:
            continue
        if at >= 2 and "\u4e00" <= text[at - 2] <= "\u9fff" and text[at - 2] not in "的和与及、率派带将":
            continue   # X字 must stand alone: 的盛字两营, 、盛字两营, or after a punctuation mark
        out.append(Candidate(at - 1, at + 1, "MIL_UNIT", "rule:qing-character-troop", 57,
                             norm={"unit_hint": {"numbers": [], "echelon": "营", "prefix": ""}}))
        out.append(Candidate(at + 1, m.end(), "QUANTITY", "rule:quantity-battalions", 57))
    return out


def _militias(text: str) -> list[Candidate]:
    out = []
    gpes = _two_char_gpes()
    for m in _MILITIA_RE.finditer(text):
        at = m.start()
        if text[max(0, at - 2):at] in gpes:
            # the longer county the two characters end (宜兴县 + 团练, not 兴县; session 25, s25zhforce)
            start = next((at - k for k in (4, 3) if at >= k and (is_gpe_name(text[at - k:at]) or (
                text[at - 1] in "县州府" and is_gpe_name(text[at - k:at - 1])))), at - 2)
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:qing-militia", 60,
                                 norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    return out


def _taiping_divisions(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:qing-taiping-division", 60,
                      norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}})
            for m in anchored_finditer(_TAIPING_RE, text, _JUN, 1)]


def _memorial_names(text: str, found: list[Candidate]) -> list[Candidate]:
    ends = {m.end() for m in _MEMORIAL_RE.finditer(text)}
    out = []
    for cand in found:
        if cand.label == "PERSON" and cand.end in ends and cand.end - cand.start >= 3:
            out.append(Candidate(cand.start, cand.end - 1, "PERSON", "rule:qing-memorial-name",
                                 cand.priority + 1))
    return out


def _official_names(text: str, found: list[Candidate]) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word

    persons = [(c.start, c.end) for c in found if c.label == "PERSON"]
    names = set()
    out = []
    for m in literal_finditer(_OFFICIAL_VERB_RE, text):
        at = m.start()
        back = at - 1
        while back >= 0 and at - back <= 5 and text[back] not in _CLAUSE_START:
            back -= 1
        if back >= 0 and text[back] not in _CLAUSE_START:
            continue
        start = back + 1
        name = text[start:at]
        if not 2 <= len(name) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        if name[0] in _NOT_NAME_START or is_common_word(name, 50) or any(s < at and start < e for s, e in persons):
            continue
        names.add(name)
        out.append(Candidate(start, at, "PERSON", "rule:qing-official-name", 40))
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            out.append(Candidate(pos, pos + len(name), "PERSON", "rule:qing-official-name", 16))
            pos = text.find(name, pos + len(name))
    return out


def _post_names(text: str, found: list[Candidate]) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word, known_places, surnames

    single, compound = surnames()
    places = known_places()
    out = []
    ends = []
    for post in _POSTS:
        if post in text:
            ends += [at + len(post) for at in literal_positions(text, post)
                     if text[at + len(post):at + len(post) + 1] not in _POST_NOT_BEFORE.get(post, "")]
    ends += [at + 1 for at in literal_positions(text, "王") if at > 0 and text[at - 1] in _KINGS]
    for pos in sorted(ends):
        for size in (3, 2):
            name = text[pos:pos + size]
            if len(name) < size or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            if not (name[0] in single or name[:2] in compound) or any(ch in _NOT_IN_NAME for ch in name):
                continue
            if name in places or is_common_word(name, 3):
                continue
            after = text[pos + size:pos + size + 1]
            if after == "" or after in _AFTER_NAME or is_common_word(text[pos + size:pos + size + 2], 300):
                out.append(Candidate(pos, pos + size, "PERSON", "rule:qing-post-name", 41))
                break
    return out


_STRONG_AFTER = set("率、，,。；;：:等所部奉即遂亦已曾")
# characters that open a predicate after 将军, never a given name (auditzh17: 威斯特摩兰将军|不打算)
_GENERAL_NOT_FIRST = frozenset("其不没未也就还又再却便")


def _general_names(text: str, found: list[Candidate]) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word, known_places

    places = known_places()
    person_ends = {c.end for c in found if c.label == "PERSON"}
    out = []
    for at in literal_positions(text, "将军"):
        if at < 2 or text[at - 1] in "中上少准" or not all("\u4e00" <= ch <= "\u9fff" for ch in text[at - 2:at]):
            continue
        pos = at + 2
        if at in person_ends or is_common_word(text[pos:pos + 2], 3):
            continue      # 薛岳将军: a modern general named before the word; 将军指挥下: a verb follows
        for size in (2, 3):
            name = text[pos:pos + size]
            if len(name) < size or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                break
            if name[0] in _GENERAL_NOT_FIRST or any(ch in _NOT_IN_NAME for ch in name) or name in places \
                    or is_common_word(name, 3):
                continue      # 其: a pronoun; 将军|不打算, 将军|也要: a negation or an adverb opens the verb, no name
            after = text[pos + size:pos + size + 1]
            if after == "" or after in _STRONG_AFTER or (size == 2 and is_common_word(text[pos + 2:pos + 4], 300)) \
                    or (size == 3 and after in _AFTER_NAME):
                out.append(Candidate(pos, pos + size, "PERSON", "rule:qing-general-name", 41))
                break
    return out


def _province_lists(text: str) -> list[Candidate]:
    from pipeline.rules.places import ABBREVIATIONS

    out = []
    for m in anchored_finditer(_ABBREV_LIST_RE, text, _DUN, 1):
        items = m.group().split("、")
        if not any(ch in _OLD_ABBREV for ch in items) or not any(ch in _RARE_ABBREV for ch in items):
            continue
        for k, ch in enumerate(items):
            modern = _OLD_PROVINCES.get(ch) or (ABBREVIATIONS.get(ch) or (None,))[0]
            out.append(Candidate(m.start() + 2 * k, m.start() + 2 * k + 1, "GPE", "rule:qing-province-list", 45,
                                 {"modern": modern, "id": None} if modern else None))
    return out


def find_qing_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates of the forms above in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    if "字" in text:
        out += _character_troops(text)
    if "团练" in text:
        out += _militias(text)
    if "太平" in text and ("主将" in text or "主帅" in text):
        out += _taiping_divisions(text)
    if "奏" in text:
        out += _memorial_names(text, found)
    starts = era_ends(text)
    if starts:
        out += _reign_cycle_years(text, starts) + _reign_dates(text, starts)
    out += _post_names(text, found)
    if "将军" in text:
        out += _general_names(text, found)
    if "、" in text and any(ch in text for ch in _OLD_ABBREV):
        out += _province_lists(text)
    if "义和" in text:
        out += [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:qing-boxers", 50,
                          norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}})
                for m in _BOXERS_RE.finditer(text)]
    if "奏" in text or "革职" in text:
        out += _official_names(text, found)
    return out
