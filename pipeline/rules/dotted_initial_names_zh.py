"""Western names written with a Latin middle initial between the Chinese dots, as Chinese pages on the Pacific
and Korean wars write American commanders (session 12 audit, auditzh12).

`由爱德华·M·阿尔蒙德少将担任军长`, `哈里·S·杜鲁门总统`, `马修·B·李奇微`: given name · initial · surname.
Translated footnotes write the initial with its full stop and no second dot (`查尔斯·F.罗曼努斯`, `唐纳德·G.吉林`;
session 13 audit, auditzh20): the full stop then joins the surname. The
dotted-name rules read runs of Chinese characters joined by dots, so the initial broke the name and only the
surname (or nothing) was tagged. `find_initial_dotted_names(text)` (working text) proposes PERSON for the whole
name, priority 36 (above the person lexicon's surname-only match): one to six Chinese characters, a dot, one
capital letter (with or without a full stop), a dot, two to six Chinese characters; each Chinese part stops at a
character that never belongs to such a name (particles, verbs of command, rank and post characters).
Anchored on the dot (str.find), so text without one costs one search per dot form.
"""

from __future__ import annotations

from pipeline.spans import Candidate
from pipeline.rules.names_common import is_han as _cjk

SOURCE, PRIORITY = "rule:person-dotted-initial", 36
_DOTS = "·‧•・"
_STOP = set("的了在是和与及等于被把对向从由将军师团旅营连部队长官总统司令帅校尉任率领指挥下令命为也都已说称"
            "则仍又再即便就乃遂亦均皆曾")


# words that end the surname: a rank or post after it, or a language gloss (索尔英语Robert …)
_STOP_WORDS = ("上将", "中将", "少将", "准将", "大将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "元帅",
               "英语", "日语", "俄语", "法语", "德语", "朝鲜语", "韩语")


def find_initial_dotted_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for dot in _DOTS:
        at = text.find(dot)
        while at != -1:
            k = at + 1
            if k < len(text) and "A" <= text[k] <= "Z":
                k += 1
                stopped = k < len(text) and text[k] == "."
                if stopped:
                    k += 1
                # the second dot is often left out after the initial's full stop: 查尔斯·F.罗曼努斯
                if stopped and k < len(text) and _cjk(text[k]) and text[k] not in _STOP:
                    k -= 1
                if k < len(text) and (text[k] in _DOTS or stopped and text[k] == "."):
                    start = at
                    while start > 0 and at - start < 6 and _cjk(text[start - 1]) and text[start - 1] not in _STOP:
                        start -= 1
                    end = k + 1
                    while end < len(text) and end - k - 1 < 6 and _cjk(text[end]) and text[end] not in _STOP \
                            and not text.startswith(_STOP_WORDS, end):
                        end += 1
                    if at - start >= 1 and end - k - 1 >= 2:
                        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
            at = text.find(dot, at + 1)
    if out:     # the surname alone elsewhere in the page (罗曼努斯和森德兰), as after a name without initial
        from pipeline.rules.dotted_names_zh import family_name_mentions
        from pipeline.rules.names_common import known_places
        out += family_name_mentions(text, out, known_places())
    return out
