"""Folk names whose given part is a numeral and a measure: 张九龄, 秦九龄, 裘九斤, 王七斤 (PERSON, not a count).

Village custom named children by their weight at birth (九斤, 七斤, 六斤: Lu Xun's 风波 says so of a Shaoxing village),
and 九龄 is a given name of long standing (张九龄, the Tang chancellor). The QUANTITY finder reads 九龄 / 九斤 as a
count; a known surname written right before the numeral shows a name: the surname, one numeral 一-十 and 斤 or 龄
are one PERSON, priority above the count's. Not after another numeral or an approximator (约九斤, 共九斤), nor where
the surname closes a common word (大米九斤), nor for the surnames that are also goods weighed in 斤 (米, 金, 银, 麦).

Provenance: session 30 audit (s30zhper: narrative history of the late Qing and Republican years; a clan history's
秦九齡 five times and a bandit's 裘九斤 read as counts).

`find_folk_numeral_names(text)` (PERSON, session 33, w33zhper: a class read across the development sets, the same
shape missed in audit24, 25, 26, 27, 29 and 30): villagers, militiamen, boxers and bandits named by their rank among
siblings or a number of the birth (赵三多, 王三祝, 杨九祥, 何五九, 马老二, 王老四, 吕九). person_likeness never reads
them (numerals are no given characters there), and no title stands next to most. Four shapes, each closed by a
mark, a function character, a subject's word or a dictionary word after it:
- surname + numeral + a given character (甲三乙): the given character no measure word or unit (measure_words.tsv),
  no function, force or time character (person_actions.NOT_GIVEN) and likelier a given name's last character than
  not (name_chars.tsv); numeral + given character no dictionary word (三军, 四川) and no place;
- surname + numeral + numeral (甲五九), after a mark or a dictionary word (民兵甲五九) and before a mark;
- surname + 老 + numeral (甲老四), the form of address of the fourth son, before anything but a numeral or a measure;
- surname + numeral (甲九), only where the text writes the same two characters twice or more, and no measure word
  follows unless it opens a dictionary word (甲九枪法娴熟).
The surname is a single surname at least e times likelier in names than elsewhere (name_chars.tsv); before it the
text starts, or a mark, a function character or verb that takes a person (和, 的, 被, 派, 为 …) or a dictionary word
ends (这时, 村民); it makes no dictionary word with the numeral (周三, 初三, 万一) nor with the character before it.
Pages beyond the sets: laitimes.com (南阳 1945, 马老二), pxx.gov.cn and openyz.com (the Boxers' 赵三多, 朱九斌,
李九彬), sz-hengshun.com (王老四).
"""

from __future__ import annotations

import re

from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.char_places import char_positions
from pipeline.rules.names_common import is_common_word, known_places, surnames, word_frequency
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-numeral-given-name", 45
_NAME_RE = re.compile("(?<![一二三四五六七八九十百千万两几数约共计重余近逾每各])"
                      "([\u4e00-\u9fff])([一二三四五六七八九十])(斤|龄|齡)(?![一二三四五六七八九十0-9])")
_GOODS = set("米金银銀麦麥谷穀糖油盐鹽茶豆肉")


def find_numeral_given_names(text: str) -> list[Candidate]:
    if "斤" not in text and "龄" not in text and "齡" not in text:
        return find_folk_numeral_names(text)
    single, _ = surnames()
    out: list[Candidate] = []
    for m in _NAME_RE.finditer(text):
        start = m.start(1)
        surname = m.group(1)
        if surname not in single or surname in _GOODS:
            continue
        if start and is_common_word(text[start - 1:start + 1], 20):
            continue            # 大米九斤: a word ends on the would-be surname
        if is_common_word(text[start:start + 2], 20):
            continue            # 第九, 共九: a word, no surname
        out.append(Candidate(start, m.end(), "PERSON", SOURCE, PRIORITY))
    return out + find_folk_numeral_names(text)


FOLK_SOURCE, FOLK_PRIORITY = "rule:person-folk-numeral-name", 33
_NUMERALS = frozenset("一二三四五六七八九十")
_MARKS = frozenset("，。、；：！？（）()「」『』“”\"'‘’ \n\t\u3000,.;:!?—…")
# one-character words before a person: conjunctions, the particle, the copula and passive, verbs of sending and asking
_LEFT_WORDS = frozenset("和与及的是被把对向由派让请叫给将同跟随偕令命有为")
_NOT_AFTER_NUMERAL = frozenset("世朝代届期辈等")   # 秦二世, 第三代: an ordinal's head, no given name


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """The one-character measure words and units of measure_words.tsv, and the classifiers and time words it keeps
    with flags or leaves to other readers (个, 月, 时, 点 …)."""
    return frozenset(row[1] for row in read_rows("measure_words.tsv") if len(row) > 1 and row[0] == "unit"
                     and len(row[1]) == 1) | frozenset("个月时点分回遍号声下步片阵番样成些")


def _closed(text: str, end: int) -> bool:
    """A name may end at `end`: the text ends, or a mark, a function character, a subject's word or a word follows."""
    from pipeline.rules.person_likeness import RIGHT_FUNCTION, RIGHT_WORDS
    after = text[end:end + 1]
    if not after or after in _MARKS or after in RIGHT_FUNCTION or text[end:end + 2] in RIGHT_WORDS:
        return True
    return any(len(text[end:end + n]) == n and word_frequency(text[end:end + n]) >= 20 for n in (2, 3, 4))


def _folk_end(text: str, start: int) -> int:
    """The end of a folk name with a numeral read at `start` (the surname), or -1."""
    from pipeline.rules.person_actions import NOT_GIVEN
    from pipeline.rules.person_likeness import _tables
    second = _tables()[3]
    at = start + 1
    lao = text[at:at + 1] == "老"
    numeral = text[at + lao:at + lao + 1]
    if numeral not in _NUMERALS:
        return -1
    after = at + lao + 1
    if lao:
        nxt = text[after:after + 1]
        return after if numeral != "一" and nxt not in _NUMERALS and (nxt not in _measures() or _closed(text, after)) \
            and not is_common_word(text[at + 1:after + 1], 20) else -1
    given = text[after:after + 1]
    if given in _NUMERALS:      # 甲五九: between marks only
        left = text[start - 1:start]
        return after + 1 if numeral != "十" and (not left or left in _MARKS or _word_ends_at(text, start)) \
            and (after + 1 == len(text) or text[after + 1] in _MARKS) else -1
    if given and "\u4e00" <= given <= "\u9fff" and given not in _measures() and given not in NOT_GIVEN \
            and given not in _NOT_AFTER_NUMERAL and second.get(given, -9.0) >= 0.0 \
            and not is_common_word(text[at:after + 1], 20) and not is_common_word(text[start:after + 1], 20) \
            and text[at:after + 1] not in known_places() and text[start:after + 1] not in known_places() \
            and _closed(text, after + 1):
        return after + 1
    if numeral not in "一十" and given not in _NUMERALS and _closed(text, after) \
            and (given not in _measures() or word_frequency(text[after:after + 2]) >= 20) \
            and text.count(text[start:after]) >= 2:
        return after            # 甲九, written twice or more
    return -1


def _word_ends_at(text: str, start: int) -> bool:
    """A dictionary word of two or three characters (frequency >= 20) ends right before `start` (这时, 村民, 民兵)."""
    return word_frequency(text[start - 2:start]) >= 20 or word_frequency(text[start - 3:start]) >= 20


def find_folk_numeral_names(text: str) -> list[Candidate]:
    """PERSON candidates of the folk names with a numeral (module doc)."""
    places = char_positions(text, _NUMERALS)
    if not places:
        return []
    from pipeline.rules.person_likeness import _tables
    single, _ = surnames()
    surname_lr = _tables()[0]
    out: list[Candidate] = []
    starts = set()
    for at in places:
        for start in (at - 1, at - 2):      # 甲三…, 甲老三
            if start < 0 or start in starts or (start == at - 2 and text[at - 1] != "老"):
                continue
            surname = text[start]
            if surname not in single or surname_lr.get(surname, -9.0) < 1.0:
                continue
            left = text[start - 1:start]
            if left and left not in _MARKS and left not in _LEFT_WORDS and not _word_ends_at(text, start):
                continue
            if is_common_word(text[start:start + 2], 20) or (left and is_common_word(text[start - 1:start + 1], 20)):
                continue
            end = _folk_end(text, start)
            if end > 0:
                starts.add(start)
                out.append(Candidate(start, end, "PERSON", FOLK_SOURCE, FOLK_PRIORITY))
    return out
