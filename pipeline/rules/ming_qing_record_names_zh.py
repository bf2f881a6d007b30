"""Persons of Ming and Qing records, biographies and their modern retellings, named by a temple name, a Ming
garrison post or a kinship noun (session 24 label audit of unseen 明史/清史稿 列传 pages and gazetteer
biographies, s24zhqing), in the Simplified working text.

`find_ming_qing_record_names(text)` (PERSON):

- An emperor of the Ming or the Qing named by his temple name alone (庙号; the public lists of the two dynasties'
  emperors, `_TEMPLE_NAMES`), where the name opens a clause (after a clause mark, 、/和/与/及, or at the start) and
  a verb of ruling, speaking or acting follows (`世宗命某某…`, `太祖曰`, `成祖疑…`, `圣祖第三子`): the records name
  the emperor so (the contract reads `明神宗` as PERSON; this is the same name without the dynasty). Not 高祖 (a
  genealogy's great-great-grandfather), not after a dynasty character (明神宗 is read elsewhere), not before
  年/时/朝/间 (a period).
- A name after a post of the Ming guard system (卫所): 都指挥使 / 都指挥同知 / 都指挥佥事 / 都指挥 / 指挥使 /
  指挥同知 / 指挥佥事 / 指挥 / 千户 / 百户 / 镇抚 (the Ming posts of the 卫所 system, 明史·职官志五) + a Chinese
  name as qing_post_names_zh reads one after a Qing post (known surname, no function character, no place, no
  ordinary word), closed by a verb, particle or mark, or by the verbs of the records' obituaries and risings
  (卒, 反, 叛, 死, 殁, 疏); a three-character reading whose last character is such a verb keeps two characters
  (`指挥某甲反` → `某甲`); not the modern words 指挥官/指挥部/指挥所/指挥员 nor 总指挥/副指挥; the names listed after the post with 、 are read each.
- A kinsman named after a kinship noun the genealogy finder (courtesy_alias_kin_names_zh) does not read: 父 / 母 /
  兄 / 弟 / 从兄 / 从弟 / 族父 / 长子 / 次子 / 三子 / 幼子 / 嗣子 / 从子 / 侄 (`父某某某，官…`, `次子某某、…`,
  `从兄某某，…`). After a one-character noun the name is a full name (a known surname + one or two characters, as
  the name readers end it, or a three-character name opening with a known surname, as Manchu names do), and the
  noun opens the clause (after a clause mark or 其/之/及/与/偕/率/命/并/、/幼); a three-character name with no known
  surname stands where the record goes on with the kinsman's career (`父某某某，官…`, 官/任/仕/历/由/以/为/曾/袭/充). After a two-character noun the given
  name alone may stand (the family's surname is the subject's): two characters closed by a list or clause mark.
  The name is no ordinary word, no known place, holds no stop character and does not open with a kinship
  character (子弟…, 孙后代…).

- A courtesy name after a Chinese full name and a comma (`某某某，字某某，`) wherever the name stands (after its
  native place, `某县人某某某，字…`, not only at a line's start), its second character 和 or 与 too (`字子和`, `字伯和`:
  the person readers leave names holding a conjunction): two characters closed by a clause mark, no ordinary word,
  no function character (ranked_courtesy_band_names_zh's test for the first character).

- A rebel or outlaw leader after the records' word for him (`土寇某某煽乱`, `并获贼渠某某`, `捕教匪某某`: 土寇, 贼渠,
  贼首, 贼目, 贼酋, 巨寇, 寇首, 逆首, 逆酋, 教匪, 会匪, 捻首, 捻目), the name as the person readers end it, no ordinary
  word, no known place (narrative_names_zh reads the Republican reports' 匪首X, 匪目X).

PERSON at priority 40 (framed by a post, a kin noun or a ruling verb, above the bare name readers).
Cost: str.find gates on 祖/宗, 指挥/千户/百户/镇抚 and the kin characters; the rest per hit.
"""

from __future__ import annotations

import re

from pipeline.rules.ming_qing_wars_zh import ACTS
from pipeline.rules.names_common import canonical_norm, is_common_word, is_han, known_places, surnames
from pipeline.rules.person_name_ends import STOP_CHARS, chinese_name_end
from pipeline.rules.qing_post_names_zh import AFTER_NAME, name_ok
from pipeline.rules.ranked_courtesy_band_names_zh import name_ok as _courtesy_ok
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:ming-qing-record-names", 40
_CJK = "\u4e00-\u9fff"
_CLAUSE = set("，。、；：！？（）“”「」『』《》\n,;:!?() 　…")
_BEFORE = set("和与及")

# The temple names (庙号) of the emperors of the Ming (太祖 … 思宗) and the Qing (太祖 … 德宗); 高祖 is left out (a
# genealogy's ancestor), 代宗/惠宗/毅宗 kept (the Jingtai, Jianwen and Chongzhen emperors' later temple names).
_TEMPLE_NAMES = frozenset(
    "太祖 惠宗 成祖 太宗 仁宗 宣宗 英宗 代宗 宪宗 孝宗 武宗 世宗 穆宗 神宗 光宗 熹宗 思宗 毅宗 "
    "世祖 圣祖 高宗 文宗 德宗".split())
_TEMPLE_RE = re.compile("|".join(sorted(_TEMPLE_NAMES)))
# what follows an emperor who acts, beyond the era reader's verbs: speaking, doubting, summoning, his sons
_TEMPLE_ACTS = ACTS + ("曰", "疑", "召", "赐", "嘉", "怒", "欲", "敕", "谓", "问", "崩", "第", "初", "特", "以", "知",
                        "大悦", "大喜", "览", "手诏", "亲征", "嗣位", "在位")
_NOT_AFTER_TEMPLE = ("年", "时", "朝", "间", "之世", "庙", "陵", "实录", "皇帝")

# The posts of the Ming guard system (卫所) written before a name.
_MING_POSTS_RE = re.compile("都指挥使|都指挥同知|都指挥佥事|都指挥|指挥使|指挥同知|指挥佥事|指挥|千户|百户|镇抚")
_RECORD_VERBS = set("卒反叛死殁疏")
_NOT_AFTER_POST = set("官部所员权者中下")
_AFTER_MING = AFTER_NAME | _RECORD_VERBS

# Kinship nouns the genealogy finder leaves unread.
_KIN_ONE = frozenset("父母兄弟侄")
_KIN_TWO_RE = re.compile("从兄|从弟|族父|长子|次子|三子|四子|幼子|季子|嗣子|从子")
_KIN_ONE_RE = re.compile("[父母兄弟侄]")
_KIN_BEFORE = set("其之及与偕率命并、幼")
_KIN_CHARS = set("子女孙侄父母兄弟妻妾亲姐妹叔伯舅姑")
_CLOSE = set("，,。、；;")
# the career a record goes on with after a kinsman's name (父某某某，官某地将军): Manchu names open with no Han surname
_CAREER = set("官任仕历由以为曾袭充")


def _temple_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "祖" not in text and "宗" not in text:
        return out
    for match in _TEMPLE_RE.finditer(text):
        at, end = match.span()
        prev = text[at - 1] if at else "\n"
        if not (at == 0 or prev in _CLAUSE or prev in _BEFORE or not is_han(prev)):
            continue
        if text.startswith(_NOT_AFTER_TEMPLE, end) or not text.startswith(_TEMPLE_ACTS, end):
            continue
        out.append(Candidate(at, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(text[at:end])))
    return out


def _post_name_end(text: str, pos: int) -> int:
    for size in (3, 2):
        name = text[pos:pos + size]
        if len(name) < size or not all(map(is_han, name)) or not name_ok(name):
            continue
        if size == 3 and name[-1] in _RECORD_VERBS:
            continue
        after = text[pos + size:pos + size + 1]
        if after == "" or after in _AFTER_MING or is_common_word(text[pos + size:pos + size + 2], 300):
            return pos + size
    return -1


def _ming_post_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "指挥" not in text and "千户" not in text and "百户" not in text and "镇抚" not in text:
        return out
    for match in _MING_POSTS_RE.finditer(text):
        pos = match.end()
        if match.group().startswith("指挥") and match.start() and text[match.start() - 1] in "总副":
            continue        # 总指挥, 副总指挥: the modern commander's post, not the Ming guard's
        if text[pos:pos + 1] in _NOT_AFTER_POST:
            continue        # 指挥官, 指挥部, 指挥所: the modern word, not the Ming post
        end = _post_name_end(text, pos)
        while end > 0:
            out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(text[pos:end])))
            if text[end:end + 1] != "、":
                break
            pos = end + 1
            end = _post_name_end(text, pos)      # 都指挥甲乙、丙丁: the post's list
    return out


def _kin_name_ok(name: str) -> bool:
    return (len(name) >= 2 and all(map(is_han, name)) and name[0] not in _KIN_CHARS
            and not any(ch in STOP_CHARS for ch in name) and not is_common_word(name, 30)
            and not is_common_word(name[:2], 30) and name not in known_places())


def _kin_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not any(ch in text for ch in "父母兄弟侄子"):
        return out
    single, compound = surnames()
    taken: set[int] = set()
    for match in _KIN_TWO_RE.finditer(text):
        pos = match.end()
        prev = text[match.start() - 1] if match.start() else "\n"
        if not (prev in _CLAUSE or prev in _KIN_BEFORE or not is_han(prev)):
            continue
        end = pos + 2
        if end < len(text) and text[end] in _CLOSE and _kin_name_ok(text[pos:end]):
            out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(text[pos:end])))
            taken.add(match.start())
    for match in _KIN_ONE_RE.finditer(text):
        at, pos = match.span()
        if at in taken or (at and text[at - 1] in "从族长次三四幼季嗣祖叔伯"):
            continue
        prev = text[at - 1] if at else "\n"
        if not (prev in _CLAUSE or prev in _KIN_BEFORE):
            continue
        end = chinese_name_end(text, pos)
        if end < 0 or end >= len(text) or text[end] not in _CLOSE:
            three = text[pos:pos + 3]
            if len(three) == 3 and pos + 4 < len(text) and text[pos + 3] in _CLOSE \
                    and (three[0] in single or text[pos + 4] in _CAREER):
                end = pos + 3
            else:
                continue
        if _kin_name_ok(text[pos:end]):
            out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(text[pos:end])))
    return out


_COURTESY_RE = re.compile(f"[，,]字([{_CJK}]{{2}})(?=[，,。；;])")


def _courtesy_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "字" not in text:
        return out
    for match in literal_finditer(_COURTESY_RE, text):
        comma = match.start()
        if not any(comma - size >= 0 and chinese_name_end(text, comma - size) == comma
                   and (comma - size == 0 or not chinese_name_end(text, comma - size - 1) == comma)
                   for size in (3, 2)):
            continue
        name = match.group(1)
        if _courtesy_ok(name) or (name[1] in "和与" and _courtesy_ok(name[0]) and name[0] not in "之的了是在和与及")\
                and not is_common_word(name, 50):
            out.append(Candidate(match.start(1), match.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# the records' words for a rebel or outlaw leader written right before his name (narrative_names_zh reads the 匪 words
# of the Republican county reports: 匪首X, 匪目X)
_OUTLAW_WORDS = ("土寇", "贼渠", "贼首", "贼目", "贼酋", "巨寇", "寇首", "逆首", "逆酋", "教匪", "会匪", "捻首", "捻目")


def _outlaw_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "贼" not in text and "寇" not in text and "逆" not in text and "匪" not in text and "捻" not in text:
        return out
    for word in _OUTLAW_WORDS:
        at = text.find(word)
        while at != -1:
            pos = at + len(word)
            end = chinese_name_end(text, pos)
            if end > 0 and not is_common_word(text[pos:end], 20) and text[pos:end] not in known_places():
                out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(text[pos:end])))
            at = text.find(word, pos)
    return out


def find_ming_qing_record_names(text: str) -> list[Candidate]:
    """Candidates of the forms above in `text` (working text, Simplified)."""
    return _temple_names(text) + _ming_post_names(text) + _kin_names(text) + _courtesy_names(text) + _outlaw_names(text)
