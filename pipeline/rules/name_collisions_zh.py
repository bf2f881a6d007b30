"""Names whose characters a place or a count reader takes first (session 17 round 2, precision audit of
Traditional-script pages, prezh6). `find_name_collisions(text)` (working text, Simplified) proposes:

- PERSON: a single-character surname and a two-character given name that is also a place of the lexicon
  (蒋|渭水, 黄|高阳, 李|南京 …), in a frame only a person fills: opened by a clause mark, the text's start or a
  preposition of agency (以X为首, 由X率领 …) and closed by 为首, 等人, a courtesy word (先生, 将军, 同志, 烈士) or 任 and
  a post (X任政训室主任); since session 29 (s29zhper) also by a roster's gender field (`X，男，1920年生`), a verb of
  speaking before the words said (`X回忆说：`, `X说：“`) or one after 据 (`据X讲，`). The gazetteer reads the given name as a place (priority 30) and the name readers leave a
  name holding a place; the three characters are the man. Not where the three characters are a place themselves or
  an ordinary word.
- PERSON without a frame (session 23): a county or prefecture name of the gazetteer glued after one of the frequent
  surnames, where nothing else can own the surname character (裁缝王永康是…, 再看看赵长春，…, 战友孙德清牺牲): no word or
  place ends on it (湖南, 吉林, 浙江, 保卫 own 南, 林, 江, 卫), it does not start a word with the place's first character
  (黄河北岸, 江西北部), and the name runs into no longer word or place (X县, X山, 义勇军 after 安义); a county ending in
  a place word (台山, 光山, 萧山) is no given name here (黄台山 is a hill). The frequent
  surnames are those of name_chars.tsv counted as a surname in at least 8 distinct names of the public NER data and
  found outside names at most 12 times as often (李 王 陈 刘 杨 … ; not 于 任 方 高 金 董 程, which are words first).
  A given name that is a county (永兴, 靖远, 德清, 长春, 民权) is common. On the development passages the class adds
  four names the other readers left to the gazetteer, all gold, and no false span. Cost: one regex over the text
  (a frequent surname before two Chinese characters), then dictionary look-ups.
- EVENT: an incident named by its month and day in Arabic digits before 事件/事变/惨案/起义/暴动/政变 (`228事件`,
  `918事变`): the digits are a date-name as 二二八 is (events.py reads Chinese numerals only), not a count of 228.
  The digits must read as a month (1-12) and a day (1-31), three or four of them, nothing digit-like before.
- MIL_UNIT: a garrison force named after its fortress, `<place>要塞守备大队` (基隆要塞守备大队, 江阴要塞守备总队,
  X要塞炮兵团): one unit (rule 3), not the fortress (FAC 45) and a bare echelon word after it. The name before 要塞 is
  a known place.
- DATE: the later end of a span of years written with its last two digits only (`1949-58年`, `1937～45年间`): the
  year of the same century (1958), not a count of 58 years; later than the first end, nothing digit-like after.

Cost: one regex over the text for each class; both anchor on rare words (为首/等人/任 …, 事件/事变 …).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.discourse_repeats import PLACE_RUNS_ON
from pipeline.rules.names_common import canonical_norm, is_common_word, known_places, surnames, word_info
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

PERSON_SOURCE, PERSON_PRIORITY = "rule:person-place-given-name", 36
EVENT_SOURCE, EVENT_PRIORITY = "rule:event-digit-date-name", 46

_OPENERS = "，,。；;：:、（(「『“\n 　以由和与及同跟派命令让请经据"
_POSTS = "(?:长|主任|政委|委员|书记|司令|参谋|指导员|教导员|队员|员)"
# session 29 (s29zhper): a roster's or biography's gender field (X，男，…: only a person has one) and a verb of speaking
# before the words said or after 据 (X回忆说：, 据X讲，), in memoirs, oral histories and martyrs' rolls
_CLOSERS = (rf"(?:为首|等人|等同志|先生|将军|同志|烈士|任(?:副)?[^，。；、\n]{{0,5}}?{_POSTS}"
            r"|[，,][男女][，,]|(?:回忆说|回忆|说|讲|道)[：:“]|(?<=据...)(?:讲|说|称|回忆)[，,])")


@lru_cache(maxsize=1)
def _frame_re() -> re.Pattern:
    single, _ = surnames()
    chars = "".join(sorted(ch for ch in single if "\u4e00" <= ch <= "\u9fff"))
    return re.compile(rf"(?:^|(?<=[{_OPENERS}]))([{chars}])([\u4e00-\u9fff]{{2}})(?={_CLOSERS})")


def _place_given_names(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    if not any(w in text for w in ("为首", "等人", "等同志", "先生", "将军", "同志", "烈士", "任", "男", "女", "说", "讲",
                                   "回忆", "道", "称")):
        return []
    lexicon = place_lexicon()
    places = known_places()
    out = []
    for m in _frame_re().finditer(text):
        given, name = m.group(2), m.group(0)
        if given not in lexicon or name in places or name in lexicon or is_common_word(name, 50):
            continue
        # a listed man (卫立煌: 立煌 was a county) keeps the person lexicon's canonical form
        out.append(Candidate(m.start(), m.end(), "PERSON", PERSON_SOURCE, PERSON_PRIORITY, norm=canonical_norm(name)))
    return out


UNFRAMED_SOURCE = "rule:person-county-given-name"
# a character after the name that makes the place part of a longer place or facility name (X县, X山, X路): the
# characters after which discourse_repeats repeats no place, and the old divisions' 府, 旗, 盟, 道
_PLACE_RUNS_ON = PLACE_RUNS_ON | frozenset("府旗盟道")


@lru_cache(maxsize=1)
def frequent_surnames(least: int = 8, most_outside: int = 12) -> frozenset[str]:
    """Single surnames of at least `least` distinct names in name_chars.tsv, found outside names at most
    `most_outside` times as often (the module doc)."""
    single, _ = surnames()
    out = set()
    for row in read_rows("name_chars.tsv"):
        if len(row) == 6 and row[0] in single:
            as_surname, outside = int(row[1]), int(row[5])
            if as_surname >= least and outside <= most_outside * as_surname:
                out.add(row[0])
    return frozenset(out)


def _is_word_or_place(word: str, lexicon) -> bool:
    return word in lexicon or word in word_info()


@lru_cache(maxsize=1)
def _surname_re() -> re.Pattern:
    return re.compile(f"[{''.join(sorted(frequent_surnames()))}](?=[\u4e00-\u9fff]{{2}})")


def _unframed_place_given_names(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    lexicon = place_lexicon()
    places = known_places()
    out = []
    for match in _surname_re().finditer(text):
        at = match.end()
        given = text[at:at + 2]
        entry = lexicon.get(given)
        if entry is None or entry.source != "gazetteer" or entry.kind not in ("county", "prefecture") \
                or given[-1] in _PLACE_RUNS_ON:
            continue                                   # 台山, 光山: X台山 is a hill more often than a man
        start, end = at - 1, at + 2
        name = text[start:end]
        known = word_info().get(name)
        if name in places or name in lexicon or (known and not known[1].startswith("nr")) \
                or _is_word_or_place(text[start:at + 1], lexicon):
            continue                                   # jieba's own names (nr) stay names
        if any(_is_word_or_place(text[k:at], lexicon) for k in (max(0, at - 3), max(0, at - 2)) if at - k >= 2):
            continue                                   # 湖南|长沙, 吉林|长春: the character ends a word before it
        if end < len(text) and (text[end] in _PLACE_RUNS_ON or _is_word_or_place(text[at + 1:end + 1], lexicon)):
            continue                                   # 永兴县, 安义勇军
        if any(_is_word_or_place(text[a:b], lexicon) for a, b in ((start - 1, end), (start, end + 1), (start, end + 2))
               if a >= 0 and b <= len(text)):
            continue                                   # a longer word or place holds the three characters
        out.append(Candidate(start, end, "PERSON", UNFRAMED_SOURCE, PERSON_PRIORITY, norm=canonical_norm(name)))
    return out


_DIGIT_EVENT_RE = re.compile("(?<![0-9０-９.．,，/:\\-])([0-9]{3,4})(事件|事变|惨案|起义|暴动|政变)")


def _month_day(digits: str) -> bool:
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if len(day) in (1, 2) and month[0] != "0" and day[0] != "0" and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return True
    return False


def _digit_date_events(text: str) -> list[Candidate]:
    if not any(h in text for h in ("事件", "事变", "惨案", "起义", "暴动", "政变")):
        return []
    return [Candidate(m.start(), m.end(), "EVENT", EVENT_SOURCE, EVENT_PRIORITY)
            for m in literal_finditer(_DIGIT_EVENT_RE, text) if _month_day(m.group(1))]


DATE_SOURCE, DATE_PRIORITY = "rule:date-short-range-end", 46
_SHORT_RANGE_END_RE = re.compile("(?<![0-9０-９.])(1[6-9]|20)([0-9]{2})年?[ ]?[-－—–~～至到][ ]?([0-9]{2})年(?![0-9])")


def _short_range_ends(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_SHORT_RANGE_END_RE, text) if "年" in text else ():
        if int(m.group(3)) > int(m.group(2)):
            out.append(Candidate(m.start(3), m.end(), "DATE", DATE_SOURCE, DATE_PRIORITY,
                                 norm={"date_hint": {"read_as": m.group(1) + m.group(3) + "年"}}))
    return out


UNIT_SOURCE, UNIT_PRIORITY = "rule:unit-fortress-garrison", 50
_FORTRESS_UNIT_RE = re.compile("([\u4e00-\u9fff]{2,3}?)要塞(?:区)?(守备|炮兵|工兵)(总队|大队|团|营)")


def _fortress_garrisons(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    out = []
    if "要塞" not in text:
        return out
    lexicon = place_lexicon()
    for m in literal_finditer(_FORTRESS_UNIT_RE, text):
        name = m.group(1)
        cut = next((k for k in range(len(name) - 1) if name[k:] in lexicon), None)
        if cut is None:
            continue
        out.append(Candidate(m.start(1) + cut, m.end(), "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY,
                             norm={"unit_hint": {"numbers": [], "echelon": m.group(3), "prefix": m.group(2)}}))
    return out


def find_name_collisions(text: str) -> list[Candidate]:
    """PERSON, EVENT, DATE and MIL_UNIT candidates of names a place or count reader would take (see the module doc)."""
    return (_place_given_names(text) + _unframed_place_given_names(text) + _digit_date_events(text)
            + _short_range_ends(text) + _fortress_garrisons(text))
