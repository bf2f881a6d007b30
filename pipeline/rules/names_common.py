"""Helpers shared by the PERSON, ORG, place and event finders: jieba word information, the
gazetteer's place names, surname lists, lexicon readers and span bookkeeping."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import segment
from pipeline.lexicons import LEXICON_DIR, read_rows
from pipeline.rules.scan import guarded, per_last_text
from pipeline.rules.trie import PairDispatchTrie, guarded_trie_regex, trie_regex
from pipeline.spans import Candidate

LEXICON_PERSON = ("lexicon:person", 35)
RULE_PERSON = ("rule:person", 20)
RULE_PERSON_SHORT = ("rule:person", 15)
# a name framed by a post and a rank (守将川端武平少将) outranks a place inside it (GPE 武平, 30)
RULE_PERSON_FRAMED = ("rule:person", 32)
LEXICON_ORG = ("lexicon:org", 35)
RULE_ORG = ("rule:org", 35)  # above the gazetteer (30): 中国航空公司 is one ORG, not GPE 中国

# --------------------------------------------------------------------------- shared helpers


# jieba's dictionary (word -> (frequency, part of speech)), words of 2-4 characters: segment.word_info
# itself (its one cached dict), read thousands of times a text, so called without a wrapper's frame
word_info = segment.word_info


# Words of encamping and of a camp that end in 营 (camp), which place finders reading a word in 营 as a village
# (李家营, 王营) must leave out: a verb of halting at, leaving, entering or raiding a camp + 营, and the generic camps
# 军营, 兵营, 敌营. Criterion: two-character words of the Xiandai Hanyu Cidian (7th ed.) and of PLA march reports in
# which 营 means the camp itself; names that are also villages or towns (大营, 老营, 下营, 连营) are left out. jieba's
# dictionary tags some of them as person names (宿营, 安营: nr), so its frequencies do not keep them out.
ENCAMP_WORDS = frozenset("宿营 扎营 安营 露营 野营 驻营 屯营 结营 拔营 移营 回营 归营 返营 出营 入营 进营 收营 "
                         "劫营 偷营 袭营 军营 兵营 敌营".split())


def encamping_word(name: str) -> bool:
    """`name` is a word of encamping or a generic camp (宿营, 扎营, 军营), no settlement in 营."""
    return name in ENCAMP_WORDS


def is_han(ch: str) -> bool:
    """One character of the CJK Unified Ideographs block (U+4E00-U+9FFF): the test the rule modules make
    where a name or word must go on or stop."""
    return "\u4e00" <= ch <= "\u9fff"


def is_common_word(word: str, min_freq: int = 100, proper: tuple[str, ...] = ("nr",)) -> bool:
    """True when jieba knows `word` as an ordinary word of some frequency: not tagged as a proper name
    (`proper`: person names by default; ("ns", "nr", "nz") leaves out places and other names too)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= min_freq and not entry[1].startswith(proper)


def word_frequency(word: str) -> int:
    """jieba's frequency of `word` (2-4 characters), 0 for a word its dictionary does not hold."""
    entry = word_info().get(word)
    return entry[0] if entry else 0


def verb_headed(name: str, min_freq: int = 1000) -> bool:
    """A would-be name of three characters whose first two are a frequent verb (解放|南部县城, 包围|X, 占领|X):
    the verb and its object, not a surname and a given name (auditzh13)."""
    entry = word_info().get(name[:2]) if len(name) == 3 else None
    return bool(entry) and entry[0] >= min_freq and entry[1] == "v"


def verb_word(word: str, min_freq: int) -> bool:
    """A word jieba tags as a verb (v, vd, vn …) of some frequency: 追赠, 毙命, 清查."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= min_freq and entry[1][:1] == "v"


def plain_word(word: str, min_freq: int = 300) -> bool:
    """An ordinary word jieba knows of some frequency (not a place, person or brand name)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= min_freq and entry[1][:2] not in ("ns", "nr", "nz")


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Chinese place names from the gazetteer files (first column), if they exist."""
    names: set[str] = set()
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        stem = path.name
        if not (stem in ("gazetteer_cn.tsv", "district_county_short_forms_cn.tsv") or stem.startswith("places_")):
            continue
        if stem in ("places_en.tsv", "places_stoplist.tsv"):
            continue
        for row in read_rows(stem):
            name = row[0].strip()
            if len(name) >= 2 and CJK_ONLY.fullmatch(name):
                names.add(name)
    from pipeline.normalize.places import english_places_in_chinese   # the English tables' Chinese names (session 13)

    names.update(english_places_in_chinese())
    if not names:  # no gazetteer yet: fall back on jieba's place-name words
        for word, (freq, pos) in word_info().items():
            if pos == "ns" and freq >= 20 and word[-1] not in "路部方面边侧线":
                names.add(word)
    return frozenset(names)


def opened_name_start(text: str, head: int, openers, longest: int) -> int:
    """Start of a name of 2..`longest` Han characters written right before `head`, read back to the nearest
    character of `openers` (a preposition, 的, 了, a conjunction, 、 …) that leaves two characters at least, or to
    a non-Han character; -1 where the run is longer than `longest` + 1 before any opening (no name read back to its
    start). A conjunction inside a name (泰和|饭店) is passed over while it would leave fewer than two characters.
    Session 25 (s25zhfac): the house names, village events and village bodies read their names so."""
    start = head
    while start > 0 and head - start <= longest + 1 and is_han(text[start - 1]):
        if text[start - 1] in openers and head - start >= 2:
            return start if head - start <= longest else -1
        start -= 1
    if start > 0 and is_han(text[start - 1]):
        return -1
    return start if 2 <= head - start <= longest else -1


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Country names (kind `country` in places_world.tsv): a nation before a school only modifies it."""
    return frozenset(row[0].strip() for row in read_rows("places_world.tsv") if len(row) > 3 and row[3].strip() == "country")


CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _forms(name: str) -> list[str]:
    return [part.strip() for part in name.split(",") if part.strip()]


# --------------------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from surnames_cn.txt."""
    names = read_list("surnames_cn.txt")
    single = {name for name in names if len(name) == 1}
    compound = {name for name in names if len(name) > 1}
    return frozenset(single), frozenset(compound)


def lexicon_forms(file_name: str) -> tuple[dict[str, str], dict[str, str]]:
    """(Chinese form -> canonical, English form -> canonical) of a name/aliases/English TSV."""
    chinese: dict[str, str] = {}
    english: dict[str, str] = {}
    for row in read_rows(file_name):
        canonical = row[0].strip()
        if not canonical:
            continue
        chinese.setdefault(canonical, canonical)
        if len(row) > 1:
            for alias in _forms(row[1]):
                chinese.setdefault(alias, canonical)
        if len(row) > 2:
            for form in _forms(row[2]):
                if len(form) >= 3:
                    english.setdefault(form, canonical)
    return chinese, english


def _english_regex(forms) -> re.Pattern:
    """The English forms as whole words; guarded (scan.guarded): `re` turns away every position
    that holds no form's first character in one test."""
    source = trie_regex(forms)
    return guarded(re.compile(r"(?<![A-Za-z])" + source + r"(?![A-Za-z])"))


@lru_cache(maxsize=1)
def person_lexicon():
    chinese, english = lexicon_forms("persons.tsv")
    from pipeline.rules import person_lists   # session 9: complete general lists (persons_*.tsv)

    for form, canonical in person_lists.chinese_forms().items():
        chinese.setdefault(form, canonical)
    # the Chinese forms' scan: the matches of re.compile(guarded_trie_regex(chinese)), dispatched on their first pair
    return chinese, english, PairDispatchTrie(chinese), _english_regex(english)


def person_forms() -> dict[str, str]:
    """Every Chinese name and alias of the person lexicons (persons.tsv and the complete lists) -> its canonical name."""
    return person_lexicon()[0]


def canonical_norm(name: str) -> dict:
    """The norm of a PERSON span: a listed name keeps its lexicon's canonical name, any other has none."""
    canonical = person_lexicon()[0].get(name)
    return {"canonical": canonical} if canonical else {}


@per_last_text
def person_lexicon_matches(text: str) -> list[re.Match]:
    """The matches of the Chinese person-lexicon regex in `text`, kept for the last text
    scanned: the person finder and the glued-pair rule (person_post_names_zh) read the same scan."""
    from pipeline.rules.person_lists import guarded_out   # the lists' two-character names inside words

    kept: list[re.Match] = []
    for m in person_lexicon()[2].finditer(text):
        if not guarded_out(text, *m.span(), after_name=bool(kept) and kept[-1].end() == m.start()):
            kept.append(m)
    return kept


@lru_cache(maxsize=1)
def org_lexicon():
    chinese, english = lexicon_forms("organisations.tsv")
    from pipeline.rules import org_lists   # session 9: complete general lists (organisations_*.tsv)

    for form, canonical in org_lists.chinese_forms().items():
        chinese.setdefault(form, canonical)
    return chinese, english, re.compile(guarded_trie_regex(chinese)), _english_regex(english)



def read_list(file_name: str) -> list[str]:
    """Non-comment, non-blank lines of a one-item-per-line lexicon file."""
    return [row[0].strip() for row in read_rows(file_name) if row and row[0].strip()]


@lru_cache(maxsize=1)
def japanese_surnames() -> frozenset[str]:
    """Japanese surnames (Simplified kanji): surnames_jp.txt and the commoner names of surnames_jp_common.txt."""
    return frozenset(read_list("surnames_jp.txt")) | frozenset(read_list("surnames_jp_common.txt"))



class Taken:
    """Character positions already covered by a found span (fast overlap tests)."""

    def __init__(self, size: int) -> None:
        self.covered = bytearray(size + 1)
        self.end_at: dict[int, int] = {}

    def add(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)
        for pos in range(start, end):
            self.end_at[pos] = end

    def hits(self, start: int, end: int) -> bool:
        return any(self.covered[start:end])


def among_posts(name: str) -> bool:
    """司令官|中少有: 中 after a post is 'among the holders' (司令官中, 将领中) and the characters after it an ordinary
    word (少有, 很少): no name starting with 中, unless a Japanese family name opens it (中村, 中岛; r19zhnames)."""
    return len(name) >= 3 and name[0] in "中间内" and is_common_word(name[1:3], 100) \
        and name[:2] not in japanese_surnames() and name[:3] not in japanese_surnames()


def glued_into_word(text: str, start: int, end: int) -> bool:
    """True when a short match is part of a longer ordinary word (日军统计 has no 军统)."""
    if end - start > 2:
        return False
    return (end < len(text) and is_common_word(text[end - 1 : end + 1], 100)) or (
        start > 0 and is_common_word(text[start - 1 : start + 1], 100)
    )


_BOOK_TITLE = re.compile(r"《[^《》\n]{0,80}》")


def everywhere(text: str, names: set[str], source: str, priority: int, label: str = "PERSON") -> list[Candidate]:
    """Every occurrence of each of `names` in `text`, non-overlapping per name, as a `label` candidate (a name
    found once by its frame is that name at every mention)."""
    out = []
    for name in names:
        pos = text.find(name)
        while pos != -1:
            out.append(Candidate(pos, pos + len(name), label, source, priority))
            pos = text.find(name, pos + len(name))
    return out


def outside_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a 《title》 (guideline 11)."""
    if "《" not in text:
        return candidates
    covered = bytearray(len(text) + 1)
    for match in _BOOK_TITLE.finditer(text):
        covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return [c for c in candidates if not any(covered[c.start : c.end])]


def overlaps(taken: "Taken", start: int, end: int) -> bool:
    return taken.hits(start, end)



@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    return frozenset("".join(read_list("transliteration_chars.txt")))


@lru_cache(maxsize=1)
def province_chars() -> frozenset[str]:
    from pipeline.rules.place_abbreviations import ROUTE_PROVINCE_CHARS

    return ROUTE_PROVINCE_CHARS


def province_run(name: str) -> bool:
    """Three or more one-character province abbreviations in a row (连接秦晋豫, 冀鲁豫, 川陕甘): regions joined,
    never one person's surname and given name (auditzh26)."""
    return len(name) >= 3 and all(ch in province_chars() for ch in name)
