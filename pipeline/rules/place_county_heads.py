"""A county named by one character and its head 县 that no lexicon lists: 钦县, 霍县, 鄜县 (GPE).

Republican and Qing counties were mostly named by one or two characters + 县, and many have since been
renamed or merged (钦县 → 钦州, 霍县 → 霍州, 鄜县 → 富县), so the gazetteer of present-day divisions lacks
them; local_places reads two-character stems before a settlement word. `find_county_heads(text)` proposes
GPE for one character + 县 where:

- the character is no function, pronoun, numeral, quantity or position character (本县, 该县, 全县, 邻县,
  两县, 各县, 外县, X、Y等县), nor a verb of founding or administering (设县警备队, 建县大队, 撤县, 辖县) and the pair is no ordinary word jieba knows (知县, 郡县, 州县 — a place name is fine);
- the character before it forms no word with the stem (本|县 … 得|知县), and 县 starts no post or office
  (县长, 县委, 县政府, 县令);
- before it a clause boundary or list mark, a known place (陕北鄜县) or a verb of taking (占领钦县) — not a
  verb that takes 县 as its object (据县城, 来县);
- it is not part of a longer known place (the lexicon spans win where they overlap: priority 29).

Cost: one str.find loop over 县.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE = "rule:place-county-head"
PRIORITY = 29
_NOT_STEM = set(
    "本该此这那其各每全邻外原旧新老大小上下前后左右东西南北中内同属郡州府省市区乡镇村知一二三四五六七八九十"
    "两几数某诸多少半个县城到至在于和与及的了是为由从向往经沿占攻克入出进退驻守我敌贵我他兼任据来去回返离等"
    "判罚饬责着命准请"   # 判县赔款, 饬县查办: a verb of ruling or ordering and the county it addresses (auditzh13)
    "将把被对"       # 将县城划分为, 把县城围住: the preposition and the county town in general (auditzh53)
    "设建置撤析划升裁辖筹"   # 在某县设县警备大队, 建县保安大队: a verb of founding or administering (auditzh21)
    "因故乃")       # 因县东八里某山得名: a conjunction of cause and the county just named (s21zhprec)
_NOT_AFTER = set("长委令丞志衙署府政党区民级境界域份")
_BOUNDARY = set("，。、；：！？（）()「」『』“”‘’《》【】 \t\n,.;:!?和与及")
_TAKING = ("占领", "攻占", "攻克", "收复", "进占", "包围", "进攻", "退守", "驻守", "进驻", "撤至", "退至", "进至")


def _place_before(text: str, start: int, lexicon) -> bool:
    """A clause boundary or list mark, a known place (陕北|鄜县) or a verb of taking (占领|钦县) before it."""
    if start == 0 or text[start - 1] in _BOUNDARY:
        return True
    if any(text.endswith(verb, 0, start) for verb in _TAKING):
        return True
    return any(start >= size and text[start - size:start] in lexicon for size in (2, 3))


def find_county_heads(text: str) -> list[Candidate]:
    """GPE candidates of one character + 县 (see the module doc)."""
    out: list[Candidate] = []
    lexicon = place_lexicon()
    info = word_info()
    pos = text.find("县", 1)
    while pos != -1:
        start, end = pos - 1, pos + 1
        stem = text[start]
        if "\u4e00" <= stem <= "\u9fff" and stem not in _NOT_STEM and text[end:end + 1] not in _NOT_AFTER \
                and text[start:end] not in lexicon:
            pair = info.get(text[start:end])
            before = info.get(text[start - 1:end - 1]) if start else None
            if not (pair and pair[0] >= 5 and not pair[1].startswith("ns")) and not (before and before[0] >= 20) \
                    and _place_before(text, start, lexicon):
                out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, {"id": None}))
        pos = text.find("县", pos + 1)
    return out
