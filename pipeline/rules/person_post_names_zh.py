"""Chinese person names read beside a post, a designation or another name (working text).

`find_person_post_names(text)`:
- PERSON: a name written right before a post in an infobox or a list (`某军 张某某 参谋长`, ` 李某军长` after a
  space), and right after a post of the civil-war armies (司令员X, 政治委员X);
- PERSON: two known names glued together (a lost separator); a name before a designation after a copula or a verb
  of fighting (分别是X第70军, 围歼X第12兵团);
- MIL_UNIT: a formation named after a known commander (X集团, X兵团: guideline 1).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, surnames, word_info
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_CN_NUM = "一二三四五六七八九十"

_POSTS_AFTER = ("副军长|军长|副师长|师长|旅长|团长|副参谋长|参谋长|司令长官|副总司令|总司令|副司令员|司令员"
                "|政治部主任|副政委|政委|政治委员|主任")
# a name between a space (or line start, or a name list's 、) and a post: `邹文华 参谋长`, ` 张文清军长`
_NAME_POST_RE = re.compile(f"[ \u3000\t\n、]([{_CJK}]{{2,3}}) ?(?:{_POSTS_AFTER})")
_NAME_POST_ANCHOR = re.compile("[ \u3000\t\n、]")
# a post of the civil-war armies right before a name: 司令员吴克华, 政治委员莫文骅
_POST_NAME_RE = re.compile(f"(?:司令员|政治委员|政委)([{_CJK}]{{2,3}}?)(?=[,，、。；;(（ ]|指挥|率)")
_POST_NAME_ANCHOR = re.compile("[司政]")

# a name before a designation in an enumeration after a copula: 分别是X第70军 (written_zh takes it after
# punctuation or 率)
_COPULA_NAME_UNIT_RE = re.compile(
    f"[是为即歼围击败攻向与和]((?![是为即歼围击败攻向与和])[{_CJK}]{{2,3}}?)(?=之?第[0-9{_CN_NUM}百]{{1,5}}(?:集团军|军团|兵团|军|师)(?![长部]))")
_COPULA_NAME_UNIT_ANCHOR = re.compile("[是为即歼围击败攻向与和]")
# a formation named after its commander: 杜聿明集团, 卫立煌集团, X兵团 (guideline 1: one MIL_UNIT)
_COMMANDER_FORCE_RE = re.compile("(集团|兵团|军团)(?!军|长|司|部)")


@lru_cache(maxsize=1)
def _person_names() -> frozenset:
    from pipeline.rules.names_common import person_forms

    return frozenset(person_forms())


def _function_word(word: str) -> bool:
    """A preposition, conjunction or adverb of jieba's dictionary (关于, 并且, 已经)."""
    info = word_info().get(word)
    return info is not None and info[0] >= 100 and info[1].startswith(("p", "c", "d"))


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


def _counted_surnames(text: str, mark: int, name: str) -> bool:
    """A surname and a count after a list mark whose member before it is one character too (`赵、钱、孙三主任`),
    or a surname and 两 after the mark (`周、吴两师长`): the surnames of the people the count sums, before their shared post (session 29, s29zhcount:
    diaries and memoirs name colleagues so); the count is no given name."""
    if len(name) != 2 or name[1] not in "二两三四五六七八九" or text[mark] != "、" or mark < 1:
        return False
    if name[1] == "两":
        return True                 # 两 counts, it names no one (周、吴两师长)
    before = text[mark - 2:mark - 1] if mark >= 2 else ""
    return "\u4e00" <= text[mark - 1] <= "\u9fff" and (not before or not "\u4e00" <= before <= "\u9fff" or before in "、及和与")


def find_person_post_names(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_NAME_POST_RE, text, _NAME_POST_ANCHOR, 0):
        name = m.group(1)
        if _counted_surnames(text, m.start(), name):
            continue                # 甲、乙、丙三主任: single surnames counted before their post, no name 丙三
        if _has_surname(name) and not is_common_word(name) and name not in place_lexicon() \
                and name[-1] not in "副正代总" and not _function_word(name[:2]):   # 关于副参谋长: no name
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-before-post", 31))
    from pipeline.rules.names_common import person_lexicon_matches
    from pipeline.rules.written_zh_persons import first_is_surname, plain_name

    # two known names glued together where a page lost the separator (wiki link text: 叶挺项英任…)
    prev = None
    for m in person_lexicon_matches(text):
        if prev is not None and prev.end() == m.start():
            out.append(Candidate(prev.start(), prev.end(), "PERSON", "rule:person-glued-pair", 36))
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:person-glued-pair", 36))
        prev = m

    for m in anchored_finditer(_COPULA_NAME_UNIT_RE, text, _COPULA_NAME_UNIT_ANCHOR, 0):
        name = m.group(1)
        if first_is_surname(name) and plain_name(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-copula-unit", 21))
    for m in literal_finditer(_COMMANDER_FORCE_RE, text):
        for size in (3, 2, 4):
            start = m.start() - size
            if start >= 0 and text[start:m.start()] in _person_names():
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-commander-force", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": m.group(1), "prefix": ""}}))
                break
    for m in anchored_finditer(_POST_NAME_RE, text, _POST_NAME_ANCHOR, 0):
        name = m.group(1)
        if len(name) >= 2 and _has_surname(name) and not is_common_word(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-post", 31))
    return out
