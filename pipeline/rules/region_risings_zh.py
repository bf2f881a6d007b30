"""Risings named by a region written with province abbreviations (EVENT). Session 32, w32zhorgfac: cross-set reading
of the EVENT misses of the development sets (audit25 `冀东人民抗日大暴动`, audit29 `桂东南抗日武装起义`; the same shape
tagged whole in audit25 `鄂北暴动`, audit28 and real-heldout3 `湘南起义`: four sets, no set leaving a region's rising
untagged).

Party histories name the risings of 1927-1945 after the region they broke out in, written with the one-character
abbreviations of its provinces and a bearing: `湘南`, `鄂北`, `冀东`, `桂东南`, `赣西南`, `湘鄂西`, `鄂豫边`. The
region, the words that say who rose and against whom (抗日, 反日, 人民, 农民, 工农, 民众, 武装, 秋收, 大) and the head
起义 or 暴动 are one EVENT (guideline 10 keeps an event's name whole; the head walk of the event finder stops at the
people who rose and leaves the region a LOC, or cuts its first abbreviation: `赣|西南农民起义`).

The region is one to four province abbreviations (冀 鲁 豫 晋 陕 甘 宁 青 新 川 黔 滇 桂 粤 闽 赣 浙 苏 皖 鄂 湘 琼 辽 吉 黑
蒙 藏 津 沪 渝) and a bearing of one or two characters (东 南 西 北 中) or a border word (边, 边界, 边区: `湘赣边界`), or
two to four abbreviations without one (`鄂豫皖`, `湘鄂赣粤`); it opens after a character that is no abbreviation (the
whole run of abbreviations is the region).

Not a force that goes over (`在冀东起义`, `于湘南暴动`: 在/于 before the region make the head a verb, as audit26 reads
`在|台儿庄|起义` with the place alone), not a county's rising (`信丰农民武装暴动`, which audit24 leaves untagged: a
county is no region of abbreviations), nor a word between the region and the head other than the modifiers above
(`冀东部队起义`, `湘南各县暴动`).

Pages that write the shape (session 32's reading): `冀东抗日大暴动`, `冀东人民抗日武装大暴动` (中共河北党史网,
www.hebgcdy.com), `桂北武装起义` (文化学刊 2016, www.fx361.com), `鄂南秋收起义`, `鄂南农民暴动计划` (王朝百科,
baike.wangchao.net.cn), `湘鄂贛粵秋收暴動`, `鄂南暴動`, `湘贛邊界秋收起義` (jendow.com.tw).

find_region_risings(text) returns EVENT candidates at priority 51 (above a region's LOC, the event head walk's shorter
span and the settlement-rising frame's 50, which reads the bearing of `赣西南` as a village; below units).
Cost: a str.find of 起义 and 暴动; a regex match of at most sixteen characters before each.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:region-rising"
PRIORITY = 51   # above the settlement-rising frame (50), which reads a bearing as a village: 赣|西南农民起义

_ABBR = "冀鲁豫晋陕甘宁青新川黔滇桂粤闽赣浙苏皖鄂湘琼辽吉黑蒙藏津沪渝"
_MODIFIERS = "抗日|反日|人民|农民|工农|民众|武装|秋收|大"
# read backwards: the modifiers, then the bearing, then the abbreviations (the text before the head reversed)
_NAME_REV = re.compile("(?:(?:" + "|".join(m[::-1] for m in _MODIFIERS.split("|")) + "){0,4})"
                       "((?:界边|区边|边)?[东南西北中]{0,2})([" + _ABBR + "]{1,4})")
_HEADS = ("起义", "暴动")
_VERB_BEFORE = frozenset("在于")


def find_region_risings(text: str) -> list[Candidate]:
    """EVENT candidates: 冀东人民抗日大暴动, 桂东南抗日武装起义, 湘鄂西农民起义 in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    for head in _HEADS:
        if head not in text:
            continue
        for head_start in literal_positions(text, head):
            window = text[max(0, head_start - 16):head_start][::-1]
            m = _NAME_REV.match(window)
            if m is None:
                continue
            bearing, abbrs = m.group(1), m.group(2)
            if not bearing and len(abbrs) < 2:
                continue   # one abbreviation alone is no region (湘|起义)
            start = head_start - m.end()
            if start > 0 and text[start - 1] in _ABBR:
                continue   # a longer run of abbreviations: not where the region opens
            if start > 0 and text[start - 1] in _VERB_BEFORE:
                continue   # 在冀东起义: a force rose there, no named rising
            out.append(Candidate(start, head_start + len(head), "EVENT", SOURCE, PRIORITY))
    return out
