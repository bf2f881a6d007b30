"""The MIL_UNIT designation grammar shared by the finder (pipeline.rules.units and its unit_*.py modules)
and the normaliser (normalize/units.py, normalize/unit_parse.py): numeral runs and where a designation
may start, list starts and closing counts, headquarters words, heads of named, regional and owned
formations, branches, direction-named formations, echelon words and their tail guards, the lexicon tables
(echelons.tsv, unit_prefixes.tsv, named_units.tsv, unit_code_names.tsv), Japanese shinjitai variants, and
`patterns()`, the regex sources of every part of a designation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows

CN_DIGITS = "〇零一二三四五六七八九十百"
# Bounded numeral runs keep every pattern linear (a run of 50,000 numerals must not stall):
# no designation has more than 6 digits or 12 Chinese numerals.
NUM_AR = "[0-9０-９]{1,6}"
NUM_CN = f"[{CN_DIGITS}]{{1,12}}"
NUM = rf"(?:{NUM_AR}|{NUM_CN})"
# A list holds at most this many designations (第26、37、10、73…军).
MAX_LIST = 40
# A designation number starts a numeral run: not after a digit, a letter, a decimal point,
# a Chinese numeral, or a thousands comma (1,200); a lone comma (…军,第53军) is punctuation.
# A letter alone after a space is a forum's anti-copy watermark glued to the number (Discuz: `A2 Y118師`, auditzh15),
# not a model code (P40, B29 are written without a space before their letter).
NUM_START = rf"(?<![0-9０-９.{CN_DIGITS}])(?:(?<![A-Za-z])|(?<=[ \t][A-Za-z]))(?<![0-9０-９],)"
# Not inside a list already read: no start right after "第 N、" or ", N、" (a 第 item), nor after
# "N、" (a bare item), nor at a number right after 第 (read with its 第 or not at all).
# Fixed-width look-behinds, one per length of N.
N = f"[0-9０-９{CN_DIGITS}]"
# (Each look-behind ends in 、和及与 or a space: after any other character they all hold, so they are
# only tried after one of those — the same matches, without 24 look-behinds at every position.)
LIST_START_DI = ("(?:(?<![、和及与 ])|(?<=[、和及与 ])"
                 + "".join(f"(?<![第、和及与 ]{N}{{{k}}}[、和及与]{sp})" for k in range(1, 13) for sp in ("", " "))
                 + ")")
LIST_START_BARE = f"(?<!{N}[、和及与])(?<!{N}[、和及与] )(?<!第)(?<!第 )"

# A count closing a list (第11及第20两个集团军, 第3、第8两师, 第30、第41等军) or 各 "each" (第3、第8各师; r3zhunits):
# part of the unit span. After 等 the count may stand without 个 (7、8、9等3团, 第5、第6等两师; session 21 r21units):
# only after a list and its 等, so a lone `3团` stays a designation.
LIST_CLOSE = "(?:等(?:[两二三四五六七八九十]{1,3}个?|[0-9]{1,2} ?个?)?|各|(?:[两二三四五六七八九十]{1,3}|[0-9]{1,2} ?)个|两)"
CJK = "\u4e00-\u9fff"
HQ = "(?:总政治部|总参谋部|总后勤部|前敌总指挥部|前敌指挥部|前进指挥部|前线指挥部|前方指挥部|司令长官部|总司令部|总指挥部|司令部|长官部|指挥部|参谋部|政治部|总部|兵团部|军部|师部|旅部|团部)"
# Heads of named formations found by the finder's second pass (see pipeline.rules.units):
# a region + 军区/军分区/野战军 or a 管区 district (晋察冀军区, 华东野战军, 成都师管区), an owner +
# qualifier + 总团/总队 or 保安团/队/旅 (财政部税警总团, 湖南保安团); the county and provincial forces of the
# Republic's local histories (保安/自卫/警备 + 大队/中队/团/队: 滕县保安大队, 峄县自卫总队, 峄县警备大队; auditzh21)
# are named by their owner the same way.
REGION_HEADS = "(?:军分区|军区|军管区|师管区|团管区|野战军)"
CORPS_QUALIFIERS = "(?:税警|教导|保安|别动|警卫|宪兵|缉私|盐警|特务|警察|自卫|警备)"
CORPS_HEADS = f"(?:{CORPS_QUALIFIERS}(?:总团|总队)|(?:保安|自卫|警备)(?:大队|中队|团|队|旅)(?![员长部]))"
# Service branches that name a sub-unit written right after its parent (54军198师特务连).
BRANCHES = ("(?:特务|警卫|工兵|炮兵|砲兵|通信|辎重|侦察|搜索|卫生|输送|运输|骑兵|战防炮|迫击炮|迫击砲"
            "|机枪|重机枪|野炮兵|山炮兵|重炮兵|山炮|野炮|高射炮|步兵|教导|战车|坦克|装甲|荣誉|混成)")
# 旅团/联队: a Japanese division's arm regiments and its detached mixed brigade (第5师团骑兵联队, 第1师团混成旅团)
BRANCH_ECHELONS = "(?:旅团(?!长)|联队(?!长)|大队|中队|小队|连|营|排|团)"   # 联队长: a post (关东军炮兵联队长)
# Heads of formations named after a commander (汤恩伯兵团, 孙军团) or a place (印度远征军,
# 缅北方面军, 苏联航空志愿队); the finder's second pass looks before them.
# Japanese formations named after a commander or a place in Chinese prose (板垣师团, 坂田支队,
# 某某混成旅团, 某某部队, 某某大队) end in 师团/旅团/联队/连队/部队/大队/中队.
HEADS = "(?:兵团|军团|集团军|支队|远征军|挺进军|派遣军|方面军|驻屯军|航空志愿队|志愿队|师团|旅团|联队|连队|部队|大队|中队)"
HEAD_ECHELONS = {"兵团", "军团", "集团军", "支队", "方面军", "师团", "旅团", "联队", "连队", "部队", "大队", "中队"}
# Direction- and wing-named formations and task forces (中央兵团, 左、中、右兵团, 东路军, 右翼军,
# 左集团): echelon 兵团/军团/纵队, 路军, 军 or 集团.
DIRECTIONAL = (r"(?:(?:中央|左翼|右翼|中路|左路|右路|东路|西路|南路|北路"
               r"|[左中右东西南北](?:、[左中右东西南北])+|[左右])兵[团団]"
               r"|(?:中央|左翼|右翼|中路|左路|右路|东路|西路|南路|北路)(?:军[团団]|纵队)"
               r"|[东西南北中左右]路军(?![官人队事需械火舰旗歌装服费港阀衔训纪乐校国民])"
               r"|[左右]翼军(?![官人队事需械火舰旗歌装服费港阀衔训纪乐校国民])"
               r"|(?<![左右])[左右]集[团団](?![军公化企股下内里]))" + f"(?:{HQ})?")
DIRECTIONAL_ECHELON = re.compile("(?:兵[团団]|军[团団]|纵队|路军|军|集[团団])$")
# Characters that, right after an echelon word, show it is part of another word.
ECHELON_TAIL_STOP = {
    "队": "(?![伍员])",
    "军": "(?!官(?!兵))(?!装(?![甲备]))(?![人队事医需械火舰旗歌服费港阀衔训纪乐校])",   # 军装 a uniform; 军|装甲团, 军|装备 a unit
    "师": "(?![范生傅父徒弟资兄姐妹母爷尊表承从])(?!大(?![部半批败乱溃举胜捷]|战(?!略)))",   # 师大 a normal university; 第28师|大部 a unit; 第66师|大战 (session 21)
    "团": "(?![体结聚圆伙购拜员])",
    "旅": "(?![行游客馆途程居店])",
    "营": "(?![业养销运造救地房盘利])",
    "连": "(?![续串胜败任冠击发同带接通忙日夜年环锁城线载射跳拍号])",
    "排": "(?![名行列队序除水放球挤斥练演比场骨山])",
}
NOT_UNIT_ECHELONS = {"司令部"}
# Echelons only the Imperial Japanese forces use in Chinese texts.
JP_ECHELONS = {"师团", "旅团", "联队", "连队", "方面军", "飞行团", "飞行集团", "飞行师团", "飞行战队", "战队"}
CN_NUM_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                 "六": 6, "七": 7, "八": 8, "九": 9}

# Japanese shinjitai forms that OpenCC leaves in Simplified text (师団, 戦车, 歩兵, 重砲).
TO_JAPANESE = str.maketrans("团战步炮", "団戦歩砲")
TO_STANDARD = str.maketrans("団戦歩砲", "团战步炮")
_VARIANT_RE = re.compile("[団戦歩砲]")


def to_standard(text: str) -> str:
    """Replace the Japanese forms 団戦歩砲 by 团战步炮."""
    return text.translate(TO_STANDARD) if _VARIANT_RE.search(text) else text


def _with_variants(words) -> set[str]:
    words = set(words)
    return words | {w.translate(TO_JAPANESE) for w in words}


@lru_cache(maxsize=1)
def echelons() -> dict[str, str]:
    """Echelon word → language-independent key (echelons.tsv)."""
    return {r[0]: r[1] for r in read_rows("echelons.tsv")}


def echelon_key(echelon: str) -> str:
    """The id key of an echelon word (师团 → division); "" for none, "unit" if unknown."""
    if not echelon:
        return ""
    return echelons().get(echelon, "unit")


@lru_cache(maxsize=1)
def prefixes() -> dict[str, dict]:
    """Qualifier as written → {canonical, key, position, distinct, side}."""
    out = {}
    for r in read_rows("unit_prefixes.tsv"):
        r += [""] * (6 - len(r))
        out[r[0]] = {"canonical": r[1], "key": r[2], "position": r[3],
                     "distinct": r[4] == "yes", "side": r[5] or None}
    # the army written before a qualifier only restates the service (陆军步兵第249旅, 陆军机步第298旅, as
    # 陆军第88师): the qualifier's reading with 陆军 kept inside the span (auditzh15)
    for word, info in list(out.items()):
        if len(word) >= 2 and info["position"] in ("pre", "both") and not word.endswith("军") \
                and not word.startswith(("陆", "海", "空")):
            out.setdefault("陆军" + word, dict(info, position="pre"))
    return out


@lru_cache(maxsize=1)
def named_units() -> dict[str, dict]:
    """Name → {canonical, side, echelon, en} (named_units.tsv)."""
    out = {}
    for r in read_rows("named_units.tsv"):
        r += [""] * (5 - len(r))
        out[r[0]] = {"canonical": r[1], "side": r[2] or None, "echelon": r[3], "en": r[4]}
    return out


@lru_cache(maxsize=1)
def code_names() -> dict[str, int]:
    """IJA division code name (菊) → division number (18; 0 = 近卫师团)."""
    return {r[0]: int(r[1]) for r in read_rows("unit_code_names.tsv")}


def alternation(words, tail=None) -> str:
    """A regex matching any of `words`, longest first, built as a trie (fast failure).

    `tail(word)` may give a zero-width assertion that must hold after that word.
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = tail(w) if tail else ""
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not branches:
        return node[""]
    if node[""]:
        return "(?:" + "|".join(branches + [node[""]]) + ")"
    return "(?:" + "|".join(branches) + ")?"


# one-character arm abbreviations that end another word: 陆海空三军 (all three services), 上空 (the sky above);
# 党军 ends a party's army (国民党军, 共产党军, 共党军: the party's whole army, not the 1925 Party Army)
_PREFIX_NOT_AFTER = {"空": "(?<![陆海上高天领防航低对]空)", "党军": "(?<![民产共]党军)"}

# 炮兵团, 骑兵团, 工兵团 …: the branch's 兵 and the echelon 团 (a head X兵团 is a group army only after a name)
BRANCH_BEFORE_BINGTUAN = set("炮骑工步辎")


@lru_cache(maxsize=1)
def patterns() -> dict[str, str]:
    """Regex sources for the parts of a designation (shared by finder and parser)."""
    ech_words = [w for w in echelons() if w not in NOT_UNIT_ECHELONS]
    ech = alternation(_with_variants(ech_words),
                       lambda w: ECHELON_TAIL_STOP.get(w[-1].translate(TO_STANDARD), ""))
    pre = alternation(_with_variants(w for w, p in prefixes().items()
                                      if p["position"] in ("pre", "both")), lambda w: _PREFIX_NOT_AFTER.get(w, ""))
    post = alternation(_with_variants(w for w, p in prefixes().items()
                                       if p["position"] in ("post", "both")))
    # a space may stand between 第, Arabic digits and the echelon word (PDF text: 第 13 军)
    num = rf"{NUM_START}(?:{NUM_AR}[ \n]?|{NUM_CN})"   # a line may break after Arabic digits
    item = rf"(?:{pre} ?)?(?:第 ?)?{num}"
    item_bare = rf"(?:{pre} ?)?{num}"
    sep = "(?:[、和及与] ?)"
    # A list starts at its first item and an item with 第 never follows one without (26、第37军 is
    # no list: 二、第五军 is a section number and a unit). Both keep the finder linear: a failed
    # list is not read again from each of its items.
    numeric = (rf"(?:{LIST_START_DI}(?:{pre})?第 ?{num}(?:(?:{sep}{item}){{1,{MAX_LIST}}}{LIST_CLOSE}?)?"
               rf"|{LIST_START_BARE}{item_bare}(?:(?:{sep}{item_bare}){{1,{MAX_LIST}}}{LIST_CLOSE}?)?)"
               rf"(?:{post})?(?:{ech}){HQ}?")
    named = (rf"(?:{alternation(_with_variants(named_units()))})"
             rf"(?!基地|机场|医院|学校|陆战|航空|中央部|士官|[大中少上]将|[大中少]佐|[阀事区人民队官医校管省])"
             rf"(?:{HQ}(?!署))?")
    codes = alternation(code_names())
    return {
        "echelon": ech, "pre": pre, "post": post, "item": item,
        "numeric": numeric,
        "named": named,
        # a list of 第N without its echelon word, closed by 及/和 and another unit
        "echless": rf"{LIST_START_DI}第 ?{NUM_START}{NUM}(?: ?、第 ?{NUM}){{2,{MAX_LIST}}}(?=[，,]?(?:以及|及|和|与)(?:{pre})?第)",
        "branch": rf"{BRANCHES}{BRANCH_ECHELONS}",
        "code": rf"(?:{codes})(?:兵[团団]|[0-9]{{3,5}}部队)",
        "directional": DIRECTIONAL,
        "placelist": rf"(?:[{CJK}]{{2}}、){{1,{MAX_LIST}}}[{CJK}]{{2}}方面军",
        "head": rf"[{CJK}]{{1,8}}?{HEADS}",
        "region": rf"[{CJK}]{{2,8}}?{REGION_HEADS}(?:{HQ})?",
        "corps": rf"[{CJK}]{{0,8}}?{CORPS_HEADS}(?:{HQ})?",
    }
