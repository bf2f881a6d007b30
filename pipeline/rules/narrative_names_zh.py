"""Names that the frames of memoirs and local chronicles vouch for (PERSON), read from how these texts are written.

- a self-introduction: 我叫X / 我名叫X / 本人叫X / 我的名字叫X — oral histories and veterans' recollections
  (口述, 回忆) open this way (我叫李长顺，河北人): the name is PERSON when punctuation, 是, 今年 or 的 follows it;
- a bandit leader by his description: 匪首X, 匪酋X, 匪魁X, 匪头(子)X, 股匪X, 惯匪X, 悍匪X, 匪徒X, 巨匪X, 匪目X — the bandit-suppression
  (剿匪) chapters of county gazetteers and 文史资料 name every leader so (匪首王保山率部逃窜);
- (session 30, s30zhper) the further leaders of a list after such a word, and the first where it is a nickname
  (匪首小白龙、九千岁、王三太爷均被捕杀; 匪首刘某、马老六先后被擒): items of 2-4 characters joined by 、 and closed by
  均/都/先后/被/等 or a clause mark; so too the items joined by 、 before a band's name (而老洋人、范某某匪股);
- a person described in brackets right after the name: by birthplace (熊英（新村人、伪军连长）, 李四（河北人）) or
  by life years (张三（1901—1968）): the 2-3 characters after a clause mark and before the bracket are the name;
- a band named after its leader: X匪部, X股匪, X匪股, X匪帮, X匪伙 (另有石桥乡陈光明匪部): the 2-3 characters
  before are read as a Chinese name ending right at the anchor.

The name is read by the person finder's own reader (person_name_ends.chinese_name_end: a known surname + 1-2 given
characters, stop characters and words). Priority 33 outranks a gazetteer reading inside the name (匪首王|保山|,
我叫李|长顺|: 保山 and 长顺 are counties). Cost: str.find of the rare anchors (我叫, 名字叫, 本人叫, 匪).
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word
from pipeline.rules.person_name_ends import chinese_name_end, surname_at
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
import re

SOURCE, PRIORITY = "rule:person-narrative-frame", 33
_SELF = ("我叫", "名字叫", "本人叫")
_AFTER_SELF = set("，,。、；;：:（( \u3000\n是的今")
BEFORE = ("匪首", "匪酋", "匪魁", "匪头子", "匪头", "股匪", "惯匪", "悍匪",
           "匪徒", "巨匪", "匪目")   # 匪徒甲乙部窜扰: the Republican county reports' words (session 23, s23zhname)
_AFTER = ("匪部", "股匪", "匪股", "匪帮", "匪伙")
# characters that start a clause word, not a surname, right before a band's name (于/向/将/把 … 张德林匪部)
NOT_START = set("于向将由以令为对及和与同从把被给让经率派调归属辖等在有是时也又但而即乃且都全各该本此其这那残余股"
                 "乡镇村县区屯庄")    # the end of the township before (官渡乡|黄云匪部)


def _self_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for anchor in _SELF:
        for at in literal_positions(text, anchor):
            pos = at + len(anchor)
            slen = surname_at(text, pos)
            if not slen:
                continue
            # the whole run up to the closing mark is the name: surname + 1-2 given characters (李长顺 — 长
            # stops the title reader, here the closing mark decides)
            for end in range(pos + slen + 1, min(pos + slen + 3, len(text)) + 1):
                if end == len(text) or text[end] in _AFTER_SELF:
                    if all("\u4e00" <= ch <= "\u9fff" for ch in text[pos:end]) \
                            and not is_common_word(text[pos:end], 50):     # 我叫来人。: a word, no name
                        out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
                    break
    return out


_CLAUSE = set("，,。、；;：:\n \u3000有")
_BRACKET_BIRTH = re.compile("[\u4e00-\u9fff]{1,8}人[、，,)）]")
_BRACKET_YEARS = re.compile("1[6-9][0-9]{2}[ 年]?[-—–~～至]")


def _described_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for opener in "（(":
        for at in literal_positions(text, opener):
            if at < 3 or not (_BRACKET_BIRTH.match(text, at + 1) or _BRACKET_YEARS.match(text, at + 1)):
                continue
            for size in (3, 2):
                start = at - size
                if start >= 1 and text[start - 1] not in _CLAUSE:
                    continue
                name = text[start:at]
                if surname_at(text, start) and all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                        and not is_common_word(name, 50) and chinese_name_end(text, start) in (at, -1) \
                        and (size == 3 or surname_at(text, start) == 1):
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY - 2))
                    break
    return out


# a list of leaders outranks a count read inside a nickname (九千岁)
_LIST_PRIORITY = 42
_LIST_CLOSE = set("均都先被也等已则，,。；;")
_ITEM_LEFT_STOP = set("，,。；;：:、（(“\n 而和与及同把将被的是")


def _list_item_ok(item: str) -> bool:
    from pipeline.normalize.places import is_gpe_name
    return 2 <= len(item) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in item) and item[0] not in NOT_START \
        and not is_common_word(item, 20) and not is_common_word(item[:2], 200) and not is_gpe_name(item)


def _leaders_after(text: str, pos: int) -> list[Candidate]:
    """匪首A、B、C均…: the items of a list right after a bandit word, each a leader (a nickname too)."""
    items: list[tuple[int, int]] = []
    at = pos
    while True:
        stop = text.find("、", at, at + 5)
        if stop < 0:
            end = at
            while end < len(text) and end - at <= 4 and text[end] not in _LIST_CLOSE:
                end += 1
            if end - at > 4 or end >= len(text) or not items:
                return []
            items.append((at, end))
            break
        items.append((at, stop))
        at = stop + 1
    if not all(_list_item_ok(text[a:b]) for a, b in items):
        return []
    return [Candidate(a, b, "PERSON", SOURCE, _LIST_PRIORITY) for a, b in items]


def _leaders_before(text: str, start: int) -> list[Candidate]:
    """A、B匪股: the items joined by 、 before the name that a band is named after."""
    out: list[Candidate] = []
    while start > 0 and text[start - 1] == "、":
        end = start - 1
        begin = end
        while begin > 0 and end - begin < 5 and text[begin - 1] not in _ITEM_LEFT_STOP:
            begin -= 1
        if begin == end or end - begin > 4 or (begin > 0 and text[begin - 1] not in _ITEM_LEFT_STOP) \
                or not _list_item_ok(text[begin:end]):
            break
        out.append(Candidate(begin, end, "PERSON", SOURCE, _LIST_PRIORITY))
        start = begin
    return out


def _bandit_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "匪"):
        for title in BEFORE:
            first = title.index("匪")
            if text.startswith(title, at - first):
                pos = at - first + len(title)
                if text[pos:pos + 1] in ("“", "\"", "「"):      # 匪首“座山雕”张乐山: a nickname in quotes, then the name
                    close = text.find("”" if text[pos] == "“" else ("」" if text[pos] == "「" else '"'), pos + 1, pos + 8)
                    pos = close + 1 if close > 0 else pos
                end = chinese_name_end(text, pos)
                if end > 0 and not is_common_word(text[pos:end], 20):   # 股匪丛集: bands gathering (auditzh21)
                    out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
                    if text[end:end + 1] == "、":
                        out += _leaders_after(text, end + 1)
                elif end <= 0:
                    out += _leaders_after(text, pos)
                break
        for tail in _AFTER:
            first = tail.index("匪")
            if not text.startswith(tail, at - first):
                continue
            stop = at - first
            for size in (3, 2):
                start = stop - size
                if start < 0 or text[start] in NOT_START:
                    continue
                end = chinese_name_end(text, start)
                # a two-character name: the reader may run on into the anchor (黄云匪|部), the anchor ends it
                if end == stop or (size == 2 and end == stop + 1):
                    out.append(Candidate(start, stop, "PERSON", SOURCE, PRIORITY))
                    out += _leaders_before(text, start)
                    break
            break
    return out


def find_narrative_names(text: str) -> list[Candidate]:
    """PERSON candidates of self-introductions and bandit leaders (see the module doc)."""
    out: list[Candidate] = []
    if "叫" in text:
        out += _self_names(text)
    if "匪" in text:
        out += _bandit_names(text)
    if "人" in text or "19" in text or "18" in text:
        out += _described_names(text)
    return out
