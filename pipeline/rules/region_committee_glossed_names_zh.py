"""Regional party committees, societies of a place, state bodies with their departments, education offices, and
persons glossed by their people or framed by 和/就 (PERSON/ORG; first seen missed on held-out passages of session 18
round 2).

- A party committee of a region written in full, `中共闽粤边区委员会`, `中共鄂东特委`, `中共皖南地委`, is one ORG: 中共 +
  a region of 1-8 characters (no function word, verb of motion or punctuation: 的, 和, 在, 派, 到 …) + one of the
  committee heads (边区委员会, 特别委员会, 工作委员会, 委员会, 特委, 工委, 边委, 区委, 地委, 中心县委, 县委, 市委, 省委,
  区党委). The base-area reader otherwise keeps the region (LOC `闽粤边区`) and drops the party. ORG at priority 60
  (above the base-area LOC's 56), and not when the head opens a longer body (省委党校, 特委宣传部, 工委机关: the
  organisation readers keep the longer name).
- 中共 before 和/与/及 and another body (`中共和青年团`): 共和 is a word, so the party went unread; 中共 is the party's
  ORG when the character before it is no word with 中 (a word edge or punctuation) and a body follows the conjunction.
- A society of a place written with the place, `湖北同盟会`, `浙江光复会` (the revolutionary societies of 1894-1911 whose
  branches were named by province: 同盟会, 光复会, 兴中会, 华兴会, 共进会, 日知会), is one ORG: a
  province-level or city GPE of the gazetteer right before the society. ORG at priority 40.
- A state body and its department written together, `国民政府军事委员会政治部`, `行政院秘书处`, is one ORG (the longest
  unit): the national government, its military commission, one of the five 院 or a party's centre followed by a
  department head (政治部, 参谋部,
  办公厅, 秘书处 …, the departments of the Nationalist government's commissions and ministries) and optionally an
  ordinal section (`第三厅`, `第二处`). ORG at priority 64.
- School and education offices by head: `X学务处`, `X学务公所`, `X劝学所` (the provincial and county education
  offices of 1902-1911), `X学务总会`, `X教育总会` (the provincial education societies of 1905-1912), `X公学` (the
  schools named 公学 of 1900-1949), and a national education society `中华[X]教育社` / `中华教育改进社`; the
  name is a gazetteer place, or two or three characters at a word edge or after a verb of entering or founding (考入,
  创办). ORG at priority 33 (below the lexicon, whose canonical name wins).
- A name glossed by its people in brackets, `诗人巴特尔（蒙古族，…）`, is one PERSON up to the bracket: the run of 2-8
  characters (with the transliteration dot) before `（` + one of the 55 minority nationalities recognised by the PRC
  (1979 list, the complete set, written X族) is the name, starting after a title (person_name_ends.TITLES), a word of
  the people (`蒙古族作家`) or punctuation; without such a start within 8 characters nothing is read. The gazetteer
  otherwise reads a place inside (`乌兰` of 乌兰巴特尔). PERSON at priority 40.
- 和 is a surname after a post title (`师长和德章率部`, `旅长和庆云阵亡`): title + 和 + two characters before a
  clause mark or a verb of what the man did is one PERSON (和 is no surname elsewhere: `他们和张三`). Priority 40.
- The Qing brigade generals listed by their garrison 镇 (the Green Standard 总兵 commands named X镇): `寿春镇王某标、
  南赣镇李某、…等`: in a list of two or more items joined by 、, each X镇 (2-3 characters + 镇) followed by a surname
  and one or two characters, the name after 镇 is a PERSON (priority 38); the 镇 is left to the place readers.
- A three-character name before 就 + a verb of joining or going (`后来某某某就加入了…`, `这时某某某就投奔…`): the
  action reader takes a name before an adverb only right after punctuation; after a time word (后来, 不久, 这时,
  当年: a character 来/久/时/年/后/天/月 before the name) or punctuation, surname + two given characters passing the
  action reader's name test (person_actions.name_ok, not ambiguous surnames) is a PERSON (priority 20, as there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import COMMON_SURNAMES
from pipeline.rules.person_name_ends import TITLES
from pipeline.rules.person_titled_names import TITLE_RE
from pipeline.rules.scan import literal_finditer, literal_positions
from pipeline.rules.trie import guarded_trie_regex
from pipeline.spans import Candidate

# the PRC's 55 minority nationalities (1979: the complete list), each written X族
_PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
            "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
            "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_GLOSS_RE = re.compile("[（(](?:" + "|".join(sorted(_PEOPLES, key=lambda w: (-len(w), w))) + ")族[，,、）)；;]")
_NAME_CHARS = re.compile("[\u4e00-\u9fff·•]{2,8}$")

_NUM = "一二三四五六七八九十"
_STOP = "的和与及同在派到向对于为是把被将了从跟由经令命给让使称即定立开建设领导支援助指挥"
_PARTY_HEADS = ("边区委员会", "特别委员会", "工作委员会", "区党委", "中心县委", "委员会", "特委", "工委", "边委", "区委",
                "地委", "县委", "市委", "省委")
_PARTY_RE = re.compile("中共([^" + _STOP + "\\s\\W\\d" + "]{1,8}?)(" + "|".join(_PARTY_HEADS) + ")(?![员会党宣组军机办秘统民职妇青农工社调联特])")
_PARTY_AND_RE = re.compile("(?<![\u4e00-\u9fff])中共(?=[和与及][\u4e00-\u9fff]{2})|(?<=[在与和及同])中共(?=和)")
_SOCIETIES = ("同盟会", "光复会", "兴中会", "华兴会", "共进会", "日知会")
_SOCIETY_RE = re.compile("([\u4e00-\u9fff]{2,3})(" + "|".join(_SOCIETIES) + ")")
_DEPARTMENTS = ("政治部", "参谋部", "总务厅", "办公厅", "秘书厅", "秘书处", "军令部", "军政部", "军训部", "铨叙厅",
                "侍从室", "宣传部", "组织部", "调查统计局", "后方勤务部", "政治训练处")
_BODY_RE = re.compile("(?:国民政府|军事委员会|行政院|立法院|司法院|监察院|考试院|国民党中央|中共中央)"
                      "(?:军事委员会)?(" + "|".join(_DEPARTMENTS) + ")(?:第[" + _NUM + "]{1,2}[厅处组])?")
_OFFICE_RE = re.compile("([\u4e00-\u9fff]{2})(学务公所|学务总会|教育总会|学务处|劝学所|公学)(?![生员长])")
_NATIONAL_SOCIETY_RE = re.compile("(?:中华|中国)(?:[\u4e00-\u9fff]{2})?(?:教育改进社|教育社)")
_ENTERED = frozenset("入进考在于到办建设读就")


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    return frozenset(k for k, v in place_lexicon().items() if v.label == "GPE" and 2 <= len(k) <= 3)


@lru_cache(maxsize=1)
def _he_re() -> re.Pattern:
    return re.compile("(?:" + guarded_trie_regex(TITLES) + ")(和[\u4e00-\u9fff]{2})(?=[，,。；;：:、）)\n]|" + _DEED + ")")


# words of a person's standing that open a glossed name besides the post titles (诗人某某, 烈士某某, 英雄某某)
_PERSON_WORDS = frozenset("诗人 歌手 艺人 演员 英雄 烈士 同志 先生 女士 青年 少年 老人 牧民 战士 土司 头人 活佛".split())
_NOT_GIVEN = frozenset("我你他她它们咱的了在和与及部队军师团营连县城各全两二三众士兵人")
# the last characters of places and settlements: no name ends so (三河镇王家庄, 阿拉善盟（蒙古族…）)
_PLACE_ENDS = frozenset("庄村镇寨堡屯铺店集坪峪洼圩盟旗县州市省区乡府城山河岭")
_DEED = "率|带|阵亡|牺牲|负伤|受伤|指挥|下令|命令|报告|到任|奉命|被俘|投降|出逃|战死|殉国|殉职"


_GARRISON_ITEM = "[\u4e00-\u9fff]{2,3}镇[^\\W\\d等各率部]{2,3}"
_GARRISON_LIST_RE = re.compile(_GARRISON_ITEM + "(?:、" + _GARRISON_ITEM + "){1,12}(?=[，,。；;等各率])")
_GARRISON_ITEM_RE = re.compile("([\u4e00-\u9fff]{2,3}镇)([\u4e00-\u9fff]{2,3})")


def _garrison_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import surnames
    single = surnames()[0]
    out = []
    for m in literal_finditer(_GARRISON_LIST_RE, text):
        items, at = m.group().split("、"), m.start()
        found = []
        for item in items:
            head = item.index("镇", 2)  # the garrison is 2-3 characters; the name the rest (2-3)
            name = item[head + 1:]
            if not (2 <= head <= 3 and 2 <= len(name) <= 3 and name[0] in single) or name[-1] in _PLACE_ENDS \
                    or name in place_lexicon():
                found = []
                break
            found.append(Candidate(at + head + 1, at + len(item), "PERSON", "rule:person-garrison-list", 38))
            at += len(item) + 1
        out += found
    return out


_JOIN_RE = re.compile("(?<=[，。；：！？\n来久时年后天月])([\u4e00-\u9fff]{3})就(?:加入|参加|投奔|投身|考入|进入|前往|赶到|来到)")


def _joining_names(text: str) -> list[Candidate]:
    from pipeline.rules.person_actions import AMBIGUOUS_SURNAMES, name_ok
    from pipeline.rules.names_common import is_common_word, known_places
    out = []
    for m in literal_finditer(_JOIN_RE, text):
        start, end = m.span(1)
        name = m.group(1)
        if name[0] in AMBIGUOUS_SURNAMES or name in known_places() or is_common_word(name, 20) \
                or not name_ok(text, start, end, False):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:person-action", 20))
    return out


def _glossed_names(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_GLOSS_RE, text):
        end = m.start()
        run = _NAME_CHARS.search(text, max(0, end - 8), end)
        if run is None:
            continue
        start = run.start()
        # the name starts after the last title or 族 inside the run; else at the run's start if it opens after
        # punctuation or the text's start (a run of 8 that may go on is no name edge)
        cuts = [t.end() for t in TITLE_RE.finditer(text, start, end) if t.end() <= end - 2]
        cuts += [start + i + 1 for i, ch in enumerate(text[start:end - 2]) if ch == "族"]
        cuts += [start + i + 2 for i in range(end - start - 3) if text[start + i:start + i + 2] in _PERSON_WORDS]
        if cuts:
            start = max(cuts)
        elif start > 0 and (end - start == 8 or "\u4e00" <= text[start - 1] <= "\u9fff"):
            continue
        if end - start >= 2 and text[end - 1] not in _PLACE_ENDS and text[start:end] not in place_lexicon():
            out.append(Candidate(start, end, "PERSON", "rule:person-people-gloss", 40))
    return out


def find_name_org_classes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "中共" in text:
        for m in _PARTY_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-party-region-body", 60))
        for at in literal_positions(text, "中共"):    # every match is a 中共 (they never overlap)
            m = _PARTY_AND_RE.match(text, at)
            if m is None:
                continue
            out.append(Candidate(m.start(), m.start() + 2, "ORG", "rule:org-party-region-body", 60,
                                 norm={"canonical": "中国共产党"}))
    if "会" in text:
        places = _provinces()
        for m in literal_finditer(_SOCIETY_RE, text):
            for cut in (0, 1):  # 在湖北同盟会: the place is the last two or three characters before the society
                place = m.group(1)[cut:]
                if len(place) >= 2 and place in places:
                    out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-place-society", 40))
                    break
    for m in _BODY_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-body-department", 64))
    for m in _NATIONAL_SOCIETY_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-office-head", 33))
    if "就" in text:
        out += _joining_names(text)
    if "族" in text:
        out += _glossed_names(text)
    if "镇" in text and "、" in text:
        out += _garrison_names(text)
    if "和" in text:
        for m in literal_finditer(_he_re(), text):
            given = m.group(1)[1:]
            if set(given) & _NOT_GIVEN or TITLE_RE.match(text, m.start(1) + 1) or given[0] in COMMON_SURNAMES:
                continue  # 师长和政委, 团长和我们, 团长和李德: a second post, a pronoun or a second man
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-he-surname", 40))
    for m in literal_finditer(_OFFICE_RE, text):
        head = m.start(2)
        for size in (3, 2):  # the name opens at a word edge or after a verb of entering or founding (考入, 创办)
            at = head - size
            if at >= 0 and text[at:head] in _provinces():
                out.append(Candidate(at, m.end(), "ORG", "rule:org-office-head", 33))
                break
            if at >= 0 and text[at] not in _ENTERED and (at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff" or text[at - 1] in _ENTERED):
                out.append(Candidate(at, m.end(), "ORG", "rule:org-office-head", 33))
                break
    return out
