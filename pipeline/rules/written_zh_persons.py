"""Written-Chinese PERSON classes (part of pipeline.rules.written_zh `find_written`): a name right before a
designation (叶肇第六十六军, X之第N军) or a post (朱赤旅长把…); an appointment (以X为参谋长, 由X任副师长); names
counted (甲,乙二人); the other members of a 、-list with a known person or closed by 等将领; a Japanese commander
in brackets after his post (联队长两角业作), before 率领 (黑木为桢率领), or his surname before 部/下令 (渡边部,
向松浦下令). Also the name checks other written finders share (`_first_is_surname`, `_plain_name`,
`_known_persons`).

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, surnames, word_info
from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.rules.written_zh_scan import BOUNDARY, CJK, NUM, list_runs, anchored_scanner
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_POSTS = "集团军总司令|总司令|副总司令|司令官|司令|军长|副军长|师长|副师长|旅长|副旅长|团长|副团长|参谋长"
_POSTS_RE = f"(?:{_POSTS})"
_NAME_BEFORE_UNIT_RE = re.compile(
    f"(?<=[{BOUNDARY}率])([{CJK}]{{2,3}}?)(?=之?第[{NUM}]{{1,5}}(?:集团军|军团|军|师)(?![长部]))")
# its designation's 第, two to four characters after the match's start
_NAME_BEFORE_UNIT_ANCHOR = (re.compile(f"第(?=[{NUM}]{{1,5}}(?:集团军|军团|军|师)(?![长部]))"), 4)
# two or three names before a count of people (以甲某,乙某二人副之)
# names listed and counted: 甲、乙二人, 甲、乙、丙3个人, 甲、乙等五人 (2-6 names of 2-3 characters)
_NAMES_COUNTED_RE = re.compile(
    f"((?:[{CJK}]{{2,3}}[、，]){{1,5}}[{CJK}]{{2,3}})(?=等?(?:[二两三四五六七八九十]|[2-9])个?人)")
_NAME_BEFORE_POST_RE = re.compile(
    f"(?<=[{BOUNDARY}])([{CJK}]{{2,3}})(?={_POSTS_RE}(?![部府官署])(?:把|将|率|亲|带|在|于|即|已|也|又|便|就|遂|负|身|中|阵|被|与|和|等|，|。|、))")
# every match ends right before the count (二人), at most six names and their marks after its start
_NAMES_COUNTED_ANCHOR = (re.compile("(?<=[二两三四五六七八九十2-9])个?人"), 25)
_NAMES_COUNTED_LEFT = set("以由令派委，。、；：\n")
# a Japanese commander in brackets after his post (联队长两角业作)
_BRACKET_POST_RE = re.compile(
    f"[（(](?:联队长|师团长|旅团长|大队长|中队长|支队长|司令官|参谋长|军司令官)([{CJK}]{{2,5}})[）)]")
_JP_CUE_AFTER = "率领|率部|指挥|统率|所部|下令|麾下"
# a list of names closed by 等 and a word for people (张甲、李乙等将领)
_PEOPLE_AFTER_RE = re.compile("等(?:将领|将军|人|高级将领|军官|师长|军长|团长|旅长|各师长|各军长|指挥官|同志|烈士)")
# 以X为参谋长, 由X任副师长, 派X兼旅长: an appointment
_APPOINTED_RE = re.compile(
    f"(?<=[以由令派委，；、])([{CJK}]{{2,3}})(?=(?:为|任|兼|充|代理|接任|继任|出任|升任)(?:副)?(?:{_POSTS}|参谋主任|军团长|旅团长|师团长|联队长|大队长|总指挥))")
# 后由X继任。 / 由X接替, : the post is the one named before (auditzh15: unit histories' succession lines)
_SUCCEEDED_RE = re.compile(f"(?<=由)([{CJK}]{{2,3}}?)(?=(?:继任|接任|接替|接充|兼任|代理)(?:[，。；、,;)）\n]|$))")
_NOT_IN_NAME = set("的了是在和与及等为以各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人")

# each pattern's anchor and reach (see pipeline.rules.written_zh_scan)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    _NAME_BEFORE_POST_RE: (re.compile("[令长]"), 8),  # every post holds 令 or 长 (集团军总司令: 6th)
    _NAME_BEFORE_UNIT_RE: _NAME_BEFORE_UNIT_ANCHOR,
    _APPOINTED_RE: (re.compile("[为任兼充代接继出升]"), 3),
}
_finditer = anchored_scanner(_ANCHORS)


_JP_CUE_ANCHOR = re.compile("[率指统所下麾部命令]")   # the first character of every cue after a name


def first_is_surname(name: str) -> bool:
    single, compound = surnames()
    jp = japanese_surnames()
    return name[0] in single or name[:2] in compound or name[:1] in jp or name[:2] in jp or name[:3] in jp


@lru_cache(maxsize=1)
def known_persons() -> frozenset[str]:
    names = set()
    for row in read_rows("persons.tsv"):
        if row and row[0]:
            names.add(row[0])
            for alias in (row[1].split("|") if len(row) > 1 and row[1] else []):
                if re.fullmatch(f"[{CJK}]{{2,5}}", alias):
                    names.add(alias)
    return frozenset(names)

_NOT_IN_GIVEN = set("的了是在和与及等以各该我敌其此这那每军师旅团营连部队年月日人")
_VERB_GIVEN = set("命令率派调以将把向对由给被令使")


def plain_name(name: str) -> bool:
    if len(name) == 2 and name[1] in _VERB_GIVEN:
        return False          # 薛命第4军: a surname and a verb
    return not any(ch in _NOT_IN_NAME for ch in name) and name not in known_places() \
        and not is_common_word(name)


# adverbs between a bare surname and the verb of an appointment (高又升任, 李再调任, 王即出任)
_ADVERB_BEFORE_VERB = set("又也再即遂便就复旋亦乃均皆都仍")


def _verb_of_office_ends(name: str) -> bool:
    """A three-character reading ends in the verb of an appointment (陈某任, 陈某兼 before 副军长/任师长)."""
    return len(name) == 3 and name[-1] in "任兼为充"


def find_written_persons(text: str) -> list[Candidate]:
    out = []
    for rx in (_NAME_BEFORE_UNIT_RE, _NAME_BEFORE_POST_RE):
        for m in _finditer(rx, text):
            name = m.group(1)
            if rx is _NAME_BEFORE_POST_RE and _verb_of_office_ends(name):
                continue      # 陈某任副军长: 任 is the verb, the name is 陈某 (the appointment reading takes it)
            if rx is _NAME_BEFORE_POST_RE and name[-1] in "副代":
                continue      # 参战，任副团长: 任 the verb, 副/代 the post's deputy or acting mark (auditzh22)
            if first_is_surname(name) and plain_name(name):
                # X之第N军: the possessive makes X a person even where a place hides in the name (龚长江)
                strong = text.startswith("之第", m.end(1))
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-written", 31 if strong else 21))
    for m in rare_finditer(_BRACKET_POST_RE, text):
        name = m.group(1)
        if plain_name(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-bracket-post", 21))
    out += _japanese_names(text)
    for m in anchored_finditer(_NAMES_COUNTED_RE, text, *_NAMES_COUNTED_ANCHOR):
        names, at = [], m.start(1)
        for part in re.split("[、，]", m.group(1)):
            names.append((at, part))
            at += len(part) + 1
        first_at, first = names[0]
        if first_at and text[first_at - 1] not in _NAMES_COUNTED_LEFT:
            # the match may open inside the word before (剩下|刘某某): the first name is its last 2-3 characters
            cut = next((k for k in (0, 1) if len(first) - k >= 2 and first_is_surname(first[k:])
                        and plain_name(first[k:])), None)
            if cut is None:
                continue
            names[0] = (first_at + cut, first[cut:])
        if all(first_is_surname(n) and plain_name(n) for _, n in names):
            # (session 19) the count equals the number of names (甲、乙二人): each is a person even where a
            # place hides in it (何海曙 over the gazetteer's 海曙, priority 30)
            count = "零一二三四五六七八九".find(text[m.end(1)]) if text[m.end(1)] != "两" else 2
            if count < 0 and text[m.end(1)].isdigit():
                count = int(text[m.end(1)])
            priority = 31 if count == len(names) else 21
            out += [Candidate(s0, s0 + len(n), "PERSON", "rule:person-counted", priority) for s0, n in names]
    appointed = list(_finditer(_APPOINTED_RE, text))
    if "由" in text:
        appointed += list(literal_finditer(_SUCCEEDED_RE, text))
    for m in appointed:
        name, start = m.group(1), m.start(1)
        if _verb_of_office_ends(name) and first_is_surname(name[:2]) and plain_name(name[:2]):
            name = name[:2]   # 陈某兼任师长: the verb is 兼任
        if len(name) == 3 and name[1] in _ADVERB_BEFORE_VERB and name[2] in "升出接继兼调改":
            continue          # 高又升任旅长: a surname, an adverb and the verb 升任, no three-character name (auditzh22)
        if first_is_surname(name) and plain_name(name):
            out.append(Candidate(start, start + len(name), "PERSON", "rule:person-appointed", 21))
    known = known_persons()
    for m in list_runs(text):
        parts = m.group().split("、")
        # the first part may carry the words before the list (分别是谷寿夫): keep a known name at its end
        first = next((parts[0][k:] for k in range(len(parts[0]) - 1) if parts[0][k:] in known), None)
        end = m.end()
        last_closed = end >= len(text) or text[end] in BOUNDARY or (text[end] == "等" and _PEOPLE_AFTER_RE.match(text, end) is not None)
        members, pos = [], m.start()
        for i, part in enumerate(parts):
            if i == 0:
                if first:
                    members.append((pos + len(part) - len(first), first))
            elif 2 <= len(part) <= 5 and (i < len(parts) - 1 or last_closed):
                if i == len(parts) - 1 and len(part) == 4 and _verb_word(part[2:]) and part not in known \
                        and part[:2] not in surnames()[1]:
                    part = part[:2]   # 甲、乙、张某见面: the last item's verb closes the list (s18zhper)
                members.append((pos, part))
            pos += len(part) + 1
        people = _PEOPLE_AFTER_RE.match(text, m.end()) is not None
        if people and parts[0]:
            head = next((parts[0][k:] for k in range(max(0, len(parts[0]) - 3), len(parts[0]) - 1)
                         if first_is_surname(parts[0][k:]) and plain_name(parts[0][k:])), None)
            if head and not first:
                members.insert(0, (m.start() + len(parts[0]) - len(head), head))
        if not people and not any(name in known for _, name in members):
            continue
        for start, name in members:
            if name not in known and first_is_surname(name) and plain_name(name):
                out.append(Candidate(start, start + len(name), "PERSON", "rule:person-list", 31))
    return out


@lru_cache(maxsize=1)
def _jp_name_re() -> re.Pattern:
    names = sorted((n for n in japanese_surnames() if len(n) >= 2), key=longest_first)
    return re.compile(f"(?<=[被在由据令向是与和、，。：\n])({'|'.join(names)})([{CJK}]{{2}})(?={_JP_CUE_AFTER})"
                      f"|(?<=[被在由据向与和、，。：\n])({'|'.join(names)})(?=部(?![队署分门下属长落位件族])|所部|下令|命令|令其)")


@lru_cache(maxsize=1)
def _jp_name_reach() -> int:
    """A match is a surname and at most two given-name characters, then the cue."""
    return max(len(n) for n in japanese_surnames()) + 2


def _japanese_names(text: str) -> list[Candidate]:
    """A Japanese surname with a two-character given name before 率领/指挥…, or alone before 部."""
    out = []
    places = known_places()
    for m in anchored_finditer(_jp_name_re(), text, _JP_CUE_ANCHOR, _jp_name_reach()):
        if m.group(1):
            name = m.group(1) + m.group(2)
            if any(ch in _NOT_IN_GIVEN for ch in m.group(2)) or name in places:
                continue
            out.append(Candidate(m.start(1), m.end(2), "PERSON", "rule:person-japanese", 21))
        else:
            # 向松浦下令: an order has a person as its giver, even where the surname is a place too
            order = text.startswith(("下令", "命令", "令其"), m.end(3))
            if order or m.group(3) not in places:
                out.append(Candidate(m.start(3), m.end(3), "PERSON", "rule:person-japanese", 31 if order else 21))
    return out


def _verb_word(word: str) -> bool:
    """An ordinary word of jieba's dictionary of some frequency (见面, 会谈, 商议) after a single surname and one
    given character: the last item of the list ended before it."""
    return is_common_word(word, 100)
