"""Names listed with 、 next to a name read by name-likeness (PERSON): 甲、乙、丙 where only some items score high.

persons.list_members carries a list from a name the lexicons or a titled/framed reading found to the items
beside it (孙某、池某部); the names that only person_likeness finds (an uncommon given name, no title: memoirs'
rolls of veterans, of martyrs, of relatives) are found after it and seed no list. Here every PERSON candidate
found so far, those of person_likeness included, seeds its neighbours: the item right after a 、 (or right before
one) is a name when it reads as a whole Chinese name by person_name_ends.chinese_name_end, ends at a list mark,
等 or a clause mark, and is no ordinary word (is_common_word), no known place and no title. The seed is one item of
the SAME run: at most the three characters of an item lie between two 、, so a name in the next clause seeds
nothing. Found items seed in turn (the queue), so a whole roll is read from one name at either end.
Priority 12 (the likeness reading's): any other reading of the same characters (a place, a unit) wins.
Session 18 (s18zhper): three names written with commas (甲，乙，丙): the middle item between two found names is one
(`_comma_sandwiches`); an item may also end before 为 (增补甲、乙、丙为委员); an item that holds a shorter likeness-only
reading (吴屏|周、沙某某: the statistics cut a rare last given character) is the whole item, at priority 13 so it beats
the cut; an item whose given name is a known place (张|克东 between two names) is the name at priority 36, as in
name_collisions_zh: between list marks beside a name only a person fills the slot.
Session 27 (s27zhname): the first item of a roll may also open after 的 or a common noun (同村的甲乙丙、丁戊己, 村民甲乙丙、
丁戊己), not only after a clause mark or 和/与/及/同/跟/有.
Session 29 (s29zhper): an item may carry a bracketed gloss between it and its 、 (甲乙丙（秀才）、丁戊己（小学教师）以及…:
memoirs' and school histories' rolls glossing each member's degree, post or native place): the next item starts after
the gloss and its 、, the item before ends at its gloss's opening bracket, and an item may end at an opening bracket.
Session 31 (w31zhper2, lists of audit25/26/27/29): the first item may also open after a word that takes persons
(派甲乙丙、, 会同甲乙丙、, 以甲乙丙、丁戊己为首: person_actions.left_ok's words, and 以/率/偕), and the last item may
end before a verb (、甲乙丙体察情形, 、丁戊攻某城: a word jieba tags as a verb, or a one-character verb of action)
where its last character starts no common word with what follows.
Cost: nothing without a 、; one look at the characters beside each PERSON candidate.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, word_info
from pipeline.rules.person_name_ends import chinese_name_end
from pipeline.rules.person_rolls_zh import stop_given_end
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-list-neighbor", 12
LIKENESS_SOURCE = "rule:person-likeness"
PLACE_GIVEN_PRIORITY = 36     # name_collisions_zh's: above the gazetteer (30)
# what may end an item: the next list mark, 和/与/及, 等, a clause mark, or a word of doing things together
_ITEM_END = re.compile("[、，。；：！？…—）)」”与和及为（(]|等|一起|一同|一道|二人|两人|三人|同志|$")
# what may stand before the first item of a run: a clause mark or a word that takes a person list
_FIRST_OK = set("，。；：！？（(「“ \n\t、和与及同跟有")


from pipeline.rules.person_likeness import FAMILY_VILLAGE_ENDS  # noqa: E402


# (session 31) one-character verbs of action after the last item (甲、乙、丙攻某城): jieba's word list holds none
_ONE_CHAR_VERBS = set("攻守援驻赴占围追退进到说率派")
# (session 31) characters before the first item that take a list of persons: 以甲、乙为首, 率甲、乙, 偕甲、乙
_FIRST_VERBS = set("以率偕派令命")


def _verb_after(text: str, end: int) -> bool:
    """The last item of a list ends before a verb (session 31, w31zhper2): a one-character verb of action or a word
    jieba tags as a verb (20 uses or more), the name's last character making no common word with it."""
    if end >= len(text) or is_common_word(text[end - 1:end + 1], 20):
        return False
    if text[end] in _ONE_CHAR_VERBS:
        return True
    info = word_info()
    for size in (3, 2):
        entry = info.get(text[end:end + size])
        if entry and entry[0] >= 20 and entry[1][:1] == "v":
            return True
    return False


def _takes_persons(text: str, pos: int) -> bool:
    """A word before the first item that takes persons (session 31): 派, 会同, 令, 由 … (person_actions' left words)
    or 以/率/偕 …, the character before making no common word with the surname."""
    from pipeline.rules.person_actions import left_ok

    if is_common_word(text[pos - 1:pos + 1], 20):
        return False
    return text[pos - 1] in _FIRST_VERBS or left_ok(text, pos)


def _item_ok(text: str, start: int, end: int, covered: bytearray, line_end: bool = False,
             verb_end: bool = False) -> bool:
    name = text[start:end]
    if not 2 <= end - start <= 4 or any(c == 1 for c in covered[start:end]) \
            or not (_ITEM_END.match(text, end) or (line_end and text[end:end + 1] in ("\n", "\r", "（", "("))
                    or verb_end and end - start <= 3 and _verb_after(text, end)):
        return False
    if name in known_places() or is_common_word(name, 30) or name[-2:] in FAMILY_VILLAGE_ENDS:
        return False    # 顾家角: a family's village (s20zhlab)
    from pipeline.rules.persons import TITLE_RE
    return not TITLE_RE.match(text, start)


def _noun_before(text: str, pos: int) -> bool:
    """A roll's first name after 的 or after a common noun of people (同村的|甲乙丙、, 村民|甲乙丙、, 战士|甲乙丙、: the
    martyrs' and villagers' rolls of county histories; session 27, s27zhname)."""
    if text[pos - 1] == "的":
        return True
    entry = word_info().get(text[pos - 2:pos]) if pos >= 2 else None
    return bool(entry) and entry[0] >= 100 and entry[1] == "n"


def find_list_neighbors(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    out = _comma_sandwiches(text, found) if "，" in text or "," in text else []
    if "、" not in text:
        return out
    out += _mark_sandwiches(text, found)
    covered = bytearray(len(text) + 1)
    queue: list[tuple[int, int]] = []
    soft = set()
    for cand in found:
        if cand.label == "PERSON":
            mark = 2 if cand.source == LIKENESS_SOURCE else 1
            for i in range(cand.start, cand.end):
                covered[i] = 1 if covered[i] == 1 else mark
            if mark == 2:
                soft.add((cand.start, cand.end))
            if 2 <= cand.end - cand.start <= 4:
                queue.append((cand.start, cand.end))
    if not queue:
        return out
    for s, e in sorted(soft):
        # a likeness cut one character short of a list mark (、吴屏|周为, 吴屏|周、): the item is the name
        if e - s == 2 and (text[e + 1:e + 2] == "、" or (s and text[s - 1] == "、")) \
                and chinese_name_end(text, s) == e + 1 and _item_ok(text, s, e + 1, covered):
            covered[s:e + 1] = b"\x01" * 3
            out.append(Candidate(s, e + 1, "PERSON", SOURCE, PRIORITY + 1))
            queue.append((s, e + 1))
    while queue:
        start, end = queue.pop()
        spans = []
        last = -1
        after = _mark_after(text, end)
        if after > 0:                         # the item after
            pos = after
            item_end = chinese_name_end(text, pos)
            if item_end < 0:
                item_end = stop_given_end(text, pos)   # 甲、谈乃成等: a stop character inside a closed name
            if item_end > 0:
                spans.append((pos, item_end))
                last = pos
        before = _mark_before(text, start)
        if before >= 2:                       # the item before
            for length in (3, 2):
                pos = before - length
                if pos < 0 or (pos > 0 and text[pos - 1] not in _FIRST_OK and covered[pos] != 2
                               and not _noun_before(text, pos) and not _takes_persons(text, pos)):
                    continue
                if chinese_name_end(text, pos) == before:
                    spans.append((pos, before))
                    break
        for s, e in spans:
            if not _item_ok(text, s, e, covered, verb_end=s == last):
                continue
            priority = PRIORITY
            if e - s == 3 and text[s + 1:e] in known_places():
                priority = PLACE_GIVEN_PRIORITY   # 张|克东 between names: the name, not the place
            elif (s, e) in soft:
                continue                      # the likeness reading is this item already
            elif any(covered[s:e]):
                priority = PRIORITY + 1       # 吴屏|周: the whole item beats a likeness cut inside it
            covered[s:e] = b"\x01" * (e - s)
            out.append(Candidate(s, e, "PERSON", SOURCE, priority))
            queue.append((s, e))
    return out


_GLOSS_REACH = 40


def _mark_after(text: str, end: int) -> int:
    """Where the next item starts after a name ending at `end`: right after its 、, or after the bracketed gloss the
    name carries and the 、 behind it (甲乙丙（秀才）、丁戊己（教师）: a roll's members glossed by degree, post or
    native place; s29zhper), else -1."""
    nxt = text[end:end + 1]
    if nxt == "、":
        return end + 1
    if nxt in ("（", "("):
        close = _gloss_close(text, end)
        if close > 0 and text[close + 1:close + 2] == "、":
            return close + 2
    return -1


def _gloss_close(text: str, open_at: int) -> int:
    """The closing bracket of the gloss opening at `open_at` (no nested bracket, no line break), or -1."""
    for at in range(open_at + 1, min(len(text), open_at + _GLOSS_REACH)):
        ch = text[at]
        if ch in "）)":
            return at
        if ch in "（(\n":
            return -1
    return -1


def _mark_before(text: str, start: int) -> int:
    """Where the item before a name starting at `start` ends: at the 、 before it, or at the opening bracket of that
    item's gloss (甲乙丙（秀才）、|丁戊己), else -1."""
    if start < 3 or text[start - 1] != "、":
        return -1
    if text[start - 2] not in "）)":
        return start - 1
    for at in range(start - 3, max(-1, start - 2 - _GLOSS_REACH), -1):
        ch = text[at]
        if ch in "（(":
            return at
        if ch in "）)\n":
            return -1
    return -1


def _comma_sandwiches(text: str, found: list[Candidate]) -> list[Candidate]:
    """甲，乙，丙 (lists written with commas, 刘某，席某某，蒋某某都升任巡抚): an item between two names (found by the
    finders so far or names of the person lexicon), each closed by a comma, is a name when it reads as a whole
    Chinese name (s18zhper)."""
    from pipeline.rules.names_common import person_forms
    forms = person_forms()
    persons = {(c.start, c.end) for c in found if c.label == "PERSON" and 2 <= c.end - c.start <= 4}
    ends = {e for _, e in persons}
    starts = {s for s, _ in persons}
    covered = bytearray(len(text) + 1)
    for s, e in persons:
        covered[s:e] = b"\x01" * (e - s)

    def name_ends_at(pos: int) -> bool:
        return pos in ends or any(text[pos - k:pos] in forms for k in (2, 3, 4) if pos >= k)

    def name_starts_at(pos: int) -> bool:
        return pos in starts or any(text[pos:pos + k] in forms for k in (2, 3, 4))

    out = []
    for match in re.finditer("[，,]", text):
        comma = match.start()
        if not name_ends_at(comma):
            continue
        item_end = chinese_name_end(text, comma + 1)
        if item_end > comma + 1 and text[item_end:item_end + 1] in ("，", ",") and name_starts_at(item_end + 1) \
                and _item_ok(text, comma + 1, item_end, covered):
            covered[comma + 1:item_end] = b"\x01" * (item_end - comma - 1)
            out.append(Candidate(comma + 1, item_end, "PERSON", SOURCE, PRIORITY))
        elif item_end > comma + 1 and text[item_end:item_end + 1] in ("\n", "。", "；", "（", "(", "") \
                and any(comma - k - 1 >= 0 and text[comma - k - 1] in "，," and name_ends_at(comma - k - 1)
                        and name_starts_at(comma - k) for k in (2, 3, 4)) \
                and _item_ok(text, comma + 1, item_end, covered, True):
            # 甲，乙，丙 closing a line or sentence (r20zhnames): the last item after two names is one too
            covered[comma + 1:item_end] = b"\x01" * (item_end - comma - 1)
            out.append(Candidate(comma + 1, item_end, "PERSON", SOURCE, PRIORITY + 1))
    return out


def _mark_sandwiches(text: str, found: list[Candidate]) -> list[Candidate]:
    """甲、乙、丙 where 甲 or 丙 is a name found so far and the other reads as a whole Chinese name filling its item:
    the item between the two 、 is a name when it starts with a known surname, is two or three CJK characters and
    is no ordinary word and no known place, even where a character inside it stops the name readers (某同义,
    某发启: 同 and 发 end names elsewhere) — the list marks delimit it, and a roll of names holds names (s20zhper)."""
    from pipeline.rules.person_name_ends import surname_at
    persons = {(c.start, c.end) for c in found if c.label == "PERSON" and 2 <= c.end - c.start <= 4}
    ends = {e for _, e in persons}
    starts = {s for s, _ in persons}

    def name_before(mark: int) -> bool:      # a found name, or a whole Chinese name filling the item, ends at mark
        return mark in ends or any(mark - k >= 0 and chinese_name_end(text, mark - k) == mark for k in (3, 2))

    def name_after(pos: int) -> bool:        # a found name, or a whole Chinese name closed by a list mark, starts here
        if pos in starts:
            return True
        end = chinese_name_end(text, pos)
        return end > 0 and _ITEM_END.match(text, end) is not None

    out = []
    for match in re.finditer("、", text):
        mark = match.start()
        for size in (3, 2):
            s, e = mark + 1, mark + 1 + size
            if text[e:e + 1] != "、" or (s, e) in persons:
                continue
            if not (mark in ends or e + 1 in starts) or not (name_before(mark) and name_after(e + 1)):
                continue
            name = text[s:e]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or surname_at(text, s) != 1:
                continue
            if is_common_word(name, 30) or name in known_places() or is_common_word(name[:2], 200):
                continue
            out.append(Candidate(s, e, "PERSON", SOURCE, PRIORITY + 1))
            break
    return out
