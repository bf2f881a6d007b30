"""Persons named in full once and then by their bare surname, in Chinese working text.

`find_bare_surnames(text)`:
- PERSON: a bare surname standing for a person named in full (from the person lexicon) anywhere in the text, where
  the surname stands alone as a word: after a boundary or a word of address (与, 被, 同, 叫, 受, 当时) and before a
  particle, another such surname or a verb (冯感到, 同冯的, 冯阎又联合); not in verb compounds (反蒋, 拥蒋, 联阎).
  A surname before a post (孙旅长, 胡司令) after any non-word character.
- MIL_UNIT: a force named after its leader (X军, 孙军 where 孙X is named in the text; 蒋军 is the Nationalist army at
  large and stays generic), with a subordinate designation written after it (孙军第四师); a known person + 独立团.

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word, word_info, person_lexicon_matches, surnames
from pipeline.rules.scan import LazyPattern as _lazy, char_positions
from pipeline.spans import Candidate

_CN_NUM = "〇零一二三四五六七八九十百"

# a character of a name inside the patterns: anything but ASCII, space and CJK punctuation

# a word boundary or a word of address before a bare surname (当时冯的…, 受阎欺骗, 叫冯命令)
_LEFT_FREE = set("，。；、：（「“\n 与和及同对向由被把让令叫找以受使替代给跟随时但")
# right after it: a particle or punctuation (冯的, 阎、冯为中心)
_RIGHT_FREE = set("的、，。；）」”为又也")
# (session 30, s30zhper: narrative history of the late Qing and the warlord years) a verb of sending, asking,
# wiring or meeting right before the surname (派张督苏, 邀梁至, 举袁为总统, 电颜谓, 致吴的电), or a conjunction or verb
# of two characters (何况吴调军, 可是吴要, 疏通岳); not the verbs that make compounds with a surname (反蒋, 拥蒋, 讨袁)
_LEFT_VERBS = set("派命请邀奉举电致见访劝催告问骂责是")
_LEFT_WORD_POS = ("c", "v")
# a one-character adverb or verb of speech and command right after it (袁最怕, 岳怎会, 吴要, 岳则, 梁曰, 吴调)
_RIGHT_ONE = set("最怎已仍便就才却还遂乃即亦均都则并再更不未没竟始终将要欲拟须能会可必虽说曰令命派电调请问答率")   # not 称 (史称, 人称)
# parts of speech (jieba) of a word after the surname that shows it stands alone: verbs, prepositions,
# adverbs, conjunctions (冯感到, 阎欺骗, 阎作为)
_RIGHT_POS = ("v", "p", "d", "c")
# 蒋军 is the Nationalist army at large (generic, like 国民党军), never one leader's force
_GENERIC_FORCE = {"蒋"}
_FORCE_WORD_RE = _lazy("军|旅(?![长部团])|独立[团营旅]")
_DIRECTION_CHARS = set("左右中前后上下东西南北")
# the words before a name of a person that also start ordinary counts: 工作人员吴军 is a man called 吴军
_PERSON_BEFORE_FORCE = set("员者志生师长")


@lru_cache(maxsize=1)
def _translit() -> frozenset:
    from pipeline.rules.names_common import translit_chars

    return translit_chars()


_NOT_AFTER_FORCE = set("长官事人区衔阀需械火舰队团政令部医校装用力费民属旗纪法情港营粮饷心威容歌服务")   # 务: 佐X军务 (auditzh22)


def _address_titles() -> re.Pattern:
    """person_context's pattern of a character before a post of address (孙连长): built once for both."""
    from pipeline.rules.person_context import CHAR_BEFORE_POST_RE

    return CHAR_BEFORE_POST_RE


def _known_full_names(text: str) -> list[re.Match]:
    """Chinese names (2-3 characters, a surname first) of the person lexicon in the text; transliterations
    (斯大林) are left out: their first character is no surname there."""
    single, _ = surnames()
    from pipeline.rules.names_common import translit_chars

    translit = translit_chars()
    found = [m for m in person_lexicon_matches(text) if 2 <= len(m.group()) <= 3 and m.group()[0] in single
             and not all(ch in translit for ch in m.group())]
    # and the names jieba's dictionary knows (person_dictionary: 苏炳文, 叶志超)
    from pipeline.rules.person_dictionary import dictionary_name_spans

    spans = dictionary_name_spans(text)
    if spans:
        taken = {i for m in found for i in range(m.start(), m.end())}
        found += [_Found(text, a, b) for a, b in spans if a not in taken and b - 1 not in taken]
        found.sort(key=lambda m: m.start())
    return found


class _Found:
    """A name found without a regex, read like a match (start, end, group)."""
    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


def _word_after(text: str, pos: int) -> bool:
    info = word_info().get(text[pos:pos + 2])
    return info is not None and info[0] >= 20 and info[1].startswith(_RIGHT_POS)


# surnames listed as families, not persons: 只有周、邢两个家族, 张、李二姓 (session 30)
_FAMILY_AFTER_RE = re.compile("(?:[、和与及][\u4e00-\u9fff])*[两二三四五六七八九十几数]?个?(?:姓|家族|氏|家人)")


def _word_before(text: str, pos: int) -> bool:
    """A frequent conjunction or verb of two characters ends right before `pos` (何况|吴, 疏通|岳)."""
    if pos < 2:
        return False
    info = word_info().get(text[pos - 2:pos])
    return info is not None and info[0] >= 100 and info[1] in _LEFT_WORD_POS


# surnames that before a verb are far more often an adverb (曾参加过 "once took part") than a person
_ADVERB_SURNAMES = frozenset("曾")


def _bare_surnames(text: str, fulls: list[re.Match]) -> list[Candidate]:
    covered = set()
    for m in fulls:
        covered.update(range(m.start(), m.end()))
    chars = {m.group()[0] for m in fulls}
    out: list[Candidate] = []
    accepted: set[int] = set()
    titles = _address_titles()
    for pos in char_positions(text, chars):
        if pos in covered or is_common_word(text[pos:pos + 2], 20) or (pos and is_common_word(text[pos - 1:pos + 1], 20)):
            continue
        left = text[pos - 1] if pos else "\n"
        right = text[pos + 1:pos + 2]
        if text[pos] in _DIRECTION_CHARS:
            continue            # 王昆（左）: a caption's direction, not 左X
        if _FAMILY_AFTER_RE.match(text, pos + 1):
            continue            # 周、邢两个家族: families
        if (titles.match(text, pos) or text.startswith("高参", pos + 1)) and left not in chars:
            # not after a transliteration (斯卡尔法罗总统) nor at the end of a word (革命党总统)
            if not (pos and is_common_word(text[pos - 2:pos + 1], 20)) and left not in _translit():
                out.append(Candidate(pos, pos + 1, "PERSON", "rule:person-surname-title", 22))
                accepted.add(pos)
            continue
        if not (left in _LEFT_FREE or pos - 1 in accepted or left in _LEFT_VERBS or _word_before(text, pos)) \
                or text[pos] in _ADVERB_SURNAMES:
            continue
        # two surnames glued (冯阎又联合) only when the second is followed by a boundary or a verb too
        glued = right in chars and pos + 1 not in covered and (
            text[pos + 2:pos + 3] in _RIGHT_FREE or _word_after(text, pos + 2) or text[pos + 2:pos + 3] in "又都均亦")
        if right in _RIGHT_FREE or glued or _word_after(text, pos + 1) or right in _RIGHT_ONE:
            out.append(Candidate(pos, pos + 1, "PERSON", "rule:person-bare-surname", 16))
            accepted.add(pos)
    return out


def _named_shortly_before(near: list[tuple[int, str]], surname: str, pos: int, reach: int = 600) -> bool:
    """A full name with this surname ends at most `reach` characters before `pos` (`near`: sorted (end, surname))."""
    i = bisect.bisect_left(near, (pos - reach, ""))
    j = bisect.bisect_left(near, (pos, ""))
    return any(near[k][1] == surname for k in range(i, j))


def _leader_forces(text: str, fulls: list[re.Match]) -> list[Candidate]:
    """韩复榘军, 孙军(第四师), 叶挺独立团: a force named after its leader (one MIL_UNIT)."""
    out: list[Candidate] = []
    if "军" not in text and "独立" not in text:
        return out
    ends = {m.end(): m.start() for m in fulls}
    chars = {m.group()[0] for m in fulls} - _GENERIC_FORCE
    covered = set()
    for m in fulls:
        covered.update(range(m.start(), m.end()))
    near = sorted((m.end(), m.group()[0]) for m in fulls)
    # only 军 / 独立团 right after a known name or one of its surnames is tried (军 is frequent)
    for m in _FORCE_WORD_RE.finditer(text):
        pos, end = m.start(), m.end()
        if pos not in ends and not (pos and text[pos - 1] in chars):
            continue
        if m.group() == "军" and text[end:end + 1] in _NOT_AFTER_FORCE:
            continue
        if m.group() == "旅" and pos not in ends:
            continue            # 苏炳文旅: a brigade only after a full name
        if pos in ends and text[ends[pos]] not in _GENERIC_FORCE:
            start = ends[pos]
        elif m.group() == "军" and pos and text[pos - 1] in chars and pos - 1 not in covered \
                and not is_common_word(text[pos - 2:pos], 20) and not is_common_word(text[pos - 1:pos + 1], 20) \
                and text[pos - 2:pos - 1] not in _PERSON_BEFORE_FORCE \
                and _named_shortly_before(near, text[pos - 1], pos):
            start = pos - 1     # 孙军: the surname of a leader named in full shortly before
        else:
            continue
        hint = {"numbers": [], "echelon": m.group()[-1],
                "prefix": "独立" if m.group().startswith("独立") else ""}
        sub = re.match(f"第([0-9{_CN_NUM}]{{1,4}})(师|旅|团)", text[end:end + 8])
        if sub and m.group() == "军":
            number = parse_number(sub.group(1))
            if number:
                hint = {"numbers": [number], "echelon": sub.group(2), "prefix": ""}
                end += sub.end()
        out.append(Candidate(start, end, "MIL_UNIT", "rule:unit-leader-force", 61, norm={"unit_hint": hint}))
    return out


def _repeated_found_names(text: str, found: list[Candidate], known: list) -> list:
    """(session 30, s30zhper) Names of three characters that other finders read as PERSON and that the text writes
    at least twice (岳维峻 … 岳维峻): their bare surname is read like a lexicon person's, not their forces."""
    single, _ = surnames()
    taken = {i for m in known for i in range(m.start(), m.end())}
    names = {text[c.start:c.end] for c in found if c.label == "PERSON" and c.end - c.start == 3}
    out = []
    for name in names:
        if name[0] not in single or all(ch in _translit() for ch in name) or text.count(name) < 2:
            continue
        at = text.find(name)
        while at >= 0:
            if at not in taken:
                out.append(_Found(text, at, at + 3))
            at = text.find(name, at + 3)
    return out


def find_bare_surnames(text: str) -> list[Candidate]:
    """Bare surnames and leader-named forces of the persons named in full in `text` (working text)."""
    fulls = _known_full_names(text)
    if not fulls:
        return []
    return _bare_surnames(text, fulls) + _leader_forces(text, fulls)


def find_found_name_surnames(text: str, found: list[Candidate]) -> list[Candidate]:
    """(session 30) Bare surnames of the names that the other finders read (`found`) and the text repeats."""
    fulls = _known_full_names(text)
    extra = _repeated_found_names(text, found, fulls)
    if not extra:
        return []
    lexicon_chars = {m.group()[0] for m in fulls}
    return [c for c in _bare_surnames(text, sorted(fulls + extra, key=lambda m: m.start()))
            if text[c.start] not in lexicon_chars]
