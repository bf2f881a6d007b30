"""A Chinese name without a title, read as the subject of a verb of command or action (PERSON).

Narratives name commanders without their post as often as with it: X率部突围, X命令各团…, X认为…,
X负伤, X于3月5日抵达…, 由X代理指挥, 急令X死守…. `find_action_names(text)` (working text, Simplified)
proposes a surname + one or two given characters when:

- before it: the start of a clause (punctuation, line start), or a word that takes a person as its
  object or partner (令, 急令, 命令, 电令, 任命, 致电, 由, 和, 与, 同, 、, 被, 派, 随) — see _LEFT_WORDS;
- after it: a verb of command or action, or an adverb that follows a subject (率部, 命令, 下令, 认为,
  负伤, 阵亡, 被俘, 带着, 赶到, 随后, 亲自, 于 + a date …) — see _ACTION_WORDS;
- or: a name before a military or political post (邓某师长当即下令, 在屈某队长带领下, 据黄某参谋回忆, X同志);
- or: a clause-initial three-character name before a one-character adverb (，X则推三推四, 。X也赶到);
- or: a three-character name after 被/遭/由 before a verb (被X堵住, 由X接替);
- and every other mention of a name found so, where it is no part of a word or a longer name (郑川命令… then
  郑川提出…, 被郑川说服);
- the name is no ordinary word or known place (the person finder's test: 高度, 方面, 张家口), its given
  characters are no function characters (的, 在, 部 …), a two-character name does not start with a
  surname that is also a common word (高, 马, 石, 于 …), and a three-character one whose given part
  is an ordinary word (王|胜利) needs a stronger verb than an adverb.

Candidates are PERSON at the person heuristics' priority (20): lexicons and framed names win. The
scan starts at the literal verbs (one trie alternation; re skips to a possible first character in C)
and reads at most four characters back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.local_places import COMMON_SURNAMES
from pipeline.rules.names_common import is_common_word, known_places, surnames, word_info
from pipeline.rules.person_name_ends import ADVERB_SURNAME_NEXT
from pipeline.rules.scan import guarded, rare_finditer
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:person-action"
PRIORITY = 20

# verbs and adverbs after a subject that is a person: command, movement, judgement, fate
_STRONG_ACTIONS = (
    "率部 率领 率军 率兵 率师 率队 率主力 亲率 命令 下令 急令 电令 严令 指挥 认为 表示 决定 判断 估计 意识到 "
    "负伤 受伤 阵亡 战死 牺牲 殉国 被俘 被捕 被杀 被害 遇害 投降 投敌 叛变 带着 带领 赶到 赶赴 抵达 到达 "
    "接任 出任 担任 调任 升任 就任 兼任 致电 电告 急电 复电 回电 主张 坚持 拒绝 同意 答应 派出 派遣 指出 "
    "发现 得知 获悉 闻讯 强调 代理 接替 主持 召集 召开 部署 视察 督战 坐镇 亲临 亲赴 逃往 逃到 退往 撤往 "
    "奉命 奉令 受命 即率 遂率 当即 立即 随即 随后 亲自 率先 被迫 被任命 "
    "死守 坚守 固守 驰援 增援 出击 商定 商议 会商 会晤 指示 批准 签署 签订 通电 宣布 辞职 下野 自杀 病逝 逝世 "
    "去世 生于 毕业于 考入 加入 参加 突围 投奔 返回 回到 前往 离开 来到 跟着 跟随 随同 "
    "率 被击毙 被击伤 被打死 被处决 被枪决 被撤职 被扣押 被软禁 被刺 被免职 "
    "攻城 攻击 进攻 出击 迎战 抵抗 守城 反击 追击 堵截 阻击 围攻 夹击 截击 伏击 突击 策应 接应"
).split()
_WEAK_ACTIONS = "的部队 的指挥 所部 等人".split()
_ACTION_RE = guarded(re.compile(trie_regex(_STRONG_ACTIONS + _WEAK_ACTIONS)))
_WEAK = frozenset(_WEAK_ACTIONS)
# 于 + a date after the name (X于3月5日抵达)
_DATE_AFTER_YU = re.compile("于(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[年月日]|于(?:当|次|同|翌)[日天夜晚月年]")
_YU_RE = re.compile("于")
# one-character adverbs after a clause-initial three-character name (，X则推三推四, 。X也赶到)
_ADVERB_RE = re.compile("[，。；：！？\n](?=[\u4e00-\u9fff]{3}[则就也又却便仍还已曾再才都亦遂乃])")
# the agent of a passive or of a handing-over: 被X堵住, 遭X拒绝, 由X接替 (a three-character name, a verb after)
_AGENT_RE = re.compile("[被遭由](?![于此是其该这那我你他她它们])")

# words before the name that take a person: command, appointment, partners, passives
_LEFT_WORDS = frozenset(
    "令 急令 命令 电令 严令 任命 委任 委派 派 派遣 致电 电告 电令 由 和 与 同 及 、 被 随 跟 偕 将 把 对 向 让 "
    "请 支持 反对 讨伐 接见 会见 通知 告诉 协助 协同 会同 是 即 遂 后 时 在 急派 改派 调派 加派 另派 据".split())
_LEFT_BOUNDARY = set("，。；：！？（）()「」『』“”‘’\n 　\t,.;:!?\"'")
# characters that are never part of a given name here
NOT_GIVEN = set(
    "的了在是和与及跟等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "部军敌我他她你着过说称要会能可没不无未将为以兼任同因获遭受奉亲急仍还再当时后前上下内外间处带领"
    "拒决发宣接派调守攻撤退进击负阵战死伤逃见看致给师团旅营连长官兵队司参谋总副主晚早午夜省市县区乡镇村"
    "一二三四五六七八九十百两几多少年月日号天人需须应该必得"
    "庄村镇寨堡屯铺店集坪峪洼圩"
    "站委局处厅署办所院会社校"
    "伪"          # 汪伪, 日伪, 敌伪: the puppet prefix after a leader or a side, never a given name (auditzh37)
    "拟欲"       # and the heads of bodies (由区纪委牵头, 由农经站发放), the settlement suffixes (赵庄召集: a village) above
    "娶嫁")      # 次子某某娶的是…: marrying, never a given name's character (s29zhper, genealogies)
# surnames that are also common words or characters: a two-character name starting with one is too unsure
AMBIGUOUS_SURNAMES = set(
    "于向和及与同万方高马石田江海山林金文武安平明时那宁关东西南北左右上下中元古司全公牛云风雷水火包车史令"
    "易成党国龙白红青夏秋冬春花叶柳桥路门城池河湖岳雪毛钱常苏")


# posts written after the name (邓某师长当即下令, 在屈某队长带领下, 据黄某参谋回忆): the person finder's
# military and political titles, not the professions (学者, 记者, 作家, 教授) that also follow other words
_NOT_POSTS_AFTER = frozenset("学者 记者 作家 教授 史学家 历史学者 历史学家 飞行员 顾问 秘书 书记 主任 专员 领队".split())


_COMRADE_RE = re.compile("同志|烈士(?![陵墓纪们家遗事传证])")  # X同志, X烈士: an address or honour after the name
# an honour written before a martyr's name (特等功臣X烈士, 为X烈士追记): the name's left edge
_HONOUR_BEFORE = ("功臣", "英雄", "模范", "战士", "为", "给", "向")


def left_ok(text: str, start: int) -> bool:
    if start == 0 or text[start - 1] in _LEFT_BOUNDARY:
        return True
    for size in (2, 1):
        if start >= size and text[start - size:start] in _LEFT_WORDS:
            if size == 1 and start >= 2 and is_common_word(text[start - 2:start], 20) \
                    and text[start - 2:start] not in _LEFT_WORDS:
                return False    # 现在, 由于: the character ends another word
            return True
    return False


def _kinship() -> frozenset[str]:
    from pipeline.rules.person_dictionary import KINSHIP

    return KINSHIP


def name_ok(text: str, start: int, end: int, weak: bool) -> bool:
    single, compound = surnames()
    name = text[start:end]
    slen = 2 if name[:2] in compound and end - start >= 3 else (1 if name[0] in single else 0)
    if not slen:
        return False
    given = name[slen:]
    if not 1 <= len(given) <= 2 or any(ch in NOT_GIVEN or not ("\u4e00" <= ch <= "\u9fff") for ch in given):
        return False
    if given in _kinship():
        return False    # 由曾祖母抚养: a relative after a kinship prefix, not a name
    if slen == 1 and given[0] in ADVERB_SURNAME_NEXT.get(name[0], ()):
        return False    # 尤|擅指挥: the adverb "especially", not a surname (auditzh28)
    if slen == 1 and len(given) == 1 and (name[0] in AMBIGUOUS_SURNAMES or given in COMMON_SURNAMES):
        return False    # 高X; 朱毛, 冯阎: two surnames glued, two people
    entry = word_info().get(given) if len(given) == 2 else None
    if entry and (entry[1] == "f" or entry[1] == "ns" and entry[0] >= 1000):
        return False    # 向西北进攻: a direction or a well-known place, not a given name
    if name in known_places() or is_common_word(name, 20) or is_common_word(text[start:start + 2], 50):
        return False    # 张家口, 方面, 高度: words and places
    entry = word_info().get(given) if len(given) == 2 else None
    if entry and entry[0] >= 300 and not entry[1].startswith("nr") and weak:
        return False    # 王|胜利的部队: an ordinary word after a surname needs a verb
    if entry and entry[0] >= 1000 and entry[1] == "v" and start and text[start - 1] == "、":
        return False    # 促邱、李|执行命令: a bare surname listed after another, then the verb (auditzh26)
    if start and is_common_word(text[start - 1:start + 1], 50):
        return False    # the surname ends a word before it
    return True


def _names_ending_at(text: str, end: int, weak: bool) -> tuple[int, int] | None:
    single, compound = surnames()
    for size in (3, 2, 4):
        start = end - size
        if start < 0:
            continue
        if text[start] not in single and text[start:start + 2] not in compound:
            continue    # the cheap test first: a surname starts the name
        if size == 4 and text[start:start + 2] not in compound:
            continue
        if left_ok(text, start) and name_ok(text, start, end, weak):
            return (start, end)
    return None


def _honoured_name(text: str, end: int) -> tuple[int, int] | None:
    """A name before 烈士 after an honour or 为 (特等功臣X烈士, 为X烈士追记特等功)."""
    for size in (3, 2):
        start = end - size
        if start >= 2 and text[start - 2:start] in _HONOUR_BEFORE or start >= 1 and text[start - 1] in _HONOUR_BEFORE:
            if text[start] in surnames()[0] and name_ok(text, start, end, False):
                return (start, end)
    return None


def find_action_names(text: str) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    found: dict[tuple[int, int], None] = {}
    info = word_info()
    for match in _ACTION_RE.finditer(text):
        longer = info.get(text[match.start():match.end() + 1])
        if longer and longer[0] >= 20 and not longer[1].startswith("v"):
            continue    # 派出所, 指挥部: the verb starts a noun
        span = _names_ending_at(text, match.start(), match.group() in _WEAK)
        if span:
            found[span] = None
    for match in _YU_RE.finditer(text):
        if _DATE_AFTER_YU.match(text, match.start()):
            span = _names_ending_at(text, match.start(), False)
            if span:
                found[span] = None
    from pipeline.rules.persons import title_matches

    for match in title_matches(text):       # the person finder's scan of the same text
        if match.group() in _NOT_POSTS_AFTER or match.start() < 2:
            continue
        span = _names_ending_at(text, match.start(), True)
        if span and text[span[1] - 2:span[1]] in _unit_qualifiers():
            continue    # 原整编|军长, 该暂编|师长: a unit's qualifier before its post, no given name (auditzh15)
        if span and is_common_word(text[span[1] - 2:span[1] + 1], 1):
            continue    # 任武工|队长: the "given name" and the post's first character make the team's word (武工队,
            # 游击队, 工作队): the post of that team, no name (auditzh24)
        if span and text.startswith("队", span[1]) and is_common_word(text[span[1] - 1:span[1] + 1], 100):
            continue    # 任梯|队长, 李大|队长: the last "given" character and 队 make the echelon's word (梯队,
            # 大队): 梯队长 is the post, no name (auditzh36)
        if span:
            found[span] = None
    for match in rare_finditer(_COMRADE_RE, text):
        span = _names_ending_at(text, match.start(), True)
        if span:
            found[span] = None
        elif match.group() == "烈士":
            span = _honoured_name(text, match.start())
            if span:
                found[span] = None
    for match in literal_finditer(_ADVERB_RE, text):
        start = match.end()
        adverb = start + 3
        if text[start] in surnames()[0] \
                and text[start] not in AMBIGUOUS_SURNAMES \
                and name_ok(text, start, adverb, True) and not is_common_word(text[adverb - 1:adverb + 1], 20):
            found[(start, adverb)] = None
    for match in rare_finditer(_AGENT_RE, text):
        span = _agent_name(text, match.end())
        if span:
            found[span] = None
    for start, _ in list(found):
        _earlier_members(text, start, found)
    _other_mentions(text, found)
    return [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in found]


@lru_cache(maxsize=1)
def _unit_qualifiers() -> frozenset[str]:
    """Two-character qualifiers of unit designations (整编, 暂编, 新编, 预备, 独立 …: unit_prefixes.tsv)."""
    from pipeline.normalize.units import prefixes
    return frozenset(q for q in prefixes() if len(q) == 2)


def _other_mentions(text: str, found: dict) -> None:
    """Every other mention of a name found so (郑川命令… then 郑川提出…, 被郑川劝服), where it is no part
    of a word or a longer name on either side."""
    for name in {text[s:e] for s, e in found}:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (pos, end) not in found and not (pos and is_common_word(text[pos - 1:pos + 1], 20)) \
                    and not is_common_word(text[end - 1:end + 1], 20) and mention_ends(text, end):
                found[(pos, end)] = None
            pos = text.find(name, end)


def mention_ends(text: str, end: int) -> bool:
    """The name ends here: a boundary, a function character or a word that is no name material follows."""
    if end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff") or text[end] in NOT_GIVEN:
        return True
    entry = word_info().get(text[end:end + 2])
    return bool(entry) and entry[0] >= 20 and not entry[1].startswith("nr")


def _agent_name(text: str, start: int) -> tuple[int, int] | None:
    """A three-character name right after 被/由/遭 and before a verb (被X堵住, 由X接替, 遭X拒绝)."""
    end = start + 3
    if end >= len(text) or not name_ok(text, start, end, False):
        return None
    if text[start] not in surnames()[0] or not ("\u4e00" <= text[end] <= "\u9fff"):
        return None
    entry = word_info().get(text[end:end + 2])
    if not (entry and entry[0] >= 20 and entry[1][:1] == "v"):
        return None
    if is_common_word(text[end - 1:end + 1], 20):
        return None     # the name's last character starts the verb: 被张三|打死 is fine, 被王|大力士 is not
    return (start, end)


def _earlier_members(text: str, start: int, found: dict) -> None:
    """The names listed before a found one with 、 (令X、Y攻城): each a name after a boundary or a left word."""
    for _ in range(3):
        if start < 3 or text[start - 1] != "、":
            return
        for size in (3, 2):
            begin = start - 1 - size
            if begin >= 0 and left_ok(text, begin) and name_ok(text, begin, start - 1, False):
                found[(begin, start - 1)] = None
                start = begin
                break
        else:
            return
