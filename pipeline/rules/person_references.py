"""A bare surname standing for a person named in full earlier in the text, read from its grammar.

Narratives name a commander once in full (薛岳, 吴佩孚, 傅作义) and then by his surname alone,
as the subject of a verb (吴还认为, 薛命第4军, 刘驻守X, 傅拒绝, 冯化装为…) or as the object of
one (讨冯, 拥袁, 遭傅拒绝, 对冯反戈一击, 与蒋往来, 天要灭韩). `pipeline.rules.persons` reads the
commonest frames (与X间, X认为, X下令); this module reads the general one:

- the surname is that of a Chinese name of 2-3 characters found EARLIER in the text (its first
  character a single-character surname), and the character is not a function word or one of the
  commonest nouns (于, 向, 高, 马, 石, 江 … see _AMBIGUOUS);
- it stands alone: it forms no word jieba knows with the character before or after it (紧张, 张开,
  唐朝, 李子), and no other name starts there (a found span covers it);
- before it: the start of a clause, or a word that takes a person as its object or subject
  (a preposition, 是, 遭/被, a verb of fighting or support: 讨, 拥, 灭; or a word ending there that
  jieba knows: 其中, 其间, 声讨);
- after it: the end of a clause or a list mark, a particle or preposition (于, 与, 和, 等), or a
  word jieba tags as a verb, adverb, preposition or conjunction (故意, 驻守, 拒绝, 往来, 还).

Also: a Japanese family name before a rank after the full name (菱田中将 after 菱田元四郎), and a name joined
to a found full name by 与/和/及/、 (X、蒋某联名, 蒋某和X会谈).

Candidates are PERSON at the bare-surname priority (15): any other span wins over them.
Cost: one str.find loop per distinct surname of the names already found (C-level scans).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, surnames, word_info
from pipeline.spans import Candidate

Span = tuple[int, int]

# characters that close a clause or a list item: the surname may start or end there
_BOUNDARY = set("，。、；：！？（）()「」『』“”‘’《》〈〉【】[]—…　 \t\r\n,.;:!?\"'")
# one-character words before a person: prepositions, the copula, passives, verbs of fighting/support
_BEFORE = set("与和及同跟对向把被让令命使由替给为是遭讨拥灭击败捕杀骂斥劝请见问告随助投附逐在")
# (session 31, w31zhper2: audit23/26/27/30, real-dev5) coverbs and verbs that take a person as their object, before
# the bare surname of a name found earlier (将宋抱住, 因蒋催促, 说吴是, 取袁而代之, 派张督苏, 邀梁至, 遵蒋令, 捉蒋);
# the character before still makes no common word with the surname (因为, 将军: _left_ok's first test)
_BEFORE |= set("将因经说取挟派邀约捉放遵扣迎")
# surnames that are also function words or very common nouns/adjectives: too many readings
_AMBIGUOUS = set(
    "于向和及与同万方高马石田江海山林金文武安平明时那宁关东西南北左右上下中元古司全公牛云风雷水火"
    "包车史令易成党国龙白红青夏秋冬春花叶柳桥路门城池河湖岳雪朱毛钱常"
    # adverbs before a verb far more often than a surname standing for someone (曾参加过, 曾任)
    "曾"
    # one-character short forms of countries (巴 = Pakistan, 苏 = the Soviet Union, 法, 德, 俄 …)
    "巴法德俄苏朝越印意澳伊埃叙阿希葡荷丹匈捷墨秘蒙缅泰菲英")
# after it: particles, prepositions, adverbs that follow a subject (吴于9月16日, 傅则, 唐仍)
_AFTER = set("与和及等也都便就即被把向对率带亲正则又已曾却随替将从还仍乃遂再才并只竟早未不没虽所命令派")
# (session 19) one-character verbs of speech and talk after a subject (刘说, 梁答, 我和周谈了): jieba's
# word list holds no one-character verbs, so the verb test below never sees them
_SPEECH_AFTER = set("说答问称谈讲笑叹骂")
# (session 30, w2zhname: audit22/23/27/30, real-dev4) the possessive 的, the copula 是, the preposition 在 and
# one-character verbs of a subject (袁死后, 吴的行为, 陈在耕地时, 王见溃敌, 吴轻信, 与蒋往来, 赖旋亦就擒): jieba's
# word list holds no one-character verb, so they are listed; none opens a common given name (以, 任, 有 do: left out)
_SPEECH_AFTER |= set("的是在能至见抵死抱督赞轻催往旋而")
_DATE_START = set("0123456789０１２３４５６７８９一二三四五六七八九十廿当次同本翌是此")
_VERB_POS = ("v", "d", "p", "c", "i")


def _left_ok(text: str, pos: int) -> bool:
    if pos == 0:
        return True
    before = text[pos - 1]
    if before in _BOUNDARY:
        return True
    if is_common_word(text[pos - 1 : pos + 1], 5):
        return False   # 紧张, 行李: the surname ends a word
    # a word of 2 characters ending right before: 其中李, 声讨曹, 其间彭, 正是唐 (not a noun: 总和)
    entry = word_info().get(text[pos - 2 : pos]) if pos >= 2 else None
    if entry and entry[0] >= 20:
        return entry[1][:1] in ("v", "f", "c", "p", "d", "r")
    return before in _BEFORE


def _right_ok(text: str, pos: int) -> bool:
    end = pos + 1
    if end >= len(text):
        return True
    after = text[end]
    if after in _BOUNDARY:
        return True
    for size in (3, 2):
        if is_common_word(text[pos : pos + size], 5):
            return False   # 张开, 唐朝, 李子: the surname starts a word
    if after in _AFTER or after in _SPEECH_AFTER:
        return True
    if after == "于":   # 吴于9月16日赶赴: a date after it (not the name 刘于鹤)
        return end + 1 < len(text) and text[end + 1] in _DATE_START
    info = word_info()
    for size in (4, 3, 2):
        entry = info.get(text[end : end + size])
        if entry and entry[1][:1] in _VERB_POS and entry[0] >= 20:
            return True
    return False


# the persons the person finder found in the last text it read (pipeline.rules.persons), for the
# written finders that run after it on the same text object
_LAST_PERSONS: list = [None, []]


def remember(text: str, persons: list[Span]) -> None:
    """Keep the person finder's spans of `text` for find_references on the same text."""
    _LAST_PERSONS[:] = [text, list(persons)]


def remembered(text: str) -> list[Span]:
    """The person finder's spans of this same text object (none when it read another). Not to be modified."""
    return _LAST_PERSONS[1] if _LAST_PERSONS[0] is text else []


def found_persons(text: str, written: list[Candidate]) -> list[Span]:
    """The PERSON spans of `written` and those the person finder remembered for this same text."""
    return [(c.start, c.end) for c in written if c.label == "PERSON"] + remembered(text)


def bare_surnames(text: str, persons: list[Span]) -> list[Span]:
    """(start, end) of bare surnames referring back to a full name in `persons` (see the module doc)."""
    single, _ = surnames()
    first_end: dict[str, int] = {}
    covered = bytearray(len(text) + 1)
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
        name = text[start:end]
        if 2 <= end - start <= 3 and name[0] in single and name[0] not in _AMBIGUOUS \
                and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            first_end[name[0]] = min(first_end.get(name[0], end), end)
    found: list[Span] = []
    for char, after in first_end.items():
        pos = text.find(char, after)
        while pos != -1:
            if not covered[pos] and _left_ok(text, pos) and _right_ok(text, pos):
                found.append((pos, pos + 1))
            pos = text.find(char, pos + 1)
    return found


# a rank or post after a family name: 菱田中将, 菱田师团长 (the title is outside the name)
_RANK_AFTER = re.compile("大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|元帅|司令官|师团长|旅团长|联队长|大队长|参谋长")


def family_names(text: str, persons: list[Span]) -> list[Span]:
    """The first two characters of a four- or five-character name (a Japanese family name: 菱田 of 菱田元四郎)
    where they stand again later before a rank (菱田中将) or a verb of the person (菱田决定)."""
    first_end: dict[str, int] = {}
    covered = bytearray(len(text) + 1)
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
        name = text[start:end]
        if 4 <= end - start <= 5 and all("\u4e00" <= ch <= "\u9fff" for ch in name):
            first_end[name[:2]] = min(first_end.get(name[:2], end), end)
    found: list[Span] = []
    for family, after in first_end.items():
        pos = text.find(family, after)
        while pos != -1:
            end = pos + 2
            if not covered[pos] and not covered[end - 1] and _RANK_AFTER.match(text, end) and (
                    pos == 0 or not is_common_word(text[pos - 1:pos + 1], 20)):
                found.append((pos, end))
            pos = text.find(family, end)
    return found


_PARTNER_MARKS = "与和及同、"
# (session 31, w31zhper2: audit23/25/26/27/29 lists) one-character words before the first name of a list that
# take persons: the prepositions and verbs of _BEFORE and 以 (以X、Y为首), 派/令/命 (派X、Y到…), 偕, 率, 有
_LIST_BEFORE = _BEFORE | set("以偕率有")
# one-character verbs of action after the last name of a list (唐某、刘某、丁槐攻宣光): jieba's word list holds no
# one-character verb, so _right_ok's verb test never sees them; none ends a given name in these lists
_LIST_VERBS = set("攻守援驻赴占围追退进入到来去回战杀归降")


def _partner_right(text: str, end: int) -> bool:
    """The name of a list ends at `end`: a boundary, a particle or an adverb, a one-character verb, or a word
    jieba tags as a verb, adverb, preposition or conjunction, and the last given character makes no common
    word with what follows (not 云体 at 5 uses: that rare word tripped the surname test of _right_ok)."""
    if end >= len(text) or text[end] in _BOUNDARY or text[end] in _PARTNER_MARKS:
        return True
    if is_common_word(text[end - 1:end + 1], 20):
        return False     # the given name's last character starts a word: 王大|成功 is read by the size-2 try
    after = text[end]
    if after in _AFTER or after in _SPEECH_AFTER or after in _LIST_VERBS:
        return True
    info = word_info()
    for size in (4, 3, 2):
        entry = info.get(text[end:end + size])
        if entry and entry[1][:1] in _VERB_POS and entry[0] >= 20:
            return True
    return False


def _partner_left(text: str, start: int) -> bool:
    """The first name of a list starts at `start`: a boundary, a word that takes persons (派, 会同, 以, 由 …),
    or a common word ending right before it (老师X、, 回目有X、) that does not run into the surname."""
    from pipeline.rules.person_actions import left_ok

    if start == 0 or text[start - 1] in _BOUNDARY or text[start - 1] in _LIST_BEFORE or left_ok(text, start):
        return True
    if is_common_word(text[start - 1:start + 1], 20):
        return False
    entry = word_info().get(text[start - 2:start]) if start >= 2 else None
    return bool(entry) and entry[0] >= 20 and entry[1][:1] in ("v", "n", "p", "c", "d", "r", "f") \
        and entry[1] not in ("nr", "ns", "nz")


def partners(text: str, persons: list[Span]) -> list[Span]:
    """A name joined to a found person by 与/和/及/、 on either side (X与秦某发生争执, 秦某和X商定): a surname and
    one or two given characters the action-name test accepts, ending at a clause boundary, a particle or a
    verb (a three-character reading first). (session 31, w31zhper2) A list is followed through: a partner
    found anchors the next name of the list (唐某、刘某、丁槐攻…), up to three steps each way."""
    from pipeline.rules.person_actions import mention_ends, name_ok

    covered = bytearray(len(text) + 1)
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
    single, _ = surnames()
    found: list[Span] = []
    anchors = [(s, e) for s, e in persons if e - s >= 2]     # a full name anchors its partner, not a bare surname
    for _ in range(3):
        new: list[Span] = []
        for start, end in anchors:
            if end + 2 < len(text) and text[end] in _PARTNER_MARKS:      # the partner after
                for size in (3, 2):
                    a, b = end + 1, end + 1 + size
                    if b <= len(text) and text[a] in single and not any(covered[a:b]) \
                            and name_ok(text, a, b, True) and mention_ends(text, b) and _partner_right(text, b):
                        new.append((a, b))
                        break
            if start >= 3 and text[start - 1] in _PARTNER_MARKS:         # the partner before
                for size in (3, 2):
                    a, b = start - 1 - size, start - 1
                    if a >= 0 and text[a] in single and not any(covered[a:b]) and name_ok(text, a, b, True) \
                            and _partner_left(text, a):
                        new.append((a, b))
                        break
        for a, b in new:
            covered[a:b] = b"\x01" * (b - a)
        found += new
        anchors = new
        if not anchors:
            break
    return found


# (session 31, w31zhper2: audit29, real-dev6, real-heldout4 and pages: 张、杨二人, 蔡、唐到京) two or three bare
# surnames counted by the number after them: 甲、乙二人, 甲乙两人, 甲、乙、丙三主任
_COUNTS = {"二": 2, "两": 2, "2": 2, "三": 3, "3": 3}


def counted_surnames(text: str, persons: list[Span]) -> list[Span]:
    """Bare surnames run together (or joined by 、) before a count of as many persons: 人/位 or a post (主任, 处长,
    将军 …: the person finder's titles). Each character is a single surname; one that is also a common word or
    function character (_AMBIGUOUS: 白, 高, 钱 …) only where a name of that surname is found in full; the run is
    no common word (夫妻, 兄弟, 父子二人) and the character before it makes none with its first surname."""
    from pipeline.rules.person_titled_names import TITLE_RE

    if "人" not in text and "位" not in text and not any(c in text for c in "主处长军"):
        return []
    single, _ = surnames()
    full_first = {text[s] for s, e in persons if e - s >= 2}
    found: list[Span] = []
    for count, n in _COUNTS.items():
        at = text.find(count, 2)
        while at != -1:
            head = text[at + 1:at + 2]
            if head in ("人", "位") or TITLE_RE.match(text, at + 1):
                chars: list[int] = []
                pos = at - 1
                while pos >= 0 and len(chars) < n:
                    if text[pos] in single and (text[pos] not in _AMBIGUOUS or text[pos] in full_first):
                        chars.append(pos)
                        pos -= 1
                        if len(chars) < n and pos >= 0 and text[pos] == "、":
                            pos -= 1
                    else:
                        break
                first = chars[-1] if chars else 0
                if len(chars) == n and (first == 0 or text[first - 1] != "、") \
                        and (first == 0 or text[first - 1] in _BOUNDARY
                                        or not is_common_word(text[first - 1:first + 1], 20)) \
                        and not is_common_word(text[first:at].replace("、", ""), 20) \
                        and (pos < 0 or not (text[pos] in single and text[pos] not in _BOUNDARY
                                             and is_common_word(text[pos:pos + 2], 20))):
                    found += [(c, c + 1) for c in chars]
            at = text.find(count, at + 1)
    return found


def find_references(text: str, written: list[Candidate]) -> list[Candidate]:
    """PERSON candidates (priority 15) of bare surnames after a full name found by the person finder
    (remembered for this text) or by the written finders (`written`)."""
    persons = found_persons(text, written)
    if not persons:      # counted surnames need no name found in full (甲、乙二人 says they are persons)
        return [Candidate(s, e, "PERSON", "rule:person-reference", 15) for s, e in counted_surnames(text, persons)]
    spans = bare_surnames(text, persons) + family_names(text, persons) + partners(text, persons) \
        + counted_surnames(text, persons)
    return [Candidate(s, e, "PERSON", "rule:person-reference", 15) for s, e in spans]
