"""Where a Chinese, Japanese or transliterated name ends, read from its first character (the person
finder's name reading, split out of pipeline.rules.persons, which re-exports these names): the posts and
ranks written before or after a name, the words and characters that stop one, and the readers of a
Chinese name (surname + 1-2 given characters), a Japanese name (known family name + 1-3 characters) and
a run of transliteration characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import read_list, is_common_word, japanese_surnames, known_places, surnames, word_info

# Posts, ranks and descriptions written right before a name (军长方先觉).
TITLES = (
    "军长 副军长 师长 副师长 旅长 副旅长 团长 副团长 营长 副营长 连长 排长 队长 大队长 中队长 支队长 总队长 "
    "司令 副司令 司令官 副司令官 司令长官 副司令长官 总司令 副总司令 司令员 副司令员 纵队司令 "
    "参谋长 副参谋长 参谋总长 总参谋长 参谋次长 参谋 副官 侍从副官 政委 政治委员 总指挥 副总指挥 "
    "指挥官 总指挥官 统帅 最高统帅 师团长 旅团长 联队长 舰长 "
    "上将 中将 少将 大将 准将 元帅 将军 上校 中校 少校 上尉 中尉 少尉 大佐 中佐 少佐 大尉 "
    "主席 副主席 委员长 副委员长 总统 副总统 首相 外相 陆相 海相 藏相 总理 院长 部长 次长 "
    "局长 处长 厅长 省长 市长 县长 专员 主任 书记 总书记 大使 公使 领事 总督 特使 顾问 "
    "学者 历史学者 历史学家 史学家 记者 作家 教授 校长 科长 副科长 股长 副股长 会长 副会长 社长 副社长 厂长 副厂长 馆长 行长 董事长 总经理 经理"
    # deputies and staff posts (团附谢晋元), field commanders, Japanese and Republican ranks and posts
    " 团附 副团附 营附 连附 中队附 副连长 副排长 班长 分队长 小队长 总队附 参谋主任 作战参谋 参谋处长 "
    "副官长 军需处长 军医处长 政治部主任 教导总队长 守将 主将 敌将 副将 督战官 监军 "
    "副司令员 警备司令 城防司令 卫戍司令 总指挥官 前敌总指挥 军团长 集团军总司令 兵团司令 "
    "战区司令长官 副总参谋长 参议 参事 秘书 秘书长 督军 督办 督察专员 镇守使 护军使 巡阅使 省主席 "
    "教官 总教官 教育长 副校长 大元帅 大总统 天皇 亲王 "
    "司务长 副司务长 事务长 "   # a company's quartermaster (司务长某某): 司 read as a surname otherwise (auditzh50)
    "准尉 上士 中士 下士 军曹 曹长 伍长 兵长 上等兵 一等兵 二等兵 "
    "飞行员 机长 舰队司令 特务机关长 机关长 领队 "
    # the company- and battalion-level posts and the soldiers of memoirs (指导员某某, 战士某某, 组长某某)
    "指导员 副指导员 政治指导员 教导员 副教导员 政治教导员 组长 副组长 通讯员 卫生员 司号员 炊事员 "
    "战士 侦察员 观察员 机枪手 炮手 狙击手 爆破手 村长 乡长 区长 保长 甲长 民兵队长 "
    # the county and prefecture magistrates of the Qing and the early Republic (卸任县知事某某, 知县某某)
    "知事 县知事 知县 知府 知州 道尹 县令"
    # the staff and liaison officers' posts written X官 before a name (少校翻译官某某, 联络官某某): with
    # the post unread, 官 was read as a surname (官某某) (auditzh30, memoir blogs of the Burma campaign)
    " 翻译官 译电官 联络官 参谋官 军需官 军法官 军械官 军医官 书记官 传令官 侍从官 侍卫官 警卫官 情报官 "
    "通信官 通讯官 经理官 作战官 训练官 监察官 政训官 补给官 观察官 武官 副武官 外交官 检察官 审判官 翻译"
    # a military school's cohort before a graduate's name (保定军校三期生某某, 黄埔一期生某某) (s18zhper)
    " 期生"
    # the overseas Chinese described before their names (泰国归侨某某, 侨领某某, 华侨某某: session 23, s23zhname)
    " 归侨 侨领 侨胞 华侨 侨商 侨生 难侨"
    # occupations written X家 before a name, the epithets of biography (大教育家某某, 革命家某某, 实业家某某)
    # (s18 round 2: such names missed, or their given names read as places, after an unread epithet)
    " 教育家 革命家 军事家 实业家 思想家 政治家 外交家 文学家 科学家 艺术家 画家 书法家 音乐家 戏剧家 "
    "哲学家 经济学家 社会学家 法学家 数学家 物理学家 化学家 地质学家 考古学家 翻译家 理论家 企业家 "
    "银行家 金融家 慈善家 收藏家 小说家 剧作家 出版家 活动家 社会活动家 宣传家 改革家 航海家 探险家 新闻家"
).split()

# Rank words that may follow a name (日军守将水上源藏少将, 王耀武中将).
RANKS = (
    "大将 中将 少将 上将 准将 元帅 大佐 中佐 少佐 大尉 中尉 少尉 上校 中校 少校 上尉 准尉 军曹 曹长"
).split()

# Phrases that end a name (a verb, particle or a following title starts here).
STOP_WORDS = (
    "中将 少将 大将 上将 准将 元帅 将军 大佐 中佐 少佐 司令 指挥 率领 率部 所率 所部 所辖 参谋 "
    "师长 军长 团长 旅长 营长 连长 部队 认为 以为 等人 一行 本人 先生 阁下 同志"
    " 一看 一听 一见 一想 一怔 一愣 一惊 以下 以上 以及"     # zh12: 薛某一看, 大佐某某以下 (the name ends before)
    " 投共 投匪 投敌 投降 投诚 投奔 投靠 变节 叛变 殉国 殉职 成仁"   # auditzh4: 主席某某投共 (Taiwanese histories)
    " 上校 中校 少校 上尉 中尉 少尉 准尉 上士 中士 下士"   # auditzh4: the company and field ranks after a name (某某中尉)
    " 记功 记大功 记过 记大过 嘉奖 晋升 晋级 获颁 获授"   # auditzh15: 师长某某记功一次 (unit histories' awards)
    " 交卸 卸任 卸职 去职 离职 解职 到任 莅任 履新 接篆 卸篆"   # auditzh35: 前任团长某某交卸后 (a post handed over)
    " 元配 原配 继配 续配 续娶 续弦 聘妻 入赘"   # s29zhper: 长子某某元配某氏 (genealogies: the wives after a man's name)
).split()
STOP_WORDS_RE = re.compile("|".join(re.escape(word) for word in STOP_WORDS))
STOP_CHARS = set(
    "的了在是和与及跟等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "部军敌我他她你着过说称要会能可没不无未将为以兼任暨同因获遭受奉亲急仍还再当时后前上下内外间处带领"
    "拒决发宣接派调守攻撤退进击负阵战死伤逃见看致给师团旅营长官兵队司参谋总副主晚早午夜摄"
    "拟欲"     # modal verbs after a name: 刘某拟于四日前往, 张某欲投敌 (auditzh2)
    "驻"       # 师长为某某驻西苑: stationed at, a verb after the name (auditzh31, 文史资料 memoirs)
    "娶嫁"     # 次子某某娶的是…, 某某嫁与…: marrying, never a given name's character (s29zhper, genealogies)
)
# last characters of given names that are also function words, with the characters that make them the word
_GIVEN_STOPS = {"同": "志时意样盟年日月学等类期伴胞乡事", "均": "为已未被在是有无不告遭系可匀分亲遂即乃曾将应须得属表参",
                "能": "够否力源量干不耐手"}
# surnames that are also an adverb or a preposition: before an ordinary word they are that, not a surname;
# and surnames that are also an echelon or a level of government (区干部, 班排长, 连排干部: auditzh2)
_FUNCTION_SURNAMES = frozenset("曾向区班排")
# the surname 尤 is also the adverb "especially" before a verb of skill or liking: 尤善指挥, 尤擅骑射, 尤精枪法,
# 尤喜读书 in a commander's portrait read no name 尤善 (auditzh28)
ADVERB_SURNAME_NEXT = {"尤": frozenset("善擅精工喜爱甚")}
PUNCT = set("，。、；：！？（）()「」『』“”‘’《》〈〉【】[]—-…·　 \t\r\n,.;:!?\"'0123456789０１２３４５６７８９")


@lru_cache(maxsize=1)
def translit_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(Western name joined by ·, run of 4+ transliteration characters) from transliteration_chars.txt."""
    chars = re.escape("".join(dict.fromkeys("".join(read_list("transliteration_chars.txt")))))
    western = re.compile("[" + chars + "]{1,6}(?:[·•．][A-Z]\\.?)?(?:[·•．][" + chars + "]{1,8})+")
    return western, re.compile("[" + chars + "]{4,10}")


# words ending in 亲 that stand before a surname 王 (父亲王某, 母亲王氏, 乡亲王某): their 亲王 is no prince's title
# (session 26, s26zhper; 成亲/定亲/和亲 left out: 成亲王, 定亲王, 和亲王 are Qing princes)
KIN_QIN_WORDS = frozenset("父亲 母親 父親 母亲 乡亲 鄉親 双亲 雙親 娘亲 娘親 探亲 探親 省亲 省親 表亲 表親 近亲 近親 远亲 "
                          "遠親 至亲 至親 血亲 血親 姻亲 姻親 宗亲 宗親 思亲 思親 相亲 相親 提亲 提親 结亲 結親 求亲 "
                          "求親 迎亲 迎親 舅亲 舅親 老亲 老親".split())


def kin_qin_at(text: str, pos: int) -> bool:
    """The 亲王 (親王) at `pos` ends a kinship word and starts the surname 王 (父亲|王某), no prince's title."""
    return text[pos - 1:pos + 1] in KIN_QIN_WORDS


def surname_at(text: str, pos: int) -> int:
    """Length of a Chinese surname starting at pos (2 for compound, 1 single, 0 none)."""
    single, compound = surnames()
    if text[pos : pos + 2] in compound:
        return 2
    if pos < len(text) and text[pos] in single:
        return 1
    return 0


def stands_alone_elsewhere(text: str, name: str, start: int) -> bool:
    """Whether a two-character lexicon name glued to more name characters here is the person after all: the
    characters after it form a word (陈毅平和而深情: 平和), or it stands alone elsewhere in the text while the
    longer name never does (陈毅仔仔细细 … 陈毅说)."""
    end = start + len(name)
    if is_common_word(text[end:end + 2], 300):
        return True
    glued = text[start:end + 1]
    if text[end + 1:end + 2] == "着" and not word_info().get(glued, (0, ""))[1].startswith("nr"):
        return True       # 黄维坐着吉普车, 陈毅笑着说: a one-character verb with its aspect mark after the name (auditzh26)
    pos = text.find(glued)
    while pos >= 0:
        if stops_at(text, pos + len(glued)):
            return False      # 陈毅平是…: a three-character name stands alone somewhere
        pos = text.find(glued, pos + 1)
    pos = text.find(name)
    while pos >= 0:
        if pos != start and stops_at(text, pos + len(name)):
            return True
        pos = text.find(name, pos + 1)
    return False


def stops_at(text: str, pos: int) -> bool:
    if pos >= len(text):
        return True
    char = text[pos]
    if char in PUNCT or char in STOP_CHARS or not ("\u4e00" <= char <= "\u9fff"):
        return True
    return STOP_WORDS_RE.match(text, pos) is not None


_CLAUSE_PUNCT = set("，。；：！？,;:!?")
# adverbs and verbs (none a surname) that a conjunction 和 never joins to a name: after them 和 ends the name
_AFTER_GIVEN_HE = set("又也都就便已曾正却还再说讲坐站走笑问答看拿接及与")   # 和及, 和与: never two conjunctions


def given_he(text: str, at: int) -> bool:
    """Whether the 和 at `at`, right after a name's characters, is the given name's last character: a
    conjunction never ends a clause (指导员于某和，在…) and joins no adverb or verb of speaking or acting
    (王某和又拿出, 王某和坐在, 王某和作为…: auditzh16, veterans' stories); before a name it stays a conjunction."""
    if text[at:at + 1] != "和":
        return False
    nxt = text[at + 1:at + 2]
    if nxt in _CLAUSE_PUNCT or nxt in _AFTER_GIVEN_HE or text.startswith("作为", at + 1):
        return True
    return _FOOTNOTE_MARK.match(text, at + 1) is not None   # 某某和〔3〕: a conjunction never stands before a note mark


_FOOTNOTE_MARK = re.compile("[〔［\\[【][0-9０-９]{1,3}[〕］\\]】]")
_GIVEN_FIRST_STOPS = set("时")
# Stop characters that often open a given name (熊其勋, 田守尧, 殷受田, 马长庚, 许其亮, 赵向斗, 韩以礼, 卢师谛, 戴奉翔,
# 曲同丰, 邓致远): the first given character of a three-character name where it makes no word with the next character,
# that character stops nothing, and the name closes right after it (a stop character, mark or stop word); 向 and 以
# not before a direction (王向北|进发). Names of the person lexicons and the NER corpora open with each (name_chars.tsv:
# given1 2-19); session 27 (s27mine: 20 names of five development sets were lost at the first given character).
NAME_OPENING_STOPS = frozenset("其守受长同向以师奉致")


def _opens_three_character_name(text: str, g1: int) -> bool:
    """Whether the stop character at `g1`, right after a single surname, opens a given name of two characters."""
    nxt = text[g1 + 1:g1 + 2]
    return (text[g1:g1 + 1] in NAME_OPENING_STOPS and "\u4e00" <= nxt <= "\u9fff" and not stops_at(text, g1 + 1)
            and not (text[g1] in "向以" and nxt in "东西南北前后上下")
            and not is_common_word(text[g1:g1 + 2], 20) and stops_at(text, g1 + 2))


def chinese_name_end(text: str, pos: int) -> int:
    """End of a Chinese name (surname + 1-2 given characters) starting at pos, or -1."""
    slen = surname_at(text, pos)
    if not slen:
        return -1
    g1 = pos + slen
    if stops_at(text, g1) and not (slen == 1 and text[g1:g1 + 1] in _GIVEN_FIRST_STOPS and not stops_at(text, g1 + 1)
                                    and text[g1 + 1:g1 + 2] not in "任年已值为逢在正即"
                                    and not is_common_word(text[g1:g1 + 2], 20)) \
            and not (slen == 1 and _opens_three_character_name(text, g1)):
        return -1   # 陈时骥 (auditzh14): 时 opens a given name where it makes no word with the next character (时任, 时年)
    if is_common_word(text[pos : g1 + 1], 200):  # 高度, 方面, 于是 ...: not a name
        return -1
    if slen == 1 and text[g1] in ADVERB_SURNAME_NEXT.get(text[pos], ()):
        return -1   # 尤|善指挥: the adverb, not a surname
    if slen == 1 and text[pos] in _FUNCTION_SURNAMES and (is_common_word(text[g1 : g1 + 2], 20)
                                                         or is_common_word(text[g1 : g1 + 3], 20)):
        return -1   # 记者曾|采访过, 总理曾|多次, 主席向|地理上, 主席向|全世界: an adverb or preposition before an ordinary word
    g2 = g1 + 1
    three = text[pos : g2 + 1]
    if len(three) == 3 and word_info().get(three, (0, ""))[1].startswith("nr"):
        return g2 + 1   # 李承晚: a name the dictionary knows keeps a last character that would stop others
    if text[g2:g2 + 1] in _GIVEN_STOPS and text[g2 + 1:g2 + 2] not in _GIVEN_STOPS[text[g2]] \
            and not is_common_word(text[g2:g2 + 2], 50):
        return g2 + 1   # 顾祝同, 陈传均和, 张德能奉命 (zh12): a given name's last character that also stops names
    if given_he(text, g2):
        return g2 + 1   # 指导员于某和，在…, 王某和又拿出: 和 is the given name's last character
    if stops_at(text, g2):
        return g2 if _two_char_name_ok(text, pos, g2) else -1
    after = g2 + 1
    if after < len(text) and text[after] not in "于与和等及之的":
        if is_common_word(text[g2 : after + 1], 100):  # 李明|坚守
            return g2 if _two_char_name_ok(text, pos, g2) else -1
        phrase = word_info().get(text[g2 : after + 2])
        if phrase and phrase[0] >= 20 and phrase[1][:1] in ("v", "l", "i"):
            return g2 if _two_char_name_ok(text, pos, g2) else -1   # 黄某|通电话, 王某|打电话 (auditzh28)
    return g2 + 1


# nouns 才 starts (才干过人, 才华出众): after a name they may be its last character's word, not the adverb
_CAI_NOUNS = frozenset("干华智略艺气学识具俊子女")


def adverb_cai_after(text: str, end: int) -> bool:
    """Whether the 才 at `end`, right after a listed person's name, is the adverb "only then" before the verb or
    preposition it modifies (薛某才下令, 陈某才与各部取得联系, 才赶到) rather than the last character of a longer
    name: a listed two-character name glued to 才 + more text is that person (session 15)."""
    if text[end:end + 1] != "才":
        return False
    nxt = text[end + 1:end + 2]
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in _CAI_NOUNS


def _two_char_name_ok(text: str, pos: int, end: int) -> bool:
    """A two-character name is no verb jieba knows (连长查哨发现) and no head of a longer ordinary word
    (党支|部书记)."""
    entry = word_info().get(text[pos:end])
    if entry and entry[0] >= 5 and entry[1].startswith("v"):
        return False
    return end >= len(text) or not is_common_word(text[pos : end + 1], 50)


def japanese_name_end(text: str, pos: int) -> int:
    """End of a Japanese name (known surname + 1-3 given characters) starting at pos, or -1."""
    for slen in (3, 2, 1):
        if text[pos : pos + slen] in japanese_surnames():
            break
    else:
        return -1
    if slen == 1 and is_common_word(text[pos : pos + 2], 100):
        return -1       # 关系甚好, 中国人: a one-character family name that starts an ordinary word
    end = pos + slen
    given = 0
    while given < 3 and end < len(text):
        char = text[end]
        if char in PUNCT or not ("\u4e00" <= char <= "\u9fff"):
            break
        if given > 0 and (char in STOP_CHARS or STOP_WORDS_RE.match(text, end) is not None):
            break
        if given == 0 and slen >= 2 and STOP_WORDS_RE.match(text, end) is not None:
            return end      # 大佐滨田以下: a two-character family name alone (zh12)
        if given == 0 and char in "的了在是和与及等于被部率指所将":
            break
        end += 1
        given += 1
    if given == 0 or (slen == 1 and given == 1):
        return -1
    return end


def name_end(text: str, pos: int, prefer_japanese: bool = False) -> int:
    run = translit_patterns()[1].match(text, pos)
    if run and run.end() - pos >= 4 and run.group() not in known_places():  # 主席斯特罗耶夫
        return run.end()
    jp = japanese_name_end(text, pos)
    cn = chinese_name_end(text, pos)
    if jp > 0 and (prefer_japanese or cn < 0 or text[pos : pos + 2] in japanese_surnames() or text[pos : pos + 3] in japanese_surnames()):
        return jp if text[pos:jp] not in known_places() else -1
    return cn
