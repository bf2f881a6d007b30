"""Districts, townships and villages that the grammar of local administration names (GPE), in Chinese working text
(session 27 audit of county histories, bandit-suppression records, memoirs and hometown newsletters). Grammar; no
list of names.

- A settlement before its own head, organ or residents. Chinese writes a district's head as X区区长, a township's as
  X乡乡长, a village's people as X村村民: the administrative word is written twice, once closing the name and once
  opening the post (区长, 乡长, 镇长, 村长, 屯长, 村支书, 区干部) or the residents (村民, 乡民). Where the same character
  of 区 乡 镇 村 屯 is doubled so and a post, organ or residents' word follows, the 2-4 characters before the first
  one are the place's name (GPE over the name and its suffix: 甲乙区|区长丙丁, 甲乙丙村|村民). The name opens after a
  clause mark, a preposition or verb of place or a known place (place_stems_zh.read_stem); a pronoun, determiner or
  ordinary word is no name (该区区长, 本乡乡长, 家乡|乡亲: 乡亲 is no post).
  The name is the same place at its other mentions without the suffix (`甲乙区区长` … `返回甲乙`: GPE, not the river
  or landform a last character like 溪 or 山 suggests), unless a settlement or landform word goes on after it.
- A township named by its distance in li (五里乡, 八里镇, 十里区) after a clause mark or a preposition or verb of place:
  the numeral and 里 are the name, no count of distance (`从八里乡返回`).
- A district glossed by its number or its number glossed by its name, in Communist and Republican local histories
  (`甲乙区（四区）`, `第五区（甲乙）书记`): both are districts (GPE), the name 2-3 characters, no ordinary word; the
  number is written 第N区 or N区 with a Chinese numeral (a military 分区 is no district here).
- A renaming (`将甲乙区改称为 “丙丁区”`, `甲乙乡更名为丙丁乡`): where a county history says a district, township,
  town or village was renamed, the old name before 改称/改名/更名/易名/改为 that ends in 区 乡 镇 村 is GPE (the new
  name after the verb is read by same_head_bearing_settlements_zh.renamed_places, which takes 区 and an opening
  quote or space too since this session).

Priorities: 41 (above a QUANTITY's 40 that reads 八里 of 八里乡 as a distance, and the lexicon's LOC readings; below
DATE and the unit finders); the short forms 33. Cost: str.find of the doubled characters (区区, 乡乡, 镇镇, 村村, 屯屯),
of 里乡/里镇/里区, of 区（ / 区( and of the four renaming verbs, before any regex.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import everywhere, is_common_word, known_places, plain_word
from pipeline.rules.place_stems_zh import NOT_IN_NAME, read_stem
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:township-post-name"
PRIORITY = 41
SHORT_PRIORITY = 33

_CJK = "\u4e00-\u9fff"
_HEADS = "区乡镇村屯"
# what opens after the doubled character: a post, an organ, the residents (区长, 区委, 区公所, 村民 …)
# (its 公所, 政府, 农会 … are read with the place as one body by village_named_events_bodies_zh: 乙村农会)
_POST_AFTER = ("长", "民", "干部", "支书")
_NOT_STEM = set("该本全此各每其我敌原邻他你贵故同老家城下回返离还出进入在到于")
# a settlement or landform word going on after a bare short form: another name (甲乙村, 甲乙山), not the township
_CONTINUES = set("区乡镇村庄屯堡寨集铺店城关岛渡庵寺庙山岭峰河江湖溪桥港湾洲营坝口街场圩县市路站门人民")

# --- a township named by its distance ------------------------------------------------------------------------------
_LI_TOWN_RE = re.compile(f"(?<=[，。、；：（(\\s从由自在于到至往经返抵驻进入和与及])([一二三四五六七八九十廿]{{1,3}}里[乡镇区])"
                         "(?![亲间下野路土])")

# --- districts glossed by number ----------------------------------------------------------------------------------
_NUM = "一二三四五六七八九十"
_NAME_NUMBER_RE = re.compile(f"([{_CJK}]{{2,3}}区)[（(](第?[{_NUM}]{{1,3}}区)[）)]")
_NUMBER_NAME_RE = re.compile(f"(?<!分)(第[{_NUM}]{{1,3}}区)[（(]([{_CJK}]{{2,3}})[）)]")



def _stem_fine(stem: str) -> bool:
    """No function, unit or count character, no pronoun or determiner first (read_stem has kept out the frequent
    ordinary words already: the doubled suffix or the renaming vouches for the rarer ones, 红星乡, 新民区)."""
    return not any(ch in NOT_IN_NAME or ch in _NOT_STEM and k == 0 for k, ch in enumerate(stem))


def _doubled_posts(text: str, places) -> tuple[list[Candidate], set[str]]:
    out, stems = [], set()
    for head in _HEADS:
        for at in literal_positions(text, head + head):
            after = at + 2
            if not any(text.startswith(word, after) for word in _POST_AFTER):
                continue
            start = read_stem(text, at, places, longest=4)
            if start is None:
                continue
            stem = text[start:at]
            if not _stem_fine(stem) or is_common_word(stem + head, 100):
                continue                            # 家乡|乡亲 is caught above; 城乡, 山区 are words
            out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY))
            stems.add(stem)
    return out, stems


def _short_forms(text: str, stems: set[str]) -> list[Candidate]:
    out = []
    for cand in everywhere(text, stems, SOURCE, SHORT_PRIORITY, "GPE"):
        nxt = text[cand.end:cand.end + 1]
        if nxt and nxt in _CONTINUES or text.startswith(("自然村", "行政村"), cand.end):
            continue                                # 甲乙区 itself, 甲乙村, 甲乙山, 甲乙自然村: another reading
        out.append(cand)
    return out


def _li_towns(text: str) -> list[Candidate]:
    if "里" not in text:
        return []
    return [Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY)
            for m in _LI_TOWN_RE.finditer(text)]


def _numbered_districts(text: str, places) -> list[Candidate]:
    out = []
    if "区（" in text or "区(" in text:
        for m in _NAME_NUMBER_RE.finditer(text):
            start = read_stem(text, m.end(1) - 1, places, longest=3)
            if start is None or start < m.start(1) or not _stem_fine(text[start:m.end(1) - 1]):
                continue
            out.append(Candidate(start, m.end(1), "GPE", SOURCE, PRIORITY))
            out.append(Candidate(m.start(2), m.end(2), "GPE", SOURCE, PRIORITY))
        for m in _NUMBER_NAME_RE.finditer(text):
            name = m.group(2)
            if any(ch in NOT_IN_NAME for ch in name) or plain_word(name, 300):
                continue
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
            out.append(Candidate(m.start(2), m.end(2), "GPE", SOURCE, PRIORITY))
    return out


def _renamed_old_names(text: str, places) -> list[Candidate]:
    """The old name right before a word of renaming (将甲乙区|改称为); the new name after it is
    same_head_bearing_settlements_zh.renamed_places'."""
    out = []
    for verb in ("改称", "改名", "更名", "易名", "改为"):
        for at in literal_positions(text, verb):
            if at >= 3 and text[at - 1] in "区乡镇村":
                start = read_stem(text, at - 1, places, longest=4)
                if start is not None and _stem_fine(text[start:at - 1]):
                    out.append(Candidate(start, at, "GPE", SOURCE, PRIORITY))
    return out


def find_township_post_names(text: str) -> list[Candidate]:
    """GPE candidates of the four classes above (each gated on its literal)."""
    places = known_places()
    out, stems = _doubled_posts(text, places)
    stems = {stem for stem in stems if not plain_word(stem, 50)}   # 王家区 … 王家: the ordinary word stays one
    if stems:
        out += _short_forms(text, stems)
    out += _li_towns(text)
    out += _numbered_districts(text, places)
    if "改" in text or "更名" in text or "易名" in text:
        out += _renamed_old_names(text, places)
    return out
