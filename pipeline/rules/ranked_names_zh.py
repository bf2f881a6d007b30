"""Chinese names written right before an officer's rank, as ROC military histories, Taiwanese veterans'
magazines and news reports write their people (session 11 audit of Traditional-script pages, auditzh4).

`張崗陵上尉領隊,僚機為關永華中尉`, `殉職的醫官陳科榮中尉`: a full Chinese name, then the rank. The post-and-rank
grammar of persons.ranked_names needs a post word before the name (or a Japanese surname), and the name-end
rules stop at the rank only when they see it; where the last given character and the rank's first character
make a place (華中, 關中, 山中) the place won. `find_ranked_names(text)` (working text) proposes PERSON for a
single-character surname + one or two given characters right before a commissioned or non-commissioned rank
(上将 … 少尉, 准将, 准尉, 上士 … 下士), priority 33 (above the place lexicons, like a framed name), when:
the surname starts the name (a punctuation mark, a space, a conjunction or the end of a post word before it),
no given character stops names (particles, echelon characters), and the name is no ordinary word or place.
One str.find scan per rank word (the ranks are rare literals).
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-before-rank", 33
_RANKS = ("上将", "中将", "少将", "准将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "准尉", "上士", "中士", "下士")
# what may stand right before the surname: punctuation, spaces, conjunctions, the last character of a post
_BEFORE = set("，,、。；;：:（(「『“\"' \u3000\n及和与跟同为是由的官长员手兵士任")
# characters that never belong to a given name here (particles, verbs of motion, echelon characters)
_NOT_GIVEN = set("的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而"
                 "军师旅团营连排部队长官兵机舰艇")

# last characters that make the two or three characters a verb of promotion or appointment before the rank
_VERB_ENDS = set("任授拜至为赠封衔擢调补到")


def find_ranked_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "尉" not in text and "校" not in text and "将" not in text and "士" not in text:
        return out
    single, _ = surnames()
    places = known_places()
    seen: set[int] = set()
    for rank in _RANKS:
        at = text.find(rank)
        while at != -1:
            for size in (3, 2):
                start = at - size
                if start < 0 or start in seen:
                    continue
                name = text[start:at]
                if name[0] not in single or any(ch in _NOT_GIVEN or not "\u4e00" <= ch <= "\u9fff" for ch in name[1:]):
                    continue
                before = text[start - 1:start] if start > 0 else "\n"
                if before not in _BEFORE:
                    continue
                if is_common_word(name, 50) or name in places or name[-1] in _VERB_ENDS \
                        or size == 2 and name[-1] in "升晋":
                    continue     # 晋升少将, 官拜中将, 追赠上将: a verb of promotion, no name
                seen.add(start)
                out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                break
            at = text.find(rank, at + 1)
    return out
