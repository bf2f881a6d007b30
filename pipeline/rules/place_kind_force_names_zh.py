"""Local, provincial and irregular forces named by their place: PLACE + (KIND words) + HEAD, one grammar.

County gazetteers, party histories and Republican-era narratives name the forces of every side by the province,
county, district, region or country that raised them, the kind of force and a generic head. The project readings keep
the place that raised a force inside its name (guideline 15: a full name is one span; `直鲁联军`, `X县保安大队`,
`X县民团`); a head alone after a place the other finders cut to the place (GPE/LOC) and leave untagged. Session 26
(s26speed) merged the two finders written in parallel in session 25 (place_force_heads_zh, s25zhforce, and this
module, s25mine: cross-set mining of the development sets, the shape checked on other stored pages); they read the
same thing and gave the same span where both fired (`某县靖卫团`, `某县靖卫大队`), so that the place + head reading is
kept and the place + kind + head reading of the same span is not proposed again. Grammar over the gazetteer; no
list of names. Examples are written for this docstring.

The grammar: a PLACE, then a HEAD either right away (generic heads) or after one to four KIND words.

- PLACE + generic HEAD (`_PLACE_HEAD_RE`, source `rule:unit-place-force-head`): a region (`unit_forms_zh.region_start`:
  a known place, province characters with direction tails, 边区, with an optional 省/县/区; or a county with 县 the
  place lexicon knows, `county_start`) + 防军, 省防军, 民军, 商团, 国民兵团, 护路军, 靖卫团 or 靖卫大队; 区小队 /
  区中队 / 区大队 after a place + 区: `奉天省防军开到`, `贵州民军攻城`, `某城商团缴械`, `宁远县国民兵团成立`,
  `青阳区小队`. A province's defence army and a revolution's people's army, a province's railway guards, a town's
  merchants' corps, a county's national-service corps and its anti-communist guards of the 1930s, a district's squads.
  A base region's Red Army (`陕北红军`, `闽东红军`: + 红军 after a region that is no province or country; session 27, s27zhprec: 2 development sets read
  it whole and none apart, as the readings keep the place before a generic army head, `直鲁联军`).
  A region's or province's air force of the warlord and early war years (`东北空军`, `广西空军`, `广东空军`: + 空军 after a
  region or province, not a country, whose air service is the named-service reading of units; not before a base,
  school, airfield, officer, headquarters or hospital word: `柳州空军基地`, `某地空军学校`). Session 30 (s30zhunit),
  seen on m.zgkjsz.com (张学良与东北空军), m.quanbenxs.net, ppfocus.com (東北空軍的天上地下) and handmsg.com
  (廣西空軍, 2017).
- REGION + guerrilla HEAD (`_REGION_HEAD_RE`, same source): province characters + one or two directions
  (`[冀晋鲁豫…][东西南北中]{1,2}`, or a direction + 满) + (抗日)游击队, 游击大队, 游击支队, 大队 or 支队: `吉东游击队`,
  `豫西大队`, `鲁南支队`.
- Provincial armies listed by their one-character names sharing 军 (`川、黔军`, `滇、黔、桂军`; guideline 4), each
  name X军 a named force of lexicons/named_units.tsv (so never `日、伪军`), at priority 63 (above each name's lexicon
  reading).
- PLACE + KIND{1,4} + HEAD (`_FORCE_RE`, source `rule:place-kind-force`): a known place (a GPE of the gazetteer, 2-4
  characters, a county or city with or without 县/市; `enclosing_names_zh.known_place_before`) followed right away by
  one to four KIND words and a HEAD: `甲乙游击纵队`, `甲乙县靖卫大队`, `甲乙壮丁模范队`, `甲乙自治保卫团`, `甲乙洋枪队`,
  `甲乙游击集团`, `甲乙县保卫总团` (总团, the county corps of the 1929 县保卫团法 over the districts' corps: session 28,
  s28zhunit). KIND words (criterion: a word that says what sort of local, irregular or volunteer armed force a
  body is, in the Republican, wartime and late-Qing vocabulary of standard Modern Chinese; written for zhanji, not
  taken from any page): 义勇 决死 敢死 壮丁 模范 自治 自卫 保卫 保安 靖卫 游击 挺进 抗日 抗敌 人民 华侨 洋枪 赤卫 救国
  护路 锄奸 别动 突击 常备 警备 联防 联庄 铲共 清乡 民众. HEADS: 纵队 支队 总队 总团 大队 中队 分队 集团 队 团, and 军
  after 义勇/自卫/救国/抗日/挺进/游击/自治. A country opens such a name only where the kind is a volunteers' force
  (义勇, 决死, 敢死): `丙国义勇队`, `丁国华侨决死队`; never `丙国游击队` (a country's guerrillas are no one body's name).
  The kind next to the head is the unit's prefix where the unit grammar knows it (湖南保安队: 保安).

Not: a post, a member or the staff after the head (`…团长`, `…队员`, `…团丁`, `…队部`, `区小队长`; 部队 is fine), an
association (`…团体`), a head that makes a crowd (`苏北大队人马`, `大队伍`, `大队日军`) or an event (`广州商团事变`,
`商团叛乱`); a count or a determiner before the place (`两支民军`, `各`, `两`, `数`); a chain of kinds that only says
who the members are (人民, 华侨, 民众, 模范: `某地华侨团`); a designation after the kind (`保安四团`: a numbered
unit; place_security_units_zh reads place + 保安 + number whole since session 26, as audit24-zh's gold does). Echelon the head's (`军`, `团`, `小队` …), no numbers.

`find_place_forces(text)` (working text, Simplified) proposes MIL_UNIT at priority 61 (the level of the other
local-force finders and of the place-named militia of enclosing_names_zh: above the gazetteer's 30 and the unit rule's
60, below the joins that add a parent or numbered sub-units: `某省民军第一路第四支队` is then read by `unit_joins_zh`).
Cost: one gate on the heads' characters (队/团/军), then each scan started at its literals (`scan.literal_finditer`);
gazetteer look-ups at the matches only (at most 8 characters before each).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name, place_lexicon
from pipeline.normalize.units import named_units, prefixes
from pipeline.rules.enclosing_names_zh import known_place_before
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import literal_finditer
from pipeline.rules.unit_forms_zh import region_start
from pipeline.spans import Candidate

HEAD_SOURCE, KIND_SOURCE, PRIORITY = "rule:unit-place-force-head", "rule:place-kind-force", 61

# --- PLACE + generic HEAD; REGION + guerrilla HEAD; listed provincial armies
_PROVINCE = province_abbreviations(without="京津沪渝琼藏新台港澳康")
_AFTER = "(?![长员]|部(?!队)|人马|伍|日军|伪军|敌|事变|事件|叛乱|之变|之乱|案)"
_PLACE_HEAD_RE = re.compile(f"(?P<head>省?防军|民军|商团|国民兵团|护路军|靖卫(?:团|大队)|红军|(?<=区)(?:小队|中队|大队)"
                            f"|空军(?![基学机官总司医工场站航校部兵署区训]))"
                            f"{_AFTER}")
_REGION_HEAD_RE = re.compile(f"(?P<region>[{_PROVINCE}][东西南北中]{{1,2}}|[东西南北]满)"
                             f"(?P<head>(?:抗日)?游击(?:大队|支队|队)|大队|支队){_AFTER}")
_COUNTED = set("两个几数各每该")
# provincial armies listed by their one-character names sharing 军 (川、黔军; 滇、黔、桂军): guideline 4
_ARMY_LIST_RE = re.compile(f"(?P<first>[{_PROVINCE}京直奉])(?:、[{_PROVINCE}京直奉])+军(?![长官民人政部区队])")
_STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等这那其入军师团队旅营连部线力，。、；：（）()“”《》 \n")
_ECHELON = {"防军": "军", "省防军": "军", "民军": "军", "商团": "团", "国民兵团": "团", "护路军": "军", "靖卫团": "团",
            "靖卫大队": "大队"}

# --- PLACE + KIND{1,4} + HEAD
KIND_WORDS = ("义勇", "决死", "敢死", "壮丁", "模范", "自治", "自卫", "保卫", "保安", "靖卫", "游击", "挺进", "抗日",
              "抗敌", "人民", "华侨", "洋枪", "赤卫", "救国", "护路", "锄奸", "别动", "突击", "常备", "警备", "联防",
              "联庄", "铲共", "清乡", "民众",
              # session 31 (w31zhunit): the kinds of a regular or local unit's service and task (特务大队, 守备旅,
              # 学兵团, 先遣支队, 独立营) and the resistance's 抗暴/抗征, read across development sets
              "特务", "守备", "学兵", "先遣", "独立", "抗暴", "抗征")
_ARMY_KINDS = ("义勇", "自卫", "救国", "抗日", "挺进", "游击", "自治")
_COUNTRY_KINDS = ("义勇", "决死", "敢死")
# kinds that say who the members are, not that they bear arms: never a force's name alone (某地人民团, 某国华侨队)
_UNARMED_KINDS = frozenset(("人民", "华侨", "民众", "模范"))
_KINDS_LONGEST_FIRST = tuple(sorted(KIND_WORDS, key=len, reverse=True))
_KIND = "|".join(_KINDS_LONGEST_FIRST)
_FORCE_RE = re.compile(f"((?:{_KIND}){{1,4}})(纵队|支队|总队|总团|大队|中队|分队|集团(?!军)|队|团|军|旅|营|司令部)"
                       "(?![长员部丁兵体结练民])")   # 军民, 团民: the soldiers and people, a body's members
# a brigade or battalion head only after the kinds of a regular unit's service (吉林守备旅, 明光独立营; session 31)
_BRIGADE_KINDS = ("守备", "独立", "警备", "特务", "保安", "挺进", "先遣")
_BEFORE_PLACE_NOT = frozenset("各每该两几数诸")
# session 33 (w33zhqtymil, read across development sets: audit22, audit23 and audit25 read such names whole): the
# resistance forces of the 1940s named `X人民抗日…` / `X人民抗暴…` by a place X the gazetteer may not hold: a county
# pair's initials (惠宝 = 惠阳 + 宝安, 东宝), a mountain (会稽山), abbreviations glossed in brackets (新(会)鹤(山)). After
# 人民抗日/人民抗暴 the stem before it is the place whatever it is: two to four characters (brackets of one character
# each inside), back to a clause boundary or a function word (_STOP). And such a guerrilla force's command is its
# head too (`X人民抗暴游击司令部`: rule 15, a full official name).
_RESISTANCE_KINDS = ("人民抗日", "人民抗暴")
_STEM_PIECE = re.compile("[\u4e00-\u9fff][(（][\u4e00-\u9fff][)）]|[\u4e00-\u9fff]")


def _hint(head: str) -> dict:
    echelon = _ECHELON.get(head) or ("支队" if head.endswith("支队") else "大队" if head.endswith("大队")
                                     else head if head in ("小队", "中队") else "队")
    return {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": "游击" if "游击" in head else ""}}


def county_start(text: str, at: int) -> int | None:
    """Start of a county written with 县 right before `at` that the place lexicon knows (with or without 县):
    `某某县` + a force head, where the units finder's place set leaves out names that are also words (兴国, 于都)."""
    if at < 3 or text[at - 1] != "县":
        return None
    return next((at - k for k in (4, 3) if at >= k and (is_gpe_name(text[at - k:at]) or is_gpe_name(text[at - k:at - 1]))),
                at - 2 if is_gpe_name(text[at - 2:at]) else None)


def _place_heads(text: str) -> list[Candidate]:
    """PLACE + generic HEAD, listed provincial armies, REGION + guerrilla HEAD."""
    out = []
    if not any(w in text for w in ("防军", "民军", "商团", "兵团", "护路军", "靖卫", "队", "、", "红军", "空军")):
        return out
    for m in literal_finditer(_PLACE_HEAD_RE, text):
        start = region_start(text, m.start())    # 奉天 + 省防军, 青阳区 + 小队
        if start is None:
            start = county_start(text, m.start())
        if start is None or (start > 0 and text[start - 1] in _COUNTED):
            continue
        head = m.group("head")
        if head == "红军" and getattr(place_lexicon().get(text[start:m.start()]), "label", "") == "GPE":
            continue                          # 湖南|红军: a province or country before the named force stays its own place
        if head == "空军" and getattr(place_lexicon().get(text[start:m.start()]), "kind", "") in ("country", "continent"):
            continue                          # 美国空军: a nation's air force is the named-service reading's (units)
        hint = {} if head in ("红军", "空军") else _hint(head.lstrip("省"))    # the Red Army of a region: the named force's reading
        out.append(Candidate(start, m.end(), "MIL_UNIT", HEAD_SOURCE, PRIORITY, norm=hint))
    if "、" in text and "军" in text:
        named = named_units()
        for m in literal_finditer(_ARMY_LIST_RE, text):
            s = m.start()
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP:
                continue                          # inside a longer word
            if all(ch + "军" in named for ch in m.group(0)[:-1:2]):
                out.append(Candidate(s, m.end(), "MIL_UNIT", HEAD_SOURCE, PRIORITY + 2, norm=_hint("民军")))
    if "队" in text:
        for m in literal_finditer(_REGION_HEAD_RE, text):
            s = m.start()
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP:
                continue                          # inside a longer word: 华东|北大队, 江苏北|…
            out.append(Candidate(s, m.end(), "MIL_UNIT", HEAD_SOURCE, PRIORITY, norm=_hint(m.group("head"))))
    return out


def _place_kinds(text: str, taken: set) -> list[Candidate]:
    """PLACE + KIND{1,4} + HEAD, except the spans in `taken` (read already as PLACE + HEAD: 某县靖卫团)."""
    places = place_lexicon()
    out = []
    for m in literal_finditer(_FORCE_RE, text):
        kinds, head = m.group(1), m.group(2)
        if head == "军" and not kinds.endswith(_ARMY_KINDS):
            continue
        if head in ("旅", "营") and not kinds.endswith(_BRIGADE_KINDS):
            continue
        if head == "司令部" and not kinds.endswith("游击"):
            continue                          # 某县保安司令部 is a command the ORG and unit finders read
        if all(kinds[i:i + 2] in _UNARMED_KINDS for i in range(0, len(kinds), 2)):
            continue
        start = known_place_before(text, m.start(), places)
        if start is None and kinds.startswith(("抗日", "人民", "先遣", "游击")):
            start = region_start(text, m.start())   # a base region before a resistance force (豫西抗日先遣支队; session 31)
        if start is None and kinds.startswith(_RESISTANCE_KINDS):
            start = _resistance_stem(text, m.start(), places)   # 惠宝人民抗日游击总队 (session 33)
        if start is None or (start > 0 and text[start - 1] in _BEFORE_PLACE_NOT) or (start, m.end()) in taken:
            continue
        entry = places.get(text[start:m.start()].rstrip("县市"))
        if entry is not None and entry.kind in ("country", "continent") and not any(k in kinds for k in _COUNTRY_KINDS):
            continue
        # the kind next to the head is the unit's prefix where the unit grammar knows it (湖南保安队: 保安)
        prefix = next((k for k in _KINDS_LONGEST_FIRST if kinds.endswith(k)), "")
        out.append(Candidate(start, m.end(), "MIL_UNIT", KIND_SOURCE, PRIORITY, norm={"unit_hint": {
            "numbers": [], "echelon": "团" if head == "总团" else "" if head == "司令部" else head, "prefix": prefix if prefix in prefixes() else ""}}))
    return out


def _resistance_stem(text: str, at: int, places) -> int | None:
    """Start of the stem (2-4 characters, bracketed glosses of one character inside) that names a people's resistance
    force ending at `at`: a place of any kind the lexicon holds (会稽山), else the run back to a clause boundary or a
    function word; None for a longer run or a common word (广大, 全县, 当地, 本县: the people of no one place)."""
    for size in (4, 3, 2):
        if at - size >= 0 and text[at - size:at] in places:
            return at - size
    pieces, i = 0, at
    while pieces < 4 and i > 0:
        if text[i - 1] in ")）" and i >= 4 and _STEM_PIECE.fullmatch(text, i - 4, i):
            i -= 4
        elif "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _STOP:
            i -= 1
        else:
            break
        pieces += 1
    if pieces < 2:
        return None
    from pipeline.rules.names_common import word_info

    words = word_info()
    if i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _STOP:
        i = _two_pieces_before(text, at)     # no boundary within four: the two pieces before (组建东宝 → 东宝)
    elif pieces > 2 and _common(words.get(text[i:i + 2])):
        i += 2                               # 组建东宝, a clause's verb opening the run: the stem after it
    return None if _common(words.get(text[i:at])) else i


def _two_pieces_before(text: str, at: int) -> int:
    i = at
    for _ in range(2):
        i -= 4 if text[i - 1] in ")）" else 1
    return i


def _common(entry) -> bool:
    """A frequent dictionary word that names no place (广大, 全县, 当地, 组建)."""
    return bool(entry) and (entry[0] >= 1000 or entry[0] >= 100 and not entry[1].startswith("ns"))


def find_place_forces(text: str) -> list[Candidate]:
    """Forces named by their place (working text, Simplified): one MIL_UNIT each, by the grammar above."""
    if "队" not in text and "团" not in text and "军" not in text and "旅" not in text and "营" not in text \
            and "司令部" not in text:
        return []
    heads = _place_heads(text)
    return heads + _place_kinds(text, {(c.start, c.end) for c in heads if c.priority == PRIORITY})
