"""Names in local records: village histories, county and township chains, martyr rolls and Qing memorials
(session 22, s22zhname). Grammar over the text's own frames; no list of names (places are checked against
the project's gazetteer through `names_common.known_places` / `normalize.places.is_gpe_name`, surnames against
surnames_cn.txt). Both scripts: every frame is written in Simplified and Traditional.

Places (GPE):
- A village right after its township in a native-place chain (`某某镇甲乙村人`, `某某鄉甲乙村,`): two or three
  characters + 村/庄/莊/屯/寨/堡 after a township name of two or three characters + 镇/乡 (鎮/鄉), the village
  followed by 人, a bracket, a clause mark or a line end. The village name holds no stop character, no numeral
  and is no ordinary word (农村, 山村); the readers leave out villages whose name is an ordinary word (幸福村).
- A natural village in brackets after its administrative village (`甲乙村(丙丁自然村)`): X自然村 inside the
  bracket.
- A settlement named in quotation marks after a naming word of a village history (`故名“甲家庄”`,
  `原名“甲乙莊”`, `改為“甲家崗”`, `取名“甲家坡”`; 故名/取名/原名/名为/改为/改名为/更名为/命名为/俗称/称为/叫做
  and the Traditional forms): the quoted name of two to four characters ending in a settlement word (村 庄 屯 寨 堡
  集 镇 营 岗 坡 铺 圩 and their Traditional forms) is a GPE. Without quotation marks (`故命名为甲家村,`,
  `改称乙山村,延续至今`, `取名丙寨村。`) the name must end in 村 庄 屯 寨 堡 营 and be followed by a mark, 沿用/延续/
  至今 or the end, and is no word for a kind of village (行政村, 自然村, 新村, 农村) nor an ordinary word.
- A people's commune (`甲乙人民公社`): the government of a township 1958-1983, a GPE; its name is the longest run
  of two to four characters before 人民公社 that starts after a boundary (punctuation, a stop character, the end
  of a known place: `某市甲乙人民公社` → 甲乙人民公社).
- A three-character county whose last two characters + 县 are another county the gazetteer knows
  (`取名丙安县`, where 安县 is a county, is 丙安县): the readers took the shorter county; the character before
  is no stop character, no place suffix and does not end a known place with the one before it (`四川安县` stays
  安县), and the whole name is not itself in the gazetteer (the lexicon finds those); a surname before it and 长
  after 县 make it a person's name before his post (`李甲乙县长`: no county, session 23).
- A town introduced before 人,祖籍 in a roll of emigrants (`某某—甲乙人,祖籍福建`): the name between a dash or
  clause mark and 人,祖籍 (two to four characters; after a known place the remainder: `吉兰丹甲乙丙人` → 甲乙丙).

- A village before its own village posts (`甲乙村村民`, `甲乙村村支书`, `甲乙村村委会`): two or three characters +
  村 before 村民/村长/村支书/村委/村干部/村党支部 (no 全/本/该/邻 before: 全村村民), not an ordinary word (农村).
- The places a village's founders came from (`由甲省乙县迁此立村`, `从丙村丁家庄迁来`): between 从/由 and 迁此/迁来/
  迁居/迁至/迁入/迁到 (移 too), a chain of known places and names ending in a settlement or administrative word
  (村 庄 屯 寨 堡 县 州 府 省 镇 乡 营); each unknown link of two to five characters is a GPE; the walk stops at the
  first piece that is neither (`从山西洪洞大槐树迁来`: 大槐树 is no settlement).

Persons (PERSON):
- A subject named before a bracketed native place (`甲乙丙(某某人)`, `(均某某人)`): a surname-led name of two or
  three characters after a boundary, the bracket holding a known place + 人. Outranks a landform reading
  (a given name ending in 峰 or 山).
- Qing memorials and case records: a commoner after his place + 民人 (`甲乙民人丙丁戊` → GPE 甲乙 and PERSON
  丙丁戊; the place two or three characters after a boundary, 将 or 有), a commoner after his county + 民
  (`某某县民丙丁戊在…`, `某州民丙丁因…`: a surname-led name before 在/因/于/等/与/向/赴/被 or a mark), his wife written husband's surname +
  her own + 氏 after 其妻/之妻 (`其妻丙某氏`), and an official after a memorial's post ending in 臣
  (提臣/督臣/抚臣/藩臣/臬臣/镇臣/学臣 + a surname-led name of two or three characters before a verb or mark), and a
  circuit intendant after his circuit (`某某道甲乙丙并咨会`, `某某道甲乙丙有改…`: a known place + 道, then a
  surname-led name before 有/并/等/禀/奏/会/率/饬/咨 or a mark).
- Qing case records (刑科题本-style narratives): the victim after a verb of killing or wounding (殴毙/殴死/戳伤/
  砍毙/杀毙 … + a name before 一案, 身死, 致死, 后, a mark), a local functionary's name after his post (地保/乡约/
  保正/甲长/牌头/差役/仵作/约邻/尸亲/书吏), a kinsman after 伊 + a word of kinship (伊胞弟, 伊堂兄, 伊妻), and a
  reporter between 据 and 投称/供称/报称/禀称/详称/具报: a surname-led name of two or three characters — three where
  the character after them goes on the clause (某某某报) and the two are not written more often alone, else two
  (殴毙某某一案, 伊堂弟某某醉后). A name of three characters right after its native place + 人 (`某省人丙丁戊不允`),
  the place a known one, the name no ordinary word and its given part no verb.
- A relative named after a word of kinship in family histories and rolls (`儿子甲乙丙,`, `其子甲乙丙现居`,
  `长子…`, `之女…`, `侄子…`): a surname-led name of three characters before a mark or 现/今/也/在/和/与/等; the
  given name no verb (儿子刘|去世 stays out), the three no ordinary word and no known place.

Priority 47 (above the landform and FAC/EVENT lexicons' 45 and the former-name reader's 46), the county 47 too
(its shorter reading is the gazetteer's, 30). Cost: str.find of 镇/乡, 自然村, the naming words before a quotation
mark, 人民公社, 县/縣 (the county class walks each 县 and asks the gazetteer), 人,祖籍, 人)/人）, 民人, 氏 and 臣;
regexes only from those literals.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han as _cjk, known_places, surnames, verb_word
from pipeline.rules.person_name_ends import PUNCT, STOP_CHARS
from pipeline.rules.scan import literal_finditer, tried_at
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:local-record-names", 47
_CJK = "\u4e00-\u9fff"
_NUMERALS = set("一二三四五六七八九十百千万零〇两")
_SETTLE = "村庄莊屯寨堡集镇鎮营營岗崗坡铺舖圩"


def _to_simplified(text: str) -> str:
    from pipeline.link import to_simplified

    return to_simplified(text)


def _known(name: str) -> bool:
    from pipeline.normalize.places import is_gpe_name

    simple = _to_simplified(name)
    return name in known_places() or simple in known_places() or is_gpe_name(simple)


def _clean(name: str) -> bool:
    """No stop character, punctuation or numeral inside; every character Han."""
    return all(_cjk(ch) and ch not in STOP_CHARS and ch not in PUNCT and ch not in _NUMERALS for ch in name)


_NAME_BAD = set("的了是被把这這那该該各每本此其全们們")


def _place_clean(name: str) -> bool:
    """A settlement's name: Han characters, no punctuation, numeral or function character (前, 后, 上, 下 allowed:
    庙后, 前营)."""
    return all(_cjk(ch) and ch not in PUNCT and ch not in _NUMERALS and ch not in _NAME_BAD for ch in name)


def _function_word(word: str) -> bool:
    """A locative, pronoun, numeral or function word (附近, 周围, 这些): jieba's tags f s r m q p c d u."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(_to_simplified(word))
    return bool(entry) and entry[1][:1] in ("f", "s", "r", "m", "q", "p", "c", "d", "u")


def _boundary(text: str, at: int) -> bool:
    """Position `at` starts a name: the text's start, punctuation, a stop character before it."""
    if at <= 0:
        return True
    ch = text[at - 1]
    return not _cjk(ch) or ch in PUNCT or ch in STOP_CHARS or _to_simplified(ch) in STOP_CHARS


# 1. a village after its township
_VILLAGE_RE = re.compile(rf"(?<=[{_CJK}]{{2}})[镇乡鎮鄉]([{_CJK}]{{2,3}}?[村庄莊屯寨堡])(?=人|[（(，,。；;、：:）)\s]|$)")
_NATURAL_RE = re.compile(rf"[（(]([{_CJK}]{{1,4}}自然村)[）)]")


def _villages(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "镇" in text or "乡" in text or "鎮" in text or "鄉" in text:
        for m in literal_finditer(_VILLAGE_RE, text):
            name = m.group(1)
            head = name[:-1]
            if head[0] in "镇乡鎮鄉":
                continue    # 北乡|镇某某村: the township's own word; the match at 镇 reads the village
            if not _place_clean(head) or is_common_word(_to_simplified(name), 5) or _function_word(head):
                continue
            if _to_simplified(text[m.start() - 1]) in STOP_CHARS:
                continue    # 烧毁了|镇…: no township name before 镇
            if text[m.start() - 2:m.start()] in ("城镇", "乡镇", "鄉鎮", "集镇", "村镇", "市镇", "小镇", "全乡", "全镇", "该乡", "该镇", "本乡", "本镇"):
                continue    # 城镇|居民村: no township name before
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    if "自然村" in text:
        for m in literal_finditer(_NATURAL_RE, text):
            if _place_clean(m.group(1)[:-3]):
                out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    return out


# 2. a quoted settlement name after a naming word
_NAMING = ("故名|取名|原名|名为|名為|改为|改為|改名为|改名為|更名为|更名為|命名为|命名為|俗称|俗稱|称为|稱為|叫做|"
           "定名为|定名為|始名|初名")
_QUOTED_RE = re.compile(rf"(?:{_NAMING})[“「\"]([{_CJK}]{{1,3}}[{_SETTLE}])[”」\"]")


_UNQUOTED_RE = re.compile(rf"(?:{_NAMING}|命名為|命名为|取名為|取名为|改稱|改称|稱做|称做|定為|定为)([{_CJK}]{{1,4}}[村庄莊屯寨堡营營])"
                          rf"(?=[，,。；;、]|沿用|延用|延续|延續|至今|$)")
_KINDS = {"行政村", "自然村", "新村", "村庄", "村莊", "山村", "农村", "農村", "乡村", "鄉村", "本村", "该村", "該村", "全村"}


def _unquoted_settlements(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_UNQUOTED_RE, text):
        name = m.group(1)
        if name in _KINDS or not _place_clean(name) or is_common_word(_to_simplified(name), 50) or _function_word(name[:2]):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    return out


def _quoted_settlements(text: str) -> list[Candidate]:
    if "“" not in text and "「" not in text and '"' not in text:
        return _unquoted_settlements(text)
    out: list[Candidate] = _unquoted_settlements(text)
    for m in literal_finditer(_QUOTED_RE, text):
        name = m.group(1)
        if len(name) < 2 or not all(_cjk(ch) and ch not in PUNCT for ch in name):
            continue
        if is_common_word(_to_simplified(name), 50):
            continue    # 故名“新村”-like ordinary words stay out only when frequent (农村, 山村)
        out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    return out


# 3. a people's commune
_PLACE_FRIENDLY = set("前后後上下东東西南北中新大小老")
def _communes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("人民公社")
    while at != -1:
        best = -1
        for length in (4, 3, 2):
            start = at - length
            if start < 0 or not _place_clean(text[start:at]):
                continue
            name = text[start:at]
            first = _to_simplified(text[start])
            if length > 2 and (first in STOP_CHARS or first in _BEFORE_PLACE) and first not in _PLACE_FRIENDLY:
                continue    # 任|前锋: a verb before the name
            if len(name) > 2 and (verb_word(_to_simplified(name[:2]), 200)
                                  or is_common_word(_to_simplified(name[:2]), 2000, ("nr", "ns", "nz"))):
                continue    # 随着|长安, 成立|红星: a word before the name
            if _boundary(text, start) or text[start - 1] in _PLACE_SUFFIX or any(text[k:start] in known_places() or _known(text[k:start])
                                              for k in range(max(0, start - 4), start - 1)) \
                    or verb_word(_to_simplified(text[max(0, start - 2):start]), 200):
                best = start
                break
        if best != -1:
            for k in range(best + 1, at - 1):
                if any(_known(text[j:k]) for j in range(max(0, k - 4), k - 1)):
                    best = k    # 某市|甲乙: a known place ends inside the run, the commune's name starts after it
        if best != -1 and at - best >= 2 and not _generic_word(_to_simplified(text[best:at])):
            out.append(Candidate(best, at + 4, "GPE", SOURCE, PRIORITY))
        at = text.find("人民公社", at + 4)
    return out


def _generic_word(word: str) -> bool:
    """A very frequent word (城市, 农村: 城市人民公社 is a kind, no name) or a function word or verb (关于, 进入)."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(word)
    return bool(entry) and (entry[0] >= 10000 or entry[1] in ("p", "v", "c", "d", "r", "u", "vd") and entry[0] >= 200)


# 4. a three-character county holding a two-character one
_PLACE_SUFFIX = set("省市县縣州府区區镇鎮乡鄉村道郡旗盟")
# one-character verbs and prepositions that stand before a place (经澧县, 今富县, 抵沁县, 自蔚县)
_BEFORE_PLACE = set("经經今抵自至到往从從由在于於向入出进進过過赴返回驻駐攻占克陷守围圍离離距近逼临臨达達及和与與并並"
                    "属屬归歸隶隸辖轄旧舊原即为為是系係据據守援救袭襲犯窜竄退撤移迁遷设設治对對向朝")


def _name_before_post(text: str, start: int, at: int) -> bool:
    """李甲乙县长: a surname before the two characters and 长 after 县 write a person before his post (the county
    magistrate of Republican reports, session 23 s23zhname), not the county 甲乙县 inside a name."""
    from pipeline.rules.names_common import surnames
    return text[at + 1:at + 2] in ("长", "長") and start >= 1 and _to_simplified(text[start - 1]) in surnames()[0]


def _inner_counties(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for suffix in ("县", "縣"):
        at = text.find(suffix, 2)
        while at != -1:
            start = at - 2
            short = text[start + 1:at + 1]
            first = _to_simplified(text[start])
            if (_cjk(first) and first not in STOP_CHARS and first not in PUNCT and first not in _PLACE_SUFFIX
                    and first not in _NUMERALS and first not in _BEFORE_PLACE and first not in _SETTLE
                    and _cjk(text[at - 1]) and _known(short)
                    and not _known(text[start:at + 1]) and not _known(text[start:at])
                    and not (start >= 1 and (_known(text[start - 1:start + 1]) or is_common_word(_to_simplified(text[start - 1:start + 1]), 5)))
                    and not is_common_word(_to_simplified(text[start:at]), 5, ("nr", "ns", "nz"))
                    and not _name_before_post(text, start, at)):
                out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY))
            at = text.find(suffix, at + 1)
    return out


# 5. a town before 人,祖籍
_ANCESTRAL_RE = re.compile(rf"(?:^|(?<=[—─－\-–,，。；;:：\s)）]))([{_CJK}]{{2,9}})人[,，](?=祖籍)")


def _home_towns(text: str) -> list[Candidate]:
    if "祖籍" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_ANCESTRAL_RE, text):
        run, start = m.group(1), m.start(1)
        if _known(run):
            continue    # the gazetteer reads it
        for cut in range(len(run) - 2, 1, -1):
            if _known(run[:cut]):
                run, start = run[cut:], start + cut
                break
        if 2 <= len(run) <= 4 and _clean(run):
            out.append(Candidate(start, start + len(run), "GPE", SOURCE, PRIORITY))
    return out


# 6. a name before a bracketed native place
_NATIVE_RE = re.compile(rf"([{_CJK}]{{2,3}})[（(]均?([{_CJK}]{{2,6}})人[）)]")


def _native_names(text: str) -> list[Candidate]:
    if "人)" not in text and "人）" not in text:
        return []
    single, _ = surnames()
    out: list[Candidate] = []
    for m in literal_finditer(_NATIVE_RE, text):
        name, place, start = m.group(1), m.group(2), m.start(1)
        if len(name) == 3 and name[0] in STOP_CHARS:
            name, start = name[1:], start + 1    # 长|某某(…人): a post's last character, then the name
        if name[0] not in single or not _place_clean(name) or (len(name) == 2 and not _boundary(text, start)):
            continue
        if not (_known(place) or any(_known(place[:k]) for k in range(2, len(place)))):
            continue
        if _known(name) or is_common_word(_to_simplified(name), 5):
            continue
        out.append(Candidate(start, m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# 7. Qing memorials: 民人, 其妻 … 氏, posts in 臣
_COMMONER_RE = re.compile(rf"([{_CJK}]{{2,3}})民人([{_CJK}]{{2,3}}?)(?=及|并|並|等|与|與|[，,。；;、]|住|家)")
_COUNTY_COMMONER_RE = re.compile(rf"(?<=[{_CJK}][县縣州])民([{_CJK}]{{2,3}}?)(?=在|因|于|於|等|与|與|向|赴|被|[，,。；;、])")
_WIFE_RE = re.compile(rf"(?:其|之)妻([{_CJK}]{{2}}氏)")
_OFFICIAL_RE = re.compile(rf"(?:提|督|抚|撫|藩|臬|镇|鎮|学|學)臣([{_CJK}]{{2,3}}?)(?=[，,。；;、]|奏|撫|抚|带|帶|率|会|會|等|督|派|查|亲|親|统|統)")


def _qing_records(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single, _ = surnames()
    if "民人" in text:
        for m in literal_finditer(_COMMONER_RE, text):
            place, name = m.group(1), m.group(2)
            p_start = m.start(1)
            if place[0] in "将將有之系係为為在":
                place, p_start = place[1:], p_start + 1
            if len(place) >= 2 and _clean(place) and not is_common_word(_to_simplified(place), 100):
                out.append(Candidate(p_start, m.start(1) + len(m.group(1)), "GPE", SOURCE, PRIORITY))
            if name[0] in single and _place_clean(name):
                out.append(Candidate(m.start(2), m.end(2), "PERSON", SOURCE, PRIORITY))
    if "县民" in text or "縣民" in text or "州民" in text:
        for m in literal_finditer(_COUNTY_COMMONER_RE, text):
            name = m.group(1)
            if name[0] in single and _place_clean(name) and not _known(name) and not is_common_word(_to_simplified(name), 5):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    if "妻" in text and "氏" in text:
        for m in literal_finditer(_WIFE_RE, text):
            name = m.group(1)
            if name[0] in single and name[1] in single:
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    if "臣" in text:
        for m in literal_finditer(_OFFICIAL_RE, text):
            name = m.group(1)
            if name[0] in single and _place_clean(name) and not is_common_word(_to_simplified(name), 5) and not _known(name):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# 8. a circuit intendant after his circuit (Qing): 某某道 + name
_INTENDANT_RE = re.compile(rf"([{_CJK}]{{2,3}})道([{_CJK}]{{2,3}}?)(?=有|并|並|等|禀|稟|奏|详|詳|会|會|率|带|帶|饬|飭|咨|于|於|[，,、。；;])")


def _intendants(text: str) -> list[Candidate]:
    if "道" not in text:
        return []
    single, _ = surnames()
    out: list[Candidate] = []
    for m in literal_finditer(_INTENDANT_RE, text):
        place, name = m.group(1), m.group(2)
        if not (_known(place) or _known(place[1:])) or name[0] not in single or not _place_clean(name):
            continue
        if _known(name) or is_common_word(_to_simplified(name), 5):
            continue
        out.append(Candidate(m.start(2), m.end(2), "PERSON", SOURCE, PRIORITY))
    return out


# 9. the places a village history's founders came from
_MIGRATION_RE = re.compile(rf"(?:从|從|由)([{_CJK}]{{2,14}}?)(?:迁|遷|移)(?:此|来|來|居|至|入|到)")
_CHAIN_ENDS = set("村庄莊屯寨堡县縣州府省镇鎮乡鄉营營")


def _migration_origins(text: str) -> list[Candidate]:
    if "迁" not in text and "遷" not in text and "移" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_MIGRATION_RE, text):
        chain, base = m.group(1), m.start(1)
        at = 0
        while at < len(chain):
            for k in range(min(len(chain), at + 6), at + 1, -1):
                if _known(chain[at:k]):
                    at = k
                    break
            else:
                for k in range(at + 2, min(len(chain), at + 5) + 1):
                    if chain[k - 1] in _CHAIN_ENDS:
                        piece = chain[at:k]
                        if _place_clean(piece) and not is_common_word(_to_simplified(piece), 5):
                            out.append(Candidate(base + at, base + k, "GPE", SOURCE, PRIORITY))
                        at = k
                        break
                else:
                    break    # no place here: the rest is no chain
    return out


# 10. a relative's name after a word of kinship
_KIN_RE = re.compile(rf"(?:儿子|兒子|女儿|女兒|长子|長子|次子|三子|幼子|之子|其子|之女|其女|孙子|孫子|侄子|姪子|外孙|外孫|胞弟|胞兄)"
                     rf"([{_CJK}]{{3}})(?=[，,。、;；(（]|现|現|今|也|在|和|与|與|等)")


def _kin_names(text: str) -> list[Candidate]:
    single, _ = surnames()
    out: list[Candidate] = []
    for m in literal_finditer(_KIN_RE, text):
        name = m.group(1)
        if name[0] not in single or not _place_clean(name) or _known(name) or is_common_word(_to_simplified(name), 5):
            continue
        if verb_word(_to_simplified(name[1:]), 200) or verb_word(_to_simplified(name[:2]), 200):
            continue    # 儿子刘|去世, 之子出|生在: a verb after a surname-like character is no given name
        out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# 11. a village before its own village posts (甲乙村村民, 甲乙村村支书)
_VILLAGE_POSTS = ("村民", "村长", "村長", "村支书", "村支書", "村委", "村干部", "村幹部", "村党支部", "村黨支部")
_NOT_VILLAGE_HEAD = set("邻鄰附周外他别別同两兩各全本该該此每一整原")


def _village_heads(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("村村")
    while at != -1:
        if text.startswith(_VILLAGE_POSTS, at + 1):
            for length in (3, 2):
                start = at - length
                head = text[start:at] if start >= 0 else ""
                if not head or not _place_clean(head) or head[0] in _NOT_VILLAGE_HEAD:
                    continue
                if length == 3 and (head[0] in STOP_CHARS or head[0] in _BEFORE_PLACE):
                    continue    # 到|李家村: a verb before a two-character name
                if not _boundary(text, start) and length == 2 and _cjk(text[start - 1]) and text[start - 1] not in "的在是為为和與与及到從从":
                    continue    # 某某|甲乙村: the run goes on before; the three-character reading had its chance
                if is_common_word(_to_simplified(head + "村"), 5):
                    break   # 农村村民: an ordinary word
                out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY))
                break
        at = text.find("村村", at + 2)
    return out


# 12. Qing case records: victims, local functionaries, reporters, kin after 伊, a name after its native place + 人
_HOMICIDE = "殴毙|毆斃|殴死|毆死|殴伤|毆傷|戳毙|戳斃|砍毙|砍斃|杀毙|殺斃|致毙|致斃|戳伤|戳傷|砍伤|砍傷|扎伤|紮傷|踢伤|踢傷"
_FUNCTIONARY = "地保|乡约|鄉約|保正|甲长|甲長|牌头|牌頭|差役|仵作|约邻|約鄰|尸亲|屍親|尸兄|屍兄|尸弟|屍弟|尸妻|屍妻|书吏|書吏"
_CASE_KIN = "伊(?:堂弟|堂兄|胞弟|胞兄|胞叔|堂叔|族弟|族兄|父|母|妻|子|弟|兄|叔|侄|姪)"
_REPORT = "投称|投稱|供称|供稱|报称|報稱|呈称|呈稱|禀称|稟稱|详称|詳稱|具报|具報|喊称|喊稱"
_CASE_RE = re.compile(rf"(?:(?:{_HOMICIDE}|{_FUNCTIONARY}|{_CASE_KIN})([{_CJK}]{{2,3}})|(?<=[据據])([{_CJK}]{{2,3}}?)(?={_REPORT}))")
# every match of _CASE_RE starts at the first character of a homicide or functionary word or of 伊, or right after
# 据/據 (the second alternative opens with that look-behind, so no literal plan exists and re would try every place)
_CASE_START_RE = re.compile("[" + "".join(sorted({word[0] for word in f"{_HOMICIDE}|{_FUNCTIONARY}".split("|")} | {"伊"}))
                            + "据據]")


def case_finditer(text: str):
    """`_CASE_RE.finditer(text)`, tried only where a match can start: at a first character found by
    _CASE_START_RE (one class re skips to in C), one after 据/據."""
    starts = [m.start() + 1 if m.group() in "据據" else m.start() for m in _CASE_START_RE.finditer(text)]
    return tried_at(_CASE_RE, text, starts) if starts else iter(())


_CASE_AFTER = set("一身致后後，,。；;、：:因被醉与與同向将將等于於在素平供投报報称稱并並及和") | {""}
_NATIVE_NAME_RE = re.compile(rf"([{_CJK}]{{2,4}})人([{_CJK}]{{3}})(?=[，,。；;、]|不|因|在|于|於|与|與|将|將|等|之|向|被)")


def _case_names(text: str) -> list[Candidate]:
    single, _ = surnames()
    out: list[Candidate] = []
    for m in case_finditer(text):
        if m.group(1):
            start = m.start(1)
            two, three = text[start:start + 2], text[start:start + 3]
            if len(three) == 3 and text[start + 3:start + 4] in _CASE_AFTER and text.count(two) == text.count(three):
                name = three    # 地保某某某报
            elif text[start + 2:start + 3] in _CASE_AFTER:
                name = two      # 殴毙某某一案, 伊堂弟某某醉后 (the two written alone elsewhere)
            else:
                continue
        else:
            name, start = m.group(2), m.start(2)
        if name[0] not in single or not _place_clean(name) or _known(name) or is_common_word(_to_simplified(name), 5):
            continue
        out.append(Candidate(start, start + len(name), "PERSON", SOURCE, PRIORITY))
    if "人" in text:
        for m in literal_finditer(_NATIVE_NAME_RE, text):
            place, name = m.group(1), m.group(2)
            if not any(_known(place[k:]) for k in range(len(place) - 1)) or name[0] not in single or not _place_clean(name):
                continue
            if _known(name) or is_common_word(_to_simplified(name), 5) or is_common_word(_to_simplified(name[:2]), 50) \
                    or verb_word(_to_simplified(name[1:]), 50):
                continue
            out.append(Candidate(m.start(2), m.end(2), "PERSON", SOURCE, PRIORITY))
    return out


def find_local_record_names(text: str) -> list[Candidate]:
    """GPE and PERSON candidates of the local-record frames (module doc)."""
    return (_villages(text) + _quoted_settlements(text) + _communes(text) + _inner_counties(text)
            + _home_towns(text) + _native_names(text) + _qing_records(text) + _intendants(text)
            + _migration_origins(text) + _kin_names(text) + _village_heads(text) + _case_names(text))
