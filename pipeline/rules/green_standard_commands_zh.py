"""The Qing Green Standard commands named by their seat: a brigade 镇 before its general 总兵, a regiment 协 before its
colonel 副将, and their own troops 镇标/协标 (session 24, s24zhunit).

Qing records, gazetteers and histories of the wars of 1840-1911 name an officer by the command he held, the seat's
name + 镇 (a brigade under a 总兵) or + 协 (a regiment under a 副将): `某州镇总兵某某`, `某协副将某某`, and the
command's own battalions `某镇标中营`. The finders read `X镇` as a town (GPE) there, or nothing. The project's gold
reads the command as a MIL_UNIT (audit22-zh: `台湾镇` before 总兵); guideline: MIL_UNIT is a designated formation or
command at any echelon, and a province before the name stays its own GPE (`广东` + `X镇`).

`find_green_standard_commands(text)` (working text, Simplified) proposes MIL_UNIT at priority 65 (above the town
reading of `X镇`) for a seat of two or three characters that the place lexicon holds as a GPE (a prefecture, county
or town: 高州, 天津, 大名) + 镇 before 总兵 (the brigade), or + 协 before 副将 (the regiment); with 标 and an optional
camp (中, 左, 右, 前, 后 + 营) when the command's own troops are written (`X镇标`, `X镇标左营`) instead of the post.
Echelon 镇 or 协, no numbers.

Session 26 (s26mine, cross-set mining: the seat missed in 4 documents of 3 audit sets; the post on other pages of
Qing biographies, tomb inscriptions and Opium-War histories): the post names the command whatever its seat, and about a
third of the brigades' seats are no county of the gazetteer (a mountain, a fort, an abolished prefecture, a pair of
prefectures: `某山镇总兵`, `某春镇总兵`). So a seat of two characters the lexicon does not hold opens the command too
before 镇总兵 / 协副将, where a clause edge, a list mark, a province or a word of appointing or sending
(由, 调, 檄, 命, 授, 擢, 任, 署, 补, 为, 以, 即, 派, 设, 置) or 的 stands right before it; and the brigade's troops sent by a verb of
dispatch (`调某某镇兵`, `檄某某镇兵`, `派某某镇兵`) are the brigade (MIL_UNIT `某某镇`). Not a seat holding a function
character or a numeral (`三镇兵`: the count of brigades).

Session 28 (s28zhunit: county military gazetteers and Qing unit tables; the frame on other stored pages of Jiaqing-era
gazetteers, a prefecture's Green Standard history and a provincial military gazetteer): a battalion named by its seat
is a MIL_UNIT like the brigade and the regiment, where the text shows it a command: the seat the lexicon holds + 营
before an officer's post (参将, 游击, 都司, 守备, 千总, 把总, 外委) or its men (官兵, 兵丁), also across a bracket that
gives its station (`某营(存城游击驻某城)`); a seat + 城守营 (the city guard battalion) anywhere; a seat + 协 before a
bracket naming its 副将. The seat opens after a clause edge, a list mark, a conjunction, a word of appointing or a
province or a word of a unit table (辖, 归, 属, 驻, 隶: never inside a longer word); the seats + 营/协 listed after such a battalion (`甲营、乙营、丙协`) are one
MIL_UNIT each. Echelon 营 or 协. Examples written for this module: `甲州营游击一员`,
`乙县城守营都司`, `丙府协（副将一员）`.

Examples written for this module: `调湖北襄阳镇总兵某某`, `由宜昌镇标左营拨兵`, `福山协副将某某`. Negatives: `某某镇长`
(a town's head), `三河镇总兵力` (总兵力: the strength, not the post), `新军第八镇` (numbered: the units finder).
Cost: one regex started at 镇/协 (re scans for the literal in C), a lexicon look-up of two or three characters; the
dispatch regex only where 镇兵 is written (str `in`).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:green-standard-command", 65

# the command word and what follows it: the post (总兵/副将, not 总兵力) or the command's own troops (标, a camp)
_COMMAND_RE = re.compile("(?P<ech>镇|协)(?:(?P<std>标(?:[中左右前后]营)?)(?![长员])|(?:总兵|副将)(?![力数额]))")


def _seat_ok(seat: str) -> bool:
    entry = place_lexicon().get(seat)
    return entry is not None and entry.label == "GPE"


# what may stand right before a seat the lexicon does not hold: a word of appointing or sending, a list mark or a clause
# edge (any non-Han character); a province is read by the lexicon (安徽|某春镇总兵)
_SEAT_OPENERS = frozenset("由调檄命授擢任署补为以即派设置的、，。；：")
_NOT_IN_SEAT = frozenset("的了在是和与及或这那该此各每其我敌等为有被向从到至于也就而又再更最很之一二三四五六七八九十两数诸各")
_DISPATCH_RE = re.compile("(?:调|檄|派|拨|征|发)([\u4e00-\u9fff]{2})镇兵")


def _open_seat(text: str, s: int) -> bool:
    """Whether an unlisted two-character seat may start at `s` (see the module doc)."""
    seat = text[s:s + 2]
    if any(ch in _NOT_IN_SEAT for ch in seat):
        return False
    if s == 0 or text[s - 1] in _SEAT_OPENERS or not ("\u4e00" <= text[s - 1] <= "\u9fff"):
        return True
    return any(_seat_ok(text[s - k:s]) for k in (2, 3) if s - k >= 0)


# a battalion (营) named by its seat before a Green Standard officer's post or its men, or a seat's city guard (城守营);
# a regiment (协) before its colonel written in brackets: `某营游击`, `某营(存城游击驻某城)`, `某城守营`, `某协(副将…)`
_BATTALION_RE = re.compile("(?P<guard>城守)?营(?=[（(]?(?:存城|存营)?(?:参将|游击|都司|守备|千总|把总|外委|官兵|兵丁))"
                           "|城守营(?![长房盘地址])|协(?=[（(](?:副将))")


# besides the seat openers: a conjunction of a list, and the words of a unit table (统辖|甲营, 归|乙营, 驻|丙营)
_BATTALION_OPENERS = frozenset("及和与并辖归属驻隶")


def _seat_before(text: str, end: int) -> int | None:
    """Start of the longest seat the place lexicon holds (three characters, then two) ending at `end`, opening after a
    clause edge, a list mark, a word of appointing or sending, or a province (the battalion's seat, not a longer word)."""
    for size in (3, 2):
        s = end - size
        if s >= 0 and _seat_ok(text[s:end]) and (
                s == 0 or text[s - 1] in _SEAT_OPENERS or text[s - 1] in _BATTALION_OPENERS or not ("\u4e00" <= text[s - 1] <= "\u9fff")
                or any(_seat_ok(text[s - k:s]) for k in (2, 3) if s - k >= 0)):
            return s
    return None


def _battalions(text: str) -> list[Candidate]:
    out = []
    for m in _BATTALION_RE.finditer(text):
        word = m.group()
        start = _seat_before(text, m.start())
        if start is None:
            continue
        ech = "协" if word == "协" else "营"
        hint = {"unit_hint": {"numbers": [], "echelon": ech, "prefix": ""}}
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    if out and "、" in text:
        out += _listed_battalions(text, out)
    return out


# a seat + 营/协 listed with a battalion or regiment read so (甲营、乙营、丙协): each a MIL_UNIT (guideline 4: each
# designation with its own echelon word is its own span); the bracket that gives a member's station is passed over
_LISTED_RE = re.compile("(营|协)(?:[（(][^（()）]{1,20}[)）])?(?:、|及|和)")


def _listed_battalions(text: str, found: list[Candidate]) -> list[Candidate]:
    ends = {c.end for c in found}
    seen = {(c.start, c.end) for c in found}
    out: list[Candidate] = []
    changed = True
    while changed:
        changed = False
        for m in _LISTED_RE.finditer(text):
            after = m.end()
            for size in (3, 2):     # the next member: a seat the lexicon holds + 营/协 right after the list mark
                head = after + size
                if text[head:head + 1] in ("营", "协") and _seat_ok(text[after:head])                         and not text.startswith(("营长", "营部", "协助", "协同", "协议"), head):
                    member = (after, head + 1)
                    if m.end(1) in ends and member not in seen:
                        seen.add(member)
                        ends.add(member[1])
                        hint = {"unit_hint": {"numbers": [], "echelon": text[head], "prefix": ""}}
                        out.append(Candidate(member[0], member[1], "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
                        changed = True
                    break
    return out


def find_green_standard_commands(text: str) -> list[Candidate]:
    """`某州镇总兵`, `某协副将`, `某镇标左营`, `某营游击`, `某城守营` → MIL_UNIT (see the module doc)."""
    out: list[Candidate] = _battalions(text) if ("营" in text or "协" in text) else []
    for m in _COMMAND_RE.finditer(text):
        ech = m.group("ech")
        if ech == "镇" and m.group("std") is None and text[m.end() - 2:m.end()] != "总兵":
            continue
        if ech == "协" and m.group("std") is None and text[m.end() - 2:m.end()] != "副将":
            continue
        # the seat: the longest known place ending right before 镇/协 (three characters first, then two)
        end_seat = m.start()
        start = None
        for size in (3, 2):
            s = end_seat - size
            if s >= 0 and _seat_ok(text[s:end_seat]):
                start = s
                break
        if start is None and m.group("std") is None and end_seat >= 2 and _open_seat(text, end_seat - 2):
            start = end_seat - 2    # a seat the lexicon does not hold, before the post (session 26)
        if start is None:
            continue
        end = m.end("std") if m.group("std") else m.start() + 1
        hint = {"unit_hint": {"numbers": [], "echelon": ech, "prefix": ""}}
        out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    if "镇兵" in text:
        for m in _DISPATCH_RE.finditer(text):
            if not any(ch in _NOT_IN_SEAT for ch in m.group(1)):
                hint = {"unit_hint": {"numbers": [], "echelon": "镇", "prefix": ""}}
                out.append(Candidate(m.start(1), m.end(1) + 1, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    return out
