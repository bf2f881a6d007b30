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
from pipeline.spans import Candidate

LEXICON_PERSON = ("lexicon:person", 35)
RULE_PERSON = ("rule:person", 20)
RULE_PERSON_SHORT = ("rule:person", 15)
LEXICON_ORG = ("lexicon:org", 35)
RULE_ORG = ("rule:org", 30)

# --------------------------------------------------------------------------- shared helpers


def trie_regex(words) -> str:
    """A regex source matching any of `words`, longest alternative first (fast trie form)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def render(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    source = render(trie)
    return source or "(?!)"


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
    single: set[str] = set()
    compound: set[str] = set()
    path = LEXICON_DIR / "surnames_cn.txt"
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            (single if len(line) == 1 else compound).add(line)
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
).split()

# Phrases that end a name (a verb, particle or a following title starts here).
_STOP_WORDS = (
    "中将 少将 大将 上将 准将 元帅 将军 大佐 中佐 少佐 司令 指挥 率领 率部 所率 所部 所辖 参谋 "
    "师长 军长 团长 旅长 营长 连长 部队 认为 以为 等人 一行 本人 先生 阁下 同志"
).split()
_STOP_CHARS = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "部军敌我他她你着过说称要会能可没不无未将为以兼任暨同因获遭受奉亲急仍还再当时后前上下内外间处带领"
    "拒决发宣接派调守攻撤退进击负阵战死伤逃见看致给师团旅营长官兵队司参谋总副主晚早午夜摄"
)
_PUNCT = set("，。、；：！？（）()「」『』“”‘’《》〈〉【】[]—-…·　 \t\r\n,.;:!?\"'0123456789０１２３４５６７８９")

# Common Japanese surnames (kanji in Simplified form), general knowledge; used after a title.
JP_SURNAMES = frozenset(
    (
        "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 斋藤 清水 山崎 "
        "池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 福田 太田 "
        "西村 藤井 金子 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 "
        "工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 "
        "小山 大塚 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 佐久间 冈村 东条 板垣 "
        "土肥原 梅津 寺内 牟田口 阿南 冢田 塚田 松冈 近卫 山县 乃木 东乡 儿玉 大山 本庄 石原 荒木 真崎 永田 "
        "武藤 服部 栗林 南云 本间 今村 西尾 多田 柳川 小矶 广田 米内 永野 冈部 下村 笠原 园部 根本 内山 "
        "矶谷 饭田 河边 樋口 植田 小畑 喜多 久纳 大西 宇垣 及川 古贺 小泽 栗田 宫野 落合 岩永 秋山 黑田 "
        "细川 德川 织田 足利 浅野 长野 北野 吉本 宫下 堀 畑 辻 林 森 原 谷 堤 岸 桂 "
        "佐野 土桥 赤柴 坂西 船引 内山 岩松 后宫 冈 稻叶 樱田 矢野 野田 户田 桑田 片冈 中西 石黑 "
        "井口 大城户 桥田 关 西 大谷 小松 小松原 星野 吉川 山内 安达 鹤田 宫川 高品 落合 铃川"
    ).split()
)

_TITLE_RE = re.compile("(?:" + trie_regex(TITLES) + ")")
_LIST_SEP = re.compile(r"[、，,与和及]")
_TRANSLIT = (
    "阿埃艾爱安奥巴柏拜班邦鲍贝本比彼毕边宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩尔法菲费芬丰弗福富盖甘戈格"
    "根古哈海汉豪赫亨华怀霍基吉加贾杰金卡凯坎康考柯科克肯库夸拉莱兰朗劳勒雷里利莉林琳卢鲁路伦罗洛马玛迈麦"
    "曼梅门蒙米密缪莫默姆穆纳娜奈南内尼妮宁纽努诺欧帕潘佩彭皮珀普奇乔切琼丘萨塞赛桑瑟森沙尚舍什史斯松苏索"
    "塔泰汤唐特提汀图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹茨希黎蕾丽莎珊娅雅奎"
    "顿逊迈瑞思伊麦芭涅肖佛廉姆夫耶娃契捷茹让若热贡瓜圭哥迦赖隆旺舒施坦佐斐菲赞琪蕾朵莉洁丝黛妮罕曼"
    "杰克逊沃森吉地戈雅蒂韦蓬迦胡雄延申关邦加兴丰汉祖治差季帕岑库"
)
_WESTERN_RE = re.compile(
    "[" + _TRANSLIT + "]{1,6}(?:[·•．][A-Z]\\.?)?(?:[·•．][" + _TRANSLIT + "]{1,8})+"
)
_TRANSLIT_RUN = re.compile("[" + _TRANSLIT + "]{4,10}")
_EN_TITLE_RE = re.compile(
    r"\b(?:General|Lieutenant General|Major General|Brigadier General|Lieutenant|Colonel|Major|Captain|"
    r"Admiral|Vice Admiral|Rear Admiral|Field Marshal|Marshal|Generalissimo|President|Premier|"
    r"Prime Minister|Ambassador|Commander|Governor|Emperor|Prince|Dr\.|Mr\.|Mrs\.|Madame)\s+"
    r"((?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.)){0,3})"
)
# Cues after a name without a title: 汤恩伯部, 陈纳德所率, 薛岳将军.
_AFTER_CUES = (
    "部(?![队署分门下属长落位件族分署])|所率|所部|所辖|指挥|率领|率部|率军|将军|中将|少将|上将|大将|元帅|"
    "先生|本人|等人"
)
_BEFORE_OK = set("，。、；：！？（）()「」『』“”\"' \n\t与和及由令以派命将被对向给把即而是为同")


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
    return any(text.startswith(word, pos) for word in _STOP_WORDS)


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
        if text[pos : pos + slen] in JP_SURNAMES:
            break
    else:
        return -1
    end = pos + slen
    given = 0
    while given < 3 and end < len(text):
        char = text[end]
        if char in _PUNCT or not ("\u4e00" <= char <= "\u9fff"):
            break
        if given > 0 and (char in _STOP_CHARS or any(text.startswith(w, end) for w in _STOP_WORDS)):
            break
        if given == 0 and char in "的了在是和与及等于被部率指所将":
            break
        end += 1
        given += 1
    if given == 0 or (slen == 1 and given == 1):
        return -1
    return end


def _name_end(text: str, pos: int, prefer_japanese: bool = False) -> int:
    run = _TRANSLIT_RUN.match(text, pos)
    if run and run.end() - pos >= 4 and run.group() not in known_places():  # 主席斯特罗耶夫
        return run.end()
    jp = _japanese_name_end(text, pos)
    cn = _chinese_name_end(text, pos)
    if jp > 0 and (prefer_japanese or cn < 0 or text[pos : pos + 2] in JP_SURNAMES or text[pos : pos + 3] in JP_SURNAMES):
        return jp
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
        if glued_into_word(text, start, end):
            continue
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": chinese[match.group()]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "PERSON", *LEXICON_PERSON, norm={"canonical": english[match.group()]}))
    for match in _WESTERN_RE.finditer(text):
        start, end = match.span()
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            out.append(Candidate(start, end, "PERSON", *RULE_PERSON))
    for match in _EN_TITLE_RE.finditer(text):
        start, end = match.span(1)
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            out.append(Candidate(start, end, "PERSON", *RULE_PERSON))
    heuristic = _titled_names(text, taken) + _cued_names(text, taken)
    out.extend(Candidate(s, e, "PERSON", *RULE_PERSON) for s, e in heuristic)
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
    "(?:(?:防守|警备|边区|绥靖|卫戍|城防|要塞|戒严|防空|守备)(?:总)?司令部|行营|行辕|绥靖公署)"
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


def _org_patterns(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BUREAU_RE.finditer(text)]
    for match in _ORG_KEYWORDS.finditer(text):
        begin = _place_suffix(text, max(0, match.start() - 6), match.start())
        if begin >= 0:
            spans.append((begin, match.end()))
    return spans


def find_orgs(text: str) -> list[Candidate]:
    """ORG candidates: lexicon names (priority 35) and pattern names (priority 30)."""
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
        if glued_into_word(text, start, end):
            continue
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": chinese[name]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": english[match.group()]}))
    for start, end in _org_patterns(text):
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
    return outside_titles(text, out)
