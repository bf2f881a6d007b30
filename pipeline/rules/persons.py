"""PERSON finder for Simplified Chinese working text (plus English titled names).

Lexicon matches (persons.tsv) come first; heuristics then find unseen names: a title or post right
before a surname + given name (军长方先觉), lists of names after such a title (师长周庆祥、葛先才), a
name before a possessive/command cue (汤恩伯部, 陈纳德所率), Western names joined by "·", English
titled names, and names in a document's tables, lists and later short references (person_context).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import anchored_finditer, guarded, rare_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.rules.literal_matches import literal_matches
from pipeline.rules.trie import guarded_trie_regex, trie_regex
from pipeline.spans import Candidate
from pipeline.rules.person_name_ends import (  # noqa: F401  (the vocabulary and name reading, re-exported)
    RANKS, TITLES, _PUNCT, _STOP_CHARS, _STOP_WORDS, _STOP_WORDS_RE, _chinese_name_end, _japanese_name_end,
    _name_end, _stands_alone_elsewhere, _stops_at, _surname_at, _translit_patterns,
)
from pipeline.rules.names_common import (
    LEXICON_PERSON, RULE_PERSON, RULE_PERSON_FRAMED, RULE_PERSON_SHORT, _CJK_ONLY, _Taken, _overlaps,
    _person_lexicon, _translit_chars, glued_into_word, is_common_word, japanese_surnames, province_run,
    known_places, outside_titles, person_lexicon_matches, surnames, verb_word, word_info,
)
from operator import attrgetter

_START = attrgetter("start")

# --------------------------------------------------------------------------- person heuristics

_TITLE_RE = re.compile("(?:" + guarded_trie_regex(TITLES) + ")")
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
    "先生|同志(?![们间])|本人|等人|等(?=[数一二两三四五六七八九十几0-9]{1,3}[名人位个])"
)
_BEFORE_OK = set(
    "，。、；：！？（）()「」『』“”\"' \n\t与和及由令以派命将被对向给把即而是为同"
    "调电饬嘱催遣拨归暨并有据随偕约邀援"  # verbs of command and lists before a force: 调车震部, 有某某、某某部
    "遭经让请叫使"  # 遭某某等四名乡民出卖
)


_LAST_TITLES: list = [None, []]


def title_matches(text: str) -> list[re.Match]:
    """The title matches of `text`, kept for the last text scanned: the titled names here and the names
    before a post (person_actions, session 7) read the same scan."""
    if _LAST_TITLES[0] is not text:
        _LAST_TITLES[:] = [text, list(_TITLE_RE.finditer(text))]
    return _LAST_TITLES[1]


# 会 + a post after a would-be name: the characters name an association (武委会主任, 农会会长, 妇救会委员)
_ASSOCIATION_POST = re.compile("会(?:主任|会长|长|委员|副)")


def _titled_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names right after a title, and further names listed after them (、 与 和 及)."""
    found: list[tuple[int, int]] = []
    for match in title_matches(text):
        pos = match.end()
        for _ in range(8):  # a list of at most 8 names after one title
            if _overlaps(taken, pos, pos + 1):
                end = taken.end_at[pos]
            else:
                end = _name_end(text, pos)
                if end < 0:
                    end = _titled_chang_name_end(text, pos)
                if end < 0:
                    end = _titled_linked_given_end(text, pos)
                if end < 0:
                    end = _titled_short_transliteration_end(text, pos)
                if end < 0:
                    end = _titled_stop_given_end(text, pos)
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
            if nxt > 0 and _ASSOCIATION_POST.match(text, nxt):
                break   # 区长赵连银，武委会主任…: 武委会 is the next post's body, not a name (auditzh13)
            # accept the next name only when it ends at a list delimiter, a cue or a verb-like stop
            if nxt > 0 and not (
                _LIST_SEP.match(text, nxt) or _stops_at(text, nxt) or is_common_word(text[nxt : nxt + 2], 100)
            ):
                break
    return found


def _titled_short_transliteration_end(text: str, pos: int) -> int:
    """End of a foreign name of two or three transliteration characters right after a title (司令官克拉克,
    总统杜鲁门): the run must end at a stop and be no known place or ordinary word."""
    chars = _translit_chars()
    end = pos
    while end < len(text) and end - pos < 4 and text[end] in chars:
        end += 1
    if not 2 <= end - pos <= 3 or not _stops_at(text, end):
        return -1
    name = text[pos:end]
    if name in known_places() or is_common_word(name, 20):
        return -1
    return end


# given names of one character that also stop names elsewhere (a verb: 进攻, 发动): 苏进, 邓发
_STOP_GIVEN = set("进发")
_STOP_GIVEN_END = set("，。、；：,;:）)等")


def _titled_stop_given_end(text: str, pos: int) -> int:
    """End of a two-character name whose given character is a verb that stops other names (进, 发), right after
    a title and closed by punctuation or 等 (副旅长苏进，; 副司令刘进等人): surname + that character must be no
    ordinary word (东进, 先发)."""
    if _surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] not in _STOP_GIVEN \
            or text[pos + 2 : pos + 3] not in _STOP_GIVEN_END:
        return -1
    if is_common_word(text[pos : pos + 2], 5) or text[pos : pos + 2] in known_places():
        return -1
    return pos + 2


def _titled_chang_name_end(text: str, pos: int) -> int:
    """End of a name whose given name starts with 长 (a stop character elsewhere), right after a title:
    警备司令陈长捷被俘. The name must end at a stop and 长X must be no place or ordinary word (于长沙)."""
    if _surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] != "长" or _stops_at(text, pos + 2):
        return -1
    piece = text[pos + 1 : pos + 3]
    if piece in known_places() or is_common_word(piece, 20) or not _stops_at(text, pos + 3):
        return -1
    return pos + 3


def _titled_linked_given_end(text: str, pos: int) -> int:
    """End of a name whose given name starts with 与/和/同 (stops elsewhere), right after a title:
    军长某与某擅自撤退. The last character is no surname (师长王与李: two people) and a verb follows."""
    if _surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] not in ("与", "和", "同") or pos + 3 > len(text):
        return -1
    last = text[pos + 2]
    if not ("\u4e00" <= last <= "\u9fff") or last in surnames()[0] or last in _STOP_CHARS:
        return -1
    if _TITLE_RE.match(text, pos + 2) or is_common_word(text[pos + 1 : pos + 3], 20):
        return -1
    after = text[pos + 3 : pos + 4]
    if after and after not in _PUNCT and not _short_name_end(text, pos + 3):
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
_RANK_NOUN_RE = re.compile("(?:" + _RANK_TRIE + ")军?衔")
_TITLE_RANK_RE = re.compile("(?:" + trie_regex(TITLES) + ")([\u4e00-\u9fff]{2,5}?)(?=" + _RANK_TRIE + ")")
_SIDE_RANK_RE = re.compile(
    "(?:日军|日本|敌军|日方|敌|美军|英军|苏军|德军|伪军|守军|，|。|、|；|\n)([\u4e00-\u9fff]{3,5}?)(?=" + _RANK_TRIE + ")"
)
# Both end right before a rank (scan.anchored_finditer): the rank starts at most a post (or side
# word) and 5 characters after the match's start. Where two ranks overlap (军曹|曹长) the anchor's
# scan finds only the first, which still lies within that reach of the match's start; one more
# character is kept to spare.
_RANK_ANCHOR = re.compile(_RANK_TRIE)
_TITLE_RANK_REACH = max(map(len, TITLES)) + 5 + 1
_SIDE_RANK_REACH = 2 + 5 + 1


def _plausible_ranked_name(name: str) -> bool:
    return not (
        any(char in _RANKED_STOP for char in name)
        or _TITLE_RE.search(name)
        or is_common_word(name, 50)
        or name.startswith(("陆军", "海军", "空军", "帝国", "皇军"))
        or verb_word(name, 20)    # a verb between two ranks (大佐|追赠|少将): a promotion, no name
    )


def _ranked_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names written between a post (or a side word) and a rank: 守将水上源藏少将, 日军冈田菊三郎中将.

    After a post any 2-5 characters free of particles and echelon characters are taken; after a side
    word or a clause boundary the name must start with a known Japanese surname.
    """
    found: list[tuple[int, int]] = []
    jp = japanese_surnames()
    for pattern, needs_surname, reach in ((_TITLE_RANK_RE, False, _TITLE_RANK_REACH),
                                          (_SIDE_RANK_RE, True, _SIDE_RANK_REACH)):
        for match in anchored_finditer(pattern, text, _RANK_ANCHOR, reach):
            start, end = match.span(1)
            name = match.group(1)
            if needs_surname and not (name[:2] in jp or name[:3] in jp):
                continue
            if _overlaps(taken, start, end) or not _plausible_ranked_name(name):
                continue
            if _RANK_NOUN_RE.match(text, end):
                continue    # 政委才补授上将军衔: the rank itself (X军衔, X衔), not a name before a rank
            found.append((start, end))
            taken.add(start, end)
    return found


# Courtesy and other names given after a person's name: 张某，字某某，号某某; 张某（字某某）.
_COURTESY_RE = re.compile(
    "(?:（[^（）\n]{0,30}）)?[，,（(]?(?:表字|字|别号|号|原名|本名|谱名|学名|又名)"
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
    "|主义"     # 马克思主义, 三民主义: the doctrine, not the person (auditzh9)
    "|[0-9一二两三四五六七八九十百千数几]{1,4}[余多]?(?:架|艘|辆|挺)"   # 击落米格机两架: machines are counted, persons not (auditzh4)
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
    for start, end in literal_matches(text, sorted(names, key=len, reverse=True)):   # the longest at each place
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


_REGION_ABBREVIATIONS = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台黔滇陇察绥热康")


def _dictionary_names(text: str, taken: "_Taken") -> list[tuple[int, int]]:
    """Names jieba's dictionary knows (person_dictionary), where nothing else was found."""
    from pipeline.rules.person_dictionary import dictionary_name_spans

    found = []
    for start, end in dictionary_name_spans(text):
        if _overlaps(taken, start, end) or _named_thing_follows(text, end):
            continue
        if end - start >= 3 and all(ch in _REGION_ABBREVIATIONS for ch in text[start:end]):
            continue    # 冀鲁豫, 晋察冀: provinces' one-character names run together name a region, not a person
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
    # every surname in the frame, those of the text's full names kept (one pattern for all texts:
    # a pattern of the text's own surnames would be compiled anew for every text)
    for match in _short_reference_re().finditer(text):
        start, end = match.span(1)
        if start > first_seen.get(text[start], end) and not _overlaps(taken, start, end):
            found.append((start, end))
    return found


@lru_cache(maxsize=1)
def _short_reference_re() -> re.Pattern:
    """A single surname between a clause mark or a preposition and a clause mark, particle or verb."""
    return re.compile(
        "(?<=[，。；、「（与和及而指对由向令使被把让替代])([" + "".join(sorted(surnames()[0])) + "])"
        "(?=本人|也|间|政权|担任|则|即|又|乃|亦|便|遂|氏|认为|表示|下令|决定|随即|大为|仍|曾|[，。；、」）与和及])"
    )


# Person nouns that are not ranks or posts (士兵张德胜, 记者王某): the name after them must end at a
# verb, particle or punctuation, since these words also start ordinary phrases.
ROLE_NOUNS = (
    "士兵 战士 士卒 新兵 老兵 伤兵 伤员 团员 队员 党员 成员 会员 组员 学员 记者 翻译 译员 护士 看护 医生 军医 "
    "医师 学生 大学生 中学生 小学生 女学生 农民 村民 乡民 渔民 牧民 难民 工人 商人 教师 老师 少年 青年 女孩 男孩 "
    "少女 姑娘 妇女 老人 老汉 老农 老乡 民兵 民夫 船工 船夫 司机 向导 伙夫 厨师 炊事员 通讯员 通信员 卫生员 侦察员 "
    "报务员 联络员 勤务兵 传令兵 号兵 机枪手 炮手 狙击手 神枪手 汉奸 间谍 特务 烈士 英雄 壮士 义士 童子军 女童军 "
    "店主 老板 掌柜 地主 牧师 神父 修女 传教士 工程师 技师 职员 店员 侍卫 卫士 警卫员 警察 巡警 保长 甲长 村长 乡长 "
    "区长 战友 妻子 丈夫 儿子 女儿 长子 次子 长女 次女 父亲 母亲 哥哥 弟弟 姐姐 妹妹 侄子 孙子 遗孀 夫人 其子 其妻 "
    "其父 其弟 其兄 同学 好友 友人 部下 部属 亲信 秘书 随从 助手 华侨 侨领 乡绅 士绅 富商 志愿者 义勇军 "
    "将领 部将 爱将 副手 "
    # the enemies and collaborators of base-area narratives (auditzh24: 土顽X这颗钉子, 伪军头目X被击毙)
    "土顽 顽军 叛徒 恶霸 匪首 头目 头子 "
    # kinship terms (the rest of the family after the ones above: 外甥女X, 二弟媳X回忆说) and 群众 (党员甲和群众乙)
    "群众 弟媳 嫂子 儿媳 女婿 外甥 外甥女 侄女 孙女 堂兄 堂弟 表兄 表弟 表妹 表姐 叔叔 叔父 伯父 伯母 舅舅 舅父 "
    "姑姑 姨妈 岳父 岳母 祖父 祖母 爷爷 奶奶 兄长 长兄 胞弟 胞兄 胞妹 妹夫 姐夫 养父 养母 继母 未婚妻 老战友 "
    "先祖父 先父 先母 先兄 亡父 亡兄 亡夫 亡妻 先夫"
).split()
_ROLE_SET = frozenset(ROLE_NOUNS)
# cues: a person noun or 名叫 (名叫王某); a post + 为/是 (军长为孙某, 师长是李某) is found from the copula
_CONTEXT_CUE_RE = re.compile("(?:" + guarded_trie_regex(ROLE_NOUNS + "名叫 叫做 取名 名字叫 化名 改名 曾用名 原名 又名 别名 本名".split()) + ")")
_COPULA_RE = re.compile("[" + "".join(sorted({t[-1] for t in TITLES})) + "](?:为|是|乃|系)")
_TITLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _title in TITLES:
    _TITLES_BY_LAST[_title[-1]] = _TITLES_BY_LAST.get(_title[-1], ()) + (_title,)


def _context_cues(text: str):
    """(cue start, name position, cue is a person noun) for every cue in the text, in text order."""
    cues = [(m.start(), m.end(), m.group() in _ROLE_SET) for m in _CONTEXT_CUE_RE.finditer(text)]
    for match in literal_finditer(_COPULA_RE, text):
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
    if _FARM_WORK.match(name):
        return False   # 群众秋收种麦, 夏收: a season's or crop's field work, not 秋/夏/麦 + a given name (auditzh13)
    chars = _translit_chars()
    return not (end < len(text) and text[end] in chars and all(ch in chars for ch in name[1:]))


_FARM_WORK = re.compile("[春夏秋冬麦稻][收种耕播割]")
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


# --------------------------------------------------------------------------- finders


def _place_in_given_name(text: str, start: int, end: int) -> bool:
    """True when a place name lies inside the given name of a Chinese name found from its context
    (师长王平阳: no GPE 平阳): the name then outranks the place (priority 32 over 30)."""
    if not 3 <= end - start <= 4 or not _CJK_ONLY.fullmatch(text[start:end]) or text[start:end] in known_places():
        return False
    given = start + _surname_at(text, start)
    places = known_places()
    return any(text[a:b] in places for a in range(given, end - 1) for b in range(a + 2, end + 1))


def _serves_as(text: str, start: int) -> bool:
    """任 + a post (汪某任政委, 区委书记任政委): the verb 'serve as' and the post, not the surname 任 (auditzh13)."""
    return text[start] == "任" and _TITLE_RE.match(text, start + 1) is not None


def find_persons(text: str) -> list[Candidate]:
    """PERSON candidates: lexicon names (priority 35) and heuristic names (priority 20)."""
    chinese, english, zh_re, en_re = _person_lexicon()
    out: list[Candidate] = []
    taken = _Taken(len(text))
    for match in person_lexicon_matches(text):
        start, end = match.span()
        # a lexicon name glued to more name characters is someone else (王明 in 王明远)
        if end < len(text) and not _stops_at(text, end) and end - start <= 2 and _chinese_name_end(text, start) > end \
                and not _stands_alone_elsewhere(text, match.group(), start):
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
    for match in rare_finditer(_EN_TITLE_RE, text):
        start, end = match.span(1)
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            heuristic.append((start, end))
    from pipeline.rules import person_context as ctx, person_foreign as foreign, person_references

    framed = set(_ranked_names(text, taken)) | set(foreign.bracketed_names(text, taken))
    framed |= set(ctx.copula_ranked(text, taken)) | set(ctx.led_by(text, taken)) | set(ctx.side_rows(text, taken))
    heuristic += sorted(framed)
    heuristic += ctx.spaced_titles(text, taken) + ctx.bylines(text, taken) + ctx.colon_rows(text, taken)
    heuristic += ctx.served_as(text, taken)
    heuristic += ctx.bio_heads(text, taken) + ctx.unit_commanders(text, taken)
    heuristic += _titled_names(text, taken) + _contextual_names(text, taken) + _cued_names(text, taken)
    heuristic += _dictionary_names(text, taken)
    heuristic += foreign.japanese_given_names(text, taken) + foreign.regnal_names(text, taken)
    compound = ctx.compound_surname_names(text, taken)  # 欧阳某 outranks a place inside it (GPE 修文)
    framed |= set(compound)
    heuristic += compound + ctx.unit_owners(text, taken)
    heuristic = [(s, e) for s, e in heuristic if not _named_thing_follows(text, e) and not _serves_as(text, s)
                 and not (text[e - 1] == "一" and text[e:e + 1] in ("线", "带"))   # 甲、乙、麻田|一线 (auditzh14)
                 and not text.endswith("巴图鲁", s, e) and not province_run(text[s:e])]   # 力勇巴图鲁: the Qing's title of valour (baturu), no name (auditzh18)
    lexicon_spans = [(c.start, c.end) for c in out if c.source == LEXICON_PERSON[0] and _CJK_ONLY.fullmatch(c.norm.get("canonical", ""))]
    heuristic += _list_members(text, lexicon_spans + heuristic, taken)
    heuristic += ctx.successors(text, lexicon_spans + heuristic, taken)
    named = [(c.start, c.end) for c in out] + heuristic
    courtesy = _courtesy_names(text, named, taken)
    places = known_places()
    framed |= {(s, e) for s, e in courtesy if text[s:e] in places}   # 某某,字吉林: the name outranks the place (auditzh22)
    heuristic += courtesy + ctx.later_courtesy_names(text, named, taken)
    chinese_found = {text[s:e] for s, e in heuristic if _CJK_ONLY.fullmatch(text[s:e])}
    heuristic += _repeated_mentions(text, chinese_found, taken)
    persons = [(c.start, c.end) for c in out] + heuristic
    heuristic += ctx.japanese_family_names(text, persons, taken) + ctx.kana_readings(text, persons, taken)
    framed |= {(s, e) for s, e in heuristic if _place_in_given_name(text, s, e)}
    out.extend(Candidate(s, e, "PERSON", *(RULE_PERSON_FRAMED if (s, e) in framed else RULE_PERSON)) for s, e in heuristic)
    persons = [(c.start, c.end) for c in out]
    short = _short_references(text, persons, taken) + ctx.surname_forces(text, persons, taken)
    short += ctx.surname_titles(text, taken)
    person_references.remember(text, persons + short)   # session 7: bare surnames read in written_zh
    out.extend(Candidate(s, e, "PERSON", *RULE_PERSON_SHORT) for s, e in short)
    out.sort(key=_START)
    return outside_titles(text, out)


# ORG patterns --------------------------------------------------------------------------


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_COURTESY_RE = guarded(_COURTESY_RE)
_EN_TITLE_RE = guarded(_EN_TITLE_RE)
