"""Armed village societies, Boxer bands and secret-society names of 1850-1949 (session 24, s24zhunit).

Late-Qing and Republican local histories, gazetteers and memoirs name the armed self-defence societies of the North
China villages by their weapon or their sect (红枪会, 黄枪会, 大刀会, 天门会), often with the county that raised them
(`某县大刀会`), the Boxers' bands by the trigram of their banner (乾字团, 坎字团), and the secret societies of the
south by their lodge (洪门 with 三合会, 致公堂). The project reads the Boxers as a named force like 捻军 (docs/
annotation-guidelines.md, late-Qing forms), and these societies fought the same way, as bands under a leader; the
lodges are organisations (ORG, lexicons/organisations_qing.tsv, which leaves out 洪门: also a town's name).

`find_armed_societies(text)` (working text, Simplified) proposes
- MIL_UNIT, priority 60 (above a place read inside the name, 天门 in 天门会, 无极 in 无极会, and a county before it):
  a spear society named by the colour of its tassel (红 黄 绿 白 黑 蓝 花 + 枪会), the sword society (大刀会)
  and the sect armies of the 1920s (天门会, 无极会, 黄沙会, 红沙会, 硬肚会), the Boxer girls' bands (红灯照), and a
  Boxer band named by a trigram (乾 坤 震 巽 坎 离 艮 兑 + 字团, not before 长/员); with the name of a county
  or city written right before it (a known place of two or three characters, or with 县) as one span
  (`沂水大刀会`: the society of that county, like a county militia `X县民团`); not when a word of members or of a
  rite follows (会员, 会众, 会徒, 会首, 会长: the people, as 义和团民), nor a head that makes it another thing (运动, 起义).
  Echelon none, no numbers.
- ORG, priority 55: 洪门 (the Hong lodges) where the text is about the lodges: before a lodge or society name
  (致公堂, 三合会, 天地会, 哥老会), or before 中人, 分子, 弟兄, 兄弟, 首领, 人士, 会员, 前辈, 龙头, or after 加入, 联络, 以, 在
  (a lodge joined, contacted, used); and a lodge written with its city (`檀香山致公堂`, a known place + 致公堂): one ORG; the Small Swords
  (小刀会, a lodge of the Heaven and Earth Society: ORG as audit23-zh reads it), with its city before it.

- EVENT, priority 64: a rising named by the society that rose (any name above, or a lodge: 天地会, 三合会, 哥老会, 洪门,
  洪江会, 三点会) + 起义, 暴动 or 之乱, with the city or county written before it (`上海小刀会起义`: one EVENT, as the
  event grammar reads `X起义` after a place).

Provenance of the names: the spear and sword societies and sect armies are those named in the general histories of
the Red Spears (the colour names listed as one family of the movement); written for zhanji, not taken from any
annotated set. Examples written for this module: `该县红枪会三百人攻入县城`, `林口县大刀会夜袭匪巢`, `坤字团首领张三`,
`他早年加入洪门`, `洪门致公堂在纽约`. Negatives: `红枪会员`, `大刀会众`, `洪门镇` (a town), `天门市`.
Cost: one regex started at its literals (枪会, 刀会, 字团 …) through `scan.literal_finditer`; 洪门 by str.find.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:armed-society", 60
ORG_SOURCE, ORG_PRIORITY = "rule:secret-society", 55

_SOCIETY_RE = re.compile(
    "(?:(?:[红黄绿白黑蓝花]枪会|大刀会|天门会|无极会|[黄红]沙会|硬肚会)(?![员众徒首长友])|红灯照"
    "|[乾坤震巽坎离艮兑]字团(?![长员]))"
    "(?!运动|起义|之乱|事件)")
_LODGE_RE = re.compile("致公堂|小刀会(?![员众徒首长友]|运动|起义|之乱|事件)")
_RISING_RE = re.compile(
    "(?:[红黄绿白黑蓝花]枪会|大刀会|小刀会|天门会|无极会|[黄红]沙会|硬肚会|天地会|三合会|哥老会|洪门|洪江会|三点会)"
    "(?:起义|暴动|之乱)")
EVENT_SOURCE, EVENT_PRIORITY = "rule:society-rising", 64
_HONGMEN = "洪门"
_HONGMEN_AFTER = ("致公堂", "三合会", "天地会", "哥老会", "中人", "分子", "弟兄", "兄弟", "首领", "人士", "会员",
                  "前辈", "龙头", "组织", "会党")
_HONGMEN_BEFORE = ("加入", "联络", "以", "在", "的", "与", "和", "及", "、")


def _place_before(text: str, at: int) -> int:
    """Start of a county or city name written right before `at`, or `at` itself."""
    places = place_lexicon()
    for size in (4, 3, 2):
        start = at - size
        if start < 0:
            continue
        name = text[start:at]
        bare = name[:-1] if name.endswith(("县", "市")) and len(name) > 2 else name
        entry = places.get(bare)
        if entry is not None and entry.label == "GPE" and len(bare) >= 2:
            return start
    return at


def find_armed_societies(text: str) -> list[Candidate]:
    """`某县大刀会`, `红枪会`, `坎字团` → MIL_UNIT; `洪门` in a lodge frame, `某地致公堂` → ORG (see the module doc)."""
    out: list[Candidate] = []
    hint = {"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}
    for m in literal_finditer(_SOCIETY_RE, text):
        start = _place_before(text, m.start())
        end = m.end()
        out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    if "致公堂" in text or "小刀会" in text:
        for m in _LODGE_RE.finditer(text):
            start = _place_before(text, m.start())
            out.append(Candidate(start, m.end(), "ORG", ORG_SOURCE, ORG_PRIORITY))
    for m in literal_finditer(_RISING_RE, text):
        start = _place_before(text, m.start())
        out.append(Candidate(start, m.end(), "EVENT", EVENT_SOURCE, EVENT_PRIORITY))
    at = text.find(_HONGMEN)
    while at >= 0:
        end = at + len(_HONGMEN)
        if text.startswith(_HONGMEN_AFTER, end) or text[max(0, at - 2):at].endswith(_HONGMEN_BEFORE):
            if not text.startswith(("镇", "乡", "村"), end):
                out.append(Candidate(at, end, "ORG", ORG_SOURCE, ORG_PRIORITY))
        at = text.find(_HONGMEN, end)
    return out
