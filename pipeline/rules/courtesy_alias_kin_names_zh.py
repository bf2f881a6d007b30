"""Chinese PERSON names no title or post frames (session 21 label audit, s21zhper): biographies, genealogies,
annals and wiki infoboxes, in both scripts (the finders see the Simplified working text).

- A courtesy name and an art name after a comma (`某某，湖南人，字某某，号某某。`, `…，字某某，晚号某某某，`): the
  pair 字 + two characters, a comma, 号 (or 晚号 / 别号 / 自号) + two or three characters. ranked_courtesy_band_names_zh reads
  the pair at a clause start; biographies as often write it after the native place or degree, behind a comma.
  Both names hold no function character and are no ordinary word (ranked_courtesy_band_names_zh.name_ok, and no jieba word
  at all), nor does 字 or 号 make a word with the name's first character (号称, 字典).
- Other names of a person after 又作 / 又名 / 原名 / 本名 / 别名 / 一作 / 亦作 / 又称, one or several joined by 、
  (`某某，又名甲乙、甲丙，…`): each item a Chinese name (known surname + one or two characters, as the name readers
  end it), closed by a list or clause mark or a bracket, no ordinary word, no known place, no village/landform
  ending. person_frames_zh reads lists of two or more after 化名/别名/又名; this reads one name too, and 又作 / 原名 /
  本名 / 一作.
- An ancestor or kinsman named by his kinship noun (`其五世祖某某在…`, `曾祖父某某官至…`, `叔父某某`): the nouns
  of a genealogy (N世祖, 高祖父, 曾祖父, 祖父, 外祖父, 叔父, 伯父, 胞兄, 胞弟, 兄长, 长兄, 堂兄 …) + a Chinese name
  closed by punctuation or one of the verbs a genealogy goes on with (在, 官, 任, 为, 是, 曾, 生, 早 …).
- Emperors named by their reign era + 帝 where the context makes them persons: two or more `某某帝` joined by
  、 (`先后拥立甲乙帝、丙丁帝`), or one after a verb of enthroning, deposing or holding (拥立, 迎立, 废黜, 弑杀, 挟 …)
  or before 临终 / 即位 / 驾崩 / 登基. The era is PERSON without 帝 (docs/annotation-guidelines.md, Ming and Qing
  wars: `万历|帝`). The two characters are no ordinary word, no known place, not a dynasty + temple-name form
  (汉武帝, 唐太宗 are read elsewhere) and not 皇帝/上帝-like nouns.
- A Japanese full name without rank or post (`由甲田乙丙统一…`, `某国的甲田乙丙等人`): a two-character family
  name of surnames_jp*.txt + two given characters, the given characters none of the name readers' stop characters (but 长, 兵), no rank or post
  (山田少佐 stays with the rank readers) and no ordinary word, the character after the name punctuation, a
  function character or the start of a verb (jieba), and the character before it making no word with the
  family name nor closing a three-character family name (小笠原: no 笠原 + given). (The working text already joins a line break between two CJK characters, so a hard-wrapped name
  is read whole.)

Also (pipeline/rules/discourse_repeats.py): a two-character PERSON is not repeated where a year of a reign follows
it (光绪二十年, 同治元年: the era, a date).

PERSON at priority 32 (a name framed by its field, kin noun or list, as ranked_courtesy_band_names_zh).
Cost: `in` gates on 字+号, the alias words, the kin characters and 帝; the Japanese reader runs one
character-class look-ahead over the text (a family name's first and second characters), the rest per hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, verb_word
from pipeline.rules.person_name_ends import PUNCT, STOP_CHARS, chinese_name_end
from pipeline.rules.ranked_courtesy_band_names_zh import PLACE_ENDS, RANKS, name_ok
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-courtesy-alias", 32
_CJK = "\u4e00-\u9fff"
_CLOSE = set("，,。；;：:、）)】」”\n ")

# 1. 字 + 号 after a comma
_PAIR_RE = re.compile(rf"(?<=[，,])[ ]?(?:表字|字)([{_CJK}]{{2}})[，,][ ]?(?:晚|别|自)?[号號]([{_CJK}]{{2,3}}?)"
                      rf"(?=[，,。；;、）)】\s]|$)")


def _courtesy_pairs(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for match in literal_finditer(_PAIR_RE, text):
        first, second = match.group(1), match.group(2)
        if name_ok(first) and name_ok(second) and not is_common_word(first, 5) and not is_common_word(second, 5) \
                and not is_common_word("字" + first[0], 5) and not is_common_word("号" + second[0], 5):
            out += [Candidate(match.start(g), match.end(g), "PERSON", SOURCE, PRIORITY) for g in (1, 2)]
    return out


# 2. aliases after 又名 …
_ALIAS_WORDS = ("又作", "又名", "原名", "本名", "别名", "一作", "亦作", "又称")
_ALIAS_END = set("，,。；;、（(）) ")


# verbs that are also given-name characters (说 is 説 of Traditional names): in an alias list, before a list or
# clause mark, they end the name and stop nothing (又作甲说、乙说: session 21, r21names)
_VERB_GIVEN = set("说望达发进")


def _verb_ended(text: str, pos: int) -> int:
    """End of surname + one or two characters whose last is a _VERB_GIVEN character before a mark of _ALIAS_END."""
    from pipeline.rules.names_common import surnames

    if text[pos:pos + 1] not in surnames()[0]:
        return -1
    for size in (2, 3):
        end = pos + size
        if text[end - 1:end] in _VERB_GIVEN and text[end:end + 1] in _ALIAS_END \
                and all("\u4e00" <= ch <= "\u9fff" and ch not in PUNCT for ch in text[pos:end]) \
                and not any(ch in STOP_CHARS for ch in text[pos + 1:end - 1]):
            return end
    return -1


def _name_item(text: str, pos: int) -> int:
    """End of a Chinese name at pos closed by a mark of _ALIAS_END (or the text's end), or -1."""
    end = chinese_name_end(text, pos)
    if end < 0 or (end < len(text) and text[end] not in _ALIAS_END):
        end = _verb_ended(text, pos)
    if end < 0 or (end < len(text) and text[end] not in _ALIAS_END):
        return -1
    name = text[pos:end]
    if is_common_word(name, 30) or name in known_places() or name[-1] in PLACE_ENDS:
        return -1
    return end


def _aliases(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for word in _ALIAS_WORDS:
        at = text.find(word)
        while at != -1:
            pos = at + 2
            while True:
                end = _name_item(text, pos)
                if end < 0:
                    break
                out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
                if text[end:end + 1] != "、":
                    break
                pos = end + 1
            at = text.find(word, at + 2)
    return out


# 3. kin nouns
_KIN_RE = re.compile("[一二三四五六七八九十]{1,2}世祖|高祖父|曾祖父|外祖父|祖父|曾祖|叔父|伯父|叔祖|胞兄|胞弟|兄长|长兄"
                     "|次兄|堂兄|堂弟|族兄|族叔")
_KIN_NEXT = set("在官任为是曾生早幼即亦也于以因与和及，,。、；;（(")


def _kin_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for match in _KIN_RE.finditer(text):
        pos = match.end()
        end = chinese_name_end(text, pos)
        if end < 0 or end >= len(text) or text[end] not in _KIN_NEXT:
            continue
        name = text[pos:end]
        if is_common_word(name, 30) or name in known_places():
            continue
        out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
    return out


# 4. reign era + 帝
_ERA_RE = re.compile(rf"([{_CJK}]{{2}})帝")
_ENTHRONE = ("拥立", "迎立", "扶立", "册立", "改立", "废黜", "废", "弑杀", "弑", "挟", "奉")
_AFTER_EMPEROR = ("临终", "即位", "驾崩", "登基", "死后", "在位")
_NOT_ERA_FIRST = set("皇上称大炎黄玉先后新少幼废末女关天白赤青帝汉唐宋元明清晋隋周秦魏梁陈齐蜀吴辽金夏的了是和与及为")


def _era_ok(era: str) -> bool:
    return era[0] not in _NOT_ERA_FIRST and era[1] not in "的了是与及为帝" and not any(ch in PUNCT for ch in era) \
        and not is_common_word(era, 30) and era not in known_places()


def _era_emperors(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for match in literal_finditer(_ERA_RE, text):
        start, end = match.span(1)
        if not _era_ok(match.group(1)):
            continue
        after = text[end + 1:end + 3]
        listed = text[end + 1:end + 2] == "、" and _ERA_RE.match(text, end + 2) is not None \
            or (start >= 2 and text[start - 1] == "、" and text[start - 2] == "帝")
        framed = any(text[max(0, start - len(v)):start] == v for v in _ENTHRONE) or after in _AFTER_EMPEROR
        if listed or framed:
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


# 5. Japanese full names
@lru_cache(maxsize=1)
def _jp_pairs() -> tuple[frozenset[str], re.Pattern]:
    fams = frozenset(name for name in japanese_surnames() if len(name) == 2)
    firsts = "".join(sorted({name[0] for name in fams}))
    seconds = "".join(sorted({name[1] for name in fams}))
    return fams, re.compile(f"(?=([{re.escape(firsts)}][{re.escape(seconds)}]))")


# ranks and posts written right after a family name (山田少佐, 山田司令) are no given name
_NOT_GIVEN = frozenset(RANKS) | frozenset(("准尉", "曹长", "军曹", "伍长", "元帅", "司令", "首相", "大臣", "总督",
                                            "部长", "队长", "参谋", "中队", "大队", "联队", "师团", "旅团", "支队"))
_JP_NEXT = set("等的所与和及在于为率曾也已便即遂乃亦之不则")
# the name readers' stop characters, less 长 and 兵, which Japanese given names write (信长, 兵卫)
_JP_GIVEN_STOPS = frozenset(STOP_CHARS) - frozenset("长兵")


def _jp_full_names(text: str) -> list[Candidate]:
    fams, pair_re = _jp_pairs()
    out: list[Candidate] = []
    places = known_places()
    for match in pair_re.finditer(text):
        start = match.start()
        fam = match.group(1)
        if fam not in fams:
            continue
        given = text[start + 2:start + 4]
        if len(given) < 2 or given in _NOT_GIVEN or any(ch in _JP_GIVEN_STOPS or not "\u4e00" <= ch <= "\u9fff" for ch in given):
            continue
        end = start + 4
        nxt = text[end:end + 1]
        if not (nxt == "" or nxt in PUNCT or nxt in _JP_NEXT or verb_word(text[end:end + 2], 300)):
            continue
        if is_common_word(given, 30) or is_common_word(given[1] + nxt, 30) or text[start:end] in places \
                or given in places:
            continue
        before = text[start - 1] if start else ""
        if before and "\u4e00" <= before <= "\u9fff" and (before + fam in japanese_surnames()
                                                            or is_common_word(before + fam[0], 30)
                                                            or is_common_word(before + fam, 30)):
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


def find_courtesy_alias_kin_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    out: list[Candidate] = []
    if "字" in text and "号" in text:
        out += _courtesy_pairs(text)
    if any(word in text for word in _ALIAS_WORDS):
        out += _aliases(text)
    if "祖" in text or "叔" in text or "伯" in text or "兄" in text or "弟" in text:
        out += _kin_names(text)
    if "帝" in text:
        out += _era_emperors(text)
    out += _jp_full_names(text)
    return out
