"""Chinese names vouched for by the title written right after them (session 32, w32zhper: a shape read across the
development sets audit22-30, six sets, and found on public pages beyond them: memorial pages, obituaries and
biographies of generals, mission and church histories, Qing local records).

`find_title_vouched_names(text)` (working text, Simplified) proposes PERSON for a single or compound Chinese surname
+ one or two given characters right before a title that only a person's name takes in front of it:

- an address or a word of honour: 先生, 女士, 烈士, 老人 (`也是老派后裔的甲乙先生告诉我`, `誓为甲乙丙烈士报仇`,
  `甲乙丙老人说`);
- a clergyman's title: 牧师, 神父 (`院长由长老会甲乙丙牧师担任`);
- a Qing general's address: 军门 (`当时甲乙丙军门、丁戊县令等率部扼守`);
- an officer's or soldier's rank: 上将 … 少尉, 上士 … 下士, 上等兵 … 二等兵 (`甲乙丙上将，曾任…`,
  `警卫团团副甲乙丙中校以身殉职`).

The title vouches for the name, so the characters may make an ordinary word of middling frequency (方志, 远山,
粤军: jieba frequency below 100) or hold a character the statistical name reader stops at (又): those are the names
the other person finders leave (they read a word or a stop character and give up). What stays out:

- a reading that is a frequent word (frequency 100 or more: 陆军|上将, 白发|老人, 高龄|老人, 革命|烈士, 华人|牧师)
  or a three-character word jieba knows; a post, or a reading that ends with a post (师长|少将, 高参|少将);
- a given part that holds a function character, a pronoun, a counter, a place's last character, 老 or 姓
  (李老|先生 is 李 + 老先生, 王姓|老人 a surname only) — or ends with a verb of promotion before a rank
  (晋升|少将, 追赠|上将);
- a surname that ends a word with the character before it (同学|王明 reads 学 as no surname), or a start with no
  boundary before it: the character before the name is a mark, a line start, a function or list character
  (的 是 在 和 与 、 …), the last character of a post (团副|甲乙丙), or a word of two to four characters ends there
  (当时|甲乙丙, 长老会|甲乙丙).

Before a rank, a Japanese surname of two characters + one or two given characters reads too (`是甲乙丙上等兵`,
surnames_jp lists). The three-character reading is tried first, then the two-character one (a compound or Japanese
surname: four, then three).
PERSON at priority 33 (like names before a rank, ranked_names_zh); the title stays outside (guideline 1).
Cost: an `in` gate and a str.find scan per title (rare literals); nothing on texts with none of them.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.rules.names_common import (
    is_common_word, japanese_surnames, known_places, surnames, word_frequency, word_info,
)
from pipeline.rules.person_name_ends import TITLES
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-title-vouched", 33

_TITLES = ("先生", "女士", "烈士", "老人", "牧师", "神父", "军门",
           "上将", "中将", "少将", "准将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "准尉",
           "上士", "中士", "下士", "上等兵", "一等兵", "二等兵")
_RANKISH = frozenset(_TITLES[7:])
_GATE = frozenset(title[-1] for title in _TITLES)     # 生 士 人 师 父 门 将 校 尉 兵
# characters no given name here holds
_NOT_GIVEN = set(
    "的了在是和与及跟等于被把对向从由令率指认所其此该这那各每均皆都也亦即则乃便就已曾并而但却到至往们个着过说称"
    "要会能可没不无未将为以因获遭受奉仍还再当时后前上下内外间处部队敌我他她你之位名人员氏姓老"
    "县乡镇市省区村庄州府国军师旅营连排")
# verbs of promotion and appointment that end the characters before a rank
_VERB_ENDS = set("任授拜至为赠封衔擢调补到升晋追")
# what may stand right before the surname
_BEFORE = set("，,、。；;：:！!？?（(）)「」『』“”\"' \u3000\n\t的是在和与及同由被把对向给为让请叫即而有据随偕暨并经")
_POST_LAST = set("长副员官事使令总督帅兵士")
_ZH = ("\u4e00", "\u9fff")


def _han(ch: str) -> bool:
    return _ZH[0] <= ch <= _ZH[1]


def _word_freq(word: str) -> tuple[int, str]:
    return word_info().get(word, (0, ""))


def _word_ends_at(text: str, start: int) -> bool:
    """A word of two to four characters (frequency 20 or more) ends right before `start`."""
    return any(_word_freq(text[start - size:start])[0] >= 20 for size in (2, 3, 4) if start - size >= 0)


def _boundary_before(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before in _BEFORE or not _han(before):
        return True
    freq, pos = _word_freq(text[start - 1:start + 1])
    if freq >= 20 and not pos.startswith("nr"):
        return False                  # 同学|王明: the surname ends a word with the character before it
    return before in _POST_LAST or _word_ends_at(text, start)


def _reading_fine(text: str, start: int, at: int, slen: int, title: str) -> bool:
    name = text[start:at]
    given = name[slen:]
    if not all(_han(ch) for ch in name) or any(ch in _NOT_GIVEN for ch in given):
        return False
    if title in _RANKISH and name[-1] in _VERB_ENDS and (len(name) == 2 or word_frequency(name[-2:]) >= 20):
        return False                  # 晋升|少将, 后晋升|少将, 追赠|上将
    if name in known_places() or word_frequency(name) >= 100:
        return False                  # 陆军|上将, 白发|老人 (jieba tags it nr), 革命|烈士
    if len(name) >= 3 and word_frequency(name) >= 10 and not word_info()[name][1].startswith("nr"):
        return False
    if any(name.endswith(post) for post in TITLES if len(post) >= 2):
        return False                  # 师长|少将, 参谋|上校: a post, no name
    if len(given) == 2 and is_common_word(given, 3000):
        return False                  # a very common word after a surname: 王|同学
    return _boundary_before(text, start)


@lru_cache(maxsize=1)
def _japanese_two() -> frozenset[str]:
    return frozenset(name for name in japanese_surnames() if len(name) == 2)


def find_title_vouched_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if _GATE.isdisjoint(text):
        return out
    single, compound = surnames()
    japanese = _japanese_two()
    seen: set[int] = set()
    for title in _TITLES:
        for at in literal_positions(text, title):
            readings = []
            for size in (4, 3):
                if at - size >= 0 and text[at - size:at - size + 2] in compound:
                    readings.append((at - size, 2))
            if title in _RANKISH:           # a Japanese soldier: surname of two characters + given name
                for size in (4, 3):
                    if at - size >= 0 and text[at - size:at - size + 2] in japanese:
                        readings.append((at - size, 2))
            for size in (3, 2):
                if at - size >= 0 and text[at - size] in single:
                    readings.append((at - size, 1))
            for start, slen in readings:
                if start in seen or not _reading_fine(text, start, at, slen, title):
                    continue
                seen.add(start)
                out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                break
    return out
