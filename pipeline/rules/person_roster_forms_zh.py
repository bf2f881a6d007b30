"""Names of ordinary people in the forms village records, casualty rolls, family memoirs, genealogies and
mission histories write them (PERSON): forms no lexicon lists and the plain likeness reading refuses, because
the name ends in a landform character (玉山, 长岭), holds a county (安庆增: 安庆), is a married woman's surname
with 氏, or a given name alone in a family roster.

- Age-listed names: N岁的 / N多岁的 / N歲的 + a surname-led name of two or three characters closed by a list or
  clause mark or by 等 / 和 / 与 / 及 (`35岁的甲乙山、50多岁的丙丁岭、`, `十八岁的王某等`). An age qualifies a
  person; the mark after the name closes the reading, so no score floor and no landform or county test is asked
  (person_home_kin_frames_zh reads N岁的 + a name with the likeness floor, and refuses 山/岭 endings). The name
  is no ordinary word and no known place, its given characters hold no function character, its surname and first
  given character make no ordinary word and it ends in no verb of speech (`90岁的华侨说，`: a noun and a verb).
- Married women by surname + 氏: one surname (`李氏`) after a noun of a woman or wife (老妇, 妇女, 寡妇, 其妻,
  之妻, 母亲, 祖妣 …), as an item of a list of names (`、李氏、`), or before a fate (`李氏被杀`, `李氏投井`); the
  husband's surname before her own (`张王氏`) also where a mark or 的 stands before it (`，张王氏不慌不忙`), two
  surnames + 氏 being no other word (a compound surname + 氏 is a clan: 司马氏). Not before a family, hall or clan word (`李氏家族`,
  `张氏宗祠`, `周氏一门`, `李氏族谱`: guideline reading of `X氏宗祠` as FAC, the clan is no person), and no
  county of that name (尉氏).
- Family rosters: a kinship noun + a given name of two characters, two or more such items in one sentence
  (`祖父某甲乙、父某丙、長兄甲乙、二哥丙丁、么妹戊己`): the roster names the kin by given name alone. The name
  is no ordinary word, no place and holds no function character; its later mentions after a kinship noun or
  before an elder-brother address (`長兄甲乙大哥`) are the same PERSON. A courtesy name and an art name joined by
  a list mark (`字甲乙、別號丙、`) are PERSON each (ranked_courtesy_band_names_zh reads them after a comma).
- Genealogy ancestors by given name + 公 (公 a title, outside: guideline reading of `某公讳XY`): after a generation
  marker (`第十四世甲乙公`, `始祖甲乙公`, `三世祖甲乙公`, `開基祖甲乙公`), or two or more in a list (`甲乙公、丙丁公`); 公 opens no
  word (公司, 公所, 公路, 公社). An ancestress's honorific after X氏 (`黄氏妈`, `王氏孺人`) frames her as a woman.
- Missionaries and clergy by their Chinese name before their title (`甲乙丙教士`, `甲乙丙牧师`, `甲乙神父`), and
  a surname alone before the title where the text names a person of that surname before the same title
  (`甲教士`): the mission histories' form.

PERSON at priority 34 (over a county or a landform read inside the name, and over 公 or a title read with the name).
Cost: str.find of 岁的/歲的, 氏, 公, the kinship nouns and the clergy titles; bounded
slices at each; no whole-text regex.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han, known_places, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-roster-form", 34
_NOT_GIVEN = set("的了是在和与與及等于於被把对對向从從由率所其此该該这這那各每也又就已曾并並而但却卻到至往们們个個"
                 "为為以将將同岁歲年月日时時人者军軍部队隊村镇鎮县縣乡鄉省市区區")
_PROPER = ("nr", "ns", "nz")   # given names jieba tags as names or places (长山, 玉山) stay possible
_LIST_END = set("、，,。；;：:）)」”\n ")
_JOIN_END = set("等和与與及")


def _name_ok(name: str, slen: int) -> bool:
    given = name[slen:]
    if not given or any(ch in _NOT_GIVEN or not is_han(ch) for ch in given):
        return False
    return not is_common_word(name, 50) and not (len(given) == 2 and is_common_word(given, 300, _PROPER)) \
        and name not in known_places()


# ---------------------------------------------------------------- age-listed names
_AGE_NUM = set("0123456789０１２３４５６７８９一二三四五六七八九十两兩廿百")
_AGE_APPROX = set("多余餘来來")
# a verb of speech or thought closing the would-be name (90岁的华侨说，): the noun before it is no name
_SPEECH_LAST = set("说說道问問答讲講曰称稱笑想看听聽")


def _age_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single, compound = surnames()
    for anchor in ("岁的", "歲的"):
        for at in literal_positions(text, anchor):
            before = at - 1
            while before >= 0 and text[before] in _AGE_APPROX:
                before -= 1
            if before < 0 or text[before] not in _AGE_NUM:
                continue
            start = at + 2
            slen = 2 if text[start:start + 2] in compound else 1 if text[start:start + 1] in single else 0
            if not slen:
                continue
            for glen in (2, 1):
                end = start + slen + glen
                after = text[end:end + 1]
                if end > len(text) or not (after in _LIST_END or after in _JOIN_END or not after):
                    continue
                if after in _JOIN_END and text[end:end + 2] in ("等地", "等处", "等處"):
                    continue
                name = text[start:end]
                if _name_ok(name, slen) and name[-1] not in _SPEECH_LAST \
                        and not (glen == 2 and is_common_word(name[:slen + 1], 300, _PROPER)):
                    out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
    return out


# ---------------------------------------------------------------- married women: X氏, XY氏
_WOMAN_NOUNS = ("老妇", "老婦", "老妪", "老嫗", "妇女", "婦女", "妇人", "婦人", "农妇", "農婦", "村妇", "村婦",
                "寡妇", "寡婦", "少妇", "少婦", "孕妇", "孕婦", "民妇", "民婦", "老太", "老太太", "妻", "其妻",
                "之妻", "妻子", "母亲", "母親", "其母", "之母", "祖母", "祖妣", "妣", "婆婆", "媳妇", "媳婦",
                "遗孀", "遺孀", "继室", "繼室", "配", "元配", "继配", "繼配", "妾", "嫂", "女", "嫁")
_FATES = ("被杀", "被殺", "被害", "遇害", "遇难", "遇難", "被打死", "被刺死", "被枪杀", "被槍殺", "被奸", "被辱",
          "投井", "投水", "投河", "自尽", "自盡", "自缢", "自縊", "殉节", "殉節", "殉难", "殉難", "身亡", "死于",
          "死於", "被日", "被敌", "被敵", "被匪", "惨死", "慘死", "等人", "生", "卒", "年",
          # a genealogy's honorifics of an ancestress after her surname (黄氏妈, 王氏孺人): outside the name
          "媽", "妈", "孺人", "安人", "宜人", "恭人", "淑人", "太君")
# a family, a clan, a hall or a line after X氏: no woman
_CLAN_AFTER = ("家族", "宗族", "族", "宗祠", "祠", "家庙", "家廟", "家谱", "家譜", "族谱", "族譜", "宗谱", "宗譜",
               "一门", "一門", "一族", "兄弟", "子孙", "子孫", "后裔", "後裔", "后人", "後人", "先祖", "始祖",
               "祖先", "门中", "門中", "家", "父子", "一脉", "一脈", "世系", "宗亲", "宗親", "集团", "集團",
               "帅府", "帥府", "故居", "大宗", "小宗", "支", "房", "派", "源流", "姓", "之", "为", "為", "与", "與",
               "和", "及", "三", "四", "五", "六", "七", "八", "九", "十", "二", "一", "两", "兩", "所", "王朝",
               "政权", "政權", "皇", "孤儿", "孤兒", "春秋", "定理", "症", "病")


def _women(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single, compound = surnames()
    for at in literal_positions(text, "氏"):
        if at < 1 or text[at - 1] not in single:
            continue
        rest = text[at + 1:at + 4]
        if any(rest.startswith(word) for word in _CLAN_AFTER):
            continue
        for size in (2, 1):
            start = at - size
            if start < 0 or any(text[p] not in single for p in range(start, at)):
                continue
            before = text[max(0, start - 4):start]
            prev = text[start - 1:start]
            framed = any(before.endswith(noun) for noun in _WOMAN_NOUNS) or prev == "、" \
                or any(rest.startswith(f) for f in _FATES) or rest[:1] == "、"
            if size == 2:
                if text[start:at] in compound or not (not prev or prev in _LIST_END or prev == "的"
                                                       or any(before.endswith(n) for n in _WOMAN_NOUNS)):
                    continue    # 张王氏 after a mark, 的 or a woman noun (是王氏: 是 no surname here; 司马氏: a clan)
                framed = True
            if size == 1 and is_han(prev) and prev in single and not any(before.endswith(n) for n in _WOMAN_NOUNS):
                continue    # a longer surname run: left to the two-surname reading
            if framed and text[start:at + 1] not in known_places():     # 尉氏: a county
                out.append(Candidate(start, at + 1, "PERSON", SOURCE, PRIORITY))
                break
    return out


# ---------------------------------------------------------------- family rosters and courtesy names
_KIN = ("祖父", "祖母", "父親", "父亲", "母親", "母亲", "長兄", "长兄", "大哥", "二哥", "三哥", "四哥", "五哥",
        "長姊", "长姊", "長姐", "长姐", "大姐", "二姐", "三姐", "大姊", "二姊", "么妹", "幺妹", "小妹", "二妹",
        "三妹", "大弟", "二弟", "三弟", "四弟", "小弟", "胞兄", "胞弟", "胞姊", "胞姐", "胞妹", "長子", "长子",
        "次子", "二子", "三子", "四子", "五子", "長女", "长女", "次女", "三女", "么女", "幺女", "長孫", "长孙",
        "叔父", "伯父", "堂兄", "堂弟", "長嫂", "长嫂", "父", "母", "兄", "弟", "姊", "妹", "妻")
_ADDRESS_AFTER = ("大哥", "二哥", "三哥", "四哥", "五哥", "大姐", "二姐", "大嫂", "兄", "哥", "姐", "弟", "妹")
_ROSTER_RE = re.compile("[\u4e00-\u9fff]{2}(?=[、，,及和與与計计共；;。])")


def _kin_at(text: str, end: int) -> str:
    """The longest kinship noun ending at `end`, else ''."""
    for kin in _KIN:
        if text[end - len(kin):end] == kin:
            return kin
    return ""


def _rosters(text: str) -> list[Candidate]:
    items: list[tuple[int, int]] = []
    for kin in _KIN:
        if len(kin) == 1:
            continue
        for at in literal_positions(text, kin):
            start = at + len(kin)
            m = _ROSTER_RE.match(text, start)
            if m and _name_ok(m.group(), 0) and m.group()[-1] not in "山河岭嶺村庄莊镇鎮" \
                    and not any(m.group().startswith(k) for k in _KIN):
                items.append((start, m.end()))
    out: list[Candidate] = []
    if len(items) < 2:
        return out
    items.sort()
    # two items of one sentence: no sentence mark between them
    keep = set()
    for (s1, e1), (s2, e2) in zip(items, items[1:]):
        between = text[e1:s2]
        if len(between) <= 8 and not any(ch in "。；;\n" for ch in between):
            keep.update(((s1, e1), (s2, e2)))
    names = {text[s:e] for s, e in keep}
    for s, e in sorted(keep):
        out.append(Candidate(s, e, "PERSON", SOURCE, PRIORITY))
    for name in names:      # later mentions after a kinship noun or before an address
        for at in literal_positions(text, name):
            end = at + len(name)
            if (at, end) in keep:
                continue
            if _kin_at(text, at) or any(text[end:end + len(a)] == a for a in _ADDRESS_AFTER):
                out.append(Candidate(at, end, "PERSON", SOURCE, PRIORITY))
    return out


_COURTESY_RE = re.compile("字([\u4e00-\u9fff]{2})[、，,][ ]?(?:別號|别号|號|号|又號|又号)([\u4e00-\u9fff]{1,3}?)"
                          "(?=[、，,。；;）)\n])")


def _courtesy(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "字"):
        m = _COURTESY_RE.match(text, at)
        if not m or not is_han(text[at - 1:at]):
            continue
        for group in (1, 2):
            name = m.group(group)
            if any(ch in _NOT_GIVEN for ch in name) or (len(name) > 1 and is_common_word(name, 50)):
                break
        else:
            out += [Candidate(m.start(g), m.end(g), "PERSON", SOURCE, PRIORITY) for g in (1, 2)]
    return out


# ---------------------------------------------------------------- genealogy ancestors: 第N世XY公, XY公、YZ公
# a generation marker right before an ancestor's two given characters (and 考, the late father), read backwards from 公
_GENERATION_END_RE = re.compile("(?:第[一二三四五六七八九十百0-9]{1,4}世(?:祖)?|[一二三四五六七八九十0-9]{1,3}世祖|始祖|高祖|"
                                "曾祖|先祖|太祖|远祖|遠祖|開基祖|开基祖|肇基祖|來臺祖|來台祖|来台祖|遷臺祖|遷台祖|迁台祖|始遷祖|"
                                "始迁祖)(?:考)?$")


# the words 公 opens after two characters that are then no ancestor's name (甲乙公司, 甲乙公路, 某乡公所)
_GONG_WORDS = frozenset("公司 公所 公路 公社 公安 公园 公館 公馆 公署 公里 公斤 公元 公尺 公顷 公頃 公分 公升 公开 公開 公布 "
                        "公共 公务 公務 公文 公众 公眾 公立 公民 公约 公約 公粮 公糧 公审 公審 公判 公平 公正 公家 公事 "
                        "公款 公费 公費 公用 公告 公认 公認 公然 公主 公子 公爵 公使 公会 公會 公债 公債 公报 公報 公寓 "
                        "公墓 公学 公學 公营 公營 公物 公章 公函 公差 公干 公職 公职 公车 公車 公交 公益 公德 公道 公关 "
                        "公關 公厂 公廠 公仓 公倉 公堂 公田 公产 公產 公地 公房".split())


def _gong_ok(text: str, end: int) -> bool:
    """公 at `end` closes an ancestor's name: it opens no word (公司, 公所, 公路, 公社, 公里), and the two
    characters with it are no word of their own (主公, 相公, 老公, 外公)."""
    return text[end:end + 2] not in _GONG_WORDS and text[end - 1:end + 1] not in ("主公", "相公", "老公", "外公", "太公", "公公")


def _ancestors(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    gongs = literal_positions(text, "公")
    at_set = set(gongs)
    for at in gongs:
        name = text[at - 2:at]
        if at < 2 or not all(is_han(ch) for ch in name) or any(ch in _NOT_GIVEN for ch in name) \
                or not _gong_ok(text, at):
            continue
        if _GENERATION_END_RE.search(text, max(0, at - 12), at - 2):
            out.append(Candidate(at - 2, at, "PERSON", SOURCE, PRIORITY))    # 天球公: the marker vouches
            continue
        # 甲乙公、丙丁公: a list of two or more ancestors by given name + 公 (this one, or the one before, listed)
        listed = (text[at + 1:at + 2] == "、" and at + 4 in at_set) or (text[at - 3:at - 2] == "、" and at - 4 in at_set)
        if listed and not is_common_word(name, 50):
            out.append(Candidate(at - 2, at, "PERSON", SOURCE, PRIORITY))
    return out


# the characters that may stand right before a name: marks, particles, conjunctions and verbs of giving and asking
_NAME_LEFT = set("、，,。；;：:“”「」（）() \n的了是在和与與及跟给給把被对對向从從由让讓叫请請找见見问問随隨同即乃系係暨偕")


# ---------------------------------------------------------------- clergy before their title
_CLERGY = ("教士", "牧师", "牧師", "神父", "司铎", "司鐸", "修女", "主教")
_TITLE_LEFT = set("宣传傳布佈女西华華洋男该該各此本诸諸众眾老新旧舊中外英美法德俄日")


def _clergy(text: str) -> list[Candidate]:
    single, compound = surnames()
    out: list[Candidate] = []
    bare: list[tuple[int, str]] = []
    named_surnames: set[str] = set()
    for title in _CLERGY:
        for at in literal_positions(text, title):
            if title == "教士" and text[at - 1:at] in _TITLE_LEFT:
                continue
            found = False
            for size in (3, 2):
                start = at - size
                if start < 0:
                    continue
                slen = 2 if size == 3 and text[start:start + 2] in compound else 1 if text[start] in single else 0
                prev = text[start - 1:start]
                if not slen or (prev and is_han(prev) and prev not in _NAME_LEFT):
                    continue
                if _name_ok(text[start:at], slen):
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                    named_surnames.add(text[start:start + slen] + title)
                    found = True
                    break
            if not found and at >= 1 and text[at - 1] in single:
                prev = text[at - 2:at - 1]
                if not prev or not is_han(prev) or prev in _NAME_LEFT:
                    bare.append((at - 1, text[at - 1] + title))
    for start, key in bare:
        if key in named_surnames:
            out.append(Candidate(start, start + 1, "PERSON", SOURCE, PRIORITY))
    return out


# what may follow a name's other mention: particles, conjunctions, adverbs and the verbs of village narratives
_NAME_NEXT = set("的对對帮幫独獨等和与與及说說道是在被把将將已又也就便为為从從向跟同率带帶领領打杀殺死逃走"
                         "来來去回到进進出拿给給让讓叫请請找问問见見看听聽想要会會能可没沒不都才还還再只却卻"
                         "胆膽枪槍一当當先早曾")


def _other_mentions(text: str, found: list[Candidate]) -> list[Candidate]:
    """The text's other mentions of the names an age list or a woman's frame vouched for (`甲乙丙等怒斥…` after
    `18岁的甲乙丙、`): a mark or a joining word before, no Chinese character glued after except a particle,
    a conjunction or a verb of speech or action (the reading stands where nothing makes it a longer name)."""
    out: list[Candidate] = []
    taken = {(c.start, c.end) for c in found}
    for name in {text[c.start:c.end] for c in found if c.end - c.start >= 2}:
        for at in literal_positions(text, name):
            end = at + len(name)
            if (at, end) in taken:
                continue
            prev, after = text[at - 1:at], text[end:end + 1]
            if prev and is_han(prev) and prev not in _NAME_LEFT:
                continue
            if after and is_han(after) and after not in _NAME_NEXT:
                continue
            out.append(Candidate(at, end, "PERSON", SOURCE, PRIORITY))
    return out


def find_roster_form_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    out: list[Candidate] = []
    if "岁的" in text or "歲的" in text:
        out += _age_names(text)
    if "氏" in text:
        out += _women(text)
    out += _other_mentions(text, out)
    out += _rosters(text)
    if "字" in text:
        out += _courtesy(text)
    if "公" in text:
        out += _ancestors(text)
    if "教士" in text or "牧" in text or "神父" in text or "司" in text or "修女" in text or "主教" in text:
        out += _clergy(text)
    return out
