"""A person's other name given in brackets right after the name (session 19 audit, s19zhper).

Memoirs, wenshi ziliao and biographies name a man and give his other name (courtesy name, alias,
the short form everyone used) in brackets. Two shapes are read here, from their grammar alone:

- the same surname on both sides: `周某某(周某某)`, `吴鹤龄(吴梅轩)` — a name of two or three characters
  before a bracket that holds only a name of two or three characters starting with the same
  single-character surname. Both are PERSON. Not proposed when either side is a known place, an
  ordinary word, or ends in a character of a place or a body (张家口(张垣) stays a place).
- a Mongol prince's short form `X王` glossed with his full name, either way round: `索王(索某某某)`,
  `云某某某(云王)`: the short form is the first character of the full name + 王. Both are PERSON, and
  so is every other `X王` of that text (the page goes on with the short form: 索王因…, 对索王), unless
  a character follows that makes it a thing (王府, 王朝, 王爷, 王旗 …).

- (session 31, w31zhper: audit24, 26 and 28) a courtesy or other name of two characters with no surname in
  brackets right after a three-character Chinese name: `熊某某(克某)`, `邢某某(佐某)`, `汪某某(柴某)`. The name
  before is a single surname + two characters that read as a name (person_likeness >= 5) or stand right after a
  post (团长和某某(绍某)); the bracketed pair is no dictionary word (jieba frequency >= 5, person names aside), no
  place, no post, rank, kin or ethnic word (秀才, 都司, 守备, 汉族, 先生 are words), and holds no numeral, function,
  direction or place character (a photo caption's 左一, 南安). Both are PERSON.

Proposed at priority 34 (above the place finders' guesses and the bare-surname readings); the prince
forms at 36, above a lexicon name that covers only the start of the full name.
One str.find scan per bracket character.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-bracket-alias", 34
PRINCE_PRIORITY = 36   # above a lexicon name cut short inside the full name (索某 of 索某某某某)
_CLOSE = {"(": ")", "（": "）"}
# last characters of places, structures and bodies: never of a personal name glossed here
_NOT_LAST = set("台臺城山河江湖海港岛島湾灣堡营營寨关關门門桥橋路街站场場厂廠馆館院部局处處会會社司国國省县縣市镇鎮村"
                "庄莊屯集铺鋪坝壩沟溝洼窪岭嶺峪口州店寺庙廟垣旗盟军軍师師团團队隊"
                # posts and titles: 张部长(张某某) is a post before the name
                "长長官帅帥令任委记記员員")
# characters after X王 that make a thing of it: 王府, 王朝, 王爷, 王位, 王旗 …
_PRINCE_THING = set("府朝爷爺位妃后後子孙孫族宫宮庙廟旗国國冠权權室道")


def _cjk(s: str) -> bool:
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


def _name_like(name: str) -> bool:
    return name[-1] not in _NOT_LAST and name not in known_places() and not is_common_word(name, 50)


# characters no bracketed courtesy name of two holds: numerals, function words, a caption's directions and
# picture words, a person's origin or kin (人, 籍, 氏, 子, 女)
_NOT_COURTESY = set("一二三四五六七八九十百千两0123456789的了是在有不也这那其而于以为所和与及等被把对向从由"
                    "左右前后中上下图摄照排人籍氏女族年月日时部军团师旅营连队兵")
# characters that stop a three-character name before the bracket (a word runs through them)
_NOT_IN_NAME = set("的了是在不也这那和与及等被把对向从由部军团师旅营连队兵年月日时")


def _courtesy_pair(text: str, at: int, close: int) -> bool:
    """text[at+1:close] is a two-character courtesy name after a three-character name ending at `at`."""
    from pipeline.rules.names_common import word_info
    from pipeline.rules.person_likeness import name_likeness
    from pipeline.rules.person_titled_names import title_matches
    inner = text[at + 1:close]
    if len(inner) != 2 or not _cjk(inner) or any(ch in _NOT_COURTESY or ch in _NOT_LAST for ch in inner):
        return False
    info = word_info().get(inner)
    if (info and info[0] >= 5 and not info[1].startswith("nr")) or inner in known_places():
        return False
    start = at - 3
    if start < 0 or text[start] not in surnames()[0] or not _cjk(text[start:at]) or not _name_like(text[start:at]):
        return False
    if any(ch in _NOT_IN_NAME for ch in text[start + 1:at]):
        return False
    likeness = name_likeness(text, start, at, 1)
    if start and _cjk(text[start - 1]):
        if any(m.end() == start for m in title_matches(text)):
            return True     # 团长X(Y): the post closes the name before it
        return likeness >= 8.0      # a word may run on before the three characters: a strong name only (村|邢某某)
    return likeness >= 5.0


def find_person_glosses(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    princes: set[str] = set()
    single = None
    for opener, closer in _CLOSE.items():
        at = text.find(opener)
        while at != -1:
            close = text.find(closer, at + 1, at + 12)
            inner = text[at + 1:close] if close != -1 else ""
            if _cjk(inner) and at >= 2:
                if single is None:
                    single = surnames()[0]
                # a Mongol prince: X王(X…) or X…(X王)
                if text[at - 1] == "王" and 3 <= len(inner) <= 10 and inner[0] == text[at - 2] \
                        and _name_like(inner):
                    out.append(Candidate(at - 2, at, "PERSON", SOURCE, PRINCE_PRIORITY))
                    out.append(Candidate(at + 1, close, "PERSON", SOURCE, PRINCE_PRIORITY))
                    princes.add(text[at - 2:at])
                elif len(inner) == 2 and inner[1] == "王":
                    for size in range(10, 2, -1):
                        start = at - size
                        if start >= 0 and text[start] == inner[0] and _cjk(text[start:at]) \
                                and _name_like(text[start:at]) and (start == 0 or not _cjk(text[start - 1])
                                                                    or text[start - 1] in "的了是和与及、长"):
                            out.append(Candidate(start, at, "PERSON", SOURCE, PRINCE_PRIORITY))
                            out.append(Candidate(at + 1, close, "PERSON", SOURCE, PRINCE_PRIORITY))
                            princes.add(inner)
                            break
                # a courtesy name of two characters with no surname: 熊甲乙(丙丁) (session 31)
                elif len(inner) == 2 and not (inner[0] in single and text[at - 3:at - 2] == inner[0]) \
                        and _courtesy_pair(text, at, close):
                    out.append(Candidate(at - 3, at, "PERSON", SOURCE, PRIORITY))
                    out.append(Candidate(at + 1, close, "PERSON", SOURCE, PRIORITY))
                # the same surname on both sides: 周甲乙(周丙丁)
                elif 2 <= len(inner) <= 3 and inner[0] in single and _name_like(inner):
                    for size in (3, 2):
                        start = at - size
                        if start >= 0 and text[start] == inner[0] and _cjk(text[start:at]) \
                                and _name_like(text[start:at]):
                            out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                            out.append(Candidate(at + 1, close, "PERSON", SOURCE, PRIORITY))
                            break
            at = text.find(opener, at + 1)
    for prince in princes:
        at = text.find(prince)
        while at != -1:
            end = at + len(prince)
            if end >= len(text) or text[end] not in _PRINCE_THING:
                out.append(Candidate(at, end, "PERSON", SOURCE, PRINCE_PRIORITY))
            at = text.find(prince, end)
    return out
