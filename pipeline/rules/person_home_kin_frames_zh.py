"""Names of ordinary people vouched for by the words that follow or frame them (PERSON): village records,
massacre and land-reform accounts, memoirs and forum stories name the dead, the victims and the neighbours
with no title or post, but say whose house, whose daughter, whose command, or that someone "was called" so.

- A home: NAME + 家中 / 家里 (`捆绑到甲乙丙家中`, `甲乙丙家里有五十亩地`): the house of a named villager.
- A kinsman or the remains: NAME + 的 + a kin noun (儿子, 三女儿, 妻子, 弟弟, 父母, 家属, 遗体, 尸体 …):
  `甲乙丙的三女儿刚满十八岁`.
- A command: NAME + 领导的 / 带领的 / 率领的 / 指挥的 (`甲乙丙领导的还乡团`).
- A fate only a person meets, a band or a family: NAME + 牺牲 / 被捕 / 被杀 / 遇害 / 就义 / 被俘 … / 等人 / 率部 /
  夫妇 / 一家 / 父子 / 兄弟 / 之子 / 之妻 … (`甲乙丙被捕`, `甲乙丙父子二人`, `甲乙丙之子`), also with a martyr page's
  adverb between (`甲乙丙不幸被捕`, `甲乙丙英勇牺牲`, `甲乙丙惨遭杀害`); NAME + a bracket giving the
  sex or the age (`甲乙丙（男，45岁）`, `甲乙丙(56岁)`), the form of victim lists and casualty registers.
- An age before it: N岁的 + NAME (`九岁的甲乙丙眼睁睁地…`), read from the name's start.
  For these the name is the best likeness reading (person_likeness.score: a known surname + one or two
  given characters, its name-likeness with context and word tests) ending right at the anchor that reaches FLOOR
  5.0 (a reading with no frame needs THRESHOLD 7.5): the frame is the evidence the threshold otherwise asks
  of the characters. Not a known place, no village/landform ending, no ordinary word (the score's own tests).
- Called so: 个 / 位 / 名 + 叫 (叫做) + X + 的 + (up to four characters) + a noun of a person (人, 老人, 青年,
  和尚, 宪兵, 首领, 地主 …): `有一个叫甲乙的日本宪兵`, `一个叫甲乙和尚的人`, `一位名叫甲乙丙的老人`. X is any
  two to four Chinese characters (a nickname, a Japanese surname alone, a monk's name): the frame alone says it
  names a person; also 他叫 / 她叫 / 名叫 + X closed by a clause mark (`她叫甲乙丙，是我的同学`) and 有个叫X的，
  (`有个叫甲乙丙的，被戳了几刀`: the one called X). X holds no function character, is no ordinary word and ends
  in no head of a place, building or body (一座道观名叫某某观。); nothing after a place noun + 名叫 (镇子名叫X。). The
  text's later mentions of a name so introduced are PERSON too (`甲乙和尚所办的拳场`).
- Given names opening with 长, 连 or 发 (长顺, 连科, 发明), stop characters of the plain likeness reading, are
  accepted as the first of two given characters under these frames (person_likeness.score's first_given_ok).

Evidence: on 18,826 sentences of public NER test data with person gold (MSRA test, People's Daily test,
CLUENER train) this module alone proposes 58 exact names, 0 false spans, 1 of wrong extent (a transliterated
name after an age); on the development sets +4 true names, no false span.
PERSON at priority 33 (over a county or a bare surname read inside the name: 孔|安仁|家中, 邝|才旺的女儿).
Cost: str.find of the anchors (家中, 家里, the kin nouns after 的, 领导的 …, 叫); bounded slices at each.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.rules.person_frames_zh import PLACE_ENDS
from pipeline.rules.person_likeness import FAMILY_VILLAGE_ENDS, score
from pipeline.rules.person_repeated_names import THING_ENDS
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-home-kin-frame", 33
FLOOR = 5.0
_HOME = ("家中", "家里")
_KIN = ("儿子", "女儿", "妻子", "丈夫", "老婆", "媳妇", "儿媳", "弟弟", "哥哥", "姐姐", "妹妹", "孙子", "孙女",
        "侄子", "侄儿", "侄女", "外甥", "父亲", "母亲", "父母", "家属", "遗孀", "遗体", "尸体", "尸首", "长子",
        "次子", "长女", "次女", "独子", "后代", "后人", "家人")
_KIN_ORDINAL = set("大二三四五六七小长次幺")
_LEAD = ("领导的", "带领的", "率领的", "指挥的")
# a fate only a person meets, or a band led: right after the name
_FATE = ("牺牲", "被捕", "被杀", "被害", "遇害", "遇难", "殉难", "就义", "被俘", "被抓", "被枪杀", "被活埋", "被打死",
         "被砍", "被刺", "等人", "率部", "夫妇", "夫妻", "一家", "全家", "父子", "母子", "父女", "母女", "兄弟",
         "兄妹", "姐妹", "之子", "之女", "之妻", "之父", "之母", "之弟", "之兄", "之孙")
# the adverbs a martyr page writes between the name and the fate (甲乙丙不幸被捕, 甲乙丙英勇牺牲, 甲乙丙惨遭杀害)
_FATE_ADVERBS = frozenset("不幸 英勇 壮烈 光荣 惨遭 当场 先后 相继 同时 最终 终于 惨死 被敌".split())
_ADVERB_FATES = ("牺牲", "被捕", "被杀", "遇害", "遇难", "殉难", "就义", "被俘", "杀害", "被害", "捕获")
# a bracket that gives the sex or the age of the one named before it: 甲乙丙（男，45岁）, 甲乙丙(56岁)
_SEX_AGE_RE = re.compile("[（(](?:[男女](?=[，,、）)])|[男女]?[，,、]?[ ]?[0-9一二三四五六七八九十]{1,3}[岁歲])")
_AGE = ("岁的", "歲的")
_PLACE_END = PLACE_ENDS | {"营"}
_NOT_GIVEN = set("的了是在和与及等于被把对向从由令率所其此该这那各每也又就已曾并而但却到至往们个为以将同")
# stop characters of the likeness reading that often open a two-character given name (长顺, 长福, 连科, 连生, 发明):
# accepted there when a frame vouches for the name
_FIRST_GIVEN_OK = frozenset("长连发")


def _word_given(given: str) -> bool:
    """Two given characters that make an ordinary word (踩雷|壮烈|牺牲, 不幸, 英勇; jieba tags 英勇 and 光荣 nr):
    an adverb or a noun before the anchor, the character before it no surname. Words jieba tags as places or
    other proper names (金元 nz) stay possible given names."""
    return len(given) == 2 and is_common_word(given, 100, ("ns", "nz"))


def _reading_before(text: str, end: int, single, compound) -> tuple[float, int] | None:
    """(score, start) of the best surname-led reading ending at `end` that reaches FLOOR."""
    best = None
    places = known_places()
    for size in (3, 2, 4):
        start = end - size
        if start < 0:
            continue
        if size >= 3 and text[start:start + 2] in compound:
            slen = 2
        elif size <= 3 and text[start] in single:
            slen = 1
        else:
            continue
        name = text[start:end]
        if any(ch in _NOT_GIVEN for ch in name[slen:]) or name in places or name[-1] in _PLACE_END \
                or name[-2:] in FAMILY_VILLAGE_ENDS or _word_given(name[slen:]):
            continue
        value = score(text, start, end, slen, floor=FLOOR, first_given_ok=_FIRST_GIVEN_OK)
        if value is not None and value >= FLOOR and (best is None or value > best[0]):
            best = (value, start)
    return best


def _reading_after(text: str, start: int, single, compound) -> tuple[float, int] | None:
    """(score, end) of the best surname-led reading starting at `start` that reaches FLOOR."""
    best = None
    places = known_places()
    slen = 2 if text[start:start + 2] in compound else 1 if text[start:start + 1] in single else 0
    if not slen:
        return None
    for end in (start + slen + 1, start + slen + 2):
        name = text[start:end]
        if end > len(text) or any(ch in _NOT_GIVEN for ch in name[slen:]) or name in places \
                or name[-1] in _PLACE_END or _word_given(name[slen:]):
            continue
        value = score(text, start, end, slen, floor=FLOOR, first_given_ok=_FIRST_GIVEN_OK)
        if value is not None and value >= FLOOR and (best is None or value > best[0]):
            best = (value, end)
    return best


# (session 30, w2zhname: audit23/28/30) a couple or a parent and child named by the one name before 夫妇/父子 …:
# a name of three characters, a known surname first, standing after a clause or list mark, a space or a village's
# 村/庄 is the person whatever its likeness score (transliterations 古约翰, given names with a stop character 杨万会)
_PAIRS = ("夫妇", "夫妻", "父子", "母子", "父女", "母女")
_PAIR_EDGE = set("，。、；：！？（）()“”「」 \n\t\u3000,;:村庄屯和与及的")


def _edged_three(text: str, end: int, single) -> bool:
    start = end - 3
    if start < 0 or text[start] not in single or (start > 0 and text[start - 1] not in _PAIR_EDGE):
        return False
    name = text[start:end]
    return all("\u4e00" <= ch <= "\u9fff" for ch in name) and not any(ch in _NOT_GIVEN for ch in name[1:]) \
        and name not in known_places() and name[-1] not in _PLACE_END and not is_common_word(name, 20) \
        and not is_common_word(name[1:], 100, ("ns", "nz", "nr"))   # 约翰 (nr) may be given characters


def _anchored_names(text: str) -> list[Candidate]:
    ends: set[int] = set()
    for word in _HOME + _LEAD + _FATE:
        ends.update(literal_positions(text, word))
    for kin in _KIN:
        for at in literal_positions(text, kin):
            if text[at - 1:at] in _KIN_ORDINAL and kin in ("儿子", "女儿"):
                at -= 1
            if text[at - 1:at] == "的":
                ends.add(at - 1)
    for fate in _ADVERB_FATES:
        ends.update(at - 2 for at in literal_positions(text, fate) if text[at - 2:at] in _FATE_ADVERBS)
    for opener in "（(":
        ends.update(at for at in literal_positions(text, opener) if _SEX_AGE_RE.match(text, at))
    starts = [at + 2 for age in _AGE for at in literal_positions(text, age)]
    if not ends and not starts:
        return []
    single, compound = surnames()
    out: list[Candidate] = []
    pairs = {at for word in _PAIRS for at in literal_positions(text, word)}
    for end in sorted(ends):
        best = _reading_before(text, end, single, compound)
        if best:
            out.append(Candidate(best[1], end, "PERSON", SOURCE, PRIORITY))
        elif end in pairs and _edged_three(text, end, single):
            out.append(Candidate(end - 3, end, "PERSON", SOURCE, PRIORITY))
    for start in starts:
        after = _reading_after(text, start, single, compound)
        if after:
            out.append(Candidate(start, after[1], "PERSON", SOURCE, PRIORITY))
    return out


_PERSON_HEADS = ("人", "老人", "老汉", "老头", "老太太", "老婆婆", "男人", "女人", "男子", "女子", "汉子", "青年",
                 "少年", "小伙子", "姑娘", "孩子", "小孩", "女孩", "男孩", "妇女", "和尚", "道士", "尼姑", "地主",
                 "财主", "商人", "农民", "村民", "士兵", "宪兵", "军曹", "伍长", "曹长", "军官", "翻译", "翻译官",
                 "汉奸", "特务", "土匪", "首领", "头目", "头子", "战士", "队员", "干部", "学生", "老师", "先生",
                 "医生", "同学", "朋友", "老兵", "伙计", "长工", "佃户", "猎人", "渔民", "船工", "木匠", "铁匠")
_CALLED_RE = re.compile("(?<=[个位名])叫(?:做)?([\u4e00-\u9fff]{2,4}?)的([\u4e00-\u9fff]{0,4}?)(" +
                        "|".join(sorted(_PERSON_HEADS, key=len, reverse=True)) + ")(?![们家])")
# 他叫X， 她叫X。 名叫X， (an introduction closed by a clause mark): the same reading without a noun after it
_CALLED_CLAUSE_RE = re.compile("(?:(?<=[他她])叫|(?<=[名])叫)(?:做)?([\u4e00-\u9fff]{2,4}?)(?=[，,。；;！!”\"」）)、])"
                               "|(?<=[个位])叫(?:做)?([\u4e00-\u9fff]{2,4}?)的(?=[，,。；;])")
# the heads of places, buildings, works, ships and bodies: 那座道观名叫某某观。 names a temple, not a person
_THING_END = _PLACE_END | THING_ENDS | set("观号舰船机会社团军队")
_CALLED_STOP = set("的了是在及等被把对向从这那个些一们什么不没")


def _called_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "叫"):
        m = _CALLED_RE.match(text, at)
        if not m:
            m = _CALLED_CLAUSE_RE.match(text, at)
            if not m or _place_named(text, at):
                continue
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if any(ch in _CALLED_STOP for ch in name) or is_common_word(name, 20) or name in known_places() \
                or name[-1] in _THING_END:
            continue
        out.append(Candidate(m.start(group), m.end(group), "PERSON", SOURCE, PRIORITY))
    for name in {text[c.start:c.end] for c in out}:     # its later mentions: 甲乙所办的拳场
        for at in literal_positions(text, name):
            if not any(c.start == at for c in out) and not _glued(text, at, at + len(name)):
                out.append(Candidate(at, at + len(name), "PERSON", SOURCE, PRIORITY))
    return out


# the nouns of places that a name follows with 名叫 (有个镇子名叫X。, 这地方名叫X，): a place is introduced, no person
_PLACE_NOUNS = ("镇子", "村子", "院子", "寨子", "屯子", "园子", "铺子", "地方", "山头", "小镇", "小村", "村庄")


def _place_named(text: str, at: int) -> bool:
    """名叫 at `at` - 1 follows a place noun or a place head (镇子名叫, 村名叫, 寺名叫)."""
    if text[at - 1:at] != "名":
        return False
    return text[at - 3:at - 1] in _PLACE_NOUNS or text[at - 2:at - 1] in _THING_END


def _glued(text: str, start: int, end: int) -> bool:
    """A later mention inside a longer run of name-like characters (甲乙丙 inside 甲乙丙丁): not the same name."""
    return text[end:end + 1] in _PERSON_HEADS and text[end:end + 1] != "人" and False or \
        bool(re.match("[\u4e00-\u9fff]", text[start - 1:start])) and text[start - 1] not in _MENTION_LEFT


_MENTION_LEFT = set("的了是在和与及等被把对向从由令率将为说道叫给让跟同随派请找见问。，,、；;：:“”（）() \n")


def find_home_kin_names(text: str) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    return _anchored_names(text) + _called_names(text)
