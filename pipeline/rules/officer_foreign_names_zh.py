"""Officers after late-Qing and modern posts, and foreign persons jieba knows, in Chinese working text.

- `post_persons`: the officers after a late-Qing post (副都统X、Y等率, 总兵X、Y各领, 翼长X; the name ends before the
  verbs of stationing 屯/驻: 提督X屯永城, auditzh18) — Manchu and Mongol names of up to five characters —, a name
  between a modern post and a verb of leading or speaking (排长X率领, 据X回忆), a Russian name in transliteration (…维奇,
  …斯基, …夫), and the
  commanders between a designation and 部 (第八师X部, 第七师X、Y部); each name then everywhere in the text.
- `foreign_persons`: foreign names jieba's dictionary tags as persons, where the words around them say a
  person acts (X率领, 总统X, 会见X), then everywhere in the text.
- `name_ok` (also read by edict_names_zh and infobox_commanders_zh): the test a name after a Qing post passes.

Provenance: first seen on real-dev9-zh (session 7, helper zh9: coastal, border and late-Qing war narratives; was
written_zh9_persons, renamed in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import everywhere, is_common_word, known_places, plain_word as _plain, verb_headed, word_info
from pipeline.segment import dictionary_table
from pipeline.spans import Candidate
from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_ZH_DIGIT = "一二三四五六七八九十"

# (not 守备, 游击, 统领, 将军: also verbs or the end of 中将军长; not 总兵力)
_QING_POSTS = ("副都统|都统|总兵(?![力员额数])|提督|翼长|巡抚|总督|参将|副将|都司|协领|佐领|帮办|领队大臣|"
               "钦差大臣|参赞大臣|办事大臣|亲王|郡王|贝勒")
_QING_POST_RE = re.compile(f"(?:{_QING_POSTS})")
_POST_OFFICE = set("府署衙部门标营兵军印")
_AFTER_NAME = "、|，|,|。|；|;|：|:|！|？|等|率|领|部|为|之|所|奏|和|与|及|也|各|亲|在|于|的|被|已|即|乃|遂|带|统|骑|屯|驻|帮办|督办"
_QING_NAME_RE = re.compile(f"([{_CJK}]{{2,5}}?)(?={_AFTER_NAME})")
_NEXT_NAME_RE = re.compile(f"、([{_CJK}]{{2,5}}?)(?={_AFTER_NAME})")
NAME_NOT = set("的了是在和与及等为以各该我敌其此这每军师旅团营连部队省市县区镇村路线年月日人兵马步左右中前后")   # 那: 乌尔图那逊
# a modern post before a name and a verb of leading or speaking (站长X带领, 排长X率领)
_MODERN_POSTS = ("站长|排长|连长|班长|指导员|营长|教导员|团长|政委|政治委员|司令员|参谋长|师长|军长|旅长|队长|"
                 "国务卿|外交部长|国防部长|总理|总统|首相")
_MODERN_POST_RE = re.compile(f"(?:{_MODERN_POSTS})([{_CJK}]{{2,3}}?)(?=带领|率领|率部|率|指挥|亲自|立即|当即|说|等人|回忆)")
# every post holds one of these characters at most three characters after its start (外交部长, 政治委员)
_MODERN_POST_ANCHOR = re.compile("[长员委卿理统相]")
_RECALLS_RE = re.compile(f"据([{_CJK}]{{2,3}})(?:回忆|说|称|介绍)")
# a Russian or Slavic name in transliteration (斯特列利尼科夫, 拉伯维奇): transliteration characters only
_SLAVIC_END_RE = re.compile("维奇|斯基|茨基|夫(?!人)")
# (auditzh6) Ukrainian -енко written 琴科/连科/申科/先科 (康特拉琴科, 格里戈连科, 季莫申科) and Russian -кин
# written 特金/帕金 (库罗帕特金): endings found with str.find, read like the ones above
_SLAVIC_TWO_ENDS = ("琴科", "连科", "申科", "特金", "帕金")
# characters of Russian names in the usual transliteration that the shared transliteration list lacks
# (华西列夫斯基, 崔可夫, 柴可夫斯基)
_SLAVIC_CHARS = frozenset("列可柴"
                           # (auditzh6) syllables of the Xinhua Russian-Chinese table the shared list lacks:
                           # 文 (вен/вин: 罗杰斯特文斯基), 东 (тон/дон: 安东诺夫), 连 (лен: 格里戈连科),
                           # 叶 (е), 廖 柳 (лё/лю), 缅 (мен), 秋 (чу), 霍 (хо), 涅 ч 恰 楚 焦
                           "文东连叶廖柳缅秋霍恰楚焦")
# between a designation and 部 a name may hold 以/之 (何以祥, 李之龙): a lighter check than _NAME_NOT
_PART_NAME_NOT = set("的了是在和与及等为各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人所一二三四五六七八九十两")
# scanned from the echelon word (a literal), the number before it checked on each match
_UNIT_PART_RE = re.compile(f"(?:纵队|师|旅|团|军)([{_CJK}]{{2,3}}?)(?:、([{_CJK}]{{2,3}}?))?部(?![队署长分下])")
_NUMBER_BEFORE_RE = re.compile(f"[0-9{_ZH_DIGIT}]$")


# the words of a Qing appointment after a post (以副将补用, 以提督记名简放, 以道员候补, 署理, 实授, 交军机处): not a name
_PROCEDURE_STARTS = ("补", "候补", "记名", "简放", "署", "实授", "交", "衔", "尽先", "借补")


def _province(name: str) -> bool:
    """总督直隶、山东、河南军务, 巡抚湖南: a province or country after the post is its jurisdiction, no name (auditzh47)."""
    from pipeline.normalize.places import place_lexicon
    entry = place_lexicon().get(name)
    return entry is not None and entry.kind in ("province", "country")


_RECORD_DEATHS = ("战殁", "阵殁", "战死", "阵亡", "殉难", "遇害", "被戕", "被害", "殉节", "殉城")
# an official grade after a post (提督从一品, 知县正七品, 九品): the post's rank, never a name (session 24, s24zhqing)
_GRADE_RE = re.compile("[正从]?[一二三四五六七八九]品")


def name_ok(name: str) -> bool:
    if any(ch in NAME_NOT for ch in name) or _plain(name, 200) or name.startswith(_PROCEDURE_STARTS) or _province(name):
        return False
    if _GRADE_RE.match(name):
        return False
    info = word_info().get(name)
    return not (info and info[0] >= 20 and info[1][:1] in ("v", "d"))   # 亲王报到: a verb after the title


def _without_verb(name: str) -> str:
    """钦差大臣裕谦自尽: a verb or adverb word of two characters after a name runs into it (zh11)."""
    info = word_info().get(name[-2:]) if len(name) >= 4 else None
    if len(name) >= 4 and name.endswith(_RECORD_DEATHS):
        return name[:-2]    # 总兵某某战殁: the records' words of a death in action, rare in the dictionary (session 24, s24zhqing)
    return name[:-2] if info and info[0] >= 100 and info[1][:1] in ("v", "d") else name


# verbs of ordering and joining a post's holder writes before the name of the one he orders or joins
_ORDER_FIRST = set("命令派饬檄札委会")


def _after_order(name: str) -> str:
    """巡抚命X率部, 亲王会同办理: a verb of ordering before a surname leaves the name after it (命|X); a verb word
    of joining or acting (会同, 会筹) is no name (session 21, r21names). Otherwise the name as read."""
    from pipeline.rules.names_common import surnames

    if name[0] not in _ORDER_FIRST or name[:2] in surnames()[1]:
        return name     # (令狐某: a compound surname)
    if len(name) >= 3 and name[1] in surnames()[0] and not word_info().get(name[:2]):
        return name[1:]
    return ""


def _titled_prince(title: str) -> bool:
    """醇亲王, 恭亲王: a prince the person lexicon knows by his title (its name after it is read by other rules)."""
    from pipeline.rules.names_common import person_forms
    return title in person_forms()


def post_persons(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import translit_chars, surnames
    from pipeline.rules.person_name_ends import kin_qin_at

    out = []
    qing: set[str] = set()
    for m in rare_finditer(_QING_POST_RE, text):
        if m.group() == "亲王" and m.start() and kin_qin_at(text, m.start()):
            continue                               # 父亲|王某, 母亲|王氏: a kinship word before the surname 王 (session 26)
        if m.group() in ("亲王", "郡王") and m.start() and _titled_prince(text[m.start() - 1:m.end()]):
            continue                               # 醇亲王特地选带, 醇亲王出京: the prince by his title, no name after it (prezh7)
        name = _QING_NAME_RE.match(text, m.end())
        if name is None or not name_ok(name.group(1)) or name.group(1)[0] in _POST_OFFICE:
            continue                               # 总督府所在: the post's office, not a name
        found = _after_order(name.group(1))
        if found:
            qing.add(_without_verb(found))
        nxt = _NEXT_NAME_RE.match(text, name.end(1))
        while nxt is not None and name_ok(nxt.group(1)) and not _QING_POST_RE.match(text, nxt.start(1)):
            qing.add(nxt.group(1))
            nxt = _NEXT_NAME_RE.match(text, nxt.end(1))
    out += everywhere(text, qing, "rule:person-qing-post", 34)
    single, double = surnames()
    modern: set[str] = set()
    for pattern in (_MODERN_POST_RE, _RECALLS_RE):
        for m in (anchored_finditer(pattern, text, _MODERN_POST_ANCHOR, 3) if pattern is _MODERN_POST_RE
                  else pattern.finditer(text)):
            name = m.group(1)
            if (name[0] in single or name[:2] in double) and name_ok(name) and len(name) == 3 \
                    and not _plain(name[:2], 300) and name[-1] not in "地得":
                modern.add(name)
    out += everywhere(text, modern, "rule:person-post-verb", 31)
    translit = translit_chars() | _SLAVIC_CHARS
    places = known_places()
    ends = [(m.start(), m.end()) for m in rare_finditer(_SLAVIC_END_RE, text)] \
        if "夫" in text or "维奇" in text or "斯基" in text else []
    for two in _SLAVIC_TWO_ENDS if "科" in text or "金" in text else ():
        at = text.find(two)
        while at != -1:
            if text[at + 2:at + 3] not in ("属", "币", "额", "钱", "学", "技", "室", "长"):
                ends.append((at + 1, at + 2))
            at = text.find(two, at + 2)
    for m_start, m_end in ends:
        start = m_start
        while start > max(0, m_start - 6) and text[start - 1] in translit:
            start -= 1
        name = text[start:m_end]
        if start and text[start - 1] in "在于到抵往赴回":
            continue                               # 返回特拉维夫, 在杜塞尔多夫: a city after a word of place
        if any(text[start:m_end + k] in places for k in range(1, 7)):
            continue                               # 哈巴罗夫斯克, 斯塔诺夫山脉: the start of a longer place name
        if m_start - start >= 2 and all(ch in translit for ch in name) and not is_common_word(name, 50) \
                and name not in places and not any(name[k:] in places for k in range(1, len(name) - 1)):
            out.append(Candidate(start, m_end, "PERSON", "rule:person-slavic", 31))
    for m in literal_finditer(_UNIT_PART_RE, text):
        if not _NUMBER_BEFORE_RE.search(text, max(0, m.start() - 5), m.start()):
            continue
        names = [g for g in (m.group(1), m.group(2)) if g]
        if all(not any(ch in _PART_NAME_NOT for ch in n) and not _plain(n, 200) and not verb_headed(n)
               and (n[0] in single or n[:2] in double) for n in names):
            for k, n in enumerate(names, 1):
                out.append(Candidate(m.start(k), m.end(k), "PERSON", "rule:person-unit-part", 31))
    return out


# nr/nrt of 3-5 characters, all transliteration characters (not three opened by a Chinese surname: those are
# person_dictionary's), no known place; taken where the words around it say a person acts (X的生日, X对他,
# X率领, 总统X, 会见X) and then everywhere in the text
_FOREIGN_AFTER_RE = re.compile("表示|认为|下令|率领|率部|指出|宣布|的生日|本人|亲自|对他")   # not X总统: 科威特首相
_FOREIGN_BEFORE_RE = re.compile("总理|总统|首相|国王|元帅|将军|国务卿|会见了|接见了|会见|接见|给|派"
                                "|参谋长|司令官|司令|指挥官|上将|中将|少将|准将|上校|中校|少校|大使|部长|外长|外相")   # ranks, posts


@lru_cache(maxsize=1)
def _foreign_names() -> frozenset[str]:
    return dictionary_table("foreignnames", _built_foreign_names)   # kept between runs (session 34, w34speed)


def _built_foreign_names() -> frozenset[str]:
    from pipeline.rules.names_common import translit_chars, surnames

    translit, places = translit_chars(), known_places()
    single = surnames()[0]
    return frozenset(w for w, (freq, pos) in word_info().items()
                     if pos in ("nr", "nrt") and 3 <= len(w) <= 5 and freq >= 10 and w not in places
                     and all(ch in translit for ch in w) and not (len(w) == 3 and w[0] in single))


def foreign_persons(text: str) -> list[Candidate]:
    names = _foreign_names()
    found: set[str] = set()
    from pipeline.rules.names_common import translit_chars

    translit = translit_chars()
    for m in _FOREIGN_AFTER_RE.finditer(text):
        for size in (5, 4, 3):
            if m.start() >= size and text[m.start() - size:m.start()] in names:
                before = text[m.start() - size - 1:m.start() - size]
                if before != "·" and before not in translit:    # 拉基|诺维奇率领: the name starts earlier
                    found.add(text[m.start() - size:m.start()])
                break
    for m in _FOREIGN_BEFORE_RE.finditer(text):
        for size in (5, 4, 3):
            if text[m.end():m.end() + size] in names:
                nxt = text[m.end() + size:m.end() + size + 1]
                if nxt != "·" and nxt not in translit:     # 国务卿克里斯|托弗: the name goes on
                    found.add(text[m.end():m.end() + size])
                break
    out = []
    for name in found:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if text[pos - 1:pos] != "·" and text[end:end + 1] != "·":    # 杰奎琳·肯尼迪: part of a longer name
                out.append(Candidate(pos, end, "PERSON", "rule:person-foreign-known", 36))
            pos = text.find(name, end)
    return out
