"""MIL_UNIT grammar and normalisation (Simplified Chinese working text).

The designation grammar (numbers, echelon words, qualifiers, named forces) lives
here so that the finder (`pipeline.rules.units`) and the normaliser share it.

`normalize_unit(span_text, left_context)` returns
``{"numbers", "echelon", "prefix", "side", "id"}``:

- one span may hold a *chain* (a unit written with its parents: 预十师28团,
  第104师团第161联队第3大队) or a *list* (第26、37、10军). ``numbers`` are all
  designation numbers in textual order ([10, 28]; [26, 37, 10]); ``echelon`` is
  the echelon word of the last (smallest) element, with 遣华 in 第2遣华舰队
  treated as a qualifier (echelon 舰队).
- ``prefix`` is the canonical qualifier (暂 → 暂编, 新 → 新编, 预 → 预备,
  歩兵 → 步兵). In a chain it is the first non-empty qualifier of its elements
  (预十师28团 → 预备); in a list the qualifier all items share ("" when the
  items differ: 58、72、暂2军 → ""); a qualifier written after the numbers
  (第5、第7独立混成旅团) applies to every item.
- ``side`` comes first from the span itself (a named force, 国民革命军…), then
  from a side word right before it (日军, 国军, 八路军, 美军…, optionally
  followed by 的/之), then from a qualifier or echelon that only one side uses
  (独立混成, 暂编; 师团, 联队, 方面军 → JP; a numbered 战区 → ROC); else None.
  中国/中方 before a unit are read as ROC (the pre-1949 army); 我军/敌军 are
  relative and give no side.
- ``id`` is ``side/echelon_key/number`` of the innermost unit when side and numbers are
  known, with a distinct qualifier folded into the key (暂编第十五军 →
  ``ROC/provisional_army/15``). A chain's parents do not enter the id
  (第二十八集团军暂编第十五军 → ``ROC/provisional_army/15``, 预十师28团 → ``ROC/regiment/28``),
  except for echelons numbered inside their parent (battalion, company, platoon), which keep
  the parent path (第161联队第3大队 → ``JP/regiment/161/battalion/3``). A list keeps a list id,
  ``side/key/n1+n2…`` (第26、37军 → ``ROC/army/26+37``; pipeline.link counts it as one
  mention of each member); a list whose items carry different qualifiers gives the member
  ids joined by commas (58、暂2军 → ``ROC/army/58,ROC/provisional_army/2``);
  a named force gives ``side/named/<canonical name>``; a code name gives its
  division (菊兵团 → ``JP/division/18``); ad-hoc formations (中央兵团) give None.
  A region-named military region (晋察冀军区) or an owned 总团/总队 (财政部税警总团) gives
  ``side/named/<name without its headquarters word>``; a 军区/军分区/野战军 without another side is CCP.
- a qualifier written before the first item of a list and on no other item applies to all
  (独立混成第2、第15旅团 → prefix 独立混成, ``JP/independent_mixed_brigade/2+15``).
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
_N = f"[0-9０-９{CN_DIGITS}]"
# (Each look-behind ends in 、和及与 or a space: after any other character they all hold, so they are
# only tried after one of those — the same matches, without 24 look-behinds at every position.)
LIST_START_DI = ("(?:(?<![、和及与 ])|(?<=[、和及与 ])"
                 + "".join(f"(?<![第、和及与 ]{_N}{{{k}}}[、和及与]{sp})" for k in range(1, 13) for sp in ("", " "))
                 + ")")
LIST_START_BARE = f"(?<!{_N}[、和及与])(?<!{_N}[、和及与] )(?<!第)(?<!第 )"


# A count closing a list (第11及第20两个集团军, 第3、第8两师, 第30、第41等军): part of the unit span.
LIST_CLOSE = "(?:等|(?:[两二三四五六七八九十]{1,3}|[0-9]{1,2} ?)个|两)"
CJK = "\u4e00-\u9fff"
HQ = "(?:总政治部|总参谋部|总后勤部|前敌总指挥部|前敌指挥部|司令长官部|总司令部|总指挥部|司令部|长官部|指挥部|参谋部|政治部|总部|兵团部|军部|师部|旅部|团部)"
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
            "|机枪|重机枪|山炮|野炮|高射炮|步兵|教导|战车|坦克|装甲|荣誉)")
BRANCH_ECHELONS = "(?:大队|中队|小队|连|营|排|团)"
# Heads of formations named after a commander (汤恩伯兵团, 孙军团) or a place (印度远征军,
# 缅北方面军, 苏联航空志愿队); the finder's second pass looks before them.
# Japanese formations named after a commander or a place in Chinese prose (板垣师团, 坂田支队,
# 某某混成旅团, 某某部队, 某某大队) end in 师团/旅团/联队/连队/部队/大队/中队.
HEADS = "(?:兵团|军团|集团军|支队|远征军|挺进军|派遣军|方面军|驻屯军|航空志愿队|志愿队|师团|旅团|联队|连队|部队|大队|中队)"
_HEAD_ECHELONS = {"兵团", "军团", "集团军", "支队", "方面军", "师团", "旅团", "联队", "连队", "部队", "大队", "中队"}
# Direction- and wing-named formations and task forces (中央兵团, 左、中、右兵团, 东路军, 右翼军,
# 左集团): echelon 兵团/军团/纵队, 路军, 军 or 集团.
DIRECTIONAL = (r"(?:(?:中央|左翼|右翼|中路|左路|右路|东路|西路|南路|北路"
               r"|[左中右东西南北](?:、[左中右东西南北])+|[左右])兵[团団]"
               r"|(?:中央|左翼|右翼|中路|左路|右路|东路|西路|南路|北路)(?:军[团団]|纵队)"
               r"|[东西南北中左右]路军(?![官人队事需械火舰旗歌装服费港阀衔训纪乐校国民])"
               r"|[左右]翼军(?![官人队事需械火舰旗歌装服费港阀衔训纪乐校国民])"
               r"|(?<![左右])[左右]集[团団](?![军公化企股下内里]))" + f"(?:{HQ})?")
_DIRECTIONAL_ECHELON = re.compile("(?:兵[团団]|军[团団]|纵队|路军|军|集[团団])$")
# Characters that, right after an echelon word, show it is part of another word.
_ECHELON_TAIL_STOP = {
    "队": "(?![伍员])",
    "军": "(?!官(?!兵))(?!装(?![甲备]))(?![人队事医需械火舰旗歌服费港阀衔训纪乐校])",   # 军装 a uniform; 军|装甲团, 军|装备 a unit
    "师": "(?![范生傅父徒弟资兄姐妹母爷尊表承从])(?!大(?![部半批败乱溃举胜捷]))",   # 师大 a normal university; 第28师|大部 a unit
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

# Words right before a unit that name its side (longest first when matching).
SIDE_WORDS = {
    "JP": ["日军", "日本", "日方", "日寇", "日本军", "日本陆军", "日本海军", "皇军", "侵华日军",
           "日本帝国陆军", "关东军", "支那派遣军", "中国派遣军"],
    "ROC": ["国军", "国民革命军", "国民党军", "国民政府军", "中国军队", "中国", "中方", "华军",
            "国府军", "中华民国"],
    "CCP": ["八路军", "新四军", "红军", "中共", "共军", "解放军", "人民解放军", "中共军队"],
    "US": ["美军", "美国", "美方", "美国陆军", "美国海军"],
    "UK": ["英军", "英国", "英方", "英印军"],
    "USSR": ["苏军", "苏联", "苏联红军", "苏俄", "苏方"],
    "COLLAB": ["伪军", "汪伪", "伪满", "皇协军"],
    "DE": ["德军", "德国"],
}
# One-character side abbreviations (日第11军, 美第14航空队): only after a boundary.
SIDE_CHARS = {"日": "JP", "美": "US", "英": "UK", "苏": "USSR", "德": "DE"}
_BOUNDARY_BEFORE_CHAR = set("，。、；：（）()「」“”《》 \n\t的之和与及")


# Japanese shinjitai forms that OpenCC leaves in Simplified text (师団, 戦车, 歩兵, 重砲).
_TO_JAPANESE = str.maketrans("团战步炮", "団戦歩砲")
TO_STANDARD = str.maketrans("団戦歩砲", "团战步炮")
_VARIANT_RE = re.compile("[団戦歩砲]")


def to_standard(text: str) -> str:
    """Replace the Japanese forms 団戦歩砲 by 团战步炮."""
    return text.translate(TO_STANDARD) if _VARIANT_RE.search(text) else text


def _with_variants(words) -> set[str]:
    words = set(words)
    return words | {w.translate(_TO_JAPANESE) for w in words}


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


def _alternation(words, tail=None) -> str:
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


# one-character arm abbreviations that end another word: 陆海空三军 (all three services), 上空 (the sky above)
_PREFIX_NOT_AFTER = {"空": "(?<![陆海上高天领防航低对]空)"}


# 炮兵团, 骑兵团, 工兵团 …: the branch's 兵 and the echelon 团 (a head X兵团 is a group army only after a name)
_BRANCH_BEFORE_BINGTUAN = set("炮骑工步辎")


@lru_cache(maxsize=1)
def patterns() -> dict[str, str]:
    """Regex sources for the parts of a designation (shared by finder and parser)."""
    ech_words = [w for w in echelons() if w not in NOT_UNIT_ECHELONS]
    ech = _alternation(_with_variants(ech_words),
                       lambda w: _ECHELON_TAIL_STOP.get(w[-1].translate(TO_STANDARD), ""))
    pre = _alternation(_with_variants(w for w, p in prefixes().items()
                                      if p["position"] in ("pre", "both")), lambda w: _PREFIX_NOT_AFTER.get(w, ""))
    post = _alternation(_with_variants(w for w, p in prefixes().items()
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
    named = (rf"(?:{_alternation(_with_variants(named_units()))})"
             rf"(?!基地|机场|医院|学校|陆战|航空|中央部|士官|[大中少上]将|[大中少]佐|[阀事区人民队官医校管省])"
             rf"(?:{HQ}(?!署))?")
    codes = _alternation(code_names())
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


@lru_cache(maxsize=1)
def _element_re() -> re.Pattern:
    p = patterns()
    return re.compile(
        f"(?P<named>{p['named']})|(?P<numeric>{p['numeric']})|(?P<code>{p['code']})"
        f"|(?P<directional>{p['directional']})|(?P<placelist>{p['placelist']})"
        f"|(?P<echless>第 ?{NUM}(?: ?、第 ?{NUM})*)|(?P<branch>{p['branch']})|(?P<head>{p['head']})"
        f"|(?P<region>{p['region']})|(?P<corps>{p['corps']})")


@lru_cache(maxsize=1)
def _suffix_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    p = patterns()
    ech_plain = _alternation(w for w in echelons() if w not in NOT_UNIT_ECHELONS)
    return (re.compile(rf"(?:{ech_plain})$"), re.compile(rf"(?:{p['post']})$"),
            re.compile(rf"^(?P<pre>{p['pre']})?第?(?P<num>{NUM})$"), re.compile(f"{HQ}$"))


def parse_number(text: str) -> int | None:
    """Arabic, full-width or Chinese designation number → int (二十八 → 28, 一二九 → 129)."""
    if not text:
        return None
    if text[0].isdigit():
        try:
            return int(text)
        except ValueError:
            return None
    if "十" not in text and "百" not in text:
        value = 0
        for ch in text:
            if ch not in CN_NUM_VALUES:
                return None
            value = value * 10 + CN_NUM_VALUES[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in CN_NUM_VALUES:
            current = CN_NUM_VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


# the body of a list without its closing count (第二十、第三十三个 → 第二十、第三十), read the way
# the finder reads it: the last number as long as it can be with a count still after it
_LIST_BODY_RE = re.compile(rf"(?P<body>.*?{NUM})(?:{LIST_CLOSE})?")


_ARM_CHARS = frozenset("骑炮砲步工")   # 骑兵团, 炮兵团, 步兵团, 工兵团 after a number
# regions naming the numbered Soviet fronts, before or after the number (远东第1方面军, 第1远东方面军); before a
# named fleet they name its station only (远东舰队, prefix "")
_FRONT_REGIONS = frozenset({"远东", "白俄罗斯", "乌克兰", "波罗的海"})


def _parse_numeric(text: str) -> dict:
    ech_re, post_re, item_re, hq_re = _suffix_res()
    text = text.replace(" ", "").replace("\n", "")
    body = text
    hm = hq_re.search(text)
    if hm and ech_re.search(text[: hm.start()]):
        body = text[: hm.start()]
    m = ech_re.search(body)
    echelon = m.group(0) if m else ""
    body = body[: len(body) - len(echelon)]
    if echelon in ("兵团", "兵団") and body[-1:] in _ARM_CHARS and body[-2:-1] not in ("", "第"):
        echelon, body = echelon[-1], body + "兵"     # 第5骑兵团: a cavalry regiment, not a 骑 corps (auditzh6)
    post = ""
    pm = post_re.search(body)
    if pm and pm.start() > 0 and not body[pm.start() - 1] in "第":
        post = pm.group(0)
        body = body[: pm.start()]
    lm = _LIST_BODY_RE.fullmatch(body)
    if lm:
        body = lm.group("body")
    numbers, pres = [], []
    for item in re.split("[、和及与]", body):
        im = item_re.match(item)
        if not im:
            continue
        n = parse_number(im.group("num"))
        if n is not None:
            numbers.append(n)
        pres.append(im.group("pre") or "")
    if len(pres) > 1 and pres[0] and not any(pres[1:]):
        pres = [pres[0]] * len(pres)   # 独立混成第2、第15旅团: the first item's qualifier is shared
    return {"kind": "numeric", "numbers": numbers, "echelon": echelon,
            "pres": pres, "post": post, "side": None, "name": None}


def parse_elements(span_text: str) -> list[dict]:
    """Split a MIL_UNIT span into its elements (parents first) with their parts."""
    return [dict(el) for el in _parse_elements(to_standard(span_text))]


@lru_cache(maxsize=4096)
def _parse_elements(span_text: str) -> tuple[dict, ...]:
    elements = []
    for m in _element_re().finditer(span_text):
        kind = m.lastgroup
        text = m.group(0)
        if kind == "numeric":
            elements.append(_parse_numeric(text))
            continue
        el = {"kind": kind, "numbers": [], "echelon": "", "pres": [], "post": "",
              "side": None, "name": text}
        if kind == "named":
            info = named_units()[_HQ_TAIL.sub("", text)]
            el.update(echelon=info["echelon"], side=info["side"], name=info["canonical"])
            qualifier = info["canonical"][: -len(info["echelon"])] if info["echelon"] else ""
            if (info["canonical"].endswith(info["echelon"]) and qualifier in prefixes()
                    and prefixes()[qualifier]["position"] != "post"    # 远东舰队: a region, not 第1远东方面军's
                    and qualifier not in _FRONT_REGIONS):
                el["pres"] = [qualifier]      # 近卫师团: the guards division, prefix 近卫
        elif kind in ("region", "corps"):
            name = _HQ_TAIL.sub("", text)
            head = re.search(f"{REGION_HEADS}$" if kind == "region" else "[总大中]?[团队旅]$", name).group(0)
            qualifier = re.search(f"{CORPS_QUALIFIERS}(?=[总大中]?[团队旅]$)", name) if kind == "corps" else None
            el.update(echelon=head, name=name, pres=[qualifier.group(0)] if qualifier else [])
        elif kind == "code":
            el["side"] = "JP"
            el["division"] = code_names()[text[0]]
            digits = re.findall("[0-9]+", text)
            el["echelon"] = "部队" if text.endswith("部队") else "兵团"
            el["numbers"] = [int(d) for d in digits]
        elif kind == "echless":
            el["numbers"] = [parse_number(x) for x in re.findall(NUM, text)]
            el["pres"] = ["" for _ in el["numbers"]]
        elif kind == "directional":
            el["echelon"] = _DIRECTIONAL_ECHELON.search(_HQ_TAIL.sub("", text)).group(0)
        elif kind == "head":
            head = re.search(f"{HEADS}$", text).group(0)
            if head == "兵团" and text[-3:-2] in _BRANCH_BEFORE_BINGTUAN and len(text) > 3:
                head = "团"                   # 鲁中军区炮兵团: a region's artillery regiment, not a 兵团 (auditzh16)
            el["echelon"] = head if head in _HEAD_ECHELONS else "军" if head.endswith("军") else head
            qualifier = next((q for q in sorted(prefixes(), key=len, reverse=True)
                              if text[: -len(head)].endswith(q) and len(q) < len(text) - len(head)), "")
            if qualifier:
                el["pres"] = [qualifier]      # 台湾混成旅团: prefix 混成
        elif kind == "branch":
            qualifier = re.match(BRANCHES, text).group(0)
            el.update(echelon=text[len(qualifier):], pres=[qualifier], name=None)
        elif kind == "placelist":
            el["echelon"] = "方面军"
        elements.append(el)
    return tuple(elements)


_HQ_TAIL = re.compile(f"{HQ}$")


@lru_cache(maxsize=1)
def _side_word_re() -> tuple[re.Pattern, dict[str, str]]:
    side_of = {w: side for side, words in SIDE_WORDS.items() for w in words}
    return re.compile(rf"(?:{_alternation(side_of)})(?=[的之]?$)"), side_of


def side_from_context(left_context: str) -> str | None:
    """The side named by the words right before a unit (日军, 国军, 八路军的 …), or None."""
    ctx = left_context.rstrip()[-8:]
    word_re, side_of = _side_word_re()
    m = word_re.search(ctx)
    if m:
        return side_of[m.group(0)]
    if ctx.endswith(("的", "之")):
        ctx = ctx[:-1]
    if ctx and ctx[-1] in SIDE_CHARS and (len(ctx) == 1 or ctx[-2] in _BOUNDARY_BEFORE_CHAR):
        return SIDE_CHARS[ctx[-1]]
    return None


def side_from_start(span_text: str) -> str | None:
    """The side named by a country or side word a place-named formation starts with (苏联…)."""
    word_re, side_of = _side_word_re()
    for n in range(min(6, len(span_text)), 1, -1):
        if span_text[:n] in side_of:
            return side_of[span_text[:n]]
    return None


def _echelon_side(el: dict) -> str | None:
    if not el["numbers"]:
        return None
    if el["echelon"] in JP_ECHELONS:
        return "JP"
    if el["echelon"] == "战区" and el["numbers"]:
        return "ROC"
    return None


def _prefix_of(el: dict) -> str:
    table = prefixes()
    canon = {table[p]["canonical"] if p in table else p for p in el["pres"]}
    pre = canon.pop() if len(canon) == 1 else ""
    post = table[el["post"]]["canonical"] if el["post"] in table else el["post"]
    return pre + post


# Norms the MIL_UNIT finder has just computed, each kept for one more call with the same
# arguments (the normalise stage asks again for the same span and context).
_RECENT: dict[tuple[str, str, str], dict] = {}
_RECENT_MAX = 4096


def normalize_unit(span_text: str, left_context: str = "", right_context: str = "") -> dict:
    """numbers / echelon / prefix / side / id of a MIL_UNIT span (see module docstring).

    `right_context` (optional) supplies the echelon of a list written without one
    (第3、第13、第27，及…，共10个师团 → 师团).
    """
    key = (span_text, left_context, right_context)
    norm = _RECENT.pop(key, None)
    if norm is None:
        norm = _normalize_unit(span_text, left_context, right_context)
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        _RECENT[key] = norm
    return {**norm, "numbers": list(norm["numbers"])}


@lru_cache(maxsize=1)
def counted_echelon_re() -> re.Pattern:
    """个 and an echelon word (…及…，共10个师团): the echelon of a list written without one
    (compiled once: through re's cache of 512 it was compiled again whenever pushed out)."""
    return re.compile(rf"个({patterns()['echelon']})")


def _normalize_unit(span_text: str, left_context: str, right_context: str) -> dict:
    span_text = to_standard(span_text)
    elements = _parse_elements(span_text)
    right_echelon = ""
    if elements and elements[-1]["kind"] == "echless" and right_context:
        m = counted_echelon_re().search(right_context)
        right_echelon = m.group(1).translate(TO_STANDARD) if m else ""
    norm = _normalize(span_text, side_from_context(left_context), right_echelon)
    return {**norm, "numbers": list(norm["numbers"])}


@lru_cache(maxsize=8192)
def _normalize(span_text: str, context_side: str | None, right_echelon: str) -> dict:
    elements = _parse_elements(span_text)
    numbers = [n for el in elements for n in el["numbers"] if n is not None]
    last = elements[-1] if elements else None
    echelon = (last["echelon"] or right_echelon) if last else ""
    prefix = next((p for p in (_prefix_of(el) for el in elements) if p), "")

    side = next((el["side"] for el in elements if el["side"]), None) or context_side
    if side is None and last and last["kind"] == "head":
        side = side_from_start(span_text)      # 苏联航空志愿队, 美国远征军
    if side is None:
        table = prefixes()
        # a Japanese qualifier (混成) says JP only with a Japanese echelon: 第16混成旅 is a Beiyang brigade
        side = next((table[p]["side"] for el in elements for p in el["pres"] + [el["post"]]
                     if p in table and table[p]["side"]
                     and not (table[p]["side"] == "JP" and el["echelon"] and el["echelon"] not in JP_ECHELONS)), None)
    if side is None:
        side = next((s for s in (_echelon_side(el) for el in elements) if s), None)
    if side is None and numbers and right_echelon in JP_ECHELONS:
        side = "JP"
    if side is None and any(el["echelon"] == "军分区" or (el["kind"] == "region" and el["echelon"] in ("军区", "野战军"))
                            for el in elements):
        side = "CCP"              # 军区/军分区 of the wartime base areas (晋察冀军区)

    key = designation_key_of(elements, echelon) if last and last["kind"] in ("numeric", "echless") else None
    unit_id = None
    if last and side:
        if last["kind"] == "named":
            unit_id = f"{side}/named/{last['name']}"
        elif last["kind"] == "code":
            div = last["division"]
            unit_id = "JP/named/近卫师团" if div == 0 else f"JP/division/{div}"
        elif key:
            unit_id = ",".join(f"{side}/{part}" for part in key.split(","))
        elif last["kind"] in ("head", "region", "corps"):
            unit_id = f"{side}/named/{last['name']}"
    return {"numbers": numbers, "echelon": echelon, "prefix": prefix, "side": side, "id": unit_id}


# Echelons numbered inside their parent (the 3rd Battalion of a regiment), not army-wide.
PARENT_NUMBERED_KEYS = {"battalion", "company", "platoon"}


def _own_key(el: dict, echelon: str) -> str | None:
    """echelon key of one numeric element with its distinct qualifier folded in (暂编第15军 →
    provisional_army); None for a list whose items carry different qualifiers."""
    key = echelon_key(echelon)
    table = prefixes()
    post = el["post"] if el["post"] in table and table[el["post"]]["distinct"] else ""
    item_keys = {table[p]["key"] if p in table and table[p]["distinct"] else "" for p in el["pres"]} or {""}
    if post:
        return f"{table[post]['key']}_{key}"
    if len(item_keys) > 1:
        return None
    own = item_keys.pop()
    return f"{own}_{key}" if own else key


def designation_key_of(elements, echelon: str) -> str | None:
    """Side-free id of the innermost unit of a numeric span (see module docstring).

    预十师28团 → regiment/28; 第二十八集团军暂编第十五军 → provisional_army/15 (the parent
    does not enter the id, so the unit links with or without it); an echelon numbered
    inside its parent keeps the parent path (第104师团第161联队第3大队 →
    regiment/161/battalion/3). A list gives one key with its numbers joined by + (army/26+37),
    or, when its items carry different qualifiers, the member keys joined by a comma.
    """
    last = elements[-1]
    numbers = [n for n in last["numbers"] if n is not None]
    if not numbers or not echelon:
        return None
    key = _own_key(last, echelon)
    if key is None:
        table = prefixes()
        base = echelon_key(echelon)
        parts = []
        for pre, n in zip(last["pres"], last["numbers"]):
            info = table.get(pre)
            parts.append(f"{info['key']}_{base}/{n}" if info and info["distinct"] else f"{base}/{n}")
        return ",".join(parts)
    own = f"{key}/{'+'.join(str(n) for n in numbers)}"
    if key in PARENT_NUMBERED_KEYS and len(numbers) == 1 and len(elements) > 1:
        parent = elements[-2]
        if parent["kind"] == "numeric" and len(parent["numbers"]) == 1 and parent["echelon"]:
            parent_key = designation_key_of(elements[:-1], parent["echelon"])
            if parent_key:
                return f"{parent_key}/{own}"
    return own


def designation_key(span_text: str) -> str | None:
    """The side-free id of a numbered MIL_UNIT span (provisional_army/15), or None."""
    span_text = to_standard(span_text)
    elements = _parse_elements(span_text)
    if not elements or elements[-1]["kind"] not in ("numeric", "echless"):
        return None
    return designation_key_of(elements, elements[-1]["echelon"])
