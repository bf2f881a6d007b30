"""Chinese PERSON names no list holds, read from the frame around them (session 16 label audit, auditzh43).

A label-focused audit of PERSON on 37 passages from 27 sites (memoirs, local histories, biographies, forum
articles, Taiping and Sino-French war pages, Korean war features) found recall ~0.80, the misses being
names of ordinary people no lexicon lists, in frames that say plainly that a person is named.
`find_person_frames(text)` (working text, Simplified) proposes PERSON for:

- a name after an age (N岁的某某某) before an adverb, a verb or a preposition (很, 也, 就, 还, 仍, 是, 被, 在,
  从, 对, 把, 向 …): the age frame of unit_history_forms_zh only closes on 老人/同志/说 and punctuation;
- a veteran named right before 老人/老兵/老战士/老红军/老八路/老英雄 (见到了某某某老人, 整理某某某老兵的材料,
  一位某某老人): the three characters before the word, else the two, where they make a name;
- a name opening a clause before a verb of duty (分工：甲负责…，乙负责…; 乙担任…);
- a name heading a biography at the start of a line or sentence, before a comma or a space and a birthplace ending
  in 人 (某某某，某县某村人, 某某某 某省某市人): the Chinese twin of biography_forms_zh's Japanese heads;
- a Japanese full name: a Japanese surname of two characters (surnames_jp*.txt) with a given name of two
  characters ending in a given-name ending (郎 雄 夫 男 吉 助 介 彦 藏 造 治 卫 之 也 哉 树 次) or of three ending in
  郎 (荣次郎, 理一郎), before punctuation, a rank or a verb: 击毙某某重郎、某某荣次郎;
- every item of a list of other names after 化名/别名/又名/曾用名/笔名 (化名甲、乙、丙): the rule of
  unit_history_forms_zh takes only the first item;
- a name after a post ending in 员 or after 领袖/首领 before punctuation, 说, 被 or 等 (步话机员某某某。, 天地会领袖
  某某某被俘): role_names lists the common posts only; the suffix head 员 says it is a post (动员/复员 excluded);
- a force named by its leader before its strength (顽匪某某某部四十余人), and a son or brother named after his place
  among siblings (老大某某某，老二某某某; 长子某某某。; 二哥某某某比他…), which otherwise read as a count (二周);
- a Japanese surname alone after 军官/顾问/特务/间谍/浪人/领事 (大佐军官某某到山寨) and its later mentions at a clause start;
- a surname with the honorific 老 (武老说, 武老对我们说, 夏老这辈子; not 老人/老家/老师 …) where the same text names a person of that surname in full
  (a lexicon name or one of the frames above); kin titles (朱大爷) stay untagged as before.

Each name is a surname (surnames_cn.txt; compound surnames too) with one or two given characters, no stop
character, and not an ordinary word. Priority 33, above the gazetteer and the plain person rules.
Cost: str.find on the few anchors (岁的, 老人 …, 化名 …, line starts), one regex per anchor.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import (is_common_word, japanese_surnames, known_places, person_lexicon_matches, surnames,
                                         word_info)
from pipeline.rules.scan import anchored_finditer, clause_start_finditer, literal_finditer, rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:person-frame"
PRIORITY = 33
_STOP = set("的了是在和与及等于被把对向从由令率所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
            "为以将兼任同因获遭受奉亲仍还再军师旅营队团司部官兵人省市县区乡一二三四五六七八九十"
            "老很说他她我你位年月日时岁")
_NOT_FIRST = set("位名个这那该此每各本其某一两几")
PLACE_ENDS = set("县市区乡镇村庄屯寨山岭河江湖州城堡关口沟坡洼坝岗店集铺")


def _name_ok(name: str, single, compound) -> bool:
    if name[0] in _NOT_FIRST or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False                      # 一位白发老人: a measure word or a demonstrative, no surname
    if len(name) == 2 and name in word_info():
        return False                      # 白发, 花甲, 奉派: a two-character word of the dictionary (jieba tags some nr)
    if compound and name[:2] in compound and len(name) >= 3:
        given = name[2:]
    elif name[0] in single:
        given = name[1:]
    else:
        return False
    if not 1 <= len(given) <= 2 or any(ch in _STOP for ch in given):
        return False
    if name[-1] in PLACE_ENDS or name in known_places():
        return False
    return not is_common_word(name, 50) and not (len(given) == 2 and is_common_word(given, 2000))


_AGE_RE = re.compile("(?<=[岁歲]的)([\u4e00-\u9fff]{2,3}?)(?=[很也就还却便又已正仍在是被从曾和对把向已都])")
_ELDER_RE = re.compile("老人|老兵|老战士|老红军|老八路|老英雄")
_BIO_RE = re.compile("(?:^|(?<=[。！？\n]))[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000，,]+"
                     "([\u4e00-\u9fff（）()]{2,16}?)人(?=[，,。；;])", re.M)
_BIO_PLACE_RE = re.compile("[省县市区乡镇村庄屯]|^(?:" + "|".join(
    "河北 山东 山西 河南 湖北 湖南 江苏 浙江 安徽 江西 福建 广东 广西 云南 贵州 四川 陕西 甘肃 宁夏 青海 新疆 辽宁 吉林 "
    "黑龙江 台湾 内蒙古".split()) + ")")
_JP_ENDS = "郎雄夫男吉助介彦藏造治卫之也哉树次"
_JP_AFTER = re.compile("[，,。、；;：:（()）”」\\s]|$|被|率|等|与|和|在|为|任|指挥|下令|大将|中将|少将|大佐|中佐|少佐|大尉|中尉|"
                       "少尉|军曹|曹长|的|所|是|于|乃|则|即|遂|曾|已|及|死|战死|阵亡|自杀|\\d|[二三四五六七八九十两][人名]")
_JP_NAME_RE = re.compile(f"[\u4e00-\u9fff]{{2}}(?:[\u4e00-\u9fff]{{2}}郎|[\u4e00-\u9fff][{_JP_ENDS}])")
_JP_END_RE = re.compile(f"[{_JP_ENDS}]")
_LANG_RE = re.compile("郎")
_ROLE_RE = re.compile("(?:[\u4e00-\u9fff]员|领袖|首领|头领|魁首)([\u4e00-\u9fff]{2,3}?)(?=[。，,、；;：:（(]|说|被|等|一人|同志|$)")
_FORCE_COUNT_RE = re.compile("(?:(?<=[匪顽敌伪率])|(?<=[了的，,。、；;：:\n]))([\u4e00-\u9fff]{2,3}?)部"
                             "(?=[0-9一二三四五六七八九十百千数两][0-9一二三四五六七八九十百千]{0,4}余?[人名])")
_SIBLING_RE = re.compile("(?<=老[大二三四五六七八九]|[长次三四五]子|[长次三]女|[大二三四五][哥姐弟妹])([\u4e00-\u9fff]{2,3}?)"
                         "(?=[，,。；;、]|比|是|在|也|和|与|跟|同|都|早|已|曾|便|就)")
# a clause opened by a name and a verb of duty (分工：甲负责…，乙负责…)
_DUTY_RE = re.compile("(?:^|(?<=[，,：:；;。、\n]))([\u4e00-\u9fff]{2,3}?)(?=负责(?!人)|担任|兼任|主持|分管)", re.M)
# the character every match of a frame holds within reach of its start (scan.anchored_finditer: only the starts
# before one are tried, not every Han character): 部 after the name, the duty verb after it, the role word's last
_ROLE_ANCHOR = re.compile("[员袖领首]")
_ANCHORS = {_FORCE_COUNT_RE: (re.compile("部"), 3), _DUTY_RE: (re.compile("[负担兼主分]"), 3)}
_JP_POST_RE = re.compile("(?:军官|顾问|特务|间谍|浪人|领事)([\u4e00-\u9fff]{2})(?=[到去来回向在，,。、被])")
_JP_LIST_BEFORE = re.compile("(?:^|(?<=[^\u4e00-\u9fff]|[毙伤俘]))([\u4e00-\u9fff]{4,5})、$")
_JP_LIST_AFTER = re.compile("、([\u4e00-\u9fff]{4,5})(?=[，,。、；;：:（()）]|等)")
_ALIAS_RE = re.compile("(?:化名|别名|又名|曾用名|笔名)(?:为|叫)?((?:[\u4e00-\u9fff]{2,3}、){1,8}[\u4e00-\u9fff]{2,3})"
                       "(?=[，,。；;）)]|$)")
# 老 with the next character not making a word of it (老人, 老家, 老师 …)
_HONORIFIC_RE = re.compile("([\u4e00-\u9fff])老(?=[^人兵家师乡婆板百大小虎鼠头将红战表子爷太总汉伴友么实样少年练乡式化区街庄城爹妈娘伯哥弟姐妹祖一二三四五六七八九十])")


def find_person_frames(text: str) -> list[Candidate]:
    single, compound = surnames()
    out: list[Candidate] = []
    if "岁的" in text or "歲的" in text:
        for m in _AGE_RE.finditer(text):
            if _name_ok(m.group(1), single, compound):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    if "老" in text:
        for m in _ELDER_RE.finditer(text):
            # the three characters before the word, else the two (一位王五老人, 整理某某某老兵的材料)
            at = m.start()
            for start in (at - 3, at - 2):
                if start == at - 2 and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in "位名了的是到见访":
                    continue                      # 上自花甲老人: two characters only after a measure word or a verb
                if start >= 0 and _name_ok(text[start:at], single, compound):
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                    break
    if "人" in text:
        for m in clause_start_finditer(_BIO_RE, text, "。！？\n"):   # where every match of _BIO_RE starts
            place = m.group(2)
            if _name_ok(m.group(1), single, compound) and _BIO_PLACE_RE.search(place) or (
                    _name_ok(m.group(1), single, compound) and place[:2] in known_places()):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    for m in anchored_finditer(_ROLE_RE, text, _ROLE_ANCHOR, 1):
        if _name_ok(m.group(1), single, compound) and m.group(0)[:-len(m.group(1))] not in ("动员", "复员", "减员", "满员"):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    for regex, priority in ((_FORCE_COUNT_RE, PRIORITY), (_SIBLING_RE, 41), (_DUTY_RE, PRIORITY)):  # 41: above a count (老二周某 ≠ 二周)
        anchor = _ANCHORS.get(regex)
        for m in regex.finditer(text) if anchor is None else anchored_finditer(regex, text, *anchor):
            if regex is _FORCE_COUNT_RE and is_common_word(m.group(1)[-1] + "部", 50):
                continue                  # 县、区干部二十余人: the name's last character and 部 make a word (干部, 全部)
            if _name_ok(m.group(1), single, compound):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, priority))
    out += _japanese_names(text)
    out += _japanese_surnames(text)
    out += _aliases(text)
    out += _honorifics(text, out)
    return out


def _japanese_names(text: str) -> list[Candidate]:
    out = []
    if not any(ch in text for ch in _JP_ENDS):
        return out
    jp = None
    # a match ends on one of _JP_ENDS (4 characters) or on 郎 (5): only the starts before such a character are tried
    starts = sorted({m.start() - 3 for m in _JP_END_RE.finditer(text, 3)}
                    | {m.start() - 4 for m in _LANG_RE.finditer(text, 4)})
    for at in starts:
        if at >= len(text) - 3:
            break
        m = _JP_NAME_RE.match(text, at)
        if not m:
            continue
        jp = jp or japanese_surnames()
        if text[at:at + 2] not in jp or not _JP_AFTER.match(text, m.end()):
            continue
        if at and "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in "毙伤俘击将佐尉长官由令派任及与和、，,":
            continue
        if any(ch in "的了是在和与等军师团队部" for ch in m.group(0)[2:]):
            continue
        out.append(Candidate(at, m.end(), "PERSON", SOURCE, PRIORITY))
    # a Japanese-surnamed item of four or five characters right before or after one of them in a 、-list
    found = {(c.start, c.end) for c in out}
    for start, end in sorted(found):
        for m in (_JP_LIST_BEFORE.search(text, max(0, start - 6), start), _JP_LIST_AFTER.match(text, end)):
            if m and text[m.start(1):m.start(1) + 2] in jp and (m.start(1), m.end(1)) not in found:
                if not any(ch in "的了是在和与等军师团队部" for ch in m.group(1)[2:]):
                    out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


def _japanese_surnames(text: str) -> list[Candidate]:
    """A Japanese surname alone after 军官/顾问/特务 … (大佐军官某某到山寨), and its later mentions at a clause start."""
    out = []
    for m in _JP_POST_RE.finditer(text):
        name = m.group(1)
        if name not in japanese_surnames() or name in known_places():
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
        at = text.find(name, m.end(1))
        while at != -1:
            before = text[at - 1] if at else "。"
            after = text[at + 2:at + 3]
            if (before in "。，,；;：:“\n " and after and after not in PLACE_ENDS and after not in "军部"):
                out.append(Candidate(at, at + 2, "PERSON", SOURCE, PRIORITY))
            at = text.find(name, at + 2)
    return out


def _aliases(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_ALIAS_RE, text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            # 又名某某、字某某: 字/号 mark the courtesy or art name that follows, no part of it (prezh6)
            lead = 1 if len(item) == 3 and item[0] in "字号" else 0
            if not any(ch in "的了是在和等" for ch in item):
                out.append(Candidate(pos + lead, pos + len(item), "PERSON", SOURCE, PRIORITY))
            pos += len(item) + 1
    return out


def _honorifics(text: str, found: list[Candidate]) -> list[Candidate]:
    out = []
    if "老" not in text:
        return out
    full = {text[c.start] for c in found if c.end - c.start >= 3}
    full |= {m.group(0)[0] for m in person_lexicon_matches(text) if len(m.group(0)) >= 3}
    single, _ = surnames()
    for m in literal_finditer(_HONORIFIC_RE, text):
        ch = m.group(1)
        if ch in full and ch in single and (
                m.start() == 0 or not "\u4e00" <= text[m.start() - 1] <= "\u9fff" or text[m.start() - 1] in "。，,、：:了"):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out
