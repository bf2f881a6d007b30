"""Person names after Qing posts, beside the forces they lead and in infobox commander rows, in Chinese working text.

`find_qing_post_names(text)` (PERSON):
- a name after a post of the Qing army and administration or a word for a commander (`_QING_POSTS`, also read by
  person_whole_names_zh: 提督X, 巡抚X, 总兵X, 统领X, 老将X, 将领X, 委员X);
- a commander between his force and its strength (淮军X部, 毅军X一营);
- the names that open a clause and lead a force (，X带楚军十营, ；X、Y带十余营); a name appointed (任命X为); two names
  before a joint action (X和Y先后率); a name counted with others (X等四将); the addressee of a telegram (致电X：);
- the rows of a wiki infobox's commanders block (指挥官与领导者, X病逝 → X);
- Japanese imperial princes (X宫Y亲王 → X宫Y, later Y亲王 → Y).
A name found so is a name everywhere in the text, and its art name after 号 is one too.

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev7-zh (session 6, helper zh7: Traditional-script pages and books on the late Qing wars and 1937-1945; split out of written_zh7 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units
from pipeline.rules.names_common import is_common_word, surnames, verb_word
from pipeline.rules.scan import anchored_finditer, read_back_finditer, literal_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "一二三四五六七八九十百两"


# posts of the Qing army and administration, and words for a commander, written right before a name
QING_POSTS = ("提督|巡抚|总督|总兵|统领|管带|帮办|帮统|分统|翼长|营官|知府|知县|知州|道台|道员|都统|钦差大臣|老将|名将|"
               "将领|委员|主帅|统帅|学士|尚书|侍郎|御史|布政使|按察使|参将")
_POST_NAME_RE = re.compile(f"(?:{QING_POSTS})(?=[{_CJK}])")
_POST_ANCHOR = re.compile(f"(?:{QING_POSTS})")
# what may follow a name: a verb, particle, numeral or punctuation (毅然/仔细 are checked as words)
AFTER_NAME = set("率带于在为亲前来和与及等的,，。、；;：:（(将奉即遂则乃所部驻守向已再也亦曾被致号值从到赴退进奏出入拒攻闻见说称请令命督"
                  "一二三四五六七八九十两0123456789\n 　）)")
NOT_IN_NAME = set("的了在是和与及等于被把对向从由令率所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
                   "军部敌我兵队营师团旅为以将年月日时")
# a commander between his force and its strength: 淮军王孝祯部, 毅军赵杰伟一营, 盛军卫本先三营
_FORCE_NAME_RE = re.compile(f"军(?<=[{_CJK}]军)([{_CJK}]{{3}})(?=所?部|率|[{_ZH_NUM}0-9]{{1,3}}[余多]?营)")
_FORCE_NAME_ANCHOR = re.compile("军")
_DESIGNATED_ARMY_RE = re.compile(f"(?:第|[0-9])[{_ZH_NUM}0-9]{{0,4}}(?:集团|方面|路)?军$")   # 第十一集团军宋某率部 (auditzh27)
# names that open a clause and lead a force: ；王德榜带楚军十营 / ；蒋宗议、方支升带十余营
_LEADERS_RE = re.compile(
    f"[，,；;。：:\n]((?:[{_CJK}]{{3}}、){{0,3}}[{_CJK}]{{3}})(?=(?:亲|分|各)?(?:带|率|统)(?:领|率)?"
    f"(?:[{_CJK}]{{1,3}}军|[{_ZH_NUM}0-9]{{1,3}}[余多]?营|所部|本部|部))")
_APPOINTED_RE = re.compile(f"任命([{_CJK}]{{3}})(?=为)")
_APPOINTED_ANCHOR = re.compile("任命")
# (starts with the conjunction, the first name read back in a fixed-width look-behind: re skips in C)
_PAIR_RE = re.compile(f"[和与及](?<=([{_CJK}]{{3}})[和与及])([{_CJK}]{{3}})(?=先后|分别|率|一同|共同|均|都|二人|两人)")
_COUNTED_RE = re.compile(f"等(?<=([{_CJK}]{{3}})等)[{_ZH_NUM}]{{1,2}}(?:将|人|员)")
_COUNTED_ANCHOR = re.compile("等")
_TELEGRAM_RE = re.compile(f"致电([{_CJK}]{{3}})(?=[：:，,])")
_TELEGRAM_ANCHOR = re.compile("致电")
# the commanders block of a wiki infobox: one name a line, a death mark glued (孤拔病逝), until the next field
_COMMANDERS_HEAD_RE = re.compile("指挥官(?:与|和)领导者\n")
_BLOCK_END = ("参战单位", "兵力", "伤亡与损失", "参战方", "结果", "地点", "日期")
_POST_ENDS = ("主席", "总理", "总统", "司令", "书记", "部长", "长官", "军长", "师长", "首相", "大臣", "天皇", "元帅", "将军", "委员")
_ROW_RE = re.compile(f"([{_CJK}]{{2,4}}?|[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}}){{1,3}})(?:病逝|阵亡|战死|自杀|被俘|负伤|†)?")
# after a name + 军, characters that make 军 part of a word (军官, 军事, 军长): no force named after him
_NOT_AFTER_FORCE = set("官事长队人民政务需械令心中阀团区部纪衔功力门装费校舰")
# a Japanese imperial prince: house (宫) + given name + 亲王/王
_PRINCE_RE = re.compile(f"([{_CJK}]{{1,3}}宫)([{_CJK}]{{2}})(?=亲王|王)")
_PRINCE_ANCHOR = re.compile("宫")


# a note in brackets after a commander's name (孙蔚如(前13次), 何应钦(第14次), 寺内寿一(华北方面军司令官))
_NOTE_RE = re.compile(r"\s*[（(][^（()）\n]{1,16}[)）]$")


def _block_closed(text: str, pos: int) -> bool:
    """A line starting with the next infobox field (兵力, 伤亡与损失 …) comes within 24 lines of the commanders head:
    the block is delimited, so a blank line inside it (mirrors put one after the head and between the sides:
    指挥官与领导者 / 卫立煌 … / (blank) / 多田骏 …) does not end it."""
    for _ in range(24):
        line_end = text.find("\n", pos)
        line = text[pos:len(text) if line_end < 0 else line_end].strip()
        if line.startswith(_BLOCK_END):
            return True
        if line_end < 0 or len(line) > 24:
            return False        # the text ends, or a line of prose: no infobox field closes the block
        pos = line_end + 1
    return False


def _known_persons() -> dict:
    """The person lexicon's names: a row naming one is left to the lexicon span, which carries the canonical."""
    from pipeline.rules.names_common import person_lexicon

    return person_lexicon()[0]


def name_ok(name: str) -> bool:
    single, compound = surnames()
    return ((name[0] in single or name[:2] in compound) and not any(ch in NOT_IN_NAME for ch in name[1:])
            and name not in place_lexicon() and not is_common_word(name, 50) and not _verb_given(name))


def _verb_given(name: str) -> bool:
    """The characters after the surname are a verb of some frequency (将|官毙命: 毙命, "was killed")."""
    return len(name) == 3 and verb_word(name[1:], 50)


def _name_end(text: str, pos: int) -> int:
    """End of a 3- (else 2-) character Chinese name at pos followed by a verb, particle, numeral or punctuation."""
    for size in (3, 2):
        name = text[pos:pos + size]
        if len(name) < size or not all("\u4e00" <= ch <= "\u9fff" for ch in name) or not name_ok(name):
            continue
        after = text[pos + size:pos + size + 1]
        if after and _verb_given(text[pos + size - 2:pos + size + 1]):
            continue       # 将|官毙|命: the name's last character opens a verb with the next (毙命)
        if after == "" or after in AFTER_NAME or is_common_word(text[pos + size:pos + size + 2], 300):
            return pos + size
    return -1


def find_qing_post_names(text: str) -> list[Candidate]:
    spans: list[tuple[int, int]] = []
    for m in anchored_finditer(_POST_NAME_RE, text, _POST_ANCHOR, 0):
        end = _name_end(text, m.end())
        if end > 0:
            spans.append((m.end(), end))
    forces = named_units()
    for m in anchored_finditer(_FORCE_NAME_RE, text, _FORCE_NAME_ANCHOR, 0):
        army = m.start() + 1        # just after 军: the force must be a named army or a designation (not 军区)
        named = any(text[max(0, army - k):army] in forces for k in (2, 3, 4))
        if (named or _DESIGNATED_ARMY_RE.search(text, max(0, army - 6), army)) and name_ok(m.group(1)):
            spans.append(m.span(1))
    for m in literal_finditer(_LEADERS_RE, text):      # starts with its punctuation: re skips to it in C
        items, pos = [], m.start(1)
        for part in m.group(1).split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if all(name_ok(text[s:e]) for s, e in items):
            spans.extend(items)
    for pattern, anchor, reach in ((_APPOINTED_RE, _APPOINTED_ANCHOR, 0), (_TELEGRAM_RE, _TELEGRAM_ANCHOR, 0),
                                   (_COUNTED_RE, _COUNTED_ANCHOR, 0)):
        for m in anchored_finditer(pattern, text, anchor, reach):
            if name_ok(m.group(1)):
                spans.append(m.span(1))
    for m in read_back_finditer(_PAIR_RE, text):
        if name_ok(m.group(1)) and name_ok(m.group(2)):
            spans += [m.span(1), m.span(2)]
    rows: list[tuple[int, int]] = []
    for head in _COMMANDERS_HEAD_RE.finditer(text):
        pos = head.end()
        closed = _block_closed(text, pos)
        for _ in range(24):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end].strip()
            if not line and closed and line_end < len(text):
                pos = line_end + 1      # a blank line between the sides of a block a field closes (auditzh34)
                continue
            if not line or line.startswith(_BLOCK_END):
                break
            line = _NOTE_RE.sub("", line)   # 孙蔚如(前13次), 寺内寿一(华北方面军司令官): the row's note
            lead = len(text[pos:line_end]) - len(text[pos:line_end].lstrip())
            # a country glued before the name (苏联格里戈里·特霍尔) is left to the place finders
            cut = next((k for k in (2, 3, 4) if line[:k] in place_lexicon() and len(line) - k >= 2), 0)
            row = _ROW_RE.fullmatch(line[cut:])
            if (row and row.group(1) not in place_lexicon() and not is_common_word(row.group(1), 50)
                    and not row.group(1).endswith(_POST_ENDS) and row.group(1) not in _known_persons()):
                rows.append((pos + lead + cut, pos + lead + cut + len(row.group(1))))
            pos = line_end + 1
    given_names = set()
    for m in anchored_finditer(_PRINCE_RE, text, _PRINCE_ANCHOR, 3):
        start = m.start(1)
        while (text[start] in "由在于被与和及的是为将率令" or start and is_common_word(text[start - 1:start + 1], 100)) \
                and start < m.end(1) - 2:
            start += 1                                  # 由闲院宫载仁亲王, 总长|闲院宫: the house starts after the particle or word
        if text[start] not in "皇王行离故东西后":
            spans.append((start, m.end(2)))
            given_names.add(m.group(2))
    out = [Candidate(s, e, "PERSON", "rule:person-qing-context", 41) for s, e in spans]
    out += [Candidate(s, e, "PERSON", "rule:person-infobox-commander", 50) for s, e in rows]
    spans += rows
    # a name found so is a name everywhere in the text; an art name after 号 is one too
    for name in {text[s:e] for s, e in spans if e - s >= 3} | given_names:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-qing-repeated", 34))
            if text[w.end():w.end() + 1] == "军" and text[w.end() + 1:w.end() + 2] not in _NOT_AFTER_FORCE:
                out.append(Candidate(w.start(), w.end() + 1, "MIL_UNIT", "rule:unit-leader-force", 45,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
            art = text[w.end():w.end() + 3]
            if art[:1] == "号" and len(art) == 3 and all("\u4e00" <= ch <= "\u9fff" for ch in art[1:]) \
                    and not is_common_word(art[1:], 50):
                out.append(Candidate(w.end() + 1, w.end() + 3, "PERSON", "rule:person-art-name", 41))
    return out
