"""PERSON and ORG finders for Simplified Chinese working text (plus English names).

Lexicon matches (persons.tsv, organisations.tsv) come first; heuristics then
find unseen names: a title or post right before a surname + given name
(军长方先觉), lists of names after such a title (师长周庆祥、葛先才), a name
before a possessive/command cue (汤恩伯部, 陈纳德所率), Western names joined by
"·", and English titled names. ORG patterns cover place + 政府, regional CCP
bureaus (华中局) and headquarters bodies without an echelon word
(桂林防守司令部).

The small word/place helpers here (`trie_regex`, `word_info`, `known_places`)
are shared with events_facilities.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline import segment
from pipeline.lexicons import LEXICON_DIR, read_rows
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

LEXICON_PERSON = ("lexicon:person", 35)
RULE_PERSON = ("rule:person", 20)
RULE_PERSON_SHORT = ("rule:person", 15)
# a name framed by a post and a rank (守将川端武平少将) outranks a place inside it (GPE 武平, 30)
RULE_PERSON_FRAMED = ("rule:person", 32)
LEXICON_ORG = ("lexicon:org", 35)
RULE_ORG = ("rule:org", 35)  # above the gazetteer (30): 中国航空公司 is one ORG, not GPE 中国

# --------------------------------------------------------------------------- shared helpers


def word_info() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (word -> (frequency, part of speech)), words of 2-4 characters."""
    return segment.word_info()


def is_common_word(word: str, min_freq: int = 100) -> bool:
    """True when jieba knows `word` as an ordinary (not person-name) word of some frequency."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= min_freq and not entry[1].startswith("nr")


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Chinese place names from the gazetteer files (first column), if they exist."""
    names: set[str] = set()
    for path in sorted(LEXICON_DIR.glob("*.tsv")):
        stem = path.name
        if not (stem == "gazetteer_cn.tsv" or stem.startswith("places_")):
            continue
        if stem in ("places_en.tsv", "places_stoplist.tsv"):
            continue
        for row in read_rows(stem):
            name = row[0].strip()
            if len(name) >= 2 and _CJK_ONLY.fullmatch(name):
                names.add(name)
    if not names:  # no gazetteer yet: fall back on jieba's place-name words
        for word, (freq, pos) in word_info().items():
            if pos == "ns" and freq >= 20 and word[-1] not in "路部方面边侧线":
                names.add(word)
    return frozenset(names)


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _forms(name: str) -> list[str]:
    return [part.strip() for part in name.split(",") if part.strip()]


# --------------------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from surnames_cn.txt."""
    names = _read_list("surnames_cn.txt")
    single = {name for name in names if len(name) == 1}
    compound = {name for name in names if len(name) > 1}
    return frozenset(single), frozenset(compound)


def _lexicon_forms(file_name: str) -> tuple[dict[str, str], dict[str, str]]:
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
    source = trie_regex(forms)
    return re.compile(r"(?<![A-Za-z])" + source + r"(?![A-Za-z])")


@lru_cache(maxsize=1)
def _person_lexicon():
    chinese, english = _lexicon_forms("persons.tsv")
    return chinese, english, re.compile(trie_regex(chinese)), _english_regex(english)


@lru_cache(maxsize=1)
def _org_lexicon():
    chinese, english = _lexicon_forms("organisations.tsv")
    return chinese, english, re.compile(trie_regex(chinese)), _english_regex(english)


# --------------------------------------------------------------------------- person heuristics

# Posts, ranks and descriptions written right before a name (军长方先觉).
TITLES = (
    "军长 副军长 师长 副师长 旅长 副旅长 团长 副团长 营长 副营长 连长 排长 队长 大队长 中队长 支队长 总队长 "
    "司令 副司令 司令官 副司令官 司令长官 副司令长官 总司令 副总司令 司令员 副司令员 纵队司令 "
    "参谋长 副参谋长 参谋总长 总参谋长 参谋次长 参谋 副官 侍从副官 政委 政治委员 总指挥 副总指挥 "
    "指挥官 总指挥官 统帅 最高统帅 师团长 旅团长 联队长 舰长 "
    "上将 中将 少将 大将 准将 元帅 将军 上校 中校 少校 上尉 中尉 少尉 大佐 中佐 少佐 大尉 "
    "主席 副主席 委员长 副委员长 总统 副总统 首相 外相 陆相 海相 藏相 总理 院长 部长 次长 "
    "局长 处长 厅长 省长 市长 县长 专员 主任 书记 总书记 大使 公使 领事 总督 特使 顾问 "
    "学者 历史学者 历史学家 史学家 记者 作家 教授 校长"
    # deputies and staff posts (团附谢晋元), field commanders, Japanese and Republican ranks and posts
    " 团附 副团附 营附 连附 中队附 副连长 副排长 班长 分队长 小队长 总队附 参谋主任 作战参谋 参谋处长 "
    "副官长 军需处长 军医处长 政治部主任 教导总队长 守将 主将 敌将 副将 督战官 监军 "
    "副司令员 警备司令 城防司令 卫戍司令 总指挥官 前敌总指挥 军团长 集团军总司令 兵团司令 "
    "战区司令长官 副总参谋长 参议 参事 秘书 秘书长 督军 督办 督察专员 镇守使 护军使 巡阅使 省主席 "
    "教官 总教官 教育长 副校长 大元帅 大总统 天皇 亲王 "
    "准尉 上士 中士 下士 军曹 曹长 伍长 兵长 上等兵 一等兵 二等兵 "
    "飞行员 机长 舰队司令 特务机关长 机关长 领队"
).split()

# Rank words that may follow a name (日军守将水上源藏少将, 王耀武中将).
RANKS = (
    "大将 中将 少将 上将 准将 元帅 大佐 中佐 少佐 大尉 中尉 少尉 上校 中校 少校 上尉 准尉 军曹 曹长"
).split()

# Phrases that end a name (a verb, particle or a following title starts here).
_STOP_WORDS = (
    "中将 少将 大将 上将 准将 元帅 将军 大佐 中佐 少佐 司令 指挥 率领 率部 所率 所部 所辖 参谋 "
    "师长 军长 团长 旅长 营长 连长 部队 认为 以为 等人 一行 本人 先生 阁下 同志"
).split()
_STOP_WORDS_RE = re.compile("|".join(re.escape(word) for word in _STOP_WORDS))
_STOP_CHARS = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "部军敌我他她你着过说称要会能可没不无未将为以兼任暨同因获遭受奉亲急仍还再当时后前上下内外间处带领"
    "拒决发宣接派调守攻撤退进击负阵战死伤逃见看致给师团旅营长官兵队司参谋总副主晚早午夜摄"
)
_PUNCT = set("，。、；：！？（）()「」『』“”‘’《》〈〉【】[]—-…·　 \t\r\n,.;:!?\"'0123456789０１２３４５６７８９")



def _read_list(file_name: str) -> list[str]:
    """Non-comment, non-blank lines of a one-item-per-line lexicon file."""
    return [row[0].strip() for row in read_rows(file_name) if row and row[0].strip()]


@lru_cache(maxsize=1)
def japanese_surnames() -> frozenset[str]:
    """Common Japanese surnames (Simplified kanji) from surnames_jp.txt."""
    return frozenset(_read_list("surnames_jp.txt"))


@lru_cache(maxsize=1)
def _translit_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(Western name joined by ·, run of 4+ transliteration characters) from transliteration_chars.txt."""
    chars = re.escape("".join(dict.fromkeys("".join(_read_list("transliteration_chars.txt")))))
    western = re.compile("[" + chars + "]{1,6}(?:[·•．][A-Z]\\.?)?(?:[·•．][" + chars + "]{1,8})+")
    return western, re.compile("[" + chars + "]{4,10}")


_TITLE_RE = re.compile("(?:" + trie_regex(TITLES) + ")")
_LIST_SEP = re.compile(r"[、，,与和及]")
_EN_TITLE_RE = re.compile(
    r"\b(?:General|Lieutenant General|Major General|Brigadier General|Lieutenant|Colonel|Major|Captain|"
    r"Admiral|Vice Admiral|Rear Admiral|Field Marshal|Marshal|Generalissimo|President|Premier|"
    r"Prime Minister|Ambassador|Commander|Governor|Emperor|Prince|Dr\.|Mr\.|Mrs\.|Madame)\s+"
    r"((?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.)){0,3})"
)
# Cues after a name without a title: 汤恩伯部, 陈纳德所率, 薛岳将军.
_AFTER_CUES = (
    "部(?![队署分门下属长落位件族分署])|所率|所部|所辖|指挥|率领|率部|率军|将军|中将|少将|上将|大将|元帅|"
    "先生|本人|等人|等(?=[数一二两三四五六七八九十几0-9]{1,3}[名人位个])"
)
_BEFORE_OK = set(
    "，。、；：！？（）()「」『』“”\"' \n\t与和及由令以派命将被对向给把即而是为同"
    "调电饬嘱催遣拨归暨并有据随偕约邀援"  # verbs of command and lists before a force: 调车震部, 有某某、某某部
    "遭经让请叫使"  # 遭某某等四名乡民出卖
)


def _surname_at(text: str, pos: int) -> int:
    """Length of a Chinese surname starting at pos (2 for compound, 1 single, 0 none)."""
    single, compound = surnames()
    if text[pos : pos + 2] in compound:
        return 2
    if pos < len(text) and text[pos] in single:
        return 1
    return 0


def _stops_at(text: str, pos: int) -> bool:
    if pos >= len(text):
        return True
    char = text[pos]
    if char in _PUNCT or char in _STOP_CHARS or not ("\u4e00" <= char <= "\u9fff"):
        return True
    return _STOP_WORDS_RE.match(text, pos) is not None


def _chinese_name_end(text: str, pos: int) -> int:
    """End of a Chinese name (surname + 1-2 given characters) starting at pos, or -1."""
    slen = _surname_at(text, pos)
    if not slen:
        return -1
    g1 = pos + slen
    if _stops_at(text, g1):
        return -1
    if is_common_word(text[pos : g1 + 1], 200):  # 高度, 方面, 于是 ...: not a name
        return -1
    g2 = g1 + 1
    if _stops_at(text, g2):
        return g2
    three = text[pos : g2 + 1]
    if word_info().get(three, (0, ""))[1].startswith("nr"):
        return g2 + 1
    after = g2 + 1
    if after < len(text) and text[after] not in "于与和等及之的":
        if is_common_word(text[g2 : after + 1], 100):  # 李明|坚守
            return g2
    return g2 + 1


def _japanese_name_end(text: str, pos: int) -> int:
    """End of a Japanese name (known surname + 1-3 given characters) starting at pos, or -1."""
    for slen in (3, 2, 1):
        if text[pos : pos + slen] in japanese_surnames():
            break
    else:
        return -1
    end = pos + slen
    given = 0
    while given < 3 and end < len(text):
        char = text[end]
        if char in _PUNCT or not ("\u4e00" <= char <= "\u9fff"):
            break
        if given > 0 and (char in _STOP_CHARS or _STOP_WORDS_RE.match(text, end) is not None):
            break
        if given == 0 and char in "的了在是和与及等于被部率指所将":
            break
        end += 1
        given += 1
    if given == 0 or (slen == 1 and given == 1):
        return -1
    return end


def _name_end(text: str, pos: int, prefer_japanese: bool = False) -> int:
    run = _translit_patterns()[1].match(text, pos)
    if run and run.end() - pos >= 4 and run.group() not in known_places():  # 主席斯特罗耶夫
        return run.end()
    jp = _japanese_name_end(text, pos)
    cn = _chinese_name_end(text, pos)
    if jp > 0 and (prefer_japanese or cn < 0 or text[pos : pos + 2] in japanese_surnames() or text[pos : pos + 3] in japanese_surnames()):
        return jp if text[pos:jp] not in known_places() else -1
    return cn


class _Taken:
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


def glued_into_word(text: str, start: int, end: int) -> bool:
    """True when a short match is part of a longer ordinary word (日军统计 has no 军统)."""
    if end - start > 2:
        return False
    return (end < len(text) and is_common_word(text[end - 1 : end + 1], 100)) or (
        start > 0 and is_common_word(text[start - 1 : start + 1], 100)
    )


_BOOK_TITLE = re.compile(r"《[^《》\n]{0,80}》")


def outside_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside a 《title》 (guideline 11)."""
    if "《" not in text:
        return candidates
    covered = bytearray(len(text) + 1)
    for match in _BOOK_TITLE.finditer(text):
        covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return [c for c in candidates if not any(covered[c.start : c.end])]


def _overlaps(taken: "_Taken", start: int, end: int) -> bool:
    return taken.hits(start, end)


def _titled_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names right after a title, and further names listed after them (、 与 和 及)."""
    found: list[tuple[int, int]] = []
    for match in _TITLE_RE.finditer(text):
        pos = match.end()
        for _ in range(8):  # a list of at most 8 names after one title
            if _overlaps(taken, pos, pos + 1):
                end = taken.end_at[pos]
            else:
                end = _name_end(text, pos)
                if end < 0:
                    end = _titled_chang_name_end(text, pos)
                if end < 0:
                    break
                found.append((pos, end))
                taken.add(pos, end)
            sep = _LIST_SEP.match(text, end)
            if not sep:
                break
            pos = sep.end()
            if _TITLE_RE.match(text, pos):  # 与参谋长孙鸣玉: the next title handles it
                break
            nxt = _name_end(text, pos)
            if nxt < 0 and not _overlaps(taken, pos, pos + 1):
                break
            # accept the next name only when it ends at a list delimiter, a cue or a verb-like stop
            if nxt > 0 and not (
                _LIST_SEP.match(text, nxt) or _stops_at(text, nxt) or is_common_word(text[nxt : nxt + 2], 100)
            ):
                break
    return found


def _titled_chang_name_end(text: str, pos: int) -> int:
    """End of a name whose given name starts with 长 (a stop character elsewhere), right after a title:
    警备司令陈长捷被俘. The name must end at a stop and 长X must be no place or ordinary word (于长沙)."""
    if _surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] != "长" or _stops_at(text, pos + 2):
        return -1
    piece = text[pos + 1 : pos + 3]
    if piece in known_places() or is_common_word(piece, 20) or not _stops_at(text, pos + 3):
        return -1
    return pos + 3


_AFTER_RE = re.compile("(?:" + _AFTER_CUES + ")")


def _cued_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Untitled names before a possessive/command cue (汤恩伯部), after a clause boundary."""
    found = []
    for match in _AFTER_RE.finditer(text):
        end = match.start()
        for start in (end - 3, end - 2, end - 4):
            if start < 0 or (start > 0 and text[start - 1] not in _BEFORE_OK):
                continue
            if _overlaps(taken, start, end) or _chinese_name_end(text, start) != end:
                continue
            if is_common_word(text[start:end], 30) or is_common_word(text[start + 1 : end], 300):
                continue
            found.append((start, end))
            taken.add(start, end)
            break
    return found


# Characters that never occur inside a name written between a post and a rank.
_RANKED_STOP = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "为以将兼任暨同因获遭受奉亲急仍还再军师旅营队团司"
)
_RANK_TRIE = trie_regex(RANKS)
_TITLE_RANK_RE = re.compile("(?:" + trie_regex(TITLES) + ")([\u4e00-\u9fff]{2,5}?)(?=" + _RANK_TRIE + ")")
_SIDE_RANK_RE = re.compile(
    "(?:日军|日本|敌军|日方|敌|美军|英军|苏军|德军|伪军|守军|，|。|、|；|\n)([\u4e00-\u9fff]{3,5}?)(?=" + _RANK_TRIE + ")"
)


def _plausible_ranked_name(name: str) -> bool:
    return not (
        any(char in _RANKED_STOP for char in name)
        or _TITLE_RE.search(name)
        or is_common_word(name, 50)
        or name.startswith(("陆军", "海军", "空军", "帝国", "皇军"))
    )


def _ranked_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names written between a post (or a side word) and a rank: 守将水上源藏少将, 日军冈田菊三郎中将.

    After a post any 2-5 characters free of particles and echelon characters are taken; after a side
    word or a clause boundary the name must start with a known Japanese surname.
    """
    found: list[tuple[int, int]] = []
    jp = japanese_surnames()
    for pattern, needs_surname in ((_TITLE_RANK_RE, False), (_SIDE_RANK_RE, True)):
        for match in pattern.finditer(text):
            start, end = match.span(1)
            name = match.group(1)
            if needs_surname and not (name[:2] in jp or name[:3] in jp):
                continue
            if _overlaps(taken, start, end) or not _plausible_ranked_name(name):
                continue
            found.append((start, end))
            taken.add(start, end)
    return found


# Courtesy and other names given after a person's name: 张某，字某某，号某某.
_COURTESY_RE = re.compile(
    "(?:（[^（）\n]{0,30}）)?[，,]?(?:表字|字|别号|号|原名|本名|谱名|学名|又名)"
    "([\u4e00-\u9fff]{2,3}?)(?=[，,。；、）)\\s]|号|又|别|人|$)"
)
_NOT_COURTESY = set("的了是在和与及等为以年月日人")


def _courtesy_names(text: str, persons: list[tuple[int, int]], taken: "_Taken") -> list[tuple[int, int]]:
    """字/号/原名 + 2-3 characters right after a found person name (or after another courtesy name)."""
    if not any(cue in text for cue in ("字", "号", "名")):
        return []
    found: list[tuple[int, int]] = []
    queue = [end for _, end in persons]
    seen: set[int] = set()
    while queue:
        pos = queue.pop()
        if pos in seen:
            continue
        seen.add(pos)
        match = _COURTESY_RE.match(text, pos)
        if not match:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if any(char in _NOT_COURTESY for char in name) or _overlaps(taken, start, end):
            continue
        if is_common_word(text[start - 1 : start + 1], 50):  # 号召, 名单: the cue starts an ordinary word
            continue
        found.append((start, end))
        taken.add(start, end)
        queue.append(end)
    return found


# A person's name directly followed by one of these is a thing named after the person (张自忠路, 中山舰).
_NAMED_AFTER_RE = re.compile(
    "(?:公路|大道|大街|大桥|纪念馆|纪念堂|纪念碑|大学|中学|小学|路(?![线过经遇上途])|街|桥|号(?![召称令])|舰|陵|县(?!长)|镇(?![守压定住静])"
    ")"
)


def _named_thing_follows(text: str, end: int) -> bool:
    return _NAMED_AFTER_RE.match(text, end) is not None


def _repeated_mentions(text: str, names: set[str], taken: "_Taken") -> list[tuple[int, int]]:
    """Later (and earlier) occurrences of names found by a heuristic elsewhere in the same text."""
    names = {name for name in names if len(name) >= 2}
    if not names:
        return []
    found: list[tuple[int, int]] = []
    for match in re.finditer(trie_regex(names), text):
        start, end = match.span()
        if _overlaps(taken, start, end) or _named_thing_follows(text, end):
            continue
        if end - start <= 2:  # a two-character name must not run on into a longer name or word
            if not _stops_at(text, end) and _chinese_name_end(text, start) > end:
                continue
            if glued_into_word(text, start, end):
                continue
        found.append((start, end))
        taken.add(start, end)
    return found


_ITEM_SEP = "、与和及"
_ITEM_END = re.compile("[、与和及，。；：）]|等|部(?![队署分门下属长落位件族])|所部|率|$")


def _list_members(text: str, persons: list[tuple[int, int]], taken: "_Taken") -> list[tuple[int, int]]:
    """Chinese names listed next to a found person (孙某、池某、车某部): each item a whole name."""
    places = known_places()
    found: list[tuple[int, int]] = []
    queue = list(persons)
    while queue:
        start, end = queue.pop()
        # the item after: 、 + name ending at a separator, 等 or 部
        if end < len(text) and text[end] in _ITEM_SEP:
            pos = end + 1
            item_end = _chinese_name_end(text, pos)
            if item_end > 0 and _plausible_item(text, pos, item_end, taken, places):
                found.append((pos, item_end))
                taken.add(pos, item_end)
                queue.append((pos, item_end))
        # the item before: name + 、 ending right before this one
        if start >= 3 and text[start - 1] == "、":
            for length in (3, 2):
                pos = start - 1 - length
                if pos < 0 or (pos > 0 and text[pos - 1] not in _BEFORE_OK):
                    continue
                if _chinese_name_end(text, pos) == start - 1 and _plausible_item(text, pos, start - 1, taken, places):
                    found.append((pos, start - 1))
                    taken.add(pos, start - 1)
                    queue.append((pos, start - 1))
                    break
    return found


def _plausible_item(text: str, start: int, end: int, taken: "_Taken", places) -> bool:
    name = text[start:end]
    return not (
        _overlaps(taken, start, end)
        or not _ITEM_END.match(text, end)
        or name in places
        or is_common_word(name, 30)
        or _TITLE_RE.match(text, start)
    )


def _short_references(text: str, persons: list[tuple[int, int]], taken) -> list[tuple[int, int]]:
    """A bare surname standing for a person named in full earlier in the text (史迪威与蒋间)."""
    single, _ = surnames()
    first_seen: dict[str, int] = {}
    for start, end in persons:
        name = text[start:end]
        if 2 <= len(name) <= 3 and name[0] in single and "·" not in name:
            first_seen[name[0]] = min(first_seen.get(name[0], start), start)
    if not first_seen:
        return []
    found = []
    pattern = re.compile(
        "(?<=[，。；、「（与和及而指对由向令使被把让替代])([" + "".join(first_seen) + "])"
        "(?=本人|也|间|政权|担任|则|即|又|乃|亦|便|遂|氏|认为|表示|下令|决定|随即|大为|仍|曾|[，。；、」）与和及])"
    )
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if start > first_seen[text[start]] and not _overlaps(taken, start, end):
            found.append((start, end))
    return found


# Person nouns that are not ranks or posts (士兵张德胜, 记者王某): the name after them must end at a
# verb, particle or punctuation, since these words also start ordinary phrases.
ROLE_NOUNS = (
    "士兵 战士 士卒 新兵 老兵 伤兵 伤员 团员 队员 党员 成员 会员 组员 学员 记者 翻译 译员 护士 看护 医生 军医 "
    "医师 学生 大学生 中学生 小学生 女学生 农民 村民 乡民 渔民 牧民 难民 工人 商人 教师 老师 少年 青年 女孩 男孩 "
    "少女 姑娘 妇女 老人 老汉 老农 老乡 民兵 民夫 船工 船夫 司机 向导 伙夫 厨师 炊事员 通讯员 通信员 卫生员 侦察员 "
    "报务员 联络员 勤务兵 传令兵 号兵 机枪手 炮手 狙击手 神枪手 汉奸 间谍 特务 烈士 英雄 壮士 义士 童子军 女童军 "
    "店主 老板 掌柜 地主 牧师 神父 修女 传教士 工程师 技师 职员 店员 侍卫 卫士 警卫员 警察 巡警 保长 甲长 村长 乡长 "
    "区长 战友 妻子 丈夫 儿子 女儿 长子 次子 长女 次女 父亲 母亲 哥哥 弟弟 姐姐 妹妹 侄子 孙子 遗孀 夫人 其子 其妻 "
    "其父 其弟 其兄 同学 好友 友人 部下 部属 亲信 秘书 随从 助手 华侨 侨领 乡绅 士绅 富商 志愿者 义勇军"
).split()
_ROLE_SET = frozenset(ROLE_NOUNS)
# cues: a person noun or 名叫 (名叫王某); a post + 为/是 (军长为孙某, 师长是李某) is found from the copula
_CONTEXT_CUE_RE = re.compile("(?:" + trie_regex(ROLE_NOUNS + "名叫 叫做 取名 名字叫 化名 改名".split()) + ")")
_COPULA_RE = re.compile("[" + "".join(sorted({t[-1] for t in TITLES})) + "](?:为|是|乃|系)")
_TITLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _title in TITLES:
    _TITLES_BY_LAST[_title[-1]] = _TITLES_BY_LAST.get(_title[-1], ()) + (_title,)


def _context_cues(text: str):
    """(cue start, name position, cue is a person noun) for every cue in the text, in text order."""
    cues = [(m.start(), m.end(), m.group() in _ROLE_SET) for m in _CONTEXT_CUE_RE.finditer(text)]
    for match in _COPULA_RE.finditer(text):
        title_end = match.start() + 1
        for title in _TITLES_BY_LAST[text[match.start()]]:
            if text.startswith(title, title_end - len(title)):
                cues.append((title_end - len(title), match.end(), False))
                break
    cues.sort()
    return cues
def _bare_name_ok(text: str, start: int, end: int, common_given_ok: bool = False) -> bool:
    """A surname + given name read without a title: no ordinary word (乐得, 捐躯), no function
    character as a two-character name's given part (应如, 管起), not the start of a foreign name."""
    name = text[start:end]
    if name in known_places() or is_common_word(name, 30):
        return False
    if end - start == 2:
        entry = word_info().get(name)
        if (entry and not entry[1].startswith("nr")) or name[1] in _FUNCTION_GIVEN:
            return False
    if end - start == 3 and is_common_word(name[1:], 300) and not common_given_ok:
        return False
    chars = _translit_chars()
    return not (end < len(text) and text[end] in chars and all(ch in chars for ch in name[1:]))


_FUNCTION_GIVEN = set("如此以可应该为之所而其也起得着过了来去上下出入到在是有无不")
# single characters that may follow a two-character bare name (王强说, 李明等)
_AFTER_SHORT_NAME = set("等的和与及说在也都便就即被把向对率带亲冒正则又已曾却随替将从")


def _role_at(text: str, start: int) -> bool:
    """False when a person noun is the tail of a longer word (多少年, 青少年)."""
    return not (start > 0 and is_common_word(text[start - 1 : start + 1], 100))


def _contextual_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names after a person noun (士兵张某), a post + 为/是 (军长为李某) or 名叫; a two-character
    name must end at a verb, particle or punctuation; further names listed after the first are taken
    too (Chinese names only)."""
    found: list[tuple[int, int]] = []
    for cue_start, pos, after_role in _context_cues(text):
        if _overlaps(taken, pos, pos + 1) or not _role_at(text, cue_start):
            continue
        for index in range(8):
            end = _chinese_name_end(text, pos)
            if index == 0 and end < 0:
                jp = _japanese_name_end(text, pos)
                if jp > 0 and (text[pos : pos + 2] in japanese_surnames() or text[pos : pos + 3] in japanese_surnames()):
                    end = jp
            if end < 0 or _overlaps(taken, pos, end) or not _bare_name_ok(text, pos, end, after_role):
                break
            common_given = end - pos == 3 and is_common_word(text[pos + 1 : end], 300)
            if (end - pos == 2 or common_given) and not _short_name_end(text, end):
                break  # 队员王大海负责: a name whose given part is a word needs a verb after it
            found.append((pos, end))
            taken.add(pos, end)
            sep = _LIST_SEP.match(text, end)
            if not sep or text[end] in "，,":
                break
            pos = sep.end()
    return found


def _short_name_end(text: str, end: int) -> bool:
    """True when a two-character bare name is followed by punctuation, a listed particle or a verb word."""
    if end >= len(text) or text[end] in _PUNCT or text[end] in _AFTER_SHORT_NAME:
        return True
    for size in (4, 3, 2):
        entry = word_info().get(text[end : end + size])
        if entry and entry[1][:1] in ("v", "d", "p", "i"):
            return True
    return False


# Japanese given names written alone (美穗子, 太郎) after a cue that a person is meant.
_GIVEN_CUE_RE = re.compile(
    "(?:名叫|叫做|取名|名为|其中的|其中|女孩|男孩|小女孩|小男孩|少女|少年|女童|女儿|长女|次女|妻子|夫人|儿子|长子|"
    "次子|姐姐|妹妹|母亲|父亲|日侨|日籍|护士|女佣|保姆)"
)
_GIVEN_END = set("子郎雄夫")
_GIVEN_STOP = set("的了在是与及等于被把对向从由们个这那其此该各每都也又一二三四五六七八九十两几")
_NOT_GIVEN = frozenset(
    "农夫 渔夫 樵夫 车夫 船夫 挑夫 民夫 马夫 屠夫 懦夫 匹夫 武夫 大夫 丈夫 姐夫 妹夫 姑夫 功夫 工夫 情郎 货郎 "
    "儿郎 侍郎 令郎 女郎 新郎 王子 夫子 弟子 才子 游子 浪子 孝子 妃子 胖子 瘦子 瞎子 聋子 孩子 妻子 儿子 日子".split()
)


def _japanese_given_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """2-3 character given names ending in 子/郎/雄/夫 after a cue (女孩名叫幸子, 其中的美穗子)."""
    found: list[tuple[int, int]] = []
    for match in _GIVEN_CUE_RE.finditer(text):
        pos = match.end()
        for size in (3, 2):
            end = pos + size
            name = text[pos:end]
            if len(name) < size or name[-1] not in _GIVEN_END or _overlaps(taken, pos, end):
                continue
            if any(ch in _GIVEN_STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
                continue
            if name in _NOT_GIVEN or is_common_word(name, 300) or is_common_word(name[-2:], 300):
                continue
            if size == 3 and is_common_word(name[:2], 300):  # 日本女子: an ordinary word before 子
                continue
            if end < len(text) and text[end] in _GIVEN_END:
                continue
            found.append((pos, end))
            taken.add(pos, end)
            break
    return found


# Foreign regnal names: 乔治六世, 亨利八世 (the ordinal belongs to the name); a foreign name before
# 女王/国王 is a person (维多利亚女王 → 维多利亚; the title stays outside).
_REGNAL_RE = re.compile("世(?!纪)|女王|国王|王后|女皇|皇后|皇帝|沙皇")
_REGNAL_ORDINAL = re.compile("[一二三四五六七八九十]{1,3}$")


def _translit_run_before(text: str, end: int, longest: int = 6) -> int:
    """Start of the run of transliteration characters ending at `end` (2-6 of them), else -1."""
    chars = _translit_chars()
    start = end
    while start > 0 and end - start < longest + 1 and text[start - 1] in chars:
        start -= 1
    return start if 2 <= end - start <= longest else -1


def _regnal_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """乔治六世 (the ordinal belongs to the name); 维多利亚女王 → 维多利亚 (the title outside)."""
    found: list[tuple[int, int]] = []
    for match in _REGNAL_RE.finditer(text):
        if match.group() == "世":
            ordinal = _REGNAL_ORDINAL.search(text, max(0, match.start() - 3), match.start())
            if not ordinal:
                continue
            start = _translit_run_before(text, ordinal.start())
            end = match.end()
        else:
            start = _translit_run_before(text, match.start())
            end = match.start()
            name = text[start:end]
            entry = word_info().get(name)
            if name in known_places() or (entry and entry[0] >= 100 and entry[1][:2] not in ("nr", "ns")):
                continue
        if start >= 0 and not _overlaps(taken, start, end):
            found.append((start, end))
            taken.add(start, end)
    return found


# A Chinese name in brackets right after its romanised form, in English or Chinese text:
# "Fang Xianjue (方先覺)", "Chiang Kai-shek (蔣介石)", "Isamu Yokoyama (横山勇)".
_BRACKETED_CJK_RE = re.compile(r"[（(]([\u3400-\u9fff]{2,4})[）)]")
_ROMANISED_BEFORE_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z'\u2019]+(?:[ \-][A-Za-z][a-z'\u2019]*){1,3})\s*$")


@lru_cache(maxsize=1)
def _wade_giles() -> dict[str, str]:
    """Pinyin syllable -> plain Wade-Giles syllable (apostrophes and umlauts dropped)."""
    table = {}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            table[row[0].replace("ü", "v")] = re.sub(r"[^a-z]", "", row[2].lower().replace("ü", "u"))
    return table


_LATIN_LETTER = re.compile("[A-Za-z]")


def _romanisation_matches(roman: str, chinese: str) -> bool:
    """True when `roman` spells `chinese` in pinyin or Wade-Giles (spaces, hyphens, tones ignored)."""
    from pypinyin import Style, lazy_pinyin

    plain = re.sub(r"[^a-z]", "", roman.lower().replace("ü", "u"))
    syllables = lazy_pinyin(chinese, style=Style.NORMAL, v_to_u=False)
    if not all(s.isalpha() for s in syllables):
        return False
    wg = _wade_giles()
    pinyin = "".join(syllables).replace("v", "u")
    wade = "".join(wg.get(s, s) for s in syllables)
    return plain in (pinyin, wade)


def _bracketed_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """The Chinese form in brackets after a romanised personal name."""
    if ("(" not in text and "（" not in text) or not _LATIN_LETTER.search(text):
        return []
    from pipeline.script import convert_text

    single, compound = surnames()
    found: list[tuple[int, int]] = []
    for match in _BRACKETED_CJK_RE.finditer(text):
        start, end = match.span(1)
        before = _ROMANISED_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        if not before or _overlaps(taken, start, end):
            continue
        roman = before.group(1)
        chinese = convert_text(match.group(1), "t2s")
        ok = len(chinese) <= 3 and (chinese[0] in single or chinese[:2] in compound) and _romanisation_matches(roman, match.group(1))
        if not ok and len(roman.split()) == 2:
            first = roman.split()[0]
            if chinese[:2] in japanese_surnames() or chinese[:3] in japanese_surnames():
                ok = chinese not in known_places()
            elif 2 <= len(chinese) <= 3 and chinese[0] in single:
                from pipeline.rules.english import _syllables

                ok = first in _syllables()[0] and "-" in roman.split()[1]  # Chiang Kai-shek (蔣介石)
        if ok:
            found.append((start, end))
            taken.add(start, end)
    return found


# --------------------------------------------------------------------------- finders


def find_persons(text: str) -> list[Candidate]:
    """PERSON candidates: lexicon names (priority 35) and heuristic names (priority 20)."""
    chinese, english, zh_re, en_re = _person_lexicon()
    out: list[Candidate] = []
    taken = _Taken(len(text))
    for match in zh_re.finditer(text):
        start, end = match.span()
        # a lexicon name glued to more name characters is someone else (王明 in 王明远)
        if end < len(text) and not _stops_at(text, end) and end - start <= 2 and _chinese_name_end(text, start) > end:
            continue
        if glued_into_word(text, start, end) or _named_thing_follows(text, end):
            continue
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": chinese[match.group()]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": english[match.group()]}))
    heuristic: list[tuple[int, int]] = []
    for match in _translit_patterns()[0].finditer(text):
        start, end = match.span()
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            heuristic.append((start, end))
    for match in _EN_TITLE_RE.finditer(text):
        start, end = match.span(1)
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            heuristic.append((start, end))
    framed = set(_ranked_names(text, taken)) | set(_bracketed_names(text, taken))
    heuristic += sorted(framed)
    heuristic += _titled_names(text, taken) + _contextual_names(text, taken) + _cued_names(text, taken)
    heuristic += _japanese_given_names(text, taken) + _regnal_names(text, taken)
    heuristic = [(s, e) for s, e in heuristic if not _named_thing_follows(text, e)]
    lexicon_spans = [(c.start, c.end) for c in out if c.source == LEXICON_PERSON[0] and _CJK_ONLY.fullmatch(c.norm.get("canonical", ""))]
    heuristic += _list_members(text, lexicon_spans + heuristic, taken)
    heuristic += _courtesy_names(text, [(c.start, c.end) for c in out] + heuristic, taken)
    chinese_found = {text[s:e] for s, e in heuristic if _CJK_ONLY.fullmatch(text[s:e])}
    heuristic += _repeated_mentions(text, chinese_found, taken)
    out.extend(Candidate(s, e, "PERSON", *(RULE_PERSON_FRAMED if (s, e) in framed else RULE_PERSON)) for s, e in heuristic)
    persons = [(c.start, c.end) for c in out]
    out.extend(Candidate(s, e, "PERSON", *RULE_PERSON_SHORT) for s, e in _short_references(text, persons, taken))
    out.sort(key=lambda c: c.start)
    return outside_titles(text, out)


# ORG patterns --------------------------------------------------------------------------

_REGIONS = (
    "华中 华北 华南 华东 华西 东北 西北 西南 东南 中南 北方 南方 中原 长江 晋察冀 晋冀鲁豫 晋绥 山东 陕甘宁 "
    "苏北 苏中 苏南 皖南 淮北 淮南 鄂豫皖 鄂豫边 冀鲁豫 冀中 冀南 冀热辽 冀东 太行 太岳 豫西 豫皖苏 满洲 南京 上海"
).split()
_BUREAU_RE = re.compile(
    "(?:中共(?:中央)?)?(?:" + trie_regex(_REGIONS) + ")分?局(?![势面部长限促外内])"
)
_PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台黔滇陇察绥热康"
# keyword -> how many characters before it may hold the place name
_ORG_KEYWORDS = re.compile(
    "(?:(?:防守|警备|边区|绥靖|卫戍|城防|要塞|戒严|防空|守备|剿匪)(?:总)?司令(?:长官)?部|行营|行辕|绥靖公署|剿总)"
    "|(?:国民)?政府(?!军)"
    "|(?:共产党|社会党|民主党|自由党)(?![人员])"
)


def _place_suffix(text: str, start: int, end: int) -> int:
    """Start of the longest place name / province-abbreviation run ending at `end` (>= start), or -1."""
    places = known_places()
    for begin in range(start, end - 1):
        piece = text[begin:end]
        if piece in places or all(ch in _PROVINCE_ABBR for ch in piece):
            return begin
    return -1


# Institution heads after a place or proper name (中国航空公司, 北洋法政专门学校, 冀察政务委员会).
_ORG_HEADS = (
    "政务委员会 委员会 省政府 市政府 县政府 公司 银行 大学 学院 学校 军校 学堂 讲武堂 中学 小学 医院 "
    "报社 通讯社 日报 书局 印书馆 研究院 研究所 学会 协会 商会 同盟会 电台 海关 专员公署 "
    "储蓄会 公会 工部局 公董局 市政厅 市政公署 童子军 军事法庭 军事法院 法院 法庭"
).split()
# heads that may follow the place or name directly (清华大学); others need a word between (中国航空公司)
_BARE_HEADS = frozenset(
    "政务委员会 省政府 市政府 县政府 大学 学院 军校 学堂 讲武堂 银行 日报 书局 通讯社 印书馆 "
    "储蓄会 商会 公会 工部局 公董局 市政厅 市政公署 童子军".split()
)
# heads whose name may be any ordinary two-character word (盐业银行, 大陆银行, 四行储蓄会, 银行公会)
_WORD_NAMED_HEADS = frozenset("银行 储蓄会 商会 公会".split())
# generic words before such a head (外国银行, 商业银行, 各地商会): a kind, not a name
_GENERIC_QUALIFIERS = frozenset(
    "商业 外国 外资 外商 国有 国营 民营 私营 地方 本国 各国 各地 投资 储蓄 发行 开发 信托 抵押 新式 旧式 "
    "大型 小型 全国 当地 本地 中外 华资 官办 商办 合作 这些 一些 其他 有关 所有 主要 若干 同业 该".split()
)
# institution words that are kinds, not names (a place before them makes a name: 上海地方法院)
_GENERIC_INSTITUTIONS = frozenset("人民法院 地方法院 高等法院 军事法庭 军事法院 特别法庭 国际法庭".split())
# heads of schools, where a transliterated name may stand before them (普渡大学, 维吉尼亚军校)
_SCHOOL_HEADS = frozenset("大学 学院 军校 学校 学堂".split())
_ORG_HEAD_RE = re.compile("(?:" + trie_regex(_ORG_HEADS) + ")(?![生员长家士界业])")
# institutional words that may start a name like a place does (中央银行, 国立中央大学)
_ORG_PREFIXES = frozenset("中央 国立 省立 市立 县立 私立 中华 国民 帝国 皇家".split())
_ANCHOR_POS = ("ns", "nt", "j")
# Sub-offices written after an organisation: 国防部史政编译局, 外交部亚洲司, 中共中央组织部.
_SUB_OFFICE_RE = re.compile(
    "([\u4e00-\u9fff]{1,6}?)(?:委员会|办公厅|研究所|总局|局|处|司|署|厅|部|院|室)(?![长员势面门分队下属内外])"
)
_MIDDLE_STOP = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "为以将兼任暨同因获遭受奉亲急仍还再年月日时后前说称有"
)
_WORD_POS_OK = ("n", "vn", "b", "j", "an", "l", "g")
# a name ending like a government body may take the place written before it (日本外务省, 中国外交部)
_GOVERNMENT_ENDINGS = ("部", "省", "院", "局", "署", "厅", "政府", "大本营", "委员会")


@lru_cache(maxsize=1)
def _translit_chars() -> frozenset[str]:
    return frozenset("".join(_read_list("transliteration_chars.txt")))


def _foreign_anchor(text: str, begin: int, end: int) -> bool:
    """A whole transliterated name (普渡, 维吉尼亚): transliteration characters only, not glued to more
    of them before, and no ordinary word."""
    chars = _translit_chars()
    piece = text[begin:end]
    if not all(ch in chars for ch in piece) or (begin > 0 and text[begin - 1] in chars or text[begin - 1] in "·•"):
        return False
    if end < len(text) and text[end] in chars:
        return False
    entry = word_info().get(piece)
    if entry and entry[1].startswith(("nr", "ns", "nz")):
        return True
    return end - begin >= 3 and not (entry and entry[0] >= 100)


def _word_anchor(text: str, begin: int, end: int) -> bool:
    """An ordinary two-character noun naming a bank or society (盐业, 大陆, 四行), starting a word."""
    piece = text[begin:end]
    if end - begin != 2 or piece in _GENERIC_QUALIFIERS or any(ch in _MIDDLE_STOP for ch in piece):
        return False
    entry = word_info().get(piece)
    if not entry or entry[1][:1] not in ("n", "j") or not _word_starts_at(text, begin):
        return False
    return not (begin > 0 and text[begin - 1] in "的之")


def _proper_start(text: str, begin: int, head_start: int) -> int:
    """End of a proper-name word (清华, 南开, 哥伦比亚) starting at `begin`, if the rest up to the head is
    clean; else -1. Used to leave a city that only modifies a school's own name outside it."""
    for size in (4, 3, 2):
        end = begin + size
        if end > head_start:
            continue
        piece = text[begin:end]
        entry = word_info().get(piece)
        proper = piece in known_places() or (entry and entry[1] in ("nz", "nt", "ns", "j") and entry[0] >= 20)
        if not proper and size >= 2 and _foreign_anchor(text, begin, end) and not text[end] in _translit_chars():
            proper = True
        if proper and _clean_middle(text[end:head_start]):
            return end
    return -1


def _is_anchor(text: str, begin: int, end: int) -> bool:
    """A place, province abbreviations, an institutional prefix, or a proper-noun word (北洋, 清华)
    that starts a word (after punctuation, a particle or a verb: 毕业于北洋…, 考入清华…)."""
    piece = text[begin:end]
    if piece in known_places() or piece in _ORG_PREFIXES:
        return True
    if len(piece) <= 3 and all(ch in _PROVINCE_ABBR for ch in piece):
        return True
    entry = word_info().get(piece)
    if not entry or entry[1] not in _ANCHOR_POS or entry[0] < 20 or any(ch in _MIDDLE_STOP for ch in piece):
        return False
    return _word_starts_at(text, begin)


def _word_starts_at(text: str, pos: int) -> bool:
    """True when a new word plausibly starts at pos: text start, after punctuation, a particle or a verb."""
    if pos == 0:
        return True
    before = text[pos - 1]
    if before.isdigit():
        return False
    if before in _MIDDLE_STOP or not ("\u4e00" <= before <= "\u9fff"):
        return True
    entry = word_info().get(text[max(0, pos - 2) : pos])
    return bool(entry) and entry[1][:1] in ("v", "p", "c", "u", "d")


def _clean_middle(middle: str) -> bool:
    """True when the words between an anchor and a head describe the institution (航空, 陆军军官)."""
    if len(middle) > 8 or any(ch in _MIDDLE_STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in middle):
        return False
    info = word_info()
    pos = 0
    while pos < len(middle):
        for size in (4, 3, 2):
            entry = info.get(middle[pos : pos + size]) if pos + size <= len(middle) else None
            if entry:
                if entry[1] not in _WORD_POS_OK and not entry[1].startswith("n") and entry[0] >= 1000:
                    return False
                pos += size
                break
        else:
            pos += 1
    return True


def _anchor_before(text: str, begin: int) -> int:
    """Start of a place / prefix written right before `begin` (美国 in 美国哥伦比亚大学), else begin."""
    places = known_places()
    for size in (4, 3, 2):
        piece = text[begin - size : begin] if begin - size >= 0 else ""
        if piece and (piece in places or piece in _ORG_PREFIXES):
            return begin - size
    return begin


def _known_institution_start(text: str, head_end: int) -> int:
    """Start of a dictionary organisation name (jieba `nt`: 清华大学) ending at head_end, else -1."""
    info = word_info()
    for size in (6, 5, 4, 3):
        entry = info.get(text[head_end - size : head_end]) if head_end - size >= 0 else None
        if entry and entry[1] == "nt" and _word_starts_at(text, head_end - size):
            return head_end - size
    return -1


def _straddling_place(text: str, begin: int) -> int:
    """Start of a place name that begins before `begin` and runs into it (黑|龙江 → 黑龙江), else begin."""
    places = known_places()
    for back in (3, 2, 1):
        for size in range(back + 1, back + 4):
            if begin - back >= 0 and text[begin - back : begin - back + size] in places:
                return begin - back
    return begin


def _head_orgs(text: str) -> list[tuple[int, int]]:
    """Place / proper name + descriptive words + institution head (nearest clean anchor, then any
    places or prefixes written before it: 国立 + 中央 + 大学)."""
    spans = []
    for match in _ORG_HEAD_RE.finditer(text):
        head_start, head_end = match.span()
        if head_end < len(text) and is_common_word(text[head_end - 1 : head_end + 1], 100):
            continue  # 协商会议, 大学生: the head is part of a longer word
        head = match.group()
        bare_ok = head in _BARE_HEADS
        word_ok = head in _WORD_NAMED_HEADS
        found = _known_institution_start(text, head_end)
        if found < 0:
            found = _anchor_start(text, head_start, bare_ok, word_ok)
        if found < 0 and head in _SCHOOL_HEADS:  # a transliterated name: 普渡大学, 维吉尼亚军事学院
            found = _anchor_start(text, head_start, bare_ok, False, _foreign_anchor, (6, 5, 4, 3, 2))
        if found < 0:
            continue
        found = _straddling_place(text, found)
        for _ in range(3):
            earlier = _anchor_before(text, found)
            if earlier == found:
                break
            found = earlier
        if text[found:head_start] in _GENERIC_QUALIFIERS or text[found:head_end] in _GENERIC_INSTITUTIONS:
            continue  # 外国银行, 商业银行, 人民法院: a kind of institution, not a name
        if head in _SCHOOL_HEADS or head in ("中学", "小学", "医院"):
            found = _without_modifying_place(text, found, head_start)
        spans.append((found, head_end))
    return spans


def _anchor_start(text, head_start, bare_ok, word_ok, anchor=None, sizes=(4, 3, 2)) -> int:
    """Start of the nearest clean anchor before an institution head (place, prefix, proper word;
    with `word_ok` also an ordinary two-character noun right before the head), else -1."""
    anchor = anchor or _is_anchor
    for begin in range(head_start - 2, max(-1, head_start - 11), -1):
        for size in sizes:
            if begin + size > head_start:
                continue
            if not (
                anchor(text, begin, begin + size)
                or (word_ok and begin + size == head_start and _word_anchor(text, begin, begin + size))
            ):
                continue
            middle = text[begin + size : head_start]
            if (middle or bare_ok) and _clean_middle(middle):
                return begin
    return -1


def _without_modifying_place(text: str, start: int, head_start: int) -> int:
    """Start of the name after places that only modify it (北京 + 清华学校, 美国 + 哥伦比亚大学):
    a place is left out when a proper name of its own follows it before the head."""
    places = known_places()
    for _ in range(3):
        for size in (4, 3, 2):
            if start + size < head_start and text[start : start + size] in places:
                if _proper_start(text, start + size, head_start) > 0:
                    start += size
                    break
                return start
        else:
            return start
    return start


def _with_sub_office(text: str, start: int, end: int) -> int:
    """End of the organisation extended by a sub-office written right after it, else `end`."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS + ("中央", "中共")):
        return end
    match = _SUB_OFFICE_RE.match(text, end)
    if match and _clean_middle(match.group(1)) and not is_common_word(match.group(1) + text[match.end(1)], 50):
        return match.end()
    return end


def _with_place_before(text: str, start: int, end: int) -> int:
    """Start of a government body extended by the place or nation written right before it."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS):
        return start
    places = known_places()
    for size in (4, 3, 2):
        if start - size >= 0 and text[start - size : start] in places:
            return start - size
    return start


# A service's headquarters without an echelon word (陆军训练司令部, 海军总司令部, 联合勤务总司令部);
# one written with a formation (第5军司令部) is a unit's and has an echelon word before 司令部.
_SERVICE_HQ_RE = re.compile(
    "(?:陆军|海军|空军|宪兵|联合勤务|联勤|后方勤务|装甲兵)([\u4e00-\u9fff]{0,4}?)(?:总)?司令部"
)
_ECHELON_CHARS = set("军师旅团营连队部区路纵第")


def _service_headquarters(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SERVICE_HQ_RE.finditer(text):
        middle = match.group(1)
        if any(ch in _ECHELON_CHARS for ch in middle) or not _clean_middle(middle):
            continue
        if match.start() > 0 and (text[match.start() - 1] in _ECHELON_CHARS or text[match.start() - 1].isdigit()):
            continue
        spans.append(match.span())
    return spans


def _org_patterns(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BUREAU_RE.finditer(text)] + _head_orgs(text)
    if "司令部" in text:
        spans += _service_headquarters(text)
    for match in _ORG_KEYWORDS.finditer(text):
        begin = _place_suffix(text, max(0, match.start() - 6), match.start())
        if begin >= 0:
            spans.append((begin, match.end()))
    return spans


# A body written before a unit word names the unit's owner inside the unit's name (财政部税警总团):
# the unit finder takes the whole, so no ORG is proposed there.
_UNIT_AFTER_ORG = re.compile("(?:税警|缉私|盐警|总团|总队|教导总队|警卫团|警卫旅|特务团)")


def find_orgs(text: str) -> list[Candidate]:
    """ORG candidates: lexicon names and pattern names (both priority 35, above the gazetteer)."""
    chinese, english, zh_re, en_re = _org_lexicon()
    out: list[Candidate] = []
    taken = _Taken(len(text))
    for match in zh_re.finditer(text):
        start, end = match.span()
        following = text[end : end + 1]
        name = match.group()
        if following in ("人", "员") or (following == "军" and name.endswith(("党", "共"))):
            continue
        if following == "长" and name.endswith(("部", "局", "院")):  # 外交部长: a post, not the ministry
            continue  # 国民党人, 共产党员, 国民党军: demonyms / generic troops
        if glued_into_word(text, start, end) or _UNIT_AFTER_ORG.match(text, end):
            continue
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": chinese[name]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": english[match.group()]}))
    for start, end in _org_patterns(text):
        if _UNIT_AFTER_ORG.match(text, end):
            continue
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
            continue
        # a longer pattern span wholly containing lexicon matches (重庆国民政府 ⊃ 国民政府) wins
        hit = [c for c in out if c.start < end and start < c.end]
        if all(start <= c.start and c.end <= end for c in hit) and all((c.start, c.end) != (start, end) for c in hit):
            for c in hit:
                out.remove(c)
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
    out.sort(key=lambda c: c.start)
    return outside_titles(text, _extended_orgs(text, out))


def _extended_orgs(text: str, orgs: list[Candidate]) -> list[Candidate]:
    """Full official names (guideline 15): a government body with the place before it and a
    sub-office after it is one span (日本外务省, 国防部史政编译局)."""
    result: list[Candidate] = []
    for index, cand in enumerate(orgs):
        if cand.end > cand.start and not _CJK_ONLY.fullmatch(text[cand.start : cand.end]):
            result.append(cand)
            continue
        floor = result[-1].end if result else 0
        start = _with_place_before(text, cand.start, cand.end)
        if start < floor:
            start = cand.start
        end = cand.end
        for _ in range(2):  # 国民党中央 + 宣传部 + 编审科 at most
            longer = _with_sub_office(text, start, end)
            if longer == end:
                break
            end = longer
        following = orgs[index + 1 :]
        if any(other.start < end for other in following if other.end > end):
            end = cand.end  # the sub-office would cut into the next organisation
        if (start, end) == (cand.start, cand.end):
            result.append(cand)
            continue
        result.append(Candidate(start, end, "ORG", *RULE_ORG))
    # drop organisations swallowed by an extended one
    kept: list[Candidate] = []
    for cand in result:
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept
