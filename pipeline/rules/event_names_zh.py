"""Chinese names of wars, battles and incidents (1840–1980) the head walk of pipeline.rules.events misses,
written from the grammar of such names as historians write them (not from any set's misses):

- a sexagenary year before a war or incident head: 甲午海战, 甲申政变, 壬午兵变, 庚子之变, 戊戌政变
  (the stem and branch must make one of the sixty years: same parity);
- a month-day name (九一八, 八一三, 一·二八, 一二·九, 双十二, 五卅) before any event head, also before the battle heads
  the head walk leaves out (八二三炮战, 八一四空战), and before a place and a campaign head (八一三淞沪抗战,
  冀中五一大扫荡 keeps its region); the digits must read as a month (1–12) and a day (1–31);
- a quoted month-day name before a head or a temporal word: “七·七”事变, 「八二三」炮战, “九一八”以后 → the quoted
  name alone is the EVENT (the reading of the sets: the quotes close around the name);
- coordinated or dashed names sharing one head (guideline 10): 平津、淮海战役, 新保安-张家口战役 — the right name
  is the one pipeline.rules.events finds, the left one a place or a pair of abbreviations;
- the 1979 war named by its target: 对越自卫反击战, 对越自卫还击作战 (对 + a country's one-character name);
- a county or prefecture before a battle head even where its short form is an ordinary word the gazetteer leaves
  out (石门战役, 界首战役: every county/prefecture of gazetteer_cn.tsv, short form = name without 县/市/区/旗), and a
  3-4 character place name of jieba's dictionary (ns) however rare (百灵庙战斗, 沙家浜战斗);
- ordinals coordinated or ranged before one name (guideline 10): 第一、二次长沙会战, 第一、第二次东征,
  第一至第五次反“围剿” are one span;
- a railway's campaign: 津浦路北段战役, 平汉路破击战 (a pair of abbreviations + 路/铁路 [+ its section] + head);
- a region's fight against a sweep: 冀中反扫荡, 冀中五一反“扫荡” (a place or region, a season or month-day name);
- another name given to an event right after it: 又称/亦称/俗称/史称/日方称(之为) + a quoted name («西仔反») or a name
  ending in a head (又称汀泗橋戰鬥, 日本稱長沙作戰), and the Japanese name in brackets (日语:第二次長沙作戦) — only where an
  event head closes the 30 characters before (the subject is an event);
- an expedition numbered by its ordinal: 第一次入缅作战 (第N次 + 入/出 + a country's one- or two-character name);
- operation code names: 十一号作战 (the whole numeral), and quoted with a code character: 「捷一號作戰」, “ケ号作战”;
- wars named by their aim against a country: 抗法战争, 抗美援越战争, 越南抗法战争 (a known country before it stays in,
  as in 中国抗日战争); a country's civil war or war of independence: 西班牙内战, 美国独立战争;
- border conflicts between two countries: 中苏边界冲突, 中越边境冲突, 中印边境武装冲突;
- treaties between two countries named by their kind: 中苏友好同盟条约, 中美共同防御条约, 苏日中立条约.

find_event_names(text) returns EVENT candidates at priority 46: they hold the shorter event spans they extend.
Cost: one guarded scan for the head literals; each rule reads at most 16 characters back from a head.

find_ordinal_expeditions(text): EVENT a named expedition with its ordinal (第一次东征, 第二次北伐: guideline 10),
priority 50, anchored on 次 before the head. First seen on real-dev8-zh (session 6, helper zh8; moved here from
written_zh8 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.rules.name_walk import CHINESE_DIGITS, is_place_token, token_before
from pipeline.rules.names import word_info
from pipeline.rules.scan import anchored_finditer, guarded, rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:event-name"
PRIORITY = 46   # above the place-war rule of war_episodes_zh (淞沪抗战 inside 八一三淞沪抗战)

_DATE_CHARS = "〇零一二三四五六七八九十廿卅双雙·・．."
_OPEN_QUOTES = "“「『\""
_CLOSE_QUOTES = "”」』\""
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
# heads a sexagenary year names (甲午战争, 辛亥革命, 戊戌变法, 庚子之变, 壬午兵变)
CYCLIC_HEADS = ("海战", "战争", "战役", "之战", "之役", "事变", "之变", "政变", "兵变", "起义", "革命", "变法",
                 "国变", "之乱", "条约", "陆战", "战事")
# heads a month-day name stands before
_DATE_HEADS = ("事变", "事件", "惨案", "运动", "起义", "暴动", "政变", "兵变", "抗战", "炮战", "砲战", "空战", "海战",
               "大捷", "大扫荡", "战役", "会战", "战争", "之战", "之役", "会议", "协定", "大罢工", "罢工")
_CODE_HEADS = ("作战", "战役", "会战")
_EXPEDITION_RE = re.compile(f"第[{CHINESE_DIGITS}0-9]{{1,2}}次[入出](?:缅甸|越南|朝鲜|印度|[缅越朝印])$")
_CODE_NAME_RE = re.compile(f"([{_OPEN_QUOTES}]?)([\u4e00-\u9fff\u30a0-\u30ff]?[〇一二三四五六七八九十0-9０-９]{{0,4}})号$")
_COORDINATED_HEADS = ("会战", "战役", "作战", "战争", "大捷", "之战", "之役", "起义", "暴动", "事变", "攻势", "反攻", "战斗")
# heads of a battle a county names (石门战役)
_COUNTY_HEADS = ("战役", "会战", "战斗", "保卫战", "攻坚战", "阻击战", "争夺战", "攻防战", "围城战", "大捷", "之战", "之役",
                 "起义", "暴动", "事变", "惨案")
_TREATY_HEADS = ("条约", "协定")
# (战斗 and 作战 after a railway's section are the fighting there: 浙赣路西段战斗 in a list of an operation's parts)
_RAILWAY_HEADS = ("战役", "破击战", "破袭战")
_RAILWAY_BEFORE = re.compile("([\u4e00-\u9fff]{2})(?:铁路|公路|路)(?:[东南西北中]{1,2}段|沿线)?$")
_SWEEP_BEFORE = re.compile(f"(?:春季|夏季|秋季|冬季|[{_DATE_CHARS}]{{2,4}})?反[“「『\"]?$")
_LISTED_ORDINALS = re.compile(
    f"第[{CHINESE_DIGITS}0-9]{{1,3}}(?:次?[、，,和及与至到~～－—-]第?[{CHINESE_DIGITS}0-9]{{1,3}}){{1,4}}次")
_ENCIRCLEMENT_AFTER = re.compile("反?[“「『\"]?围剿")
_EXPEDITION_NAMES = ("东征", "北伐", "西征", "反围剿")
_HEADS = sorted(set(CYCLIC_HEADS + _DATE_HEADS + _CODE_HEADS + _COORDINATED_HEADS + _COUNTY_HEADS + _TREATY_HEADS
                    + _RAILWAY_HEADS + ("自卫反击", "自卫还击", "扫荡", "冲突", "内战", "独立战争")),
                  key=longest_first)
_HEAD_RE = guarded(re.compile("|".join(_HEADS)))

# a two-character quoted month-day name, one or two words of kind and its head (“五卅”反帝运动, “二七”大罢工; s19zhevt)
_HEAD_AFTER_MODIFIER = guarded(re.compile("[\u4e00-\u9fff]{1,2}?(?:" + "|".join(_HEADS) + ")"))

_DIGIT_VALUE = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DATE_NAME_END = re.compile(f"(?<![{CHINESE_DIGITS}0-9第])([{_DATE_CHARS}]{{2,6}})$")
_QUOTED_DATE_RE = re.compile(
    f"[{_OPEN_QUOTES}]([{_DATE_CHARS}]{{2,6}})[{_CLOSE_QUOTES}]"
    "(?=[\u4e00-\u9fff]{0,4}?(?:" + "|".join(_DATE_HEADS) + ")|以后|之后|以前|之前|前后|后|前|期间|时期|爆发|发生|当天|当晚|那天|纪念)")
_PLACE_BEFORE_DATE = re.compile("([\u4e00-\u9fff]{2,3})$")
_TARGET_WAR_RE = re.compile("对[越印苏日中]$")
_COUNTRIES = "中日英法俄美德意奥葡西荷朝越韩苏印泰缅蒙"
_TREATY_KIND_RE = re.compile(f"([{_COUNTRIES}][{_COUNTRIES}](?:友好同盟|友好互助|同盟互助|共同防御|互不侵犯|中立|友好|同盟|互助|"
                             "共同防御|和平友好|通商|修好|军事))$")
_CONFLICT_RE = re.compile(f"([{_COUNTRIES}])([{_COUNTRIES}])(?:两国)?(?:边界|边境)(?:武装)?$")
_SEPARATORS = "、-—－–"
_AIM_WAR_RE = re.compile(f"抗[{_COUNTRIES}](?:援[{_COUNTRIES}])?$")


def _part_value(part: str) -> int | None:
    """一二 → 12, 十二 → 12, 卅 → 30, 廿八 → 28, 双十二 → None (handled by the caller)."""
    if not part:
        return None
    if part == "卅":
        return 30
    if part[0] in "廿卅" and len(part) == 2 and part[1] in _DIGIT_VALUE:
        return (20 if part[0] == "廿" else 30) + _DIGIT_VALUE[part[1]]
    if "十" in part:
        if part == "十":
            return 10
        if part.startswith("十") and len(part) == 2 and part[1] in _DIGIT_VALUE:
            return 10 + _DIGIT_VALUE[part[1]]
        if len(part) in (2, 3) and part[1] == "十" and part[0] in _DIGIT_VALUE:
            return _DIGIT_VALUE[part[0]] * 10 + (_DIGIT_VALUE[part[2]] if len(part) == 3 else 0)
        return None
    if all(ch in _DIGIT_VALUE for ch in part) and len(part) <= 2:
        value = 0
        for ch in part:
            value = value * 10 + _DIGIT_VALUE[ch]
        return value
    return None


def month_day_name(name: str) -> bool:
    """九一八, 一·二八, 一二·九, 七七, 五卅, 双十二, 二二八: the characters read as a month and a day."""
    if name[0] in "双雙":
        return name[1:] in ("十", "十二")
    for dot in "·・．.":
        if dot in name:
            month, _, day = name.partition(dot)
            m, d = _part_value(month), _part_value(day)
            return bool(m and d and 1 <= m <= 12 and 1 <= d <= 31)
    if any(ch in "双雙" for ch in name):
        return False
    for cut in range(1, len(name)):
        m, d = _part_value(name[:cut]), _part_value(name[cut:])
        if m and d and 1 <= m <= 12 and 1 <= d <= 31 and (m >= 10 or cut == 1):
            return True
    return False


def cyclic_year(pair: str) -> bool:
    return (len(pair) == 2 and pair[0] in STEMS and pair[1] in BRANCHES
            and STEMS.index(pair[0]) % 2 == BRANCHES.index(pair[1]) % 2)


def _event_start(text: str, head: str, head_start: int) -> int:
    from pipeline.rules.event_name_starts import event_name_start

    return event_name_start(text, head, head_start)


def find_event_names(text: str) -> list[Candidate]:
    """EVENT candidates of the forms in the module doc."""
    out: list[Candidate] = []
    pos = 0
    while (match := _HEAD_RE.search(text, pos)) is not None:
        head_start, end = match.span()
        pos = head_start + 1     # heads overlap: 海战 and 战役 in 淮海战役
        head = match.group()
        if head in ("战争", "内战", "独立战争"):
            found = _country_war(text, head, head_start, end)
            if found is not None:
                out.append(found)
                continue
        if head == "冲突":
            conflict = _CONFLICT_RE.search(text, max(0, head_start - 8), head_start)
            if conflict and conflict.group(1) != conflict.group(2):
                out.append(Candidate(conflict.start(), end, "EVENT", SOURCE, PRIORITY))
            continue
        if head == "扫荡":
            found = _sweep(text, head_start, end)
            if found is not None:
                out.append(found)
            continue
        if head in _RAILWAY_HEADS and head_start >= 3:
            railway = _RAILWAY_BEFORE.search(text, max(0, head_start - 8), head_start)
            if railway and is_place_token(railway.group(1)):
                out.append(Candidate(railway.start(), end, "EVENT", SOURCE, PRIORITY))
                continue
        if head in _TREATY_HEADS:
            kind = _TREATY_KIND_RE.search(text, max(0, head_start - 8), head_start)
            if kind and kind.group(1)[0] != kind.group(1)[1]:
                out.append(Candidate(kind.start(1), end, "EVENT", SOURCE, PRIORITY))
                continue
        if head in ("自卫反击", "自卫还击"):
            tail = re.compile("作战|战").match(text, end)
            if tail and _TARGET_WAR_RE.search(text, max(0, head_start - 2), head_start):
                out.append(Candidate(head_start - 2, tail.end(), "EVENT", SOURCE, PRIORITY))
            continue
        if head == "作战" and head_start >= 5:
            expedition = _EXPEDITION_RE.search(text, max(0, head_start - 9), head_start)
            if expedition:
                out.append(Candidate(expedition.start(), end, "EVENT", SOURCE, PRIORITY))
                continue
        if head in _CODE_HEADS and head_start >= 2 and text[head_start - 1] == "号":
            found = _code_name(text, head_start, end)
            if found is not None:
                out.append(found)
            continue
        if head in CYCLIC_HEADS and head_start >= 2 and cyclic_year(text[head_start - 2:head_start]):
            if head_start < 3 or text[head_start - 3] not in STEMS + BRANCHES:
                # at the event finder's priority: a listed longer name holds it (中日甲午战争)
                out.append(Candidate(head_start - 2, end, "EVENT", SOURCE, PRIORITY - 1))
                continue
        if head in _DATE_HEADS:
            found = _date_named(text, head, head_start, end)
            if found is not None:
                out.append(found)
                continue
        if head in _COORDINATED_HEADS and head_start >= 4 and _has_separator(text, head_start):
            found = _coordinated(text, head, head_start, end)
            if found is not None:
                out.append(found)
                continue
        if head in _COUNTY_HEADS and head_start >= 2:
            found = _county_battle(text, head, head_start, end)
            if found is not None:
                out.append(found)
    if "次" in text and ("、" in text or "至" in text or "到" in text):
        out.extend(_listed_ordinals(text))
    out.extend(find_event_aliases(text))
    if any(q in text for q in _OPEN_QUOTES):
        for match in rare_finditer(_QUOTED_DATE_RE, text):
            name = match.group(1)
            if (len(name.strip("·・．.")) >= 3 or _HEAD_RE.match(text, match.end())
                    or _HEAD_AFTER_MODIFIER.match(text, match.end())) and month_day_name(name):
                out.append(Candidate(match.start(1), match.end(1), "EVENT", SOURCE, PRIORITY))
    return out


def _date_named(text: str, head: str, head_start: int, end: int) -> Candidate | None:
    """九一八事变, 八二三炮战, 八一三淞沪抗战, 冀中五一大扫荡 (an unquoted month-day name before the head)."""
    floor = max(0, head_start - 10)
    date = _DATE_NAME_END.search(text, floor, head_start)
    if date is not None:
        name = date.group(1)
        if not month_day_name(name) or (len(name) == 2 and head in ("战役", "会战", "战争", "之战", "之役")):
            return None
        start = date.start(1)
        place = _PLACE_BEFORE_DATE.search(text, max(0, start - 3), start)
        if head == "大扫荡" and place:
            begin, ok = token_before(text, start, max(0, start - 4))
            if ok and start - begin >= 2:
                start = begin     # 冀中五一大扫荡: the region the sweep named keeps its place
        return Candidate(start, end, "EVENT", SOURCE, PRIORITY)
    if head in ("抗战", "会战", "战役", "事变"):
        # 八一三淞沪抗战: a month-day name, then the place
        for width in (2, 3, 4):
            place_start = head_start - width
            if place_start < 3 or not is_place_token(text[place_start:head_start]):
                continue
            date = _DATE_NAME_END.search(text, max(0, place_start - 7), place_start)
            if date and len(date.group(1)) >= 3 and month_day_name(date.group(1)):
                return Candidate(date.start(1), end, "EVENT", SOURCE, PRIORITY)
    return None


def _has_separator(text: str, head_start: int) -> bool:
    window = text[max(0, head_start - 12):head_start]
    return any(sep in window for sep in _SEPARATORS)


_VERB_BEFORE_LIST = ("取得", "经过", "参加", "参与", "指挥", "发起", "发动", "进行", "经历", "打赢", "赢得", "了")


def _two_char_after_verb(text: str, begin: int) -> bool:
    """Two CJK characters at `begin` (the first name of a coordinated pair) right after a verb of taking part,
    winning or launching: 先后取得宿北、鲁南战役, 参加了X、Y战役."""
    name = text[begin:begin + 2]
    return (all("\u4e00" <= ch <= "\u9fff" for ch in name) and not any(ch in CHINESE_DIGITS for ch in name)
            and text.endswith(_VERB_BEFORE_LIST, 0, begin))


def _coordinated(text: str, head: str, head_start: int, end: int) -> Candidate | None:
    """平津、淮海战役, 新保安-张家口战役: a place joined to the name the event finder reads before the head."""
    start = _event_start(text, head, head_start)
    if start < 0 and head == "战斗" and text[head_start - 1:head_start] not in _SEPARATORS:
        from pipeline.normalize.places import place_lexicon

        lexicon = place_lexicon()      # 雁宿崖、黄土岭战斗: a place of the lists before the fight (auditzh14)
        start = next((head_start - k for k in (4, 3, 2) if text[head_start - k:head_start] in lexicon), -1)
    if head == "战斗" and start >= 0:
        from pipeline.rules.event_name_starts import IN_THE_BATTLE, all_place_name

        if not all_place_name(text[start:head_start]):
            return None                # 温州市、松阳县战斗: a county or city fought in, no named battle
    if start < 0:
        return None
    if any(sep in text[start:head_start] for sep in _SEPARATORS):
        return Candidate(start, end, "EVENT", SOURCE, PRIORITY)   # the walk read the list: 长沙、衡阳会战
    if start <= 1 or text[start - 1] not in _SEPARATORS:
        return None
    floor = max(0, start - 6)
    begin, ok = token_before(text, start - 1, floor)
    if not ok:
        from pipeline.normalize.places import place_lexicon

        lexicon = place_lexicon()      # 雁宿崖、黄土岭战斗: a LOC of the place lists (auditzh14)
        begin, ok = next(((start - 1 - k, True) for k in (5, 4, 3, 2)
                          if start - 1 - k >= floor and text[start - 1 - k:start - 1] in lexicon), (begin, ok))
    if (not ok or start - 1 - begin < 2) and start >= 3 and _two_char_after_verb(text, start - 3):
        begin, ok = start - 3, True   # 取得宿北、鲁南战役: a two-character name right after a verb of fighting (s18zhqty)
    if not ok or start - 1 - begin < 2:
        return None
    if begin > 0 and text[begin - 1] in _SEPARATORS:
        return None   # a longer list (甲、乙、丙战役) is left to the head walk
    if head in ("作战", "攻势", "反攻") and begin > 0 and text[begin - 1] in "在于向从赴入到往":
        return None   # 在湖南、广西作战: fighting somewhere
    if head == "战斗" and begin > 0 and text[begin - 1] in "在于" and not IN_THE_BATTLE.match(text, end):
        return None   # 在甲岭、乙岭战斗到天明: fighting at places
    return Candidate(begin, end, "EVENT", SOURCE, PRIORITY)


@lru_cache(maxsize=1)
def _county_short_forms() -> frozenset[str]:
    """Short forms of every county and prefecture of gazetteer_cn.tsv (石门 of 石门县, 界首 of 界首市), also those the
    gazetteer leaves out as ordinary words, except the very common words (东方, 和平: jieba count >= 1000)."""
    words = word_info()
    out = set()
    for row in read_rows("gazetteer_cn.tsv"):
        if len(row) > 3 and row[3] in ("county", "prefecture") and len(row[0]) == 3 and row[0][-1] in "县市区旗":
            short = row[0][:-1]
            info = words.get(short)
            if not (info and info[0] >= 1000 and info[1] != "ns"):
                out.add(short)
    return frozenset(out)


def _county_battle(text: str, head: str, head_start: int, end: int) -> Candidate | None:
    """石门战役, 第三次界首战役: a county's short form (and an ordinal) before a battle head the event finder left."""
    from pipeline.rules.event_name_starts import IN_THE_BATTLE, ORDINAL_BEFORE, left_boundary_ok

    if head == "战斗" and text.startswith(("英雄", "模范", "功臣"), end):
        return None    # X岛战斗英雄: a hero of the fighting there (docs/annotation-guidelines.md readings)
    start = head_start - 2
    if text[start:head_start] not in _county_short_forms() or not left_boundary_ok(text, start):
        start = -1
        for width in (4, 3):    # 百灵庙战斗, 沙家浜战斗: a place name jieba's dictionary lists (ns), however rare
            info = word_info().get(text[head_start - width:head_start]) if head_start >= width else None
            if info and info[1] == "ns" and left_boundary_ok(text, head_start - width):
                start = head_start - width
                break
            if _korean_village(text, head_start - width, head_start):
                start = head_start - width
                break
        if start < 0:
            return None
    if head == "战斗":
        if text[head_start - 1] in "县市省区":
            return None    # 松阳县战斗: the fighting in a county (a battle takes the bare name)
        if start > 0 and text[start - 1] in "在于向从到往赴入" and not IN_THE_BATTLE.match(text, end):
            return None    # 部队在沙家浜战斗: fighting somewhere
    found = _event_start(text, head, head_start)
    if 0 <= found <= start:
        return None    # the event finder reads it already (or a longer name)
    ordinal = ORDINAL_BEFORE.search(text, max(0, start - 6), start)
    return Candidate(ordinal.start() if ordinal else start, end, "EVENT", SOURCE, PRIORITY)


def _korean_village(text: str, start: int, end: int) -> bool:
    """下碣隅里战斗, 第二次战役新兴里战斗: a Korean village (里 ri, 洞 dong) the gazetteer knows as a settlement, after a word
    boundary or right after the campaign it belongs to (auditzh16, Korean War pages)."""
    from pipeline.normalize.places import place_lexicon
    from pipeline.rules.event_name_starts import left_boundary_ok

    if start < 0 or text[end - 1] not in "里洞":
        return False
    entry = place_lexicon().get(text[start:end])
    if not entry or entry.label != "GPE":
        return False
    return left_boundary_ok(text, start) or text.endswith(("战役", "会战"), 0, start)


def _code_name(text: str, head_start: int, end: int) -> Candidate | None:
    """十一号作战 (the whole numeral), 「捷一号作战」 and “ケ号作战” (a code character inside quotes)."""
    code = _CODE_NAME_RE.search(text, max(0, head_start - 7), head_start)
    if code is None or not code.group(2):
        return None
    name = code.group(2)
    if name[0] in _CODE_DIGITS:
        if code.start(2) > 0 and text[code.start(2) - 1] == "第":
            return None
    elif not ("\u30a0" <= name[0] <= "\u30ff"
              or (code.group(1) and end < len(text) and text[end] in _CLOSE_QUOTES)):
        name = name[1:]     # 发动一号作战: a code character counts only inside quotes, or as kana
        if not name:
            return None
    return Candidate(head_start - 1 - len(name), end, "EVENT", SOURCE, PRIORITY)


_CODE_DIGITS = "〇一二三四五六七八九十0123456789０１２３４５６７８９"


def _sweep(text: str, head_start: int, end: int) -> Candidate | None:
    """冀中反扫荡, 北岳区秋季反扫荡, 冀中五一反“扫荡”: a place's fight against a sweep."""
    if end < len(text) and text[end] in _CLOSE_QUOTES:
        end_quote = True
    else:
        end_quote = False
    sweep = _SWEEP_BEFORE.search(text, max(0, head_start - 6), head_start)
    if sweep is None or sweep.start() < 2:
        return None
    if sweep.group().endswith(tuple(_OPEN_QUOTES)) and not end_quote:
        return None
    begin, ok = token_before(text, sweep.start(), max(0, sweep.start() - 6))
    if not ok or sweep.start() - begin < 2:
        return None
    return Candidate(begin, end, "EVENT", SOURCE, PRIORITY)   # a closing quote stays outside (rule 13)


def _listed_ordinals(text: str) -> list[Candidate]:
    """第一、二次长沙会战, 第一、第二次东征: ordinals listed before one event name."""
    out = []
    for match in _LISTED_ORDINALS.finditer(text):
        after = match.end()
        encirclement = _ENCIRCLEMENT_AFTER.match(text, after)
        if encirclement:     # 第一至第五次反“围剿”: the closing quote stays outside (rule 13)
            out.append(Candidate(match.start(), encirclement.end(), "EVENT", SOURCE, 50))
            continue
        for name in _EXPEDITION_NAMES:
            if text.startswith(name, after):
                # at the ordinal-expedition rule's priority (第二次东征, written_zh): the list holds it
                out.append(Candidate(match.start(), after + len(name), "EVENT", SOURCE, 50))
                break
        else:
            head = _HEAD_RE.search(text, after, after + 10)
            if head is None:
                continue
            start = _event_start(text, head.group(), head.start())
            if match.start() < start <= after:
                out.append(Candidate(match.start(), head.end(), "EVENT", SOURCE, PRIORITY))
    return out


_ALIAS_RE = re.compile(
    "(?:(?:又|亦|俗|史|简|簡|或|通|也|日方|日本|日军|日軍|日人)(?:称|稱|名)(?:之)?(?:为|為|作)?|日[语語文][:：])[ ]?")
# every alias cue holds one of these characters at most two characters after its start (又称, 日方称, 日语：)
_ALIAS_ANCHOR = re.compile("[称稱名:：]")
_ALIAS_HEAD_FORMS = ("会战|會戰|会戦|战役|戰役|戦役|作战|作戰|作戦|之战|之戰|之戦|之役|战斗|戰鬥|戰鬪|戦闘|海战|海戰|海戦|"
                     "事变|事變|事変|事件|战争|戰爭|戦争|攻略战|攻略戰|攻略戦|反击战|反擊戰|保卫战|保衛戰|大捷|攻势|攻勢|"
                     "起义|起義|空袭|空襲|会师|會師|攻城战|攻城戰|围城战|圍城戰|歼灭战|殲滅戰")
_ALIAS_QUOTED = re.compile("[“「『]([^“”「」『』，,。；;：:（）()\n]{2,14})[”」』]")
_ALIAS_BARE = re.compile("([\u4e00-\u9fff\u30a0-\u30ff·]{1,12}?(?:" + _ALIAS_HEAD_FORMS + "))")
_ALIAS_MORE = re.compile("(?:[（(][）)])?(?:或|、|及|和|，或|,或)")
_EVENT_BEFORE = re.compile("(?:" + _ALIAS_HEAD_FORMS + "|" + "|".join(_HEADS) + ")(?:\\[[0-9]{1,2}\\])?[”」』]?[，,、（(]?$")


def find_event_aliases(text: str) -> list[Candidate]:
    """Other names of an event written right after it (see the module doc)."""
    out = []
    for match in anchored_finditer(_ALIAS_RE, text, _ALIAS_ANCHOR, 2):
        if not _EVENT_BEFORE.search(text, max(0, match.start() - 30), match.start()) and not _event_head_near(
                text, match.start()):
            continue
        at = match.end()
        while True:
            quoted = _ALIAS_QUOTED.match(text, at)
            if quoted:
                out.append(Candidate(quoted.start(1), quoted.end(1), "EVENT", SOURCE, PRIORITY))
                at = quoted.end()
            else:
                bare = _ALIAS_BARE.match(text, at)
                if bare is None or len(bare.group(1)) < 3:
                    break
                out.append(Candidate(bare.start(1), bare.end(1), "EVENT", SOURCE, PRIORITY))
                at = bare.end()
            more = _ALIAS_MORE.match(text, at)
            if more is None:
                break
            at = more.end()
    return out


def _event_head_near(text: str, at: int) -> bool:
    """An event head within the 30 characters before `at`, with no sentence end between."""
    window = text[max(0, at - 30):at]
    cut = max(window.rfind("。"), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1:]
    return re.search(_ALIAS_HEAD_FORMS, window) is not None


def _country_war(text: str, head: str, head_start: int, end: int) -> Candidate | None:
    """抗法战争, 抗美援越战争, 越南抗法战争; 西班牙内战, 美国独立战争."""
    from pipeline.rules.name_walk import big_places

    if head == "战争":
        aim = _AIM_WAR_RE.search(text, max(0, head_start - 4), head_start)
        if aim is None or aim.group()[1] == "日":
            return None     # 抗日战争 is listed (events.tsv)
        start = aim.start()
    else:
        start = head_start
    for width in (4, 3, 2):
        if start >= width and text[start - width:start] in big_places():
            return Candidate(start - width, end, "EVENT", SOURCE, PRIORITY)
    return Candidate(start, end, "EVENT", SOURCE, PRIORITY) if start < head_start else None


_DIGIT1 = "一二三四五六七八九十"

_ORDINAL_EXPEDITION_RE = re.compile(f"第[{_DIGIT1}0-9]{{1,2}}次(?:东征|西征|南征|北伐|北上)")
_ORDINAL_EXPEDITION_ANCHOR = re.compile("次(?=东征|西征|南征|北伐)")


def find_ordinal_expeditions(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "EVENT", "rule:event-ordinal-expedition", 50)
            for m in anchored_finditer(_ORDINAL_EXPEDITION_RE, text, _ORDINAL_EXPEDITION_ANCHOR, 4)]
