"""Forms of Red Army and warlord-era campaign pages (session 13 audit, auditzh14: encyclopedia pages on the
counter-encirclement campaigns, the Northern Expedition and warlord generals).

- A fight named by a two-character village or town that no place list reads as a battlefield, used as a noun:
  `富田战斗作为…的开篇`, `白沙战斗进一步扩大战果`, `经过东韶战斗，…`, `取得了X战斗的胜利` — the whole is one EVENT. The
  head walk of pipeline.rules.events reads two-character names before 战斗 only where they are landforms (平型关战斗),
  because `在天津战斗` is fighting somewhere; here the fight is the subject or object of the clause (what follows is
  结束, 胜利, 打响, 作为, 是, 后, 中 …, or what comes before is 经过, 发起, 取得, 参加, 指挥 or a clause mark), and
  the name is no ordinary word (jieba's frequent non-place words: 部队, 激烈, 当天), no numeral, no pronoun.
  `find_campaign_forms(text)` (working text) proposes EVENT at priority 44 (below the event finders).
- A military school's own numbered training, guard or special-service unit written after the school's name is one
  MIL_UNIT with it, as `中央军校教导总队` already is (guideline 15, a full official name): `黄埔军校教导第1团`,
  `陆军军官学校教导第二团` (the school name ends in 军校, 军官学校 or 学校 and is 2-8 characters; the ORG finder
  leaves such a school to the unit, pipeline.rules.orgs._UNIT_AFTER_ORG). MIL_UNIT at priority 62, values parsed
  here (numbers, echelon 团/旅/师, prefix 教导/警卫/特务).
- Infobox rows of wiki mirrors name a person in the cell after 前任/继任/配偶 (`前任 | 門致中 |`, `继任：马某某`): a
  2-4 character value standing alone in its cell is a PERSON whatever its surname (门, 和, 公 are left out of the
  surname list as function words). PERSON at priority 34; a value jieba knows as an ordinary word or a place is none.
- A Qing-era birthplace written after the dynasty's name splits at the province: `大清河南省陳州府` → GPE `大清` + GPE
  `河南省` (the river 大清河 reads the three characters otherwise). GPE at priority 46.
- An order of battle lists each force with its strength in brackets (`中央第十师(10500)`, `• 警备队(10800)`): the
  bracketed number after a force word (师 旅 团 军 队 营 连 卫 部 兵) is a bare count (QUANTITY, unit "", guideline 9);
  a four-digit number that reads as a year (1840-2030) counts only on a bulleted line of such a list. QUANTITY at
  priority 41.
- Days coordinated by 和/及/与/、 are dates, each its own DATE (guideline 8), the first too where 的 before it would make
  a duration of it: `随后的7日和8日` (the earlier day first, both 1-31). DATE at priority 51 (above the duration).
- A Chinese army's division followed by a regiment commander's post is the division (`国民革命军第四军第十师团长` →
  `国民革命军第四军第十师` + the post 团长): 师团 is the Japanese division only where no Chinese force names the chain.
  MIL_UNIT at priority 61 (above the unit finder's 师团), values parsed here.
- A named prison, lock-up or concentration camp is a building (FAC), with the city written before it inside the
  name (guideline 6, like `柳州飞机场`): `北平陆军监狱`, `南京老虎桥监狱`, `上饶集中营`, `苏州军人监狱` — biographies of
  generals and revolutionaries name where they were held and executed. The name is 2-8 characters read back from
  监狱/集中营/看守所 to a word edge (a particle, a verb of holding, punctuation); a demonstrative, counted or generic
  name (该监狱, 一所监狱, 旧监狱) is none. FAC at priority 47 (above the place lexicons and rule:fac).
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.rules.names_common import verb_word, word_info
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

EVENT_SOURCE, EVENT_PRIORITY = "rule:event-town-battle", 44
# what makes the fight a noun: it ends, wins, opens, serves as, is …; or the clause speaks inside/after it
_NOUN_USE_AFTER = re.compile("一?结束|胜利|打响|开始|作为|是|为|后|以后|之后|中[，,、]|中(?:红军|我军|敌军|共|歼|俘|击)"
                             "|进一步|共歼|歼敌|歼灭|俘|历时|的胜利|的经过|取得|拉开")
_VERB_BEFORE = ("经过", "发起", "取得", "参加", "指挥", "打响", "进行", "结束", "参与", "发动", "组织")
_CLAUSE_MARKS = set("，。；：、！？,;:!?\n（(“「『 \u3000")
_NOT_IN_NAME = set("〇零一二三四五六七八九十百千万两几数首各每该此这那本其次场回战斗军师旅团营连排班队部敌我友日月年"
                   "夜晨午时天前后上下中内外左右大小激烈残血苦恶")


UNIT_SOURCE, UNIT_PRIORITY = "rule:unit-school-owned", 62
_SCHOOL_UNIT_RE = re.compile("[\u4e00-\u9fff]{2,6}?(?:军官学校|军校)(教导|警卫|特务)第? ?"
                             "([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}) ?([团旅师])(?![长部])")
_WORD_BEFORE = set("的在为了于任和与及由将把被是")


def _school_units(text: str) -> list[Candidate]:
    """黄埔军校教导第1团: the school's name opens at a word edge (text start, a non-CJK character or a particle)."""
    out: list[Candidate] = []
    for at in literal_positions(text, "校"):
        for start in range(at - 3, max(0, at - 9) - 1, -1):   # the shortest name at a word edge
            if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _WORD_BEFORE:
                continue
            m = _SCHOOL_UNIT_RE.match(text, start)
            if m is None or m.start(1) != at + 1:
                continue
            number = parse_number(m.group(2))
            if number:
                out.append(Candidate(start, m.end(), "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY,
                                     norm={"unit_hint": {"numbers": [int(number)], "echelon": m.group(3),
                                                         "prefix": m.group(1)}}))
            break
    return out


FAC_SOURCE, FAC_PRIORITY = "rule:fac-prison", 47
_PRISON_HEADS = ("监狱", "集中营", "看守所", "拘留营", "战俘营")   # 拘留营, 战俘营: session 23 (s23zhfac)
_PRISON_EDGE = set("在于入进到至押解送转回囚禁关收的了和与及是为从由被把将往赴出狱后")
_PRISON_NOT = set("该这那此其一二两三几数每各所座个旧原新大小某些等")


_WHO_IS_HELD = re.compile("(?:盟国|盟军|外侨|侨民|战俘|俘虏|劳工|难民|政治犯|妇女|儿童|平民){1,3}")


def _prisons(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for head in _PRISON_HEADS:
        for at in literal_positions(text, head):
            start = at
            while start > max(0, at - 8) and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _PRISON_EDGE:
                start -= 1
            cut = max((k for k in range(start, at - 2) if text[k] in "市省县府国國州"), default=None)
            if cut is not None:
                start = cut + 1                        # 北平市|北平陆军监狱: a place written before the prison's own name
            name = text[start:at]
            if len(name) >= 4 and verb_word(name[:2], 300):
                start, name = start + 2, name[2:]      # 包括|某某集中营, 设立|某某拘留营: the verb is outside (s23zhfac)
            if len(name) < 2 or any(ch in _PRISON_NOT for ch in name):
                continue
            info = word_info().get(name)
            if info and info[0] >= 100 and not info[1].startswith(("ns", "nz")):
                continue                               # 军事监狱, 普通监狱: a kind of prison, no name
            if _WHO_IS_HELD.fullmatch(name):
                continue                               # 盟军战俘集中营: a kind of camp by who is held (auditzh46)
            out.append(Candidate(start, at + len(head), "FAC", FAC_SOURCE, FAC_PRIORITY))
    return out


PERSON_SOURCE, PERSON_PRIORITY = "rule:person-infobox-row", 34   # below the person lexicon (35)
_ROW_RE = re.compile("(?m)^[ \t]*(?:前任|继任|繼任|前任者|继任者|繼任者|配偶|夫人|妻子|丈夫)[ \t]*[|｜:：]?[ \t]*"
                     "([\u4e00-\u9fff]{2,4})[ \t]*(?=[|｜]|$)")
_QING_PROVINCE_RE = re.compile("大清(河[南北]省)")


def _infobox_rows(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon

    out: list[Candidate] = []
    for m in _ROW_RE.finditer(text):
        name = m.group(1)
        info = word_info().get(name)
        if info and info[0] >= 20 and not info[1].startswith("nr") or name in place_lexicon():
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", PERSON_SOURCE, PERSON_PRIORITY))
    return out


def _qing_provinces(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "大清河"):
        m = _QING_PROVINCE_RE.match(text, at)
        if m:
            out.append(Candidate(at, at + 2, "GPE", "rule:gpe-qing-province", 46))
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:gpe-qing-province", 46))
    return out


COUNT_SOURCE, COUNT_PRIORITY = "rule:quantity-bracketed-strength", 41
_STRENGTH_RE = re.compile("[(（]([0-9]{2,6}|[0-9]{1,3}(?:,[0-9]{3}){1,2})[)）]")
_FORCE_ENDS = set("师旅团军队营连卫部兵")
_BULLET_LINE = re.compile("(?m)^[ \t\u3000]*[•·・●○▪◦*-][ \t\u3000]*[^\n]*$")


def _bracketed_strengths(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for opening in ("(", "（"):
        for at in literal_positions(text, opening):
            if at == 0 or text[at - 1] not in _FORCE_ENDS:
                continue
            m = _STRENGTH_RE.match(text, at)
            if m is None:
                continue
            digits = m.group(1)
            if len(digits) == 4 and 1840 <= int(digits) <= 2030:
                line_start = text.rfind("\n", 0, at) + 1
                if not _BULLET_LINE.match(text, line_start):
                    continue                           # 第十九路军(1932): a year, unless a bulleted strength list
            out.append(Candidate(m.start(1), m.end(1), "QUANTITY", COUNT_SOURCE, COUNT_PRIORITY))
    return out


DAY_SOURCE, DAY_PRIORITY = "rule:date-coordinated-days", 51
_DAY_PAIR_RE = re.compile("(?<![0-9０-９月年.])([0-9]{1,2})日(?:[和及与、]|以及)([0-9]{1,2})日(?![0-9])")


def _coordinated_days(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_DAY_PAIR_RE, text):
        first, second = int(m.group(1)), int(m.group(2))
        if 1 <= first < second <= 31:
            out.append(Candidate(m.start(1), m.start(1) + len(m.group(1)) + 1, "DATE", DAY_SOURCE, DAY_PRIORITY))
            out.append(Candidate(m.start(2), m.end(), "DATE", DAY_SOURCE, DAY_PRIORITY))
    return out


_CN_FORCE = ("国民革命军", "国军", "粤军", "桂军", "湘军", "滇军", "川军", "黔军", "鄂军", "豫军", "晋军", "奉军", "直军",
             "皖军", "西北军", "东北军", "中央军", "北伐军", "护国军", "讨贼军", "红军", "八路军", "新四军")
_CN_NUM = "0-9〇零一二三四五六七八九十百"
_CN_DIVISION_POST_RE = re.compile(f"((?:{'|'.join(_CN_FORCE)})(?:第?[{_CN_NUM}]{{1,4}}(?:军|路军|军团))?第?[{_CN_NUM}]{{1,4}}师)团长")
_CHAIN_PART = re.compile(f"第?([{_CN_NUM}]{{1,4}})(路军|军团|军|师)")


def _chinese_division_posts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "师团长"):
        m = _CN_DIVISION_POST_RE.search(text, max(0, at - 16), at + 3)
        if m is None or m.end(1) != at + 1:
            continue
        numbers = [int(n) for n in (parse_number(x) for x, _ in _CHAIN_PART.findall(m.group(1))) if n]
        out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-chinese-division-post", 61,
                             norm={"unit_hint": {"numbers": numbers, "echelon": "师", "prefix": ""}}))
    return out


def _name_ok(name: str) -> bool:
    if any(ch in _NOT_IN_NAME or not "\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    info = word_info().get(name)
    if not info or info[1].startswith(("ns", "nz")):
        return True
    return info[0] < (300 if info[1].startswith("nr") else 30)    # jieba tags 英勇 nr (1435), 白沙 nr (81)


def _verb_before(text: str, start: int) -> bool:
    """经过|X战斗, 取得了|X战斗: a verb that takes the fight as its object."""
    if text[start - 1:start] == "了":
        start -= 1
    return text[max(0, start - 2):start] in _VERB_BEFORE


def find_campaign_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "战斗"):
        start = at - 2
        if start < 0 or not _name_ok(text[start:at]):
            continue
        if _verb_before(text, start) or (start == 0 or text[start - 1] in _CLAUSE_MARKS) \
                and _NOUN_USE_AFTER.match(text, at + 2):
            out.append(Candidate(start, at + 2, "EVENT", EVENT_SOURCE, EVENT_PRIORITY))
    if "校" in text:
        out += _school_units(text)
    if "前任" in text or "继任" in text or "繼任" in text or "配偶" in text or "妻子" in text or "丈夫" in text \
            or "夫人" in text:
        out += _infobox_rows(text)
    if "(" in text or "（" in text:
        out += _bracketed_strengths(text)
    if "日" in text:
        out += _coordinated_days(text)
    if "师团长" in text:
        out += _chinese_division_posts(text)
    if "大清河" in text:
        out += _qing_provinces(text)
    if "监狱" in text or "集中营" in text or "看守所" in text or "拘留营" in text or "战俘营" in text:
        out += _prisons(text)
    return out
