"""Names in rolls and in tight frames that the name readers miss (PERSON): session 17 audit (auditzh50), Chinese
PERSON missed outright on name-dense pages (martyr rolls, crew lists, veterans' memoirs, unit rosters).

1. Space-aligned rolls (`find_roll_names`): martyr and casualty rolls copied from print set names in columns, two
   or more spaces apart, a two-character name padded to three (`张文彬  陈 洪   邵宝岗  车子元`). A line of three or
   more such items where every item is 2-4 Chinese characters (one inner space allowed) and at least four in five
   start with a known surname is a roll line: each surname-led item that is no ordinary word, no known place and
   no place head last is a PERSON, the rare given names the likeness reader scores low included.
2. Roster lines (`find_roll_names`): a crew or staff list writes one post and its holders per line, the post
   sometimes spaced out (`管 旗 邵长豪`, `一等水勇 王兰芬`, `正炮弁 李 申、李 森`). In a block of three or more such
   lines (post part of 1-12 Chinese characters and single spaces, then a space, then 、-joined surname-led items
   closing the line), each item is a PERSON; the whole item wins
   over a place reading of it (`水 勇 祁连山`).
3. Roll entries (`find_roll_names`): a line that opens with a name, a colon and a post (`钱进锡：副班长，汉族`);
   and a clause opening with a name of the shape of 4. before 任/为 and a post (`黎同新为首任团长`).
4. `stop_given_end`: a given name whose character also stops names elsewhere (其, 进, 同, 乃 …: 陈其五, 刘家进,
   黎同新, 谈乃成) is read where a frame closes it — after a title or in a 、-list, followed by punctuation, 等 or
   曾, or at a clause start before 任/为 and a post. The characters allowed are the stop characters that stand in that place of at least 20 three-character
   person names of jieba's dictionary (computed, not listed), less the force, time and fate words that follow a
   name as a word of their own (张三部, 王某后, 李某死).
Priority 33 (the list items'): a gazetteer or lexicon reading inside an item loses.
Cost: a split of each line that holds two spaces or starts with a name and a colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import translit_chars, is_common_word, known_places, word_info
from pipeline.rules.person_name_ends import STOP_CHARS, TITLES, surname_at
from pipeline.rules.scan import clause_start_finditer
from pipeline.segment import dictionary_table
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-roll", 33

_SPACES = " \u3000\t\xa0"
_COLUMN_RE = re.compile("[ \u3000\t\xa0]{2,}|\u3000")
# an item: 2-4 Chinese characters, one single space allowed inside (a two-character name padded to three)
_ITEM_RE = re.compile("[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}")
_PLACE_ENDS = set("岭渡甸桥庵圩坳湾塘港沟坡岗洼峪寨堡屯铺集坪庄村镇店坝滩嘴垭冲岙埠墩圪畈岔汊矶山河湖江州县城乡区")
# a three-character item ending so is a settlement (王家庄, 赵官屯); 山, 岗, 林 end given names too (杨朝山, 邵宝岗)
_SETTLEMENT_ENDS = set("庄村镇屯寨堡集店铺洼坪坝埠圩畈")
# characters a name never ends with but a post or a heading does
_NOT_NAME = set("长员兵官部军师团旅营连排班队处科股组")
_TITLE_SET = frozenset(TITLES)
# roster line: post (Chinese characters, single spaces, an optional colon), a space, then the holders
_ROSTER_RE = re.compile(
    "^[ \u3000]{0,6}([\u4e00-\u9fff](?:[ \u3000、]?[\u4e00-\u9fff]){0,15})(?:[:：][ \u3000]*|[ \u3000]+)"
    "([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}(?:、[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}){0,5})[ \u3000]*$")
# the same line with the spaces the working text drops between single characters gone: 管旗邵长豪, 正炮弁李申、李森
_GLUED_RE = re.compile("^[ \u3000]{0,6}[\u4e00-\u9fff]{4,12}(?:、[\u4e00-\u9fff]{2,3}){0,5}[ \u3000]*$")
_ENTRY_RE = re.compile("^[ \u3000]{0,6}([\u4e00-\u9fff]{2,4})[:：]")
_CLOSE = set("，。、；：,;:！？）)等曾")
# words that follow a name as a word of their own: its force, a time or place after it, its fate
_NOT_GIVEN_LAST = set("部军师团旅营队兵后前时内外间处死伤亡会派令见领便主官")


@lru_cache(maxsize=1)
def _stop_given_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(stop characters standing second, standing third) in >= 20 three-character person names of jieba's
    dictionary (a single-character surname first)."""
    return dictionary_table("stopgivenchars", _built_stop_given_chars)   # kept between runs (session 34, w34speed)


def _built_stop_given_chars() -> tuple[frozenset[str], frozenset[str]]:
    second: dict[str, int] = {}
    third: dict[str, int] = {}
    for word, (_freq, tag) in word_info().items():
        if len(word) == 3 and tag.startswith("nr") and surname_at(word, 0) == 1:
            if word[1] in STOP_CHARS:
                second[word[1]] = second.get(word[1], 0) + 1
            if word[2] in STOP_CHARS:
                third[word[2]] = third.get(word[2], 0) + 1
    return (frozenset(c for c, n in second.items() if n >= 20),
            frozenset(c for c, n in third.items() if n >= 20) - _NOT_GIVEN_LAST)


def stop_given_end(text: str, pos: int) -> int:
    """End of a three-character name at `pos` whose second or third character is a stop character of the
    name shape (see the module doc), closed by punctuation, 等 or 曾; -1 if none."""
    if surname_at(text, pos) != 1 or pos + 3 > len(text):
        return -1
    g1, g2 = text[pos + 1], text[pos + 2]
    if not ("\u4e00" <= g1 <= "\u9fff" and "\u4e00" <= g2 <= "\u9fff"):
        return -1
    if text[pos + 3:pos + 4] not in _CLOSE and not _post_follows(text, pos + 3):
        return -1
    if pos + 3 == len(text):
        return -1
    second, third = _stop_given_chars()
    ok1 = g1 not in STOP_CHARS or g1 in second
    ok2 = g2 not in STOP_CHARS or g2 in third
    if not (ok1 and ok2) or (g1 not in STOP_CHARS and g2 not in STOP_CHARS):
        return -1
    name = text[pos:pos + 3]
    if (is_common_word(text[pos + 1:pos + 3], 30) or is_common_word(text[pos:pos + 2], 30)
            or name in known_places() or text[pos + 1:pos + 3] in known_places()):
        return -1
    return pos + 3


def _post_follows(text: str, at: int) -> bool:
    """Whether 任/为 and a post of TITLES follow at `at` (某某为首任团长, 某某任政委)."""
    if text[at:at + 1] not in ("任", "为"):
        return False
    if at > 0 and is_common_word(text[at - 1:at + 1], 30):
        return False                # 孙又|升任团长: the name's last character and 任 make a verb (升任, 调任, 改为)
    rest = text[at + 1:at + 10]
    for lead in ("首任", "第一任", "新任", "副", ""):
        if rest.startswith(lead) and any(rest.startswith(t, len(lead)) for t in _TITLE_SET):
            return True
    return False


_CLAUSE_START_RE = re.compile("(?:^|(?<=[。！？；，\n]))(?=[\u4e00-\u9fff]{3}[任为])")


def _clause_start_posts(text: str) -> list[Candidate]:
    """A name with a stop character opening a clause before 任/为 and a post: 黎某新为首任团长, 王其某任政委."""
    out = []
    for m in clause_start_finditer(_CLAUSE_START_RE, text, "。！？；，\n"):   # where every match starts
        pos = m.start()
        if stop_given_end(text, pos) == pos + 3 and _post_follows(text, pos + 3):
            out.append(Candidate(pos, pos + 3, "PERSON", SOURCE, PRIORITY))
    return out


def _name_item(item: str) -> bool:
    """Whether a roll item (inner single space allowed) reads as a Chinese name."""
    name = item.replace(" ", "")
    if not 2 <= len(name) <= 4 or not surname_at(name, 0):
        return False
    if len(name) == 4 and surname_at(name, 0) != 2:
        return False
    if name in _TITLE_SET or name[-1] in _NOT_NAME or name[-1] in (_PLACE_ENDS if len(name) == 2 else _SETTLEMENT_ENDS):
        return False
    if len(name) == 3 and name[1] == "家" and name[2] in _PLACE_ENDS:
        return False                # 王家山, 李家河: a place named after a family
    return not is_common_word(name, 30) and name not in known_places()


def _grid_items(line: str, base: int) -> list[tuple[int, int]]:
    """The name items of a space-aligned roll line, or []."""
    parts = []
    pos = 0
    for sep in _COLUMN_RE.finditer(line):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(line)))
    parts = [(s, e) for s, e in parts if e > s]
    if len(parts) < 3:
        return []
    named = [(s, e) for s, e in parts if _ITEM_RE.fullmatch(line, s, e) and _name_item(line[s:e])]
    if len(named) < 3 or len(named) * 5 < len(parts) * 4:
        return []
    return [(base + s, base + e) for s, e in named]


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _roster_line(line: str, base: int) -> tuple[bool, bool, list[tuple[int, int]]]:
    """(written with a space or colon before the holders, of a roster line's shape, holder spans)."""
    m = _ROSTER_RE.match(line)
    if m:
        if _name_item(m.group(1)) and " " not in m.group(1):
            return False, False, []        # a name first: a grid or a sentence, not a post and its holders
        items, start = [], m.start(2)
        for piece in m.group(2).split("、"):
            if _name_item(piece):
                items.append((base + start, base + start + len(piece)))
            start += len(piece) + 1
        return True, True, items
    m = _GLUED_RE.match(line)
    if not m:
        return False, False, []
    pieces = m.group(0).strip(_SPACES).split("、")
    items, start = [], m.start(0) + len(m.group(0)) - len(m.group(0).lstrip(_SPACES))
    for i, piece in enumerate(pieces):
        if i == 0:                  # the post glued to the first holder: the holder from its surname
            size = 3 if len(piece) >= 5 and surname_at(piece, len(piece) - 3) == 1 else 2
            if len(piece) < size + 2 or not surname_at(piece, len(piece) - size):
                return False, True, []
            if all(ch in translit_chars() for ch in piece[-size - 2:len(piece) - size + 1]):
                return False, True, []    # 英员尼格路士: a transliterated name, not a surname and a given name
            s = start + len(piece) - size
            e = start + len(piece)
        else:
            s, e = start, start + len(piece)
        if not _name_item(line[s:e]):
            return False, True, []
        items.append((base + s, base + e))
        start += len(piece) + 1
    return False, True, items


def find_roll_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes 1-3 of the module doc."""
    out: list[Candidate] = _clause_start_posts(text) if ("任" in text or "为" in text) else []
    if "\n" not in text and "  " not in text and "\u3000" not in text and "：" not in text and ":" not in text:
        return out
    block: list[tuple[bool, list[tuple[int, int]]]] = []   # the roster lines of the current block

    def close_block() -> None:
        if sum(bool(items) for _, items in block) >= 3 and sum(spaced for spaced, _ in block) >= 2:
            out.extend(Candidate(s, e, "PERSON", SOURCE, PRIORITY) for _, items in block for s, e in items)
        block.clear()

    for base, line in _lines(text):
        if not line.strip(_SPACES):
            continue                        # blank lines keep a block open
        if "  " in line or "\u3000" in line.strip(_SPACES) or "\t" in line:
            stripped = line.strip(_SPACES)
            lead = len(line) - len(line.lstrip(_SPACES))
            for s, e in _grid_items(stripped, base + lead):
                out.append(Candidate(s, e, "PERSON", SOURCE, PRIORITY))
        spaced, shaped, items = _roster_line(line, base)
        if shaped:
            block.append((spaced, items))
        else:
            close_block()
        e = _ENTRY_RE.match(line)
        if e and _name_item(e.group(1)) and _post_after(line, e.end()):
            out.append(Candidate(base + e.start(1), base + e.end(1), "PERSON", SOURCE, PRIORITY))
    close_block()
    return out


def _post_after(line: str, at: int) -> bool:
    """Whether a title of TITLES opens the text after a roll entry's colon."""
    rest = line[at:at + 8].lstrip(_SPACES)
    rest = rest[1:] if rest[:1] == "副" else rest
    return any(rest.startswith(t) for t in _TITLE_SET)
