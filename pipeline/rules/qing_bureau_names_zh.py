"""Late-Qing bureaus (局所) named by their seat and their business: one ORG over the seat and the bureau.

Class (session 28, s28zhorg, Chinese ORG audit of arsenal, county and provincial histories of 1850-1911):

- A known place (a city, county, province or a region such as 江南; the place lexicon), optionally the army the
  bureau served (湘军, 淮军, 楚军, 练军), then a word of the bureau's business and 局 (总局, 分局) is one ORG:
  `某地善后局`, `某省牙厘总局`, `某地某军支应局`, `某地海防善后局`. The seat is inside the name (the bureau of that
  seat, as `某地电报局` is read); the army between them is no MIL_UNIT of its own (the bureau's, not a formation).
  Criterion for the business words: the bureaus the governors-general and governors set up outside the yamen
  after 1853 for revenue, supply, defence and reconstruction, as the histories of the 局所 of the Xianfeng to
  Guangxu reigns list them (善后, 支应, 收支, 筹防, 海防, 厘金, 牙厘, 厘捐, 保甲, 联甲, 团练, 团防, 转运, 军需,
  筹饷, 军装, 粮饷, 官钱, 官银钱, 洋务, 采运, 筹赈, 赈抚, 清赋, 报销, 发审), and the gentry's militia and security
  bureaus of the county gazetteers' 局 entries (团练局, 团防局, 保甲局, 联甲局: s28zhlab wrote the same class as
  heads of org_patterns in parallel; merged here).
- Not a bare bureau (`善后局按月支给`: the office of the province the text is about, left to the readers of
  offices), nor a place that is only a word's first character.

Examples written for this module: `由汉阳善后局拨银`, `经福州牙厘总局核准`, `芜湖湘军支应局开支`.

Priority 62 (above the army and the place lexicons the name holds). Cost: one str.find for 局; a regex match
read back from each 局 to at most eleven characters.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_BUSINESS = ("善后 支应 收支 筹防 海防 海防善后 厘金 牙厘 厘捐 保甲 联甲 团练 团防 转运 军需 筹饷 军装 粮饷 官钱 官银钱 洋务 采运 "
             "筹赈 赈抚 清赋 报销 发审").split()
_ARMIES = ("湘军", "淮军", "楚军", "练军")
_BUSINESS_BEFORE_RE = re.compile("(?:" + "|".join(sorted(_BUSINESS, key=len, reverse=True)) + ")[总分]?$")


def find_qing_bureau_names(text: str) -> list[Candidate]:
    if "局" not in text:
        return []
    places = place_lexicon()
    out = []
    for at in literal_positions(text, "局"):
        m = _BUSINESS_BEFORE_RE.search(text, max(0, at - 5), at)
        if m is None:
            continue
        start = m.start()
        army = next((a for a in _ARMIES if text.endswith(a, 0, start)), None)
        if army:
            start -= len(army)
        seat = next((k for k in (4, 3, 2) if start >= k and text[start - k:start] in places), 0)
        if not seat:
            continue
        out.append(Candidate(start - seat, at + 1, "ORG", "rule:qing-bureau", 62))
    return out
