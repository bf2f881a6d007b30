"""Units written together across finders (guideline rule 3: a unit written with its parent is one span), for
pipeline.rules.unit_forms_zh: a chain runs from a larger formation to a smaller one; siblings of one size written
one after the other (第十一师团第十三师团) stay apart.

- a unit of another finder followed at once by a numbered or kind-named sub-unit (山东纵队第一旅第二团,
  X军分区骑兵团, 一一五师独立团);
- a named force (named_units.tsv) right before a unit of another finder (八路军山东纵队, 新四军浙东游击纵队,
  淮军X字营), or before a region's command (新四军苏北指挥部);
- a numbered designation of the units finder right before a unit of another finder (第五军军部特务营);
- (session 31, w31zhmil, from the cross-set reading of the development sets) a unit of any finder, a region or a
  route word (某某军西路, 某纵队苏北, 某某军闽东) and a smaller unit of any finder: one span (讨逆军西路第五纵队);
- (session 25, s25zhforce) a guerrilla force (…游击队) holds its numbered 支队 and 大队 (某某抗日游击队第五支队), a named
  army its numbered route written without 军 (某某自卫军第三路第二支队), and a unit of any finder right before a smaller
  unit of any finder is its parent (某某游击纵队 + 某县独立团); (session 31, w31zhmil) a whole named volunteer or
  guerrilla force (five characters at least) holds the region-named column or detachment right after it
  (某国义勇队华北支队).

A joined span outranks its parts (the other finder's unit and the units finder's designation, priority 60); a
longer reading that already holds the parent's place wins (province + 练军 + X字营). Each join reads a bounded
window at a candidate's edge: no scan of the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import HQ, NUM, named_units, patterns
from pipeline.spans import Candidate

_CN = "〇零一二三四五六七八九十百"
_DATE_DIGITS = set("0123456789０１２３４５６７８９〇零一二三四五六七八九十初旬底")


@lru_cache(maxsize=1)
def _sub_unit_re() -> re.Pattern:
    p = patterns()
    kinds = "(?:独立|补充|特务|警卫|教导|骑兵|炮兵|工兵|侦察|通信|基干|新兵)"
    return re.compile(rf"(?P<num>{p['numeric']})|(?P<kind>{kinds}(?:团|营|连|旅|大队|支队)(?![长部员]))")


# Echelons by size: a chain runs from a larger formation to a smaller one (第十一师团第十三师团 are two).
_RANK = {"总军": 9, "方面军": 8, "野战军": 8, "战区": 8, "军区": 8, "集团军": 7, "兵团": 7, "军团": 7, "路军": 7,
         "军管区": 7, "舰队": 7, "军": 6, "纵队": 6, "游击区": 6, "绥靖区": 6, "师": 5, "师团": 5, "军分区": 5,
         "师管区": 5, "分舰队": 5, "旅": 4, "旅团": 4, "支队": 4, "游击队": 5, "团": 3, "区队": 3, "联队": 3, "团管区": 3, "总队": 3, "营": 2,
         "大队": 2, "连": 1, "中队": 1, "排": 0, "小队": 0, "班": -1,   # 班: session 32 (w32zhmil)
         "镇": 5, "协": 4, "标": 3}   # the late-Qing New Army's 镇/协/标 = 师/旅/团 (session 26, s26zhunit: 鄂军第一协)
_RANK_END_RE = re.compile("(?:总军|方面军|野战军|战区|军管区|师管区|团管区|军区|集团军|兵团|军团|路军|军分区|游击区|绥靖区"
                          "|分舰队|舰队|军|纵队|师团|师|旅团|旅|支队|游击队|联队|总队|区队|团|营|大队|中队|小队|连|排|班"
                          "|(?<=[0-9〇零一二三四五六七八九十百])[镇协标])$")


def _rank(name: str) -> int | None:
    """Size of the formation a span ends with; a named army (东北抗日联军, 护国军) holds numbered armies."""
    name = name.translate(_TO_STANDARD)
    if _SHORT_COLUMN_RE.search(name):
        return _RANK["纵队"]                      # 8纵, 三纵: a column in its short form (华野8纵; auditzh16)
    m = _RANK_END_RE.search(name)
    if not m:
        return None
    if m.group(0) == "军" and m.start() > 0 and not re.match(f"[0-9{_CN}路]", name[m.start() - 1]):
        return 9
    return _RANK[m.group(0)]


_TO_STANDARD = str.maketrans("団戦歩砲", "团战步炮")
_SHORT_COLUMN_RE = re.compile(f"(?:^|[^0-9{_CN}])[0-9{_CN}]{{1,2}}纵$")

_CHAIN_PARENT_ENDS = ("军", "师", "旅", "团", "纵队", "支队", "军区", "军分区", "兵团", "野战军", "总队", "师团",
                      "旅团", "联队", "大队", "方面军", "集团军", "战区", "游击队")
_HQ_END_RE = re.compile(f"{HQ}$")
_PARENT_SINGLE_OK = ("纵队", "军区", "军分区", "兵团", "野战军", "支队")
# a count says 两 and 个 (两个大队, 三个支队): 二 and a bare numeral before a two-character echelon name a sub-unit
_SUB_TWO_CHAR = ("大队", "支队", "中队")


def _chains(text: str, cands: list[Candidate]) -> list[Candidate]:
    out = []
    seen = set()
    for c in cands:
        if c.label != "MIL_UNIT" or c.end >= len(text) or (c.start, c.end) in seen:
            continue
        parent = _HQ_END_RE.sub("", text[c.start:c.end])     # 第五军军部 + 特务营
        if c.end - c.start <= 2 or not parent.endswith(_CHAIN_PARENT_ENDS):
            continue                              # 袁军, 奉军 before a unit say whose it is (rule 2)
        end = c.end
        rank = _rank(parent)
        routed = False
        for _ in range(6):                        # 广州军区41军121师362团3营9连: five below the region (s20zhunit)
            route = _ROUTE_RE.match(text, end) if rank is not None and rank >= 8 else None
            if route:                             # 某省民军第一路 + 第四支队: a named army's route (session 25)
                rank, end, routed = _RANK["路军"], route.end(), True
                continue
            m = _sub_unit_re().match(text, end)
            if not m:
                break
            sub_rank = _rank(re.sub(f"{HQ}$", "", m.group(0)))
            if rank is None or sub_rank is None or sub_rank >= rank:
                break                             # siblings (第11师团第13师团) or a larger unit
            rank = sub_rank
            if m.group("num") is not None:
                sub = m.group(0)
                digits = re.match(f"(?:[^第0-9{_CN}]*)第?(?P<n>{NUM})", sub)
                if not sub.startswith("第") and digits and digits.group("n")[0] in _CN and len(digits.group("n")) == 1 \
                        and not text[c.start:end].endswith(_PARENT_SINGLE_OK) \
                        and not (digits.group("n") == "二" or sub.endswith(_SUB_TWO_CHAR)):
                    break                         # 中央军三师: three divisions (not X自卫军二大队, X军三支队: auditzh13)
            end = m.end()
        if end > c.end:
            seen.add((c.start, c.end))
            out.append(Candidate(c.start, end, "MIL_UNIT", "rule:unit-chain", _join_priority(c),
                                 norm=_sub_hint(text, c.end, end) if routed or parent.endswith("游击队") else {}))
    return out


def _sub_hint(text: str, start: int, end: int) -> dict:
    """The sub-units' numbers and last echelon for a guerrilla force's chain or a named army's route
    (某某游击队第八支队, 某省民军第一路第四支队), which the unit grammar cannot parse (session 25, s25zhforce)."""
    from pipeline.normalize.units import parse_number

    numbers = [n for n in (parse_number(d) for d in re.findall(f"[0-9]+|[{_CN}]+", text[start:end])) if n]
    last = _RANK_END_RE.search(_HQ_END_RE.sub("", text[start:end]))
    return {"unit_hint": {"numbers": numbers, "echelon": last.group(0) if last else "", "prefix": ""}}


# a named army's numbered route without 军 (某义勇军第一路, 某自卫军第三路): the route of the army (路军), when a
# unit follows or the sentence goes on (not 第一路线, 第二路口, a route's men or leader) (session 25, s25zhforce)
_ROUTE_RE = re.compile(f"第[0-9{_CN}]{{1,3}}路(?![军线口上人长司总指])")

_ECHELON_LAST = set("军师旅团营连队部区")


def _designation_joins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A numbered designation (read by the units finder) right before a unit of another finder is its
    parent (rule 3): 第五军军部 + 特务营, 第八十八师 + 补充团."""
    from pipeline.rules.units import unit_spans

    out = []
    for c in cands:
        if c.label != "MIL_UNIT" or c.start < 2 or text[c.start - 1] not in _ECHELON_LAST:
            continue
        lo = max(0, c.start - 30)
        window = text[lo:c.start]
        start = None
        for a, b, _kind in unit_spans(window):       # the units finder's pieces, merged back to back as it does
            start = start if start is not None and a == last_end else a
            last_end = b
        if start is None or last_end != len(window):
            continue
        parent = _HQ_END_RE.sub("", window[start:])
        rank, sub = _rank(parent), _rank(_HQ_END_RE.sub("", text[c.start:c.end]))
        if rank is None or sub is None or sub >= rank:
            continue
        if any(o.label == "MIL_UNIT" and o.end == c.end and o.start < lo + start for o in cands):
            continue                              # 奉天练军盛字营: a longer reading holds the parent's place
        out.append(Candidate(lo + start, c.end, "MIL_UNIT", "rule:unit-designation-join", _join_priority(c)))
    return out


# (session 33, w33zhmil) a force's full name of five characters or more (中国人民解放军, 国民革命军, 东北民主联军) is
# no tail of a longer word: it holds the unit after it after any character (主席兼…, 后来…, 即…), not only at a
# word start.
_LONG_FORCE = 5


def _parent_joins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A named force written right before a unit of another finder is its parent (rule 3): 八路军山东纵队,
    新四军浙东游击纵队, 八路军冀中军区第九军分区; and before a region's command (新四军江南指挥部)."""
    out = []
    named = named_units()
    seen = set()
    for c in cands:
        if c.label != "MIL_UNIT" or c.start < 2 or (c.start, c.end) in seen:
            continue
        s = c.start
        k = next((k for k in range(min(8, s), 1, -1) if text[s - k:s].translate(_TO_STANDARD) in named), 0)
        if not k or k < _LONG_FORCE and not _word_start(text, s - k):
            continue                              # 南朝鲜军: 朝鲜军 (the Japanese Korea Army) inside a longer word
        rank = _rank(re.sub(f"{HQ}$", "", text[s:c.end]))
        echelon = named[text[s - k:s].translate(_TO_STANDARD)]["echelon"]
        # a whole armed service (国民革命军, 红军) or a named army (八路军, 新四军) holds every formation
        parent_rank = 10 if echelon in ("", "军") else _RANK.get(echelon)
        if parent_rank is None or rank is None or rank >= min(parent_rank, 9):
            continue                              # 直军奉军: two named armies side by side
        seen.add((c.start, c.end))
        if any(o.label == "MIL_UNIT" and o.end == c.end and o.start < s - k for o in cands):
            continue                              # 奉天练军盛字营: a longer reading holds the parent's place
        start = min([o.start for o in cands if o.label == "MIL_UNIT" and o.end == s and o.start < s - k] + [s - k])
        out.append(Candidate(start, c.end, "MIL_UNIT", "rule:unit-parent-join", _join_priority(c),
                             norm=_child_hint(c)))
    if "指挥部" in text:
        for at in _literal_positions(text, "指挥部"):
            end = at + 3
            if text.startswith("总", at - 1):
                at -= 1
            from pipeline.rules.unit_forms_zh import region_start

            start = region_start(text, at)
            if start is None or start < 2:
                continue
            k = next((k for k in range(min(8, start), 1, -1)
                      if text[start - k:start].translate(_TO_STANDARD) in named), 0)
            if k and _word_start(text, start - k):
                out.append(Candidate(start - k, end, "MIL_UNIT", "rule:unit-parent-join", 62))
    return out


def _word_start(text: str, at: int) -> bool:
    """True where a name may start: the text's start, punctuation, a function character or a side word."""
    from pipeline.normalize.units import side_from_context
    from pipeline.rules.unit_forms_zh import STOP

    if at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff" or text[at - 1] in STOP:
        return True
    if text[at - 1] in "年月日" and at >= 2 and text[at - 2] in _DATE_DIGITS:
        return True                               # 1946年2月东北民主联军…: a date ends right before the name (auditzh16)
    return side_from_context(text[max(0, at - 8):at]) is not None


def _child_hint(c: Candidate) -> dict:
    """The child's own reading (a finder's unit_hint) for a joined span the grammar cannot parse (淮军树字营)."""
    hint = c.norm.get("unit_hint") if c.norm else None
    return {"unit_hint": dict(hint)} if hint else {}


def _join_priority(c: Candidate) -> int:
    """A joined span outranks its parts: the other finder's unit and the units finder's designation (60)."""
    return min(max(c.priority, 60) + 1, 66)


def _literal_positions(text: str, literal: str):
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def find_unit_joins(text: str, found: list[Candidate], forms: list[Candidate]) -> list[Candidate]:
    """Joined MIL_UNIT candidates: `found` the other written-text finders' candidates, `forms` unit_forms_zh's."""
    out = _chains(text, found + forms)
    out += _parent_joins(text, found + forms + out)
    out += _designation_joins(text, [c for c in found if c.source != "rule:unit"])
    out += _adjacent_joins(text, found + forms + out)
    out += _gap_joins(text, found + forms + out)
    return out


# a whole named volunteer or guerrilla force (某国义勇队, 某省人民抗日游击队: five characters at least) holds its
# region-named columns and detachments written right after it (某国义勇队华北支队; session 31, w31zhmil)
_FORCE_OF_COLUMNS = ("义勇队", "游击队")


def _adjacent_joins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A unit of any finder written right before a smaller unit of any finder is its parent (rule 3; session 25,
    s25zhforce): 某某游击纵队 + 某县独立团, 某某游击队 + 某区中队. Siblings of one size and larger units after
    stay apart (某某纵队某某纵队), so does a bare side or short name (袁军, 川军) and a list (甲、乙纵队)."""
    out = []
    by_end: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.label == "MIL_UNIT" and c.end - c.start > 2 and "、" not in text[c.start:c.end]:
            by_end.setdefault(c.end, []).append(c)
    if not by_end:
        return out
    seen = set()
    for c in cands:
        if c.label != "MIL_UNIT" or c.start not in by_end or (c.start, c.end) in seen:
            continue
        sub = _rank(_HQ_END_RE.sub("", text[c.start:c.end]))
        if sub is None:
            continue
        for parent in by_end[c.start]:
            pname = _HQ_END_RE.sub("", text[parent.start:parent.end])
            rank = _rank(pname)
            if parent.end - parent.start >= 5 and pname.endswith(_FORCE_OF_COLUMNS):
                rank = _RANK["方面军"]             # 某地人民抗日游击队 + 某某纵队 (session 31, w31zhmil)
            if rank is not None and rank > sub and (parent.start, c.end) not in seen:
                seen.add((parent.start, c.end))
                seen.add((c.start, c.end))
                out.append(Candidate(parent.start, c.end, "MIL_UNIT", "rule:unit-adjacent-join", _join_priority(c),
                                     norm=_child_hint(c)))
    return out


# a route of a named army written before its unit (讨逆军西路第五纵队): a compass point or the centre + 路
_ROUTE_GAP_RE = re.compile("[东西南北中左右][路翼]")


_ARMY_END_RE = re.compile("[军队]")
# characters no region or route word starts with (a clause goes on after the unit)
_GAP_STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等各该这那其，。、；：（）()「」“”《》 \n\t")
_GAP_CHILD_RE = re.compile("(?:(?P<kind>独立|补充|特务|警卫|教导|骑兵|游击|挺进|先遣)(?P<ech>师|旅|团|营|纵队|支队|大队)|总?指挥部)"
                           "(?![长员])")


@lru_cache(maxsize=8192)
def _gap_word(gap: str) -> bool:
    """A region or route word between a parent and its smaller unit (西路, 苏北, 闽东, 陇海; session 31)."""
    from pipeline.link import to_simplified
    from pipeline.rules.unit_forms_zh import is_region

    gap = to_simplified(gap)
    if _ROUTE_GAP_RE.fullmatch(gap):
        return True
    if not all("\u4e00" <= ch <= "\u9fff" for ch in gap):
        return False
    if is_region(gap):
        return True
    # a two-character place word of the dictionary (陇海, 津浦: a railway's region named by its ends)
    from pipeline.rules.names_common import word_info

    entry = word_info().get(gap) if len(gap) == 2 else None
    return bool(entry) and entry[1] == "ns"


def _gap_joins(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A unit ending in 军 or 队, a region or route word of 2-3 characters, then a smaller unit: the parent, its
    region and the unit are one span (rule 3; session 31, w31zhmil): 讨逆军西路第五纵队, 某纵队陇海某支队,
    某军闽东独立师. The parent is no bare side or short name (袁军, 川军: three characters at least), and a
    unit already holding the region wins. Scanned from each 军/队 (a literal), the gap read first."""
    from pipeline.rules.units import unit_spans

    out = []
    if "军" not in text and "队" not in text:
        return out
    by_end: dict[int, list[tuple[int, int]]] = {}
    by_start: dict[int, list[int]] = {}
    for c in cands:
        if c.label == "MIL_UNIT":
            by_end.setdefault(c.end, []).append((c.start, c.end))
            by_start.setdefault(c.start, []).append(c.end)
    seen = set()
    for hit in _ARMY_END_RE.finditer(text, 2):  # each 军/队 (re skips in C)
        a = hit.end()
        for g in (2, 3):
            b = a + g
            if b + 1 >= len(text) or text[a] in _GAP_STOP or not _gap_word(text[a:b]):
                continue
            if any(a <= o.start < b and o.label == "MIL_UNIT" for o in cands):
                continue                          # the region already read with the unit (苏北指挥部)
            child_ends = list(by_start.get(b, []))
            if not child_ends:
                pieces = unit_spans(text[b:b + 24])
                end = None
                for x, y, _k in pieces:           # the units finder's pieces, merged back to back
                    if (end is None and x == 0) or (end is not None and x == end):
                        end = y
                if end:
                    child_ends.append(b + end)
            hint = {}
            if not child_ends:
                m = _GAP_CHILD_RE.match(text, b)      # 闽东独立师, 苏北指挥部: a region's kind-named unit or command
                if m:
                    child_ends.append(m.end())
                    if m.group("kind"):               # the child's kind and echelon (独立 + 师) for the normaliser
                        hint = {"unit_hint": {"numbers": [], "echelon": m.group("ech"), "prefix": m.group("kind")}}
            if not child_ends:
                continue
            parents = [p for p in by_end.get(a, []) if p[1] - p[0] > 2]
            if not parents:
                lo = max(0, a - 24)
                start = None
                for x, y, _k in unit_spans(text[lo:a]):
                    start = start if start is not None and x == last else x
                    last = y
                if start is not None and last == a - lo and a - lo - start > 2:
                    parents = [(lo + start, a)]
            for ps, pe in parents:
                name = text[ps:pe]
                if "、" in name:
                    continue
                entry = named_units().get(name.translate(_TO_STANDARD))
                # a whole service or a named army (新四军, 八路军) holds every formation, as in _parent_joins
                rank = 10 if entry and entry["echelon"] in ("", "军") else _rank(_HQ_END_RE.sub("", name))
                for ce in child_ends:
                    sub = 6 if text.endswith("指挥部", 0, ce) and ce - b <= 4 else _rank(_HQ_END_RE.sub("", text[b:ce]))
                    if rank is None or sub is None or sub >= rank or (ps, ce) in seen:
                        continue
                    seen.add((ps, ce))
                    out.append(Candidate(ps, ce, "MIL_UNIT", "rule:unit-gap-join", 62, norm=dict(hint)))
    return out
