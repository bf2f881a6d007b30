"""Checks of one lexicon match of the place finder (pipeline.rules.places `_lexicon_candidates`): readings
where the matched characters are not the place — a short foreign name read across ordinary words or a longer
transliteration, a warship named after a county, a conjunction or verb before 县, a reign era before 皇帝, an
academy's class (黄埔一期), a place inside a person's name before a rank (松山祐三中将), a compass word used as a
direction (忻口西北, 向西南), a river bank (沿河南岸), a post ending in 长 (师长江潮), a county's short form cut
by a direction. (place_word_checks holds the checks against jieba's dictionary.)"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names import japanese_surnames, surnames
from pipeline.rules.names_common import verb_word
from pipeline.rules.place_abbreviations import ROUTE_CHARS   # the characters route names are made of
from pipeline.rules.place_name_scan import jieba_word_freq
from pipeline.rules.scan import guarded

DIRECTIONAL = {"东北", "西南", "西北", "东南"}
# 柳潭里西南, 黄岛东南: the head of a village or island name before a direction (zh11)
DIRECTION_BEFORE = set("向往朝以偏之在其至从正城县镇村里庄屯堡寨岛岭又再折转"
                       "门站桥关口台营沟集店铺坝坨峪湾港埠"
                       "坪山坡塬峰")   # 车站西南, X门西南 (a structure or settlement); X坪东南, X山西北 (a landform: s19zhloc)
# 东南有日岛, 西南距城十里: a direction that locates what follows (zh11)
DIRECTION_AFTER_RE = re.compile(r"(?:方|部|面|侧|角|郊|风|向|边|端|隅|缘|麓|翼|山区|地区|约|约\d|\d|[一二三四五六七八九十百千]|有|距|离|行(?![营辕政署省军])|[和与及、][东西南北]{1,2}[两二三四](?!省|个战|大战)"
                               r"|走向|[-－—–~～]{1,2}[东西南北]{1,2}走?向?)")   # 东北-西南走向: the bearing of a ridge (prezh2)
# a name glued to the preceding character: 发展中国家, 大江南北
BOUND_BEFORE = {"中国": "展其", "江南": "大", "周至": "划顾虑备详到密为极甚颇欠未"}   # 擘划周至: thorough (auditzh21)
# a name whose reading as the adverb 都 + a verb the next character shows: 都安上寨门, 都安排好 (auditzh21)
BOUND_NAME_AFTER = {"都安": "上排置装顿葬插放好心静然全稳"}
# 沿河南岸, 湖北面: a river/lake character plus a direction, then a bank word, is not the province
BANK_AFTER_RE = re.compile("(?:岸|畔|[面边侧](?![积貌临对孔目境界区防缘]))")
# a school's class after the school's place name: 黄埔一期, 保定三期, 黄埔生(中)
COHORT_AFTER_RE = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}期(?!间|内)")
CONJUNCTIONS = set("和与及同跟并或")


@lru_cache(maxsize=1)
def transliteration_chars() -> frozenset[str]:
    """Characters of transliterated foreign names (transliteration_chars.txt)."""
    from pipeline.lexicons import read_rows

    return frozenset("".join(row[0].strip() for row in read_rows("transliteration_chars.txt") if row))


def glued_both_sides(text: str, start: int, end: int, words: dict) -> bool:
    left = words.get(text[start - 1 : start + 1]) if start else None
    right = words.get(text[end - 1 : end + 1]) if end < len(text) else None
    return bool(left and right and left[1] != "ns" and right[1] != "ns" and left[0] >= 20 and right[0] >= 20)


def word_then_longer_name(text: str, start: int, end: int, words: dict) -> bool:
    """A two-character foreign name whose first character ends a frequent ordinary word (到达, 抵达, 传达) and whose
    second character runs on into more transliteration characters: the name is read across a word and a longer name."""
    left = words.get(text[start - 1:start + 1]) if start else None
    return bool(left and left[0] >= 500 and left[1][:2] not in ("ns", "nr", "nz")
                and end + 1 < len(text) and text[end] in transliteration_chars() and text[end + 1] in transliteration_chars())


# a quoted name followed by more quoted names and a word of ships (or a count and 舰/艘: “X”、“Y”两舰), or a quoted
# Japanese 丸 name (“X丸”), is a vessel's (prezh7)
_QUOTED_SHIP_RE = re.compile(
    "丸[”\"」]|[”\"」](?:[、和与及][“\"「][^”\"」，。\n]{1,6}[”\"」]){0,8}等?(?:[0-9一二两三四五六七八九十]{1,2}(?=[舰艘艇]))?"
    "(?:号|舰|艇|轮|艘|中雷|中弹|沉没|搁浅|自沉|被击沉|相继沉没|先后沉没)"
)


def quoted_ship(text: str, end: int) -> bool:
    return bool(_QUOTED_SHIP_RE.match(text, end))


# a name before 号 and a kind of vessel, or before 舰 alone, is the vessel's (靖安号运输舰, 永丰舰; auditzh14)
UNQUOTED_SHIP_RE = re.compile("号?(?:巡洋舰|驱逐舰|运输舰|鱼雷舰|鱼雷艇|炮舰|炮艇|兵舰|军舰|战舰|舰(?![队长艇只船])"
                               "|潜艇|轮船|商轮|运输船)|号轮(?![流换番班回])|船(?=管带|沉没|中弹|中雷)")
SHIP_AFTER_FIRST = frozenset("号巡驱运鱼炮兵军战舰潜轮商船")


# an amount of silver: a number (or 数/若干/万) before 两 or 元 within a few characters, or 两/万两 right after the metal
_AMOUNT_AFTER_SILVER = re.compile("[约近共计达]{0,2}(?:[0-9０-９.,，一二三四五六七八九十百千万亿两数若干余多]{1,8}[两元]|万?两)")


_REIGN_TITLES = ("皇帝", "帝", "天皇")


@lru_cache(maxsize=1)
def reign_eras() -> frozenset[str]:
    """The reign eras of lexicons/eras.tsv (Qing, Manchukuo, modern Japan) with their Traditional forms."""
    from pipeline.lexicons import read_rows
    return frozenset(row[0].strip() for row in read_rows("eras.tsv") if row and row[0].strip())


def not_a_place_here(text: str, start: int, end: int, name: str, words: dict, lexicon: dict) -> bool:
    """Readings where the matched characters are not the place: 和|县府 (a conjunction
    and the county government), 以东|至 (东至 county), 黄埔一期 / 黄埔生 (the academy's class)."""
    if name == "白银" and _AMOUNT_AFTER_SILVER.match(text, end):
        return True   # 筹集白银三千两, 赔偿白银2亿两: the metal before its amount, not the Gansu city (prezh7)
    if len(name) == 2 and name[1] == "县" and name[0] in CONJUNCTIONS and (
            text[end - 1 : end + 1] in words
            or start and "\u4e00" <= text[start - 1] <= "\u9fff" and jieba_word_freq(text[end:end + 2]) >= 1000):
        return True   # 两个班和|县公安队: a conjunction, and 县 before the word it heads (auditzh13)
    if len(name) == 2 and name[0] == "大" and start and verb_word(text[end - 1:end + 1], 100):
        return True   # 开展大|清查: 大 and a verb (大清查, a great sweep), not 大清 (auditzh13)
    if len(name) == 2 and name[1] == "县" and start and jieba_word_freq(text[start - 1 : start + 1]) >= 100 \
            and text[start - 1 : start + 1] not in lexicon \
            and not any(text[start - size : start] in lexicon for size in (2, 3) if start >= size):
        return True   # 恢复|县政府, 收复|县北: a frequent word ends on the county's one-character stem (复县); not 陕西|洋县
    if len(name) == 3 and name.endswith("山区") and start and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and not any(text[start - size:start] in lexicon for size in (2, 3, 4) if start >= size):
        return True   # 桐西山区, 黄甲山区: a region's mountain area (山区), not the city district 西山区/甲山区 (auditzh13)
    if len(name) == 2 and name[1] == "县" and name[0] in "任代新" and text.startswith("长", end):
        return True   # 任|县长 (serving as county head), 代|县长 (acting), 新|县长: not 任县, 代县, 新县 (auditzh13)
    if len(name) == 2 and name[1] == "县" and text.startswith("长", end) and end + 1 < len(text) \
            and "\u4e00" <= text[end + 1] <= "\u9fff" and name[0] in surnames()[0] \
            and jieba_word_freq(text[end:end + 2]) < 50 and text[end:end + 2] not in lexicon \
            and text[end:end + 3] not in lexicon \
            and not any(text[start - size:start] in lexicon for size in (2, 3) if start >= size):
        return True   # 我县吴县长雨桐: the magistrate Wu (the county's head is 吴县县长), not the county 吴县 (auditzh21)
    if name[0] in "东西南北" and start > 0 and text[start - 1] == "以" and name[1:] in ("至", "到"):
        return True
    if len(name) == 2 and text.startswith("阿", end) and MANCHU_A_AFTER_RE.match(text, end + 1) \
            and (entry := lexicon.get(name)) is not None and entry.kind not in ("country", "province"):
        return True   # 德兴阿乘船逃走, 富明阿率部: a Manchu name in -a that starts with a county's name (auditzh47)
    if text.startswith(_REIGN_TITLES, end) and not text.startswith("帝国", end) and name in reign_eras():
        return True   # 咸丰皇帝, 咸丰帝, 昭和天皇: the reign's emperor, not the county (auditzh12)
    if text.startswith("生", end):  # 黄埔生中, 黄埔生占: a student; 中国生育, 武汉生化: a word of its own
        word = words.get(text[end : end + 2])
        return not (word and word[0] >= 20) and not text.startswith(("生产", "生活", "生的"), end)
    return bool(COHORT_AFTER_RE.match(text, end))


# a count or demonstrative and a measure word of landforms right before a name (五座|大雪山, 这座|大雪山)
_COUNTED_BEFORE = frozenset("一二三四五六七八九十两几这那此该每各多数")
COUNTED_MEASURES = frozenset("座条片道")


def generic_landform_counted(text: str, start: int, name: str) -> bool:
    """A landform name that is 大/小 and an ordinary word for the landform (大雪山: 大 + 雪山), after a count or a
    demonstrative and its measure word (五座大雪山, 这座大雪山): a big snow mountain, no named range (r19zhplaces).
    The caller has checked that the character before the name is one of COUNTED_MEASURES."""
    if len(name) != 3 or name[0] not in "大小" or name[-1] not in "山岭峰原地漠" or start < 2 \
            or text[start - 2] not in _COUNTED_BEFORE:
        return False
    from pipeline.rules.names_common import word_info
    word = word_info().get(name[1:])
    return bool(word) and word[0] >= 100 and not word[1].startswith("ns")


# after a Manchu name in 阿 (德兴阿, 丰升阿): a verb of leading, moving or fleeing, a conjunction or a clause mark
MANCHU_A_AFTER_RE = re.compile("[乘率领统带奉等与和及、，,。；败退逃驻屯为之所即遂亦也乃已向自闻]")


# a military rank right after a person's name: 松山祐三中将, 张华容少将
RANK_RE = re.compile("上将|中将|少将|大将|准将|大佐|中佐|少佐|上校|中校|少校|大尉|中尉|少尉")


def inside_person_name(text: str, start: int, end: int, name: str) -> bool:
    """The place is part of a person's name written before a rank: a Japanese surname plus a
    given name (松山|祐三中将), or a Chinese surname plus the place as given name (张|华容少将)."""
    if RANK_RE.match(text, end) and start > 0 and text[start - 1] in surnames()[0] and len(name) == 2:
        return True
    if name in japanese_surnames():
        return any(RANK_RE.match(text, end + k) for k in (1, 2)) and all(
            "\u4e00" <= ch <= "\u9fff" for ch in text[end : end + 1]
        )
    return False


# last characters of landmarks a bearing is taken from (运河东南之X, 车站以北之X, 县城西南之X)
_LANDMARK_ENDS = frozenset("河湖山路站城县镇村庄江岭桥港口集寨堡关岸线渠堤")


# the kinds of place whose 的 + direction is a quarter of it (not a country, province or region: 我国的东北)
_LOCAL_KINDS = frozenset(("county", "district", "prefecture", "township", "city", "town", "mountain", "hill", "pass"))


_BEARING_DASHES = "-－—–~～"


# 东北 after a word of going, sending, coming from or being in (调往东北, 从东北来, 向东北运兵, 在东北作战) is the region
# (Manchuria), which the other three bearings after these words are not (向西南进攻, 往西南走, 从西北向东南): the region
# reading holds in seven development sets (session 30, w2zhplace) and on pages of the war (派往东北, 进入东北, 到东北去)
_NORTHEAST_MOTION_BEFORE = frozenset("往从從向在入到赴")
# 向东北进攻, 往东北走, 向东北挺进: a bearing of movement, no region
_BEARING_MOVE_AFTER = frozenset("进進攻推突撤退转轉移延伸流行走逃窜竄挺前迂绕繞包追猛扑撲冲衝开開")


def _northeast_after_motion(text: str, start: int, end: int) -> bool:
    """东北 right after 往/从/向/在/入/到/赴 is the region, not the bearing the preposition introduces: not after a
    bearing a few characters back (从西北向东北), not before a verb of movement after 向/往 (向东北推进)."""
    if text[start:end] not in ("东北", "東北") or text[start - 1] not in _NORTHEAST_MOTION_BEFORE:
        return False
    if any(ch in "东西南北東" for ch in text[max(0, start - 4):start - 1]):
        return False   # 从西北向东北, 自西南往东北: a course between two bearings
    if text[start - 1] in "向往" and text[end:end + 1] in _BEARING_MOVE_AFTER:
        return False
    return True


def _directional_ok(text: str, start: int, end: int) -> bool:
    """东北/西南/... is a region, not a direction: not after 向/以/在…, not before 方/部/面…,
    not in a list of directions (以北、以东和东南)."""
    if start > 0 and text[start - 1] in DIRECTION_BEFORE and not _northeast_after_motion(text, start, end):
        return False
    if start > 0 and (text[start - 1] in "自由" and text[end:end + 1] in ("而", "向") and text[end + 1:end + 2] in tuple("东西南北")
                      or text[start - 1] == "而" and start > 1 and text[start - 2] in "东西南北"):
        return False   # 自东北而西南: the two ends of a course, no region (r18zhplace)
    if start > 0 and text[start - 1] == "驻" and not text.startswith(("方", "部", "面", "侧", "边", "角"), end):
        return True    # 驻东北5个师团: stationed in the region, whatever count follows
    if text.startswith("之", end) and start > 0 and text[start - 1] in _LANDMARK_ENDS \
            and not text.startswith(("之战", "之役"), end):
        return False   # 运河东南之南阳镇: "to the south-east of" the thing before it
    if text[start - 1:start] == "的" and any(
            getattr(place_lexicon().get(text[start - 1 - k:start - 1]), "kind", "") in _LOCAL_KINDS for k in (3, 2)):
        return False   # 徐州的西南, 萧县的东北: the quarter of a city, county or hill, no region (auditzh28)
    before = text[max(0, start - 3) : start].rstrip("、和及与")
    if before and before[-1] in _BEARING_DASHES:
        before = text[max(0, start - 4) : start].rstrip(_BEARING_DASHES)   # 东北—西南: the second end of a bearing pair (prezh2)
    if before and before[-1] in "东西南北":
        # a direction before it (以北、东北), unless a region ends there (华北和东北: zh13)
        entry = place_lexicon().get(before[-2:])
        if not (entry and entry.kind == "region" and before[-2:] not in DIRECTIONAL):
            return False
    if (start == 0 or text[start - 1] in _CLAUSE_OPENERS) and _BOUNDARY_VERB_RE.match(text, end):
        return False   # ，东北连甲县，东南接乙县: a boundary description's bearing, no region (r3zhnums)
    return not DIRECTION_AFTER_RE.match(text, end)


# A bearing opening its clause and followed by a verb of bordering or passing is a boundary description's
# direction (东北连甲县，西南经乙地): not before an ordinary word those characters begin (东北经济, 东北接收, 东北连年)
_CLAUSE_OPENERS = frozenset("，,。；;：:\n")
_BOUNDARY_VERB_RE = re.compile("(?:毗连|毗邻|连接|相连|邻接|连|接|邻|界|经|抵|达|至)(?![济营历验费管收受任续年日])")


# the first characters of posts ending in 长 (师长, 军长, 首长; not 省 or 县, which also end a place: 湖南省长沙): a place name starting with 长 right after
# one of them is read across the post (师长江潮 is 师长 + 江潮)
_HEADS_OF_CHIEF_TITLES = frozenset("师军旅团营连排班队校首署局处科厅院组")


# a crossing verb before a river character, a verb of movement after its direction: 渡江北进, 过河南下
_CROSSING_BEFORE = frozenset("渡过")
_MOVE_AFTER = frozenset("进上下犯移撤返窜逃去来援追攻侵")


def rare_reading(text: str, start: int, end: int, name: str, previous_end: int, previous_kind: str) -> bool:
    """The checks of _lexicon_candidates that only names of a few shapes can fail (_name_facts)."""
    if len(name) == 2 and name[1] in "东西南北中" and start and text[end:end + 1] in ("线", "段") \
            and name[0] in ROUTE_CHARS and text[start - 1] in ROUTE_CHARS:
        return True  # 津浦北线, 陇海东段, 平汉南段: a section of the railway named by two abbreviations, not 浦北/海东/汉南 (auditzh31)
    if name[0] in "江河" and name[1] in "东西南北" and start and text[start - 1] in _CROSSING_BEFORE \
            and text[end:end + 1] in _MOVE_AFTER:
        return True  # 渡江北进, 渡河南下: crossing the river and moving on, not 江北/河南 (auditzh31)
    if name in DIRECTIONAL and (
        previous_end == start and previous_kind not in ("country", "province") or not _directional_ok(text, start, end)
    ):
        return True  # 忻口西北, 阳泉西南: a direction from the place before it
    if len(name) == 2 and name[0] in "东西南北" and name[1] == "至":
        return True  # 东至太行山: "east as far as", not the county 东至 (东至县 is matched whole)
    if name[0] in "江河湖" and name[1] in "东西南北" and BANK_AFTER_RE.match(text, end):
        return True  # 沿河南岸: the river's south bank, not 河南
    if name[0] == "长" and start > 0 and text[start - 1] in _HEADS_OF_CHIEF_TITLES:
        return True  # 师长江潮, 团长沙某: the 长 ends the post before the name (师长 | 江潮), no 长江 / 长沙
    if end < len(text) and text[end] in BOUND_NAME_AFTER.get(name, ""):
        return True  # 都安上寨门: all installed, not the county 都安
    return bool(start > 0 and text[start - 1] in BOUND_BEFORE.get(name, "")
                or (name[0] == "日" and start > 0 and text[start - 1].isdigit())
                or (start > 0 and text[start - 1] == "第" and name[0] in "一二三四五六七八九十"))   # 第三台戏: an ordinal


def short_form_ends_at(text: str, end: int) -> bool:
    """A county's short form (place_short_forms: 鱼台 for 鱼台县) ends at `end`."""
    from pipeline.rules.place_short_forms import short_forms

    shorts = short_forms()
    return any(text[end - size:end] in shorts for size in (2, 3) if end >= size)



# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
COHORT_AFTER_RE = guarded(COHORT_AFTER_RE)
DIRECTION_AFTER_RE = guarded(DIRECTION_AFTER_RE)
