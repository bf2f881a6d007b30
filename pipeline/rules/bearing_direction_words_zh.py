"""A two-bearing word used as a bearing is no region: `西南与某州接壤`, `浙江东南沿海`, `登陆的西北正面`, `南及某口，东南及
某卫` (session 34, w34zhlabel: cross-set reading of the development sets' false places).

The gazetteer lists 西南, 西北 and 东南 as regions (LOC: China's Southwest, Northwest, Southeast), and the golds tag them
where they name the region (`进入中国西南的通道`, `西北战场`, `对付西南的护国军`). The same words also give a bearing from a
place just named, and there no gold of the 26 development sets tags them: a bearing before 与/及 and the place it
borders or reaches (audit25 `四县接壤，西南与某州…`, audit30 `南及某口，东南及某卫`), before 沿海/沿岸 (real-dev7, real-dev9
`东南沿海`), before a side word (real-dev4 `西北正面`), or before 向/方向. County and city gazetteers write every border
so (`东南与某市为邻，西南与某市接壤`, `东南与湖北省某市接壤`, `位于常德市西北方向`).

`drop_bearing_directions(text, chosen)` (working text, Simplified; `chosen` the spans the reconcile stage kept) drops a
chosen LOC 西南/西北/东南 followed by one of BEARING_AFTER, unless 与/及 joins it to another bearing region (`西南与西北`:
two regions) or 大 stands before it (`大西北、大西南及…`: the regions). 东北 is left (Manchuria: the golds tag it in nine sets). Cost: one pass over the chosen spans.
"""

from __future__ import annotations

from pipeline.spans import Candidate

_BEARINGS = frozenset(("西南", "西北", "东南"))
BEARING_AFTER = ("与", "及", "沿海", "沿岸", "正面", "方向", "向", "侧", "隅", "角")
_REGION_AFTER_JOIN = frozenset(("西南", "西北", "东南", "东北", "华北", "华南", "华东", "华中", "中原"))


def drop_bearing_directions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans without the LOC bearings (西南|与某州接壤, 东南|沿海)."""
    out = chosen
    for cand in chosen:
        if cand.label != "LOC" or cand.end - cand.start != 2 or text[cand.start:cand.end] not in _BEARINGS:
            continue
        after = next((w for w in BEARING_AFTER if text.startswith(w, cand.end)), None)
        if after is None or cand.start > 0 and text[cand.start - 1] == "大":
            continue   # 大西南及…: the region's popular name (大西北, 大西南), no bearing
        if after in ("与", "及") and text[cand.end + 1:cand.end + 3] in _REGION_AFTER_JOIN:
            continue   # 西南与西北: two regions joined
        if out is chosen:
            out = list(chosen)
        out.remove(cand)
    return out
