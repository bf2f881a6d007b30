"""Forms of late-Qing annals, memorials and 清史稿-style narrative (session 13 audit of fresh third-party pages on
the Taiping and Nian wars, auditzh18), read from how that prose is written, not from any set's misses.

`find_qing_annals(text, found)` (working text, Simplified; `found` the other written-text candidates) proposes:

- PERSON: the given name of a person standing alone (`曾国荃 … 国荃议曰`, `吕贤基 … 贤基遣甲三`): annals and
  memorials name an official in full once and then by his two-character given name. The full name is a known
  person (the person lexicon's scan) of a one-character surname and two characters, a PERSON another finder read, or
  a biography's head before its courtesy name (`某某某，字某某，` at a sentence start; session 24), found
  anywhere in the text; the given name counts where it opens a clause (after a clause mark, a function
  character such as 以/与/命/遣, or a kinship word 弟/兄/侄) and is no known place; a given name that is also an
  ordinary word or ends in 年 (`鹤年`, `文定`) counts only after a clause mark and before a predicate the annals open with (以为,
  亲赴, 亦, 遽, 乃, 遂, 率, 偕, 奏, 疏 …: `文定亦不候旨`) (session 24, s24zhqing).
- DATE: a season written between the year and the month (`咸丰五年秋八月`, `秋八月`) and a leap month without its
  era (`闰八月`): one DATE, valued as the month (the season only says which season that month is in; the leap month
  keeps its number, like `光绪十年闰五月` of qing_forms).
- DATE: a bare reign year glued to its month at a clause's start (`二年二月，国藩还安庆`): annals drop the era they
  named before; the year of the last two-character reign era written earlier in the text (`同治` … `二年二月` =
  1863-02), the month alone where none was written. Not in a text that names the Republic's era (roc_years_zh reads
  those), not after 第 or a numeral (a duration `三年零二月` is no date).
- DATE: the first or the last years of a reign (`咸丰初年`, `同治末年`, `咸豐晚年`): the era's first year with mod START,
  or its last year (the year before the next Qing era's first) with mod END; not the county 咸丰 (GPE). So are its
  stages (`乾隆初期`, `光绪末期`, `嘉庆中叶` = the middle year, MID; session 25); 初 or 末 alone after the era is left
  (a development set leaves `康熙初，` untagged).
- DATE: a bare year opening a sentence before a comma after a reign era was written (`同治二年…。八年，左宗棠…`):
  that era's year (1869), within the era's years.
- GPE: a Qing seat named with 厅, 州, 府, 县 or 卫 right before its modern name's gloss (`盐茶厅(今宁夏海原)`), after
  a clause mark or a list mark: the gloss says it is a place.
- PERSON and GPE: an official named by his province's one-character name and his abbreviated post (`豫抚陆应谷`,
  `陕督舒兴阿`, `鄂督官文`: 抚 巡抚, 督 总督, 藩 布政使, 臬 按察使): the province is the post's jurisdiction (GPE, as
  `两江总督`), the name of two or three characters after it a PERSON (often a Manchu name, no surname needed) where a verb,
  particle or clause mark follows or jieba knows the name as a person's.

Cost: a str.find of the season and leap characters, of 年 before a month, of 抚/督/藩/臬; one pass over the
characters that start a surname for the full names.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
CLAUSE = set("，。、；：！？（）“”「」『』《》\n,;:!?()…… 　")
# function characters after which a clause's subject (a given name) may stand
BEFORE_GIVEN = set("以与和及命令遣派调谓而则乃故且时至使饬檄委劾荐弟兄侄")
# the predicates an annal opens with after an official's given name: a given name that is also a word (鹤年, 文定)
# is his name only at a clause's start before one of them (session 24, s24zhqing)
_ANNALS_PREDICATES = ("以为", "亲赴", "亲率", "亲督", "亦", "遽", "乃", "遂", "即", "率", "偕", "奏", "疏", "令", "命",
                      "遣", "檄", "议曰", "曰", "力战", "督")
_BIO_HEAD_RE = re.compile(f"(?:^|(?<=[。\n]))[ \u3000]{{0,2}}([{_CJK}]{{3}})[，,]字[{_CJK}]{{2}}[，,]")
_NOT_YEAR_HEAD = set("〇零一二三四五六七八九十百千万两元数几同次明去今前后当近多历每逐连全半上下本该")
_NOT_GIVEN = set("的了是在和与及等以各该我敌其此这那每军师旅团营连部队年月日人城州县府省")

_MONTH = "(?:正|冬|腊|十[一二]?|[一二三四五六七八九])月"
_DAY = "(?:(?:三十|二?十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|[一二三四五六七八九])日|初(?:[一二三四五六七八九十])日?)"
_SEASON_RE = re.compile(f"([春夏秋冬])(闰)?{_MONTH}{_DAY}?")
_LEAP_RE = re.compile(f"闰{_MONTH}{_DAY}?")
_BARE_YEAR_RE = re.compile(f"(元|[一二三四五六]?十[一二三四五六七八九]?|[一二三四五六七八九])年(闰)?({_MONTH}){_DAY}?")
_YEAR_BEFORE_RE = re.compile(f"(?:[0-9]{{4}}|[〇零一二三四五六七八九十元]{{1,4}}|[{_CJK}]{{2}}[〇一二三四五六七八九十元]{{1,3}})年$")
_ZH_VALUE = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}

_POST_RE = re.compile("([豫陕皖鄂湘苏浙闽赣鲁晋粤桂滇黔川甘])([抚督藩臬])")
_POST_NOT_AFTER = set("办察战导促师军学理标饬率慰恤民养")
_AFTER_NAME = set("率带于在为亲前来和与及等的,，。、；;：:（(将奉即遂则乃所部驻屯守向已再也亦曾被致从到赴退进奏出入"
                  "拒攻闻见说称请令命督自领代统卒以移\n ）)")


def _small(s: str) -> int:
    if s == "元":
        return 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_VALUE.get(tens, 1) if tens else 1) * 10 + (_ZH_VALUE.get(ones, 0) if ones else 0)
    return _ZH_VALUE.get(s, 0)


def full_names(text: str, found: list[Candidate]) -> set[str]:
    from pipeline.rules.names_common import person_lexicon_matches, surnames

    single, _ = surnames()
    names = {text[c.start:c.end] for c in found if c.label == "PERSON" and c.end - c.start == 3}
    names.update(m.group() for m in person_lexicon_matches(text) if m.end() - m.start() == 3)
    if "字" in text:       # a biography's head, 某某某，字某某 (the 列传 opening): the full name before its courtesy name
        names.update(m.group(1) for m in _BIO_HEAD_RE.finditer(text))
    return {n for n in names if n[0] in single and all("\u4e00" <= ch <= "\u9fff" for ch in n)}


def _given_names(text: str, found: list[Candidate]) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word, known_places

    places = known_places()
    out = []
    for full in full_names(text, found):
        given = full[1:]
        aged = given[1:] == "年" and given[0] not in _NOT_YEAR_HEAD and given[0] not in _NOT_GIVEN   # 鹤年, 松年
        if (any(ch in _NOT_GIVEN for ch in given) and not aged) or given in places:
            continue
        worded = aged or is_common_word(given, 3)   # 鹤年, 文定: a given name that is also a word (or ends in 年)
        pos = text.find(given)
        while pos != -1:
            prev = text[pos - 1] if pos else "\n"
            spaced = prev in " \u3000" and pos >= 2 and text[pos - 2] == full[0]   # 张 福廷: the surname, a stray space (auditzh31)
            if worded and not (prev in CLAUSE and text.startswith(_ANNALS_PREDICATES, pos + 2)):
                pass
            elif prev != full[0] and not spaced and (prev in CLAUSE or prev in BEFORE_GIVEN):
                out.append(Candidate(pos, pos + 2, "PERSON", "rule:qing-given-name", 36))
            pos = text.find(given, pos + 2)
    return out


def _season_months(text: str) -> list[Candidate]:
    from pipeline.rules.dates import find_dates

    out = []
    dates = None
    for m in literal_finditer(_SEASON_RE, text):
        at = m.start()
        prev = text[at - 1] if at else "\n"
        start = at
        if prev not in CLAUSE:
            if not _YEAR_BEFORE_RE.search(text, max(0, at - 8), at) and text[max(0, at - 2):at] not in ("是年", "是岁"):
                continue
            if dates is None:
                dates = find_dates(text)
            year = [c for c in dates if c.start < at <= c.end and text[c.start:at].endswith("年")]
            if year:
                start = min(c.start for c in year)
        read_as = text[start:at] + text[at + 1:m.end()]
        out.append(Candidate(start, m.end(), "DATE", "rule:qing-season-month", 75, norm={"date_hint": {"read_as": read_as}}))
    return out


def _leap_months(text: str) -> list[Candidate]:
    out = []
    for m in _LEAP_RE.finditer(text):
        if m.start() and text[m.start() - 1] in "春夏秋冬年":
            continue              # read with its season or its year
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:qing-leap-month", 74,
                             norm={"date_hint": {"read_as": m.group()[1:]}}))
    return out


def _bare_reign_years(text: str) -> list[Candidate]:
    from pipeline.rules.qing_forms import era_ends

    if "民国" in text or "民國" in text:
        return []
    eras = era_ends(text)
    out = []
    for m in literal_finditer(_BARE_YEAR_RE, text):
        at = m.start()
        prev = text[at - 1] if at else "\n"
        if prev not in CLAUSE:
            continue
        before = [first for end, first in eras if end <= at]
        month_text = text[m.start(3):m.end()]
        read_as = f"{before[-1] + _small(m.group(1)) - 1}年{month_text}" if before else month_text
        out.append(Candidate(at, m.end(), "DATE", "rule:qing-bare-reign-year", 72,
                             norm={"date_hint": {"read_as": read_as}}))
    return out


_LONE_YEAR_RE = re.compile("(元|[一二三四五六]?十[一二三四五六七八九]?|[一二三四五六七八九])年(?=[,，])")


def _lone_reign_years(text: str) -> list[Candidate]:
    """八年，左宗棠分兵三路: a bare year opening a sentence after a reign era was written (同治二年 … 八年，)."""
    from pipeline.rules.qing_forms import era_ends, era_first_years

    eras = era_ends(text)
    if not eras or "民国" in text or "民國" in text:
        return []
    firsts = sorted(set(era_first_years().values())) + [1912]
    out = []
    for m in literal_finditer(_LONE_YEAR_RE, text):
        at = m.start()
        if at and text[at - 1] not in "。\n":
            continue
        before = [first for end, first in eras if end <= at]
        if not before:
            continue
        year = before[-1] + _small(m.group(1)) - 1
        if year >= firsts[firsts.index(before[-1]) + 1]:
            continue              # beyond the era's last year: a duration (三十年，…)
        out.append(Candidate(at, m.end(), "DATE", "rule:qing-lone-reign-year", 72,
                             norm={"date_hint": {"value": str(year)}}))
    return out


# a Qing sub-prefecture, department, prefecture or county glossed by its modern name (盐茶厅(今宁夏海原)): the gloss
# says it is a place, whatever its stem
_CONJUNCTION_FIRST = frozenset("而及与和并或且")
_GLOSSED_SEAT_RE = re.compile(f"(?<![{_CJK}])([{_CJK}]{{2}}[厅州府县卫])(?=[（(]今)")


def _glossed_seats(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    places = place_lexicon()
    out = []
    for m in literal_finditer(_GLOSSED_SEAT_RE, text):
        start = m.start(1) + (text[m.start(1)] in _CONJUNCTION_FIRST)   # 而孔州(今…): 而 is no part of the name (session 21)
        if text[start:m.end(1)] in places or text[start + 1:m.end(1)] in places:
            continue              # 取叙州(今宜宾): a known place (the gazetteer reads it) after a verb
        out.append(Candidate(start, m.end(1), "GPE", "rule:qing-glossed-seat", 44))
    return out


def _province_posts(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word, known_places, word_info
    from pipeline.rules.places import ABBREVIATIONS

    places = known_places()
    out = []
    for m in literal_finditer(_POST_RE, text):
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] not in BEFORE_GIVEN \
                and text[m.start() - 1] not in "诏于由被为":
            continue              # inside a longer word (安抚, 总督 are not in the pattern; 江苏抚 is no form)
        pos = m.end()
        if text[pos:pos + 1] in _POST_NOT_AFTER:
            continue              # 督办, 督战, 督师: the verb 督
        for size in (3, 2):
            name = text[pos:pos + size]
            if len(name) < size or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            if any(ch in _NOT_GIVEN for ch in name) or name in places or is_common_word(name, 3):
                continue
            after = text[pos + size:pos + size + 1]
            info = word_info().get(name)
            if (after == "" or after in _AFTER_NAME or is_common_word(text[pos + size:pos + size + 2], 300)
                    or info and info[1].startswith("nr")):
                modern = ABBREVIATIONS.get(m.group(1), (None,))[0]
                out.append(Candidate(m.start(), m.start() + 1, "GPE", "rule:qing-province-post", 45,
                                     {"modern": modern, "id": None} if modern else None))
                out.append(Candidate(pos, pos + size, "PERSON", "rule:qing-province-post", 45))
                break
    return out


_PERIOD_MODS = {"初年": "START", "末年": "END", "晚年": "END",
                # session 25 (s25zhextent): the stages of a reign as gazetteers write them (乾隆初期, 嘉庆中叶, 光绪末期)
                "初期": "START", "末期": "END", "中叶": "MID", "中期": "MID"}


def _era_periods(text: str) -> list[Candidate]:
    from pipeline.rules.qing_forms import era_ends, era_first_years

    firsts = sorted(set(era_first_years().values())) + [1912]
    out = []
    for end, first in era_ends(text):
        mod = _PERIOD_MODS.get(text[end:end + 2])
        if mod is None:
            continue
        last = firsts[firsts.index(first) + 1] - 1
        year = first if mod == "START" else last if mod == "END" else (first + last) // 2
        out.append(Candidate(end - 2, end + 2, "DATE", "rule:qing-era-period", 72,
                             norm={"date_hint": {"value": str(year), "mod": mod}}))
    return out


def find_qing_annals(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates of the forms above in `text` (working text, Simplified)."""
    out = _given_names(text, found)
    if any(ch in text for ch in "春夏秋冬"):
        out += _season_months(text)
    if "闰" in text:
        out += _leap_months(text)
    if "年" in text:
        out += _bare_reign_years(text)
    if any(ch in text for ch in "抚督藩臬"):
        out += _province_posts(text)
    if "年" in text:
        out += _era_periods(text) + _lone_reign_years(text)
    elif "期" in text or "叶" in text:
        out += _era_periods(text)     # 康熙末期, 嘉庆中叶 in a text without 年
    if "(今" in text or "（今" in text:
        out += _glossed_seats(text)
    return out
