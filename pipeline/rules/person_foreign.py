"""Foreign PERSON names for persons.find_persons: Japanese given names after a cue (女孩名叫幸子),
regnal names (乔治六世, 维多利亚女王 → 维多利亚), and the Chinese form in brackets after a romanised
name (Fang Xianjue (方先覺))."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded, rare_finditer
from pipeline.lexicons import read_rows
from pipeline.rules.names_common import (
    overlaps, translit_chars, is_common_word, japanese_surnames, known_places, surnames, word_info,
)


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


def japanese_given_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """2-3 character given names ending in 子/郎/雄/夫 after a cue (女孩名叫幸子, 其中的美穗子)."""
    found: list[tuple[int, int]] = []
    for match in _GIVEN_CUE_RE.finditer(text):
        pos = match.end()
        for size in (3, 2):
            end = pos + size
            name = text[pos:end]
            if len(name) < size or name[-1] not in _GIVEN_END or overlaps(taken, pos, end):
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
    chars = translit_chars()
    start = end
    while start > 0 and end - start < longest + 1 and text[start - 1] in chars:
        start -= 1
    return start if 2 <= end - start <= longest else -1


def regnal_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """乔治六世 (the ordinal belongs to the name); 维多利亚女王 → 维多利亚 (the title outside)."""
    found: list[tuple[int, int]] = []
    for match in rare_finditer(_REGNAL_RE, text):
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
            if entry and entry[0] >= 1000 and entry[1][:2] == "ns":
                continue   # (session 19) a realm before the title, not a person: 蒙古皇帝 (维多利亚女王 stays)
        if start >= 0 and not overlaps(taken, start, end):
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


def bracketed_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """The Chinese form in brackets after a romanised personal name."""
    if ("(" not in text and "（" not in text) or not _LATIN_LETTER.search(text):
        return []
    from pipeline.script import convert_text

    single, compound = surnames()
    found: list[tuple[int, int]] = []
    for match in rare_finditer(_BRACKETED_CJK_RE, text):
        start, end = match.span(1)
        before = _ROMANISED_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        if not before or overlaps(taken, start, end):
            continue
        roman = before.group(1)
        chinese = convert_text(match.group(1), "t2s")
        ok = len(chinese) <= 3 and (chinese[0] in single or chinese[:2] in compound) and _romanisation_matches(roman, match.group(1))
        if not ok and len(roman.split()) == 2:
            first = roman.split()[0]
            if chinese[:2] in japanese_surnames() or chinese[:3] in japanese_surnames():
                ok = chinese not in known_places()
            elif 2 <= len(chinese) <= 3 and chinese[0] in single:
                from pipeline.rules.english import romanised_syllables

                ok = first in romanised_syllables()[0] and "-" in roman.split()[1]  # Chiang Kai-shek (蔣介石)
        if ok:
            found.append((start, end))
            taken.add(start, end)
    return found


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_ROMANISED_BEFORE_RE = guarded(_ROMANISED_BEFORE_RE)
