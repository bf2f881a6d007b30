"""Chinese biographies, forum posts and local histories of 1927-1949 (session 6, real-dev8-zh): more classes.

`find_written8(text)` (working text, Simplified) proposes:

- MIL_UNIT: a designation of one Chinese numeral without 第 (二师, 三营, 六支队, 四分区) where the words around
  it show a unit is meant: after a verb of command (命令二团, 通知三分区, 派七连; not 率三师, a count as often),
  after 与/同 and before 会合/汇合/合编 (与三营会合), after another designation and 和/与/及/、 (七一五团和二团);
  units named after their county (X县大队, X县独立营: the county's own forces of the resistance), and Red Army
  units with two qualifiers (红新12军).
- PERSON: a commander before 部 and his unit's designation (敌X部新编第14师, 烟台X部二十一师), a speaker before
  说/问道/回答说 at the start of a clause (X说：, ”X问道), the leaders of a force after 由 (由X、Y率领),
  the sponsor in 经X介绍 (biographies: 经X介绍入党); a name found so is a person everywhere in the text.
- ORG: the numbered prefectural party committees (七地委, 三地委), county committees named by their county (X县委),
  the military schools of the Republican army and the Red Army (陆军讲武学校, 红军学校, 红军军官学校第1分校),
  academies named by a transliterated name (伏龙芝军事学院).
- LOC: base areas of the civil war and the resistance named by their provinces' short forms or by a region
  (闽西苏区, 湘鄂西苏区, 中央苏区, 陕甘宁边区, 晋冀鲁豫边区, 豫皖苏边区).
- LOC: a pass or river called a natural barrier (天险X口), everywhere in the text.
- GPE: a place glossed with its present name by 现 (俄界(现高吉): guideline 7 as for 今); the settlements of a
  、-list that holds a village (X村, X庄, X堡 …) or a known place, before the verb of the clause
  (在X村、Y、Z庄阻击).
- DATE: a day after 同月 (同月12日: a date in the month of the last date; 同月 itself outside, as 同年).
- EVENT: a named expedition with its ordinal (第一次东征, 第二次北伐: guideline 10).

Every pattern is bounded and anchored on a rare literal (scan.anchored_finditer) or starts with one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import _translit_chars, canonical_norm, is_common_word, surnames, word_info
from pipeline.rules.scan import anchored_finditer, rare_finditer, read_back_finditer
from pipeline.rules.chronicle_forms_zh import qualified_before
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_DIGIT1 = "一二三四五六七八九十"

# --------------------------------------------------------------------------- MIL_UNIT

_BARE_ECHELONS = "军分区|分区|支队|纵队|大队|中队|师|旅|团|营|连"
_BARE_UNIT_RE = re.compile(f"(?<![{_DIGIT1}〇零第百千个])([{_DIGIT1}])({_BARE_ECHELONS})"
                           f"(?!长|部(?!队)|[属级以之众多余兵制])")
# the words before a bare designation that show a unit is meant
# (not 率/率领: 率三师 counts the divisions led as often as it names one)
_COMMAND_BEFORE = ("命令", "令", "派", "调", "通知", "指挥", "电令", "命", "派出")
_MEET_BEFORE = ("与", "同", "和")
_COUNT_MARKS = set("共计凡约另增分各")
_MEET_AFTER = re.compile("(?:[^，,。；;]{0,6}?)(?:会合|汇合|合编|联系|协同|配合)")
_UNIT_END = set("师旅团营连队区军")
_COUNTY_UNIT_ANCHOR = re.compile("县(大队|独立营|独立团|基干队)")
# 红新12军, 红独立第3师: the Red Army's qualifier before another
_RED_DOUBLE_RE = re.compile(f"红(?:新|独立)第?([0-9]{{1,3}}|[{_DIGIT1}]{{1,3}})(军团|军|师|团)")
_RED_DOUBLE_ANCHOR = re.compile("红(?=新|独立)")

# --------------------------------------------------------------------------- PERSON

_DESIGNATION_AFTER = re.compile(f"(?:新编|整编|暂编|预备|独立)?第?(?:[0-9]{{1,4}}|[{_DIGIT1}百]{{1,5}})(?:军|师|旅|团)")
_COMMANDER_PART_ANCHOR = re.compile("部(?=(?:新编|整编|暂编|预备|独立)?第?[0-9一二三四五六七八九十])")
_SPEECH_ANCHOR = re.compile("说[:：，,。]|问道|答道|喊道")
_SPEECH_ADVERB = re.compile("(?:报告|回答|笑着|大声|低声|接着|又)$")
_CLAUSE_START = set("，,。；;：:！？!?“”「」\n \u3000")
# the relative 所 before the verb is outside the names (由孙文所率领的兴中会: 孙文; prezh5): the names are read
# shortest first, so a two-character name before 所 is not read with the 所
_LED_BY_RE = re.compile(f"由([{_CJK}]{{2,3}}?(?:、[{_CJK}]{{2,3}}?){{0,3}})所?(?:率领|带领|指挥|统率|率)")
_LED_BY_ANCHOR = re.compile("由")
_SPONSOR_RE = re.compile(f"经([{_CJK}]{{2,3}}(?:、[{_CJK}]{{2,3}})?)介绍")
_SPONSOR_ANCHOR = re.compile("介绍")
# the last character of a surname + post (孙高参, 王参谋, 李司令, 张主任): no name before 说
_TITLE_END = set("参谋长令官员委任帅总督")
_NOT_IN_NAME = set("的了是在和与及等由被把将向从对为我你他她们这那其该此一二三四五六七八九十部军师团旅营连队长")

# a Japanese unit named after its commander (吉田大队, 森本支队, 池田联队): the name alone elsewhere is the commander
_NAMED_AFTER_COMMANDER_RE = re.compile(f"([{_CJK}]{{2}})(?:大队|支队|联队|旅团)")
_NAMED_AFTER_COMMANDER_ANCHOR = re.compile("大队|支队|联队|旅团")
_ACTS_ON_PERSON = frozenset("防止 迫使 命令 包围 追击 俘虏 击毙 打死 活捉 通知 报告".split())
_PERSON_ACTS = set("下退逃率无坚见决命发被已即遂急亲只怕")
# the one fought against: 讨伐X, 平定X, 击败X (three characters, a surname first)
_FOUGHT_RE = re.compile(f"(?:讨伐|征讨|讨平|平定|击败|击溃|打败|消灭|歼灭|驱逐|反对|声讨)([{_CJK}]{{3}})(?=[的部军所等、，,。；;和与及])")
_FOUGHT_ANCHOR = re.compile("讨伐|征讨|讨平|平定|击败|击溃|打败|消灭|歼灭|驱逐|反对|声讨")
# two three-character names joined by 、 after a word that ends before names (军阀X、Y的, 由…): both persons
# (scanned from the 、, the first name read back in a fixed-width look-behind: re skips to 、 in C; a first
# name inside the last pair is skipped, as a scan from the first name would)
_NAME_PAIR_RE = re.compile(f"、(?<=[阀将领帅人犯匪首和与及，,](?P<first>[{_CJK}]{{3}})、)([{_CJK}]{{3}})(?=[的等部率和与及，,。；;])")
_PLACE_END = set("村庄镇集堡寨屯铺店山河江湖县州城关口岭省市区乡寺港湾岛坡坪桥台")
# a surname before a post, after the unit he commands or a verb of addressing (三纵队吕司令, 通知吕司令的…部队)
_SURNAME_POST_RE = re.compile(
    f"(?:(?<=[队师团旅营军区])|(?<=通知|命令|报告|告诉|转告|电告|请示))([{_CJK}])(?:司令|师长|旅长|团长|营长|军长|政委|参谋长)")
_SURNAME_POST_ANCHOR = re.compile("司令|师长|旅长|团长|营长|军长|政委|参谋长")
# the place a force sets out from (从X出发): a settlement
_SET_OUT_RE = re.compile(f"从([{_CJK}]{{2,3}}?)(?:出发|出动|启程|起程|开拔)")
_SET_OUT_ANCHOR = re.compile("出发|出动|启程|起程|开拔")

# --------------------------------------------------------------------------- ORG

_PREFECTURE_COMMITTEE_RE = re.compile(f"(?<![{_DIGIT1}第])[{_DIGIT1}]{{1,2}}地委")
_PREFECTURE_COMMITTEE_ANCHOR = re.compile("地委")
_COUNTY_COMMITTEE_ANCHOR = re.compile("县(?:县委|委)(?!员)")
_PARTIES = ("中国共产党", "中国共产主义青年团", "中共", "共青团")     # 中共宜昌县委: the party is in the name
_NAME_BEFORE_COUNTY = set("的在了任和与及由是到至从向经")
# a preposition before 县委 ends the clause's subject, not a county's name (韩某向|县委建议: auditzh24)
_PREPOSITION_END = set("向对给把被跟同朝替")
_SCHOOL_RE = re.compile(
    f"(?:中国工农红军|红军)(?:军官|军事|军政|步兵|炮兵|通信|特科)?(?:学校|大学)(?:第[0-9{_DIGIT1}]{{1,2}}分校)?"
    f"|陆军讲武学校")
_SCHOOL_ANCHOR = re.compile("学校|大学")
_ACADEMY_RE = re.compile("([\u4e00-\u9fff]{2,6}?)(军事学院|军事科学院|军事大学)")
_ACADEMY_ANCHOR = re.compile("军事(?:学院|科学院|大学)")

# --------------------------------------------------------------------------- LOC

_ABBREVIATIONS = "京津冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇云藏陕甘青宁新察绥热康"
_BASE_AREA_RE = re.compile(
    f"(?:[{_ABBREVIATIONS}]{{1,4}}(?:东北|东南|西北|西南|[东西南北中])?|中央)(?:苏区|边区)(?!总?司令部|政府|党委|参议会|军|银行)")
_BASE_AREA_ANCHOR = re.compile("[苏边]区")

# --------------------------------------------------------------------------- GPE

_NOW_GLOSS_RE = re.compile(f"([{_CJK}]{{2,3}})[(（]现([{_CJK}]{{2,4}}?)[)）]")
_NOW_GLOSS_ANCHOR = re.compile("[(（]现")
# a township written after its county (醴陵县X乡, 定县X镇): the county is known, the township is two characters
_TOWNSHIP_RE = re.compile(f"县([{_CJK}]{{2}}[乡镇])(?![长政公])")
_TOWNSHIP_ANCHOR = re.compile("县")
# mountains written together before their count (扼守翠微黄竹安人三山): each two-character name is a LOC
_HILLS_ANCHOR = re.compile("([二两三四五])山(?![区县市脉])")
_VILLAGE_SUFFIX = "村庄镇集堡寨屯铺店务"
# a place introduced as a town at the start of a sentence (X,是一座位于…的小镇 / X是一座千年古城): a settlement everywhere
_INTRODUCED_RE = re.compile(
    f"(?:(?<=[。！？\n])|^)[ \u3000]{{0,8}}([{_CJK}]{{2,4}}?)[,，]?(?:是|为)(?:一座|一个)[^。！？\n]{{0,24}}?"
    "(?:小镇|古镇|城镇|集镇|县城|古城|城市|村庄|山村|小城)")
_INTRODUCED_ANCHOR = re.compile("[是为]一[座个]")
# a pass, gorge or river called a natural barrier (天险X口, 天险X关): a LOC everywhere in the text, except where a
# settlement or a battle is named after it (X口乡, X口战役)
_BARRIER_RE = re.compile(f"天险([{_CJK}]{{1,3}}?(?:口|关|峡|隘|岭|江|河))(?![{_CJK}]{{0,1}}[乡镇村县市城])")
_BARRIER_ANCHOR = re.compile("天险")
# a village entered, held or left (冲进X村, 在X村, 向X村): a settlement everywhere in the text
_VILLAGE_AFTER_VERB_RE = re.compile(f"(?:冲进|进入|攻入|攻占|占领|包围|到达|撤出|退出|突入|[在到向从往至抵经])([{_CJK}]{{2}}村)(?![长民子里])")
_VILLAGE_AFTER_VERB_ANCHOR = re.compile("村")
_VILLAGE_ITEM_ANCHOR = re.compile(f"[{_VILLAGE_SUFFIX}城](?=、)")
_CLAUSE_REACH = 300
_LIST_BEFORE = "在于至从经到向占守和与及由把将居"
_LIST_AFTER = re.compile("阻击|设伏|伏击|一带|一线|地区|等地|等村|之间|集结|待命|布防|驻扎|附近|方向|截击|出发|[,，。；;的以]")
_NOT_PLACE_START = set("东西南北中前后左右该此本敌我各全两这那其一")
_NOT_IN_PLACE = set("的了是在和与个该本全此各其这那入进占克攻陷到达至于抵取围守等及我敌军部师团旅营连阻击现今")

# --------------------------------------------------------------------------- DATE / EVENT

_SAME_MONTH_DAY_RE = re.compile(f"同月((?:[12][0-9]|3[01]|0?[1-9])|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))日")
_SAME_MONTH_ANCHOR = re.compile("同月")
_ORDINAL_EXPEDITION_RE = re.compile(f"第[{_DIGIT1}0-9]{{1,2}}次(?:东征|西征|南征|北伐|北上)")
_ORDINAL_EXPEDITION_ANCHOR = re.compile("次(?=东征|西征|南征|北伐)")


@lru_cache(maxsize=1)
def _places():
    return place_lexicon()


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


def _name_like(name: str) -> bool:
    return (2 <= len(name) <= 3 and _has_surname(name) and not any(ch in _NOT_IN_NAME for ch in name)
            and not is_common_word(name, 50) and name not in _places()
            and not (len(name) == 3 and is_common_word(name[:2], 200)))     # 高兴|地说: a word and a suffix


def _plain_unknown(name: str) -> bool:
    places = _places()
    return (2 <= len(name) <= 4 and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE for ch in name)
            and not is_common_word(name, 300) and name not in places)


def _bare_unit_strength(text: str, start: int, end: int) -> int:
    """How surely the words around a bare designation show a unit: 0 not, 1 a verb of command before it,
    2 a sign of the unit itself (its own post or troops after it, met by another unit, after a designation)."""
    left = text[max(0, start - 2):start]
    if start > 0 and (text[start - 1] in _UNIT_END or text[start - 1] == "纵"):
        return 0                    # 红三军团四师: a sub-unit chained to its parent (the unit finders take the chain)
    if qualified_before(text, start):
        return 0                    # 警备|二旅, 整|五师: the unit finders read the qualified designation (auditzh13)
    if text[start:end].endswith(("分区", "支队", "纵队", "大队")) and (start == 0 or text[start - 1] in "，,。；;：:\n"):
        return 2                    # ，九分区还派来: a two-character echelon at a clause start
    echelon = text[end - 1]
    # 吕司令的三分区部队; 二师师长, 三团团长, 五营营长: the unit's own post after it
    if text.startswith(("部队", echelon + "长", "政委", "司令员", "参谋长"), end):
        return 2
    if left[-1:] in _MEET_BEFORE and _MEET_AFTER.match(text, end):
        return 2
    if left[-1:] in "和与及、" and start >= 2 and text[start - 2] in _UNIT_END:
        return 2
    if left.endswith(_COMMAND_BEFORE) and not text[max(0, start - 3):start].endswith(("调集", "派遣了")):
        verb = next(v for v in _COMMAND_BEFORE if left.endswith(v))
        if text[max(0, start - len(verb) - 1):start - len(verb)] not in _COUNT_MARKS:   # 共派七营: a count
            return 1
    return 0


def _function_word(name: str) -> bool:
    """A word jieba knows as an adjective, adverb, verb, conjunction, preposition or pronoun (单靠, 仅靠): no
    county's name, however rare the word (单靠|县大队 and 区乡民兵; auditzh13)."""
    entry = word_info().get(name)
    return bool(entry) and entry[1][:1] in ("a", "d", "v", "c", "p", "r")


def _county_start(text: str, at: int) -> int | None:
    """Where the county name ending at `at` (the position of 县) starts: a known county, or two or three
    characters after a word that ends before a name (由X县大队, 的X县委)."""
    for size in (3, 2):
        start = at - size
        if start >= 0 and (_is_gpe(text[start:at + 1]) or _is_gpe(text[start:at])):
            return start
    for size in (2, 3):
        start = at - size
        name = text[start:at] if start >= 0 else ""
        if (name and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE or ch in "几数每支" for ch in name)
                and name[-1] not in _PREPOSITION_END
                and not name.startswith("第") and name[-1] != "任"    # 第一任县委书记: an office's ordinal (s18zhper)
                and not is_common_word(name, 300) and not _function_word(name)
                and (start == 0 or text[start - 1] in _CLAUSE_START
                                                        or text[start - 1] in _NAME_BEFORE_COUNTY)):
            return start
    return None


# the Chinese armies' two-character qualifiers of a bare numbered unit (警备二旅, 独立三旅, 教导一旅)
_BARE_QUALIFIERS = ("警备", "独立", "教导", "暂编", "新编", "预备", "骑兵", "炮兵", "特务", "警卫", "游击", "挺进", "保安")


def _units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_BARE_UNIT_RE, text, re.compile(f"[{_DIGIT1}](?:{_BARE_ECHELONS})"), 0):
        num, echelon = m.group(1), m.group(2)
        if num == "一" and echelon in ("团", "连", "师"):
            continue                    # 一团 / 一连 / 一师: words and articles as often as designations
        strength = _bare_unit_strength(text, m.start(), m.end())
        if not strength:
            continue
        echelon = "军分区" if echelon == "分区" else echelon
        # 任警备二旅旅长, 独立三旅参谋长: the unit's own qualifier written before it stays inside (auditzh16)
        qualifier = next((q for q in _BARE_QUALIFIERS if text.startswith(q, m.start() - len(q))), "")
        # a sign of the unit itself outranks the readings as a count of battalions (八营) or formations
        out.append(Candidate(m.start() - len(qualifier), m.end(), "MIL_UNIT", "rule:unit-bare-in-context",
                             50 if strength == 1 else 62,
                             norm={"unit_hint": {"numbers": [parse_number(num)], "echelon": echelon, "prefix": qualifier}}))
    for m in _COUNTY_UNIT_ANCHOR.finditer(text):
        start = _county_start(text, m.start())
        if start is None:
            continue
        kind = m.group(1)
        echelon = "大队" if kind in ("大队", "基干队") else kind[-1]
        prefix = "独立" if kind.startswith("独立") else ""
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-county", 55,
                             norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": prefix}}))
    for m in anchored_finditer(_RED_DOUBLE_RE, text, _RED_DOUBLE_ANCHOR, 0):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-red-qualified", 64,
                             norm={"unit_hint": {"numbers": [parse_number(m.group(1))], "echelon": m.group(2),
                                                 "prefix": "红"}}))
    return out


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The 3- or 2-character name ending at `end` (3 first), if it looks like one."""
    for size in (3, 2):
        start = end - size
        if start < 0:
            continue
        name = text[start:end]
        if _name_like(name):
            return start, end
    return None


def _persons(text: str) -> list[Candidate]:
    found: set[str] = set()
    out = []
    for hit in _COMMANDER_PART_ANCHOR.finditer(text):
        if not _DESIGNATION_AFTER.match(text, hit.end()):
            continue
        span = _name_before(text, hit.start())
        if span:
            found.add(text[span[0]:span[1]])
    for hit in rare_finditer(_SPEECH_ANCHOR, text):
        verb = hit.start()
        adverb = _SPEECH_ADVERB.search(text, max(0, verb - 2), verb)
        if adverb:
            verb = adverb.start()
        for size in (3, 2):
            start = verb - size
            if start < 0 or not (start == 0 or text[start - 1] in _CLAUSE_START):
                continue
            name = text[start:verb]
            if _name_like(name) and name[-1] not in _TITLE_END:
                found.add(name)
                break
    for m in anchored_finditer(_LED_BY_RE, text, _LED_BY_ANCHOR, 0):
        names = m.group(1).split("、")
        if all(_name_like(name) for name in names):
            found.update(names)
    for m in anchored_finditer(_SPONSOR_RE, text, _SPONSOR_ANCHOR, 8):
        names = m.group(1).split("、")
        if all(_name_like(name) for name in names):
            found.update(names)
    for m in read_back_finditer(_NAME_PAIR_RE, text, "first"):
        first, second = m.group("first"), m.group(2)
        if _name_like(first) and _name_like(second) and first[-1] not in _PLACE_END and second[-1] not in _PLACE_END:
            found.update((first, second))
    for m in anchored_finditer(_FOUGHT_RE, text, _FOUGHT_ANCHOR, 0):
        name = m.group(1)
        if _name_like(name):
            found.add(name)
    for name in found:
        norm = canonical_norm(name)     # 由孙文所率领: a listed name keeps its canonical name (prezh5)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-written8", 44, norm=dict(norm)))
    jp_surnames = _jp_surnames()
    for m in anchored_finditer(_NAMED_AFTER_COMMANDER_RE, text, _NAMED_AFTER_COMMANDER_ANCHOR, 2):
        name = m.group(1)
        if name not in jp_surnames:
            continue
        for w in re.finditer(re.escape(name), text):
            if text.startswith(("大队", "支队", "联队", "旅团", "部队"), w.end()) or name in text[max(0, w.start() - 2):w.start()] \
                    or w.start() > 0 and text[w.start() - 1] in "长官佐将":
                continue        # 联队长荒木正二: after a post the full name follows (the person finders take it)
            if not (text[max(0, w.start() - 2):w.start()] in _ACTS_ON_PERSON or text[w.end():w.end() + 1] in _PERSON_ACTS):
                continue        # only where the name acts or is acted on as a person (防止X西逃, X下令)
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-unit-commander", 44))
    single = surnames()[0]
    for m in anchored_finditer(_SURNAME_POST_RE, text, _SURNAME_POST_ANCHOR, 1):
        char = m.group(1)
        if char in "任兼升调充署":
            continue        # 教导第一团|任营长: the verb of taking a post (auditzh14), not the surname 任
        if char in single and char not in _NOT_IN_NAME and not is_common_word(text[m.start(1):m.start(1) + 2], 50) \
                and not is_common_word(text[m.start(1) - 1:m.end(1)], 50):     # 军官师长: it ends the word before
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-surname-post", 44))
    return out


@lru_cache(maxsize=1)
def _jp_surnames() -> frozenset[str]:
    from pipeline.rules.names_common import _read_list
    return frozenset(_read_list("surnames_jp.txt"))


def _orgs(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_PREFECTURE_COMMITTEE_RE, text, _PREFECTURE_COMMITTEE_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-prefecture-committee", 52))
    for m in _COUNTY_COMMITTEE_ANCHOR.finditer(text):
        start = _county_start(text, m.start())
        if start is not None:
            party = next((p for p in _PARTIES if text.startswith(p, start - len(p))), "")
            out.append(Candidate(start - len(party), m.end(), "ORG", "rule:org-county-committee", 52))
    for m in anchored_finditer(_SCHOOL_RE, text, _SCHOOL_ANCHOR, 12):
        start = m.start()
        for size in (3, 2):        # 广西陆军军官学校, 保定陆军军官学校: the place that owns the school is in its name
            if start >= size and _is_gpe(text[start - size:start]):
                start -= size
                break
        out.append(Candidate(start, m.end(), "ORG", "rule:org-military-school", 65))
    for m in anchored_finditer(_ACADEMY_RE, text, _ACADEMY_ANCHOR, 6):
        name = m.group(1)
        chars = _translit_chars()
        k = len(name)
        while k > 0 and name[k - 1] in chars:
            k -= 1
        cut = max((i + 1 for i, ch in enumerate(name) if ch in "入进在于的了和与及从是考任到"), default=0)
        k = min(k, cut) if cut and len(name) - cut >= 2 else k
        if len(name) - k >= 2:
            out.append(Candidate(m.start(1) + k, m.end(), "ORG", "rule:org-academy", 60))
    return out


def _places_found(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_BASE_AREA_RE, text, _BASE_AREA_ANCHOR, 6):
        end = m.end() - 2 if m.group().endswith("苏区") and not m.group().startswith("中央") else m.end()
        out.append(Candidate(m.start(), end, "LOC", "rule:loc-base-area", 56))   # 陕北苏区 → 陕北 (zh12: the region only)
    for m in anchored_finditer(_NOW_GLOSS_RE, text, _NOW_GLOSS_ANCHOR, 3):
        written, modern = m.group(1), m.group(2)
        if not (_is_gpe(modern) or _plain_unknown(modern)):
            continue
        for k in range(len(written) - 1):
            name = written[k:]
            if k == 0 and written[0] in "之的":
                continue     # 台北之鸡笼(现基隆): the possessive is no part of the name (auditzh4)
            at = m.start(1) + k
            if at > 0 and is_common_word(text[at - 1:at + 1], 50):
                continue     # 中共扎木(现波密)县委: the name's first character ends a word before it (auditzh16)
            if (k == 0 or written[k - 1] in "取占克驻到达至在于从由向经守攻夺入以为和与及抵之的"
                    or is_common_word(text[at - 2:at], 50)) and (
                    _is_gpe(name) or _plain_unknown(name)):
                out.append(Candidate(m.start(1) + k, m.end(1), "GPE", "rule:place-now-glossed", 48,
                                     norm={"modern": modern}))
                out.append(Candidate(m.start(2), m.end(2), "GPE", "rule:place-now-gloss", 48))
                break
    for m in _TOWNSHIP_RE.finditer(text):
        at = m.start()
        if any(at >= size and (_is_gpe(text[at - size:at + 1]) or _is_gpe(text[at - size:at])) for size in (2, 3)) \
                and _plain_unknown(m.group(1)[:2]):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-township", 40))
    for m in rare_finditer(_HILLS_ANCHOR, text):
        count = parse_number(m.group(1).replace("两", "二"))
        start = m.start() - 2 * count
        if start < 0 or not re.fullmatch(f"[{_CJK}]+", text[start:m.start()]):
            continue
        items = [text[k:k + 2] for k in range(start, m.start(), 2)]
        if all(_plain_unknown(item) and not _is_gpe(item) for item in items) and not _is_gpe(text[start - 2:start]):
            out.extend(Candidate(start + 2 * k, start + 2 * k + 2, "LOC", "rule:loc-hills-counted", 40)
                       for k in range(len(items)))
    barriers = {m.group(1) for m in anchored_finditer(_BARRIER_RE, text, _BARRIER_ANCHOR, 0)}
    for name in barriers:
        for w in re.finditer(re.escape(name), text):
            battle = re.match("战役|战斗|之战|大捷", text[w.end():w.end() + 2])
            if battle:          # 腊子口战役: the battle named after the barrier
                out.append(Candidate(w.start(), w.end() + 2, "EVENT", "rule:event-natural-barrier", 48))
            elif not re.match("[乡镇村县市城]|会战", text[w.end():w.end() + 2]):
                out.append(Candidate(w.start(), w.end(), "LOC", "rule:loc-natural-barrier", 40))
    for m in anchored_finditer(_SET_OUT_RE, text, _SET_OUT_ANCHOR, 6):
        name = m.group(1)
        if _plain_unknown(name) or _is_gpe(name):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-set-out-from", 33))
    for m in anchored_finditer(_INTRODUCED_RE, text, _INTRODUCED_ANCHOR, 14):
        name = m.group(1)
        if _plain_unknown(name) or _is_gpe(name):
            for w in re.finditer(re.escape(name), text):
                out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-introduced-town", 34))
    villages = set()
    for m in anchored_finditer(_VILLAGE_AFTER_VERB_RE, text, _VILLAGE_AFTER_VERB_ANCHOR, 4):
        name = m.group(1)
        if _plain_unknown(name[:2]) and not is_common_word(name, 50):
            villages.add(name)
    for name in villages:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-village-entered", 34))
    seen_clauses = set()
    for hit in rare_finditer(_VILLAGE_ITEM_ANCHOR, text):
        at = hit.start()
        # the clause round it, read at most _CLAUSE_REACH characters each way (a text without the
        # punctuation must not be scanned back and forth for every hit)
        low = max(0, at - _CLAUSE_REACH)
        clause_start = max(max(text.rfind(ch, low, at) for ch in "，,。；;：:\n") + 1, low)
        if clause_start in seen_clauses:
            continue
        seen_clauses.add(clause_start)
        high = min(len(text), at + 1 + _CLAUSE_REACH)
        clause_end = min([i for i in (text.find(ch, at + 1, high) for ch in "，,。；;\n") if i >= 0] or [high])
        out.extend(_village_list(text, clause_start, clause_end))
    return out


def _list_tail(part: str) -> int | None:
    """Where the first item of a list starts in `part` (after the last word before the list)."""
    cut = max((i + 1 for i, ch in enumerate(part) if ch in _LIST_BEFORE), default=0)
    for verb in _LIST_AFTER.finditer(part):
        cut = max(cut, verb.end())
    return cut if 2 <= len(part) - cut <= 4 else None


def _list_head(part: str) -> int | None:
    """How long the last item of a list is at the start of `part` (before the verb of the clause)."""
    for size in (4, 3, 2):
        if size <= len(part) and (size == len(part) or _LIST_AFTER.match(part, size)):
            return size
    return None


def _village_list(text: str, start: int, end: int) -> list[Candidate]:
    """The settlements of the 、-lists in text[start:end] (a clause) that are lists of places."""
    lists: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None
    pos = start
    parts = text[start:end].split("、")
    if len(parts) > 12:
        return []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if current is not None and 2 <= len(part) <= 4 and not last:
            current.append((pos, part))
        else:
            if current is not None:
                size = _list_head(part)
                if size:
                    current.append((pos, part[:size]))
                lists.append(current)
                current = None
            if not last:
                cut = _list_tail(part)
                current = [(pos + cut, part[cut:])] if cut is not None else None
        pos += len(part) + 1
    out = []
    for items in lists:
        suffixed = sum(name[-1] in _VILLAGE_SUFFIX and len(name) >= 2 for _, name in items)
        known = sum(_is_gpe(name) or name.endswith("城") and _is_gpe(name[:-1]) for _, name in items)
        if len(items) < 2 or suffixed + known < 2 or not all(
                _is_gpe(name) or _plain_unknown(name) and len(name) <= 3
                or name[-1] in _VILLAGE_SUFFIX and 2 <= len(name) <= 4 and name[0] not in _NOT_PLACE_START
                or name.endswith("城") and (_is_gpe(name[:-1]) or _is_gpe(name[:-2]))      # 淮安县城
                or len(name) == 3 and name[0] in "东西南北" and not any(ch in _NOT_IN_PLACE for ch in name)
                and not is_common_word(name, 300) and name not in _places()     # 南齐曹 in a list of villages
                for _, name in items):
            continue
        out.extend(Candidate(s, s + len(name), "GPE", "rule:place-village-list", 33) for s, name in items)
    return out


def _dates_events(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_SAME_MONTH_DAY_RE, text, _SAME_MONTH_ANCHOR, 0):
        out.append(Candidate(m.start(1), m.end(), "DATE", "rule:date-same-month-day", 53))
    for m in anchored_finditer(_ORDINAL_EXPEDITION_RE, text, _ORDINAL_EXPEDITION_ANCHOR, 4):
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-ordinal-expedition", 50))
    return out


def find_written8(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    return _units(text) + _persons(text) + _orgs(text) + _places_found(text) + _dates_events(text)
