"""Forms of Chinese pages on the wars of 1840-1927 (session 15 audit, auditzh33): 1894 Korea, 镇南关, 安庆, 护国 1916,
北伐 1926, 广州 1910. `find_late_qing_war_forms(text)` (working text, Simplified) proposes:

- `market_towns`: a Sichuan/Yunnan market town named `X场` (宗场, 白沙场, 双河场, 牛喜场) after a verb or preposition of
  movement or fighting (由宗场赶到, 战于白沙场, 进攻双河场) is a GPE with its 场; the common words in 场 (战场, 广场, 机场,
  市场 …) are excluded by a stated list of the characters that make them. Without this the name alone was read as a
  PERSON before a verb (宗场) or cut to a county of another province (白沙 of Hainan).
- `army_camps`: a Qing named army (any `…军` of one to three characters) written with its front/rear/left/right/centre
  camp and its arm (靖边军右营步队, 毅军前营马队) is one MIL_UNIT (guideline 3: a unit with its parent), echelon 营;
  an army's guard corps written between them stays inside (`甲乙军亲军右营步队`), and the name opens after the last
  verb, post, pronoun or function character before it, not only a leading one (`驻防的|新军后营`, `统带|甲乙军左营`,
  `管带|亲军中营`: session 28, s28zhunit, on county military gazetteers).
- `led_battalions`: after 率军/率兵/率部/统兵 (or a flotilla, horse, foot or braves: 率水师八营, 率亲兵两营; auditzh44) a bare number of 营/哨/旗 counts the battalions led (率军二十九营): QUANTITY,
  not the 29th battalion (that needs 第).
- `city_new_armies`: a city written before 新军 names the New Army garrisoned there (广州新军, 江宁新军), one MIL_UNIT, as
  a province before it does (湖北新军, `war_forms_zh.provincial_armies`); the city must be a gazetteer name.
- `new_army_digits`: the New Army's brigades and regiments written with Arabic numerals (17协, 33、34标, 第17、18两协,
  第33、34、35、36四标) are MIL_UNIT, echelon 协/标, as the Chinese-numeral forms are (`field_army_short_names_zh` new army); a bare
  number is taken when it has two digits or stands in a list (the regiments and brigades of 1904-1911 were numbered
  1-86 across the empire), not before the words 协/标 begin (协助, 协议, 标准, 标志). One unit counted after its arm
  (马队1标, 工程兵1营, 辎重1营, 宪兵3营: the arms of a 镇 listed with their strength) is a QUANTITY.
- `provincial_forces`: a province before a Qing or early-Republican provincial force type that
  `war_forms_zh.provincial_armies` does not list (常备军, 续备军, 巡防军, 巡防队, 防营, 绿营, 练勇) is one MIL_UNIT
  (江西常备军, 广东巡防队).
- `bare_parent_lists`: a bare army number before a list of its divisions or brigades (四军第十、第十二两师) is one
  MIL_UNIT (guideline 3 and 4), as the single form 四军第十二师 already is.
"""
from __future__ import annotations

import re

from pipeline.rules.names_common import known_places
from pipeline.rules.scan import anchored_finditer, literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "一二三四五六七八九十"

# ---- market towns -------------------------------------------------------------------------------------------------
_TOWN_CUES = ("回攻", "进攻", "攻占", "占领", "退守", "退至", "进至", "抵达", "到达", "集中", "战于", "驻扎", "进驻",
              "由", "从", "自", "至", "到", "抵", "攻", "克", "犯", "驻", "守", "经", "向", "于", "在", "据", "占", "退")
_TOWN_RE = re.compile(f"(?:{'|'.join(_TOWN_CUES)})([{_CJK}]{{1,3}}?场)(?=[，。、；：,;）)和与及一之向以附外内东西南北方前后赶进出待集失被时间])")
# a character before 场 that makes a common word, not a town: 战场, 广场, 机场, 市场, 操场, 会场, 现场, 立场 …
_NOT_TOWN_LAST = frozenset("战广机市操会现立刑农牧赛球剧商官考屠猎靶工林盐渔赌上下出登收当在全满开退散校教磁道疆墓晒"
                           "片主客排冰秀舞考卖菜货草围矿停料垃粮煤法职火酒情马砖洋乐欢名利")
_NOT_TOWN_WORDS = frozenset(("飞机场", "练兵场", "训练场", "演武场", "跑马场", "飞行场", "停车场", "运动场", "屠宰场",
                             "试验场", "射击场", "集中营场", "阅兵场", "登陆场", "主战场", "刑场", "杀场", "沙场", "疆场"))


def _market_towns(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_TOWN_RE, text):
        word = m.group(1)
        if len(word) < 2 or word[-2] in _NOT_TOWN_LAST or word in _NOT_TOWN_WORDS:
            continue
        if any(ch in "的了是和与及这那此该各每我敌他她们一二三四五六七八九十个" for ch in word[:-1]):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-market-town", 62))
    return out


# ---- camps of a named Qing army -------------------------------------------------------------------------------------
_CAMP_RE = re.compile(f"((?:[{_CJK}]{{1,3}}军)?[{_CJK}]{{1,3}}军)([前后左右中正副](?:[{_NUM}]{{1,2}})?营(?:[马步炮]队)?)(?![长官救造业养运销私])")   # 正营/副营: a camp's first and second
# verbs and function words that end before an army's name (另派|定边军, 除去|靖边军, 调|毅军, 升署|中军右营)
# every camp holds its 营 at most 7 characters after its start (scan.anchored_finditer tries the starts before it)
_CAMP_ANCHOR = re.compile("营")
_BEFORE_ARMY = frozenset("的了在是和与及由从将把被为于向至到率带领派令调遣命另有驻守去除入出回留拨添募归隶属即并其该各原"
                          "升署补授擢兼他她统充")   # appointments of Qing biographies: 升署|中军右营, 补授|某军左营 (session 26, s26zhunit)
_NOT_ARMY = frozenset("我敌日美英法俄德清湘淮官联援友守叛匪伪全两各该大友")


def _army_camps(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_CAMP_RE, text, _CAMP_ANCHOR, 10):
        army = m.group(1)
        start = m.start(1)
        # the army's name opens after the last verb, post, pronoun or function character before it (驻防的|新军后营,
        # 统带|某边军左营, 管带|亲军中营, 他率|练军左营; session 28, s28zhunit: the leading ones alone were read before)
        cut = max((i for i, ch in enumerate(army[:-2]) if ch in _BEFORE_ARMY), default=-1) + 1
        army, start = army[cut:], start + cut
        # the army's name: the longest tail that is no side or generic word (靖边军, 毅军; not 我军, 清军)
        while len(army) > 1 and (army[0] in _BEFORE_ARMY or len(army) > 2 and army[0] in _NOT_ARMY):
            army, start = army[1:], start + 1
        if len(army) < 2 or army[0] in _NOT_ARMY:
            continue
        out.append(Candidate(start, m.end(2), "MIL_UNIT", "rule:unit-army-camp", 63,
                             norm={"unit_hint": {"numbers": [], "echelon": "营", "prefix": ""}}))
    return out


# ---- battalions counted after a verb of leading ---------------------------------------------------------------------
_LED_RE = re.compile(f"(?:(?:率领?|统领?|带领?)(?:所部|全军|军|兵|部|众|[{_CJK}]{{1,3}}军|[{_CJK}]{{0,2}}(?:水师|陆师|马队|步队|亲兵|练勇|兵勇|勇))|各[领率带统]|其余|编练|招募|募集|增募|添募)"
                     f"(?:共|约|计)?((?:[{_NUM}]{{1,4}}|[0-9]{{1,3}})[余多]?(?:营|哨|旗))(?![长部官房区盘地门口])")


def _led_battalions(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-led-battalions", 67) for m in literal_finditer(_LED_RE, text)]


# ---- a city's New Army ----------------------------------------------------------------------------------------------
_NEW_ARMY_RE = re.compile(f"([{_CJK}]{{2,3}})新军(?![长官部内里])")


def _city_new_armies(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in literal_finditer(_NEW_ARMY_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            if name[k:] in places:
                # below the provincial reading (59), normalised as it is (湖北新军)
                out.append(Candidate(m.start(1) + k, m.end(), "MIL_UNIT", "rule:unit-provincial-army", 58))
                break
    return out


# ---- a bare army number before a list of its divisions ------------------------------------------------------------
_PARENT_LIST_RE = re.compile(f"(?<![{_NUM}第0-9])([{_NUM}]{{1,3}})军(第[{_NUM}]{{1,3}}(?:、第?[{_NUM}]{{1,3}}){{1,8}}[两三四]?(?:师|旅|团))")


# every such list holds a 、 at most 8 characters after its start
_LIST_MARK = re.compile("、")


def _bare_parent_lists(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-bare-parent-list", 64)
            for m in anchored_finditer(_PARENT_LIST_RE, text, _LIST_MARK, 8)]


# ---- the New Army's brigades and regiments in Arabic numerals --------------------------------------------------------
_DIGIT_NEW_ARMY_RE = re.compile("(?<![0-9.．第])(第)?([0-9]{1,2}(?:、[0-9]{1,2}){0,8})([两三四五六七八九])?(协|标)"
                                "(?![议会助同调定商办作力商准志题语签价号本兵])")
_NEW_ARMY_HEAD = re.compile("[协标]")
_ARMS = ("马队", "步队", "炮队", "炮兵", "工程兵", "工兵", "辎重", "宪兵", "步兵", "骑兵", "军乐")
_ARM_COUNT_RE = re.compile(f"(?:{'|'.join(_ARMS)})\n?([0-9]{{1,2}}(?:营|标|队))(?![长部官])")


def _new_army_digits(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_DIGIT_NEW_ARMY_RE, text, _NEW_ARMY_HEAD, 28):   # 协/标 at most 1+2+8*3+1 after the start
        numbers = [int(n) for n in m.group(2).split("、")]
        if not (m.group(1) or len(numbers) > 1 or numbers[0] >= 10) or 0 in numbers:
            continue
        if m.start() > 0 and text[m.start() - 1] in "".join(a[-1] for a in _ARMS):
            continue    # 马队1标 is a count (below)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-new-army-digits", 63,
                             norm={"unit_hint": {"numbers": numbers, "echelon": m.group(4), "prefix": ""}}))
    for m in _ARM_COUNT_RE.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-arm-count", 63))
    return out


# ---- provincial force types --------------------------------------------------------------------------------------
PROVINCES = ("黑龙江 察哈尔 直隶 奉天 吉林 山东 山西 河南 江苏 安徽 江西 浙江 福建 湖北 湖南 广东 广西 四川 云南 贵州 陕西 "
              "甘肃 新疆 热河 绥远 江南 江北 两江 两广 湖广").split()
_PROVINCIAL_FORCE_RE = re.compile(f"({'|'.join(PROVINCES)})(常备军|续备军|巡防军|巡防队|防营|绿营|练勇)(?![长官部内中里])")


def _provincial_forces(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-provincial-army", 60)
            for m in _PROVINCIAL_FORCE_RE.finditer(text)]


def find_late_qing_war_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "场" in text:
        out += _market_towns(text)
    if "营" in text:
        out += _army_camps(text)
    if "营" in text or "哨" in text or "旗" in text:
        out += _led_battalions(text)
    if "新军" in text:
        out += _city_new_armies(text)
    if "协" in text or "标" in text or "营" in text or "队" in text:
        out += _new_army_digits(text)
    if any(h in text for h in ("常备军", "续备军", "巡防", "防营", "绿营", "练勇")):
        out += _provincial_forces(text)
    if "军第" in text:
        out += _bare_parent_lists(text)
    return out
