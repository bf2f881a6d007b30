"""PERSON names found after a word that says a person follows, for persons.find_persons: a person noun
(士兵张某, 记者王某, kinship terms: 外甥女X), a post + 为/是 (军长为孙某) or 名叫/原名 (ROLE_NOUNS and
the cues); further names listed after the first. Also the checks of a name read without a title that the
titled readings share: _bare_name_ok (no ordinary word, no function character as a given name),
_short_name_end (a two-character name ends at punctuation, a particle or a verb) and _LIST_SEP.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import overlaps, translit_chars, is_common_word, japanese_surnames, known_places, word_info
from pipeline.rules.person_name_ends import TITLES, PUNCT, chinese_name_end, japanese_name_end
from pipeline.rules.scan import literal_finditer
from pipeline.rules.trie import guarded_trie_regex

LIST_SEP = re.compile(r"[、，,与和及]")

# Person nouns that are not ranks or posts (士兵张德胜, 记者王某): the name after them must end at a
# verb, particle or punctuation, since these words also start ordinary phrases.
ROLE_NOUNS = (
    "士兵 战士 士卒 新兵 老兵 伤兵 伤员 团员 队员 党员 成员 会员 组员 学员 记者 翻译 译员 护士 看护 医生 军医 "
    "医师 学生 大学生 中学生 小学生 女学生 农民 村民 乡民 渔民 牧民 难民 工人 商人 教师 老师 少年 青年 女孩 男孩 "
    "少女 姑娘 妇女 老人 老汉 老农 老乡 民兵 民夫 船工 船夫 司机 向导 伙夫 厨师 炊事员 通讯员 通信员 卫生员 侦察员 "
    "报务员 联络员 勤务兵 传令兵 号兵 机枪手 炮手 狙击手 神枪手 汉奸 间谍 特务 烈士 英雄 壮士 义士 童子军 女童军 "
    "店主 老板 掌柜 地主 牧师 神父 修女 传教士 工程师 技师 职员 店员 侍卫 卫士 警卫员 警察 巡警 保长 甲长 村长 乡长 "
    "区长 战友 妻子 丈夫 儿子 女儿 长子 次子 长女 次女 父亲 母亲 哥哥 弟弟 姐姐 妹妹 侄子 孙子 遗孀 夫人 其子 其妻 "
    "其父 其弟 其兄 同学 好友 友人 部下 部属 亲信 秘书 随从 助手 华侨 侨领 乡绅 士绅 富商 志愿者 义勇军 "
    "将领 部将 爱将 副手 "
    # the enemies and collaborators of base-area narratives (auditzh24: 土顽X这颗钉子, 伪军头目X被击毙)
    "土顽 顽军 叛徒 恶霸 匪首 头目 头子 "
    # outlaws named by their trade in gazetteers' and bandit histories' rolls (大土匪X, 海盗X, 匪盗X等部) and the
    # foreign instructors and staff clerks of Qing and Republican narratives (总教习X, 干事X) (s20zhper)
    "土匪 大土匪 巨匪 盗匪 匪盗 海盗 湖匪 马贼 教习 总教习 干事 "
    # kinship terms (the rest of the family after the ones above: 外甥女X, 二弟媳X回忆说) and 群众 (党员甲和群众乙)
    "群众 弟媳 嫂子 儿媳 女婿 外甥 外甥女 侄女 孙女 堂兄 堂弟 表兄 表弟 表妹 表姐 叔叔 叔父 伯父 伯母 舅舅 舅父 "
    "姑姑 姨妈 岳父 岳母 祖父 祖母 爷爷 奶奶 兄长 长兄 胞弟 胞兄 胞妹 妹夫 姐夫 养父 养母 继母 未婚妻 老战友 "
    "先祖父 先父 先母 先兄 亡父 亡兄 亡夫 亡妻 先夫 "
    # the rest of the everyday kinship terms of Mandarin (s29zhper: memoirs, oral histories and ancestor posts name
    # a relative right after the term, 我的外公X, 他三叔X): the maternal side, the great-grandparents, the ordinal
    # uncles, aunts and siblings, in-laws and step-kin, as the kinship tables of Mandarin dictionaries list them
    "外公 外婆 姥爷 姥姥 外祖父 外祖母 曾祖父 曾祖母 太爷爷 太奶奶 公公 婆婆 丈人 大伯 二伯 三伯 二叔 三叔 四叔 "
    "小叔 叔公 伯公 姑父 姑妈 姨父 姨夫 舅妈 舅母 婶婶 婶母 大哥 二哥 三哥 大姐 二姐 三姐 大嫂 二嫂 堂姐 堂妹 表哥 "
    "外孙 外孙女 曾孙 重孙 侄孙 继父 义父 干爹 干妈 老伴 前妻 发妻 原配"
).split()
_ROLE_SET = frozenset(ROLE_NOUNS)
# cues: a person noun or 名叫 (名叫王某); a post + 为/是 (军长为孙某, 师长是李某) is found from the copula
_CONTEXT_CUE_RE = re.compile("(?:" + guarded_trie_regex(ROLE_NOUNS + "名叫 叫做 取名 名字叫 化名 改名 曾用名 原名 又名 别名 本名".split()) + ")")
_COPULA_RE = re.compile("[" + "".join(sorted({t[-1] for t in TITLES})) + "](?:为|是|乃|系)")
_TITLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _title in TITLES:
    _TITLES_BY_LAST[_title[-1]] = _TITLES_BY_LAST.get(_title[-1], ()) + (_title,)


def _context_cues(text: str):
    """(cue start, name position, cue is a person noun) for every cue in the text, in text order."""
    cues = [(m.start(), m.end(), m.group() in _ROLE_SET) for m in _CONTEXT_CUE_RE.finditer(text)]
    for match in literal_finditer(_COPULA_RE, text):
        title_end = match.start() + 1
        for title in _TITLES_BY_LAST[text[match.start()]]:
            if text.startswith(title, title_end - len(title)):
                cues.append((title_end - len(title), match.end(), False))
                break
    cues.sort()
    return cues


def bare_name_ok(text: str, start: int, end: int, common_given_ok: bool = False) -> bool:
    """A surname + given name read without a title: no ordinary word (乐得, 捐躯), no function
    character as a two-character name's given part (应如, 管起), not the start of a foreign name."""
    name = text[start:end]
    if name in known_places() or is_common_word(name, 30):
        return False
    if end - start == 2:
        entry = word_info().get(name)
        if (entry and not entry[1].startswith("nr")) or name[1] in _FUNCTION_GIVEN:
            return False
        if entry and entry[0] >= 100 and text[end:end + 1] in _PLACE_VERBS:
            return False   # 我姥爷|籍贯在…: a frequent word jieba tags as a name, then a verb of place (s29zhper)
    if end - start == 3 and is_common_word(name[1:], 300) and not common_given_ok:
        return False
    if _FARM_WORK.match(name):
        return False   # 群众秋收种麦, 夏收: a season's or crop's field work, not 秋/夏/麦 + a given name (auditzh13)
    chars = translit_chars()
    return not (end < len(text) and text[end] in chars and all(ch in chars for ch in name[1:]))


_FARM_WORK = re.compile("[春夏秋冬麦稻][收种耕播割]")
_PLACE_VERBS = set("在是为于")
_FUNCTION_GIVEN = set("如此以可应该为之所而其也起得着过了来去上下出入到在是有无不")
# single characters that may follow a two-character bare name (王强说, 李明等)
_AFTER_SHORT_NAME = set("等的和与及说在也都便就即被把向对率带亲冒正则又已曾却随替将从")


def _role_at(text: str, start: int) -> bool:
    """False when a person noun is the tail of a longer word (多少年, 青少年)."""
    return not (start > 0 and is_common_word(text[start - 1 : start + 1], 100))


def contextual_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """Names after a person noun (士兵张某), a post + 为/是 (军长为李某) or 名叫; a two-character
    name must end at a verb, particle or punctuation; further names listed after the first are taken
    too (Chinese names only)."""
    found: list[tuple[int, int]] = []
    for cue_start, pos, after_role in _context_cues(text):
        if overlaps(taken, pos, pos + 1) or not _role_at(text, cue_start):
            continue
        for index in range(8):
            end = chinese_name_end(text, pos)
            if index == 0 and end < 0:
                jp = japanese_name_end(text, pos)
                if jp > 0 and (text[pos : pos + 2] in japanese_surnames() or text[pos : pos + 3] in japanese_surnames()):
                    end = jp
                elif after_role:
                    from pipeline.rules.person_rolls_zh import stop_given_end
                    end = stop_given_end(text, pos)   # 干事李师某。: a stop character inside a closed name (s20zhper)
            if end < 0 or overlaps(taken, pos, end) or not bare_name_ok(text, pos, end, after_role):
                break
            common_given = end - pos == 3 and is_common_word(text[pos + 1 : end], 300)
            if (end - pos == 2 or common_given) and not short_name_end(text, end):
                break  # 队员王大海负责: a name whose given part is a word needs a verb after it
            found.append((pos, end))
            taken.add(pos, end)
            sep = LIST_SEP.match(text, end)
            if not sep or text[end] in "，,":
                break
            pos = sep.end()
    return found


def short_name_end(text: str, end: int) -> bool:
    """True when a two-character bare name is followed by punctuation, a listed particle or a verb word."""
    if end >= len(text) or text[end] in PUNCT or text[end] in _AFTER_SHORT_NAME:
        return True
    for size in (4, 3, 2):
        entry = word_info().get(text[end : end + size])
        if entry and entry[1][:1] in ("v", "d", "p", "i"):
            return True
    return False
