"""Chinese text as written on Traditional-script pages and books about the late Qing wars and 1937-1945
(session 6, real-dev7-zh): grammar classes the other finders miss.

`find_written7(text)` (working text, Simplified) proposes:

- PERSON: a name after a post of the Qing army and administration or a word for a commander (提督X, 巡抚X,
  总兵X, 统领X, 老将X, 将领X, 委员X); a commander between his force and its strength (淮军X部, 毅军X一营);
  the names that open a clause and lead a force (，X带楚军十营, ；X、Y带十余营); a name appointed (任命X为);
  two names before a joint action (X和Y先后率); a name counted with others (X等四将); the addressee of a
  telegram (致电X：); the rows of a wiki infobox's commanders block (指挥官与领导者, 孤拔病逝 → 孤拔); Japanese
  imperial princes (北白川宫能久亲王 → 北白川宫能久, later 能久亲王 → 能久). A name found so is a name
  everywhere in the text, and its art name after 号 (X号萃亭) is one too.
- EVENT: wars named by two countries (中法战争, 中英战争: one character each, as written by Chinese
  historians); X之役 after a boundary (台澎之役, 乙未之役); X海战 with an unfamiliar place (丰岛海战); battle
  names glued one after the other by a wiki copy (基隆战役淡水战役月眉山战役: each its own span).
- MIL_UNIT: the drilled armies of the Qing provinces (奉天练军, 奉天吉林练军) and a battalion named by its
  character after them (奉天练军盛字营, rule 3) or alone (盛字营); a column written with a digit (3纵).
- QUANTITY: battalions counted without a measure word (十余营, 八营, 32营, 马步六营: the Qing army's unit of
  account), not a designation (一团三营, 的一营, 三营长, 一营、二营).
- DATE: a year of the Republic written without 民国 before a month and a day (三十三年七月九日 → 1944-07-09;
  Taiwanese usage, years 20-39 only, where a bare number + 年 + 月 is never a duration).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer), so text
without these words costs one C-level scan per pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units
from pipeline.rules.names_common import is_common_word, surnames, verb_word, word_info
from pipeline.rules.scan import anchored_finditer, read_back_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "一二三四五六七八九十百两"

# --------------------------------------------------------------------------- PERSON

# posts of the Qing army and administration, and words for a commander, written right before a name
_QING_POSTS = ("提督|巡抚|总督|总兵|统领|管带|帮办|帮统|分统|翼长|营官|知府|知县|知州|道台|道员|都统|钦差大臣|老将|名将|"
               "将领|委员|主帅|统帅|学士|尚书|侍郎|御史|布政使|按察使|参将")
_POST_NAME_RE = re.compile(f"(?:{_QING_POSTS})(?=[{_CJK}])")
_POST_ANCHOR = re.compile(f"(?:{_QING_POSTS})")
# what may follow a name: a verb, particle, numeral or punctuation (毅然/仔细 are checked as words)
_AFTER_NAME = set("率带于在为亲前来和与及等的,，。、；;：:（(将奉即遂则乃所部驻守向已再也亦曾被致号值从到赴退进奏出入拒攻闻见说称请令命督"
                  "一二三四五六七八九十两0123456789\n 　）)")
_NOT_IN_NAME = set("的了在是和与及等于被把对向从由令率所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
                   "军部敌我兵队营师团旅为以将年月日时")
# a commander between his force and its strength: 淮军王孝祯部, 毅军赵杰伟一营, 盛军卫本先三营
_FORCE_NAME_RE = re.compile(f"军(?<=[{_CJK}]军)([{_CJK}]{{3}})(?=所?部|率|[{_ZH_NUM}0-9]{{1,3}}[余多]?营)")
_FORCE_NAME_ANCHOR = re.compile("军")
_DESIGNATED_ARMY_RE = re.compile(f"(?:第|[0-9])[{_ZH_NUM}0-9]{{0,4}}(?:集团|方面|路)?军$")   # 第十一集团军宋某率部 (auditzh27)
# names that open a clause and lead a force: ；王德榜带楚军十营 / ；蒋宗议、方支升带十余营
_LEADERS_RE = re.compile(
    f"[，,；;。：:\n]((?:[{_CJK}]{{3}}、){{0,3}}[{_CJK}]{{3}})(?=(?:亲|分|各)?(?:带|率|统)(?:领|率)?"
    f"(?:[{_CJK}]{{1,3}}军|[{_ZH_NUM}0-9]{{1,3}}[余多]?营|所部|本部|部))")
_APPOINTED_RE = re.compile(f"任命([{_CJK}]{{3}})(?=为)")
_APPOINTED_ANCHOR = re.compile("任命")
# (starts with the conjunction, the first name read back in a fixed-width look-behind: re skips in C)
_PAIR_RE = re.compile(f"[和与及](?<=([{_CJK}]{{3}})[和与及])([{_CJK}]{{3}})(?=先后|分别|率|一同|共同|均|都|二人|两人)")
_COUNTED_RE = re.compile(f"等(?<=([{_CJK}]{{3}})等)[{_ZH_NUM}]{{1,2}}(?:将|人|员)")
_COUNTED_ANCHOR = re.compile("等")
_TELEGRAM_RE = re.compile(f"致电([{_CJK}]{{3}})(?=[：:，,])")
_TELEGRAM_ANCHOR = re.compile("致电")
# the commanders block of a wiki infobox: one name a line, a death mark glued (孤拔病逝), until the next field
_COMMANDERS_HEAD_RE = re.compile("指挥官(?:与|和)领导者\n")
_BLOCK_END = ("参战单位", "兵力", "伤亡与损失", "参战方", "结果", "地点", "日期")
_POST_ENDS = ("主席", "总理", "总统", "司令", "书记", "部长", "长官", "军长", "师长", "首相", "大臣", "天皇", "元帅", "将军", "委员")
_ROW_RE = re.compile(f"([{_CJK}]{{2,4}}?|[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}}){{1,3}})(?:病逝|阵亡|战死|自杀|被俘|负伤|†)?")
# after a name + 军, characters that make 军 part of a word (军官, 军事, 军长): no force named after him
_NOT_AFTER_FORCE = set("官事长队人民政务需械令心中阀团区部纪衔功力门装费校舰")
# a Japanese imperial prince: house (宫) + given name + 亲王/王
_PRINCE_RE = re.compile(f"([{_CJK}]{{1,3}}宫)([{_CJK}]{{2}})(?=亲王|王)")
_PRINCE_ANCHOR = re.compile("宫")


# a note in brackets after a commander's name (孙蔚如(前13次), 何应钦(第14次), 寺内寿一(华北方面军司令官))
_NOTE_RE = re.compile(r"\s*[（(][^（()）\n]{1,16}[)）]$")


def _block_closed(text: str, pos: int) -> bool:
    """A line starting with the next infobox field (兵力, 伤亡与损失 …) comes within 24 lines of the commanders head:
    the block is delimited, so a blank line inside it (mirrors put one after the head and between the sides:
    指挥官与领导者 / 卫立煌 … / (blank) / 多田骏 …) does not end it."""
    for _ in range(24):
        line_end = text.find("\n", pos)
        line = text[pos:len(text) if line_end < 0 else line_end].strip()
        if line.startswith(_BLOCK_END):
            return True
        if line_end < 0 or len(line) > 24:
            return False        # the text ends, or a line of prose: no infobox field closes the block
        pos = line_end + 1
    return False


@lru_cache(maxsize=1)
def _places():
    return place_lexicon()


def _known_persons() -> dict:
    """The person lexicon's names: a row naming one is left to the lexicon span, which carries the canonical."""
    from pipeline.rules.names_common import _person_lexicon

    return _person_lexicon()[0]


def _name_ok(name: str) -> bool:
    single, compound = surnames()
    return ((name[0] in single or name[:2] in compound) and not any(ch in _NOT_IN_NAME for ch in name[1:])
            and name not in _places() and not is_common_word(name, 50) and not _verb_given(name))


def _verb_given(name: str) -> bool:
    """The characters after the surname are a verb of some frequency (将|官毙命: 毙命, "was killed")."""
    return len(name) == 3 and verb_word(name[1:], 50)


def _name_end(text: str, pos: int) -> int:
    """End of a 3- (else 2-) character Chinese name at pos followed by a verb, particle, numeral or punctuation."""
    for size in (3, 2):
        name = text[pos:pos + size]
        if len(name) < size or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or not _name_ok(name):
            continue
        after = text[pos + size:pos + size + 1]
        if after and _verb_given(text[pos + size - 2:pos + size + 1]):
            continue       # 将|官毙|命: the name's last character opens a verb with the next (毙命)
        if after == "" or after in _AFTER_NAME or is_common_word(text[pos + size:pos + size + 2], 300):
            return pos + size
    return -1


def _persons(text: str) -> list[Candidate]:
    spans: list[tuple[int, int]] = []
    for m in anchored_finditer(_POST_NAME_RE, text, _POST_ANCHOR, 0):
        end = _name_end(text, m.end())
        if end > 0:
            spans.append((m.end(), end))
    forces = named_units()
    for m in anchored_finditer(_FORCE_NAME_RE, text, _FORCE_NAME_ANCHOR, 0):
        army = m.start() + 1        # just after 军: the force must be a named army or a designation (not 军区)
        named = any(text[max(0, army - k):army] in forces for k in (2, 3, 4))
        if (named or _DESIGNATED_ARMY_RE.search(text, max(0, army - 6), army)) and _name_ok(m.group(1)):
            spans.append(m.span(1))
    for m in literal_finditer(_LEADERS_RE, text):      # starts with its punctuation: re skips to it in C
        items, pos = [], m.start(1)
        for part in m.group(1).split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if all(_name_ok(text[s:e]) for s, e in items):
            spans.extend(items)
    for pattern, anchor, reach in ((_APPOINTED_RE, _APPOINTED_ANCHOR, 0), (_TELEGRAM_RE, _TELEGRAM_ANCHOR, 0),
                                   (_COUNTED_RE, _COUNTED_ANCHOR, 0)):
        for m in anchored_finditer(pattern, text, anchor, reach):
            if _name_ok(m.group(1)):
                spans.append(m.span(1))
    for m in read_back_finditer(_PAIR_RE, text):
        if _name_ok(m.group(1)) and _name_ok(m.group(2)):
            spans += [m.span(1), m.span(2)]
    rows: list[tuple[int, int]] = []
    for head in _COMMANDERS_HEAD_RE.finditer(text):
        pos = head.end()
        closed = _block_closed(text, pos)
        for _ in range(24):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end].strip()
            if not line and closed and line_end < len(text):
                pos = line_end + 1      # a blank line between the sides of a block a field closes (auditzh34)
                continue
            if not line or line.startswith(_BLOCK_END):
                break
            line = _NOTE_RE.sub("", line)   # 孙蔚如(前13次), 寺内寿一(华北方面军司令官): the row's note
            lead = len(text[pos:line_end]) - len(text[pos:line_end].lstrip())
            # a country glued before the name (苏联格里戈里·特霍尔) is left to the place finders
            cut = next((k for k in (2, 3, 4) if line[:k] in _places() and len(line) - k >= 2), 0)
            row = _ROW_RE.fullmatch(line[cut:])
            if (row and row.group(1) not in _places() and not is_common_word(row.group(1), 50)
                    and not row.group(1).endswith(_POST_ENDS) and row.group(1) not in _known_persons()):
                rows.append((pos + lead + cut, pos + lead + cut + len(row.group(1))))
            pos = line_end + 1
    given_names = set()
    for m in anchored_finditer(_PRINCE_RE, text, _PRINCE_ANCHOR, 3):
        start = m.start(1)
        while (text[start] in "由在于被与和及的是为将率令" or start and is_common_word(text[start - 1:start + 1], 100)) \
                and start < m.end(1) - 2:
            start += 1                                  # 由闲院宫载仁亲王, 总长|闲院宫: the house starts after the particle or word
        if text[start] not in "皇王行离故东西后":
            spans.append((start, m.end(2)))
            given_names.add(m.group(2))
    out = [Candidate(s, e, "PERSON", "rule:person-qing-context", 41) for s, e in spans]
    out += [Candidate(s, e, "PERSON", "rule:person-infobox-commander", 50) for s, e in rows]
    spans += rows
    # a name found so is a name everywhere in the text; an art name after 号 is one too
    for name in {text[s:e] for s, e in spans if e - s >= 3} | given_names:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-qing-repeated", 34))
            if text[w.end():w.end() + 1] == "军" and text[w.end() + 1:w.end() + 2] not in _NOT_AFTER_FORCE:
                out.append(Candidate(w.start(), w.end() + 1, "MIL_UNIT", "rule:unit-leader-force", 45,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
            art = text[w.end():w.end() + 3]
            if art[:1] == "号" and len(art) == 3 and all("\u4e00" <= ch <= "\u9fff" for ch in art[1:]) \
                    and not is_common_word(art[1:], 50):
                out.append(Candidate(w.end() + 1, w.end() + 3, "PERSON", "rule:person-art-name", 41))
    return out


# --------------------------------------------------------------------------- EVENT

# one-character names of countries in the names Chinese historians give to 19th/20th-century wars
_COUNTRIES = "中日英法俄美德意奥葡西荷朝越韩苏印泰缅蒙"
_COUNTRY_WAR_RE = re.compile(f"([{_COUNTRIES}])([{_COUNTRIES}])战争")
_COUNTRY_WAR_ANCHOR = re.compile("战争")
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_CAMPAIGN_OF_RE = re.compile(f"(?:(?<![{_CJK}])|(?<=[在于的是即称为有、]))([{_CJK}]{{2,3}}?)之役")
_CAMPAIGN_OF_ANCHOR = re.compile("之役")
_NOT_EVENT_START = set("此是该这那一本前后今全各其我敌两最首末")
_NAVAL_RE = re.compile(f"(?<=[在于的、和与及，,。\n「“])([{_CJK}]{{2,3}}?)海战")
_NAVAL_ANCHOR = re.compile("海战")
_GLUED_BATTLE_ANCHOR = re.compile("战役")
# 合称三大战役, 又称X战役: a verb of naming or a count opens the text between two 战役, no glued name
_COUNTED_OR_SAID = re.compile("^(?:合称|并称|统称|又称|简称|史称|称为|即)|[一二三四五六七八九十两几数]大$")


# a war named by whom it was fought against (讨X战争: 讨袁, 讨蒋, 讨奉): a surname or a clique's abbreviation after 讨
_PUNITIVE_WAR_RE = re.compile(f"讨([{_CJK}]{{1,2}}?)战争")
_PUNITIVE_WAR_ANCHOR = re.compile("战争")
_NOT_BEFORE_TAO = set("探检声商研乞征")     # 探讨, 检讨, 声讨: 讨 is part of another verb
_NOT_TARGET = set("论伐债饭价好厌还教了这那此该")    # 讨论战争, 讨伐战争: no target named
# a verb or linking word glued before a battle's name (主要战役包括X战役; 这一战役即X战役 is _COUNTED_OR_SAID's);
# not 如 or 同, which open place names (如皋, 同蒲)
_LINK_VERB = re.compile("包括|包含|就是|乃是|例如|比如|有|是|为|以及|还有|及|和|与|参加|参与|指挥|发动|发起|打响|经历|取得")
# words of a battle's kind or weight before 战役, no name of one (关键战役, 重要战役, 著名战役)
_GENERIC_BATTLE_WORDS = frozenset("关键 重要 主要 著名 重大 大型 决定性 战略性 最后 最大 最终 历次 各次 此次 这次 那次 上述 "
                                  "一系列 若干 一些 三大 几大 多次 一次 初期 后期 中期 大小 局部 具体 相关 系列".split())


def _battle_name(name: str) -> bool:
    return (all("\u4e00" <= ch <= "\u9fff" for ch in name) and name[0] not in _NOT_EVENT_START
            and not any(ch in _NOT_IN_NAME and ch not in "年月日时" for ch in name))


def _events(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_COUNTRY_WAR_RE, text, _COUNTRY_WAR_ANCHOR, 2):
        if m.group(1) != m.group(2):
            start = m.start()
            if start >= 2 and text[start - 2] in _STEMS and text[start - 1] in _BRANCHES:
                start -= 2        # 甲午中日战争: the cyclical year before the two countries names the war (s18zhqty)
            out.append(Candidate(start, m.end(), "EVENT", "rule:event-country-war", 47))
    for m in anchored_finditer(_CAMPAIGN_OF_RE, text, _CAMPAIGN_OF_ANCHOR, 3):
        name = m.group(1)
        if (name[0] not in _NOT_EVENT_START and not any(ch in _NOT_IN_NAME for ch in name)
                and not is_common_word(name[-2:], 100)):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-campaign-of", 44))
    for m in anchored_finditer(_NAVAL_RE, text, _NAVAL_ANCHOR, 3):
        name = m.group(1)
        if name[0] not in _NOT_EVENT_START and not any(ch in _NOT_IN_NAME for ch in name):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-naval-battle", 44))
    for m in anchored_finditer(_PUNITIVE_WAR_RE, text, _PUNITIVE_WAR_ANCHOR, 5):
        target = m.group(1)
        if (m.start() == 0 or text[m.start() - 1] not in _NOT_BEFORE_TAO) and not any(
                ch in _NOT_IN_NAME or ch in _NOT_TARGET for ch in target):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-punitive-war", 47))
    ends = [m.end() for m in _GLUED_BATTLE_ANCHOR.finditer(text)]
    for i, (prev, end) in enumerate(zip(ends, ends[1:])):
        name = text[prev:end - 2]
        link = _LINK_VERB.match(name)
        if link and 2 <= len(name) - link.end() <= 4 and _battle_name(name[link.end():]):
            out.append(Candidate(prev + link.end(), end, "EVENT", "rule:event-glued-battle", 60))
            continue     # 重要战役包括X战役: the verb between the two is no part of the second name (s18 round 2)
        if 2 <= len(name) <= 4 and _battle_name(name) and not _COUNTED_OR_SAID.search(name):
            out.append(Candidate(prev, end, "EVENT", "rule:event-glued-battle", 60))
            first = prev - 2                     # the run's first name: after the word that opens the list
            if i == 0 or ends[i - 1] != first - 2 - len(text[ends[i - 1]:first]):
                for k in (2, 3, 4):
                    if text[first - k:first] in _GENERIC_BATTLE_WORDS:
                        break                    # 关键战役, 重要战役: a kind of battle, no name
                    if text[first - k - 1:first - k] in "括有及和与、，,：:\n的" and _battle_name(text[first - k:first]):
                        out.append(Candidate(first - k, prev, "EVENT", "rule:event-glued-battle", 60))
                        break
    return out


# --------------------------------------------------------------------------- MIL_UNIT / QUANTITY / DATE

_DRILLED_RE = re.compile(f"((?:[{_CJK}]{{2}}){{1,2}})练军([{_CJK}]字营)?")
_DRILLED_ANCHOR = re.compile("练军")
_GENERIC_HEADS = frozenset(("练军", "新军", "防军", "巡防军", "常备军", "续备军"))   # docs: 黑龙江练军, 湖北新军
_CHARACTER_BATTALION_RE = re.compile(f"(?<![{_CJK}])([{_CJK}]字营)|(?<=[的和与及、率派])([{_CJK}]字营)")
_CHARACTER_BATTALION_ANCHOR = re.compile("字营")
_DIGIT_COLUMN_RE = re.compile("(?<![0-9第.])([1-9][0-9]?)纵(?![队横深向贯])")
_DIGIT_COLUMN_ANCHOR = re.compile("纵")
# battalions counted: 十余营, 八营, 32营 (not 第三营, 一团三营, 的一营, 三营长, 一营、二营)
_BATTALIONS_RE = re.compile(
    f"(?<![第团师旅的之{_ZH_NUM}0-9、.])(?:[0-9]{{1,3}}|[{_ZH_NUM}]{{1,4}})[余多]?营(?![长部区房盘地门口造]|、[{_ZH_NUM}0-9第])")
_BATTALIONS_ANCHOR = re.compile("营")
# a year of the Republic without 民国 before a month and day: 三十三年七月九日
# a named force of the Qing and its strength: 楚军十营 is the force and a count, not a parent and its unit
_FORCE_COUNT_RE = re.compile(f"([{_CJK}]{{1,3}}军)((?:[0-9]{{1,3}}|[{_ZH_NUM}]{{1,4}})[余多]?营)(?![长部])")
_ROC_DATE_RE = re.compile(
    f"(?<![{_CJK}0-9])|(?<=[于始终至到在自从及和与是])")
_ROC_BODY_RE = re.compile("([二三]十[一二三四五六七八九]?)年(正|十[一二]?|[一二三四五六七八九])月"
                          "(三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九])日")
_ROC_ANCHOR = re.compile("年")
_ZH_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}


def _zh_int(s: str) -> int:
    if s == "正":
        return 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS[s]


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """Two-character GPE names (provinces and cities: 奉天, 吉林, 直隶)."""
    return frozenset(name for name, entry in _places().items() if entry.label == "GPE" and len(name) == 2)


def _units_counts_dates(text: str) -> list[Candidate]:
    out = []
    provinces = _provinces()
    for m in anchored_finditer(_DRILLED_RE, text, _DRILLED_ANCHOR, 4):
        places = m.group(1)
        start = m.start(1)
        if places[-2:] not in provinces:
            continue
        if len(places) == 4 and places[:2] not in provinces:
            start += 2
        battalion = bool(m.group(2))
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-drilled-army", 60,
                             norm={"unit_hint": {"numbers": [], "echelon": "营" if battalion else "军", "prefix": ""}}))
    for m in anchored_finditer(_CHARACTER_BATTALION_RE, text, _CHARACTER_BATTALION_ANCHOR, 1):
        start, end = m.span(1) if m.group(1) else m.span(2)
        out.append(Candidate(start, end, "MIL_UNIT", "rule:unit-character-battalion", 55,
                             norm={"unit_hint": {"numbers": [], "echelon": "营", "prefix": ""}}))
    for m in anchored_finditer(_DIGIT_COLUMN_RE, text, _DIGIT_COLUMN_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-digit-column", 55,
                             norm={"unit_hint": {"numbers": [int(m.group(1))], "echelon": "纵队", "prefix": ""}}))
    for m in anchored_finditer(_BATTALIONS_RE, text, _BATTALIONS_ANCHOR, 6):
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-battalions", 56))
    forces = named_units()
    for m in anchored_finditer(_FORCE_COUNT_RE, text, _BATTALIONS_ANCHOR, 9):
        for k in range(len(m.group(1)) - 1):
            force = m.group(1)[k:]
            if force in forces and force.endswith("军"):
                if force in _GENERIC_HEADS and k >= 2 and m.group(1)[k - 2:k] in provinces:
                    k -= 2                # 直隶练军四营: a generic provincial head keeps its province (s20zhunit)
                out.append(Candidate(m.start(1) + k, m.end(1), "MIL_UNIT", "rule:unit-qing-force", 66,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
                out.append(Candidate(m.start(2), m.end(2), "QUANTITY", "rule:quantity-battalions", 66))
                break
    for m in anchored_finditer(_ROC_BODY_RE, text, _ROC_ANCHOR, 4):
        if not _ROC_DATE_RE.match(text, m.start()):
            continue
        year = 1911 + _zh_int(m.group(1))
        value = f"{year}-{_zh_int(m.group(2)):02d}-{_zh_int(m.group(3)):02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-roc-bare-year", 56, norm={"value": value}))
    return out


# --------------------------------------------------------------------------- LOC / GPE / DATE

# an unfamiliar channel, bay, island or hill after a word of place or action: 的东水道, 在西水道, 的上横档岛,
# 宜兰三貂湾, 在台之西并岘高地 (a direction alone names a channel: 东水道)
_LANDFORM_RE = re.compile(f"([{_CJK}]{{1,3}}?)(水道|海峡(?!两岸)|湾|岛|高地)(?![国区民屿链村镇庄乡县市城港仔])")
_LANDFORM_BEFORE = set("在于的向至经驻攻占抵到入沿之西东南北下，,\n")   # not 、: 大、二胆岛 shares its head
_LANDFORM_ANCHOR = re.compile("水道|海峡|湾|岛|高地")
_NOT_LANDFORM_START = set("小大该此这那一两各本全诸群半海高个某下"
                          "再又还先也即便就才均都"    # adverbs before a verb: ，再攻|港岛 (auditzh15)
                          "经")     # the route verb: ，经|饶家湾、X (auditzh25)
# villages in a 、-list closed by a word of area: 顾高庄、严徐庄、横港桥地区
_VILLAGE_LIST_RE = re.compile(
    f"((?:[{_CJK}]{{2,3}}[庄村集镇寨桥堡铺店屯][、]){{1,6}}[{_CJK}]{{2,3}}[庄村集镇寨桥堡铺店屯])(?=地区|一带|等地|附近|之线|一线)")
_VILLAGE_LIST_ANCHOR = re.compile("[庄村集镇寨桥堡铺店屯]、")   # the first village's suffix and its 、 (2-3 after the start)
# a year written alone before its cyclical name: 1895，岁次乙未 (both DATE)
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_CYCLE_RE = re.compile(f"(?<![0-9])(1[0-9]{{3}})[,，]?岁次([{_STEMS}][{_BRANCHES}])")
_CYCLE_ANCHOR = re.compile("岁次")
# campaigns named by two regions sharing one head: 滇西及缅北反攻战役, 湘北、赣北会战
_JOINT_CAMPAIGN_RE = re.compile(
    f"(?<![{_CJK}])|(?<=[在是的和与及、，,])")
# (scanned from the connector, the first region read back in a fixed-width look-behind: re skips in C)
_JOINT_BODY_RE = re.compile(f"[及和与、](?<=([{_CJK}]{{2}})[及和与、])([{_CJK}]{{2}})(?:反攻|进攻|防御|攻势)?(?:战役|会战|作战)")
_DIRECTIONS = set("东西南北")
_ADMIN_SUFFIXES = set("省县市区乡镇旗")


def _plain_word(word: str) -> bool:
    """A common word that is no place name (更高, 想高; not 沙湾)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("nr", "ns"))


def _very_common_word(word: str) -> bool:
    """An everyday word jieba counts at least 5000 times and does not tag as a name (世界)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 5000 and not entry[1].startswith(("nr", "ns"))


def _verb_at(text: str, pos: int) -> bool:
    """A common verb of two characters starts at pos (实现, 推进, 漫游)."""
    entry = word_info().get(text[pos:pos + 2])
    return bool(entry) and entry[0] >= 100 and entry[1].startswith("v")


def _places_and_more(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_LANDFORM_RE, text, _LANDFORM_ANCHOR, 3):
        head_start, end = m.start(2), m.end()
        known = _places().get(text[end - 2:end])
        if known is not None and known.label == "GPE" and known.kind not in ("county", "township", "town", "village", "district"):
            continue                       # 接收台湾, 山东青岛: a province, country or city ends here (not 黄沙湾 ⊃ 沙湾)
        for start in range(m.start(1), head_start):
            name = text[start:head_start]
            before = text[start - 1:start] if start else "\n"
            if before not in _LANDFORM_BEFORE and not any(text[max(0, start - k):start] in _places() for k in (2, 3)):
                continue                   # 宜兰三贂湾: a known place before it also opens it
            if len(name) == 1 and (name not in _DIRECTIONS or m.group(2) != "水道"):
                break
            if name[0] in _ADMIN_SUFFIXES and any(text[max(0, start - k):start + 1] in _places() for k in (2, 3)):
                continue                   # 金寨县|槐树湾: the suffix closes the county before, the landform starts after it
            if name[0] in _NOT_LANDFORM_START or (name[0] in _DIRECTIONS and len(name) >= 3) \
                    or (start and is_common_word(text[start - 1:start + 1], 100)) or _verb_at(text, start):
                continue                   # 攻下鹅颈岛, 台之西并岘高地, 攻打X湾, 推进海峡: the verb or bearing is outside
            if name[-1] in _ZH_NUM or name[-1] in "半更最很较越" or is_common_word(name, 1000) \
                    or _plain_word(text[head_start - 1:head_start + 1]):
                break                      # 英伦三岛, 西奈半岛, 理想高地, 更高地
            if any(ch in _NOT_IN_NAME and ch != "并" for ch in name):
                break
            if len(name) >= 3 and _very_common_word(name[:2]):
                break                      # 世界奇岛: a description opened by an everyday word, no name (prezh2)
            if len(name) == 3 and getattr(_places().get(name[:2]), "label", "") == "GPE":
                break                      # 荣成|石岛: a county, then a place in it (no landform 荣成石岛)
            if any(text[inner:head_start] in _places() for inner in range(start + 1, head_start - 1)):
                break                      # 北隔|渤海海峡: a known name ends here, the characters before are outside (zh11)
            if text[start:end] not in _places():        # known: the place finders take it
                # 唐家湾, 叶家湾: a family's bay is the village on it (GPE, like X家塘; auditzh13)
                label = "GPE" if m.group(2) == "湾" and (len(name) == 2 and name[1] == "家" or before in _ADMIN_SUFFIXES) \
                    else "LOC"             # 某县槐树湾: a 湾 in an address after its county or township is the village (auditzh36)
                out.append(Candidate(start, end, label, "rule:place-unfamiliar-landform", 31))
            break
    for m in anchored_finditer(_VILLAGE_LIST_RE, text, _VILLAGE_LIST_ANCHOR, 3):
        pos = m.start(1)
        items = m.group(1).split("、")
        while len(items[0]) > 3 and items[0][0] in "东西南北的在于至及和驻抵经攻围袭" \
                or len(items[0]) > 2 and items[0][0] in "之的在至":   # 进驻|顺河集、半塔集 (auditzh21)
            items[0], pos = items[0][1:], pos + 1       # 黄桥西北顾高庄, 以东之宋庄: the bearing or 之 before the first village
        if len(items[0]) > 2 and items[0][0] in "县乡区镇市省" and pos and text[pos - 1] in "本该全此邻各我其原":
            items[0], pos = items[0][1:], pos + 1       # 本县|石门镇, 该县|桃川镇: the county is the pronoun's (auditzh21)
        for item in items:
            # 王各庄, 李各庄: the 各 of a Hebei village name is no pronoun
            if not any(ch in _NOT_IN_NAME for ch in item.replace("各庄", "庄")) and not is_common_word(item, 300):
                out.append(Candidate(pos, pos + len(item), "GPE", "rule:place-village-list", 33))
            pos += len(item) + 1
    for m in anchored_finditer(_CYCLE_RE, text, _CYCLE_ANCHOR, 6):
        out.append(Candidate(m.start(1), m.end(1), "DATE", "rule:date-year-cycle", 58))
        out.append(Candidate(m.start(2), m.end(2), "DATE", "rule:date-year-cycle", 58))
    for m in read_back_finditer(_JOINT_BODY_RE, text):
        if not _JOINT_CAMPAIGN_RE.match(text, m.start(1)):
            continue
        regions = (m.group(1), m.group(2))
        if all(r in _places() or (r[-1] in _DIRECTIONS and r[0] not in _NOT_EVENT_START) for r in regions):
            out.append(Candidate(m.start(1), m.end(), "EVENT", "rule:event-joint-campaign", 50))
    return out


def find_written7(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    return _persons(text) + _events(text) + _units_counts_dates(text) + _places_and_more(text)
