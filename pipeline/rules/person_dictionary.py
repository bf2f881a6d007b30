"""Chinese names that jieba's dictionary knows as a person's name (part of speech `nr`).

jieba's dictionary (MIT licence, the one the project segments with) lists some 60,000 three-character
words tagged `nr`, among them many people of modern Chinese history (冯子材, 聂士成, 刘铭传, 韩德勤) that no
context rule finds when the text names them without a title (冯子材毅然担当守关重任). A three-character word
tagged `nr` that begins with a Chinese surname is taken as a name, unless it is one of the dictionary's
noise entries, which look like phrases cut out of running text rather than names:

* a given-name character that ends names elsewhere (a verb, particle, post or echelon: 陈将军, 宣宗时,
  师师长, 晋升为);
* a first character that is a preposition or conjunction (于国军, 向松山);
* a known place (明水县), or a word ending in the head of a vessel, tomb, temple or settlement (鱼雷艇,
  明孝陵, 宋家村);
* a first or last two characters that make an ordinary word of some frequency (白刃战, 暴风雨, 段时间);
* a word of the dictionary (any part of speech: it tags 玉米, 鲁莽, 籍贯 nr too) followed by 地, the adverbial
  suffix or "field, place" (鲁莽地, 籍贯地, 玉米地: 从村东玉米地潜行); a name whose first two characters are no word
  keeps its 地 (李光地). (auditzh24)
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import read_list, known_places, word_info
from pipeline.rules.scan import literal_positions as _positions

_NOT_FIRST = set("于向从由任在对自往被把将与和及")
_NOT_LAST = set("艇舰车陵寺庙村庄镇屯寨堡集店铺港湾桥坡沟峪洼般馆者型号枪弹")   # 般: 雷鸣般, an adjective in -like; 馆者型号: heads of
# nouns (陈列馆, 卫冕者, 智慧型, 文明号) that the public name tables never show in a given name (0 of ~4,400 names);
# 车: a vehicle by its make (吉普车, 林肯车; auditzh26: 坐着吉普车), like 艇/舰 (0 of the 2,361 names of persons*.tsv);
# 枪弹: a gun or a round by its make or kind (毛瑟枪, 麻醉弹; 0 of the 2,361 names; the dictionary's few nicknames in
# 枪, 王铁枪, are lost)
_WORD_FREQ = 50
# kinship terms the dictionary tags nr after a kinship prefix that is also a surname (曾祖母, 高祖母, 伯祖母, 曾孙子):
# a relative, not a name
KINSHIP = frozenset("祖母 祖父 孙子 孙女 父亲 母亲 伯父 伯母 叔父 叔叔 婶婶 舅舅 舅母 姑姑 姑妈 姨妈 哥哥 姐姐 弟弟 妹妹 "
                     "儿子 女儿 侄子 侄女 外甥 丈夫 妻子 公公 婆婆 岳父 岳母 爷爷 奶奶 外公 外婆 嫂子 媳妇".split())
# words for a name itself that the dictionary tags nr after a character that is also a surname (曾用名 "former
# name", 蒙文名 "Mongolian name"): the word that introduces an alias (X（曾用名Y）), not a person
_NAME_WORDS = frozenset("用名 化名 别名 原名 本名 小名 乳名 笔名 艺名 学名 译名 文名 曾名".split())
# the times of day end names in running text (李明晚到, and the dictionary's rare 张顺夜, 童贯早) but not in
# a name the dictionary lists with some frequency (李承晚)
_TIME_CHARS = set("晚早午夜")
# the last character of a medal's class or kind (一级, 二等, 功勋, 红星) right before a word ending in 章 (荣誉章)
_MEDAL_BEFORE = set("级等勋功星")


GENERATED = "names_jieba_nr.txt"     # in pipeline/lexicons/, written by `build_names` (make lexicons)


@lru_cache(maxsize=1)
def dictionary_names() -> frozenset[str]:
    """The names of the generated list (pipeline/lexicons/names_jieba_nr.txt): read, not recomputed from
    jieba's 350,000 words at every start."""
    return frozenset(name for name in read_list(GENERATED) if name[1:] not in KINSHIP and name[1:] not in _NAME_WORDS
                     and name[2] not in _NOT_LAST)


def filtered_names() -> list[str]:
    """The three-character `nr` words of jieba's dictionary that pass the checks above, sorted."""
    from pipeline.rules.persons import STOP_CHARS, surname_at

    words = word_info()
    places = known_places()

    def ordinary(word: str) -> bool:
        entry = words.get(word)
        return bool(entry) and entry[0] >= _WORD_FREQ and not entry[1].startswith("nr")

    return sorted(
        word for word, (freq, pos) in words.items()
        if pos == "nr" and len(word) == 3 and _CJK3.fullmatch(word) and surname_at(word, 0) == 1
        and word[0] not in _NOT_FIRST and word[2] not in _NOT_LAST
        and not any(ch in STOP_CHARS and not (ch in _TIME_CHARS and freq >= 10) for ch in word[1:])
        and word not in places and not ordinary(word[:2]) and not ordinary(word[1:]) and word[1:] not in KINSHIP
        and word[1:] not in _NAME_WORDS and not (word[2] == "地" and word[:2] in words)
    )


_CJK3 = re.compile("[\u4e00-\u9fff]{3}")


@lru_cache(maxsize=1)
def _first_chars_re() -> re.Pattern:
    """A position that starts a dictionary name (a lookahead: overlapping starts are all tried)."""
    firsts = "".join(sorted({word[0] for word in dictionary_names()}))
    return re.compile("(?=([" + firsts + "][\u4e00-\u9fff]{2}))")


# a gun or a gun's kind right after the name: the weapon is named by its maker or designer (马克沁重机枪,
# 汤姆逊冲锋枪, 勃朗宁手枪); not the verbs 枪杀/枪毙/枪击/枪决 (李某某枪杀了…, the man did the shooting)
_WEAPON_AFTER_RE = re.compile("[式型]?(?:[重轻]?机关?枪|冲锋枪|[步手]枪|机?枪(?![杀毙击决伤]))|卡宾枪|来复枪|自动枪")

_LAST: dict[str, list[tuple[int, int]]] = {}


def dictionary_name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dictionary name in `text`, left to right, not overlapping, where the text
    around does not make it part of something else. The persons finder and person_bare_surnames_zh both ask for the
    same text: the last answer is kept."""
    found = _LAST.get(text)
    if found is None:
        found = _dictionary_name_spans(text)
        _LAST.clear()
        _LAST[text] = found
    return list(found)


# the dictionary also lists places under nr (荣成县, 柳潭里): a known place plus an administrative suffix
# is a place; a word ending in a settlement or landform head is a place where the text puts a direction or
# an area word right after one of its mentions (柳潭里西南, 柳潭里等地) — then at every mention
_ADMIN_LAST = set("县乡镇市区")
_PLACE_HEAD_LAST = set("里洞岭口河江山岛城州关")
_PLACE_AFTER_RE = re.compile(
    "(?:[东西南北](?:南|北|部|面|侧|端|郊|麓|岸)|以[东西南北]|[东西南北]?地区|一带|附近|等地|境内|方向|城[内外下郊])"
)


_PEAK_WORDS = ("主峰", "最高峰", "顶峰", "山峰", "高峰")


def _place_name(text: str, name: str, places: frozenset[str]) -> bool:
    if name[-1] in _ADMIN_LAST and name[:2] in places:
        return True
    if name[-1] in "峰山岭岗" and any(text.endswith(_PEAK_WORDS, 0, i) for i in _positions(text, name)):
        return True   # 主峰白云峰: a peak named after the word for it
    return name[-1] in _PLACE_HEAD_LAST and any(_PLACE_AFTER_RE.match(text, i + 3) for i in _positions(text, name))


def _dictionary_name_spans(text: str) -> list[tuple[int, int]]:
    from pipeline.rules.names_common import translit_chars, is_common_word

    hits = dictionary_names().intersection(_first_chars_re().findall(text))   # in C: no loop over the text
    if not hits:
        return []
    places, translit = known_places(), translit_chars()
    hits = {name for name in hits if not _place_name(text, name, places)}
    starts = sorted(i for name in hits for i in _positions(text, name))
    out: list[tuple[int, int]] = []
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        end = start + 3
        if start > 0 and is_common_word(text[start - 1 : start + 1], 50):
            continue      # 英王乔治: the surname character ends the word before
        if text[end - 1] == "章" and start > 0 and text[start - 1] in _MEDAL_BEFORE:
            continue      # 一级红星功勋|荣誉章, 三级|X章: a medal's name after its class or kind, no person (auditzh22)
        if _WEAPON_AFTER_RE.match(text, end):
            continue      # 马克沁重机枪, 汤姆逊冲锋枪: a weapon by its maker's name, no person (session 16)
        if any(text[start : end + k] in places for k in (1, 2)):
            continue      # 南斯拉夫: the start of a longer place name
        if start > 0 and text[start - 1] in translit and text[start] in translit:
            continue      # 南斯拉夫, 亨利八世: inside a transliterated name
        if end < len(text) and text[end] in translit and all(ch in translit for ch in text[start:end]) \
                and not is_common_word(text[end:end + 2], 50):
            continue      # 哈萨克|斯坦, 阿姆斯|特朗: the head of a longer transliterated name
        out.append((start, end))
        last_end = end
    return out


def build_names() -> None:
    """Write pipeline/lexicons/names_jieba_nr.txt from jieba's dictionary and the project's lexicons."""
    from pipeline.lexicons import LEXICON_DIR

    names = filtered_names()
    header = ("# Three-character words jieba 0.42.1's dictionary (dict.txt, MIT) tags nr that begin with a surname of\n"
              "# surnames_cn.txt, less its phrase-like entries (the checks of pipeline/rules/person_dictionary.py).\n"
              "# GENERATED by `python -m pipeline.rules.person_dictionary` (make lexicons): do not edit.\n")
    (LEXICON_DIR / GENERATED).write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {LEXICON_DIR / GENERATED}")


if __name__ == "__main__":
    build_names()
