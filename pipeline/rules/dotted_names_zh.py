"""Personal names joined by a dot, whatever dot the page types (session 11 audit of Traditional-script
pages, auditzh4).

Chinese writes foreign and minority personal names with a joining dot between the parts: 約瑟夫·史迪威,
阿沛·阿旺晉美, and the Taiwanese Austronesian names of Taiwan's histories (霧社事件: 莫那·魯道, 巴索·莫那).
Big5-era Taiwanese pages type the dot as U+2027 `‧` (莫那‧魯道), Hong Kong and Japanese-influenced pages
as `・` or `•`; the older finder (person_name_ends.translit_patterns) knows `·•．` and the Xinhua
characters of Western names only, so every Austronesian name and every name typed with `‧` was missed.

`find_dotted_names(text)` (working text): at each joining dot (str.find per dot character; the dots are
rare) it reads the parts on both sides from the name characters (transliteration_chars.txt and
dotted_name_chars.txt: Xinhua characters, characters of dotted names in the public NER datasets,
Austronesian/Tibetan/Uyghur renderings), one to six characters a part, two to four parts, and proposes a
PERSON. A part stops before a common word (`塔道‧諾幹加入`: 加入) and after one (`其子` is not read: 子 is
no name character). Not proposed: inside a title (《…》, 〈…〉), a numeral date or event (七·七, 一·二八:
numerals are no name characters), a part that is a known place, or a name of fewer than four characters.
Priority 44 (below the person lexicons, above the place finders' guesses).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.lexicons import LEXICON_DIR
from pipeline.rules.names_common import canonical_norm, is_common_word, is_han as _is_han, known_places
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-dotted", 44
_DOTS = "·‧•・．"
_PART_MAX = 6


@lru_cache(maxsize=1)
def name_chars() -> frozenset[str]:
    chars: set[str] = set()
    for name in ("transliteration_chars.txt", "dotted_name_chars.txt"):
        for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                chars.update(ch for ch in line.strip() if "\u4e00" <= ch <= "\u9fff")
    return frozenset(chars)


def _lexicon_forms() -> dict[str, str]:
    from pipeline.rules.names_common import person_forms

    return person_forms()


def _left_part(text: str, dot: int, chars: frozenset[str]) -> int:
    """Start of the name part that ends at `dot`."""
    start = dot
    while start > 0 and dot - start < _PART_MAX and text[start - 1] in chars:
        if dot - start >= 2 and is_common_word(text[start - 2:start], 200):
            break          # the two characters before are a word of their own
        if dot - start >= 2 and start >= 2 and text[start - 1] in _SENDING_VERBS and text[start - 2] in _ADVERBS:
            break          # 并派|切斯特·尼米兹, 遂令|X·Y: an adverb and a verb before the name (派屈克 stays whole)
        start -= 1
    if dot - start >= 3 and text.startswith("司令", start):
        start += 2         # 空军司令|讓·德紹: 司 and 令 are name characters (司马义, 比令), the post is not
    for i in range(start, dot - 2):
        if text[i] in _LEADING_PREPOSITIONS and (i == start and i > 0 and _is_han(text[i - 1])
                                                 or i > start and is_common_word(text[max(0, i - 2):i], 50)):
            start = i + 1  # 吉村|因|達多‧莫那, 巡查|因|X‧Y: a preposition after the word before, not a syllable (prezh6)
            break
    return start


# one-character prepositions and conjunctions that follow a word and open a clause's object (因, 以, 在 …)
_LEADING_PREPOSITIONS = frozenset("因以在于於被从從对對把将將")


# one-character verbs of sending and ordering, and the adverbs that mark them as verbs when they stand before
_SENDING_VERBS = frozenset("派令命请让使叫被把将向对给跟同与和由经率")
_ADVERBS = frozenset("并又就便还也再即遂乃曾先后则亦已均皆都")


def _right_part(text: str, at: int, chars: frozenset[str]) -> int:
    """End of the name part that starts at `at`."""
    end = at
    while end < len(text) and end - at < _PART_MAX and text[end] in chars:
        if end - at >= 2 and (is_common_word(text[end:end + 2], 200) or text[end] == "约"):
            break          # 諾幹|加入; 魯道|約出生於 (about, before a figure: auditzh10)
        end += 1
    return end


def _in_title(text: str, start: int) -> bool:
    for opener, closer in (("《", "》"), ("〈", "〉")):
        o = text.rfind(opener, max(0, start - 60), start)
        if o >= 0 and text.rfind(closer, o, start) < 0:
            return True
    return False


def find_dotted_names(text: str) -> list[Candidate]:
    """PERSON candidates of dot-joined names (see the module doc)."""
    out: list[Candidate] = []
    dots = sorted(at for d in _DOTS if d in text for at in _positions(text, d))
    if "." in text:       # a full stop typed as the joining dot between two Han parts (莫那.魯道; auditzh10)
        dots = sorted(dots + [at for at in _positions(text, ".") if _han_both_sides(text, at)])
    if not dots:
        return out
    chars = name_chars()
    places = known_places()
    done = -1
    for dot in dots:
        if dot < done:
            continue
        start = _left_part(text, dot, chars)
        if start == dot:
            continue
        parts = [text[start:dot]]
        end = dot
        while end < len(text) and (text[end] in _DOTS or text[end] == "." and _han_both_sides(text, end)) \
                and len(parts) < 4:
            stop = _right_part(text, end + 1, chars)
            if stop == end + 1:
                break
            parts.append(text[end + 1:stop])
            end = stop
        if len(parts) < 2 or sum(map(len, parts)) < 4 or any(p in places for p in parts):
            continue
        if end < len(text) and text[end] in _DOTS:
            continue       # a longer chain whose next part is no name
        if "." in text[start:end] and any(len(p) > 4 for p in parts):
            continue       # a full stop between sentences, not a joining dot
        if _in_title(text, start):
            continue
        name = text[start:end]
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY, norm=canonical_norm(name)))
        done = end
    return out + family_name_mentions(text, out, places) if out else out


MENTION_SOURCE, MENTION_PRIORITY = "rule:person-dotted-mention", 36


def family_name_mentions(text: str, names: list[Candidate], places) -> list[Candidate]:
    """The last part of a dotted name standing alone elsewhere in the page (克拉伦斯·休伯纳 … 休伯纳立即下令): the same
    person, as a Japanese family name after the full name. Not a part of two characters or fewer that is a common word or
    a place, and not where it touches a joining dot (another dotted name)."""
    spans = [(c.start, c.end) for c in names]
    lexicon = _lexicon_forms()
    out = []
    # the parts before the family name, written together without the dot (莫那·魯道 … 莫那魯道從南投): the full name
    undotted: dict[str, set[str]] = {}
    for c in names:
        name = text[c.start:c.end]
        family = _last_part(name)
        head = "".join(ch for ch in name[:len(name) - len(family)] if ch not in _DOTS + ".")
        undotted.setdefault(family, set()).add(head)
    for family, heads in undotted.items():
        if len(family) < 2 or family in places or family in lexicon or is_common_word(family, 100):
            continue       # a listed name (史迪威) is the person lexicon's, with its canonical form
        at = text.find(family)
        while at != -1:
            end = at + len(family)
            if not any(s <= at < e for s, e in spans) and text[at - 1:at] not in _DOTS and text[end:end + 1] not in _DOTS:
                head = next((h for h in heads if h and text.startswith(h, at - len(h))), "")
                out.append(Candidate(at - len(head), end, "PERSON", MENTION_SOURCE, MENTION_PRIORITY))  # prezh6
            at = text.find(family, end)
    return out


def _last_part(name: str) -> str:
    cut = max(name.rfind(d) for d in _DOTS + ".")
    return name[cut + 1:]


def _han_both_sides(text: str, at: int) -> bool:
    return 0 < at < len(text) - 1 and "\u4e00" <= text[at - 1] <= "\u9fff" and "\u4e00" <= text[at + 1] <= "\u9fff"


def _positions(text: str, ch: str):
    at = text.find(ch)
    while at != -1:
        yield at
        at = text.find(ch, at + 1)
