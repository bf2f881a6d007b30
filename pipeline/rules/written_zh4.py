"""Chinese text as written on third-party pages, fourth set of classes (session 5, real-dev4-zh).

`find_written4(text)` (working text, Simplified) proposes:

- PERSON: a bare surname standing for a person named in full (from the person lexicon) anywhere in the
  text, where the surname stands alone as a word: after a boundary or a word of address (与, 被, 同, 叫, 受,
  当时) and before a particle, another such surname or a verb (冯感到, 同冯的, 被阎作为, 冯阎又联合); not in
  verb compounds (反蒋, 拥蒋, 联阎, 压阎). A surname before a post (孙旅长, 胡司令) after any non-word character.
- PERSON: names in an infobox's commanders block (指挥官与领导者 … 兵力): a line `国名 姓名` (清朝 刘步蟾,
  大日本帝国 坪井航三) and lines of names glued together by a lost separator (陈可钰陈铭枢张发奎).
- MIL_UNIT: a force named after its leader (韩复榘军, 孙军 where 孙X is named in the text; 蒋军 is the
  Nationalist army at large and stays generic), with a subordinate designation written after it (孙军第四师);
  a known person + 独立团 (guideline 1).
- MIL_UNIT: a list of the late-Qing fleets sharing one 水师 (北洋、南洋、福建和广东四支水师: rule 4);
  a force name in quotation marks ending in an echelon or force word (“黄卫军”, “铁石部队”).
- GPE: a state after 伪 (伪满洲国 → 满洲国, real-dev3's 偽滿洲國; 伪 stays outside); MIL_UNIT / ORG: a collaborationist
  force or government after 伪 named by its region (伪蒙古军 → 蒙古军, 伪华北治安军, 伪蒙古军政府 → ORG).
- ORG: a body of the organisation lexicon glued to the post after it (中共中央主席, 国务院总理: the post outside,
  as 青海省政府 + 主席; a ministry + 长 stays a post, orgs.py).
- DATE: a day with a part of day and an hour (31日清晨5时: one date, guideline 13 keeps it whole).
- QUANTITY: both ends of a range of comma-grouped numbers (14,800-21,000人 → 14,800 + 21,000人, the first with
  its partner's unit; 70,000-100,000 in an infobox); N面 before 合围/包围/夹击.
- GPE: a place with the suffix of a town, community or street office (X镇, X集镇, X社区, X街道); an unfamiliar
  settlement where troops are stationed (一部驻X，);
  LOC: a waterfall (X瀑布); an unfamiliar mountain, island or reef before a word of relative place (X山南面, X岛附近).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer) or run
only when a rare literal is in the text.
The PERSON classes (and the forces named after a leader) live in pipeline.rules.written_zh4_persons.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import _org_lexicon, is_common_word, known_places, word_info
from pipeline.rules.scan import LazyPattern as _lazy, anchored_finditer
from pipeline.rules.written_zh3 import named_after_known_place
from pipeline.rules.written_zh4_persons import (  # the person classes, and the name-character class they share
    _CJK, _CN_NUM, _HAN, _NOT_IN_NAME, _bare_surnames, _infobox_commanders, _known_full_names, _leader_forces,
    _places,
)
from pipeline.spans import Candidate
from pipeline.rules.unit_precision_guards_zh import verb_object_army


# --------------------------------------------------------------------------- MIL_UNIT / ORG / GPE

_FLEETS = "北洋|南洋|福建|广东"
_FLEET_LIST_RE = _lazy(f"(?:(?:{_FLEETS})(?:、|和|及|与)){{1,3}}(?:{_FLEETS})(?:[两二三四]支)?水师")
_FLEET_ANCHOR = _lazy("水")

_QUOTED_FORCE_RE = _lazy(f"“({_HAN}{{1,6}}?(军|部队|兵团|支队|纵队|挺进队|大队|总队|游击队|先锋队|突击队))”")
_QUOTED_ANCHOR = _lazy("“")
_GENERIC_QUOTED = {"国军", "皇军", "友军", "敌军", "我军", "日军", "伪军", "红军", "联军", "义军", "官军", "匪军", "杂牌军",
                   # a kind of troops in quotes (所谓“精锐部队”), not a name (zh6)
                   "精锐部队", "主力部队", "王牌部队", "嫡系部队", "杂牌部队", "地方部队", "正规部队", "王牌军", "正规军",
                   "游击队", "先锋队", "突击队", "敢死队", "游击大队", "别动队", "便衣队", "武工队", "自卫队"}

_PUPPET_STATE_RE = _lazy("伪(满洲国|满洲帝国|蒙疆)")
# a collaborationist force or government after 伪 (伪蒙古军, 伪蒙古军政府): 伪 stays outside (real-dev3 伪蒙古军 →
# 蒙古军), the name is the force (a region or place + 军/治安军/绥靖军/警备队/保安队) or the government (X政府)
_PUPPET_BODY_RE = _lazy(f"伪({_HAN}{{2,6}}?)(军政府|政府|自治政府|治安军|绥靖军|警备队|保安队|自治军|军)(?![政长官部人队团事])")
_PUPPET_ANCHOR = _lazy("伪")

_POSTS = "主席|副主席|总理|副总理|委员长|副委员长|总书记|第一书记|书记|秘书长|主任|委员"
_POST_RE = _lazy(f"(?:{_POSTS})")


def _fleets_quotes_puppets(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "水师" in text:
        for m in anchored_finditer(_FLEET_LIST_RE, text, _FLEET_ANCHOR, 16):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-fleet-list", 61,
                                 norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "“" in text:
        for m in anchored_finditer(_QUOTED_FORCE_RE, text, _QUOTED_ANCHOR, 0):
            name = m.group(1)
            if len(name) >= 3 and name not in _GENERIC_QUOTED and not is_common_word(name, 50) \
                    and not re.search(f"[{_CN_NUM}0-9]", name) and not verb_object_army(name):
                echelon = m.group(2) if m.group(2) in ("军", "部队", "兵团", "支队", "纵队", "大队", "总队") else ""
                out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-quoted-force", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    if "伪" in text:
        for m in anchored_finditer(_PUPPET_STATE_RE, text, _PUPPET_ANCHOR, 0):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-puppet-state", 31))
        places = _places()
        for m in anchored_finditer(_PUPPET_BODY_RE, text, _PUPPET_ANCHOR, 0):
            name, head = m.group(1), m.group(2)
            if not (any(name[:k] in places for k in (2, 3, 4)) or name[:2] + "国" in places) \
                    or any(ch in _NOT_IN_LOCAL for ch in name):
                continue        # the name starts with its region, place or country's short name: 华北, 满洲国, 蒙古(国)
            if head.endswith("政府"):
                out.append(Candidate(m.start(1), m.end(), "ORG", "rule:org-puppet-government", 36))
            else:
                out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-puppet-force", 62,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军" if head.endswith("军") else "",
                                                         "prefix": ""}}))
    return out


_LONGER_NAME_QUALIFIERS = ("革命", "人民", "抗日", "民主")


def _orgs_before_posts(text: str) -> list[Candidate]:
    """An organisation of the lexicon glued to the post after it: 中共中央主席 → the body (a ministry + 长,
    外交部长, stays a post: orgs.py).
    Found from the posts: the text before each is looked up in the lexicon's forms (no second scan)."""
    out: list[Candidate] = []
    forms = _org_lexicon()[0]
    for post in _POST_RE.finditer(text):
        pos = post.start()
        for size in range(12, 1, -1):
            name = text[pos - size:pos] if pos >= size else ""
            if name in forms and not name.endswith("部"):    # 政治部主任: a post of its unit, not a body
                if text.endswith(_LONGER_NAME_QUALIFIERS, 0, pos - size):
                    break   # 某某革命军事委员会主席: a longer body's name, the organisation finder reads it
                start = pos - size
                if name in _PLACE_OWNED:     # 四川省政协副主席: the place owns the body (orgs.py reads 某县政协 so)
                    places = known_places()
                    start -= next((k for k in (4, 3, 2) if start >= k and text[start - k:start] in places), 0)
                start = _parent_government_start(text, start)
                out.append(Candidate(start, pos, "ORG", "rule:org-before-post", 36))
                break
    return out


# a place's government written right before one of its bodies (某省政府|某委员会委员): one ORG to the longest unit
_PARENT_GOVERNMENTS = ("省政府", "市政府", "县政府", "省公署", "国民政府")


def _parent_government_start(text: str, start: int) -> int:
    """Where a place's government written right before `start` opens (甲乙省政府 + a body of the lexicon; the
    nesting of government bodies is one ORG to the longest unit, r21orgloc), else `start`."""
    for gov in _PARENT_GOVERNMENTS:
        if text.endswith(gov, 0, start):
            at = start - len(gov)
            places = known_places()
            size = next((k for k in (4, 3, 2) if at >= k and text[at - k:at] in places), 0)
            if size or gov == "国民政府":
                return at - size
    return start


# bodies of the lexicon that a place written before them owns (the organisation finder's heads that take a place)
_PLACE_OWNED = frozenset(("政协", "省委", "市委", "县委", "地委", "区委", "特委", "总工会", "学联"))


# --------------------------------------------------------------------------- DATE / QUANTITY

_DAY_PART_CLOCK_RE = _lazy(
    "(?<![0-9.第前后今明昨翌次每数几])(?:[1-9]|[12][0-9]|3[01])日"
    "(?:拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间|午后)"
    "(?:[0-2]?[0-9]|[一二]?十[一二]?|[一二三四五六七八九])[时点](?:(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分)?(?![0-9钟])(?:许|左右|前后)?")
_DAY_PARTS = "拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间|午后"
_DAY_PART_ANCHOR = _lazy(_DAY_PARTS)     # the part of day, at most 3 characters after the start (31日)

_NUM_RANGE_RE = _lazy(
    "(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3}){1,3})[-–~～至到]([0-9]{1,3}(?:,[0-9]{3}){1,3})(?![0-9,.])")
_NUM_RANGE_ANCHOR = _lazy("[-–~～至到]")
_RANGE_APPROX = ("将近", "大约", "超过", "约", "近", "逾")
_SIDES_RE = _lazy("(?<![0-9第])([两二三四])面(?=合围|包围|夹击|围攻|围歼)")
_SIDES_ANCHOR = _lazy("合围|包围|夹击|围攻|围歼")    # the verb, 2 characters after the start


def _dates_quantities(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in anchored_finditer(_DAY_PART_CLOCK_RE, text, _DAY_PART_ANCHOR, 3):
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-day-part-clock", 51))
    if "," in text:
        from pipeline.normalize.quantities import normalize_quantity
        from pipeline.rules.quantities import _patterns

        for m in anchored_finditer(_NUM_RANGE_RE, text, _NUM_RANGE_ANCHOR, 12):
            # each end of a range is its own span, the first takes its partner's unit (real-dev 二至三個軍)
            second = _patterns()[0].match(text, m.start(2))
            if second is None or second.end() < m.end():
                continue
            norm2 = normalize_quantity(text[m.start(2):second.end()])
            # an approximator before the first end belongs to it (rule 9: 约8,000至9,000人 → 约8,000)
            start1 = m.start(1) - next((len(w) for w in _RANGE_APPROX if text.endswith(w, 0, m.start(1))), 0)
            norm1 = {**normalize_quantity(text[start1:m.end(1)]), "unit": norm2.get("unit", "")}
            out.append(Candidate(start1, m.end(1), "QUANTITY", "rule:quantity-grouped-range", 41, norm=norm1))
            out.append(Candidate(m.start(2), second.end(), "QUANTITY", "rule:quantity-grouped-range", 41, norm=norm2))
    for m in anchored_finditer(_SIDES_RE, text, _SIDES_ANCHOR, 2):
        out.append(Candidate(m.start(1), m.end(), "QUANTITY", "rule:quantity-sides", 41))
    return out


# --------------------------------------------------------------------------- places

_LOCAL_SUFFIX_RE = _lazy(f"({_HAN}{{2,4}}?)(集镇|社区|街道)(?![办居委])")
_LOCAL_ANCHOR = _lazy("[集社街]")
_WATERFALL_RE = _lazy(f"({_HAN}{{2,3}}?)瀑布")
_WATERFALL_ANCHOR = _lazy("瀑")
_VERB_BEFORE_PLACE = set("经过往向至到在于从由自抵近有")   # 有: 另有|官渡乡, 还有|高桥镇 (auditzh2)
# verbs of attack that jieba does not list, ending right before a town's name (直插|甲渡镇; auditzh39)
_VERBS_BEFORE_TOWN = frozenset("直插 直扑 直趋 攻下 进逼 进占 奔袭".split())
_DISTANCE_BEFORE = frozenset("距")   # 距|五圣山主峰: "at a distance from", no part of the name (prezh2)
_NOT_IN_LOCAL = set("的了是在和与及个一这那该此其各等")
_NOT_PLACE_START = set("东西南北中上下前后左右该此本敌我各全两这那其在于到至向从由和与及的了")
# function characters no town's name holds: 百户以上集镇为里 is a rule of counting households, no town (session 22,
# s22zhprec)
_NOT_IN_TOWN = frozenset("以为的了和与及或每")


def _local_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "集镇" in text or "社区" in text or "街道" in text:
        for m in anchored_finditer(_LOCAL_SUFFIX_RE, text, _LOCAL_ANCHOR, 4):
            stem = m.group(1)
            # the stem starts after a place written before it (咸安区永安街道 → 永安街道)
            cut = next((k for k in range(1, len(stem) - 1) if stem[:k] in _places() or stem[k - 1] in "区县市镇乡"), 0)
            if not cut and m.start(1) and text[m.start(1) - 1] in "区县市镇乡":
                cut = -1        # the address word is right before the match
            stem = stem[max(cut, 0):]
            cut_at = m.start(1) + max(cut, 0)
            # only in an address, after a district, county, town or place (咸安区永安街道): 主要街道, 加强社区 are words
            if len(stem) >= 2 and stem[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_LOCAL for ch in stem) \
                    and cut and (text[cut_at - 1] in "区县市镇乡" or not is_common_word(stem, 100)):
                out.append(Candidate(cut_at, m.end(), "GPE", "rule:place-local-suffix", 31))
    if "瀑布" in text:
        for m in anchored_finditer(_WATERFALL_RE, text, _WATERFALL_ANCHOR, 3):
            stem, start = m.group(1), m.start(1)
            if len(stem) == 3 and (stem[0] in _VERB_BEFORE_PLACE
                                   or any(text[max(0, start - k):start + 1] in _places() for k in (1, 2, 3))):
                stem, start = stem[1:], start + 1      # 友谊关板约瀑布: the pass before it is not in the name
            if stem[0] not in _NOT_PLACE_START and not is_common_word(stem, 100):
                out.append(Candidate(start, m.end(), "LOC", "rule:place-waterfall", 31))
    return out


# a county seat written with the county's old name (咸宁县城, the county is now a district): the known place
# + 县城 is one GPE, not the shorter county read across the name (宁县 + 城)
_COUNTY_SEAT_RE = _lazy(f"({_HAN}{{2}})县城")
_COUNTY_SEAT_ANCHOR = _lazy("县")
# a city's suburbs: 南京城郊 → 南京 (城郊 is one word)
_SUBURB_RE = _lazy(f"({_HAN}{{2,3}}?)城郊(?!区)")   # 衡阳城郊区: the city + 郊区
_SUBURB_ANCHOR = _lazy("郊")
# a pacification or field headquarters named by its city (福州绥署, 西安行营): no echelon word, an ORG
_FIELD_HQ_RE = _lazy(f"({_HAN}{{2,3}}?)(绥靖公署|绥署|行营|行辕)")
_FIELD_HQ_ANCHOR = _lazy("绥靖公署|绥署|行营|行辕")      # the head word, ≤ 3 after the start
# a prison or camp named by its place (抚顺战犯管理所, 提篮桥监狱): a FAC
_PRISON_RE = _lazy(f"({_HAN}{{2,3}}?)(战犯管理所|监狱|集中营|战俘营|看守所)")
_PRISON_ANCHOR = _lazy("战犯管理所|监狱|集中营|战俘营|看守所")   # the head word, ≤ 3 after the start
# a settlement named after a structure (X桥, X渡, X岗, X庙, X店, X铺, X集): with a town word it is a GPE
# (汀泗桥镇), and so it is where it is taken or reached as a place (退至X一带, 占领X及Y)
_STRUCTURE_TOWN_RE = _lazy(f"({_HAN}{{1,3}}[桥渡岗庙店铺集])(镇|集镇|乡|村)")
_STRUCTURE_TOWN_ANCHOR = _lazy("[桥渡岗庙店铺集](?:镇|集镇|乡|村)")   # the structure word, ≤ 3 after the start
_TAKEN_STRUCTURE_RE = _lazy(
    f"(?:占领|攻占|进占|占据|退至|撤至|进至|抵达|到达|退守|进驻|驻守|克复|收复|攻克|逼近)"
    f"({_HAN}{{1,3}}[桥渡岗庙店铺])(?=一带|附近|及|、|，|。|；|以[东南西北])")
# the structure word that ends the name, before its boundary: at most 5 after the start
_TAKEN_ANCHOR = _lazy("[桥渡岗庙店铺](?=一带|附近|及|、|，|。|；|以[东南西北])")


# a settlement where troops are stationed (一部驻琼林，进驻X一带): an unfamiliar 2-3 character name right after
# 驻 and before a boundary is a village or town
_STATIONED_RE = _lazy(f"(?:进驻|驻守|驻扎于|驻扎在|移驻|回驻|驻)({_HAN}{{2,3}}?)(?=[，。、；：]|一带|附近|及其?附近|地区|以[东南西北])")
_STATIONED_ANCHOR = _lazy("驻")
_NOT_STATION_START = set("东西南北中上下前后左右该此本敌我各全两这那其原地防军守扎屯华美日英苏德法外在于有所"
                         "扰掠劫泊")   # 驻有重兵 (zh12); 分驻所巡官 (auditzh13); 驻扰勒索: station and harass (auditzh21); 驻泊: ships at anchor (r20zhplace)


def _stationed(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = _places()
    for m in anchored_finditer(_STATIONED_RE, text, _STATIONED_ANCHOR, 3):
        name = m.group(1)
        entry = places.get(name)
        if entry is not None and entry.label != "LOC" or name[0] in _NOT_STATION_START:
            continue            # a known GPE is found already; 驻防, 驻军, 驻日: words
        if is_common_word(name, 20) or is_common_word(text[m.start(1) - 1:m.start(1) + 1], 20) \
                or any(ch in _NOT_IN_LOCAL or ch in _NOT_IN_NAME for ch in name) \
                or not word_info().get(name, (0, "ns"))[1].startswith(("ns", "nz", "nr")):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-stationed", 29))
    return out


def _more_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = _places()
    if "县城" in text:
        for m in anchored_finditer(_COUNTY_SEAT_RE, text, _COUNTY_SEAT_ANCHOR, 2):
            entry = places.get(m.group(1))
            if entry is not None and entry.label == "GPE" and m.group(1) + "县" not in places:
                out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-county-seat", 31))
    if "城郊" in text:
        for m in anchored_finditer(_SUBURB_RE, text, _SUBURB_ANCHOR, 4):
            name = m.group(1)
            k = next((k for k in range(len(name) - 1) if name[k:] in places and places[name[k:]].label == "GPE"), None)
            if k is not None:
                out.append(Candidate(m.start(1) + k, m.end(1), "GPE", "rule:place-suburb", 32))
    if "绥" in text or "行营" in text or "行辕" in text:
        for start, end in named_after_known_place(_FIELD_HQ_RE, text, _FIELD_HQ_ANCHOR, 3, places):
            out.append(Candidate(start, end, "ORG", "rule:org-field-hq", 36))
    if "监狱" in text or "管理所" in text or "集中营" in text or "战俘营" in text or "看守所" in text:
        for start, end in named_after_known_place(_PRISON_RE, text, _PRISON_ANCHOR, 3, places):
            out.append(Candidate(start, end, "FAC", "rule:fac-prison", 46))
    for m in anchored_finditer(_STRUCTURE_TOWN_RE, text, _STRUCTURE_TOWN_ANCHOR, 3):
        stem, at = m.group(1), m.start(1)
        # the name starts after a place, an administrative word or an ordinary word ending inside the match
        # (咸宁县|汀泗桥镇, 以东|高桥镇; the 今 of a modern note: （今|X店镇）, auditzh49)
        cut = max((k for k in range(1, len(stem) - 1)
                   if stem[:k] in places or stem[k - 1] in "区县市省镇乡今" or is_common_word(text[at + k - 2:at + k], 100)
                   or stem[k - 1] in _VERB_BEFORE_PLACE or k >= 2 and stem[k - 2:k] in _VERBS_BEFORE_TOWN), default=0)
        if len(stem) - cut >= 3 and stem[cut] not in _NOT_PLACE_START and not is_common_word(stem[cut:], 50) \
                and not any(ch in _NOT_IN_TOWN for ch in stem[cut:]):
            out.append(Candidate(m.start(1) + cut, m.end(), "GPE", "rule:place-structure-town", 47))
    for m in anchored_finditer(_TAKEN_STRUCTURE_RE, text, _TAKEN_ANCHOR, 5):
        name = m.group(1)
        if len(name) >= 3 and name[0] not in _NOT_PLACE_START and not is_common_word(name, 50):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-structure-taken", 46))
    return out


# a battle named after a naming verb (又称X战斗, 亦称X之战): the verb is outside the name
_NAMED_AS_RE = _lazy(f"(?:又|亦|或|简|史|通|俗|也|并|合)称({_HAN}{{2,6}}?(?:战斗|战役|之战|之役|会战|事变|战争|海战|大捷|保卫战))")
_NAMED_AS_ANCHOR = _lazy("称")
# a landing operation: 荣成湾登陆作战 (the 作战 belongs to the name)
_LANDING_RE = _lazy(f"({_HAN}{{2,4}}?)登陆作战")
_LANDING_ANCHOR = _lazy("登")
# the divisions of a fleet: 联合舰队本队, 第一游击队
_FLEET_DIVISION_RE = _lazy(f"联合舰队本队|第[一二三四五六七八九十]{{1,2}}游击队")
_FLEET_DIVISION_ANCHOR = _lazy("[联第]")
# the rows of an infobox's belligerents block (参战方 … 指挥官): a unit named by function or region, no number
_PARTIES_HEAD = _lazy("参战方\n|参战部队\n")
_PARTY_ROW = _lazy(f"{_HAN}{{1,4}}(?:旅|团|师|游击队|支队|纵队|大队|卫队)")


# an unfamiliar mountain, island or reef before a word of relative place (五圣山南面, 大鹿岛附近): a LOC
_LANDFORM_RE = _lazy(f"({_HAN}{{2,3}}?[山岛礁峰])(?=南面|北面|东面|西面|附近|一带|周围|主峰|海域|以[东南西北])")
_LANDFORM_ANCHOR = _lazy("南面|北面|东面|西面|附近|一带|周围|主峰|海域|以东|以南|以西|以北")
_NOT_LANDFORM_START = set("这那该此其各每本全某一两几数多高大小群深荒上下前后左右东西南北中")
# a verb of reaching or taking before a two-character landform (进至云山以南, 攻至黄山以东, 占领草山附近) is no part
# of its name: the match is left to the place finders (auditzh32); so is a verb of stationing (屯驻X山, 驻扎X山: r18zhplace)
_MOTION_START = _lazy("^(?:[进攻退推直追逼撤转移]至|[进直]抵|到达|占领|攻占|包围|逼近|进入|进攻|攻击|坚守|守卫|[屯进移]驻|驻[扎守防屯]|屯[兵扎])")


# a numbered hill's north or south peak is one position (537.7高地北山)
_HILL_PEAK_RE = _lazy("[0-9]{3,4}(?:\\.[0-9])? ?高地[东西南北]山")
_HILL_PEAK_ANCHOR = _lazy("高地[东西南北]山")
# an unfamiliar name ending like a river as a member of a list of places before 等地 (澳头、莲河等地) is a town
_LIST_TOWN_RE = _lazy(f"、({_HAN}{{2,3}})等地")
_LIST_TOWN_ANCHOR = _lazy("等地")


def _landforms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "高地" in text:
        for m in anchored_finditer(_HILL_PEAK_RE, text, _HILL_PEAK_ANCHOR, 7):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:place-hill-peak", 46))   # over the hill alone
    if "等地" in text:
        for m in anchored_finditer(_LIST_TOWN_RE, text, _LIST_TOWN_ANCHOR, 4):
            name = m.group(1)
            if name not in _places() and name[-1] in "河江溪湖" and not is_common_word(name, 20):
                out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-list-town", 31))
    for m in anchored_finditer(_LANDFORM_RE, text, _LANDFORM_ANCHOR, 4):
        name, start = m.group(1), m.start(1)
        # the name starts after a word that ends inside the match (朝鲜|五圣山, 北部|大鹿岛, 经|X山)
        cut = max((k for k in range(1, len(name) - 2)
                   if text[start + k - 2:start + k] in _places() or is_common_word(text[start + k - 2:start + k], 100)
                   or name[k - 1] in _VERB_BEFORE_PLACE or name[k - 1] in _DISTANCE_BEFORE), default=0)
        name, start = name[cut:], start + cut
        if len(name) >= 3 and (name[0] not in _NOT_LANDFORM_START or start and text[start - 1:start + 1] in _places()
                               or name[0] in "大小" and name[1] not in "山岛") \
                and not is_common_word(name, 20) and not is_common_word(name[:2], 300) \
                and not any(ch in _NOT_IN_LOCAL for ch in name) and not _MOTION_START.match(name):
            out.append(Candidate(start, m.end(1), "LOC", "rule:place-landform-relative", 31))
    return out


def _events_and_rows(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = _places()
    if "称" in text:
        for m in anchored_finditer(_NAMED_AS_RE, text, _NAMED_AS_ANCHOR, 1):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-named-as", 46))
    if "登陆作战" in text:
        for m in anchored_finditer(_LANDING_RE, text, _LANDING_ANCHOR, 4):
            name = m.group(1)
            # the place, or the place's bay or port (荣成 → 荣成湾)
            k = next((k for k in range(len(name) - 1)
                      if name[k:] in places or name[-1] in "湾港岛口" and name[k:-1] in places), None)
            if k is not None:
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-landing", 46))
    if "游击队" in text or "本队" in text:
        for m in anchored_finditer(_FLEET_DIVISION_RE, text, _FLEET_DIVISION_ANCHOR, 0):
            number = parse_number(m.group()[1:-3]) if m.group().startswith("第") else None
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-fleet-division", 61,
                                 norm={"unit_hint": {"numbers": [number] if number else [], "echelon": "队", "prefix": ""}}))
    if "参战" in text:
        for head in _PARTIES_HEAD.finditer(text):
            stop = text.find("指挥官", head.end(), head.end() + 400)
            pos = head.end()
            for line in text[head.end():stop if stop > 0 else head.end()].split("\n"):
                row = line.strip(" \u3000\t")
                start = pos + line.find(row) if row else pos
                pos += len(line) + 1
                if _PARTY_ROW.fullmatch(row) and not is_common_word(row, 50) and row[0] not in _NOT_PLACE_START:
                    echelon = "队" if row.endswith("队") and not row.endswith(("支队", "纵队", "大队")) else \
                        next(e for e in ("支队", "纵队", "大队", "旅", "团", "师") if row.endswith(e))
                    out.append(Candidate(start, start + len(row), "MIL_UNIT", "rule:unit-infobox-row", 60,
                                         norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    return out


def find_written4(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    fulls = _known_full_names(text)
    out = (_fleets_quotes_puppets(text) + _dates_quantities(text) + _local_places(text) + _more_places(text)
           + (_stationed(text) if "驻" in text else [])
           + _infobox_commanders(text) + _events_and_rows(text) + _landforms(text))
    if fulls:
        out += _bare_surnames(text, fulls) + _leader_forces(text, fulls)
    return out + _orgs_before_posts(text)
