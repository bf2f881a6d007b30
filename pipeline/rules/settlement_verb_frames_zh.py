"""Settlements a verb of movement or an address chain vouches for, and places written with the Qing taboo form 甯 (GPE)
(session 23, s23zhname).

- A village or market town right after a verb that moves a body of people to a place or settles a family there
  (窜入, 突至, 途经, 攻进, 来到, 搬到, 迁居, 进驻, 分驻, 盘踞, 攻破, 袭劫, 洗劫 …): gazetteers' 大事记, Republican reports of bandits and
  oral histories name the villages the bandits, the troops or the family reached so (`匪部窜入甲乙村`,
  `途经甲乙堡`, `一溃兵突至甲家垣农民某家`, `攻进小甲子`). The name ends in a generic element of Chinese
  settlement names (通名): 村 庄 屯 堡 寨 垣 峪 after one character or more; 集 店 铺 镇 乡 沟 坝 湾 坪 洼 窑 塬
  after two or more; the North's 子-names (咀子, 嘴子, 河子, 沟子, 甸子, 营子, 台子, 堡子, 店子, 窝棚 …) after
  one or more. After the name comes a clause mark, a closing word (一带, 附近, 地方, 等, 落户, 定居, 人) or an
  ordinary word (农民, 村民) or a count of the places (二处). A 、-list after the verb is read item by item with the same test. The name holds no
  function (之: 甲县之乙集 is two places), numeral, pronoun, troop or time character and is no ordinary word (该村, 全村, 军营: no name).
  A name of three characters or more so read is GPE at every place of the text.
- The same kinds of settlement right after a county in an address chain, larger to smaller (`甲县乙丙咀子`,
  `甲县乙丙村人`), and the 子-names there before 落户 / 定居 / 人 / a clause mark.
- Below a Korean county (郡, where Korea or a Korean province is named just before), the township (面) and the
  village (洞, 里) written right after it, larger to smaller (`甲乙道丙丁郡戊己面庚辛洞`): each is GPE (the names
  hold no function character, the township's are not all bearings (东北面: a side); the village is closed by a
  mark, 的, 一, 人, 出生 …).
- A known place written with 甯 for 宁: from the Daoguang reign (1821, the emperor's personal name 旻寧) the
  Qing wrote 寧 in place names as 甯 (江甯, 甯波, 西甯, 甯都), and Qing records and their reprints keep it. A
  2-4 character window over 甯 that is a known place with 宁 is GPE (the longest one); before 作战, 会战, 战役,
  战斗, 之战, 之役 or 事变 the place and that word are one EVENT (`甲甯作战`, like the operations named by a place).

Priority 31 (the village frames'); the 甯 places 30. Cost: str.find of the verbs, 县 and 甯, a short read where found.
"""

from __future__ import annotations

from pipeline.normalize.places import is_gpe_name
from pipeline.rules.names_common import everywhere, is_common_word, known_places   # everywhere: every mention of a name found once
from pipeline.rules.place_frames import STOP
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:settlement-verb-frame", 31
SOURCE_TABOO, PRIORITY_TABOO = "rule:place-taboo-form", 30
_VERBS = ("窜入", "窜至", "窜到", "窜犯", "窜踞", "突至", "进至", "攻进", "攻入", "到达", "抵达", "来到", "搬到", "搬至",
          "迁到", "迁至", "迁居", "嫁到", "途经", "路经", "占据", "进驻", "移驻", "分驻", "驻扎", "退至", "逃至", "逃到",
          "撤至", "回到", "盘踞", "盘据", "攻破", "袭劫", "劫掠", "洗劫", "血洗", "路过", "围攻",
          "竄入", "竄至", "遷居", "進駐", "佔據", "途經", "盤踞", "襲劫", "路過", "圍攻")
_STRONG = frozenset("村庄屯堡寨垣峪莊")
_WEAK = frozenset("集店铺镇乡沟坝湾坪洼窑塬鎮鄉溝")
_ZI_HEADS = ("咀子", "嘴子", "河子", "沟子", "甸子", "岭子", "营子", "台子", "堡子", "店子", "口子", "崖子", "窝棚",
             "屯子", "洼子", "坡子", "窝子", "泡子", "岗子", "溝子")
_CLOSING = ("一带", "附近", "地方", "等", "落户", "定居", "人", "村民", "农民")
_MARKS = frozenset("，,。、；;：:（(）)「」“”！？!? \n")
_COUNT_FIRST = frozenset("一二三四五六七八九十两")     # 甲村、乙屯二处: a count of the places after the last
_NOT_FIRST = frozenset("全本该各此这那邻外我他敌其每某附即又再也已")


def _head_ok(name: str) -> bool:
    if name.endswith(_ZI_HEADS):
        return len(name) >= 3
    if name[-1] in _STRONG:
        return len(name) >= 2
    return name[-1] in _WEAK and len(name) >= 3


def _name_ok(name: str) -> bool:
    body = name[:-2] if name.endswith(_ZI_HEADS) else name[:-1]
    return (all("\u4e00" <= ch <= "\u9fff" and ch not in STOP and ch not in "之乃即" for ch in body)
            and not any(ch in "镇乡县村鎮鄉縣" for ch in body[1:])     # 甲乡镇乙村: a chain, no one name
            and name[0] not in _NOT_FIRST
            and not is_common_word(name, 100) and not is_common_word(body, 300))


def _closed(text: str, end: int) -> bool:
    if end >= len(text) or text[end] in _MARKS:
        return True
    return text.startswith(_CLOSING, end) or text[end] in _COUNT_FIRST or is_common_word(text[end:end + 2], 200)


def _read(text: str, start: int) -> int:
    """End of the settlement name starting at `start` (shortest reading that is closed), or -1."""
    for size in range(2, 7):
        end = start + size
        name = text[start:end]
        if end > len(text) or any(ch in _MARKS for ch in name):
            return -1
        if _head_ok(name) and _name_ok(name) and _closed(text, end):
            return end
    return -1


def _past_bearings(text: str, start: int) -> tuple[int, int]:
    """(start, end) of the name after a verb: a two-character bearing before it (窜至东南甲寨) is a direction; one
    bearing character stays in the name (进驻东关村, 窜至东庄)."""
    skip = start + 2 if text[start:start + 2] in ("东南", "东北", "西南", "西北") else start
    if skip > start:
        end = _read(text, skip)
        if end != -1:
            return skip, end
    return start, _read(text, start)


def _after_verbs(text: str) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    for verb in _VERBS:
        at = text.find(verb)
        while at != -1:
            start, end = _past_bearings(text, at + len(verb))
            while end != -1:
                spans.add((start, end))
                if text[end:end + 1] != "、":
                    break
                start = end + 1
                end = _read(text, start)
            at = text.find(verb, at + len(verb))
    return spans


def _after_counties(text: str) -> set[tuple[int, int]]:
    spans: set[tuple[int, int]] = set()
    at = text.find("县")
    while at != -1:
        start = at + 1
        end = _read(text, start)
        if end != -1 and (text[end - 1] == "子" or text[end - 1] in _STRONG) and at >= 2:
            spans.add((start, end))
        at = text.find("县", at + 1)
    return spans


_EVENT_HEADS = ("作战", "作戰", "会战", "會戰", "战役", "戰役", "战斗", "戰鬥", "之战", "之戰", "之役", "事变", "事變")


def _taboo_places(text: str) -> list[Candidate]:
    out = []
    at = text.find("甯")
    while at != -1:
        best = None
        for size in (4, 3, 2):
            for start in range(at - size + 1, at + 1):
                if start < 0 or start + size > len(text):
                    continue
                window = text[start:start + size].replace("甯", "宁")
                if any(k >= 0 and text[k:start + 1] in known_places() for k in (start - 1, start - 2, start - 3)):
                    continue    # 江西甯都: the window's first character ends the place before it (江西), no 西甯
                if window in known_places() and is_gpe_name(window) and (best is None or size > best[1] - best[0]):
                    best = (start, start + size)
        if best:
            head = next((h for h in _EVENT_HEADS if text.startswith(h, best[1])), "")
            if head:     # 甲甯作战: the operation named after the place is one EVENT (guideline 10)
                out.append(Candidate(best[0], best[1] + len(head), "EVENT", SOURCE_TABOO, PRIORITY_TABOO))
            else:
                out.append(Candidate(best[0], best[1], "GPE", SOURCE_TABOO, PRIORITY_TABOO))
        at = text.find("甯", at + 1)
    return out


_KOREA = ("朝鲜", "韩国", "朝鮮", "韓國", "南道", "北道", "畿道", "原道")
_BEARINGS = frozenset("东西南北上下前后左右中里外内")
_KOREAN_STOP = frozenset("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本我你他她它们年月日")
_KOREAN_AFTER = frozenset("，,。；;、）)」的一人出附农")


def _korean_chain(text: str) -> set[tuple[int, int]]:
    """甲乙郡丙丁面戊己洞: below a Korean county the township (面) and the village (洞, 里), larger to smaller."""
    spans: set[tuple[int, int]] = set()
    at = text.find("郡")
    while at != -1:
        if any(word in text[max(0, at - 16):at] for word in _KOREA):
            pos = at + 1
            town = text[pos:pos + 3]
            if len(town) == 3 and town[2] == "面" and all("\u4e00" <= ch <= "\u9fff" and ch not in _KOREAN_STOP
                                                           for ch in town[:2]) \
                    and not all(ch in _BEARINGS for ch in town[:2]):      # 东北面: a side, no township
                spans.add((pos, pos + 3))
                pos += 3
            for size in (3, 2):
                name = text[pos:pos + size]
                if len(name) == size and name[-1] in "洞里" and all("\u4e00" <= ch <= "\u9fff" and ch not in _KOREAN_STOP
                                                                   for ch in name[:-1]) \
                        and (pos + size >= len(text) or text[pos + size] in _KOREAN_AFTER) \
                        and not is_common_word(name, 50):
                    spans.add((pos, pos + size))
                    break
        at = text.find("郡", at + 1)
    return spans


def find_settlement_verb_frames(text: str) -> list[Candidate]:
    """GPE candidates of the classes in the module doc."""
    spans = _after_verbs(text) | _after_counties(text) | (_korean_chain(text) if "郡" in text else set())
    out = [Candidate(s, e, "GPE", SOURCE, PRIORITY) for s, e in spans]
    names = {text[s:e] for s, e in spans if e - s >= 3}
    out += [c for c in everywhere(text, names, SOURCE, PRIORITY, "GPE") if (c.start, c.end) not in spans]
    return out + (_taboo_places(text) if "甯" in text else [])
