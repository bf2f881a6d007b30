"""Foreign names in Chinese transliteration written right before a rank or 将军 (session 12 audit of
Traditional-script pages on the Burma and Pacific campaigns, auditzh10).

`威爾遜將軍率部抵達`, `布朗中將說`, `英軍的克拉克上校`: Chinese histories write Allied and enemy officers as a
transliteration followed by the rank. The post-before-name grammar (司令官克拉克) and the surname-before-rank rule
(ranked_names_zh: 斯考特少將, whose 斯 is a Chinese surname too) leave the names whose first character is no
Chinese surname. `find_foreign_ranked_names(text)` (working text) proposes PERSON for a run of two to five
transliteration characters (lexicons/transliteration_chars.txt) right before a rank word when the character before
the run closes a word the run cannot continue (punctuation, a space, a conjunction, 的, the end of a post, a
nation or army word: 英軍, 美國), and the run is no known place or ordinary word. A Chinese surname before the run
(陳納德) is no boundary, so a Chinese name is never cut. One str.find per rank word (rare literals); priority 32,
below the person lexicon and the surname-before-rank rule.

The ranks only the Japanese army used (大佐, 中佐, 少佐, 大尉) follow Japanese names whose surname may be missing
from surnames_jp (`聯隊長藏重康美大佐`): four Han characters (surname and given name of two each, the usual form)
between a boundary (punctuation, the end of a post or unit word: 長, 隊, 團, 軍, 部, 官) and the rank are a PERSON;
a longer run without a boundary is left alone (派藏重康美大佐 has no reliable start).
"""

from __future__ import annotations

from pipeline.rules.names_common import _translit_chars, is_common_word, known_places
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:foreign-person-before-rank", 32
_RANKS = ("将军", "元帅", "上将", "中将", "少将", "准将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "爵士")
# what closes the word before the name: punctuation, spaces, conjunctions, the end of a post, a nation or army
_BEFORE = set("，,、。；;：:（(「『“\"' \u3000\n及和与跟同为是由的令长官员帅国军方")


_JP_RANKS = ("大佐", "中佐", "少佐", "大尉")
_JP_BEFORE = set("，,、。；;：:（(「『“\"' \u3000\n及和与的长队团军部官由")
_NOT_IN_NAME = set("的了在是和与及等于被把对向从由令率指认所其此该这那各每均都也又即已并而派命任调为将军师旅团营连队部长官兵")


def _japanese_ranked_names(text: str, out: list[Candidate]) -> None:
    for rank in _JP_RANKS:
        at = text.find(rank)
        while at != -1:
            start = at - 4
            if start >= 0 and (start == 0 or text[start - 1] in _JP_BEFORE) \
                    and all("\u4e00" <= ch <= "\u9fff" and (ch not in _NOT_IN_NAME or k >= 2 and ch == "和")
                            for k, ch in enumerate(text[start:at])) \
                    and not is_common_word(text[start:at], 20) and text[start:at] not in known_places():
                out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
            at = text.find(rank, at + 2)


def find_foreign_ranked_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "佐" in text or "大尉" in text:
        _japanese_ranked_names(text, out)
    if "将" not in text and "校" not in text and "尉" not in text and "帅" not in text and "爵士" not in text:
        return out
    chars = _translit_chars()
    places = known_places()
    seen: set[int] = set()
    for rank in _RANKS:
        at = text.find(rank)
        while at != -1:
            start = at
            while start > 0 and at - start < 6 and text[start - 1] in chars:
                start -= 1
            size = at - start
            before = text[start - 1] if start > 0 else "\n"
            if 2 <= size <= 5 and start not in seen and before in _BEFORE:
                name = text[start:at]
                if not (name in places or is_common_word(name, 20)
                        or any(name[k:] in places for k in range(1, size - 1))):
                    seen.add(start)
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
            at = text.find(rank, at + 2)
    return out
