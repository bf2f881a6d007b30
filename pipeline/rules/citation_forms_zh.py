"""Forms of academic citations in Chinese military-history writing (session 13 audit, auditzh20: journal articles,
book reviews and translated footnotes on the war histories).

- A publisher, press, magazine, research society or memorial named after an army is an ORG, not the army:
  `解放军出版社`, `解放军文艺出版社`, `八路军研究会`, `新四军纪念馆` (guideline: ORG is a named organisation that is
  not a military formation; the named force is only the first word of its name). Proposed at priority 61, above
  the unit finder's named force (60). The force is any name of `named_units.tsv`.
- The year of publication written bare, glued after the publisher (`（解放军出版社1992）`, `东方出版社1985`) or in
  brackets right after a title (`《某书》(2009)`), is a DATE (guideline: a year is an explicit calendar expression);
  the date finder reads years only with 年. Only 1500–2099, and never inside a longer figure.
- The Nationalist Government written before one of its yuan, ministries or boards is one ORG, the body's full
  official name (guideline 15, as `国民政府军事委员会`): `国民政府军令部`, `国民政府行政院`, `南京国民政府外交部`.
  The bodies: the five yuan of 1928-1948, the ministries of the Executive Yuan, the boards of the Military Affairs
  Commission and the Ministry of National Defence, from the government's organisation laws (a complete list of
  these classes; commissions of one function left out).
- A reign year glossed with its Gregorian year before 年 is one DATE with the month and day after it, as the
  reading for `民國三十九(一九五○)年五月` (session 11) and for every era of `eras.tsv`: `万历二十七(1599)年九月初九` →
  `1599-09-09`, `洪武十三(1380)年` → `1380`. The value is the gloss's year. (Without the gloss, `万历二十七年` is the
  DATE finder's, with the Ming eras now in `eras.tsv`.)
- The author before a cited title (`钱穆:《某书》`, `[5]谭某某：《某文》`) and the editors listed before 主编/编著
  (`载王某、李某某主编《某论丛》`) are PERSON: two to four characters opening with a surname of `surnames_cn.txt`, at
  the start of a line, a note mark or a clause, or after 载/见/参见; not a known place and not ending in a
  character that heads an organisation (局, 部, 院, 会, 社 …: `华中局:《…》` stays out).
- (`日本帝国主义` → GPE `日本`: read by commemoration_forms_zh, the same class found by auditzh19.)
- One-character names of states listed with 、 before the count of states (`中、日、韩三国`, `英、美、法三国`,
  `英、法、德、意四国`): every member is a GPE (the place finder takes only the rarer characters 中日美英俄…, so
  法, 德, 韩, 意, 朝 were left out of their own lists). The count of states makes the list certain.
- An emperor named by his dynasty and temple name (庙号) is a PERSON, as the person finder already reads `明太祖`,
  `唐太宗`: `明神宗`, `清高宗`, `清圣祖`. The dynasties Han to Qing by their one-character names, and the epithet
  characters of the temple names of their emperors (太 高 世 仁 宣 英 宪 孝 武 神 光 熹 思 圣 德 穆 文 睿 中 玄 肃 代
  哲 徽 钦 理 度 兴 惠 景 成 宁 昭 章 和 安 桓 灵) before 祖 or 宗; not before 庙, 陵, 朝, 实(录), 本(纪), 纪 (a temple,
  a tomb, a reign, a chronicle named after him).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import lexicon_path, read_rows, longest_first
from pipeline.normalize.dates import ERA, ERA_NUM
from pipeline.normalize.numbers import parse_number
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_ORG_HEADS = "文艺出版社|出版社|报社|杂志社|画报社|研究会|纪念馆|博物馆"
_YEAR = "(?:1[5-9][0-9]{2}|20[0-9]{2})"
_YEAR_AFTER_PUBLISHER_RE = re.compile(f"(?:出版社|印书馆|出版公司)[ ,，]?({_YEAR})(?![0-9０-９年.．])")
_YEAR_AFTER_TITLE_RE = re.compile(f"》[ ]?[（(]({_YEAR})[)）]")


_NG_BODIES = ("行政院 立法院 司法院 考试院 监察院 军令部 军政部 军训部 政治部 后方勤务部 国防部 外交部 内政部 财政部 "
              "交通部 教育部 经济部 实业部 铁道部 司法行政部 农林部 粮食部 社会部 卫生部 参谋本部 训练总监部").split()
_NG_BODY_RE = re.compile("(?:南京|重庆|武汉|广州)?国民政府(?:" + "|".join(sorted(_NG_BODIES, key=longest_first))
                         + ")(?![长次])")


_STATE_CHARS = "中日美英俄法德意韩朝苏印缅越泰"
_STATE_LIST_RE = re.compile(
    f"(?<![\u4e00-\u9fff])[{_STATE_CHARS}](?:、[{_STATE_CHARS}]){{1,5}}(?=[两二三四五六七]国)")
_TEMPLE_NAME_RE = re.compile(
    "(?<![\u4e00-\u9fff])[汉魏晋隋唐宋辽金元明清][太高世仁宣英宪孝武神光熹思圣德穆文睿中玄肃代顺哲徽钦理度兴惠景成宁昭章和安桓灵][祖宗]"
    "(?![庙陵朝实本纪])")
_ORG_END = set("局部院会社所厅处室组团军队司府署馆报刊店委办校县省市区")
_AUTHOR_BEFORE = "(?:(?<=^)|(?<=[\n。；;\\]】）)〕]|载|见)|(?<=参见))"
_NAME = "(?![载见参])[\u4e00-\u9fff]{2,4}?"


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    with open(lexicon_path("surnames_cn.txt"), encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


_AUTHOR_RE = re.compile(f"{_AUTHOR_BEFORE}({_NAME})[:：]《", re.M)
_EDITORS_RE = re.compile(f"{_AUTHOR_BEFORE}({_NAME}(?:、{_NAME}){{1,4}})(?:等)?(?:主编|编著|合著|合编)《", re.M)
# what every match of each pattern ends with (tests/test_citation_triggers.py reads it from the pattern): a text
# without any is not scanned (re would try each of its characters; 《 alone is common in cited texts)
_AUTHOR_TRIGGERS = (":《", "：《")
_EDITORS_TRIGGERS = ("主编《", "编著《", "合著《", "合编《")


def _is_name(name: str, places) -> bool:
    surnames = _surnames()
    head = name[:2] if len(name) >= 3 and name[:2] in surnames else name[0]
    return (head in surnames and len(name) > len(head) and name[-1] not in _ORG_END and name not in places
            and len(name) - len(head) <= 2)


def _cited_people(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import known_places
    places = known_places()
    out = []
    for m in literal_finditer(_AUTHOR_RE, text) if any(t in text for t in _AUTHOR_TRIGGERS) else ():
        if _is_name(m.group(1), places):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-cited-author", 40))
    for m in literal_finditer(_EDITORS_RE, text) if any(t in text for t in _EDITORS_TRIGGERS) else ():
        names, at = m.group(1).split("、"), m.start(1)
        if all(_is_name(n, places) for n in names):
            for n in names:
                out.append(Candidate(at, at + len(n), "PERSON", "rule:person-cited-author", 40))
                at += len(n) + 1
    return out


_GLOSSED_REIGN_RE = re.compile(
    f"{ERA}[ 　]?{ERA_NUM}[ 　]?[（(][ 　]?(?P<g>1[0-9]{{3}})[ 　]?[）)][ 　]?年"
    "(?:(?P<m>[一二三四五六七八九十]{1,2}|正|腊|[0-9]{1,2})月(?:(?:初)?(?P<d>[一二三四五六七八九十廿卅]{1,3}|[0-9]{1,2})日?)?)?")


def _glossed_reign_dates(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_GLOSSED_REIGN_RE, text):
        value = m.group("g")
        month = {"正": 1, "腊": 12}.get(m.group("m") or "", None) or (parse_number(m.group("m")) if m.group("m") else None)
        if month and 1 <= month <= 12:
            value += f"-{int(month):02d}"
            day = parse_number(m.group("d")) if m.group("d") else None
            if day and 1 <= day <= 31:
                value += f"-{int(day):02d}"
            end = m.end()
        else:
            end = m.start("m") if m.group("m") else m.end()
        out.append(Candidate(m.start(), end, "DATE", "rule:date-reign-gloss", 51, norm={"date_hint": {"value": value}}))
    return out


_ORG_HEAD_RE = re.compile(f"(?:{_ORG_HEADS})")


@lru_cache(maxsize=1)
def _force_names() -> tuple[frozenset[str], int]:
    names = frozenset(row[0] for row in read_rows("named_units.tsv") if row and row[0])
    return names, max(map(len, names))


def _force_publishers(text: str) -> list[Candidate]:
    """Anchored on the head (出版社, 研究会 …): the longest named force ending right before it."""
    names, longest = _force_names()
    out = []
    for m in literal_finditer(_ORG_HEAD_RE, text):
        for k in range(min(longest, m.start()), 1, -1):
            if text[m.start() - k:m.start()] in names:
                out.append(Candidate(m.start() - k, m.end(), "ORG", "rule:org-force-publisher", 61))
                break
    return out


def find_citation_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "社" in text or "会" in text or "馆" in text:
        out += _force_publishers(text)
    if "国民政府" in text:
        for m in literal_finditer(_NG_BODY_RE, text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-government-body", 61))
    if "《" in text:
        out += _cited_people(text)
    if "国" in text and "、" in text:
        for m in literal_finditer(_STATE_LIST_RE, text):
            from pipeline.rules.places import ABBREVIATIONS
            for k in range(m.start(), m.end(), 2):
                modern = ABBREVIATIONS.get(text[k], (None, None))[0]
                out.append(Candidate(k, k + 1, "GPE", "rule:gpe-state-list", 30,
                                     norm={"modern": modern} if modern else None))
    if "宗" in text or "祖" in text:
        out += [Candidate(m.start(), m.end(), "PERSON", "rule:person-temple-name", 40)
                for m in literal_finditer(_TEMPLE_NAME_RE, text)]
    if "年" in text and ("(" in text or "（" in text):
        out += _glossed_reign_dates(text)
    if "》" in text or "出版" in text or "印书馆" in text:
        for rx in (_YEAR_AFTER_PUBLISHER_RE, _YEAR_AFTER_TITLE_RE):
            for m in rx.finditer(text):
                out.append(Candidate(m.start(1), m.end(1), "DATE", "rule:date-citation-year", 50,
                                     norm={"date_hint": {"value": m.group(1)}}))
    return out
