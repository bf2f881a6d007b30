"""Chinese text as written on third-party pages (session 6, real-dev6-zh): more grammar classes.

`find_written6(text)` (working text, Simplified) proposes:

- PERSON: a commander between his unit and 所部 (第十五师X所部, 西北军第二混成旅X所部); a name after 另 before a
  count or 率 (另X率一混成团, 另X一旅); a leader before 当局 (X当局); a name after a command post before what he does
  (司令官X亲自…, 总司令X曾…: transliterated and Japanese names included); a name alone on its line (a photo
  caption between paragraphs).
- QUANTITY: counts of formations written without 个 — a numeral before 混成旅/混成团 (一混成旅) and a numeral
  before 师/旅/团 after a verb of having or leading (有五师, 率两旅); a count of one after its noun (敌机一架) or
  after a word of exclusion (唯一一支, 只有一个).
- MIL_UNIT: the field armies by their abbreviation (一野 … 四野, 华野, 中野, 东野, 西野) alone or with a
  subordinate designation (二野第4兵团: rule 3); a headquarters written with its formation (第十七兵团部: rule 15);
  a task force with a designation written without 第 (西集团203师); a brigade or division named after its
  commander in a list (部X旅和Y旅).
- EVENT: a season's campaign or offensive (1953年夏季战役, 秋季攻势); a battle named after a settlement whose
  name ends in a settlement word (X店/X铺/X堡/X坪… + 战役/大捷/战斗/保卫战/阻击战/攻坚战), and that settlement
  (GPE) everywhere in the text, also where it names a fight (X一战, X之战).
- FAC: a list of railways or roads named by one-character abbreviations sharing one head (平汉、正太、石德铁路:
  one FAC as guideline 10 writes shared heads).
- ORG: a security or garrison command (X保安司令部, X城防司令部: a headquarters body without an echelon word; X警备司令部
  is left to the unit finder).
- GPE: a province the gazetteer reads as its river (黑龙江) after a verb of taking or invading.
- DATE: two neighbouring months written together after a year (1946年三四月份 → the first month).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer), so text
without these words costs one C-level scan per pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import normalize_unit, parse_number
from pipeline.rules.names_common import among_posts, is_common_word, japanese_surnames, surnames, verb_headed, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百〇○"
_CN = "一两二三四五六七八九十"

# characters that never sit inside a name read by these rules
_NOT_IN_NAME = set("的了是在和与及也都就被把将向由从对为以于而并或等所其该此这那率部军师旅团营兵队官令之个得取")

# --------------------------------------------------------------------------- PERSON

# 第十五师X所部 / 西北军第二混成旅X所部 / ，X所部: the commander between his unit (or a clause start) and 所部
_COMMANDER_OF_RE = re.compile(f"(?<=[师旅团军营队部,，、(（另])([{_CJK}]{{2,3}})所部")
# 粤军第一师X部: a commander's force after the unit he belongs to (a possessive 部, guideline 1)
_UNIT_THEN_LEADER_RE = re.compile(f"(?<=[{_NUM}][师旅团军])([{_CJK}]{{2,3}})部(?![队署分门长下属将位落])")
_COMMANDER_OF_ANCHOR = re.compile("所部")
_COMMANDER_OF_ANCHOR_PLAIN = re.compile("部(?![队署分门长下属将位落])")
# 另X率一混成团 / 另X一旅于…: a name after 另 before 率 or a count of formations
_BESIDES_RE = re.compile(
    f"另([{_CJK}]{{2,3}}?)(?=率|([{_CN}])((?:混成|独立)?[师旅团营])(?![长部属级]))")
_BESIDES_ANCHOR = re.compile("另")
# X当局: a leader's government (李某当局), not a place's (北京当局)
_AUTHORITIES_RE = re.compile(f"([{_CJK}]{{2,3}})当局")
_AUTHORITIES_ANCHOR = re.compile("当局")
# 司令官X亲自… / 总司令X曾…: a name after a command post, before what he does
_POST_NAME_RES = tuple(re.compile(
    f"{post}([{_CJK}]{{2,4}}?)(?=亲自|曾|率|下令|指挥|坐镇|飞临|赶到|认为|决定|[，,。；;])")
    for post in ("司令官", "总司令", "指挥官", "参谋长"))    # one literal start each: scanned in C
# 击败X部 / 歼灭X部主力: the leader whose force is defeated (a possessive 部, guideline 1)
_DEFEATED_FORCE_RE = re.compile(
    f"(?:击败|击溃|打败|打垮|歼灭|消灭|全歼|重创|收编|改编|围歼|追击|围攻|驱逐)([{_CJK}]{{2,3}}?)部(?![队署分门长下属将位落])")
_DEFEATED_FORCE_ANCHOR = re.compile("击败|击溃|打败|打垮|歼灭|消灭|全歼|重创|收编|改编|围歼|追击|围攻|驱逐")
# ，X率残部… / 。X率部…: a clause that starts with a name leading his force
_LEADS_RE = re.compile(f"(?:(?<=[，,。；;：:\n])|^)([{_CJK}]{{2,3}}?)(?:亲)?率(?:领)?(?:残部|部|所部|主力|全军|全师|本部)")
_LEADS_ANCHOR = re.compile("率(?:领)?(?:残部|部|所部|主力|全军|全师|本部)")
# 孙某、王某被俘 / X等阵亡: the names before a fate of war (captured, killed, surrendered)
_FATE_LIST_RE = re.compile(f"((?:[{_CJK}]{{2,3}}、){{0,4}}[{_CJK}]{{2,3}})(?:等人?|二人|三人|两人)?(?:均|都|先后|相继)?(?:被俘|阵亡|被击毙|毙命|投降|自杀|殉国|被捕)")
_FATE_ANCHORS = tuple(re.compile(w) for w in ("被俘", "阵亡", "被击毙", "毙命", "投降", "自杀", "殉国", "被捕"))
# a photo caption: a name alone on its line
_CAPTION_RE = re.compile(f"\n([{_CJK}]{{2,3}})(?=\n)")
_CAPTION_ANCHOR = re.compile("\n")

# --------------------------------------------------------------------------- QUANTITY

# 一混成旅 / 两混成团: a numeral right before 混成旅/混成团 without 第 is a count (designations are 第N混成旅, 混成第N旅)
# not after a numeral, nor after a list comma that follows one: 第十三、十四两混成旅 is a list of designations
# (guideline 4; auditzh25), while 四师、一混成旅 lists counts
_MIXED_COUNT_RE = re.compile(f"(?<![第{_NUM}{_CN}])(?<![{_NUM}{_CN}]、)([{_CN}]{{1,3}})(混成[旅团])(?![长部属级])")
_MIXED_COUNT_ANCHOR = re.compile("混成[旅团]")
# 有五师 / 率两旅 / 辖三团: a count after a verb of having or leading (not 有第五师, not 五师长)
_HAVE_COUNT_RE = re.compile(f"[有率辖计]([{_CN}]{{1,2}})([师旅团])(?![长部属级第兄弟傅生父母范资姐妹徒{_NUM}])")
_HAVE_COUNT_ANCHORS = tuple(re.compile(f"{ch}(?:(?<=[有率辖计][{_CN}]{ch})|(?<=[有率辖计][{_CN}][{_CN}]{ch}))") for ch in "师旅团")
# 唯一一支 / 只有一个: one after a word of exclusion counts (elsewhere 一个, 一支 read as an article)
_ONLY_ONE_RE = re.compile("(?:唯一|只有|仅有|只剩|仅剩|只剩下|仅剩下)(一(个|支|座|架|艘|辆|门|名|位|人))")
_ONLY_ONE_ANCHOR = re.compile("一(?<=(?:唯一|只有|仅有|只剩|仅剩|剩下)一)")
# 击落敌机一架。: a count of one after its noun, at the end of a clause
_ONE_AFTER_RE = re.compile("一(架|艘|辆|门|挺|枚|座)(?=[。，,；;！!])")

# --------------------------------------------------------------------------- MIL_UNIT

# 一野 … 四野 (第一至第四野战军, 1949), 华野/中野/东野/西野 (1947-1949): with a designation after them (rule 3)
_FIELD_ABBR_RE = re.compile(
    f"(?:(?<![{_CJK}])|(?<=[和与及、的由是将在从向被归属令而掉入为至我以任])|(?<![第{_NUM}])(?=[一二三华]野))([一二三四华中东西])野"
    f"((?:第?[{_NUM}]{{1,4}}(?:兵团|纵队|纵|军|师))(?:第?[{_NUM}]{{1,4}}(?:军|师|旅|团|营))*)?"
    f"(?P<hq>(?:特种兵|炮兵|后勤)?(?:总部|指挥部|司令部)|前线指挥部)?(?![长部属级])")   # 东野特种兵司令部 (s20zhunit)   # 华野总部, 东野指挥部: its headquarters (rule 15)
_CHAIN_MEMBER_RE = re.compile(f"第?([{_NUM}]{{1,4}})(兵团|纵队|纵|军|师|旅|团|营)")
# 一野/二野/三野/华野 are no common words: any left neighbour but a numeral or 第 (连二野等, 当年三野的, auditzh30);
# 四野 (the open country) and 中野/东野/西野 (Japanese surnames) keep the narrow left context (我中野一部, 以东野主力:
# the speaker's side and the verb of using, s19zhunit)
_FIELD_ABBR_ANCHOR = re.compile("野(?<=[一二三四华中东西]野)")   # a literal first: scanned in C
# a post of the field army's command (时任东野参谋长) or its host (二野大军) after the short name names it (s20zhunit)
_FIELD_ABBR_NEXT_STRICT = re.compile(f"主力|部队|一部|兵团|纵队|参谋长|副?司令员|政治委员|副?政委|前委|首长|的(?=第?[{_NUM}]{{1,3}}(?:纵|兵团))")   # 中野的三纵     # 中野/东野/西野 are also Japanese surnames
_FIELD_ABBR_NEXT = re.compile("主力|部队|一部|大军|参谋长|副?司令员|政治委员|副?政委|前委|首长|第|[的和与及、有已在是也,，。；;共总等]")
# 第十七兵团部 / 第三兵团部: a headquarters written with its formation (rule 15)
_HQ_RE = re.compile(f"(?<![{_NUM}])(第?[{_NUM}]{{1,4}})(兵团|集团军|军|师|旅)部(?![队分署门长下属将位落])")
_HQ_ANCHOR = re.compile("部(?<=[军师旅团]部)")
# 西集团203师: a task force and a member written without 第 (zh5 takes 东集团第10兵团)
_TASK_FORCE_MEMBER_RE = re.compile(
    f"((?:中央|[东西南北中左右])集团)([0-9]{{1,4}}|[一二三四五六七八九十百〇○]{{1,5}})(兵团|军|师|团)(?![长部属级])")
_TASK_FORCE_MEMBER_ANCHOR = re.compile("集团")
# 志愿军第38军第113师: a named force of the PRC before a chain of designations is one span (rules 2 and 3; zh5 takes
# the force with its first designation alone, 志愿军第9兵团)
_FORCE_CHAIN_RE = re.compile(
    f"(?:(?:中国)?人民)?(?:志愿军|解放军)((?:第?[{_NUM}]{{1,4}}(?:野战军|兵团|军|师))(?:第?[{_NUM}]{{1,4}}(?:兵团|军|师|旅|团|营|连|排)){{1,5}})"
    f"(?![长部属级])")
_FORCE_CHAIN_ANCHORS = (re.compile("志愿军"), re.compile("解放军"))
_DESIGNATION_RE = re.compile(f"第?([{_NUM}]{{1,4}})(野战军|兵团|军|师|旅|团|营|连|排)")
# 土耳其旅 / 希腊营: a country's contingent named by the country (the 联合国军 brigades and battalions of 1950-1953)
_CONTINGENT_RE = re.compile(f"([{_CJK}]{{2,4}}?)(旅|营)(?=[在和与及、，,。；;的于向从被已也等为是随则仍又亦均都]|$)")
_CONTINGENT_ANCHORS = tuple(re.compile(f"{ch}(?=[在和与及、，,。；;的于向从被已也等为是随则仍又亦均都]|$)") for ch in "旅营")
# “白虎团” / “钢七军”: a unit's nickname in quotes, a two-character name before a small echelon or a character before a
# numbered army (zh4 takes quoted names ending in 军/部队/兵团/支队/纵队 without numerals)
_QUOTED_NICKNAME_RE = re.compile(f"[“\"「『]([{_CJK}]{{2}}(团|营|连)|[{_CJK}]([一二三四五六七八九十]{{1,3}})(军|师|团))[”\"」』]")
# (「」『』: the corner quotes of Traditional-script books, 「老虎團」; auditzh16)
_QUOTED_NICKNAME_ANCHORS = tuple(re.compile(f"{q}(?<=[团营连军师]{q})") for q in "”\"」』")
# 第二绥靖区 / 第十一绥靖区: the Nationalist pacification zones of 1946-1949 (a command with its own forces, MIL_UNIT)
_PACIFICATION_ZONE_RE = re.compile(f"第([{_NUM}]{{1,3}})绥靖区")
_PACIFICATION_ZONE_ANCHOR = re.compile("绥靖区")
# 西北军政长官公署 / 华中军政长官公署: a regional military-administrative headquarters (ORG as 绥靖公署), not the army
# named 西北军 inside it
_ADMIN_HQ_RE = re.compile(f"([{_CJK}]{{2,4}}?)军政长官公署")
_ADMIN_HQ_ANCHOR = re.compile("军政长官公署")
# 独2旅 / 独八旅: the short form of 独立 before a bare designation (prefix 独立)
_INDEPENDENT_SHORT_RE = re.compile(f"独([{_NUM}]{{1,3}})(旅|团|师|营)(?![长部属级])")
_INDEPENDENT_SHORT_ANCHOR = re.compile("独")
# 晋察冀军区第一分区 / 冀中军区第8军分区: a sub-district written after its military region is one span (rule 3)
_SUBDISTRICT_RE = re.compile(f"([{_CJK}]{{1,5}}军区)(第?([{_NUM}]{{1,3}})(?:军)?分区)")
_SUBDISTRICT_ANCHOR = re.compile("分区")
_OFFICE_BEFORE_RE = re.compile("[后调升改兼出曾时历现继接]?任")
# 纳入晋西北军区第8分区, 划归太岳军区第二军分区, 他后任冀中军区…: a verb of incorporation or office (after a
# pronoun or a name) before the region is no part of its name (auditzh16)
_INTO_BEFORE_RE = re.compile("[编纳划调转并列归收]入|[划改]归|[转改划]隶|[改隶配归]属|属于|[后调升改兼出曾时历现继接]任")
# 东北人民解放军 / 华东人民解放军: a region's People's Liberation Army is one named force (its echelon is "")
_REGIONAL_PLA_RE = re.compile("(东北|华北|西北|华东|华中|中南|中原|西南|华南)人民解放军")
_REGIONAL_PLA_ANCHOR = re.compile("人民解放军")
# the New Army of 1904-1912 by its own echelons: 镇 (division), 协 (brigade), 标 (regiment), with their members (第八镇工程第八营,
# 第二十一混成协); 新军/北洋/陆军 before them stay inside (rule 2), a province before them is its own GPE (as 湖北暂编第一师)
_NEW_ARMY_RE = re.compile(
    f"(?:(?:北洋)?新军|北洋(?:陆军)?|陆军|混成)?第([{_NUM}]{{1,3}})(混成)?(镇|协|标)"   # 混成第三协 (auditzh6)
    f"((?:(?:步|马|炮|工程|辎重)(?:队|兵)?)?第[{_NUM}]{{1,3}}(?:混成)?(?:协|标|营|队)){{0,3}}(?![长属])(?!部(?![分署]))")   # 第八镇|部分部队, |部署 (auditzh42), not 镇部 (its HQ)
_NEW_ARMY_ANCHOR = re.compile(f"第(?=[{_NUM}]{{1,3}}(?:混成)?[镇协标])")
_NEW_ARMY_MEMBER_RE = re.compile(f"第([{_NUM}]{{1,3}})(混成)?(协|标|营|队)")
# 部X旅和Y旅: a brigade or division named after its commander, after 部 or in a list
_NAMED_BRIGADE_RE = re.compile(f"[部和与及、]([{_CJK}]{{3}})(?<![两数诸各])(旅|师)(?![长部属团级第])")
_NAMED_BRIGADE_ANCHORS = tuple(re.compile(f"{ch}(?<=[部和与及、][{_CJK}]{{3}}{ch})") for ch in "旅师")

# --------------------------------------------------------------------------- EVENT / GPE

_SEASON_CAMPAIGN_RE = re.compile("(?:[0-9]{4}年)?[春夏秋冬]季(?:战役|攻势|反攻|反击战)")
_SEASON_CAMPAIGN_ANCHOR = re.compile("季")
# a battle named after a settlement whose name ends in a settlement word
_SETTLEMENT_END = "店铺堡坪屯寨集庄埠墟圩驿"
_SETTLEMENT_FIGHT_RE = re.compile(
    f"([{_CJK}]{{1,2}}[{_SETTLEMENT_END}])(战役|大捷|战斗|保卫战|阻击战|攻坚战|一战|之战)")
_SETTLEMENT_FIGHT_ANCHORS = (        # literal first characters: scanned in C
    re.compile(f"大捷(?<=[{_SETTLEMENT_END}]大捷)"),
    re.compile(f"战(?:(?<=[{_SETTLEMENT_END}]战)(?=役|斗)|(?<=[{_SETTLEMENT_END}](?:保卫|阻击|攻坚)战)|(?<=[{_SETTLEMENT_END}][一之]战))"))
# 砥平里 / 军隅里: a village of Korea (-ri) after a preposition or a verb of reaching or holding, and everywhere
# in the text once found, in a text about Korea (not 这里, 夜里, 村里, 战壕里: 里 after an ordinary word is "in")
_RI_BEFORE = "至在于到抵向从守占克围经、的御叫"   # 以北的X里, 防御X里 (auditzh8); 叫X里 named (auditzh32)
_RI_BEARING_RE = re.compile("(?:以[东南西北]|[东西南北][侧面部边]|附近|一带)$")
_RI_VILLAGE_RE = re.compile(f"[{_RI_BEFORE}][{_CJK}]{{2,4}}[里洞](?![面边头外程路许长口穴])")
_RI_ANCHORS = tuple(re.compile(f"{ch}(?:" + "|".join(f"(?<=[{_RI_BEFORE}][{_CJK}]{{{n}}}{ch})" for n in (2, 3, 4)) + ")")
                    for ch in "里洞")
_KOREA_RE = re.compile("朝鲜|韩国|南韩|北韩|志愿军|联合国军|三八线|38度线|鸭绿江|清川江|长津|临津江|洛东江|汉城|平壤|釜山|仁川|元山|兴南")
_RI_LIST_RE = re.compile(f"[和与及、]([{_CJK}]{{2,3}}[里洞])(?![面边头外程路许长口穴])")
# 第一次战役 … 第五次战役: the five offensives of the Chinese People's Volunteers (1950-1951), in a text about Korea
_KOREA_CAMPAIGN_RE = re.compile("第[一二三四五]次战役")
_KOREA_CAMPAIGN_ANCHOR = re.compile("次战役")
_KOREA_REACH = 400      # characters: how near a word about Korea must be
_NOT_IN_VILLAGE = set("的了是在和与及也都就被把将向由从对为以于而并或等其该此这那哪家村城山夜心手眼屋院")
_FIGHT_EVENT = {"战役", "大捷", "战斗", "保卫战", "阻击战", "攻坚战"}

# 上海战役 / 太原会战: a battle named after a known place (the event finder misses a few where the name's last character
# and the head form another word, 上海战役 read as 上|海战|役)
_PLACE_BATTLE_RE = re.compile(f"([{_CJK}]{{2,3}}?)(战役|会战|保卫战|攻坚战|阻击战)")
_PLACE_BATTLE_ANCHORS = tuple(re.compile(head) for head in ("战役", "会战", "保卫战", "攻坚战", "阻击战"))
# 中原解放区 / 鄂豫皖苏区 / 晋察冀边区: a region of the revolution named after a known region (LOC, one span)
_BASE_AREA_RE = re.compile(f"([{_CJK}]{{2,3}}?)(解放区|根据地|苏区|边区)(?!政府|参议会|银行|主席)")
_BARE_DIRECTIONS = frozenset(("东北", "东南", "西北", "西南"))
_BASE_AREA_ANCHORS = tuple(re.compile(head) for head in ("解放区", "根据地", "苏区", "边区"))

# --------------------------------------------------------------------------- FAC / ORG / GPE / DATE

_ROUTE_LIST_RE = re.compile(f"((?:[{_CJK}]{{2}}、){{1,5}})([{_CJK}]{{2}})(铁路|公路)")
_ROUTE_LIST_ANCHOR = re.compile(f"、[{_CJK}]{{2}}(?:铁路|公路)")   # the last 、 of the list
_SECURITY_HQ_RE = re.compile(f"([{_CJK}]{{2,4}}?)(?:保安|城防|卫戍)司令部")
_SECURITY_HQ_ANCHOR = re.compile("司令部(?<=(?:保安|城防|卫戍)司令部)")
# 攻入云山城 / 突入X城: a walled town entered or taken (X城, GPE) where X is no word (not 山城 inside it)
_CITY_TAKEN_RE = re.compile(f"(?:攻入|攻克|攻占|攻下|突入|冲入|进入|进占|占领|包围|围攻|逼近|退入|撤入)([{_CJK}]{{2}}城)(?![市区墙门楼头外内里池])")
_CITY_TAKEN_ANCHOR = re.compile(f"城(?<=(?:攻入|攻克|攻占|攻下|突入|冲入|进入|进占|占领|包围|围攻|逼近|退入|撤入)[{_CJK}]{{2}}城)")
_TAKE_RE = re.compile(f"(?:占领|进犯|进攻|攻占|侵占|控制|夺取|侵入)([{_CJK}]{{2,3}})")

_MONTH_PAIR_RE = re.compile("([0-9]{4})年([一二三四五六七八九])([二三四五六七八九十])月份?")
_MONTH_PAIR_ANCHOR = re.compile("月(?<=[一二三四五六七八九][二三四五六七八九十]月)")
# 南朝鲜军: the divided state's short name before 军 (starts with 南/北 + a literal: scanned in C)
_DIVIDED_STATE_ARMY_RE = re.compile("[南北](?:朝鲜|韩)军")
_CN_DIGIT = {ch: i for i, ch in enumerate("一二三四五六七八九十", 1)}


@lru_cache(maxsize=1)
def _places():
    return place_lexicon()


@lru_cache(maxsize=1)
def _river_provinces() -> tuple:
    """The province-level names the gazetteer reads as a landform first (黑龙江), one literal pattern each."""
    return tuple(re.compile(re.escape(name)) for name, entry in _places().items()
                 if entry.label == "LOC" and (entry.id or "").startswith("cn:") and entry.id.endswith("0000"))


@lru_cache(maxsize=1)
def _countries() -> frozenset:
    return frozenset(name for name, entry in _places().items() if entry.label == "GPE" and entry.kind == "country")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    return frozenset(row[0] for row in read_rows("route_abbreviations.tsv") if len(row[0]) == 1)


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single or name[:2] in japanese_surnames()


def _adverb_or_verb_phrase(name: str) -> bool:
    """黄司令官|错误地认为, 司令官|意识到: an ordinary word with a particle of manner or result after it (地/得/到/着/了)
    is what the commander did, not his name (auditzh26)."""
    return len(name) >= 3 and name[-1] in "地得到着了" and is_common_word(name[:-1], 300)


def _name_like(name: str, surname: bool = True) -> bool:
    """Could be a person's name: no function character, not an ordinary word, not a place."""
    return (not any(ch in _NOT_IN_NAME for ch in name) and not is_common_word(name, 300) and not verb_headed(name)
            and name not in _places() and (not surname or _has_surname(name)))


def _persons(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_COMMANDER_OF_RE, text, _COMMANDER_OF_ANCHOR, 3):
        if _name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-commander-of", 36))
    for m in anchored_finditer(_UNIT_THEN_LEADER_RE, text, _COMMANDER_OF_ANCHOR_PLAIN, 3):
        if _name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-unit-then-leader", 34))
    for m in anchored_finditer(_BESIDES_RE, text, _BESIDES_ANCHOR, 0):
        if _name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-besides", 36))
            if m.group(2):
                end = m.end(3)
                out.append(Candidate(m.start(2), end, "QUANTITY", "rule:quantity-formations", 41,
                                     norm={"value": parse_number(m.group(2)), "unit": m.group(3), "approx": None}))
    for m in anchored_finditer(_AUTHORITIES_RE, text, _AUTHORITIES_ANCHOR, 3):
        name = m.group(1)
        for k in range(len(name) - 1):      # 但X当局: the name starts after a function word or a non-letter
            part = name[k:]
            before = name[k - 1] if k else text[m.start(1) - 1:m.start(1)]
            if (not re.match(f"[{_CJK}]", before) or before in _NOT_IN_NAME or before in "但而即") and _name_like(part):
                out.append(Candidate(m.start(1) + k, m.end(1), "PERSON", "rule:person-authorities", 33))
                break
    for pattern in _POST_NAME_RES:
        for m in pattern.finditer(text):
            name = m.group(1)
            info = word_info().get(name)      # 该指挥官击毙: a verb after the post is no name (auditzh5)
            if _name_like(name, surname=False) and not any(ch in "兼副总第本人" for ch in name) \
                    and not (info and info[1].startswith("v")) \
                    and not name.startswith("一") and not among_posts(name) \
                    and not _adverb_or_verb_phrase(name):      # 总司令一职: the post itself (auditzh6)
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-command-post", 22))
    for m in anchored_finditer(_DEFEATED_FORCE_RE, text, _DEFEATED_FORCE_ANCHOR, 0):
        if _name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-defeated-force", 34))
    for m in anchored_finditer(_LEADS_RE, text, _LEADS_ANCHOR, 4):
        if _name_like(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-leads-force", 34))
    for m in (m for anchor in _FATE_ANCHORS for m in anchored_finditer(_FATE_LIST_RE, text, anchor, 20)):
        items, pos = [], m.start(1)
        for part in m.group(1).split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        if len(items) < 2:
            continue            # one name before 被俘 is left to the post and context rules (守军被俘, 全部被俘)
        first_start, first = items[0]
        for k in range(len(first) - 1):        # 守城的X、Y: the first name starts after a function character
            if k == 0 or first[k - 1] in _NOT_IN_NAME:
                if _name_like(first[k:]):
                    items[0] = (first_start + k, first[k:])
                    break
        if all(_name_like(part) for _, part in items):
            out.extend(Candidate(start, start + len(part), "PERSON", "rule:person-fate-list", 34) for start, part in items)
    for m in anchored_finditer(_CAPTION_RE, text, _CAPTION_ANCHOR, 0):
        if _name_like(m.group(1)) and not is_common_word(m.group(1), 1):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-caption-line", 19))
    return out


def _quantities(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_MIXED_COUNT_RE, text, _MIXED_COUNT_ANCHOR, 3):
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-formations", 61,
                             norm={"value": parse_number(m.group(1)), "unit": m.group(2), "approx": None}))
    for m in (m for anchor in _HAVE_COUNT_ANCHORS for m in anchored_finditer(_HAVE_COUNT_RE, text, anchor, 3)):         # starts with one of four characters: scanned in C
        out.append(Candidate(m.start(1), m.end(), "QUANTITY", "rule:quantity-formations", 61,
                             norm={"value": parse_number(m.group(1)), "unit": m.group(2), "approx": None}))
    for m in anchored_finditer(_ONLY_ONE_RE, text, _ONLY_ONE_ANCHOR, 3):
        out.append(Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-only-one", 39,
                             norm={"value": 1, "unit": m.group(2), "approx": None}))
    for m in _ONE_AFTER_RE.finditer(text):         # starts with the literal 一: scanned in C
        if m.start() and re.match(f"[{_CJK}]", text[m.start() - 1]) and text[m.start() - 1] not in "第每这那哪另同统唯单十百千万零〇两二三四五六七八九":
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-one-after-noun", 41,
                                 norm={"value": 1, "unit": m.group(1), "approx": None}))
    return out


def _units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_FIELD_ABBR_RE, text, _FIELD_ABBR_ANCHOR, 1):
        head, member = m.group(1), m.group(2)
        numbers = [] if head in "华中东西" else [parse_number(head)]
        if member:
            parts = _CHAIN_MEMBER_RE.findall(member)
            if len(parts) > 5 or not all(parse_number(n) for n, _ in parts):
                continue
            numbers += [parse_number(n) for n, _ in parts]
            echelon = "纵队" if parts[-1][1] == "纵" else parts[-1][1]
        elif not m.group("hq") and not (_FIELD_ABBR_NEXT if head not in "中东西" else _FIELD_ABBR_NEXT_STRICT).match(
                text, m.end()):
            continue            # 四野 alone may be the open country
        else:
            echelon = "野战军"
        hint = {"numbers": numbers, "echelon": echelon, "prefix": "", "side": "CCP"}   # every X野 is a PLA field army
        if echelon == "野战军" and numbers:
            hint["id"] = f"CCP/field_army/{numbers[0]}"     # as 第二野战军 (auditzh30)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-field-army-abbr", 62, norm={"unit_hint": hint}))
    for m in anchored_finditer(_HQ_RE, text, _HQ_ANCHOR, 9):
        number = parse_number(m.group(1).lstrip("第"))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-headquarters", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": ""}}))
    for m in anchored_finditer(_TASK_FORCE_MEMBER_RE, text, _TASK_FORCE_MEMBER_ANCHOR, 2):
        number = parse_number(m.group(2))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-task-force-member", 64,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(3), "prefix": ""}}))
    for m in (m for anchor in _FORCE_CHAIN_ANCHORS for m in anchored_finditer(_FORCE_CHAIN_RE, text, anchor, 4)):
        parts = _DESIGNATION_RE.findall(m.group(1))
        numbers = [parse_number(n) for n, _ in parts]
        if all(numbers):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-force-chain", 64,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": parts[-1][1], "prefix": ""}}))
    for m in anchored_finditer(_SUBDISTRICT_RE, text, _SUBDISTRICT_ANCHOR, 12):
        region = m.group(1)
        cut = max((i + 1 for i, ch in enumerate(region[:-2]) if ch in _NOT_IN_NAME or ch in "、我敌"), default=0)
        office = _OFFICE_BEFORE_RE.match(region, cut)      # 后任冀中军区…: a verb of office is no part of the name
        cut = office.end() if office and len(region) - office.end() >= 3 else cut
        into = max((v.end() for v in _INTO_BEFORE_RE.finditer(region, cut, len(region) - 2)), default=cut)
        cut = into if len(region) - into >= 3 else cut
        number = parse_number(m.group(3))
        if number and len(region) - cut >= 3:
            out.append(Candidate(m.start(1) + cut, m.end(), "MIL_UNIT", "rule:unit-military-subdistrict", 64,
                                 norm={"unit_hint": {"numbers": [number], "echelon": "军分区", "prefix": ""}}))
    for m in anchored_finditer(_REGIONAL_PLA_RE, text, _REGIONAL_PLA_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-regional-pla", 62,
                             norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    for m in anchored_finditer(_NEW_ARMY_RE, text, _NEW_ARMY_ANCHOR, 4):
        numbers, echelon, prefix = [parse_number(m.group(1))], m.group(3), m.group(2) or ""
        if m.group(0).startswith("混成"):
            prefix = "混成"
        members = _NEW_ARMY_MEMBER_RE.findall(m.group(0)[m.start(3) - m.start() + 1:])
        for number, mixed, member_echelon in members:
            numbers.append(parse_number(number))
            echelon, prefix = member_echelon, mixed or ""
        if all(numbers) and not (echelon == "镇" and m.group(0).startswith("第") and text[m.end():m.end() + 1] in ("的", "上")):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-new-army", 62,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}}))
    for m in anchored_finditer(_PACIFICATION_ZONE_RE, text, _PACIFICATION_ZONE_ANCHOR, 4):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-pacification-zone", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": "绥靖区", "prefix": ""}}))
    for m in anchored_finditer(_ADMIN_HQ_RE, text, _ADMIN_HQ_ANCHOR, 4):
        name = m.group(1)
        cut = max((i + 1 for i, ch in enumerate(name) if ch in _NOT_IN_NAME or ch == "、"), default=0)
        if len(name) - cut >= 2:
            out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-military-administrative-hq", 63))
    for m in anchored_finditer(_INDEPENDENT_SHORT_RE, text, _INDEPENDENT_SHORT_ANCHOR, 0):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-independent-short", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": "独立"}}))
    countries = _countries()
    for m in (m for anchor in _CONTINGENT_ANCHORS for m in anchored_finditer(_CONTINGENT_RE, text, anchor, 4)):
        name = m.group(1)
        for k in range(len(name) - 1):
            if name[k:] in countries:
                out.append(Candidate(m.start(1) + k, m.end(), "MIL_UNIT", "rule:unit-contingent", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}))
                break
    for m in (m for anchor in _QUOTED_NICKNAME_ANCHORS for m in anchored_finditer(_QUOTED_NICKNAME_RE, text, anchor, 6)):
        name = m.group(1)
        if m.group(3):
            hint = {"numbers": [parse_number(m.group(3))], "echelon": m.group(4), "prefix": ""}
        else:
            hint = {"numbers": [], "echelon": m.group(2), "prefix": ""}
        # a quoted short designation (“红三团”, “新五连”): the normaliser's reading, whose numbers hold the
        # designation number its id already holds (session 21 r2, r21units); a nickname (“老虎团”) keeps the hint
        if normalize_unit(name).get("numbers"):
            hint = None
        out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-quoted-nickname", 61,
                             norm={"unit_hint": hint} if hint else {}))
    for m in (m for anchor in _NAMED_BRIGADE_ANCHORS for m in anchored_finditer(_NAMED_BRIGADE_RE, text, anchor, 4)):
        name = m.group(1)
        if _name_like(name) and name[0] != "第":      # 第五十师 is a designation (第 is a rare surname)
            out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-named-after-commander", 61,
                                 norm={"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}))
    return out


def _plain_settlement(name: str) -> bool:
    return (not any(ch in _NOT_IN_NAME for ch in name) and name not in _places()
            and not is_common_word(name, 300) and not any(name[k:] in _places() for k in range(1, len(name) - 1)))


def _ri_cue_ok(text: str, i: int) -> bool:
    """的 opens a village only after a bearing (汶山以北的X里, 西侧的X里, 附近的X里): elsewhere 的X里 is "in the X"."""
    return text[i - 1] != "的" or bool(_RI_BEARING_RE.search(text, max(0, i - 4), i - 1))


def _korean_village(name: str) -> bool:
    """X里 names a village: no function character, not a word jieba knows (余秋里, 马德里 …) and no word inside it
    (签到室里, 窑洞里, 田野里, 麦茬地里: 里 is "in")."""
    if any(ch in _NOT_IN_VILLAGE for ch in name) or name in _places() or name in word_info():
        return False
    stem, words = name[:-1], word_info()
    return not any(stem[i:j] in words for i in range(len(stem)) for j in range(i + 2, len(stem) + 1))


def _events_places(text: str) -> list[Candidate]:
    out = []
    places = _places()
    for m in (m for anchor in _PLACE_BATTLE_ANCHORS for m in anchored_finditer(_PLACE_BATTLE_RE, text, anchor, 3)):
        name = m.group(1)
        for k in range(len(name) - 1):          # 发起上海战役: the longest known place at the end of the name
            if name[k:] in places:
                if text[m.start(1) + k - 1:m.start(1) + k] != "、":      # 长沙、衡阳会战: left to the event finder
                    out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-place-battle", 44))
                break
    for m in (m for anchor in _BASE_AREA_ANCHORS for m in anchored_finditer(_BASE_AREA_RE, text, anchor, 3)):
        name = m.group(1)
        for k in range(len(name) - 1):          # 转入苏中解放区: the longest known place at the end of the name
            if name[k:] in places:
                if name[k] in "东西南北" and text[m.start(1) + k - 1:m.start(1) + k] == "以":
                    continue                    # 铁路以西山区根据地: 以西 is a bearing, not 西山区 (auditzh38)
                if k and name[k:] in _BARE_DIRECTIONS:
                    break                       # 川西北根据地: the region is 川西北 (rule:region), not 西北
                end = m.end() if m.group(2) == "边区" else m.end(1)   # 中原解放区 → 中原 (zh12: the region only)
                out.append(Candidate(m.start(1) + k, end, "LOC", "rule:place-base-area", 33))
                break
    for m in anchored_finditer(_SEASON_CAMPAIGN_RE, text, _SEASON_CAMPAIGN_ANCHOR, 6):
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-season-campaign", 52))
    found = set()
    for m in (m for anchor in _SETTLEMENT_FIGHT_ANCHORS for m in anchored_finditer(_SETTLEMENT_FIGHT_RE, text, anchor, 5)):
        name = m.group(1)
        for k in range(len(name) - 2):      # 取得X大捷: the name may start after the verb
            if name[k] in _NOT_IN_NAME:
                name = name[k + 1:]
        if len(name) >= 2 and _plain_settlement(name):
            found.add(name)
            if m.group(2) in _FIGHT_EVENT:
                out.append(Candidate(m.end(1) - len(name), m.end(), "EVENT", "rule:event-settlement-fight", 46))
    villages, korea = set(), None
    for m in (m for anchor in _RI_ANCHORS for m in anchored_finditer(_RI_VILLAGE_RE, text, anchor, 5)):
        # 围在X里: the village starts after a preposition inside the match, the first that gives a village
        start = next((i for i in range(m.start() + 1, m.end() - 2)
                      if text[i - 1] in _RI_BEFORE and _ri_cue_ok(text, i) and _korean_village(text[i:m.end()])), None)
        if start is None:
            continue
        if korea is None:
            korea = [k.start() for k in _KOREA_RE.finditer(text)]
        if any(abs(k - m.start()) <= _KOREA_REACH for k in korea):
            villages.add(text[start:m.end()])
            tail = _RI_LIST_RE.match(text, m.end())
            while tail is not None:         # 在X里和Y里、Z里: the villages listed after it
                if _korean_village(tail.group(1)):
                    villages.add(tail.group(1))
                tail = _RI_LIST_RE.match(text, tail.end())
    for m in anchored_finditer(_KOREA_CAMPAIGN_RE, text, _KOREA_CAMPAIGN_ANCHOR, 4):
        if korea is None:
            korea = [k.start() for k in _KOREA_RE.finditer(text)]
        if any(abs(k - m.start()) <= _KOREA_REACH for k in korea):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-korea-campaign", 46))
    for name in found:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-settlement-fight", 31))
    for name in villages:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-korean-village", 41))
    return out


def _facilities_orgs_dates(text: str) -> list[Candidate]:
    out = []
    abbreviations = _abbreviations()
    for m in anchored_finditer(_ROUTE_LIST_RE, text, _ROUTE_LIST_ANCHOR, 15):
        items = m.group(1).split("、")[:-1]
        if all(item[0] in abbreviations and item[1] in abbreviations for item in items):
            out.append(Candidate(m.start(), m.end(), "FAC", "rule:fac-route-list", 46))
    for m in anchored_finditer(_SECURITY_HQ_RE, text, _SECURITY_HQ_ANCHOR, 6):
        name = m.group(1)
        cut = max((i + 1 for i, ch in enumerate(name) if ch in _NOT_IN_NAME or ch == "、"), default=0)
        if len(name) - cut >= 2:
            out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-security-command", 47))
    places = _places()
    for m in (m for anchor in _river_provinces() for m in anchored_finditer(_TAKE_RE, text, anchor, 2)):
        for size in (3, 2):
            name = m.group(1)[:size]
            entry = places.get(name)
            if entry is not None and entry.label == "LOC" and (entry.id or "").startswith("cn:") \
                    and entry.id.endswith("0000") and text[m.start(1) + size:m.start(1) + size + 1] != "省":
                out.append(Candidate(m.start(1), m.start(1) + size, "GPE", "rule:place-province-taken", 31))
                break
    for m in anchored_finditer(_CITY_TAKEN_RE, text, _CITY_TAKEN_ANCHOR, 4):
        stem, words = m.group(1)[:2], word_info()
        if stem not in places and not any(ch in _NOT_IN_NAME for ch in stem) and stem[0] not in "全该此本敌我其县省京" \
                and (stem not in words or words[stem][1].startswith("ns")) \
                and (m.group(1) not in words or words[m.group(1)][1].startswith("ns") and words[m.group(1)][0] < 50):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-town-taken", 33))
    for m in anchored_finditer(_MONTH_PAIR_RE, text, _MONTH_PAIR_ANCHOR, 7):
        first, second = _CN_DIGIT[m.group(2)], _CN_DIGIT[m.group(3)]
        if second == first + 1:
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-month-pair", 52,
                                 norm={"date_hint": {"value": f"{m.group(1)}-{first:02d}"}}))
    return out


def _divided_states(text: str) -> list[Candidate]:
    """南朝鲜军 / 北韩军: the country before the generic 军 (as 美军), not the Japanese Korea Army 朝鲜军."""
    if "朝鲜军" not in text and "韩军" not in text:
        return []
    from pipeline.rules.units import find_units

    out = []
    for m in literal_finditer(_DIVIDED_STATE_ARMY_RE, text):
        out.append(Candidate(m.start(), m.end() - 1, "GPE", "rule:place-divided-state", 61))
        if text.startswith("第", m.end()):   # 南朝鲜军第1军团第6师: the designation after the generic 军
            for unit in find_units(text[m.end():m.end() + 40]):
                if unit.start == 0 and unit.label == "MIL_UNIT":
                    out.append(Candidate(m.end(), m.end() + unit.end, "MIL_UNIT", unit.source, unit.priority,
                                         unit.norm))
                    break
    return out


def find_written6(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    return (_persons(text) + _quantities(text) + _units(text) + _events_places(text) + _facilities_orgs_dates(text)
            + _divided_states(text))
